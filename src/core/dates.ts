/**
 * The Arabic date engine: finds date and time expressions in article text and resolves them to
 * ISO 8601 values against the article's publication date.
 *
 * How it works: the text is tokenised once (tokenize.ts, over the normalised copy with a map back to
 * original offsets). A hand-written recursive-descent grammar runs over the tokens left to right; at
 * each token it tries the date grammar (bounded look-ahead, dictionary lookups in Maps built once at
 * module load), keeps the longest expression and jumps past it, so the whole scan is linear in the
 * number of tokens. The grammar yields a *spec* (what the text says: day/month/year, a weekday, an
 * offset in days, a period) which is resolved against the publication date in a second step.
 *
 * Conventions (documented choices):
 * - Values: YYYY, YYYY-MM, YYYY-MM-DD, YYYY-MM-DDTHH:MM, ranges "a/b"; null when unresolvable.
 * - Weeks ("الأسبوع الماضي/المقبل", "مطلع الأسبوع المقبل") are mentions with value null: the first day
 *   of the week differs across the Arab world (Saturday, Sunday or Monday).
 * - A bare weekday is the most recent such day on or before publication; with الماضي strictly before;
 *   with المقبل/القادم strictly after; in a future clause (سـ + verb, سوف، من المقرر، على أن يـ...) the next
 *   one on or after publication.
 * - A month (or day + month) with الماضي is the most recent one strictly before publication, with
 *   المقبل/القادم the first one strictly after; without year or modifier: the publication year.
 * - Part-of-period words (مطلع، أوائل، منتصف، أواخر، نهاية، بداية) and part-of-day words (صباح، مساء...)
 *   belong to the mention and keep the precision of what they modify.
 * - The words before a mention that only introduce it (في، منذ، حتى، يوم، في تمام) are outside it;
 *   so are proclitics (و ف ب ل ك) on its first word.
 * - A "الموافق" pair (Hijri = Gregorian) is one mention, as the two calendars side by side or in brackets are: 169
 *   gold pages mark it so (the project's own gold pages and every set written since the hundred-and-third), 95
 *   older ones split it. It takes the value of the Gregorian side (what the text states; the Hijri side may differ
 *   by a day where a country sights the moon).
 * - Hijri month + year, Hijri year, quarters/halves/"the first N months" of a year → "start/end" ranges.
 *   A Hijri month without year ("شهر رمضان", "رمضان المبارك") is the occurrence nearest to publication;
 *   a bare Hijri month name (also a first name) is no date.
 * - A day and month naming a historic event ("هجمات 11 سبتمبر", "ثورة 25 يناير") is a mention with value
 *   null; places and blocs named by a date ("مدينة 6 أكتوبر", "قوى 14 آذار") are no mention.
 * - A time right after a date (nothing, or "-", "|", "," between) joins it; a time elsewhere is its own
 *   mention and takes the day of the nearest preceding day-precise mention in the same sentence, else
 *   the publication day.
 */
import { normalize, normalizeWord, type Normalized } from './normalize.ts';
import { tokenize, wordFlag, type Token } from './tokenize.ts';
import { ORDINAL_FIRST_WORDS, parseCardinal, parseOrdinal } from './numbers.ts';
import { daysInMonth, fromDays, gregorianToHijri, hijriMonthRange, hijriToGregorian, hijriYearRange, isValidGregorian, toDays, weekdayOf, type YMD } from './hijri.ts';

export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: string | null;
}

// ---------------------------------------------------------------------------------------------
// Lexicon (normalised forms), built once.

/**
 * Libya's month names (أي النار، النوار، الربيع، الطير، الماء، الصيف، ناصر، هانيبال، الفاتح، التمور، الحرث، الكانون), the
 * Gregorian months under other names. All are ordinary words or names too: read only after a day's number ("15 الطير
 * 2025"), after «شهر», or doubled with the usual name ("الطير/أبريل").
 */
const LY_MONTH: ReadonlyMap<string, number> = new Map([
  ['النوار', 2], ['الربيع', 3], ['الطير', 4], ['الماء', 5], ['الصيف', 6], ['ناصر', 7], ['هانيبال', 8], ['الفاتح', 9], ['التمور', 10], ['الحرث', 11], ['الكانون', 12],
]);

/** Gregorian month names, one word. Ambiguous ones (also common words) are in AMBIGUOUS_MONTH. */
const G_MONTH1: ReadonlyMap<string, number> = new Map([
  // Egyptian / Gulf
  ['يناير', 1], ['ينايير', 1], ['فبراير', 2], ['فبرايير', 2], ['فبرير', 2], ['مارس', 3], ['ابريل', 4],
  ['مايو', 5], ['مايوو', 5], ['يونيو', 6], ['يونيه', 6], ['يوليو', 7], ['يوليه', 7], ['اغسطس', 8], ['اغسطوس', 8],
  ['سبتمبر', 9], ['سيبتمبر', 9], ['سبتمر', 9], ['اكتوبر', 10], ['اوكتوبر', 10], ['اكتوير', 10], ['نوفمبر', 11], ['نوفمير', 11],
  ['ديسمبر', 12], ['دسمبر', 12],
  // Levantine / Iraqi (one-word ones)
  ['شباط', 2], ['اذار', 3], ['نيسان', 4], ['ايار', 5], ['حزيران', 6], ['تموز', 7], ['اب', 8], ['ايلول', 9],
  // Maghrebi (Algeria / Tunisia) and Morocco
  ['جانفي', 1], ['جانفيي', 1], ['فيفري', 2], ['افريل', 4], ['ماي', 5], ['جوان', 6], ['جويليه', 7], ['جوييه', 7], ['اوت', 8],
  ['يوليوز', 7], ['غشت', 8], ['شتنبر', 9], ['نونبر', 11], ['دجنبر', 12],
  // Mauritania
  ['اغشت', 8], ['دجمبر', 12],
]);
/** Month words that are also ordinary words (مارس "practised", ماي, آب/أب "father", جوان, أوت, تموز). */
const AMBIGUOUS_MONTH = new Set(['مارس', 'ماي', 'اب', 'جوان', 'اوت', 'تموز']);

/** Two-word month names: first word → second word → month. */
const G_MONTH2: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ['كانون', new Map([['الثاني', 1], ['ثاني', 1], ['الاول', 12], ['اول', 12]])],
  ['تشرين', new Map([['الاول', 10], ['اول', 10], ['الثاني', 11], ['ثاني', 11]])],
]);

const H_MONTH1: ReadonlyMap<string, number> = new Map([
  ['محرم', 1], ['المحرم', 1], ['صفر', 2], ['رجب', 7], ['شعبان', 8], ['رمضان', 9], ['شوال', 10],
  ['ذوالقعده', 11], ['ذيالقعده', 11], ['ذوالحجه', 12], ['ذيالحجه', 12],
]);
/** Hijri month words that are also names or ordinary words: they need a day, a year or a modifier. */
const H_MONTH2: ReadonlyMap<string, ReadonlyMap<string, number>> = new Map([
  ['ربيع', new Map([['الاول', 3], ['اول', 3], ['الاخر', 4], ['الثاني', 4], ['اخر', 4], ['ثاني', 4]])],
  ['جمادي', new Map([['الاولي', 5], ['الاول', 5], ['اولي', 5], ['الاخره', 6], ['الثانيه', 6], ['الاخر', 6], ['الثاني', 6], ['اخره', 6]])],
  ['جماد', new Map([['الاولي', 5], ['الاول', 5], ['الاخره', 6], ['الثانيه', 6]])],
  ['ذو', new Map([['القعده', 11], ['الحجه', 12]])],
  ['ذي', new Map([['القعده', 11], ['الحجه', 12]])],
]);

/** Weekday → 0 (Sunday) … 6 (Saturday). */
const WEEKDAY: ReadonlyMap<string, number> = new Map([
  ['الاحد', 0], ['الاثنين', 1], ['الاتنين', 1], ['الثلاثاء', 2], ['الثلاثا', 2], ['الاربعاء', 3], ['الاربعا', 3],
  ['الخميس', 4], ['الجمعه', 5], ['السبت', 6],
]);

type Mod = 'past' | 'next' | 'cur';
const MODS: ReadonlyMap<string, Mod> = new Map([
  ['الماضي', 'past'], ['الماضيه', 'past'], ['الماضيين', 'past'], ['المقبلين', 'next'], ['القادمين', 'next'], ['المنصرم', 'past'], ['المنصرمه', 'past'], ['الفايت', 'past'], ['الفايته', 'past'], ['المنقضي', 'past'], ['الفارط', 'past'], ['الفارطه', 'past'],
  ['المقبل', 'next'], ['المقبله', 'next'], ['القادم', 'next'], ['القادمه', 'next'],
  ['الجاري', 'cur'], ['الجاريه', 'cur'], ['الحالي', 'cur'], ['الحاليه', 'cur'],
]);

/** Part-of-period words: they belong to the mention and keep the precision of what they modify. */
/** Second words of a time zone's place: "بتوقيت مكة المكرمة"، "بتوقيت غرينتش العالمي". */
const ZONE_SECOND = new Set(['المكرمه', 'المنوره', 'العالمي', 'المحلي', 'الصيفي', 'الشتوي', 'الرسمي', 'المحتله', 'الموحد']);
/** Counts written as words before ساعات/دقائق. */
const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['ثلاث', 3], ['ثلاثه', 3], ['اربع', 4], ['اربعه', 4], ['خمس', 5], ['خمسه', 5], ['ست', 6], ['سته', 6], ['سبع', 7], ['سبعه', 7],
  ['ثماني', 8], ['ثمانيه', 8], ['تسع', 9], ['تسعه', 9], ['عشر', 10], ['عشره', 10],
]);
/** Part-of-period words for the start of a period ("مطلع العام"، "بداية 2026"). */
const YEAR_START = new Set(['مطلع', 'اوايل', 'بدايه', 'مستهل', 'مطالع']);
const PERIOD = new Set(['مطلع', 'اوايل', 'منتصف', 'اواسط', 'اواخر', 'نهايه', 'متم', 'بدايه', 'مستهل', 'مطالع', 'خواتيم', 'ختام', 'صيف', 'شتاء', 'خريف', 'ربيع']);
/** Part-of-day words before a day expression ("مساء أمس", "صباح اليوم"). */
const PART_OF_DAY = new Set(['مساء', 'صباح', 'ظهر', 'عصر', 'فجر', 'ليله', 'ليل', 'ظهيره', 'ضحي', 'صبيحه', 'عشيه', 'غداه', 'نهار']);

/** Time-of-day markers after a clock time: how to turn the hour into 24-hour time. */
type Half = 'am' | 'pm' | 'noon' | 'night';
const TIME_MARK: ReadonlyMap<string, Half> = new Map([
  ['ص', 'am'], ['صباحا', 'am'], ['صباح', 'am'], ['فجرا', 'am'],
  ['م', 'pm'], ['مساء', 'pm'], ['مساءا', 'pm'], ['عصرا', 'pm'], ['مسا', 'pm'],
  ['ظهرا', 'noon'], ['ظهر', 'noon'],
  ['ليلا', 'night'], ['ليل', 'night'],
  ['am', 'am'], ['pm', 'pm'],
]);

const G_ERA = new Set(['م', 'ميلادي', 'ميلاديه', 'للميلاد']);
const H_ERA = new Set(['ه', 'هجري', 'هجريه', 'للهجره', 'الهجري', 'الهجريه', 'هـ']);

/** Adjectives of a school or university year: "العام الدراسي"، "السنة الجامعية". */
const ACADEMIC = new Set(['الدراسي', 'الدراسيه', 'الجامعي', 'الجامعيه', 'الاكاديمي', 'الاكاديميه']);

const YEAR_WORD = new Set(['عام', 'العام', 'سنه', 'السنه', 'عامي', 'سنتي']);

/** Words after which a bare 4-digit number may be a year ("في 2019", "منذ 2011"). */
const YEAR_CUE = new Set(['في', 'منذ', 'حتي', 'قبل', 'بعد', 'خلال', 'مطلع', 'اوايل', 'منتصف', 'اواخر', 'نهايه', 'متم', 'بدايه', 'مستهل', 'ابان', 'الي', 'افق', 'بحلول']);
/** Cues after which a 4-digit number in 1900–2099 is a year unless a unit or number follows ("منذ 2011 تشهد"). */
const STRONG_YEAR_CUE = new Set(['منذ', 'حتي', 'مطلع', 'اوايل', 'منتصف', 'اواخر', 'نهايه', 'متم', 'بدايه', 'مستهل', 'ابان', 'اواسط', 'افق', 'بحلول', 'صيف', 'شتاء', 'خريف']);
/** Event nouns before a year: "حرب 1948", "انتخابات 2024", "مونديال 2022", "رؤية 2030". */
const EVENT_BEFORE = new Set([
  'حرب', 'ثوره', 'انتفاضه', 'نكبه', 'نكسه', 'احداث', 'انتخابات', 'موازنه', 'ميزانيه', 'مونديال', 'اولمبياد', 'دستور', 'رويه',
  'زلزال', 'اتفاقيه', 'اتفاق', 'معاهده', 'قمه', 'دوره', 'نسخه', 'موسم', 'بطوله', 'كاس', 'تعداد', 'احصاء', 'اكسبو', 'عدوان', 'مجزره', 'فيضانات',
  'هجمات', 'هجوم', 'اعتداءات', 'تفجيرات', 'ذكري',
]);
/** Historic events named by their day and month ("هجمات 11 سبتمبر", "ثورة 25 يناير"): the year is not the publication's. */
const NAMED_DAY_BEFORE = new Set(['هجمات', 'هجوم', 'عمليه', 'احداث', 'ثوره', 'حرب', 'انتفاضه', 'اعتداءات', 'تفجيرات', 'ذكري', 'مجزره', 'نكبه', 'نكسه', 'اتفاق', 'اتفاقيه', 'معاهده', 'بيان', 'انقلاب']);
/** Words that may follow a bare year ("في 2019 عندما ..."); anything else (a noun) makes it a count. */
const YEAR_FOLLOW = new Set([
  'في', 'من', 'الي', 'علي', 'عن', 'مع', 'حين', 'عندما', 'حيث', 'بعد', 'قبل', 'اثر', 'عقب', 'و', 'ثم', 'لكن', 'بينما', 'ضمن',
  'خلال', 'اذ', 'بعدما', 'قبيل', 'اثناء', 'حتي', 'او', 'ام', 'لم', 'لن', 'قد', 'كما', 'وفي', 'ومنذ', 'وحتي', 'الماضي', 'المقبل',
]);

/** Words before a bare number + month that make it a name, not a date: "مدينة 6 أكتوبر", "ثورة 25 يناير". */
/** Institutions named after a day with its year (the Maghreb's universities and hospitals). */
const NAMED_WITH_YEAR = new Set(['جامعه', 'مستشفي', 'مدرسه', 'ثانويه', 'ملعب', 'مطار', 'شارع']);
const NAME_BEFORE = new Set(['مدينه', 'مدن', 'حي', 'شارع', 'جسر', 'كوبري', 'ميدان', 'جامعه', 'محور', 'طريق', 'تيار', 'قوي', 'تحالف', 'حركه', 'فريق', 'تجمع', 'ايتلاف', 'ائتلاف', 'مستشفي', 'مدرسه', 'قريه', 'مركز', 'نادي', 'ملعب', 'محطه', 'فندق', 'ساحه', 'ستاد', 'استاد', 'نهج', 'دوار', 'مطار']);

/** Nouns an ordinal may count, so "X الثاني من" is not a day of the month. */
const ORDINAL_OF_NOUN = new Set(['النصف', 'الربع', 'الثلث', 'الاسبوع', 'العشر', 'الجزء', 'الشوط', 'الدور', 'المرحله', 'الفصل', 'الجوله', 'الاسبوعين', 'الشطر', 'العدد', 'البند', 'الباب', 'المجلد']);

/** "X اليوم" publications: a preceding word that makes اليوم part of a name. */
const PUBLICATION_BEFORE = new Set(['اخبار', 'صحيفه', 'جريده', 'بوابه', 'موقع', 'قناه', 'مجله', 'وكاله', 'برنامج', 'تلفزيون', 'اذاعه', 'نشره', 'راديو', 'موسسه']);
/** Words before اليوم that make it "that day", not today. */
const NOT_TODAY_BEFORE = new Set(['ذلك', 'تلك', 'نفس', 'ذات', 'هذا', 'طيله', 'طوال', 'مدار']);
/** Adjectives after اليوم that make it a named day or a count ("اليوم العالمي", "اليوم التالي"). */
const NOT_TODAY_AFTER = new Set(['نفسه', 'ذاته', 'التالي', 'السابق', 'الاخير', 'الموعود', 'المشهود', 'الجديد', 'المفتوح', 'الاول', 'الواحد', 'كله', 'بكامله', 'باكمله']);

/** Words before اليوم that make it "nowadays", set against the past: "لدينا اليوم"، "بات اليوم"، "أما اليوم فـ…". */
const NOWADAYS_BEFORE = new Set(['اما', 'لدينا', 'بات', 'باتت', 'صار', 'صارت', 'اصبح', 'اصبحت', 'اضحي', 'اضحت', 'نعيش', 'يعيش', 'تعيش', 'يعيشون']);
/** Words that count what a day holds before "في اليوم" ("ساعتين في اليوم", "مرة في اليوم"). */
const PER_DAY_COUNTED = /^(?:واحده?|مره|مرتين|مرات|ساعتين|وجبتين|رحلتين|ثلاث[ةه]?|اربع[ةه]?|خمس[ةه]?|ست[ةه]?|سبع[ةه]?|ثماني[ةه]?|تسع[ةه]?|عشر[ةه]?|عشرين|ثلاثين|اربعين|خمسين|مئه|مايه|الف|الاف|بضع|عده)$/;

/** "حتى"، "لغاية"، "إلى غاية" right before a mention: the end of a stretch. */
const UNTIL_BEFORE = /(?:حت[ىي]|لغاية|إلى غاية|الى غاية)\s*$/;

function sameDay(a: DT, p: Pub): boolean {
  return a.y === p.y && a.m === p.m && a.d === p.d;
}

/** A time that says its own part of the day ("الساعة السادسة صباحا"، "6:00 م"). */
const MARKED_TIME = /صباح|فجر|ضح[ىي]|مساء|عصر|ظهر|ليل|(?:^|\s)[صم](?:\s|$)|[ap]m/i;

/** Words that introduce a sentence break for attaching a lone time to a preceding date. */
const SENTENCE_BREAK = /[.!?؟\n;؛]/;

const DAY_WORDS_REL: ReadonlyMap<string, number> = new Map([
  ['اليوم', 0], ['امس', -1], ['الامس', -1], ['البارحه', -1], ['غدا', 1],
]);

/** The seasons and the month each opens with (winter: December; its year is that of its January). */
const SEASON_START: ReadonlyMap<string, number> = new Map([['الربيع', 3], ['الصيف', 6], ['الخريف', 9], ['الشتاء', 12]]);

/** First words that can start a mention (after proclitics are split off). */
const START = new Set<string>([
  ...G_MONTH1.keys(), ...G_MONTH2.keys(), ...H_MONTH1.keys(), ...H_MONTH2.keys(), ...WEEKDAY.keys(), ...PERIOD, ...PART_OF_DAY,
  ...DAY_WORDS_REL.keys(), ...ORDINAL_FIRST_WORDS, ...YEAR_WORD,
  'الغد', 'غد', 'اول', 'بعد', 'من', 'بين', 'ال', 'فاتح', 'الفاتح', 'غره', 'الواحده', 'الليله', 'شهري', 'يومي', 'ايام', 'قبل', 'الربع', 'النصف', 'الثلاثي', 'السداسي', 'الفصل', 'الاشهر', 'الشهور', 'الشهر', 'الاسبوع', 'هذا', 'هذه', 'شهر', 'الساعه', 'ذو', 'ذي',
  // (the days of the Hajj: "يوم عرفة"، "يوم التروية")
  'يوم',
  // (a season: "الصيف الماضي"، "هذا الشتاء")
  ...SEASON_START.keys(),
]);

const PROCLITIC_CONJ = new Set(['و', 'ف']);
const PROCLITIC_PREP = new Set(['ب', 'ل', 'ك']);

// ---------------------------------------------------------------------------------------------
// Specs: what the text says, before resolution.

interface Time {
  h: number;
  mi: number;
  /** Stated in GMT/UTC ("15:00 بتوقيت غرينتش"): the value keeps the Z designator. */
  z?: boolean;
}

type Spec =
  /** `wd`: the weekday written before a date that gives no year ("السبت 7 فبراير"): it decides the year. */
  | { k: 'abs'; cal: 'g' | 'h'; y: number | null; m: number | null; d: number | null; mod: Mod | null; yRel: number | null; wd?: number }
  | { k: 'rel'; off: number }
  /** A weekday; `week` (−1, 0, 1): that day of last, this or next week ("الأربعاء من الأسبوع المقبل"). */
  | { k: 'wd'; wd: number; dir: 'last' | 'past' | 'next' | 'upcoming'; week?: number }
  | { k: 'per'; unit: 'w' | 'm' | 'y'; off: number }
  | { k: 'season'; start: number; off: number }
  /** "العام الجامعي المقبل": a school year (September to summer) counted from the one running at publication. */
  | { k: 'acad'; off: number }
  | { k: 'perday'; d: number; off: number }
  /** A clock time alone; `now`: "حتى الساعة ..." (as of the time of writing: the publication day). */
  | { k: 'time'; now?: boolean; same?: boolean }
  /** "قبل ساعتين"، "قبل 30 دقيقة": minutes before a timed publication. */
  | { k: 'ago'; min: number }
  | { k: 'unknown' }
  /** Words that look like a date but name something else ("مدينة السادس من أكتوبر"): read past, no mention. */
  | { k: 'none' }
  | { k: 'range'; a: Spec; b: Spec }
  | { k: 'pair'; a: Spec; b: Spec };

interface Parse {
  end: number;
  spec: Spec;
  time?: Time;
  /** The end of a range of clock times ("من الساعة 11 حتى الرابعة عصرا"). */
  time2?: Time;
}

interface DT {
  y: number;
  m?: number;
  d?: number;
  h?: number;
  mi?: number;
  z?: boolean;
}
interface Val {
  a: DT;
  b?: DT;
}

interface Pub {
  y: number;
  m: number;
  d: number;
  days: number;
  /** Minutes after midnight when the publication time is given, else null. */
  min: number | null;
}

// ---------------------------------------------------------------------------------------------
// The grammar over tokens.

class Grammar {
  /** Stem of the first token of the current attempt (proclitics removed). */
  first = -1;
  firstNorm = '';
  /** A second word read without its conjunction و ("بين يناير ومارس"). */
  second = -1;
  secondNorm = '';

  constructor(
    readonly toks: readonly Token[],
    readonly original: string,
  ) {}

  w(i: number): string {
    if (i === this.first) return this.firstNorm;
    if (i === this.second) return this.secondNorm;
    const t = this.toks[i];
    return t ? t.norm : '';
  }

  /** The word at i with a leading و/ف removed (for cue words before a mention). */
  bare(i: number): string {
    const w = this.w(i);
    return w.length > 2 && PROCLITIC_CONJ.has(w[0]) ? w.slice(1) : w;
  }

  /** Integer value of a plain number token (digits only), else -1. */
  num(i: number): number {
    const t = this.toks[i];
    if (!t || t.kind !== 'number') return -1;
    const s = t.norm;
    for (let k = 0; k < s.length; k++) {
      const c = s.charCodeAt(k);
      if (c < 0x30 || c > 0x39) return -1;
    }
    return s.length > 6 ? -1 : parseInt(s, 10);
  }

  len(i: number): number {
    const t = this.toks[i];
    return t ? t.norm.length : 0;
  }

  /** True when token i is glued to the previous one (no space between). */
  glued(i: number): boolean {
    const t = this.toks[i];
    return !!t && !t.spaceBefore;
  }

  /** True when a line break lies between tokens i-1 and i (or i is the first token). */
  lineBreakBefore(i: number): boolean {
    if (i <= 0) return true;
    const a = this.toks[i - 1];
    const b = this.toks[i];
    if (!b) return true;
    for (let k = a.end; k < b.start; k++) {
      const c = this.original.charCodeAt(k);
      if (c === 0x0a || c === 0x0d || c === 0x2029 || c === 0x2028) return true;
    }
    return false;
  }

  isPunct(i: number, chars: string): boolean {
    const t = this.toks[i];
    return !!t && t.kind === 'punct' && chars.includes(t.norm);
  }

  // --- months ----------------------------------------------------------------------------

  /** A month name at i: Gregorian or Hijri, one or two words. */
  month(i: number, alt = false): { end: number; m: number; cal: 'g' | 'h'; amb: boolean } | null {
    const w = this.w(i);
    if (!w) return null;
    const g2 = G_MONTH2.get(w);
    if (g2) {
      const m = g2.get(this.w(i + 1));
      return m ? { end: i + 2, m, cal: 'g', amb: false } : null;
    }
    const h2 = H_MONTH2.get(w);
    if (h2) {
      const m = h2.get(this.w(i + 1));
      return m ? { end: i + 2, m, cal: 'h', amb: false } : null;
    }
    const g = G_MONTH1.get(w);
    if (g !== undefined) {
      if (w === 'اب') {
        // آب (August) is written with madda; أب is "father".
        const t = this.toks[i];
        const s = this.original.slice(t.start, t.end);
        if (s.includes('آ') || s.includes('ﺁ')) return { end: i + 1, m: g, cal: 'g', amb: false };
        if (!alt) return null;
      }
      return { end: i + 1, m: g, cal: 'g', amb: AMBIGUOUS_MONTH.has(w) };
    }
    const h = H_MONTH1.get(w);
    if (h !== undefined) return { end: i + 1, m: h, cal: 'h', amb: true };
    const ly = w === 'اي' && this.w(i + 1) === 'النار' ? { end: i + 2, m: 1 } : LY_MONTH.has(w) ? { end: i + 1, m: LY_MONTH.get(w)! } : null;
    if (ly && this.libyanMonthAt(i, ly.end)) return { end: ly.end, m: ly.m, cal: 'g', amb: false };
    return null;
  }

  /** A Libyan month name at i (ending at end) stands as a month: after a day's number or «شهر», or doubled "الطير/أبريل". */
  libyanMonthAt(i: number, end: number): boolean {
    if (i > 0 && !this.lineBreakBefore(i)) {
      const prev = this.toks[i - 1];
      if (prev.kind === 'number' && prev.norm.length <= 2 && +prev.norm >= 1 && +prev.norm <= 31) return true;
      if (this.w(i - 1) === 'شهر') return true;
    }
    if (this.isPunct(end, '/') && this.glued(end) && this.glued(end + 1)) {
      const w = this.w(end + 1);
      return G_MONTH1.has(w) || G_MONTH2.has(w);
    }
    return false;
  }

  /** The month at i with its doubled forms: "حزيران/يونيو", "أكتوبر/تشرين الأول", "أغسطس (آب)". */
  monthWithAlternates(i: number): { end: number; m: number; cal: 'g' | 'h'; amb: boolean } | null {
    const mo = this.month(i);
    if (!mo) return null;
    let end = mo.end;
    let amb = mo.amb;
    for (let rounds = 0; rounds < 2; rounds++) {
      // "ديسمبر كانون الأول 1945", "يونيو حزيران": the other name right after, no separator.
      const direct = this.month(end, true);
      if (direct && direct.cal === mo.cal && direct.m === mo.m && this.w(end) !== this.w(i)) {
        end = direct.end;
        amb = amb && direct.amb;
        continue;
      }
      if (this.isPunct(end, '/-–\\')) {
        const b = this.month(end + 1, true);
        if (b && b.cal === mo.cal && b.m === mo.m) {
          end = b.end;
          amb = amb && b.amb;
          continue;
        }
      } else if (this.isPunct(end, '(')) {
        const b = this.month(end + 1, true);
        if (b && b.cal === mo.cal && b.m === mo.m && this.isPunct(b.end, ')')) {
          end = b.end + 1;
          amb = amb && b.amb;
          continue;
        }
      }
      break;
    }
    return { end, m: mo.m, cal: mo.cal, amb };
  }

  // --- years -----------------------------------------------------------------------------

  /** A year number at i, 4 digits (Gregorian 1000–2199, Hijri 1–1700), with an optional era marker after. */
  yearAt(i: number, cal: 'g' | 'h' | null, short = false): { end: number; y: number; cal: 'g' | 'h' | null } | null {
    const y = this.num(i);
    if (y < 0) return null;
    const era = this.w(i + 1);
    // Years of fewer than 4 digits only with an era marker, in a date context ("سنة 273 هـ", "9 ذي الحجة 273 هـ").
    if (this.len(i) !== 4 && !(short && this.len(i) <= 3 && y > 0 && (G_ERA.has(era) || H_ERA.has(era)))) return null;
    let end = i + 1;
    let eraCal: 'g' | 'h' | null = null;
    if (G_ERA.has(era)) {
      eraCal = 'g';
      end++;
    } else if (H_ERA.has(era)) {
      eraCal = 'h';
      end++;
    }
    const c = eraCal ?? cal;
    if (c === 'h') {
      if (y < 1 || y > 1700) return null;
    } else if ((y < 1000 && eraCal !== 'g') || y > 2199) return null;
    if (cal && eraCal && cal !== eraCal) return { end: i + 1, y, cal };
    return { end, y, cal: c };
  }

  /** "عام 2009", "سنة ٢٠٢٣", "العام 2024": a year introduced by a year word. */
  yearPhrase(i: number, cal: 'g' | 'h' | null): { end: number; y: number; cal: 'g' | 'h' | null } | null {
    const w = this.w(i);
    if (w === 'عام' || w === 'سنه' || w === 'العام' || w === 'السنه' || w === 'لعام' || w === 'لسنه') {
      const y = this.yearAt(i + 1, cal, true);
      if (y && this.yearNotCount(y.end)) return y;
      // "السنة المالية 2024"، "العام الدراسي 2025": a fiscal or school year named by its year.
      const kind = this.w(i + 1);
      if (kind === 'المالي' || kind === 'الماليه' || ACADEMIC.has(kind)) {
        const y2 = this.yearAt(i + 2, cal, true);
        if (y2 && this.yearNotCount(y2.end)) return y2;
      }
      // "عام (1933)", "عام (1308) هجري".
      if (this.isPunct(i + 1, '(') && this.num(i + 2) >= 0 && this.isPunct(i + 3, ')')) {
        const e = this.w(i + 4);
        const eraCal = G_ERA.has(e) ? 'g' : H_ERA.has(e) ? 'h' : null;
        const yy = this.num(i + 2);
        const c = eraCal ?? cal;
        if (this.len(i + 2) === 4 && (c === 'h' ? yy <= 1700 : yy >= 1000 && yy <= 2199)) return { end: eraCal ? i + 5 : i + 4, y: yy, cal: c };
      }
    }
    return null;
  }

  /** "2023/2024", "1936 - 1939" after a year: a span of years. */
  yearSpan(p: Parse): Parse {
    const s = p.spec;
    if (s.k !== 'abs' || s.m !== null || s.y === null) return p;
    if (!this.isPunct(p.end, '/-–')) return p;
    const b = this.yearAt(p.end + 1, s.cal);
    if (!b || b.y <= s.y || b.y > s.y + 100 || !this.yearNotCount(b.end)) return p;
    // Not a numeric date or a longer run ("2023/2024/2025").
    if (this.isPunct(b.end, '/-') && this.num(b.end + 1) >= 0) return p;
    return { end: b.end, spec: { k: 'range', a: s, b: yearSpec(b.y, s.cal) } };
  }

  /** A year must not be followed by something that makes it a count ("2009 دولار", "2009%"). */
  yearNotCount(i: number): boolean {
    const t = this.toks[i];
    if (!t) return true;
    if (t.kind === 'number') return false;
    if (t.kind === 'punct') return t.norm !== '%' && t.norm !== '٪';
    return !UNIT_AFTER.has(this.bare(i)) && !UNIT_AFTER.has(t.norm);
  }

  // --- days ------------------------------------------------------------------------------

  /** A day of month at i: digits 1–31, or an ordinal followed by من ("السابع من"). */
  dayAt(i: number): { end: number; d: number } | null {
    // "الـ15 من مارس": the article written on the number.
    if (this.w(i) === 'ال' && this.glued(i + 1) && this.num(i + 1) >= 0) {
      const d = this.dayAt(i + 1);
      return d && this.w(d.end) === 'من' ? d : null;
    }
    // "فاتح شتنبر", "فاتح من يناير": the first of the month (Maghreb).
    // "الفاتح مارس", "الفاتح من نوفمبر" (Algeria): the same, with the article.
    // "غرة ماي", "غرة شهر رمضان": the first day too.
    if (this.w(i) === 'فاتح' || this.w(i) === 'الفاتح' || this.w(i) === 'غره') return { end: this.w(i + 1) === 'من' ? i + 2 : i + 1, d: 1 };
    // "أول ديسمبر المقبل"، "أول نوفمبر 1954": the first of the month named right after it.
    if (this.w(i) === 'اول' && this.month(i + 1)) return { end: i + 1, d: 1 };
    const n = this.num(i);
    if (n >= 1 && n <= 31 && this.len(i) <= 2) {
      // Not the minutes of a time or the tail of a fraction ("10:15 - 29 مايو", "3/4").
      if (i > 0 && this.glued(i) && this.isPunct(i - 1, ':/.,')) return null;
      return { end: i + 1, d: n };
    }
    const o = parseOrdinal((k) => this.w(k), i);
    if (o && o.value >= 1 && o.value <= 31 && this.w(o.end) === 'من') {
      // "النصف الثاني من سبتمبر", "الأسبوع الأول من مارس": the ordinal counts something else.
      if (i > 0 && ORDINAL_OF_NOUN.has(this.bare(i - 1))) return null;
      // Days are masculine (الثالث من رمضان): a feminine ordinal counts a feminine noun, said or not
      // ("الجمعة المقبلة، الثالثة من شهر رمضان", "الأيام الأولى من شهر رمضان").
      const first = this.w(i);
      if (first.endsWith('ه') || first === 'الاولي') return null;
      return { end: o.end + 1, d: o.value };
    }
    return null;
  }

  /**
   * An absolute date at i: [day] month [alternates] [year | عام year | من هذا العام | modifier],
   * a numeric date, or a Hijri year with its marker.
   */
  absDate(i: number, cue: boolean, allowAmbiguous = false): Parse | null {
    const numeric = this.numericDate(i);
    if (numeric) return numeric;
    let j = i;
    let d: number | null = null;
    let d1: number | null = null; // first day of "3-5 مارس"
    const day = this.dayAt(j);
    let hasShahr = false;
    if (day) {
      d = day.d;
      j = day.end;
      // "3-5 مارس", "3 - 5 مارس": a range of days in one month; "3 و4 يوليو": two consecutive days.
      if (this.num(i) >= 0 && this.isPunct(j, '-–') && this.num(j + 1) >= 1 && this.num(j + 1) <= 31 && this.len(j + 1) <= 2) {
        d1 = d;
        d = this.num(j + 1);
        j += 2;
      } else if (this.num(i) >= 0 && this.w(j) === 'و' && this.num(j + 1) === d + 1 && this.len(j + 1) <= 2) {
        d1 = d;
        d = d + 1;
        j += 2;
      }
      // "15 من مارس", "15 من الشهر الجاري", "العاشر من الشهر المقبل".
      const perAt = this.w(j) === 'من' ? j + 1 : j;
      const per = this.w(perAt) === 'الشهر' ? MODS.get(this.w(perAt + 1)) : this.w(perAt) === 'هذا' && this.w(perAt + 1) === 'الشهر' ? 'cur' : undefined;
      if (per && d1 === null) {
        return { end: perAt + 2, spec: { k: 'perday', d, off: per === 'past' ? -1 : per === 'next' ? 1 : 0 } };
      }
      if (this.w(j) === 'من') {
        if (this.w(j + 1) === 'شهر' || G_MONTH1.has(this.w(j + 1)) || G_MONTH2.has(this.w(j + 1)) || H_MONTH1.has(this.w(j + 1)) || H_MONTH2.has(this.w(j + 1))) j++;
      }
      if (this.w(j) === 'شهر') j++;
    } else if (this.w(j) === 'شهر') {
      hasShahr = true;
      j++;
    }
    // "08/يونيو/2024", "08-يونيو-2024".
    const slashed = d !== null && d1 === null && this.isPunct(j, '/-') && this.glued(j) && this.glued(j + 1);
    if (slashed) j++;
    const mo = this.monthWithAlternates(j);
    if (!mo) return null;
    let k = mo.end;
    if (slashed && this.isPunct(k, '/-') && this.glued(k) && this.num(k + 1) >= 0) k++;
    let y: number | null = null;
    let mod: Mod | null = null;
    let yRel: number | null = null;
    let cal = mo.cal;
    let yr = this.yearAt(k, cal, true) ?? this.yearPhrase(k, cal) ?? (this.w(k) === 'من' ? this.yearPhrase(k + 1, cal) ?? this.yearAt(k + 1, cal) : null);
    // "10 أغسطس, 2025", "3 مارس، 2024": a comma before a plausible year that ends the phrase
    if (!yr && d !== null && this.isPunct(k, '،,') && this.len(k + 1) === 4) {
      const y4 = this.num(k + 1);
      const after = this.toks[k + 2];
      const ends = !after || after.kind === 'punct' || this.lineBreakBefore(k + 2) || WEEKDAY.has(this.w(k + 2)) || after.kind === 'number';
      if (y4 >= 1900 && y4 <= 2100 && ends) yr = this.yearAt(k + 1, cal, true);
    }
    if (yr && (yr.cal === cal || yr.cal === null)) {
      y = yr.y;
      k = yr.end;
    } else {
      const m1 = MODS.get(this.w(k));
      if (m1) {
        mod = m1;
        k++;
      } else if (this.w(k) === 'من') {
        const rel = this.relYearAfterMin(k + 1);
        const same = rel ? null : this.sameYearAfterMin(k + 1, i);
        if (rel) {
          yRel = rel.off;
          k = rel.end;
        } else if (same) {
          y = same.y;
          k = same.end;
        }
      }
    }
    // Context: a lone month name needs a cue; ambiguous names and Hijri months need more.
    const strong = d !== null || y !== null || mod !== null || yRel !== null;
    // صفر is also "zero" ("بدأ العد من صفر"): the month only after شهر or with a day written as an ordinal word
    // ("الأول من صفر"، "الخامس والعشرين من صفر")
    if (cal === 'h' && mo.m === 2 && y === null && mo.end === j + 1 && this.w(j) === 'صفر' && !hasShahr && !(d !== null && this.toks[i].kind === 'word')) return null;
    if (!strong && cal === 'h') {
      // "شهر رمضان", "رمضان المبارك": the month nearest to publication.
      const adj = this.w(k);
      if (adj === 'المبارك' || adj === 'الكريم' || adj === 'الفضيل' || adj === 'المعظم' || adj === 'الحرام') k++;
      else if (!hasShahr) return null;
      return { end: k, spec: { k: 'abs', cal, y: null, m: mo.m, d: null, mod: null, yRel: null } };
    }
    if (!strong) {
      if (mo.amb && !hasShahr && !allowAmbiguous) return null;
      if (!hasShahr && !cue) return null;
    }
    // "مدينة السادس من أكتوبر"، "بمدينة العاشر من رمضان": a town named after a day (its month is no date either).
    if (d !== null && y === null && i > 0 && (NAME_BEFORE.has(this.bare(i - 1)) || NAME_BEFORE.has(this.bare(i - 1).replace(/^[بل]/, '')))) return { end: k, spec: { k: 'none' } };
    // ("فمدن مثل 6 أكتوبر والسادات": also with «مثل» or «منها» between the towns' noun and the name)
    if (d !== null && y === null && i > 1 && /^(مثل|منها)$/.test(this.bare(i - 1)) && /^[وف]?(مدن|المدن|مدينتي|مدينه)$/.test(this.bare(i - 2))) return { end: k, spec: { k: 'none' } };
    // ("جامعة 20 أوت 1955"، "مستشفى أول نوفمبر 1954": an institution named after a dated day, its year with it.)
    if (d !== null && y !== null && i > 0 && NAMED_WITH_YEAR.has(this.bare(i - 1).replace(/^[وف]?[بل]?/, ''))) return { end: k, spec: { k: 'none' } };
    // "هجمات 11 سبتمبر", "ثورة 25 يناير": a named past event; its year is not the publication's.
    const prevBare = i > 0 ? this.bare(i - 1) : '';
    const named = d !== null && y === null && mod === null && yRel === null && (NAMED_DAY_BEFORE.has(prevBare) || (prevBare.startsWith('ال') && NAMED_DAY_BEFORE.has(prevBare.slice(2))));
    if (cal === 'g' && d !== null && (d > 31 || (mo.m === 2 && d > 29) || (d > 30 && daysInMonth(2001, mo.m) < 31))) return null;
    if (cal === 'h' && d !== null && d > 30) return null;
    // "منذ 7 أكتوبر", "منذ يناير": since a past date, never a later one.
    if (y === null && mod === null && yRel === null && prevBare === 'منذ') mod = 'past';
    const spec: Spec = { k: 'abs', cal, y, m: mo.m, d, mod, yRel };
    if (named) return { end: k, spec: { k: 'unknown' } };
    if (d1 !== null) {
      if (d1 >= (d ?? 0)) return null;
      return { end: k, spec: { k: 'range', a: { ...spec, d: d1 }, b: spec } };
    }
    return { end: k, spec };
  }

  /**
   * "فيفري من السنة نفسها"، "٣ من ديسمبر من العام نفسه": the year last written before the mention (a four-digit year
   * within the 300 tokens before `from`), or null.
   */
  sameYearAfterMin(i: number, from: number): { end: number; y: number } | null {
    // (also "من ذلك العام"، "من تلك السنة": that year, the one named before)
    const w = this.w(i);
    const that = (w === 'ذلك' && this.w(i + 1) === 'العام') || (w === 'تلك' && this.w(i + 1) === 'السنه');
    if (!that && ((w !== 'العام' && w !== 'السنه') || !/^(نفسه|نفسها|ذاته|ذاتها)$/.test(this.w(i + 1)))) return null;
    for (let k = from - 1; k >= Math.max(0, from - 300); k--) {
      if (this.toks[k].kind !== 'number' || this.len(k) !== 4) continue;
      const y = this.num(k);
      if (y >= 1900 && y <= 2100) return { end: i + 2, y };
    }
    return null;
  }

  /** "من هذا العام", "من العام الماضي/الجاري/المقبل" after a month: the year relative to publication. */
  relYearAfterMin(i: number): { end: number; off: number } | null {
    const w = this.w(i);
    if ((w === 'هذا' && this.w(i + 1) === 'العام') || (w === 'هذه' && this.w(i + 1) === 'السنه')) return { end: i + 2, off: 0 };
    if (w === 'العام' || w === 'السنه') {
      const m = MODS.get(this.w(i + 1));
      if (m) return { end: i + 2, off: m === 'past' ? -1 : m === 'next' ? 1 : 0 };
    }
    return null;
  }

  /** d/m/yyyy, d-m-yyyy, d.m.yyyy (day first), yyyy-mm-dd, yyyy/mm/dd. */
  numericDate(i: number): Parse | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'number') return null;
    // One token with dots: 12.6.2024 or 2024.06.12
    if (t.norm.includes('.')) {
      const m1 = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t.norm);
      if (m1) return this.dmy(+m1[1], +m1[2], +m1[3], i + 1);
      const m2 = /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/.exec(t.norm);
      if (m2) return this.ymd(+m2[1], +m2[2], +m2[3], i + 1);
      return null;
    }
    const a = this.num(i);
    if (a < 0) return null;
    if (!this.isPunct(i + 1, '/-')) return null;
    const sep = this.w(i + 1);
    const b = this.num(i + 2);
    if (b < 0 || this.w(i + 3) !== sep) return null;
    const c = this.num(i + 4);
    if (c < 0) return null;
    // Glued ("12/6/2024"), or spaced around slashes with a 4-digit year last ("12 / 6 / 2024").
    const glued = this.glued(i + 1) && this.glued(i + 2) && this.glued(i + 3) && this.glued(i + 4);
    if (!glued && (sep !== '/' || this.len(i + 4) !== 4)) return null;
    // Not part of a longer run of numbers ("1/2/3/2024").
    if (this.isPunct(i + 5, '/-') && this.glued(i + 5) && this.num(i + 6) >= 0) return null;
    if (i > 0 && this.isPunct(i - 1, '/-') && this.glued(i) && this.num(i - 2) >= 0) return null;
    if (this.len(i) <= 2 && this.len(i + 2) <= 2 && this.len(i + 4) === 4) return this.dmy(a, b, c, i + 5);
    if (this.len(i) === 4 && this.len(i + 2) <= 2 && this.len(i + 4) <= 2) return this.ymd(a, b, c, i + 5);
    return null;
  }

  dmy(d: number, m: number, y: number, end: number): Parse | null {
    if (m > 12 && d <= 12) [d, m] = [m, d];
    return this.ymd(y, m, d, end);
  }

  ymd(y: number, m: number, d: number, end: number): Parse | null {
    // A Hijri numeric date (1445/09/01هـ) when followed by هـ.
    if (H_ERA.has(this.w(end)) && y >= 1 && y <= 1700 && m >= 1 && m <= 12 && d >= 1 && d <= 30) {
      return { end: end + 1, spec: { k: 'abs', cal: 'h', y, m, d, mod: null, yRel: null } };
    }
    if (y < 1700 || y > 2199 || !isValidGregorian(y, m, d)) return null;
    if (G_ERA.has(this.w(end))) end++;
    return { end, spec: { k: 'abs', cal: 'g', y, m, d, mod: null, yRel: null } };
  }

  // --- relative --------------------------------------------------------------------------

  /** اليوم، أمس، أمس الأول، أول أمس، غدا، بعد غد، الغد (with a part-of-day word or يوم before). */
  relDay(i: number, pod: boolean): Parse | null {
    const w = this.w(i);
    let off: number | undefined = DAY_WORDS_REL.get(w);
    let end = i + 1;
    if (off !== undefined) {
      if (w === 'امس' && this.w(i + 1) === 'الاول') {
        off = -2;
        end++;
      } else if (w === 'اليوم' && !this.todayIsDate(i)) return null;
    } else if (w === 'اول' && this.w(i + 1) === 'امس') {
      off = -2;
      end++;
    } else if (w === 'اول' && this.w(i + 1) === 'من' && this.w(i + 2) === 'امس') {
      off = -2;
      end += 2;
    } else if (w === 'بعد' && (this.w(i + 1) === 'غد' || this.w(i + 1) === 'الغد')) {
      off = 2;
      end++;
    } else if ((w === 'الغد' || w === 'غد') && (pod || this.bare(i - 1) === 'يوم' || (w === 'غد' && WEEKDAY.has(this.w(i + 1))))) {
      // "فجر الغد", "يوم الغد", "مساء غد الخميس", "غدٍ الأربعاء".
      off = 1;
    } else if (w === 'الليله' && MODS.get(this.w(i + 1)) === 'past') {
      // "الليلة الماضية": last night.
      off = -1;
      end++;
    } else if (w === 'قبل' && !pod) {
      // "قبل ثلاثة أيام", "قبل يومين": days before publication (not "قبل يومين من الانتخابات").
      const n = this.dayCount(i + 1);
      if (!n) return null;
      const after = this.w(n.end);
      if (after === 'من' || after === 'علي' || after === 'عن' || after === 'فقط') return null;
      off = -n.n;
      end = n.end;
      return { end, spec: { k: 'rel', off } };
    } else return null;
    // Optional weekday: "اليوم الخميس", "أمس، الاثنين".
    let k = end;
    if (this.isPunct(k, '،,')) k++;
    const wd = WEEKDAY.get(this.w(k));
    if (wd !== undefined && this.weekdayIsDate(k)) {
      end = k + 1;
      // "اليوم الخميس 5 مارس": an absolute date after the weekday decides.
      const abs = this.absAfterWeekday(end);
      if (abs) return abs;
    }
    return { end, spec: { k: 'rel', off } };
  }

  /** "يومين", "ثلاثة أيام", "3 أيام", "عشرة أيام": a count of days (1–31). */
  dayCount(i: number): { end: number; n: number } | null {
    const w = this.w(i);
    if (w === 'يومين') return { end: i + 1, n: 2 };
    let n = this.num(i);
    let end = i + 1;
    if (n < 0) {
      const c = parseCardinal((x) => this.w(x), i);
      if (!c) return null;
      n = c.value;
      end = c.end;
    }
    const unit = this.w(end);
    if (n < 1 || n > 31 || (unit !== 'ايام' && unit !== 'يوما' && unit !== 'يوم')) return null;
    return { end: end + 1, n };
  }

  /**
   * Parts of a year: "الربع الأول من العام الجاري", "الثلاثي الرابع من سنة 2025", "النصف الثاني من 2023", "الأشهر الخمسة الأولى من 2024",
   * "الأشهر الستة الأخيرة من العام الماضي" → a span of months. Without a year only a quarter stands
   * (economic news: "الربع الأول" is this year's); "النصف الأول من المباراة" is no date.
   */
  partOfYear(i: number): Parse | null {
    const w = this.w(i);
    let k = i + 1;
    let m1: number;
    let m2: number;
    // (the Maghreb's "الثلاثي الرابع من سنة 2025" and "السداسي الأول": a quarter and a half; Morocco's "الفصل الأول من
    // 2026", a quarter only with its year)
    if (w === 'الربع' || w === 'النصف' || w === 'الثلاثي' || w === 'السداسي' || w === 'الفصل') {
      const size = w === 'الربع' || w === 'الثلاثي' || w === 'الفصل' ? 3 : 6;
      const count = 12 / size;
      let n: number;
      if (this.w(k) === 'الاخير') n = count;
      else {
        const o = parseOrdinal((x) => this.w(x), k);
        if (!o || o.end !== k + 1) return null;
        n = o.value;
      }
      if (n < 1 || n > count) return null;
      k++;
      m1 = (n - 1) * size + 1;
      m2 = n * size;
    } else if (w === 'الاشهر' || w === 'الشهور') {
      const c = this.w(k);
      if (!c.startsWith('ال')) return null;
      const card = parseCardinal((x) => (x === k ? c.slice(2) : this.w(x)), k);
      if (!card || card.end !== k + 1 || card.value < 2 || card.value > 11) return null;
      const which = this.w(k + 1);
      if (which === 'الاولي') {
        m1 = 1;
        m2 = card.value;
      } else if (which === 'الاخيره') {
        m1 = 13 - card.value;
        m2 = 12;
      } else return null;
      k += 2;
    } else return null;
    let y: number | null = null;
    let yRel: number | null = null;
    if (this.w(k) === 'من') {
      const rel = this.relYearAfterMin(k + 1);
      const yr = rel ? null : this.yearPhrase(k + 1, 'g') ?? this.yearAt(k + 1, 'g');
      if (rel) {
        yRel = rel.off;
        k = rel.end;
      } else if (yr) {
        y = yr.y;
        k = yr.end;
      } else if (this.w(k + 1) === 'العام' || this.w(k + 1) === 'السنه') {
        yRel = 0;
        k += 2;
      } else return null;
    } else if (this.yearAt(k, 'g')) {
      // ("الربع الثالث 2025": the year right after, without من)
      const yr = this.yearAt(k, 'g')!;
      y = yr.y;
      k = yr.end;
    } else if ((w !== 'الربع' && w !== 'الثلاثي') || this.sportsNear(i, k)) return null;
    const a: Spec = { k: 'abs', cal: 'g', y, m: m1, d: null, mod: null, yRel };
    const b: Spec = { k: 'abs', cal: 'g', y, m: m2, d: null, mod: null, yRel };
    return { end: k, spec: { k: 'range', a, b } };
  }

  /** A match nearby ("الربع الأول من المباراة", "في الربع الأول حيث سجل الفريق"): quarters of a game, not of a year. */
  sportsNear(from: number, to: number): boolean {
    for (let k = Math.max(0, from - 10); k < Math.min(this.toks.length, to + 10); k++) if (SPORTS.has(this.bare(k))) return true;
    return false;
  }

  /** Is اليوم at i "today"? Not in names ("أخبار اليوم", "الشرق اليوم"), counts ("اليوم الثاني"), "ذلك اليوم". */
  todayIsDate(i: number): boolean {
    const prev = i > 0 ? this.bare(i - 1) : '';
    if (i > 0 && this.toks[i - 1].kind === 'word') {
      if (PUBLICATION_BEFORE.has(prev) || NOT_TODAY_BEFORE.has(prev)) return false;
      // "صحيفة المصري اليوم", "موقع روسيا اليوم".
      if (i > 1 && PUBLICATION_BEFORE.has(this.bare(i - 2))) return false;
      // "X اليوم" standing alone between line/segment boundaries: a site or paper name ("الشرق اليوم - موسكو").
      const before = i - 2;
      const boundaryBefore = before < 0 || this.lineBreakBefore(i - 1) || this.isPunct(before, '-–—|©:«»"\'“”(') || this.num(before) >= 0;
      const after = this.toks[i + 1];
      const boundaryAfter = !after || this.lineBreakBefore(i + 1) || this.isPunct(i + 1, '-–—|.«»"\'“”)');
      if (boundaryBefore && boundaryAfter && this.w(i - 1).startsWith('ال')) return false;
      // «روسيا اليوم», "فلسطين اليوم": a quoted name.
      if (this.isPunct(before, '«"“\'') && this.isPunct(i + 1, '»"”\'')) return false;
      if (this.w(i - 1) === 'اليوم') return false;
    }
    // Today in the sense of nowadays, not the story's day: the present set against the past in a quoted voice
    // («كنا نسقي من الشط منذ أيام أجدادنا، واليوم صار الماء مالحاً»), "أما اليوم فالماء يصل"، "لدينا اليوم 14 مهندساً"،
    // "بات اليوم محطة"; a rate per day ("أربع ساعات في اليوم"، "وجبة واحدة في اليوم"، "10 لترات للشخص في اليوم"); a
    // question about the present ("كم يبلغ حجم الرفض اليوم؟").
    if (NOWADAYS_BEFORE.has(prev) && this.toks[i - 1]?.kind === 'word') return false;
    if (this.first === i && this.toks[i].norm[0] === 'و' && this.isPunct(i - 1, '،,') && this.insideQuote(i)) return false;
    if (prev === 'في' && !WEEKDAY.has(this.w(i + 1))) {
      for (let k = i - 2; k >= Math.max(0, i - 5) && this.toks[k].kind !== 'punct'; k--) {
        if (this.num(k) >= 0 || PER_DAY_COUNTED.test(this.w(k)) || PER_DAY_COUNTED.test(this.bare(k))) return false;
      }
    }
    if (this.isPunct(i + 1, '؟?')) return false;
    const next = this.w(i + 1);
    // "لليوم الـ134 على التوالي": a day counted, not today.
    if (next === 'ال' && this.num(i + 2) >= 0) return false;
    if (next && this.toks[i + 1].kind === 'word') {
      if (WEEKDAY.has(next)) return true;
      if (ORDINAL_FIRST_WORDS.has(next) || NOT_TODAY_AFTER.has(next)) return false;
      // "اليوم العالمي", "اليوم الوطني", "اليوم المصري": a named day or a paper.
      if (next.startsWith('ال') && next.length > 4 && (next.endsWith('ي') || next.endsWith('يه'))) return false;
    }
    return true;
  }

  /** Does token i stand inside a quotation opened earlier in its paragraph («…» or "…")? */
  insideQuote(i: number): boolean {
    let plain = 0;
    for (let k = i - 1; k >= 0 && k >= i - 120; k--) {
      const t = this.toks[k];
      if (t.kind === 'punct') {
        if (t.norm === '»' || t.norm === '”') return false;
        if (t.norm === '«' || t.norm === '“') return true;
        if (t.norm === '"') plain++;
      }
      if (this.lineBreakBefore(k)) break;
    }
    return plain % 2 === 1;
  }

  /** Is the weekday word at i a day (not "صلاة الجمعة", "كلا الاثنين", "الأحد عشر")? */
  weekdayIsDate(i: number): boolean {
    const w = this.w(i);
    const prev = i > 0 ? this.bare(i - 1) : '';
    // (But "صلاة الجمعة المقبلة" is next Friday's prayer: a day.)
    if (w === 'الجمعه' && (prev === 'صلاه' || prev === 'خطبه' || prev === 'خطيب' || prev === 'صلوات' || prev === 'امام') && !MODS.has(this.w(i + 1))) return false;
    if (prev === 'سوق' || prev === 'جامع' || prev === 'مسجد' || prev === 'باب') return false; // "سوق الخميس", "باب الأحد" are places
    const next = this.w(i + 1);
    if (w === 'الاثنين' && (prev === 'كلا' || prev === 'هذين' || next === 'معا' || (next.startsWith('ال') && next.endsWith('ين')))) return false;
    if (w === 'الاحد' && (this.w(i + 1) === 'عشر' || prev === 'الواحد')) return false;
    return true;
  }

  /** After a weekday: "، 02 ديسمبر 2021", " الموافق 5 مارس", " 20 رمضان 1445 هـ". */
  absAfterWeekday(i: number): Parse | null {
    let k = i;
    if (this.isPunct(k, '،,-')) k++;
    let muwafiq = false;
    if (this.w(k) === 'الموافق') {
      k++;
      if (this.w(k) === 'ل') k++;
      muwafiq = true;
    }
    const abs = this.absDate(k, false);
    // ("اليوم الأربعاء، الموافق 4 ربيع الأول 1447هـ": the day and the date it falls on, one mention as a الموافق pair is)
    if (abs && hasDay(abs.spec)) return abs;
    return null;
  }

  /** A weekday, alone or with الماضي/المقبل, or starting a full date. */
  weekday(i: number): Parse | null {
    const wd = WEEKDAY.get(this.w(i));
    if (wd === undefined || !this.weekdayIsDate(i)) return null;
    const abs = this.absAfterWeekday(i + 1);
    // (a date with no year keeps the weekday, which says which year: "السبت 7 فبراير" in November 2025 is 2026's)
    if (abs && abs.spec.k === 'abs' && abs.spec.y === null && abs.spec.yRel === null && abs.spec.mod === null && abs.spec.d !== null) return { ...abs, spec: { ...abs.spec, wd } };
    if (abs) return abs;
    const m = MODS.get(this.w(i + 1));
    // ("يوم الجمعة المقبل 27 رجب 1447 هـ": the weekday, which one, and the date right after it are one mention; the
    // golds keep "الخميس المقبل، العشرين من صفر" and "الأحد المقبل الموافق ١ رجب" as two)
    if ((m === 'past' || m === 'next') && this.toks[i + 2]?.kind === 'number') {
      const dated = this.absAfterWeekday(i + 2);
      if (dated && dated.spec.k === 'abs' && dated.spec.y !== null) return dated;
    }
    // "الأربعاء من الأسبوع المقبل", "الخميس من الأسبوع الماضي", "الأحد من هذا الأسبوع".
    if (this.w(i + 1) === 'من') {
      const wk = this.w(i + 2) === 'هذا' && this.w(i + 3) === 'الاسبوع' ? 'cur' : this.w(i + 2) === 'الاسبوع' ? MODS.get(this.w(i + 3)) : undefined;
      if (wk) return { end: i + 4, spec: { k: 'wd', wd, dir: 'last', week: wk === 'past' ? -1 : wk === 'next' ? 1 : 0 } };
    }
    if (m === 'past') return { end: i + 2, spec: { k: 'wd', wd, dir: 'past' } };
    if (m === 'next') return { end: i + 2, spec: { k: 'wd', wd, dir: 'next' } };
    return { end: i + 1, spec: { k: 'wd', wd, dir: this.futureBefore(i) ? 'upcoming' : 'last' } };
  }

  /**
   * Is the clause before token i about the future ("سيصل الوفد الجمعة", "على أن يصل الطاقم فجر الجمعة",
   * "من المقرر أن ...")? Then a bare weekday is the next one, not the last.
   */
  futureBefore(i: number): boolean {
    // ("تأجيل الجلسة الختامية إلى صباح السبت"، "أرجأت المحكمة النظر في القضية إلى الأحد": the day a thing is put off to
    // is ahead, whatever the tense of the putting off)
    {
      let k = i - 1;
      while (k >= 0 && !this.lineBreakBefore(k + 1) && (PART_OF_DAY.has(this.w(k)) || this.w(k) === 'يوم' || this.w(k) === 'منتصف')) k--;
      if (k >= 0 && !this.lineBreakBefore(k + 1) && (this.w(k) === 'الي' || this.w(k) === 'حتي')) {
        for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
          if (this.lineBreakBefore(j + 1) || (this.toks[j].kind === 'punct' && '.!?؟:;؛'.includes(this.toks[j].norm))) break;
          if (PUT_OFF.test(this.bare(j))) return true;
        }
      }
    }
    // (words, not tokens, are counted: "حتى الساعة ٢:٠٠ من فجر الاثنين" is one clause, its colon no break)
    let words = 0;
    for (let k = i - 1; k >= 0 && k >= i - 20; k--) {
      const t = this.toks[k];
      if (t.kind === 'punct') {
        if (t.norm === ':' && k > 0 && k + 1 < this.toks.length && this.toks[k - 1].kind === 'number' && this.toks[k + 1].kind === 'number') continue;
        if ('.!?؟:;؛'.includes(t.norm)) return false;
      }
      if (this.lineBreakBefore(k + 1)) return false;
      if (t.kind !== 'punct') words++;
      const w = this.bare(k);
      if (FORECAST_WORDS.has(w)) return true;
      // ("ويُنتظر أن تصل قافلة … عند الساعة التاسعة من صباح السبت": awaited, expected that …)
      if (w === 'ان' && k > 0 && /^(ينتظر|يرتقب|يترقب)$/.test(this.bare(k - 1))) return true;
      if (words > 9) continue;
      if (FUTURE_WORDS.has(w)) return true;
      // "على أن يصل": the plan that (an imperfect verb follows); not "أكد على أن صيام ...".
      if (w === 'ان' && k > 0 && this.bare(k - 1) === 'علي' && 'يتن'.includes(this.w(k + 1).charAt(0))) return true;
      // "مرجحا أن تبدأ الأجواء بالتحسن اعتبارا من الجمعة": أن + a present verb looks ahead.
      // (not "قبل أن يُضبط … فجر 17 مارس": a story told in order)
      if (w === 'ان' && 'يتن'.includes(this.w(k + 1).charAt(0)) && this.w(k + 1).length >= 4 && !(k > 0 && /^(قبل|بعد|منذ)$/.test(this.bare(k - 1)))) return true;
      if (isFutureVerb(w, this.original.charCodeAt(t.end - 1))) return true;
    }
    return false;
  }

  /** "مطلع العام", "نهاية الشهر" (after a part-of-period word): this year / month; not "نهاية العام الدراسي". */
  currentPeriod(i: number): Parse | null {
    const w = this.w(i);
    const unit = w === 'الشهر' ? 'm' : w === 'العام' || w === 'السنه' ? 'y' : null;
    if (!unit) return null;
    const next = this.toks[i + 1];
    // (but "إلى", "التي", "الذي" are no word of the period's: "من 30 بالمئة مطلع العام إلى أقل من 4")
    if (next && next.kind !== 'punct' && !this.lineBreakBefore(i + 1) && ((next.norm.startsWith('ال') && !/^(الي|التي|الذي|الذين|اللتين|اللذين|الا)$/.test(next.norm)) || next.kind === 'number')) return null;
    return { end: i + 1, spec: { k: 'per', unit, off: 0 } };
  }

  /** الشهر/العام/الأسبوع/السنة + modifier, هذا العام, عام 2009, عامي 2009 و2010. */
  period(i: number, cue: boolean): Parse | null {
    const w = this.w(i);
    const unit = w === 'الاسبوع' ? 'w' : w === 'الشهر' ? 'm' : w === 'العام' || w === 'السنه' ? 'y' : null;
    if (unit) {
      const m = MODS.get(this.w(i + 1));
      if (m) return { end: i + 2, spec: { k: 'per', unit, off: m === 'past' ? -1 : m === 'next' ? 1 : 0 } };
    }
    // "العام الجامعي المقبل"، "العام الدراسي الماضي": a school year before or after the one under way.
    if ((unit === 'y' || w === 'الموسم') && ACADEMIC.has(this.w(i + 1))) {
      const m = MODS.get(this.w(i + 2));
      if (m) return { end: i + 3, spec: { k: 'acad', off: m === 'past' ? -1 : m === 'next' ? 1 : 0 } };
    }
    // "الصيف الماضي"، "الشتاء المقبل"، "هذا الربيع": the season before or after the one of the publication, or its own
    // (at year precision, as the golds give it)
    const season = SEASON_START.get(w);
    if (season) {
      const m = MODS.get(this.w(i + 1));
      if (m) return { end: i + 2, spec: { k: 'season', start: season, off: m === 'past' ? -1 : m === 'next' ? 1 : 0 } };
    }
    if ((w === 'هذا' || w === 'هذه') && SEASON_START.has(this.w(i + 1))) return { end: i + 2, spec: { k: 'season', start: SEASON_START.get(this.w(i + 1))!, off: 0 } };
    if (w === 'هذا' || w === 'هذه') {
      const n = this.w(i + 1);
      const u = n === 'الاسبوع' ? 'w' : n === 'الشهر' ? 'm' : n === 'العام' || n === 'السنه' ? 'y' : null;
      if (u) return { end: i + 2, spec: { k: 'per', unit: u, off: 0 } };
    }
    if (w === 'عامي' || w === 'سنتي') {
      const a = this.yearAt(i + 1, null);
      if (a && this.w(a.end) === 'و') {
        const b = this.yearAt(a.end + 1, a.cal);
        if (b && b.y > a.y && this.yearNotCount(b.end)) {
          const c = a.cal ?? b.cal ?? 'g';
          return { end: b.end, spec: { k: 'range', a: yearSpec(a.y, c), b: yearSpec(b.y, c) } };
        }
      }
      return null;
    }
    const yp = this.yearPhrase(i, null);
    if (yp) {
      const span = this.yearSpan({ end: yp.end, spec: yearSpec(yp.y, yp.cal ?? 'g') });
      // ("العام المالي 2024/2025": the fiscal year of two calendar years runs from July to June, as Egypt, Jordan and
      // most Arab treasuries count it, and as 30 golds give it)
      if (span.spec.k === 'range' && span.spec.a.k === 'abs' && span.spec.b.k === 'abs' && span.spec.a.cal === 'g' && span.spec.b.y === (span.spec.a.y ?? 0) + 1 && this.w(i + 1) === 'المالي' && /^(ال)?عام$/.test(this.w(i))) {
        return { end: span.end, spec: { k: 'range', a: { ...span.spec.a, m: 7 }, b: { ...span.spec.b, m: 6 } } };
      }
      return span;
    }
    // A bare year: with an era marker, or after a cue word and followed by punctuation or a function word.
    const y = this.yearAt(i, null);
    if (y) {
      if (y.cal !== null && y.end > i + 1) {
        // "1000 م مربع" is a surface.
        if (y.cal === 'g' && (this.w(y.end) === 'مربع' || this.w(y.end) === 'مكعب' || this.w(y.end) === 'مربعا')) return null;
        return this.yearSpan({ end: y.end, spec: yearSpec(y.y, y.cal) });
      }
      if (y.y < 1900 || y.y > 2099) return null;
      // "2020-2027": two years joined by a dash or slash are a span wherever they stand.
      const span = this.yearSpan({ end: y.end, spec: yearSpec(y.y, 'g') });
      if (span.end > y.end && span.spec.k === 'range' && span.spec.b.k === 'abs' && (span.spec.b.y ?? 0) <= 2099) return span;
      if (!this.yearNotCount(y.end)) return null;
      const prev = i > 0 ? this.bare(i - 1) : '';
      // "رؤية 2030"، "رؤية المملكة 2030"، "استراتيجية 2030": a programme's name, not a date.
      if (PROGRAMME.has(prev) || (i > 1 && PROGRAMME.has(this.bare(i - 2)))) return null;
      const t = this.toks[y.end];
      const followOk = !t || t.kind === 'punct' || this.lineBreakBefore(y.end) || YEAR_FOLLOW.has(t.norm);
      // After an event noun ("حرب 1948", "انتخابات 2024", "الانتفاضة الأولى 1987") or a strong cue ("منذ 2011").
      const event = isEvent(prev) || (i > 1 && isEvent(this.bare(i - 2)) && prev.startsWith('ال'));
      // "في أعوام 1934 و1990 و2018": a list of years after أعوام/سنوات, each year joined by و to the one before.
      const yearList = /^(ال)?(اعوام|سنوات)$/.test(prev) || (prev === 'و' && i > 1 && this.toks[i - 2].kind === 'number' && this.len(i - 2) === 4 && (this.num(i - 2) >= 1900 && this.num(i - 2) <= 2099));
      if (yearList && (!t || t.kind !== 'number')) return this.yearSpan({ end: y.end, spec: yearSpec(y.y, 'g') });
      // ("1938 وُلد في قرية …"، "2019: نال الجائزة": a timeline's entry, the year opening its line before its event)
      const entry = (i === 0 || this.lineBreakBefore(i)) && !!t && !this.lineBreakBefore(y.end) && (t.kind === 'word' || /^[:：\-–—]$/.test(t.norm)) && !!this.toks[y.end + 1];
      if (event || entry || (STRONG_YEAR_CUE.has(prev) && t?.kind !== 'number') || ((cue || YEAR_CUE.has(prev)) && followOk)) {
        return this.yearSpan({ end: y.end, spec: yearSpec(y.y, 'g') });
      }
    }
    return null;
  }

  // --- times -----------------------------------------------------------------------------

  /**
   * A clock time at i: "01:39 م", "10:15", "الساعة 10 مساء", "الساعة الثالثة عصرا", "الساعة الحادية عشرة
   * صباحا", "الساعة العاشرة والنصف". `needMark`: a bare H:MM must carry a marker to stand alone.
   */
  /** `assumeSaa`: read as if الساعة were written (the second time of "من الساعة 9 إلى 12 ظهرا"). */
  time(i: number, standalone: boolean, assumeSaa = false): { end: number; t: Time } | null {
    let k = i;
    let hasSaa = assumeSaa;
    if (this.w(k) === 'الساعه') {
      hasSaa = true;
      k++;
    }
    let h = -1;
    let mi = 0;
    let digital = false;
    const n = this.num(k);
    if (n >= 0 && this.len(k) <= 2) {
      if (this.isPunct(k + 1, ':') && this.glued(k + 1) && this.glued(k + 2) && this.len(k + 2) === 2 && this.num(k + 2) >= 0) {
        h = n;
        mi = this.num(k + 2);
        k += 3;
        digital = true;
        if (this.isPunct(k, ':') && this.glued(k) && this.glued(k + 1) && this.len(k + 1) === 2 && this.num(k + 1) >= 0) k += 2;
      } else if (hasSaa) {
        h = n;
        k++;
      } else return null;
    } else if (hasSaa || (standalone && k > 0 && HOUR_CUE.has(this.bare(k - 1)))) {
      // Hours are feminine: "الساعة الثالثة", "الحادية عشرة"; "ربع الساعة الأول" is not a time.
      if (!this.w(k).endsWith('ه')) return null;
      const o = parseOrdinal((x) => this.w(x), k) ?? parseCardinal((x) => this.w(x), k);
      if (!o || o.value < 1 || o.value > 12) return null;
      h = o.value;
      k = o.end;
      // Without الساعة ("في تمام العاشرة صباحا") the hour needs a part of the day after it.
      if (!hasSaa) {
        const a = this.w(k);
        const b = this.w(k + 1);
        const tail = a === 'والنصف' || a === 'والربع' || a === 'ونصف' || a === 'وربع' ? this.w(k + 1) : a;
        if (!TIME_MARK.has(tail) && !(tail === 'من' && PART_OF_DAY.has(a === tail ? b : this.w(k + 2))) && !(tail === 'بعد' && (b === 'الظهر' || this.w(k + 2) === 'الظهر' || b === 'الزوال'))) return null;
      }
    } else return null;
    if (h > 24 || mi > 59) return null;
    // Minutes in words.
    if (!digital) {
      const w = this.w(k);
      if (w === 'والنصف' || w === 'ونصف') {
        mi = 30;
        k++;
      } else if (w === 'والربع' || w === 'وربع') {
        mi = 15;
        k++;
      } else if (w === 'والثلث' || w === 'وثلث') {
        mi = 20;
        k++;
      } else if (w === 'الا' && (this.w(k + 1) === 'ربعا' || this.w(k + 1) === 'الربع' || this.w(k + 1) === 'ربع')) {
        mi = 45;
        h = h === 1 ? 12 : h - 1;
        k += 2;
      } else if (w === 'و' && this.num(k + 1) >= 0 && this.num(k + 1) < 60 && /^دقيق|^دقايق/.test(this.w(k + 2))) {
        mi = this.num(k + 1);
        k += 3;
      }
    }
    let mark: Half | undefined = TIME_MARK.get(this.w(k));
    if (mark === undefined && this.w(k) === 'بعد' && (this.w(k + 1) === 'الظهر' || this.w(k + 1) === 'الظهيره')) {
      mark = 'pm';
      k++;
    }
    // (the Maghreb's "بعد الزوال" / "قبل الزوال": afternoon, morning)
    if (mark === undefined && (this.w(k) === 'بعد' || this.w(k) === 'قبل') && this.w(k + 1) === 'الزوال') {
      mark = this.w(k) === 'بعد' ? 'pm' : 'am';
      k++;
    }
    if (mark !== undefined) {
      k++;
      h = applyHalf(h, mark);
    }
    // "13:10 بتوقيت مكة" alone on its line (a live-blog stamp): the time zone belongs to the stamp. (In a
    // sentence, "الساعة الثامنة مساء بتوقيت القاهرة", the city stays a place of its own.)
    const zone = this.zoneAfter(k);
    const utc = zone > k && this.zoneIsNoPlace(k);
    if (zone > k && ((this.lineBreakBefore(i) && (zone >= this.toks.length || this.lineBreakBefore(zone))) || utc)) k = zone;
    else if (mark === undefined && standalone && !hasSaa && digital && !((this.lineBreakBefore(i) || (i > 0 && this.lineBreakBefore(i - 1) && /^(تحديث|عاجل)$/.test(this.bare(i - 1)))) && (k >= this.toks.length || this.lineBreakBefore(k)))) return null;
    // (A clock time alone on its line is kept: the time stamp of a live-blog entry, "09:05", also after its label,
    // "تحديث 13:35".)
    if (h === 24) h = 0;
    return { end: k, t: utc ? { h, mi, z: true } : { h, mi } };
  }

  /**
   * The days of the Hajj the Hijri calendar fixes and the news names as days: "يوم التروية" (8 Dhu al-Hijja), "يوم
   * عرفة" (9 Dhu al-Hijja), with "المقبل/الماضي". Without a year, the publication's Hijri year. (The feasts, "عيد
   * الأضحى"، "عيد الفطر"، are named as occasions, not dates: no gold page of the 62 blind sets marks one, and two of
   * their writers say so.)
   */
  feast(i: number): Parse | null {
    let k = i;
    let md: [number, number] | null = null;
    if (this.w(k) === 'يوم' && this.w(k + 1) === 'عرفه') md = [12, 9];
    else if (this.w(k) === 'يوم' && this.w(k + 1) === 'الترويه') md = [12, 8];
    if (!md) return null;
    k += 2;
    if (this.w(k) === 'المبارك') k++;
    const mod = MODS.get(this.w(k)) ?? null;
    if (mod) k++;
    return { end: k, spec: { k: 'abs', cal: 'h', y: null, m: md[0], d: md[1], mod: mod === 'cur' ? null : mod, yRel: null } };
  }

  /** "قبل ساعتين"، "قبل 3 ساعات"، "قبل نصف ساعة"، "قبل 20 دقيقة" (not "قبل ساعتين من الموعد"). */
  ago(i: number): Parse | null {
    if (this.w(i) !== 'قبل') return null;
    let k = i + 1;
    let n = 1;
    const w = this.w(k);
    if (w === 'نصف' && this.w(k + 1) === 'ساعه') return this.agoEnd(k + 2, 30);
    if (w === 'ساعه' || w === 'دقيقه') return this.agoEnd(k + 1, w === 'ساعه' ? 60 : 1);
    if (w === 'ساعتين' || w === 'دقيقتين') return this.agoEnd(k + 1, w === 'ساعتين' ? 120 : 2);
    const num = this.num(k);
    if (num > 0 && num <= 59 && this.len(k) <= 2) n = num;
    else if (COUNT_WORDS.has(w)) n = COUNT_WORDS.get(w)!;
    else return null;
    k++;
    const unit = this.w(k);
    if (unit === 'ساعات' || (unit === 'ساعه' && n > 10)) return n <= 23 ? this.agoEnd(k + 1, 60 * n) : null;
    if (unit === 'دقايق' || unit === 'دقيقه') return this.agoEnd(k + 1, n);
    return null;
  }

  agoEnd(end: number, min: number): Parse | null {
    const next = this.w(end);
    if (next === 'من' || next === 'علي' || next === 'موعد' || next === 'انطلاق' || next === 'بدء' || next === 'نهايه') return null;
    return { end, spec: { k: 'ago', min } };
  }

  /** The zone at k names no place: "بتوقيت غرينتش"، "(GMT)"، "ت غ". */
  zoneIsNoPlace(k: number): boolean {
    const j = this.isPunct(k, '(') ? k + 1 : k;
    if (this.w(j) === 'ت' || /^(?:gmt|utc)$/i.test(this.toks[j]?.norm ?? '')) return true;
    return (this.w(j) === 'بتوقيت' || this.w(j) === 'توقيت') && /^(?:غرينتش|جرينتش|غرينيتش|جرينيتش|غرنتش)$/.test(this.w(j + 1));
  }

  /** The end of "بتوقيت مكة المكرمة" / "(بتوقيت غرينتش)" / "ت غ" starting at k, or k. */
  zoneAfter(k: number): number {
    let j = k;
    const paren = this.isPunct(j, '(');
    if (paren) j++;
    if (this.w(j) === 'بتوقيت' || this.w(j) === 'توقيت') {
      j++;
      if (this.toks[j]?.kind !== 'word') return k;
      j++;
      if (ZONE_SECOND.has(this.w(j))) j++;
    } else if (this.w(j) === 'ت' && this.w(j + 1) === 'غ') {
      j += 2;
    } else if (/^(?:gmt|utc)$/i.test(this.toks[j]?.norm ?? '')) {
      j++;
    } else return k;
    if (paren) {
      if (!this.isPunct(j, ')')) return k;
      j++;
    }
    return j;
  }

  // --- the whole expression ----------------------------------------------------------------

  /**
   * Days named in a list after يومي/أيام: weekdays ("يومي الثلاثاء والأربعاء المقبلين"), days of a month ("أيام 10 و11
   * و12 ديسمبر"), or both ("يومي الاثنين والثلاثاء 1 و2 ديسمبر", "أيام الجمعة والسبت والأحد 21 و22 و23 نوفمبر"): one
   * stretch of days from the first to the last. (Two full dates, "يومي 17 ديسمبر 2022 و29 جانفي 2023", are two days,
   * each its own date: no month may stand between the days of a list.)
   */
  dayNames(i: number): Parse | null {
    const w = this.w(i);
    if (w !== 'يومي' && w !== 'ايام') return null;
    if (this.num(i + 1) >= 0) return this.dayList(i + 1);
    const first = WEEKDAY.get(this.w(i + 1));
    if (first === undefined) return null;
    let k = i + 2;
    let last = first;
    for (;;) {
      const x = this.w(k);
      const wd = x.length > 3 && x[0] === 'و' ? WEEKDAY.get(x.slice(1)) : undefined;
      if (wd === undefined) break;
      last = wd;
      k++;
    }
    if (k === i + 2) return null;
    const list = this.num(k) >= 0 ? this.dayList(k) : null;
    if (list) return list;
    const m = MODS.get(this.w(k));
    const dir = m === 'past' ? 'past' : m === 'next' ? 'next' : this.futureBefore(i) ? 'upcoming' : 'last';
    return { end: m === 'past' || m === 'next' ? k + 1 : k, spec: { k: 'range', a: { k: 'wd', wd: first, dir }, b: { k: 'wd', wd: last, dir } } };
  }

  /**
   * "الأربعاء 1 والخميس 2 أكتوبر": two days of one month, each with its weekday, the month written on the second:
   * the stretch from the first to the second.
   */
  weekdayDayPair(i: number): Parse | null {
    if (WEEKDAY.get(this.w(i)) === undefined) return null;
    const d1 = this.num(i + 1) >= 0 ? this.dayAt(i + 1) : null;
    if (!d1 || d1.end !== i + 2) return null;
    const x = this.w(i + 2);
    if (x.length <= 3 || x[0] !== 'و' || WEEKDAY.get(x.slice(1)) === undefined || this.num(i + 3) < 0) return null;
    const b = this.absDate(i + 3, true);
    if (!b || b.spec.k !== 'abs' || b.spec.d === null || b.spec.m === null || b.spec.d <= d1.d || b.end <= i + 4) return null;
    return { end: b.end, spec: { k: 'range', a: { ...b.spec, d: d1.d }, b: b.spec } };
  }

  /** "21 و22 و23 نوفمبر": days of one month, the month written on the last; from the first day to the last. */
  dayList(k: number): Parse | null {
    const d1 = this.dayAt(k);
    if (!d1 || this.num(k) < 0) return null;
    let j = d1.end;
    while (this.w(j) === 'و' && this.num(j + 1) >= 0) {
      let b = this.absDate(j + 1, true);
      // (the rest may read as a pair of days itself: "22 و23 نوفمبر")
      if (b && b.spec.k === 'range') b = { end: b.end, spec: b.spec.b };
      if (b && b.end > j + 2) {
        if (b.spec.k === 'abs' && b.spec.d !== null && b.spec.d > d1.d) return { end: b.end, spec: { k: 'range', a: { ...b.spec, d: d1.d }, b: b.spec } };
        if (b.spec.k === 'perday' && b.spec.d > d1.d) return { end: b.end, spec: { k: 'range', a: { ...b.spec, d: d1.d }, b: b.spec } };
        return null;
      }
      if (!this.dayAt(j + 1)) return null;
      j += 2;
    }
    return null;
  }

  /**
   * Two months that follow each other, with what comes after the second for both: "أغشت وسبتمبر الماضيين"، "شباط
   * وآذار"، "مارس وأبريل من العام الماضي": the stretch from the first to the second.
   */
  monthPair(i: number): Parse | null {
    const m1 = this.month(i);
    if (!m1 || m1.cal !== 'g') return null;
    const x = this.w(m1.end);
    if (x.length < 3 || x[0] !== 'و' || this.toks[m1.end]?.kind !== 'word') return null;
    this.second = m1.end;
    this.secondNorm = x.slice(1);
    const b = this.absDate(m1.end, true, !m1.amb);
    this.second = -1;
    if (!b || b.spec.k !== 'abs' || b.spec.m === null || b.spec.d !== null || b.spec.cal !== 'g' || b.spec.m !== m1.m + 1) return null;
    const a: Spec = { ...b.spec, m: m1.m };
    return { end: b.end, spec: { k: 'range', a, b: b.spec } };
  }

  /** A range: "من 22 إلى 24 أكتوبر", "بين 3 و5 مارس", "من 3 مارس إلى 5 أبريل 2024". */
  range(i: number): Parse | null {
    const w = this.w(i);
    // (days after يومي are dayNames' to read)
    if (w !== 'من' && w !== 'بين' && w !== 'شهري') return null;
    const sepOk = (k: number) => {
      let s = this.w(k);
      if (w === 'من' && s.length > 3 && s[0] === 'و') s = s.slice(1); // "وحتى", "وإلى"
      return w === 'من' ? s === 'الي' || s === 'حتي' || s === 'لغايه' || this.isPunct(k, '-–') : s === 'و';
    };
    // "من نونبر المقبل إلى غاية دجنبر 2026": the Maghreb's "up to" in two words.
    const sepLen = (k: number) => (!sepOk(k) ? 0 : w === 'من' && /^و?الي$/.test(this.w(k)) && this.w(k + 1) === 'غايه' ? 2 : 1);
    // Days of one month: "من 22 إلى 24 أكتوبر المقبل", "من 13 إلى 15 الشهر المقبل".
    // (Each day may carry its weekday: "من الثلاثاء 16 حتى الخميس 18 كانون الأول".)
    const wdFirst = WEEKDAY.has(this.w(i + 1)) && this.num(i + 2) >= 0 ? 1 : 0;
    const d1 = this.dayAt(i + 1 + wdFirst);
    if (d1 && this.num(i + 1 + wdFirst) >= 0 && sepOk(d1.end)) {
      const bAt = d1.end + sepLen(d1.end);
      const b = this.absDate(bAt, true) ?? (wdFirst && WEEKDAY.has(this.w(bAt)) ? this.absAfterWeekday(bAt + 1) : null);
      if (b && b.spec.k === 'abs' && b.spec.d !== null && b.spec.d > d1.d) {
        return { end: b.end, spec: { k: 'range', a: { ...b.spec, d: d1.d }, b: b.spec } };
      }
      if (b && b.spec.k === 'perday' && b.spec.d > d1.d) {
        return { end: b.end, spec: { k: 'range', a: { ...b.spec, d: d1.d }, b: b.spec } };
      }
    }
    // (a weekday may open either date: "من الأحد 26 أكتوبر إلى الأربعاء 29 أكتوبر 2025")
    const aAt = WEEKDAY.has(this.w(i + 1)) && this.num(i + 2) >= 0 ? i + 2 : i + 1;
    // ("بين مارس وأغسطس"، "من مارس إلى مايو": a month that is also a word stands as one when a month answers it)
    const x = this.w(aAt + 1);
    const answered = (x.length > 3 && x[0] === 'و' && G_MONTH1.has(x.slice(1))) || (sepOk(aAt + 1) && !!this.month(aAt + 1 + sepLen(aAt + 1)));
    const a = this.absDate(aAt, true, answered) ?? this.period(aAt, true);
    if (!a || a.spec.k === 'range') return null;
    let bStart = a.end + Math.max(1, sepLen(a.end));
    if (sepOk(a.end) && WEEKDAY.has(this.w(bStart)) && this.num(bStart + 1) >= 0) bStart++;
    if (!sepOk(a.end)) {
      // "بين يناير ومارس": the conjunction written on the second date.
      const x = this.w(a.end);
      if ((w !== 'بين' && w !== 'شهري') || x.length < 3 || x[0] !== 'و' || this.toks[a.end].kind !== 'word') return null;
      this.second = a.end;
      this.secondNorm = x.slice(1);
      bStart = a.end;
    }
    const aMonth = a.spec.k === 'abs' && a.spec.m !== null;
    const b = this.absDate(bStart, true, aMonth) ?? this.period(bStart, true);
    this.second = -1;
    if (!b || b.spec.k === 'range') return null;
    return { end: b.end, spec: { k: 'range', a: a.spec, b: b.spec } };
  }

  /** Everything that can start at token i (whose first word is this.firstNorm). */
  expr(i: number): Parse | null {
    const w = this.w(i);
    let j = i;
    let periodPrefix = false;
    let podPrefix = false;
    const w1 = this.w(i + 1);
    if ((w === 'بعد' && (w1 === 'ظهر' || w1 === 'الظهر')) || (w === 'منتصف' && (w1 === 'ليل' || w1 === 'ليله'))) {
      // Two-word parts of the day: "بعد ظهر اليوم", "منتصف ليل الأحد".
      podPrefix = true;
      j += 2;
      if (this.w(j) === 'يوم') j++;
    } else if (PERIOD.has(w) && !this.month(i)) {
      periodPrefix = true;
      j++;
    } else if (PART_OF_DAY.has(w)) {
      podPrefix = true;
      j++;
      if (this.w(j) === 'يوم') j++;
    }
    if (periodPrefix) {
      // مطلع/منتصف/أواخر + month, year or period (not a single day).
      const core = this.absDate(j, true, true) ?? this.period(j, true) ?? this.currentPeriod(j);
      if (!core) return null;
      // ("إجازة منتصف العام"، "عطلة نهاية الأسبوع": a holiday's name, no date, when no year or month is given)
      if (i > 0 && /^(و|ب|ل)?(ال)?(اجازه|عطله)$/.test(this.bare(i - 1)) && core.spec.k !== 'abs') return null;
      if (hasDay(core.spec)) return null;
      // "مطلع الأسبوع المقبل": which days of the week is not said.
      if (core.spec.k === 'per' && core.spec.unit === 'w') return { end: core.end, spec: { k: 'unknown' } };
      // "مطلع العام الجاري"، "بداية 2026": the year's first month (a reader's "early 2026"; January is where it starts)
      if (YEAR_START.has(w)) {
        if (core.spec.k === 'per' && core.spec.unit === 'y') return { end: core.end, spec: { k: 'abs', cal: 'g', y: null, m: 1, d: null, mod: null, yRel: core.spec.off } };
        if (core.spec.k === 'abs' && core.spec.cal === 'g' && core.spec.y !== null && core.spec.m === null) return { end: core.end, spec: { ...core.spec, m: 1 } };
      }
      return { end: core.end, spec: core.spec };
    }
    if (podPrefix) {
      const core = this.relDay(j, true) ?? this.weekday(j) ?? this.absDate(j, false);
      if (!core || !hasDay(core.spec)) return null;
      return this.withTail(core, POD_HALF.get(w));
    }
    const core =
      this.feast(i) ??
      this.timeRange(i) ??
      this.dayNames(i) ??
      this.weekdayDayPair(i) ??
      this.range(i) ??
      this.monthPair(i) ??
      this.relDay(i, false) ??
      this.weekday(i) ??
      this.absDate(i, this.cueBefore(i)) ??
      this.partOfYear(i) ??
      this.period(i, false) ??
      this.standaloneTime(i) ??
      this.ago(i);
    if (!core) return null;
    return this.withTail(core);
  }

  /**
   * A range of clock times on one day: "من الساعة الحادية عشرة قبل الظهر حتى الرابعة والنصف عصرا"، "بين الساعة 10 و12
   * ظهرا" (the first with الساعة; its day is found as a lone time's is).
   */
  timeRange(i: number): Parse | null {
    const w = this.w(i);
    if (w !== 'من' && w !== 'بين') return null;
    // (or, with no الساعة, an hour word with its part of the day: "من الحادية عشرة صباحا حتى الثانية والنصف بعد الظهر")
    const saa = this.w(i + 1) === 'الساعه';
    const a = this.time(i + 1, false, !saa);
    if (!a || (!saa && !(TIME_MARK.has(this.w(a.end - 1)) || this.w(a.end - 1) === 'الظهر'))) return null;
    let k = a.end;
    let h1 = a.t.h;
    // "قبل الظهر" / "بعد الظهر" after the first time.
    if ((this.w(k) === 'قبل' || this.w(k) === 'بعد') && (this.w(k + 1) === 'الظهر' || this.w(k + 1) === 'الظهيره')) {
      if (this.w(k) === 'بعد' && h1 < 12) h1 += 12;
      k += 2;
    }
    let sep = this.w(k);
    if (sep.length > 3 && sep[0] === 'و') sep = sep.slice(1);
    const joined = w === 'من' ? sep === 'حتي' || sep === 'الي' || sep === 'لغايه' : this.w(k) === 'و';
    if (!joined) return null;
    k++;
    const b = this.time(k, false, true);
    if (!b || b.end <= k) return null;
    let h2 = b.t.h;
    // "من الساعة 10 حتى 2 ظهرا": an end hour before the start is in the afternoon, unless its part of the day is
    // written: "من الحادية عشرة مساء حتى الثانية صباحا" runs over midnight, no range on one day.
    const marked = TIME_MARK.has(this.w(b.end - 1)) || this.w(b.end - 1) === 'الظهر';
    if (h2 < h1 && marked) return null;
    if (h2 < h1 && h2 + 12 < 24) h2 += 12;
    return { end: b.end, spec: { k: 'time' }, time: { h: h1, mi: a.t.mi, z: a.t.z }, time2: { h: h2, mi: b.t.mi, z: b.t.z } };
  }

  cueBefore(i: number): boolean {
    if (i <= 0) return false;
    if (i === this.first && this.firstNorm !== this.toks[i].norm) return true; // "بيناير", "وفي"-less clitic reading
    const p = this.bare(i - 1);
    return YEAR_CUE.has(p) || p === 'من' || p === 'شهر' || p === 'الي';
  }

  standaloneTime(i: number): Parse | null {
    const t = this.time(i, true);
    if (!t) return null;
    // "الساعة العاشرة من صباح أمس", "الساعة 10 مساء اليوم", "الساعة الثالثة من فجر الجمعة": the day follows.
    let k = t.end;
    const markEnd = k > i && TIME_MARK.has(this.w(k - 1));
    if (this.w(k) === 'من') k++;
    let h = t.t.h;
    const pod = this.w(k);
    if (PART_OF_DAY.has(pod)) {
      k++;
      if (this.w(k) === 'يوم') k++;
      if (!markEnd) h = applyHalf(h, POD_HALF.get(pod));
    } else if (pod === 'يوم' && this.w(k - 1) === 'من') k++; // "الساعة الواحدة ظهرا من يوم الثلاثاء المقبل"
    const day = this.relDay(k, true) ?? this.weekday(k) ?? this.absDate(k, false);
    if (day && hasDay(day.spec) && day.spec.k !== 'range') return { end: day.end, spec: day.spec, time: { h, mi: t.t.mi, z: t.t.z } };
    const before = i > 0 ? this.bare(i - 1) : '';
    // "10:30 ص من اليوم ذاته"، "في اليوم نفسه": the day last named, wherever it was.
    let same = false;
    let end = t.end;
    const sameAt = this.w(end) === 'من' || this.w(end) === 'في' ? end + 1 : end;
    if (this.w(sameAt) === 'اليوم' && (this.w(sameAt + 1) === 'ذاته' || this.w(sameAt + 1) === 'نفسه')) {
      same = true;
      end = sameAt + 2;
    }
    // A time stamp alone on its line (a live-blog entry) is of the publication day, as "حتى الساعة" is.
    const stamp = this.lineBreakBefore(i) && (t.end >= this.toks.length || this.lineBreakBefore(t.end));
    return { end, spec: { k: 'time', now: before === 'حتي' || before === 'لغايه' || before === 'لحد' || stamp, same }, time: t.t };
  }

  /**
   * What may follow a date: a time ("- 01:39 م") and a الموافق pair. `half`: the part of the day said before the day
   * ("مساء الخميس - 7:30" is 19:30).
   */
  withTail(p: Parse, half?: Half): Parse {
    let cur = p;
    if (hasDay(cur.spec) && !cur.time) {
      let k = cur.end;
      let glue = true;
      if (this.isPunct(k, '-–—|')) k++;
      else if (this.isPunct(k, '،,')) {
        k++;
        glue = false;
      }
      // ISO "2021-12-02T13:39".
      if (this.w(k) === 't' && this.glued(k) && this.num(k + 1) >= 0) k++;
      // (never across a line: "… 9 فبراير 2025" closing an embedded post, "4:40 م" stamping the next entry)
      const t = this.lineBreakBefore(cur.end) || this.lineBreakBefore(k) ? null : this.time(k, false);
      if (t && (glue || this.w(k) !== 'الساعه')) {
        const h = half && !TIME_MARK.has(this.w(t.end - 1)) && !POD_HALF.has(this.w(t.end - 1)) ? applyHalf(t.t.h, half) : t.t.h;
        cur = { end: t.end, spec: cur.spec, time: { ...t.t, h } };
      }
    }
    // "(20 رمضان 1445 هـ)" right after a dated Gregorian day, or the reverse: the other calendar in brackets.
    if (cur.spec.k === 'abs' && cur.spec.y !== null && this.isPunct(cur.end, '(')) {
      const other = this.absDate(cur.end + 1, true);
      if (other && other.spec.k === 'abs' && other.spec.cal !== cur.spec.cal && other.spec.y !== null && this.isPunct(other.end, ')')) {
        return { end: other.end + 1, spec: { k: 'pair', a: cur.spec, b: other.spec }, time: cur.time };
      }
    }
    // "2 ذو الحجة 1445 هـ - 8 يونيو 2024 م": both calendars side by side.
    if (cur.spec.k === 'abs' && cur.spec.y !== null && (cur.spec.d !== null || cur.spec.m === null) && this.isPunct(cur.end, '-–|/،,')) {
      // Days with days ("... هـ - 8 يونيو 2024 م"), years with years ("1445هـ/2024م").
      const dayLevel = cur.spec.d !== null;
      const other = dayLevel ? this.absDate(cur.end + 1, false) : this.period(cur.end + 1, true);
      if (other && other.spec.k === 'abs' && other.spec.cal !== cur.spec.cal && other.spec.y !== null && (other.spec.d !== null) === dayLevel && (dayLevel || other.spec.m === null)) {
        return this.withTail({ end: other.end, spec: { k: 'pair', a: cur.spec, b: other.spec }, time: cur.time });
      }
    }
    // الموافق: the other calendar.
    let k = cur.end;
    if (this.isPunct(k, '،,-')) k++;
    if (this.w(k) === 'الموافق' && cur.spec.k === 'abs') {
      k++;
      if (this.w(k) === 'ل') k++;
      const bStart = k;
      const wd = WEEKDAY.get(this.w(k));
      if (wd !== undefined) {
        k++;
        if (this.isPunct(k, '،,')) k++;
      }
      const other = this.absDate(k, true);
      if (other && other.spec.k === 'abs') {
        return { end: other.end, spec: { k: 'pair', a: cur.spec, b: other.spec }, time: cur.time ?? other.time };
      }
    }
    return cur;
  }
}

const UNIT_AFTER = new Set([
  'دولار', 'جنيه', 'ريال', 'دينار', 'درهم', 'يورو', 'ليره', 'شيكل', 'روبل', 'يوان', 'فرنك', 'مليون', 'مليار', 'الف', 'الاف',
  'شخص', 'اشخاص', 'قتيل', 'قتيلا', 'جريح', 'جريحا', 'طن', 'برميل', 'متر', 'مترا', 'كيلومتر', 'كيلومترا', 'كلم', 'كم', 'كيلو', 'كيلوغرام',
  'منزل', 'منزلا', 'وحده', 'طالب', 'طالبا', 'عامل', 'عاملا', 'صوت', 'صوتا', 'نقطه', 'سهم', 'سهما', 'مره', 'جنديا', 'جندي', 'دوله',
  'موظف', 'موظفا', 'مشروع', 'مشروعا', 'عائله', 'اسره', 'حاله', 'صاروخ', 'صاروخا', 'غاره', 'مقعد', 'مقعدا', 'بالميه', 'بالمايه', 'المايه', 'نقاط', 'دولارا',
  'ساعه', 'دقيقه', 'يوم', 'يوما', 'شهر', 'شهرا', 'سنه', 'عاما', 'اسبوع', 'اسبوعا', 'عام', 'اعوام', 'سنوات', 'ايام', 'اشهر', 'شهور',
  'ساعات', 'دقايق', 'ثانيه', 'ثواني', 'قرن', 'قرون', 'كتاب', 'صفحه', 'نسمه', 'مواطن', 'لاجي', 'معتقل', 'اسير', 'مصاب', 'حاله', 'حالات', 'مليمتر', 'درجه', 'ميغاواط', 'واط', 'ميل', 'هكتار', 'فدان',
].map(normalizeWord));

/** Part-of-day words as time markers ("العاشرة من صباح أمس"). */
const POD_HALF: ReadonlyMap<string, Half> = new Map([
  ['صباح', 'am'], ['فجر', 'am'], ['ضحي', 'am'], ['صبيحه', 'am'], ['مساء', 'pm'], ['عصر', 'pm'], ['عشيه', 'pm'], ['ظهر', 'noon'], ['ظهيره', 'noon'], ['ليله', 'night'], ['ليل', 'night'],
]);

/** 24-hour value of an hour said with a part of the day. */
function applyHalf(h: number, mark: Half | undefined): number {
  if (mark === 'am') return h === 12 ? 0 : h;
  if (mark === 'pm') return h < 12 ? h + 12 : h;
  if (mark === 'noon') return h >= 1 && h <= 5 ? h + 12 : h;
  if (mark === 'night') return h === 12 ? 0 : h >= 6 && h < 12 ? h + 12 : h;
  return h;
}

/** Words after which an hour word without الساعة can be a time ("في تمام العاشرة صباحا"). */
const HOUR_CUE = new Set(['تمام', 'عند', 'حوالي', 'نحو', 'قرابه', 'حتي', 'منذ', 'في', 'بعد', 'قبل', 'من', 'الي', 'وحتي']);

const SPORTS = new Set([
  'مباراه', 'المباراه', 'الشوط', 'اللقاء', 'سله', 'السله', 'الفريق', 'لاعبوه', 'لاعبو', 'اللاعبين', 'نقطه', 'نقاط', 'هدف', 'اهداف',
  'محاولات', 'محاوله', 'المنتخب', 'الملعب', 'الدوري', 'رميات', 'سلات',
]);

/** Nouns that name a national plan with its target year ("رؤية 2030"). */
const PROGRAMME = new Set(['رويه', 'استراتيجيه', 'اجنده', 'خطه'].map(normalizeWord));

/** Putting off and extending: تأجيل، أرجأ، إرجاء، تمديد، ترحيل (normalised, as verbs and verbal nouns). */
const PUT_OFF = /^(تاجيل|اجل|اجلت|يوجل|توجل|ارجا|ارجات|ارجاء|يرجي|ترجي|تمديد|مدد|مددت|يمدد|تمدد|ترحيل|رحل|رحلت)$/;
/** Words that put a clause in the future. */
const FUTURE_WORDS = new Set(['سوف', 'المقرر', 'مقرر', 'مقررا', 'المنتظر', 'المرتقب', 'المزمع', 'المتوقع', 'يعتزم', 'تعتزم', 'يعتزمون', 'سيتم', 'ستتم', 'يتوقع', 'متوقعا', 'مرجحا', 'يرجح', 'ترجح', 'اعتبارا']);
/** Forecast words: they put a whole clause in the future ("ويتوقع أن تتساقط الثلوج على المرتفعات ... ليلة الثلاثاء"). */
const FORECAST_WORDS = new Set(['يتوقع', 'تتوقع', 'المتوقع', 'متوقعا', 'متوقعه', 'المقرر', 'المرتقب', 'المزمع', 'المنتظر']);
/** Words that look like a future verb (سـ + imperfect) but are nouns or names. */
const NOT_FUTURE = new Set([
  'سيول', 'سيناء', 'سيناريو', 'سيرك', 'ستاد', 'ستار', 'ستوديو', 'ستوكهولم', 'ستين', 'سنتيمتر', 'سيدني', 'سيبيريا', 'ستيفن', 'ستيف',
  'ستالين', 'سيمون', 'سيلفا', 'سيزار', 'سيف', 'سيد', 'سير', 'سند', 'سنوات', 'ستون', 'سنين', 'سيئول', 'سيناتور', 'سيمنز', 'سنودن',
].map(normalizeWord));

/**
 * سـ + imperfect prefix (سيصل، ستبدأ، سنعمل), not a noun in -ه/-ات/-ي or with the accusative's alef ("سيرا على
 * الأقدام", written with a bare alef or its tanween: not "سيبدأ"). `last` is the last code unit as written: a final
 * alef maqsura ("ستبقى"، "سيسعى") makes a verb, not a nisba in -ي.
 */
function isFutureVerb(w: string, last = 0): boolean {
  if (w.length < 4 || w.charCodeAt(0) !== 0x0633) return false;
  const c = w[1];
  if (c !== 'ي' && c !== 'ت' && c !== 'ن') return false;
  if (w.endsWith('ه') || w.endsWith('ات') || (w.endsWith('ي') && last !== 0x0649) || w.endsWith('يه') || last === 0x0627 || last === 0x064b) return false;
  return !NOT_FUTURE.has(w);
}

function isEvent(w: string): boolean {
  return EVENT_BEFORE.has(w) || (w.startsWith('ال') && EVENT_BEFORE.has(w.slice(2)));
}

function yearSpec(y: number, cal: 'g' | 'h'): Spec {
  return { k: 'abs', cal, y, m: null, d: null, mod: null, yRel: null };
}

function hasDay(s: Spec): boolean {
  switch (s.k) {
    case 'abs':
      return s.d !== null;
    case 'rel':
    case 'wd':
    case 'perday':
      return true;
    case 'pair':
      return hasDay(s.a) || hasDay(s.b);
    default:
      return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Resolution.

function parsePub(p: string | null): Pub | null {
  if (!p) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(p.trim());
  if (!m) return null;
  const y = +m[1];
  const mo = +m[2];
  const d = +m[3];
  if (!isValidGregorian(y, mo, d)) return null;
  const min = m[4] !== undefined && +m[4] < 24 && +m[5] < 60 ? +m[4] * 60 + +m[5] : null;
  return { y, m: mo, d, days: toDays(y, mo, d), min };
}

function dt(x: YMD): DT {
  return { y: x.y, m: x.m, d: x.d };
}

function cmp(am: number, ad: number | null, bm: number, bd: number | null): number {
  if (am !== bm) return am - bm;
  if (ad === null || bd === null) return 0;
  return ad - bd;
}

/** "هذه السنة"، "هذا العام"، "العام الجاري": the sentence speaks of this year (a calendar of what is to come). */
const THIS_YEAR_BEFORE = /(?:هذه|هذا)\s+(?:السنة|السنه|العام|الموسم)|(?:العام|السنة|السنه)\s+(?:الجاري|الجارية|الجاريه|الحالي|الحالية|الحاليه)/;

/** The text of the sentence before offset `at` (back to a full stop, a question mark or a line break). */
function sentenceBefore(text: string, at: number): string {
  let k = at;
  while (k > 0 && at - k < 400 && !/[.!?؟\n]/.test(text[k - 1])) k--;
  return text.slice(k, at);
}

/**
 * The weekdays the story dates within a week of publication ("السبت 17 يناير" → Saturday: that day), each from its
 * first full mention whose weekday and date agree: weekday → its day number and where it is said. Null when none.
 */
function namedWeekdays(raws: ReadonlyArray<{ start: number; end: number; spec: Spec }>, text: string, pub: Pub | null): Map<number, { days: number; start: number; end: number }> | null {
  if (!pub) return null;
  let out: Map<number, { days: number; start: number; end: number }> | null = null;
  for (const r of raws) {
    if (r.spec.k !== 'abs' || r.spec.d === null || r.spec.m === null) continue;
    // (the weekday may follow a part of the day or يوم: "مساء السبت 17 يناير"، "يوم الأحد 5 مارس")
    const words = text.slice(r.start, r.end).split(/[\s،,]+/, 3).map((w) => normalizeWord(w).replace(/^[وف]/, ''));
    const at = words.findIndex((w) => WEEKDAY.has(w));
    if (at < 0 || (at > 0 && !words.slice(0, at).every((w) => w === 'يوم' || PART_OF_DAY.has(w)))) continue;
    const wd = WEEKDAY.get(words[at])!;
    const v = resolve(r.spec, pub);
    if (!v || v.b || v.a.d === undefined || v.a.m === undefined) continue;
    const days = toDays(v.a.y, v.a.m, v.a.d);
    if (weekdayOf(days) !== wd || Math.abs(days - pub.days) > 6) continue;
    out ??= new Map();
    if (!out.has(wd)) out.set(wd, { days, start: r.start, end: r.end });
  }
  return out;
}

/** A mention x (a named weekday's) and r stand in one paragraph: no line break between them. */
function sameParagraph(text: string, x: { start: number; end: number } | undefined, r: { start: number; end: number }): boolean {
  return !!x && !text.slice(Math.min(x.end, r.end), Math.max(x.start, r.start)).includes('\n');
}

/**
 * A bare weekday ("السبت") or a run of two ("يومي الجمعة والسبت"), with no word of which week: its first and last
 * weekday (the same one twice for one day). Null for anything else.
 */
function weekdayRun(s: Spec): [number, number] | null {
  const bare = (x: Spec) => x.k === 'wd' && x.week === undefined && (x.dir === 'last' || x.dir === 'upcoming');
  if (s.k === 'wd') return bare(s) ? [s.wd, s.wd] : null;
  if (s.k === 'range' && s.a.k === 'wd' && s.b.k === 'wd' && bare(s.a) && bare(s.b)) return [s.a.wd, s.b.wd];
  return null;
}

function resolve(s: Spec, pub: Pub | null): Val | null {
  switch (s.k) {
    case 'abs':
      return resolveAbs(s, pub);
    case 'rel':
      return pub ? { a: dt(fromDays(pub.days + s.off)) } : null;
    case 'wd': {
      if (!pub) return null;
      const pw = weekdayOf(pub.days);
      if (s.week !== undefined) {
        // Weeks run from Saturday to Friday (as in most Arab countries' calendars).
        const weekStart = pub.days - ((pw + 1) % 7);
        return { a: dt(fromDays(weekStart + 7 * s.week + ((s.wd + 1) % 7))) };
      }
      let delta: number;
      if (s.dir === 'next') delta = (s.wd - pw + 7) % 7 || 7;
      else if (s.dir === 'upcoming') delta = (s.wd - pw + 7) % 7;
      else if (s.dir === 'past') delta = -((pw - s.wd + 7) % 7 || 7);

      else delta = -((pw - s.wd + 7) % 7);
      return { a: dt(fromDays(pub.days + delta)) };
    }
    case 'per': {
      if (!pub) return null;
      if (s.unit === 'w') {
        // "الأسبوع المقبل": that week, Monday to Sunday (ISO 8601).
        const monday = pub.days - ((weekdayOf(pub.days) + 6) % 7) + 7 * s.off;
        return { a: dt(fromDays(monday)), b: dt(fromDays(monday + 6)) };
      }
      if (s.unit === 'y') return { a: { y: pub.y + s.off } };
      const idx = pub.y * 12 + (pub.m - 1) + s.off;
      return { a: { y: Math.floor(idx / 12), m: (idx % 12) + 1 } };
    }
    case 'season': {
      if (!pub) return null;
      if (s.start === 12) {
        // winter, by the year of its January: the one under way (December to February) or the last one
        const inWinter = pub.m === 12 || pub.m <= 2;
        const cur = pub.m === 12 ? pub.y + 1 : pub.y;
        return { a: { y: s.off < 0 ? (inWinter ? cur - 1 : cur) : s.off > 0 ? cur + 1 : inWinter ? cur : cur + 1 } };
      }
      const begun = pub.m >= s.start;
      const ended = pub.m > s.start + 2;
      return { a: { y: s.off < 0 ? (ended ? pub.y : pub.y - 1) : s.off > 0 ? (begun ? pub.y + 1 : pub.y) : pub.y } };
    }
    case 'acad': {
      if (!pub) return null;
      // (a school year starts in September: in the spring of 2026 the year under way is 2025/2026; in the summer
      // the last one is the year just ended and the next one the year about to start)
      const summer = pub.m >= 6 && pub.m <= 8;
      const y = summer ? (s.off > 0 ? pub.y : pub.y - 1) : (pub.m >= 9 ? pub.y : pub.y - 1) + s.off;
      return { a: { y }, b: { y: y + 1 } };
    }
    case 'perday': {
      if (!pub) return null;
      const idx = pub.y * 12 + (pub.m - 1) + s.off;
      const y = Math.floor(idx / 12);
      const m = (idx % 12) + 1;
      return isValidGregorian(y, m, s.d) ? { a: { y, m, d: s.d } } : null;
    }
    case 'ago': {
      if (!pub || pub.min === null) return null;
      const t = pub.days * 1440 + pub.min - s.min;
      const day = fromDays(Math.floor(t / 1440));
      const mins = t - Math.floor(t / 1440) * 1440;
      return { a: { y: day.y, m: day.m, d: day.d, h: Math.floor(mins / 60), mi: mins % 60 } };
    }
    case 'time':
    case 'none':
    case 'unknown':
      return null;
    case 'range': {
      // "يومي الثلاثاء والأربعاء الماضيين": a run of weekdays is one stretch of days, counted from its last day when
      // it lies behind, from its first when it lies ahead.
      if (s.a.k === 'wd' && s.b.k === 'wd' && s.a.week === undefined && s.b.week === undefined) {
        const span = (s.b.wd - s.a.wd + 7) % 7;
        // ("تعليق الدراسة يومي الخميس والجمعة" on a Thursday: a run that opens on the publication's weekday, with no
        // word of the past, starts that day)
        const today = s.a.dir === 'last' && !!pub && weekdayOf(pub.days) === s.a.wd;
        if (today && pub) return { a: dt(fromDays(pub.days)), b: dt(fromDays(pub.days + span)) };
        const ahead = s.a.dir === 'next' || s.a.dir === 'upcoming';
        const anchor = resolve(ahead ? s.a : s.b, pub);
        if (!anchor || !pub) return null;
        const d = toDays(anchor.a.y, anchor.a.m!, anchor.a.d!);
        return ahead ? { a: anchor.a, b: dt(fromDays(d + span)) } : { a: dt(fromDays(d - span)), b: anchor.a };
      }
      const b = resolve(s.b, pub);
      let a: Val | null;
      // (a Hijri pair with no year, "من 1 إلى 3 شوال", resolves each side as the second does: b's year is Gregorian)
      if (s.a.k === 'abs' && s.a.y === null && s.a.mod === null && s.a.yRel === null && s.b.k === 'abs' && b && s.a.m !== null && !(s.a.cal === 'h' && s.b.y === null)) {
        // "من 28 فبراير إلى 3 مارس 2024": the first date takes the second's year.
        // ("من 16 ربيع الأول إلى 28 جمادى الأولى 1447هـ": a Hijri first date takes the second's Hijri year)
        const by = s.a.cal === 'h' && s.b.cal === 'h' && s.b.y !== null ? s.b.y : b.a.y;
        const later = s.b.m !== null && cmp(s.a.m, s.a.d, s.b.m, s.b.d) > 0;
        a = resolveAbs({ ...s.a, y: later ? by - 1 : by }, pub);
      } else a = resolve(s.a, pub);
      if (!a || !b) return null;
      return { a: a.a, b: b.b ?? b.a };
    }
    case 'pair': {
      const a = resolve(s.a, pub);
      const b = resolve(s.b, pub);
      const aG = s.a.k === 'abs' && s.a.cal === 'g';
      const bG = s.b.k === 'abs' && s.b.cal === 'g';
      if (bG && b) return b;
      if (aG && a) return a;
      return a ?? b;
    }
  }
}

function resolveAbs(s: Extract<Spec, { k: 'abs' }>, pub: Pub | null): Val | null {
  let y = s.y;
  if (s.cal === 'g') {
    if (y === null) {
      if (!pub || s.m === null) return null;
      const fits = s.wd !== undefined && s.d !== null && s.mod === null && s.yRel === null ? [pub.y, pub.y + 1, pub.y - 1].find((cy) => isValidGregorian(cy, s.m!, s.d!) && weekdayOf(toDays(cy, s.m!, s.d!)) === s.wd) : undefined;
      if (fits !== undefined) y = fits;
      else if (s.yRel !== null) y = pub.y + s.yRel;
      else if (s.mod === 'past') y = cmp(s.m, s.d, pub.m, pub.d) >= 0 ? pub.y - 1 : pub.y;
      else if (s.mod === 'next') y = cmp(s.m, s.d, pub.m, pub.d) <= 0 ? pub.y + 1 : pub.y;
      else y = pub.y;
    }
    if (s.m === null) return { a: { y } };
    if (s.d === null) return { a: { y, m: s.m } };
    if (!isValidGregorian(y, s.m, s.d)) return null;
    return { a: { y, m: s.m, d: s.d } };
  }
  // Hijri.
  if (y === null) {
    if (!pub || s.m === null) return null;
    const ph = gregorianToHijri(pub.y, pub.m, pub.d);
    const fitsH = s.wd !== undefined && s.d !== null && s.mod === null && s.yRel === null ? [ph.y, ph.y + 1, ph.y - 1].find((cy) => {
      const g = hijriToGregorian(cy, s.m!, s.d!);
      return !!g && weekdayOf(toDays(g.y, g.m, g.d)) === s.wd;
    }) : undefined;
    if (fitsH !== undefined) y = fitsH;
    else if (s.yRel !== null) y = ph.y + s.yRel;
    else if (s.mod === 'past') y = cmp(s.m, s.d, ph.m, ph.d) >= 0 ? ph.y - 1 : ph.y;
    else if (s.mod === 'next') y = cmp(s.m, s.d, ph.m, ph.d) <= 0 ? ph.y + 1 : ph.y;
    else if (s.d === null) {
      // A Hijri month alone ("شهر رمضان"): the occurrence nearest to publication.
      let best: Val | null = null;
      let bestDist = Infinity;
      for (const cy of [ph.y - 1, ph.y, ph.y + 1]) {
        const r = hijriMonthRange(cy, s.m);
        if (!r) continue;
        const a = toDays(r[0].y, r[0].m, r[0].d);
        const b = toDays(r[1].y, r[1].m, r[1].d);
        const dist = pub.days < a ? a - pub.days : pub.days > b ? pub.days - b : 0;
        if (dist < bestDist) {
          bestDist = dist;
          best = { a: dt(r[0]), b: dt(r[1]) };
        }
      }
      return best;
    } else y = ph.y;
  }
  if (s.m === null) {
    const r = hijriYearRange(y);
    return r ? { a: dt(r[0]), b: dt(r[1]) } : null;
  }
  if (s.d === null) {
    const r = hijriMonthRange(y, s.m);
    return r ? { a: dt(r[0]), b: dt(r[1]) } : null;
  }
  const g = hijriToGregorian(y, s.m, s.d);
  if (g) return { a: dt(g) };
  // The 30th of a month that Umm al-Qura ends on the 29th (a country that sighted the moon a day later
  // completes the month): the day after the 29th.
  if (s.d === 30) {
    const g29 = hijriToGregorian(y, s.m, 29);
    if (g29) {
      const n = fromDays(toDays(g29.y, g29.m, g29.d) + 1);
      return { a: { y: n.y, m: n.m, d: n.d } };
    }
  }
  return null;
}

function pad(n: number, w = 2): string {
  const s = String(n);
  return s.length >= w ? s : '0'.repeat(w - s.length) + s;
}

function fmt(x: DT): string {
  let s = pad(x.y, 4);
  if (x.m === undefined) return s;
  s += '-' + pad(x.m);
  if (x.d === undefined) return s;
  s += '-' + pad(x.d);
  if (x.h === undefined) return s;
  return s + 'T' + pad(x.h) + ':' + pad(x.mi ?? 0) + (x.z ? 'Z' : '');
}

function format(v: Val | null): string | null {
  if (!v) return null;
  return v.b ? fmt(v.a) + '/' + fmt(v.b) : fmt(v.a);
}

// ---------------------------------------------------------------------------------------------
// The scan.

interface Raw {
  start: number;
  end: number;
  spec: Spec;
  time?: Time;
  time2?: Time;
  /** A Gregorian day or month with no year, in a clause about the future ("اعتبارا من أول يناير"). */
  ahead?: boolean;
}

/**
 * Readings of the first word of a mention: as written, then with و/ف and ب/ل/ك split off. Runs on every
 * word: `out` and its reading objects are reused from word to word (the caller keeps neither), and the
 * proclitic letters are tested by code (the one-letter strings of PROCLITIC_CONJ / PROCLITIC_PREP).
 */
function firstReadings(norm: string, out: { stem: string; skip: number }[]): void {
  let n = putReading(out, 0, norm, 0);
  let pos = 0;
  const c0 = norm.charCodeAt(0);
  if (norm.length > 2 && (c0 === 0x0648 || c0 === 0x0641)) {
    pos = 1;
    n = putReading(out, n, norm.slice(1), 1);
  }
  if (norm.length - pos > 2 && norm.startsWith('لل', pos)) n = putReading(out, n, 'ال' + norm.slice(pos + 2), pos + 1);
  const cp = norm.charCodeAt(pos);
  if (norm.length - pos > 2 && (cp === 0x0628 || cp === 0x0644 || cp === 0x0643)) n = putReading(out, n, norm.slice(pos + 1), pos + 1);
  out.length = n;
}

/** Whether one of the word's firstReadings is in START (else no expression starts there), once per word. */
const startReadings: { stem: string; skip: number }[] = [];
const mayStartDate = wordFlag((norm) => {
  firstReadings(norm, startReadings);
  for (const r of startReadings) if (START.has(r.stem)) return true;
  return false;
});

/** out[n] = { stem, skip }, reusing the object there; returns n + 1. */
function putReading(out: { stem: string; skip: number }[], n: number, stem: string, skip: number): number {
  const r = out[n];
  if (r) {
    r.stem = stem;
    r.skip = skip;
  } else out[n] = { stem, skip };
  return n + 1;
}

/**
 * All date/time expressions in `text` (offsets are UTF-16 into `text`, text.slice(start,end) === mention.text),
 * relative ones resolved against `published` ('YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD' or null). Sorted, non-overlapping.
 */
/** A Gregorian month written as one word, of any region ("يونيو"، "حزيران"، "جويلية"، "ماي"). */
export function isMonthWord(norm: string): boolean {
  return G_MONTH1.has(norm);
}

export function findDates(text: string, published: string | null): DateMention[] {
  if (!text) return [];
  const tk = tokenize(text);
  return findDatesInTokens(text, tk.tokens, tk.normalized, 0, published);
}

/**
 * findDates over tokens already made (the engine's, chunk by chunk): `toks` carry offsets into `text`;
 * their nStart/nEnd index `normalized`, the normalised copy of text[base, …). Offsets come back into `text`.
 */
export function findDatesInTokens(text: string, toks: readonly Token[], normalized: Normalized, base: number, published: string | null, ctx?: DateContext): DateMention[] {
  const pub = parsePub(published);
  const g = new Grammar(toks, text);
  const raws: Raw[] = [];
  const readings: { stem: string; skip: number }[] = [];
  let i = 0;
  while (i < toks.length) {
    const t = toks[i];
    let best: Parse | null = null;
    let bestSkip = 0;
    if (t.kind === 'number') {
      g.first = -1;
      best = g.expr(i);
    } else if (t.kind === 'word' || t.kind === 'latin') {
      if (mayStartDate(t)) firstReadings(t.norm, readings);
      else readings.length = 0;
      for (const r of readings) {
        if (!START.has(r.stem)) continue;
        // ("لامس اليابسة", touched the land, is no ل + "أمس": yesterday takes و or ف, never a preposition)
        if (r.stem === 'امس' && /[لبك]/.test(t.norm.slice(0, r.skip))) continue;
        g.first = i;
        g.firstNorm = r.stem;
        const p = g.expr(i);
        if (p && (!best || p.end > best.end)) {
          best = p;
          bestSkip = r.skip;
        }
      }
      g.first = -1;
    }
    if (best && best.end > i && best.spec.k === 'none') {
      i = best.end;
    } else if (best && best.end > i) {
      const start = bestSkip ? base + normalized.map[t.nStart + bestSkip] : t.start;
      const end = toks[best.end - 1].end;
      const sp = best.spec;
      const ahead = sp.k === 'abs' && sp.cal === 'g' && sp.y === null && sp.mod === null && sp.yRel === null && sp.wd === undefined && sp.m !== null && g.futureBefore(i);
      raws.push({ start, end, spec: sp, time: best.time, time2: best.time2, ahead });
      i = best.end;
    } else i++;
  }
  // Resolve; lone times take the day of the nearest preceding day-precise mention in the same sentence.
  // (the context runs on from the chunk before when the caller passes it: a story's day does not end at a chunk's edge)
  const st = ctx ?? newDateContext(base);
  const out: DateMention[] = [];
  let { lastDay, lastDayEnd, scanned, brokeSinceDay, lastRelativeDay, lastRelativeEnd, lastWasTime, lineDay } = st;
  const named = namedWeekdays(raws, text, pub);
  for (let ri = 0; ri < raws.length; ri++) {
    const r = raws[ri];
    // ("تفتح القاعات يوميا من العاشرة صباحا حتى الثامنة مساء": hours kept every day are no point in time)
    if (r.spec.k === 'time' && (DAILY_BEFORE.test(text.slice(Math.max(0, r.start - 24), r.start)) || DAILY_AFTER.test(text.slice(r.end, r.end + 16)))) continue;
    const opensLine = opensItsLine(text, r.start);
    if (!brokeSinceDay && r.start > scanned && SENTENCE_BREAK.test(text.slice(scanned, r.start))) brokeSinceDay = true;
    scanned = Math.max(scanned, r.end);
    let v: Val | null;
    const run = named && !r.time ? weekdayRun(r.spec) : null;
    if (r.spec.k === 'time') {
      let day: DT | null = null;
      // ("منذ زلزال 24 فبراير 2004 …، فيما يرتقب أن يعقد المعهد ندوة على الساعة العاشرة": what is still to come is
      // not on a day the sentence named in the past)
      const ahead = !!lastDay && !r.spec.same && FUTURE_CUE.test(text.slice(Math.max(lastDayEnd, r.start - 3000), r.start)) && !!pub && cmpDT(lastDay, pub) < 0;
      if (lastDay && (!brokeSinceDay || r.spec.same) && !ahead) day = lastDay;
      // (a time stamp opening its line after earlier stamps or a day heading is on their day: "٤:٠٥ ص … مساء أمس
      // الاثنين" in one update does not move the next update, "٥:٣٠ ص", to Monday)
      else if (opensLine && lineDay) day = lineDay;
      // (an update's own stamp, "تحديث 13:35" on its line, is of the day the page was published, not of the story told
      // before it)
      else if (opensLine && pub && /(?:تحديث|عاجل)[^\S\n]*$/.test(text.slice(Math.max(0, r.start - 12), r.start))) day = { y: pub.y, m: pub.m, d: pub.d };
      // "لم يصدر أي تعليق حتى الساعة 10:30": as of writing, the publication day
      else if (r.spec.now && pub) day = { y: pub.y, m: pub.m, d: pub.d };
      // else the day of the story told so far ("فجر أمس الاثنين ... قرابة الساعة الثالثة فجرا"), or a day named just
      // before, in the last sentences ("مساء الخميس ... 11 سبتمبر 2025م ... قرابة الساعة التاسعة ليلا"), else publication
      // (but a clock time named after that day, closer, gave the day of its own update: a live blog's "09:30 ترأس …
      // عند الساعة التاسعة صباحا" is that morning, not the evening before an earlier update spoke of)
      // (a day still to come, "غد الجمعة", only in its own paragraph: the story told after it is not of tomorrow)
      else if (lastRelativeDay && !(lastWasTime && lastDayEnd > lastRelativeEnd && r.start - lastDayEnd < 200) && !(pub && cmpDT(lastRelativeDay, pub) > 0 && text.slice(lastRelativeEnd, r.start).includes('\n'))) day = lastRelativeDay;
      else if (lastDay && !ahead && r.start - lastDayEnd < 400) day = lastDay;
      else if (pub) day = { y: pub.y, m: pub.m, d: pub.d };
      // ("مساء أمس الأحد على الساعة السادسة": an hour with no part of the day of its own takes the one said with the day
      // right before it)
      const prev = ri > 0 ? raws[ri - 1] : null;
      const half = prev && r.time && r.time.h < 12 && /^[\s،,]*(?:في|على|عند|وفي)?\s*$/.test(text.slice(prev.end, r.start)) && !MARKED_TIME.test(text.slice(r.start, r.end)) ? POD_HALF.get(normalizeWord(text.slice(prev.start, prev.end).split(/\s/)[0]).replace(/^[وف]/, '')) : undefined;
      const h = half && r.time ? applyHalf(r.time.h, half) : r.time?.h ?? 0;
      v = day && r.time ? { a: { y: day.y, m: day.m, d: day.d, h, mi: r.time.mi, z: r.time.z } } : null;
      if (v && day && r.time2) v = { a: v.a, b: { y: day.y, m: day.m, d: day.d, h: r.time2.h, mi: r.time2.mi, z: r.time2.z } };
    } else if (r.spec.k === 'wd' && r.spec.week === undefined && (r.spec.dir === 'last' || r.spec.dir === 'upcoming') && lastDay && lastDay.d !== undefined && !brokeSinceDay && pub && (cmpDT(lastDay, pub) > 0 || (sameDay(lastDay, pub) && !lastWasTime && UNTIL_BEFORE.test(text.slice(Math.max(0, r.start - 12), r.start)))) && !r.time) {
      // (or after today, up to it: "اعتبارا من الساعة الثانية ظهر اليوم الاثنين، وتستمر حتى مساء الأربعاء")
      // "يتوجه الرئيس يوم الجمعة 16 يناير … قبل أن يعود إلى موروني مساء السبت": a bare weekday after a day still to
      // come, in the same sentence, is that day or the first such weekday after it.
      const from = toDays(lastDay.y, lastDay.m!, lastDay.d);
      v = { a: dt(fromDays(from + ((r.spec.wd - weekdayOf(from) + 7) % 7))) };
    } else if (run && named && (sameParagraph(text, named.get(run[0]), r) || sameParagraph(text, named.get(run[1]), r))) {
      // ("وتقام النهائيات يومي الجمعة والسبت، على أن يتوج الفائزون مساء السبت 17 يناير": a bare weekday the paragraph
      // dates, within a week of publication, is that day)
      const span = (run[1] - run[0] + 7) % 7;
      const a = sameParagraph(text, named.get(run[0]), r) ? named.get(run[0])!.days : named.get(run[1])!.days - span;
      v = span ? { a: dt(fromDays(a)), b: dt(fromDays(a + span)) } : { a: dt(fromDays(a)) };
    } else {
      v = resolve(r.spec, pub);
      // (what is still to come and fell more than two months before publication this year is next year's)
      if (v && r.ahead && r.spec.k === 'abs' && pub && !v.b && v.a.m !== undefined && (v.a.y - pub.y) * 12 + v.a.m - pub.m < -2) v = resolve({ ...r.spec, y: v.a.y + 1 }, pub);
      // ("الكيلو كان بتمانية جنيه في نوفمبر" in February: a month named with no year and nothing ahead in its clause,
      // more than five months after publication this year, is last year's)
      else if (v && !r.ahead && r.spec.k === 'abs' && r.spec.cal === 'g' && r.spec.y === null && r.spec.yRel === null && r.spec.mod === null && r.spec.wd === undefined && pub && !v.b && v.a.m !== undefined && v.a.y === pub.y && v.a.m - pub.m > 5 && !THIS_YEAR_BEFORE.test(sentenceBefore(text, r.start))) v = resolve({ ...r.spec, y: v.a.y - 1 }, pub);
      if (v && r.time && !v.b && v.a.d !== undefined) v = { a: { ...v.a, h: r.time.h, mi: r.time.mi, z: r.time.z } };
    }
    if (v && !v.b && v.a.d !== undefined) {
      lastDay = v.a;
      lastDayEnd = r.end;
      brokeSinceDay = false;
      lastWasTime = r.spec.k === 'time';
      if (opensLine) lineDay = v.a;
      // (a full date told as yesterday or today, "مساء أمس الثلاثاء …، الموافق ١٦ ديسمبر", is the story's day as well)
      if (r.spec.k === 'rel' || ((r.spec.k === 'abs' || r.spec.k === 'pair') && TOLD_DAY.test(text.slice(r.start, r.end)))) {
        lastRelativeDay = v.a;
        lastRelativeEnd = r.end;
      }
    }
    // ("يوم الخميس المقبل في الحادية عشرة صباحا"، "غدا الثلاثاء على الساعة العاشرة": a day and its hour said right
    // after it, with no comma between, are one date, at the hour; "أمس الاثنين، في تمام الساعة …" stays two)
    const prevOut = out.length > 0 ? out[out.length - 1] : null;
    if (r.spec.k === 'time' && v && !v.b && prevOut && ri > 0 && raws[ri - 1].spec.k !== 'time' && raws[ri - 1].end === prevOut.end && DAY_WORD.test(prevOut.text) && DAY_THEN_HOUR.test(text.slice(prevOut.end, r.start))) {
      out[out.length - 1] = { start: prevOut.start, end: r.end, text: text.slice(prevOut.start, r.end), value: format(v) };
      continue;
    }
    out.push({ start: r.start, end: r.end, text: text.slice(r.start, r.end), value: format(v) });
  }
  Object.assign(st, { lastDay, lastDayEnd, scanned, brokeSinceDay, lastRelativeDay, lastRelativeEnd, lastWasTime, lineDay });
  return out;
}

/** "يوميا"، "كل يوم"، "طوال أيام الأسبوع" right before a clock time (or right after it): a daily hour, not a date. */
const DAILY_BEFORE = /(?:يومي[\u064b]?ا[\u064b]?|كل[^\S\n]+يوم|طوال[^\S\n]+[أا]يام[^\S\n]+ال[أا]سبوع)[^\S\n]*،?[^\S\n]*(?:(?:من|بين|عند|في)[^\S\n]+)?(?:الساعة[^\S\n]+)?$/;
const DAILY_AFTER = /^[^\S\n]*،?[^\S\n]*(?:يومي[\u064b]?ا[\u064b]?|كل[^\S\n]+يوم)(?![\u0600-\u06ff])/;

/** What resolving the dates of a text has learnt so far: the days that lone times and weekdays lean on. */
export interface DateContext {
  lastDay: DT | null;
  lastDayEnd: number;
  /** Text before this offset has been checked for sentence breaks. */
  scanned: number;
  brokeSinceDay: boolean;
  /** The last day given relative to publication (أمس، اليوم الخميس): the day the story is about. */
  lastRelativeDay: DT | null;
  lastRelativeEnd: number;
  /** The last day-precise mention was a clock time that took its day from the context. */
  lastWasTime: boolean;
  /** The day of the last day-precise mention that opened its line (a live blog's time stamp, a day heading). */
  lineDay: DT | null;
}

export function newDateContext(base = 0): DateContext {
  return { lastDay: null, lastDayEnd: 0, scanned: base, brokeSinceDay: false, lastRelativeDay: null, lastRelativeEnd: 0, lastWasTime: false, lineDay: null };
}

/** A weekday, yesterday, today or tomorrow in a date's text (not normalised). */
const DAY_WORD = /(?:^|[\s،,])(?:يوم[^\S\n]+)?[وفب]?(?:ال)?(?:أحد|احد|[إا]ثنين|اتنين|ثلاثاء|[أا]ربعاء|خميس|جمعة|سبت|[أا]مس|يوم|غد|غدا|غدًا|غداً|بارحة)(?=[\s،,]|$)/;

/** Between a day and its hour: a space, and في، على or عند with تمام or not (no comma, no line break). */
const DAY_THEN_HOUR = /^[^\S\n]+(?:(?:في|على|عند)[^\S\n]+)?(?:تمام[^\S\n]+)?$/;

/** Yesterday or today written inside a full date. */
const TOLD_DAY = /(?:^|\s)(?:[وف]?[أا]مس|[وف]?اليوم|[وف]?البارحة)(?=\s|$)/;

/** What may stand between a line's start and a mention that opens it: spaces, a bullet, a dash. */
const LINE_OPEN = /(?:^|\n)[^\S\n]*(?:[•●▪■◾►▶\-–—*]|(?:تحديث|عاجل)[^\S\n]*[0-9٠-٩]*[^\S\n]*[:：|]?)?[^\S\n]*$/;

/** The mention at `start` opens its line (looking back a few characters only: a page may be one long line). */
function opensItsLine(text: string, start: number): boolean {
  const from = Math.max(0, start - 16);
  const head = text.slice(from, start);
  return LINE_OPEN.test(head) && (from === 0 || head.includes('\n'));
}

/** Words that put what follows in the future: "يرتقب أن"، "من المقرر أن"، "سوف"، "يعتزم". */
const FUTURE_CUE = /(?:يُ?رت[َ]?قب|من المقرر|المقرّ?ر أن|سوف|يعتزم|تعتزم|يُ?نتظر أن|يُ?توقع أن)/;

/** Order of a day-precise value and the publication day. */
function cmpDT(a: DT, p: Pub): number {
  return a.y !== p.y ? a.y - p.y : (a.m ?? 0) !== p.m ? (a.m ?? 0) - p.m : (a.d ?? 0) - p.d;
}

const EN_MONTHS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['may', 5], ['jun', 6], ['jul', 7], ['aug', 8], ['sep', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

/**
 * Parse a dateline / date string found in page metadata or a visible dateline (e.g. "الخميس، 02 ديسمبر 2021 - 01:39 م",
 * "12/6/2024", "الثلاثاء ١٤ تشرين الثاني ٢٠٢٣ - ٠٢:٢٥ م", "2021-12-02T13:39:00+02:00") → 'YYYY-MM-DDTHH:MM' | 'YYYY-MM-DD' | null
 * (local wall-clock time as written, no UTC conversion).
 */
export function parseDateline(s: string): string | null {
  if (!s) return null;
  const n = normalize(s.slice(0, 500)).text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2}))?/.exec(n);
  if (iso) {
    const [y, m, d] = [+iso[1], +iso[2], +iso[3]];
    if (isValidGregorian(y, m, d)) {
      const base = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
      if (iso[4] !== undefined && +iso[4] < 24) return `${base}T${pad(+iso[4])}:${iso[5]}`;
      return base;
    }
  }
  let best: string | null = null;
  let count = 0;
  // On the text as written: the parser needs the original letters ("آب" with madda is August, "أب" a father).
  const orig = s.slice(0, 500).trim();
  const mentions = findDates(orig, null);
  for (const m of mentions) {
    if (m.value && /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(m.value)) {
      // a lone time after the date ("الأحد, 10 أغسطس, 2025 ] 04:15 م", "... 2025 على الساعة 07:30") makes that
      // date more precise
      if (best && best.length === 10 && m.value.length > 10 && m.value.startsWith(best) && count === 1 && /^(?:الساع[ةه]\s*)?\d{1,2}:\d{2}/.test(m.text)) {
        best = m.value;
        continue;
      }
      if (!best) best = m.value;
      count++;
    }
  }
  // A dateline is mostly its date: a sentence that merely contains one ("تبدأ امتحانات الثانوية العامة في
  // مصر يوم 10 يونيو 2024") is not a dateline. Allow a few other words (a city, a byline, "نشر في").
  if (best && residueWords(orig, mentions) > MAX_DATELINE_WORDS) return null;
  if (!best) {
    best = englishDate(n);
    count = best ? 1 : 0;
  }
  if (!best) return null;
  if (best.length === 10 && count === 1) {
    // A time elsewhere in the line ("10:15 - 29 مايو 2024", "... | 16:20").
    const t = /(?:^|[^\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(ص|م|صباحا|مساء|am|pm)?(?![\d:])/.exec(n);
    if (t) {
      let h = +t[1];
      const mi = +t[2];
      const mark = t[3];
      if (mark === 'م' || mark === 'مساء' || mark === 'pm') {
        if (h < 12) h += 12;
      } else if ((mark === 'ص' || mark === 'صباحا' || mark === 'am') && h === 12) h = 0;
      if (h < 24 && mi < 60) best += `T${pad(h)}:${pad(mi)}`;
    }
  }
  return best;
}

const MAX_DATELINE_WORDS = 5;
/** Words that belong in datelines and do not count against them. */
const DATELINE_WORDS = new Set([
  'نشر', 'في', 'بتاريخ', 'تاريخ', 'النشر', 'اخر', 'تحديث', 'تعديل', 'التحديث', 'محدث', 'بتوقيت', 'توقيت', 'التوقيت', 'المحلي',
  'مكه', 'المكرمه', 'القدس', 'غرينتش', 'غرينيتش', 'gmt', 'utc', 'الساعه', 'يوم', 'منذ', 'كتب', 'بقلم', 'م', 'ص', 'pm', 'am', 't', 'z',
]);

/** Words of `n` outside the mentions, not counting dateline words. */
function residueWords(n: string, mentions: readonly DateMention[]): number {
  let count = 0;
  let from = 0;
  const countIn = (a: number, b: number) => {
    const words = n.slice(a, b).match(/[\u0621-\u064a\u0671-\u06d3a-zA-Z]+/g);
    if (words) for (const w of words) if (!DATELINE_WORDS.has(normalizeWord(w).toLowerCase())) count++;
  };
  for (const m of mentions) {
    countIn(from, m.start);
    from = m.end;
  }
  countIn(from, n.length);
  return count;
}

/** "Thu, 02 Dec 2021 13:39:00 +0200", "December 2, 2021" (metadata in English). */
function englishDate(n: string): string | null {
  let m = /\b(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})/.exec(n);
  let y = 0;
  let mo: number | undefined;
  let d = 0;
  if (m) {
    d = +m[1];
    mo = EN_MONTHS.get(m[2]);
    y = +m[3];
  } else {
    m = /\b([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(n);
    if (!m) return null;
    mo = EN_MONTHS.get(m[1]);
    d = +m[2];
    y = +m[3];
  }
  if (mo === undefined || !isValidGregorian(y, mo, d)) return null;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}`;
}
