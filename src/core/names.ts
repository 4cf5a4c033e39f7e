/**
 * Where a person's name begins and ends: name words, particles (بن، أبو، عبد، آل), nisba surnames,
 * and the stretch of name after a role ("وزير الخارجية الروسي سيرجي لافروف") or before one
 * ("إيمانويل ماكرون، الرئيس الفرنسي").
 */
import { Claim, hasTanween, isPunct, lineBreakBefore, yaAsAlifMaqsura, type Doc } from './doc.ts';
import { isCommonAnyReading, isCommonAnyReadingToken, isCommonWord, isFunctionWord, isMostlyWord, isNameLike } from './lexicon.ts';
import { tokenAnalyses, wordTest } from './tokenize.ts';
import { normalizeWord } from './normalize.ts';

/** /^[وفبل]{0,2}عبد$/ on a token's norm, once per word. */
const isAbd = wordTest(/^[وفبل]{0,2}عبد$/);

const MONTHS = new Set(
  'يناير فبراير مارس ابريل مايو يونيو يونيه يوليو يوليه اغسطس سبتمبر اكتوبر نوفمبر ديسمبر كانون شباط اذار نيسان ايار حزيران تموز اب ايلول تشرين جانفي فيفري افريل ماي جوان جويليه اوت يوليوز غشت شتنبر نونبر دجنبر محرم صفر ربيع جمادي رجب شعبان رمضان شوال ذو السبت الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعه'.split(' '),
);

/** Hijri months that are also first names: "ربيع فقيه"، "رمضان صبحي"، "رجب طيب أردوغان". */
const MONTH_NAMES_OF_PEOPLE = new Set(['ربيع', 'رجب', 'شعبان', 'رمضان']);

/** The month word at i is a person's name: no day or شهر before it, no year, ordinal or المبارك after it. */
function monthNamedPerson(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (!MONTH_NAMES_OF_PEOPLE.has(toks[i].norm)) return false;
  const prev = toks[i - 1];
  if (prev && (prev.kind === 'number' || /^(و|ف|ب|ل)?(ال)?(شهر|شهري|اواخر|اوايل|مطلع|منتصف|نهايه|بدايه|خلال)$/.test(prev.norm))) return false;
  const next = toks[i + 1];
  // ("الوزير مؤيد شعبان، إن …"، "محمد رمضان": after a first name, the family name, whatever follows)
  if (prev && prev.kind === 'word' && !lineBreakBefore(doc, i) && doc.res.firstNames.has(prev.norm) && !(next && !lineBreakBefore(doc, i + 1) && (next.kind === 'number' || /^(ال)?(المبارك|الكريم|المعظم|هـ|ه)$/.test(next.norm)))) return true;
  if (!next || next.kind !== 'word' || lineBreakBefore(doc, i + 1)) return false;
  return !/^(ال)?(اول|ثاني|اخر|الاخر|المبارك|الكريم|المعظم|هـ|ه)$/.test(next.norm);
}

const POSSESSIVE = /(اته|اتها|اتهم|اتنا|تهم|تها|يهم|يها|ونه|وها|وهم|انه|انها)$/;

/** Particles inside names: they continue a name but never end one. */
/** Titles that may open the name of a place or facility ("مستشفى الشهيد ..."، "مركز الملك خالد"). */
export const TITLE_IN_NAME = /^ال(ملك|ملكه|امير|اميره|شيخ|شيخه|امام|شهيد|سلطان|رييس)$/;

/** Epithets of praise or prayer written after a ruler's or a dead person's name. */
const EPITHETS = new Set(['المعظم', 'المفدي', 'حفظه', 'ايده', 'رحمه', 'يرحمه', 'طيب']);
const INNER_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'ابي', 'ام', 'عبد', 'ال', 'ولد', 'منت', 'اولاد', 'دي', 'فون', 'فان', 'دو', 'لا', 'بو', 'ايت']);

/** A token index where a name word can stand. `allowCommon`: accept a common word (last of a name). */
/**
 * Shapes of ordinary words that no name takes: a preposition on an ordinary word ("لمنصب"، "بصوته"),
 * a possessive on one ("مرشحته"), an adverbial participle ("معلقا"، "مضيفا"), a preposition on a
 * verbal noun of the taf'il pattern ("لتأهيل"، "بتطوير").
 */
export function isNonNameForm(norm: string, taMarbuta = false): boolean {
  // (an indefinite accusative participle, "مشيرا"، "مطالبا"; not a name such as "مابالا", nor one in وا, "موتوا")
  if (/^م[^ا].{2,3}ا$/.test(norm) && !/وا$/.test(norm)) return true;
  const bare = norm.replace(/^[وف]?[بل](?!ال)/, '');
  // (A word written with ة, "فودة", ends in no pronoun: its normalised ه is the feminine ending.)
  // (With the article it is still an ordinary feminine word when its masculine is one: "الشرقية"، "السورية".)
  // (nor a family name of the tribal plural pattern, "الثوابتة"، "السواعدة"، "القواسمة": a broken plural in فواعل takes
  // no feminine ending as an ordinary word)
  if (taMarbuta && /^ال.وا..ه$/.test(bare)) return false;
  const stem = taMarbuta && !/^ال/.test(bare) ? bare : bare.replace(/(ه|ها|هم|هما)$/, '');
  // (ب and ل never stack as proclitics: "بلعيد" is a Maghrebi family name, not ب + ل + عيد; nor does و follow them:
  // "بوخلفة" is a Bou- family name, not ب + و + خلفه.)
  if (bare !== norm && bare.length >= 3 && ((/^[بلو]/.test(bare) ? isCommonWord(bare) : isCommonAnyReading(bare)) || /^ت..ي.$/.test(bare))) return true;
  return stem !== bare && stem.length >= 3 && (isCommonAnyReading(stem) || isCommonAnyReading(stem.replace(/ت$/, 'ه')));
}

/** A ruler's, a monarch's or a pope's ordinal after his name: "محمد الخامس"، "الحسن الثاني"، "فريدريك العاشر". */
export const RULER_ORDINAL = /^ال(اول|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)$/;

/** "ولد"، "بنت"، "منت": son or daughter of, in a Mauritanian or Sahrawi name ("محمد ولد الغزواني"). */
export const SON_OF = /^(ولد|بنت|منت)$/;

/**
 * The word after i is ولد / بنت / منت, or the Amazigh أيت, with a word after it: i opens a Mauritanian or Moroccan
 * chain of names ("الشيخ ولد ابيليل"، "إيمان أيت علي").
 */
export function sonOfNext(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  return !!toks[i + 2] && (SON_OF.test(toks[i + 1].norm) || toks[i + 1].norm === 'ايت') && !lineBreakBefore(doc, i + 1) && !lineBreakBefore(doc, i + 2) && toks[i + 2].kind === 'word';
}

export function isNameWord(doc: Doc, i: number, allowCommon = false): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || t.norm.length < 2) return false;
  const n = t.norm;
  // "علي" (the name) and "على" (the preposition) are one word once normalised: the spelling decides.
  if (n === 'علي' && doc.text.charCodeAt(t.end - 1) === 0x064a) return true;
  // ("عبدالله على اليحيا": in a text that writes ي as ى, "على" between a first name and a word no lexicon knows is Ali)
  if (n === 'علي' && i > 0 && !lineBreakBefore(doc, i) && doc.res.firstNames.has(doc.tokens[i - 1].norm) && aliAfterFirst(doc, i)) return true;
  // ("والي", the governor, is "وإلى" too: written with ي and no hamza, after a first name and before a comma, a family name)
  if (n === 'والي' && doc.text.charCodeAt(t.end - 1) === 0x064a && doc.text.charCodeAt(t.start + 1) !== 0x0625 && titleAsFamilyName(doc, i)) return true;
  if ((MONTHS.has(n) && !monthNamedPerson(doc, i)) || isFunctionWord(n) || pluralNisba(n)) return false;
  const first = doc.res.firstNames.has(n);
  // A title word is no name word, unless it is a one-word title that is also a first name (أمير، سلطان).
  const title = doc.res.titles.matchAt(doc.tokens, i, false);
  // ("يعرب القضاة": a plural title with the article right after a first name is a family name)
  const familyPlural = !!title && title.value.category === 'plural' && title.to === i + 1 && n.startsWith('ال') && i > 0 && doc.res.firstNames.has(doc.tokens[i - 1].norm);
  // (nor a title word right before ولد / بنت / منت, which is the first name of a Mauritanian chain: "الشيخ ولد ابيليل")
  const sonOf = title?.to === i + 1 && sonOfNext(doc, i);
  // (nor a one-word title right after ولد / بنت / منت, a name in the chain: "حننه ولد سيدي")
  const afterSonOf = title?.to === i + 1 && i > 0 && SON_OF.test(doc.tokens[i - 1].norm);
  if (title && (!first || title.to > i + 1) && !familyPlural && !sonOf && !afterSonOf && !(title.to === i + 1 && titleAsFamilyName(doc, i))) return false;
  if (isCountryLike(doc, i)) return false;
  // ("مسابقة الملك عبدالعزيز الدولية": a feminine relational adjective with the article, an ordinary word, names no one)
  // (not a family name as short as "العطية", nor a first name before بنت / منت, "الغالية بنت سيديا")
  if (!first && /^ال.{3,}يه$/.test(n) && doc.text.charCodeAt(t.end - 1) === 0x0629 && (isCommonAnyReading(n) || isMostlyWord(n)) && !/^(بن|بنت|منت|ولد)$/.test(doc.tokens[i + 1]?.norm ?? '')) return false;
  if (!first && looksLikeVerb(n, true)) return false;
  // A possessive or plural-possessive ending ("لقاءاته"، "جهودها") marks an ordinary noun.
  // (not a family name written with ة, whose norm ends in ه too: "الخصاونة"، "الطراونة")
  if (!first && n.length >= 6 && POSSESSIVE.test(n) && !isNameLike(n) && !(/ه$/.test(n) && doc.text.charCodeAt(t.end - 1) === 0x0629)) return false;
  if (doc.res.firstNames.has(n) || isNameLike(n) || doc.res.particles.has(n)) return true;
  if (bouFamily(doc, n)) return true;
  // ("خالص تعازيه"، "رفيق دربه"، "بواسع رحمته": an ordinary noun with a possessive pronoun is no family name)
  if (possessedNoun(doc, i)) return false;
  // "الطاهر"، "الحسين"، "الصادق": first names written with the article (Sudan, the Maghreb).
  if (n.length > 4 && n.startsWith('ال') && doc.res.firstNames.has(n.slice(2)) && !title) return true;
  // ("باسم" after a role is the name Basem, not ب + اسم, when a role or honorific has announced a name.)
  if (allowCommon && doc.res.ambiguousFirstNames.has(n)) return true;
  if (!allowCommon && isCommonAnyReadingToken(t)) return false;
  // A title behind a proclitic ("بالوزير"، "للرئيس") is no name word either.
  if (isNonNameForm(n, doc.text.charCodeAt(t.end - 1) === 0x0629) || (doc.res.titles.matchAt(doc.tokens, i, true)?.skip ?? 0) > 0) return false;
  return true;
}

/** "على" at i is Ali in an Egyptian spelling: ى for ي in the text, and a name word no lexicon knows after it. */
function aliAfterFirst(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  if (!next || next.kind !== 'word' || lineBreakBefore(doc, i + 1) || !yaAsAlifMaqsura(doc)) return false;
  const x = next.norm;
  return x.length >= 3 && !isFunctionWord(x) && !isCommonAnyReading(x) && !isMostlyWord(x) && !looksLikeVerb(x, true) && !doc.res.places.matchAt(doc.tokens, i + 1, false) && !doc.res.orgs.matchAt(doc.tokens, i + 1, false);
}

/**
 * "عصام والي، رئيس الهيئة"، "شادي ملك، الرئيس التنفيذي": a one-word title without the article, right after a first
 * name and before a comma or a full stop, is his family name: an office names what it is over ("والي الخرطوم").
 */
export function titleAsFamilyName(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const prev = doc.tokens[i - 1];
  const next = doc.tokens[i + 1];
  return !!t && !!prev && t.kind === 'word' && !t.norm.startsWith('ال') && prev.kind === 'word' && !lineBreakBefore(doc, i) && doc.res.firstNames.has(prev.norm) && (!next || (next.kind === 'punct' && /^[،,.؛]$/.test(next.norm)));
}

/**
 * Token i is an ordinary noun with a possessive pronoun: "دربه"، "رحمته" (رحمة + ه)، "جهودها"، "أبنائهم". The stem
 * (three letters or more) is an ordinary word as written; ه is the pronoun only where the text writes ه, not ة
 * ("شحاتة"). Not after عبد ("عبد ربه"), nor a stem that a particle or a first name is ("عبده"، "وهبه").
 */
export function possessedNoun(doc: Doc, i: number, skip = 0): boolean {
  const t = doc.tokens[i];
  const n = skip ? t.norm.slice(skip) : t.norm;
  if (n.length < 4 || /^[وف]/.test(n)) return false;
  let stem: string;
  if (n.endsWith('هما')) stem = n.slice(0, -3);
  else if (n.endsWith('هم') || n.endsWith('ها')) stem = n.slice(0, -2);
  else if (n.endsWith('ه') && doc.text.charCodeAt(t.end - 1) === 0x0647) stem = n.slice(0, -1);
  else return false;
  if (stem.length < 3 || doc.res.particles.has(stem) || doc.res.firstNames.has(stem) || doc.res.ambiguousFirstNames.has(stem)) return false;
  if (i > 0 && /عبد$/.test(doc.tokens[i - 1].norm)) return false;
  // (ة before the pronoun is written ت: "رحمته" is رحمة's)
  const tied = stem.endsWith('ت') ? stem.slice(0, -1) + 'ه' : null;
  // (or a verbal noun of the تفعيل form: "ترحيبه"، "تأكيده")
  return isCommonWord(stem) || isMostlyWord(stem) || (!!tied && (isCommonWord(tied) || isMostlyWord(tied))) || /^ت..ي.$/.test(stem);
}

export function isParticle(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word' || !(INNER_PARTICLES.has(t.norm) || doc.res.particles.has(t.norm))) return false;
  // ("دي لا فوينتي": «لا» is a foreign name's particle after «دي», or before a word that is no verb or ordinary word;
  // "راتب المعلم لا يتجاوز" is the negation)
  if (t.norm === 'لا') {
    const prev = doc.tokens[i - 1];
    const next = doc.tokens[i + 1];
    return (!!prev && /^(دي|دو|ده)$/.test(prev.norm)) || (!!next && next.kind === 'word' && !looksLikeVerb(next.norm) && !isCommonAnyReading(next.norm) && !isFunctionWord(next.norm));
  }
  return true;
}

/** True when the word is a nationality adjective (الروسي، السعودية) as written. */
export function isNationality(doc: Doc, i: number): boolean {
  const m = doc.res.nationalities.matchAt(doc.tokens, i, false);
  return !!m && m.to === i + 1;
}

/**
 * The name that starts at token `from` (after a role or an honorific): [from, to) or null.
 * A name is 1–5 name words; particles join words (محمد بن عبد الرحمن آل ثاني); a nisba surname
 * (السوداني) may end it; a common word may end it only when a break or a function word follows.
 */
/** Chinese, Korean and Vietnamese family names as Arabic news writes them, several of them also little words. */
export const EAST_ASIAN_SURNAMES: ReadonlySet<string> = new Set(['لي', 'لين', 'لاي', 'وانغ', 'تشانغ', 'ليو', 'تشين', 'يانغ', 'هوانغ', 'تشاو', 'وو', 'تشو', 'سون', 'قاو', 'غاو', 'شي', 'هان', 'كيم', 'بارك', 'يون', 'مون', 'تشوي', 'نغوين', 'فام', 'تران', 'هو', 'شين', 'جانغ', 'ما', 'دينغ', 'فنغ', 'تساي', 'سو']);

/** Indefinite head nouns of bodies, which never continue a person's name. */
const BODY_HEAD_WORDS = new Set(['مجلس', 'وزاره', 'هيئه', 'لجنه', 'شركه', 'حزب', 'حركه', 'منظمه', 'جمعيه', 'موسسه', 'وكاله', 'محكمه', 'نيابه', 'مديريه', 'بلديه', 'جامعه', 'المديريه', 'الوزاره', 'الهيئه', 'المجلس', 'اللجنه', 'الشركه', 'الوكاله', 'المحكمه', 'البلديه', 'الجامعه', 'المنظمه', 'الجمعيه', 'الموسسه', 'النيابه']);

/** "عبد الله"، "وعبد الرحمن" at k: عبد and a word the first-name lists hold joined ("عبدالرحمن"). */
/** Titles that are also family names after a first name: "هشام القاضي"، "أحمد الوزير". */
export const TITLE_SURNAMES = new Set(['القاضي', 'الوزير', 'الامير', 'النقيب', 'الحاكم', 'السفير', 'العميد', 'المستشار', 'بالحاج', 'بلحاج', 'الحاج', 'السيد', 'الشيخ', 'الامين', 'سعاده']);

/** Second halves of compound first names: "نور الدين"، "نور الهدى"، "سيف الإسلام"، "نصر الله". */
export const COMPOUND_SECOND: ReadonlySet<string> = new Set(['الدين', 'الهدي', 'الاسلام', 'الله', 'الزمان', 'الزهراء']);

/** The second words of names in ذو: ذو الفقار، ذو النون، ذو الكفل، ذو الهمة. */
const DHU_NAMES = new Set(['الفقار', 'النون', 'الكفل', 'الهمه']);

/** First words of compound first names with الله that are no first names alone (normalised). */
const ALLAH_NAMES = new Set(['ضيف', 'عطا', 'جار', 'فضل', 'خير', 'حسب', 'رزق', 'فتح', 'عوض', 'جاد', 'هبه', 'نعمه', 'عبيد', 'حمد', 'سعد', 'نصر', 'مال', 'دخيل', 'جود', 'عون', 'دفع', 'خلف', 'فرج']);

/** Words before "الدين" that make a phrase, no name: "رجل الدين"، "علماء الدين"، "أمور الدين". */
const NOT_COMPOUND_FIRST = /^(رجل|رجال|علماء|عالم|امور|شوون|اصول|يوم|باسم|اسم|حريه|تجديد|خطاب|ازدراء|دور|فصل|تعاليم|احكام|مبادي|قيم|علم|علوم|كليه|اهل)$/;

export function compoundFirstName(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  const next = doc.tokens[k + 1];
  if (!t || !next || next.kind !== 'word') return false;
  if (isAbd(t)) return !lineBreakBefore(doc, k + 1) && (doc.res.firstNames.has('عبد' + next.norm) || NAMES_OF_GOD.has(next.norm));
  if (!COMPOUND_SECOND.has(next.norm) || lineBreakBefore(doc, k + 1)) return false;
  // ("ضيف الله"، "عطا الله"، "جار الله": a name "of God" whose first word is no first name by itself)
  if (next.norm === 'الله' && ALLAH_NAMES.has(t.norm)) return true;
  // ("قمر الدين": a first name that is also an ordinary word, + الدين; "صلاح الدين" may be the province, and a
  // plain first name needs no help to open a name)
  // (and "نور الهدى"، "نور الإسلام": the other second halves but الله, which makes phrases: "سبيل الله")
  return (next.norm === 'الدين' || (COMPOUND_SECOND.has(next.norm) && next.norm !== 'الله')) && doc.res.ambiguousFirstNames.has(t.norm) && !doc.res.places.matchAt(doc.tokens, k, false);
}

/** A first name written with the article ("الحسن"), a first name after it (a plain function, not a closure made per call). */
/** The word (or the word after و/ف) is a first name no list reads otherwise. */
function familyNisbaFirst(doc: Doc, w: string): boolean {
  const first = doc.res.firstNames.has(w) || !/^[وفبل]../.test(w) ? w : w.slice(1);
  return doc.res.firstNames.has(first) && !doc.res.ambiguousFirstNames.has(first);
}

/** Adjectives that name what a body is for far more often than a family ("بنك ناصر الاجتماعي"): no family nisba. */
const BODY_NISBAS = new Set(['الاجتماعي', 'الوطني', 'الدولي', 'الاقتصادي', 'السياسي', 'الاسلامي', 'العربي', 'الشعبي', 'الثقافي', 'الرياضي', 'الصحي', 'المالي', 'الفني', 'التعليمي', 'الزراعي', 'الصناعي', 'التجاري', 'الاهلي', 'الخيري', 'العسكري', 'الامني', 'الدبلوماسي', 'الاعلامي', 'القومي', 'المركزي', 'الرسمي']);

export function articleFirst(doc: Doc, from: number, w: string): boolean {
  const toks = doc.tokens;
  if (!(w.length > 4 && w.startsWith('ال') && !!toks[from + 1])) return false;
  const listed = doc.res.firstNames.has(w.slice(2));
  // ("الصادق الزواري"، "الهادي العياري"، "الطاهر بوشلاغم": a first name that is also a word, with the article, as the
  // Maghreb and Sudan write it, before a family name no lexicon knows)
  if (!listed && !doc.res.ambiguousFirstNames.has(w.slice(2))) return false;
  const n = toks[from + 1].norm;
  // ("وشدد الجميّل على أن": the preposition على, written with ى, is no "علي")
  if (n === 'علي' && doc.text.charCodeAt(toks[from + 1].end - 1) === 0x0649) return false;
  // (two names of God are no one's name: "الكريم المتعالي")
  if (NAMES_OF_GOD.has(n)) return false;
  // (before a first name in عبد / أبو: "الطاهر عبد الرحيم")
  if (listed && /^(عبد|ابو)$/.test(n) && toks[from + 2]?.kind === 'word' && !lineBreakBefore(doc, from + 1) && !lineBreakBefore(doc, from + 2)) return true;
  // ("الحسين بوعلي"، "الحسين أيت بوعلي": a Bou- family name, or آيت / بن / ولد before the family name)
  if (!lineBreakBefore(doc, from + 1) && (bouFamily(doc, n) || (/^(ايت|بن|ولد)$/.test(n) && toks[from + 2]?.kind === 'word' && !lineBreakBefore(doc, from + 2) && !isFunctionWord(toks[from + 2].norm)))) return listed;
  if (toks[from + 1].kind !== 'word' || lineBreakBefore(doc, from + 1) || isCommonAnyReading(n) || isMostlyWord(n) || isFunctionWord(n)) return listed && doc.res.firstNames.has(n);
  // (a first name or a family name with the article that no lexicon knows: "الحبيب القلال")
  if (listed) return doc.res.firstNames.has(n) || /^ال.{3,}/.test(n);
  // (a Bou- family name is no ب + word: "بوشلاغم")
  return (/^ال.{3,}ي$/.test(n) && !doc.res.nationalities.matchAt(toks, from + 1, false)) || ((!/^(ال|و|ف|ب|ل|ك)/.test(n) || /^بو/.test(n)) && n.length >= 4 && !looksLikeVerb(n) && !doc.res.places.matchAt(toks, from + 1, true));
}

/** The names of God that follow عبد in a first name ("عبد الرقيب"، "عبد الباسط"), normalised. */
export const NAMES_OF_GOD: ReadonlySet<string> = new Set(
  ('الله الرحمن الرحيم الملك القدوس السلام المومن المهيمن العزيز الجبار المتكبر الخالق الباري المصور الغفار القهار الوهاب ' +
    'الرزاق الفتاح العليم القابض الباسط الخافض الرافع المعز السميع البصير الحكم العدل اللطيف الخبير الحليم العظيم الغفور ' +
    'الشكور العلي الكبير الحفيظ المقيت الحسيب الجليل الكريم الرقيب المجيب الواسع الحكيم الودود المجيد الباعث الشهيد الحق ' +
    'الوكيل القوي المتين الولي الحميد المحصي المبدي المعيد المحيي الحي القيوم الواجد الماجد الواحد الاحد الصمد القادر ' +
    'المقتدر المنعم الاله الظاهر الباطن الوالي المتعالي البر التواب العفو الرووف المالك الغني المغني النور الهادي البديع ' +
    'الباقي الوارث الرشيد الصبور الناصر المنان المعطي الجواد الستار السلام المحسن الكافي المولي الخالق الرازق').split(' ').map((w) => normalizeWord(w)),
);

/** A listed first name that is no ordinary word under any reading and on no list of ambiguous first names. */
function plainFirstName(doc: Doc, w: string): boolean {
  return w.length >= 3 && doc.res.firstNames.has(w) && !doc.res.ambiguousFirstNames.has(w) && !isCommonAnyReading(w) && !isMostlyWord(w);
}

/**
 * Tokens i and i + 1 are an indefinite noun written with ة and an indefinite relational adjective in ية agreeing with
 * it ("حضانة مجتمعية"، "برونزية ثانية" no): neither is a first name, a name-like word or a known person.
 */
function nounWithAdjective(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i];
  const n = toks[i + 1];
  if (!n || n.kind !== 'word' || lineBreakBefore(doc, i + 1) || /^ال/.test(t.norm) || /^ال/.test(n.norm)) return false;
  if (doc.text.charCodeAt(t.end - 1) !== 0x0629 || !/^.{3,}يه$/.test(n.norm) || doc.text.charCodeAt(n.end - 1) !== 0x0629) return false;
  for (const k of [i, i + 1]) if (doc.res.firstNames.has(toks[k].norm) || doc.res.ambiguousFirstNames.has(toks[k].norm) || isNameLike(toks[k].norm)) return false;
  return !doc.res.known.matchAt(toks, i, false);
}

/** "بوعلي"، "بوحسين": a Maghrebi family name, بو + a first name, that no reading as ب + و + a word makes. */
function bouFamily(doc: Doc, n: string): boolean {
  return n.length >= 5 && n.startsWith('بو') && doc.res.firstNames.has(n.slice(2)) && !doc.res.ambiguousFirstNames.has(n.slice(2));
}

export function nameForward(doc: Doc, from: number, maxWords = 5, strictFirst = false): [number, number] | null {
  const toks = doc.tokens;
  if (!toks[from] || toks[from].kind !== 'word') return null;
  // ("ضيف الله الخزاعلة": a compound first name with الله whose first word is an ordinary word)
  const allahName = toks[from + 1]?.norm === 'الله' && compoundFirstName(doc, from);
  if ((!isNameWord(doc, from, !strictFirst) && !allahName) || isParticleEnd(doc, from)) {
    if (!isParticle(doc, from)) return null;
  }
  if (isCommonAnyReadingToken(toks[from]) && !allahName && !sonOfNext(doc, from) && !doc.res.firstNames.has(toks[from].norm) && !(!strictFirst && doc.res.ambiguousFirstNames.has(toks[from].norm)) && !isNameLike(toks[from].norm) && !doc.res.known.matchAt(toks, from, true) && !articleFirst(doc, from, toks[from].norm)) {
    // An ordinary word does not open a name ("الموفد الفرنسي وضع بري" is a verb, then a name).
    return null;
  }
  // "محافظا للأحساء"، "بالقليوبية"، "بالشراكة": no name begins with ل or ب + the article.
  if (/^[وف]?(لل|بال|كال)/.test(toks[from].norm) && !doc.res.firstNames.has(toks[from].norm) && (/^[وف]?لل/.test(toks[from].norm) || !!doc.res.places.matchAt(toks, from, true) || isCommonAnyReading(toks[from].norm.replace(/^[وف]?[بك]/, '')) || /^[وف]?[بك]ال..+ه$/.test(toks[from].norm))) return null;
  // "وزير المياه يدشن شبكة": a four-letter word in ي + three letters is a present verb, unless a list knows it as a name.
  if (/^ي[^ا].{2}$/.test(toks[from].norm) && !doc.res.firstNames.has(toks[from].norm) && !doc.res.ambiguousFirstNames.has(toks[from].norm) && !isNameLike(toks[from].norm) && !doc.res.known.matchAt(toks, from, true)) return null;
  // "الأمير لكرة القدم": ل or ب on a noun in construct with a definite word is a prepositional phrase.
  const w0 = toks[from].norm;
  // (not ل or ب on a first name that is no word: "«دفتر الملح» لخديجة العمراني"، "كتاب لجمانة الحلو")
  if (/^[لب][^ا]/.test(w0) && !doc.res.firstNames.has(w0) && !isNameLike(w0) && !doc.res.known.matchAt(toks, from, true) && toks[from + 1] && /^ال/.test(toks[from + 1].norm) && !lineBreakBefore(doc, from + 1) && !plainFirstName(doc, w0.slice(1))) return null;
  // ("… للكهرباء بساحل حضرموت": ب or ل on an ordinary word opens a phrase, not a name; not a Maghrebi Bel- name)
  if (/^[لب][^ا]/.test(w0) && !/^بل/.test(w0) && !doc.res.firstNames.has(w0) && !doc.res.ambiguousFirstNames.has(w0) && !isNameLike(w0) && !doc.res.known.matchAt(toks, from, true) && (isCommonAnyReading(w0.slice(1)) || isMostlyWord(w0.slice(1)))) return null;
  // ("تعزيز الفريق بستة جراحين": ب or ل on a number word is a phrase of its own, no name)
  if (/^[بلك](اثنين|ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عشرات|مئات|الاف|ملايين|عده|بضع|بضعه)$/.test(w0)) return null;
  // ("… الشيخ شمال بلدة بيت أمر"، "شرق الخليل": a direction before a place or a place's noun says where, it names no one)
  if (/^(شمال|جنوب|شرق|غرب|شمالي|جنوبي|شرقي|غربي)$/.test(w0) && toks[from + 1] && !lineBreakBefore(doc, from + 1) && (!!doc.res.places.matchAt(toks, from + 1, false) || /^(ال)?(بلده|مدينه|قريه|محافظه|منطقه|مخيم|ولايه|اقليم|قضاء|ناحيه|مديريه)$/.test(toks[from + 1].norm))) return null;
  let to = from + 1;
  let words = 1;
  // "عبد الرحمن": a compound first name in two words is the first name.
  const firstEnd = compoundFirstName(doc, from) ? from + 2 : from + 1;
  while (to < toks.length && words < maxWords + 3 && !lineBreakBefore(doc, to)) {
    if (words - particlesIn(doc, from, to) >= maxWords) break;
    const t = toks[to];
    // "نكويتا-سلامي": a hyphen with no space on either side joins two parts of one name.
    if (isJoiningHyphen(doc, to)) {
      to += 2;
      words++;
      continue;
    }
    if (t.kind !== 'word') break;
    // ("الحسين آيت وعزيز": after the Amazigh آيت, a word in و is the family's name, Ait Ouaziz, not "and Aziz")
    if (to > from && toks[to - 1].norm === 'ايت' && /^و.{2,}/.test(t.norm) && doc.claimed[to] === Claim.Free && !isFunctionWord(t.norm)) {
      to++;
      words++;
      continue;
    }
    // ("أحمد بهي الدين"، "أحمد فال الدين": a word and الدين after the first name are one compound name, whatever the
    // word means alone; not "رجل الدين", the cleric)
    // (a word the lists read as a preposition and a pronoun, "بهي", is a name's here)
    if (to > from && t.kind === 'word' && toks[to + 1]?.norm === 'الدين' && !lineBreakBefore(doc, to + 1) && doc.claimed[to + 1] === Claim.Free && (!isFunctionWord(t.norm) || /^[بلك]ه[يو]$/.test(t.norm)) && !/^[وفبلك]?ال/.test(t.norm) && !NOT_COMPOUND_FIRST.test(t.norm) && t.norm.length >= 2) {
      to += 2;
      words++;
      continue;
    }
    // ("استقبل الرئيس محمد ولد الشيخ الغزواني دي ميستورا": a listed name that opens with a particle, after a name of
    // two words or more, is the next person, the one received)
    if (to >= from + 2 && isParticle(doc, to) && (doc.res.known.matchAt(toks, to, false)?.to ?? 0) >= to + 2) break;
    // ("… الدخيّل عضوين في هيئة كبار العلماء": a title in the accusative of appointment follows the name)
    if (isAppointedTitle(t)) break;
    // "سالم الدوسري بنجاح": ب or ل on a word the lists know (a noun, or a name used as one) starts a phrase of its own.
    // (Not the Maghreb's "Bel-" family names after a first name: "رشيد بلعربي"، "محمد بلحاج".)
    // (nor a family name the text uses alone as the one who speaks: "عبد الله بليحق … وأوضح بليحق")
    // ("مصطفى بوخلفة": no و after ب, a Bou- family name)
    // ("احتفظ المختار جوزيف عقيقي بمقعده": ب or ل on an ordinary noun with a pronoun is the sentence's)
    if (to > from && /^[بل][^ا]/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && possessedNoun(doc, to, 1)) break;
    // ("إدريس لشكر، الكاتب الأول للحزب": but a family name in ب or ل right after a listed first name, where the name
    // plainly ends before the man's office between commas, is his)
    if (to === from + 1 && /^[بل][^ا]/.test(t.norm) && t.norm.length >= 4 && doc.res.firstNames.has(toks[from].norm) && doc.claimed[to] === Claim.Free && isPunct(doc, to + 1, '،,') && !!toks[to + 2] && !lineBreakBefore(doc, to + 2) && /^ال.{3,}/.test(toks[to + 2].norm) && (!!doc.res.titles.matchAt(toks, to + 2, false)?.value.isRole || isCommonAnyReading(toks[to + 2].norm)) && !doc.res.places.matchAt(toks, to + 2, false) && !doc.res.nationalities.matchAt(toks, to + 2, false)) {
      to++;
      break;
    }
    // ("الشيخ أحمد وسام، أمين الفتوى": a first name that is also a word, after a listed first name and before the
    // man's office between commas, is his father's name)
    if (to === from + 1 && doc.res.ambiguousFirstNames.has(t.norm) && doc.res.firstNames.has(toks[from].norm) && doc.claimed[to] === Claim.Free && isPunct(doc, to + 1, '،,') && !!toks[to + 2] && !lineBreakBefore(doc, to + 2) && !!doc.res.titles.matchAt(toks, to + 2, false)?.value.isRole) {
      to++;
      break;
    }
    if (/^[بل][^ا]/.test(t.norm) && t.norm.length >= 4 && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && (doc.res.firstNames.has(t.norm.slice(1)) || doc.res.ambiguousFirstNames.has(t.norm.slice(1)) || (/^.و/.test(t.norm) ? isCommonWord(t.norm.slice(1)) && !bouFamily(doc, t.norm) : isCommonAnyReading(t.norm.slice(1)))) && !(to > from && (belFamily(doc, t.norm) || belUnstacked(doc, to))) && !(to > from && reportedAlone(doc, to))) break;
    // ("حليمة إبراهيم الأنصاري بالمقعد المخصص": ب + the article on a word with an ordinary adjective after it opens a
    // phrase; not "بالحاج" nor the Emirati "أحمد بالهول الفلاسي", family names)
    if (t.norm.startsWith('بال') && !belStem(doc, t.norm) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && toks[to + 1]?.kind === 'word' && !lineBreakBefore(doc, to + 1) && toks[to + 1].norm.startsWith('ال') && (isCommonAnyReading(toks[to + 1].norm) || isMostlyWord(toks[to + 1].norm)) && !isNameLike(toks[to + 1].norm)) break;
    // ("الرئيس تبون بالالتزامات"، "ناجي غورور للأناضول": ب or ك with the article, or لل, on a long word the lists know
    // as an ordinary word, a body or a place opens a phrase; "بالحاج"، "بالهول" are short family names)
    if (to > from && /^(بال|كال|لل)/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm)) {
      const stem = t.norm.slice(t.norm.startsWith('لل') ? 2 : 3);
      // (or a plural in يين/يون: "جابر للصحافيين")
      // ("سعر عادل للحليب": a short one after لل too)
      if ((stem.length >= 5 || (t.norm.startsWith('لل') && stem.length >= 3 && isCommonAnyReading('ال' + stem))) && (isCommonAnyReading(stem) || isMostlyWord(stem) || isCommonAnyReading('ال' + stem) || (stem.length >= 6 && /(يين|يون)$/.test(stem)) || !!doc.res.orgs.getNormalized('ال' + stem) || !!doc.res.places.getNormalized('ال' + stem))) break;
    }
    // "نور الهدى جاسم الكعبي"، "سيف الدين"، "نصر الله": the second half of a compound first name.
    if ((doc.res.firstNames.has(toks[to - 1].norm) || (to - 1 === from && compoundFirstName(doc, from))) && COMPOUND_SECOND.has(t.norm) && doc.claimed[to] === Claim.Free && doc.res.places.matchAt(toks, to - 1, true)?.to !== to + 1) {
      to++;
      words++;
      continue;
    }
    // ("فهد ضيف الله العنزي"، "محمد عطا الله": a word and الله make one name, "the guest of God", whatever the word)
    // ("آدم نور حسب الله": حسب, "according to" elsewhere, makes such a name too)
    if (to > from && toks[to + 1]?.norm === 'الله' && !lineBreakBefore(doc, to + 1) && t.norm.length >= 2 && (!isFunctionWord(t.norm) || t.norm === 'حسب') && !/^[وف]/.test(t.norm) && doc.claimed[to] === Claim.Free && doc.claimed[to + 1] === Claim.Free) {
      to += 2;
      words += 2;
      continue;
    }
    // "صابر جمعة غارقًا": a word with the tanween of the accusative is no name.
    if (hasTanween(doc, to)) break;
    // ("افتتحت بني مصطفى حضانة مجتمعية": an indefinite word in ة with an indefinite relational adjective in ية after it
    // is a noun and its adjective, no family name; "أحمد شحاتة" alone stays)
    if (to > from && nounWithAdjective(doc, to)) break;
    // "سعيد ذو الفقار حمدي": ذو / ذي of a compound name (ذو الفقار، ذو النون، ذو الكفل) is no relative pronoun.
    if ((t.norm === 'ذو' || t.norm === 'ذي') && toks[to + 1] && !lineBreakBefore(doc, to + 1) && DHU_NAMES.has(toks[to + 1].norm)) {
      to += 2;
      words += 2;
      continue;
    }
    // "الناقد هشام القاضي، ..."، "جيمس ويتفيلد أن ...": right after a first name, a family name that is also a title
    // (القاضي، الوزير) or that only looks like a verb no lexicon knows (و + يتفيلد، و + يبر), where the name ends.
    // ("عبده ناجي القاضي.": also after a father's name, a listed first name)
    const afterFather = to === from + 2 && doc.res.firstNames.has(toks[from + 1].norm) && TITLE_SURNAMES.has(t.norm) && /^ال/.test(t.norm);
    if ((to === from + 1 || afterFather) && doc.res.firstNames.has(toks[from].norm) && doc.claimed[to] === Claim.Free && endsHere(doc, to + 1)) {
      const titleSurname = TITLE_SURNAMES.has(t.norm) || (t.norm === 'والي' && isNameWord(doc, to));
      const verbLike = !afterFather && ((t.norm.length >= 5 && looksLikeVerb(t.norm, true)) || (t.norm.length === 4 && /^و[يت][^اوي]/.test(t.norm) && !doc.res.firstNames.has(t.norm.slice(1)) && !doc.res.ambiguousFirstNames.has(t.norm.slice(1)))) && !isCommonAnyReading(t.norm) && !isMostlyWord(t.norm) && !isCommonAnyReading(t.norm.slice(1)) && !isFunctionWord(t.norm);
      if (titleSurname || verbLike) {
        to++;
        words++;
        break;
      }
    }
    // ("محمد علي يلدز، صاحب مخبز … وأضاف يلدز": a family name that looks like a present verb, used alone elsewhere as
    // the one who speaks, where the name ends)
    if (to > from && doc.claimed[to] === Claim.Free && (doc.res.firstNames.has(toks[to - 1].norm) || doc.res.ambiguousFirstNames.has(toks[to - 1].norm)) && /^[يت]/.test(t.norm) && t.norm.length >= 4 && looksLikeVerb(t.norm) && !isFunctionWord(t.norm) && endsHere(doc, to + 1) && reportedAlone(doc, to)) {
      to++;
      words++;
      break;
    }
    // "محمود عبد الحميد السيد الشرقاوي": السيد inside an Egyptian chain of names (a grandfather's name), after two
    // name words and before another.
    if (t.norm === 'السيد' && to - from >= 2 && toks[to + 1] && !lineBreakBefore(doc, to + 1) && doc.claimed[to + 1] === Claim.Free && isNameWord(doc, to + 1) && !isFunctionWord(toks[to + 1].norm) && !doc.res.titles.matchAt(toks, to + 1, false)) {
      to++;
      words++;
      continue;
    }
    // "محمد الأمين بلعيد"، "محمد المختار ولد …": الأمين after a first name is the second half of a compound name
    // (Algeria, Mauritania, Sudan) when a name word follows, not the secretary's title ("الأمين العام").
    if ((t.norm === 'الامين' || t.norm === 'المختار') && to > from && doc.res.firstNames.has(toks[to - 1].norm) && toks[to + 1] && !lineBreakBefore(doc, to + 1) && doc.claimed[to + 1] === Claim.Free && !/^العام/.test(toks[to + 1].norm) && isNameWord(doc, to + 1) && !doc.res.titles.matchAt(toks, to + 1, false)) {
      to += 2;
      words += 2;
      continue;
    }
    // "كمال الشيخ إبراهيم": الشيخ inside a family name, when a first name follows it.
    // ("أحمد الحاج صالح": so الحاج, before a first name that may be a word too)
    if ((t.norm === 'الشيخ' || t.norm === 'الحاج') && toks[to + 1] && !lineBreakBefore(doc, to + 1) && doc.claimed[to + 1] === Claim.Free && (doc.res.firstNames.has(toks[to + 1].norm) || (t.norm === 'الحاج' && doc.res.ambiguousFirstNames.has(toks[to + 1].norm)))) {
      to += 2;
      words += 2;
      continue;
    }
    // ("استقبل رئيس الوزراء شهباز شريف سعادة حمد عبيد الزعابي": an honorific of address after a name of two words or
    // more, with a name after it, opens the next person; "أنطون سعادة" at the name's end stays a family name)
    if (to >= from + 2 && !/^ال/.test(t.norm) && t.norm.length >= 3 && doc.res.titles.matchAt(toks, to, false)?.value.category === 'honorific') {
      const h = doc.res.titles.matchAt(toks, to, false)!.to;
      if (toks[h] && !lineBreakBefore(doc, h) && doc.claimed[h] === Claim.Free && isNameWord(doc, h) && !isFunctionWord(toks[h].norm)) break;
    }
    // ("الأمير سلطان بن خالد سيباشر مهامه": a future verb after the name)
    if (/^س[يتن].{3,}[^ا]$/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm) && !isNameLike(t.norm) && !isCommonWord(t.norm) && !isMostlyWord(t.norm) && (isCommonAnyReading(t.norm.slice(1)) || looksLikeVerb(t.norm.slice(1)))) break;
    // "فالرئيس عون يدرك": a present verb after the name.
    if (/^ي[^ا].{2}$/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm) && !isNameLike(t.norm)) break;
    // ("سبيكة بنت إبراهيم تتوج الفائزات": a present in تت, of the fifth or sixth form, is the verb after the name)
    if (to > from && /^تت.{2,4}$/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm) && !isNameLike(t.norm) && !doc.res.known.matchAt(toks, to, false) && !doc.res.places.matchAt(toks, to, false)) break;
    // ("لا تزال سميرة عيسى تعيش في غرفتين": her present verb in ت, before its preposition)
    if (to > from && /^ت[^ا].{2}$/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm) && !isNameLike(t.norm) && !doc.res.known.matchAt(toks, to, false) && !doc.res.places.matchAt(toks, to, false) && /^(في|من|الي|علي|عن|مع)$/.test(toks[to + 1]?.norm ?? '') && !lineBreakBefore(doc, to + 1)) break;
    // ("… الأردني يعرب القضاة،": a plural title with the article right after the first word, where the name plainly
    // ends, is the family name)
    if (to === from + 1 && /^ال/.test(t.norm) && doc.claimed[to] === Claim.Free && doc.res.titles.matchAt(toks, to, false)?.value.category === 'plural' && isPunct(doc, to + 1, '،,.')) {
      to++;
      break;
    }
    // ("حيث صادق الحاضرون على …": a definite plural in ون, the nominative of a participle, is the verb's subject, no
    // family name)
    if (/^ال.{3,}ون$/.test(t.norm) && !doc.res.firstNames.has(t.norm.slice(2)) && !isNameLike(t.norm) && !doc.res.known.matchAt(toks, to, false)) break;
    // A word already read as something else (an organization, a date) ends the name: "إبراهيم بودربالة هيئة الانتخابات".
    if (doc.claimed[to] !== Claim.Free) break;
    // "صادق مجلس جهة ...": the head of a body is no part of a name (the first word was a verb).
    if (BODY_HEAD_WORDS.has(t.norm)) break;
    // "السلطان هيثم بن طارق المعظم": an epithet of praise follows the name, it is not part of it.
    if (EPITHETS.has(t.norm)) break;
    // "والإقراض"، "وبايدن": a conjunction starts the next item, not the rest of this name.
    // (Not "ون" of "وانغ ون تاو": و and one letter is no conjunction and a word.)
    if (/^و/.test(t.norm) && t.norm.length > 2 && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && !doc.res.particles.has(t.norm)) break;
    // "جعفر الحوراني وإبراهيم المشوخي": و on a first name opens the next person.
    if (/^و/.test(t.norm) && t.norm.length > 3 && doc.res.firstNames.has(t.norm.slice(1)) && !doc.res.firstNames.has(t.norm)) break;
    // ("عاشور وعبد الغفار"، "… وأبو مازن": و on a particle that opens a name, عبد or أبو, opens the next person too.)
    if (/^و(عبد|ابو|ابن)$/.test(t.norm) && toks[to + 1]?.kind === 'word') break;
    // After a bare first name, ordinary words are not a surname ("عائد الإيداع").
    // (A first name that is also a word goes on when an unlisted surname follows it: "أحمد كامل صباغ".)
    // (Also a first name written with the article: "محمد الطيب عثمان".)
    const after2 = toks[to + 2]?.norm ?? '';
    const nameAfter = (strictFirst || firstEnd === from + 2 || doc.res.firstNames.has(toks[from].norm)) && to === firstEnd && (doc.res.ambiguousFirstNames.has(t.norm) || (t.norm.length > 4 && t.norm.startsWith('ال') && (doc.res.firstNames.has(t.norm.slice(2)) || doc.res.ambiguousFirstNames.has(t.norm.slice(2))))) && !!toks[to + 1] && !lineBreakBefore(doc, to + 1) && doc.claimed[to + 1] === Claim.Free && isNameWord(doc, to + 1) && !isCommonAnyReading(toks[to + 1].norm) && (!isMostlyWord(toks[to + 1].norm) || doc.res.firstNames.has(toks[to + 1].norm) || (doc.res.ambiguousFirstNames.has(toks[to + 1].norm) && isPunct(doc, to + 2, '،,.'))) && (endsHere(doc, to + 2) || /^و/.test(after2) || looksLikeVerb(after2, true));
    // "عماد السايح بالقرار … وأشار السايح إلى": a family name that is also an ordinary word, used alone elsewhere as
    // the one who speaks, ends the name.
    const nisbaAt = (k: number): boolean => !!toks[k] && toks[k].kind === 'word' && /^ال.{3,}ي$/.test(toks[k].norm) && !BODY_NISBAS.has(toks[k].norm) && doc.claimed[k] === Claim.Free && !isNationality(doc, k) && !doc.res.places.matchAt(toks, k, false) && !doc.res.titles.matchAt(toks, k, false);
    // (not the first of two family nisbas: "نزهة العلوي الإسماعيلي … وقالت العلوي الإسماعيلي")
    if (to === firstEnd && /^ال/.test(t.norm) && doc.res.firstNames.has(toks[to - 1].norm) && doc.claimed[to] === Claim.Free && !doc.res.titles.matchAt(toks, to, false) && !doc.res.places.matchAt(toks, to, true) && !isNationality(doc, to) && reportedAlone(doc, to) && !(nisbaAt(to) && !lineBreakBefore(doc, to + 1) && nisbaAt(to + 1) && endsHere(doc, to + 2))) {
      to++;
      break;
    }
    // ("ضياء خلف المحمدي": after a listed first name, a first name that is also a word and a family nisba where the
    // name ends)
    const nisbaAfter = to === firstEnd && (doc.res.firstNames.has(toks[to - 1].norm) || (!strictFirst && doc.res.ambiguousFirstNames.has(toks[to - 1].norm))) && doc.res.ambiguousFirstNames.has(t.norm) && !!toks[to + 1] && !lineBreakBefore(doc, to + 1) && /^ال.{3,}ي$/.test(toks[to + 1].norm) && doc.claimed[to + 1] === Claim.Free && !isNationality(doc, to + 1) && !doc.res.places.matchAt(toks, to + 1, false) && !doc.res.titles.matchAt(toks, to + 1, false) && endsHere(doc, to + 2);
    // ("يوسف بلكبير ونادية العلمي": after a first name no list reads otherwise, a family nisba that is also an adjective,
    // where the name ends, is the family name)
    const familyNisba = to === from + 1 && familyNisbaFirst(doc, toks[from].norm) && nisbaAt(to) && endsHere(doc, to + 1);
    if (familyNisba) {
      to++;
      words++;
      break;
    }
    // ("نزهة العلوي الإسماعيلي والية على …": two family nisbas, the name ending after the second)
    if (to === from + 1 && familyNisbaFirst(doc, toks[from].norm) && nisbaAt(to) && !lineBreakBefore(doc, to + 1) && nisbaAt(to + 1) && endsHere(doc, to + 2)) {
      to += 2;
      words += 2;
      break;
    }
    // ("محمد السيد عبد العال": السيد after a first name and before a compound one, عبد and a name of God, is the
    // father's name, no honorific)
    if (to === firstEnd && t.norm === 'السيد' && (doc.res.firstNames.has(toks[to - 1].norm) || doc.res.ambiguousFirstNames.has(toks[to - 1].norm)) && doc.claimed[to] === Claim.Free && !lineBreakBefore(doc, to + 1) && doc.claimed[to + 1] === Claim.Free && (compoundFirstName(doc, to + 1) || (toks[to + 1].norm === 'عبد' && /^ال..+/.test(toks[to + 2]?.norm ?? '') && !lineBreakBefore(doc, to + 2)))) {
      to++;
      words++;
      continue;
    }
    if (strictFirst && to === firstEnd && !nameAfter && !nisbaAfter && (isCommonWord(t.norm) || (isMostlyWord(t.norm) && /^ال/.test(t.norm))) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && !isParticle(doc, to)) break;
    if (isParticle(doc, to - 1) || isParticle(doc, to)) {
      // After a particle anything name-like continues (عبد الرحمن، آل ثاني، بن سلمان).
      if (isParticle(doc, to) && !(toks[to + 1] && toks[to + 1].kind === 'word')) break;
      // ("بن علي": علي written with ي is the name, not the preposition على.)
      // (A particle that is also a function word as written, "فان" of "ماكس فان دير بيرغ", still joins.)
      if (!isFunctionWord(t.norm) || (t.norm === 'علي' && isNameWord(doc, to)) || (isParticle(doc, to) && toks[to + 1]?.kind === 'word' && !isFunctionWord(toks[to + 1].norm))) {
        to++;
        words++;
        // ("آل عامر": the family ends the name; "... آل عامر الحفل" does not go on.)
        if (toks[to - 2].norm === 'ال' && !isParticle(doc, to - 1)) break;
        continue;
      }
      break;
    }
    if (isNationality(doc, to)) {
      // A nisba surname ends a name: "محمد شياع السوداني"; not after a one-word name.
      // (a compound first name counts as the first name: "عبد الحق الزاوي")
      // (and after a listed first name that a role announced: "وزير الإدارة المحلية وليد المصري إن")
      const afterRole = !strictFirst && to === from + 1 && doc.res.firstNames.has(toks[from].norm) && /^ال/.test(t.norm) && /ي$/.test(t.norm) && doc.claimed[to] === Claim.Free;
      if ((words >= 2 || (firstEnd === from + 2 && to === firstEnd) || afterRole) && endsHere(doc, to + 1)) {
        to++;
        words++;
      }
      break;
    }
    // (after a chain with بن, a definite plural of a participle is the verb's object, not a family: "كرّم الأمير فيصل
    // بن بندر الفائزين"، "… المشاركين"، "… المتسابقات")
    if (particlesIn(doc, from, to) > 0 && /^ال(.ا..|م.ا..|مت.{3,4}|م.{3})(ين|ات)$/.test(t.norm) && isCommonAnyReading(t.norm.slice(0, -2))) break;
    if (isNameWord(doc, to)) {
      to++;
      words++;
      continue;
    }
    // "محمد الأمين ولد بلال": a first name that is also a word goes on a name when a particle or a first name follows.
    const after = toks[to + 1];
    // (or a word the corpora know as a name: "محمد الأمين شريفي"; "عون أمام زواره" is a preposition)
    const unknownAfter = !!after && after.kind === 'word' && doc.claimed[to + 1] === Claim.Free && !isFunctionWord(after.norm) && !isCommonAnyReading(after.norm) && !isMostlyWord(after.norm) && after.norm.length >= 3;
    // (the second half of a compound first name with ال, "محمد الأمين"، "محمد المختار", takes any unlisted surname)
    const properAfter = unknownAfter && (isNameLike(after!.norm) || (t.norm.startsWith('ال') && (doc.res.firstNames.has(toks[to - 1].norm) || (to === firstEnd && firstEnd === from + 2))));
    // ("عباس خلف الدراجي": خلف is also "behind", but a surname no lexicon knows follows it and ends the name.)
    if ((doc.res.ambiguousFirstNames.has(t.norm) || nameAfter) && (!isFunctionWord(t.norm) || nameAfter || nisbaAfter) && after && !lineBreakBefore(doc, to + 1) && (isParticle(doc, to + 1) || doc.res.firstNames.has(after.norm) || properAfter || nameAfter || nisbaAfter)) {
      to++;
      words++;
      continue;
    }
    // A title word without the article inside a name ("حسين أمير عبد اللهيان") when the name goes on.
    if (!t.norm.startsWith('ال') && (doc.res.ambiguousFirstNames.has(t.norm) || doc.res.firstNames.has(t.norm)) && doc.res.titles.matchAt(toks, to, false)?.to === to + 1 && toks[to + 1] && !lineBreakBefore(doc, to + 1) && (isNameWord(doc, to + 1) || isParticle(doc, to + 1))) {
      to++;
      words++;
      continue;
    }
    // A last word that is also an ordinary word ("كامل") is a surname after a first name only ("وانغ يي كلمة."
    // ends at يي).
    // (nor a dual or plural of an ordinary word: "حسام الدين فتحي هدفين")
    // (only ين: surnames end in ان and ون, "عدوان"، "شعبان"، "زيتون")
    const inflectedWord = t.norm.length >= 5 && /ين$/.test(t.norm) && isCommonAnyReading(t.norm.slice(0, -2));
    // ("نايف بن مساعد الحربي نائباً": after a chain with بن, a family nisba with the article where the name ends)
    if (particlesIn(doc, from, to) > 0 && /^ال.{3,}ي$/.test(t.norm) && doc.claimed[to] === Claim.Free && !doc.res.titles.matchAt(toks, to, false) && !doc.res.places.matchAt(toks, to, false) && endsHere(doc, to + 1)) {
      to++;
      words++;
      break;
    }
    // (nor a preposition and the article on an ordinary word: "المختار ولد اجاي بالاتفاق"; "بالقاسم" is a name)
    const bare = /^[وف]?(بال|لل|كال)/.test(t.norm) ? t.norm.replace(/^[وف]?(بال|لل|كال)/, '') : '';
    const prepPhrase = bare.length >= 3 && isCommonAnyReading(bare) && !doc.res.firstNames.has(bare) && !doc.res.ambiguousFirstNames.has(bare);
    // (nor, after a chain with بن or ولد, a definite ordinary word that is no nisba: "المختار ولد اجاي الاجتماع")
    const afterChain = particlesIn(doc, from, to) > 0 && /^ال/.test(t.norm) && !/ي$/.test(t.norm) && isCommonAnyReadingToken(t);
    if (isNameWord(doc, to, true) && endsHere(doc, to + 1) && !inflectedWord && !prepPhrase && !afterChain && (!isCommonAnyReadingToken(t) || doc.res.firstNames.has(toks[to - 1].norm) || doc.res.ambiguousFirstNames.has(toks[to - 1].norm) || to - from === 1 || (firstEnd === from + 2 && to === firstEnd))) {
      to++;
      words++;
    }
    break;
  }
  // Never end on a dangling particle.
  // (but «سيدي» after ولد / بنت / منت is the father's name, "حننه ولد سيدي")
  while (to - 1 > from && isParticle(doc, to - 1) && !isParticleEnd(doc, to - 1) && !(toks[to - 1].norm === 'سيدي' && to - 2 > from && SON_OF.test(toks[to - 2].norm))) to--;
  return [from, to];
}

/** Token i is a hyphen glued to name words on both sides ("نكويتا-سلامي"). */
export function isJoiningHyphen(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  const next = doc.tokens[i + 1];
  const prev = doc.tokens[i - 1];
  return !!t && !!next && !!prev && t.kind === 'punct' && /^[-‐‑]$/.test(t.norm) && !t.spaceBefore && !next.spaceBefore && next.kind === 'word' && prev.kind === 'word';
}

function particlesIn(doc: Doc, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (isParticle(doc, k)) n++;
  return n;
}

/** A particle like "ال" cannot end a name; "عبد" alone neither. */
function isParticleEnd(doc: Doc, i: number): boolean {
  const n = doc.tokens[i]?.norm;
  return n === 'ال' || n === 'عبد' || n === 'بن' || n === 'ابن' || n === 'ابو' || n === 'بنت';
}

/** Titles in the accusative of appointment, single and dual: "عيّن فلانا وزيرا للداخلية"، "… عضوين في الهيئة". */
export const APPOINTED_TITLE = /^(وزيرا|وزيره|محافظا|سفيرا|سفيره|رييسا|رييسه|مديرا|مديره|امينا|امينه|نايبا|نايبه|قنصلا|مستشارا|مستشاره|واليا|واليه|قايدا|قايمقاما|قايممقاما|عمده|عضوا|عضوه|وكيلا|وكيله|مساعدا|مساعده|مندوبا|ممثلا|ممثله|عضوين|مستشارين|نايبين|وكيلين|مساعدين|سفيرين|مديرين|عضوتين|عميدا|عميده|مفوضا|مفوضه|حاكما)$/;

/** APPOINTED_TITLE.test(t.norm), once per word (endsHere asks it of every word after a name). */
const isAppointedTitle = wordTest(APPOINTED_TITLE);

/** A name may end before token i: a break, punctuation, a function word, or the end. */
export function endsHere(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t || lineBreakBefore(doc, i) || t.kind === 'punct' || t.kind === 'number') return true;
  // ("… الحربي نائباً لوزير الصحة"، "… السويدي عضوين في مجلس الإدارة": a title in the accusative of appointment)
  if (isAppointedTitle(t)) return true;
  // ("وزير الداخلية أنس خطاب اتصالاً هاتفياً": a word with the tanween of the accusative is the verb's object, no name)
  if (t.kind === 'word' && hasTanween(doc, i)) return true;
  // ("… مفتاح الصغير لبحث تنسيق الخدمات": ل on a verbal noun opens the purpose of the sentence)
  if (/^ل[^ال]/.test(t.norm) && t.norm.length >= 4 && isCommonWord(t.norm.slice(1)) && !doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(doc.tokens, i, true)) return true;
  // ("… الشهري لـ«بوابة السوق»": a preposition written apart with a tatweel)
  if (/^[لبك]$/.test(t.norm) && doc.text.charCodeAt(t.end - 1) === 0x0640) return true;
  // ("… متعب الحربي ويسدد"، "… فيسدد": و or ف on a present verb of four letters or one the lexicon knows opens the next
  // clause; "ويتكوف" is a family name)
  if (t.kind === 'word' && t.norm.length >= 5 && /^[وف][يت][^ا]/.test(t.norm) && looksLikeVerb(t.norm.slice(1)) && (t.norm.length === 5 || isCommonAnyReading(t.norm) || isCommonAnyReading(t.norm.slice(1))) && !doc.res.firstNames.has(t.norm)) return true;
  // ("… نضال مصاروة صباح الأحد": a part of the day before a weekday or a day word says when)
  if (t.kind === 'word' && /^(صباح|مساء|ظهر|فجر|عصر|ليل|ليله|ظهيره|صبيحه)$/.test(t.norm) && /^(ال)?(سبت|احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|امس|اليوم|الباكر)$/.test(doc.tokens[i + 1]?.norm ?? '')) return true;
  // ("… ليلى الحربي والممثل …": و on a definite ordinary word opens the next noun, where no name goes on)
  if (t.kind === 'word' && /^وال.{3,}/.test(t.norm) && isCommonWord(t.norm.slice(1)) && !doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(doc.tokens, i, true)) return true;
  // (a plural of relation, "الاشتراكيين"، "الفلسطينيون", is no family name: the sentence goes on)
  return isFunctionWord(t.norm) || doc.res.titles.matchAt(doc.tokens, i, true) !== null || pluralNisba(t.norm);
}

/** A definite plural of a relational adjective ("الاشتراكيين"): never a name word. */
const PLURAL_NISBA = /^[وفبلك]?ال.{3,}(يين|يون)$/;
function pluralNisba(n: string): boolean {
  return n.length >= 8 && (n.endsWith('يين') || n.endsWith('يون')) && PLURAL_NISBA.test(n);
}

/**
 * The name that ends right before token `end` (exclusive), scanning backwards: "كريستالينا جورجيفا"
 * in "رحبت كريستالينا جورجيفا، مديرة". A leftmost word that looks like a verb is dropped.
 */
/** Verbs of saying that a speaker's name follows: "وقال علي حسين، …"، "ويقول علي …". */
const SAID_BEFORE_NAME = /^(و|ف)?(قال|قالت|يقول|تقول|اضاف|اضافت|يضيف|تضيف|اوضح|اوضحت|يوضح|توضح|اكد|اكدت|يوكد|توكد|افاد|افادت|ذكر|ذكرت|صرح|صرحت|اشار|اشارت|كشف|كشفت|روي|يروي|تابع|يتابع)$/;

/** «علي» at k written with ي, after a verb of saying or a break: the first name, not «على». */
function aliAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.norm !== 'علي' || doc.text.charCodeAt(t.end - 1) !== 0x064a) return false;
  return k === 0 || lineBreakBefore(doc, k) || doc.tokens[k - 1].kind === 'punct' || SAID_BEFORE_NAME.test(doc.tokens[k - 1].norm);
}

export function nameBackward(doc: Doc, end: number, maxWords = 4): [number, number] | null {
  const toks = doc.tokens;
  let from = end;
  let words = 0;
  while (from - 1 >= 0 && words < maxWords) {
    const i = from - 1;
    const t = toks[i];
    if (from < end && i >= 1 && isJoiningHyphen(doc, i)) {
      from = i - 1;
      words++;
      continue;
    }
    if (t.kind !== 'word') break;
    if (from < end && lineBreakBefore(doc, from)) break;
    // A nationality before a name describes it ("المدرب السويسري مارسيل كولر"); nisbas end names, never open them.
    if (isNationality(doc, i)) break;
    // (A Chinese or Korean family name that is also a little word opens the name before a foreign given name:
    // "لاي تشينغ ته"، "لين تشيا لونغ"، "لي تشيانغ".)
    const cjk = words > 0 && EAST_ASIAN_SURNAMES.has(t.norm) && !doc.res.firstNames.has(toks[i + 1].norm) && !isCommonAnyReading(toks[i + 1].norm);
    // (a word with the article after «عبد» is the second half of a first name, whatever else it may mean: "عبد السلام
    // أحيزون"، "حيدر عبد الأمير الساعدي")
    const afterAbd = words > 0 && i >= 1 && t.norm.startsWith('ال') && t.norm.length >= 4 && /^[وفبلك]?عبد$/.test(toks[i - 1].norm) && !lineBreakBefore(doc, i);
    // ("أحمد بهي الدين، رئيس …": the word before الدين is the first half of a compound name)
    const compoundHalf = words > 0 && toks[i + 1]?.norm === 'الدين' && (!isFunctionWord(t.norm) || /^[بلك]ه[يو]$/.test(t.norm)) && !/^[وفبلك]?ال/.test(t.norm) && !NOT_COMPOUND_FIRST.test(t.norm) && !isNationality(doc, i) && !doc.res.titles.matchAt(toks, i, false);
    // ("وقال علي حسين، رئيس …": «علي» written with ي, after a verb of saying or a break, is the first name, not «على»)
    const ali = words > 0 && aliAt(doc, i);
    const ok = isNameWord(doc, i) || isParticle(doc, i) || (words === 0 && isNameWord(doc, i, true) && !isFunctionWord(t.norm)) || (words > 0 && doc.res.ambiguousFirstNames.has(t.norm)) || cjk || afterAbd || compoundHalf || ali;
    if (!ok) break;
    from = i;
    // (Particles join the words of a name and do not count: "سلمان بن عبدالعزيز آل سعود".)
    if (!isParticle(doc, i)) words++;
    // (و on a first name opens this name and joins it to the one before: "إدريس الأزمي الإدريسي وعبدالله بوانو، رئيس …")
    // (not after the Amazigh آيت, whose family name it is: "الحسين آيت وعزيز، المدير …")
    if (/^و/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm) && (doc.res.firstNames.has(t.norm.slice(1)) || /^و(عبد|ابو)$/.test(t.norm)) && !(i > 0 && toks[i - 1].norm === 'ايت' && !lineBreakBefore(doc, i))) break;
    if (doc.res.firstNames.has(t.norm) || (words > 1 && doc.res.ambiguousFirstNames.has(t.norm))) {
      // A first name is the likely start; keep going only over a particle chain (عبد الله) or an
      // earlier first name ("أشرف صبحي": both are first names, the name starts at the first).
      const prev = toks[i - 1];
      const prevFirst = prev && prev.kind === 'word' && !lineBreakBefore(doc, i) && (((doc.res.firstNames.has(prev.norm) || doc.res.ambiguousFirstNames.has(prev.norm)) && !isFunctionWord(prev.norm)) || aliAt(doc, i - 1));
      // (a last name that is also a first name, after a foreign given name no list holds: "جيتاتشو رضا")
      const foreignGiven = words === 1 && !!prev && prev.kind === 'word' && !lineBreakBefore(doc, i) && doc.claimed[i - 1] === Claim.Free && prev.norm.length >= 4 && !/^[وفبلك]?ال/.test(prev.norm) && !isCommonAnyReading(prev.norm) && !isMostlyWord(prev.norm) && !isFunctionWord(prev.norm) && !looksLikeVerb(prev.norm) && isNameWord(doc, i - 1) && !isNationality(doc, i - 1);
      // (or over بنت / ابن / ولد / منت, or the Amazigh آيت: "نوف بنت عبدالله الحارثي، رئيسة …"، "لحسن أيت عدي، رئيس …")
      // (or over a compound first name, «عبد» and a definite word or a word and الدين, before a father's name that is
      // also a first name: "عبد الرزاق حمود الشمري، رئيس …"، "حسام الدين منصور، رئيس …")
      // (not one the story uses alone elsewhere as a family name: "التقى عبد العاطي مسعد بولس، كبير مستشاري …" after
      // "وأشار عبد العاطي إلى")
      // (asked last: it may read the whole text)
      const compoundBefore = () => !!prev && words < maxWords && i >= 2 && !lineBreakBefore(doc, i) && !lineBreakBefore(doc, i - 1) && ((/^ال.{2,}/.test(prev.norm) && /^[وف]?عبد$/.test(toks[i - 2].norm)) || (prev.norm === 'الدين' && toks[i - 2].kind === 'word' && !/^[وفبلك]?ال/.test(toks[i - 2].norm) && !isFunctionWord(toks[i - 2].norm))) && !usedAloneElsewhere(doc, i - 2);
      if (!prev || !(prev.norm === 'عبد' || prev.norm === 'ابو' || prev.norm === 'بن' || prev.norm === 'ال' || prev.norm === 'بنت' || prev.norm === 'ابن' || prev.norm === 'ولد' || prev.norm === 'منت' || prev.norm === 'ايت' || prevFirst || foreignGiven || compoundBefore())) break;
    }
  }
  if (words === 0) return null;
  // A clitic-carrying reading of the first word that is a reporting verb or conjunction is not a name.
  // (a verb the corpora know, or one of a strong form: "تشينغ" of "لاي تشينغ ته"، "يوجي" are no verbs)
  if (words >= 2 && looksLikeVerb(toks[from].norm) && !doc.res.firstNames.has(toks[from].norm) && (isCommonAnyReading(toks[from].norm) || looksLikeVerb(toks[from].norm, true))) from++;
  // (not «سيدي» before ولد: a Mauritanian first name, "سيدي ولد التاه، رئيس البنك")
  while (from < end && isParticle(doc, from) && !doc.res.firstNames.has(toks[from].norm) && toks[from].norm !== 'عبد' && toks[from].norm !== 'ابو' && !(toks[from].norm === 'سيدي' && from + 2 < end && SON_OF.test(toks[from + 1].norm))) from++;
  if (from >= end) return null;
  if (end - from === 1 && isCommonWord(toks[from].norm)) return null;
  return [from, end];
}

/**
 * The two words of a compound name at `k` (عبد + a definite word, or a word + الدين) stand alone elsewhere in the text,
 * with no first name before them and no name word after: a family name the story uses for someone ("وأشار عبد العاطي إلى").
 */
function usedAloneElsewhere(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const a = toks[k].norm.replace(/^[وف](?=عبد$)/, '');
  const b = toks[k + 1].norm;
  for (let j = 0; j + 1 < toks.length; j++) {
    if (j === k || toks[j + 1].norm !== b || toks[j].norm.replace(/^[وف](?=عبد$)/, '') !== a) continue;
    const prev = j > 0 && !lineBreakBefore(doc, j) ? toks[j - 1] : undefined;
    if (prev && prev.kind === 'word' && (doc.res.firstNames.has(prev.norm) || doc.res.ambiguousFirstNames.has(prev.norm))) continue;
    const next = toks[j + 2] && !lineBreakBefore(doc, j + 2) ? toks[j + 2] : undefined;
    if (!next || next.kind !== 'word' || isFunctionWord(next.norm)) return true;
  }
  return false;
}

/** Future and derived-stem present verbs (سيعود، يستضيف، تتواصل، ينسحب): never names. */
const STRONG_VERB = /^(و|ف|ل)?(س)?(يست|تست|يت|تت|ين|تن)[^ا]/;
const FUTURE_VERB = /^(و|ف)?س[يتن]/;
const FOREIGN_SURNAME_END = /(وف|يف|وفا|يفا|سكي|سكايا|نكو|فيتش|يتش|يفيتش|شوك|تشوك|ينكو)$/;

/**
 * Past (فعلت، رحبت) and present (يقول، تؤكد) verb shapes that often open a VSO sentence. `strong`:
 * only shapes that names almost never have (future س, derived-stem prefixes), for use inside names.
 */
export function looksLikeVerb(norm: string, strong = false): boolean {
  if (strong) {
    // Slavic family names are no verbs, whatever their first letters ("سينيغوبوف"، "تيموشينكو").
    // (but "سيستضيف" is س + "يستضيف", a verb the corpora know)
    if (norm.length >= 7 && FOREIGN_SURNAME_END.test(norm) && !isCommonAnyReading(norm.replace(/^(و|ف|ل)?س(?=[يتن])/, ''))) return false;
    if (norm.length >= 5 && STRONG_VERB.test(norm)) return true;
    // Dual and plural present verbs: "يبحثان"، "يطالبون".
    if (norm.length >= 5 && /^(و|ف)?(س)?[يت][^ا].{1,4}(ان|ون)$/.test(norm)) return true;
    // Future: س + a present verb the corpora know ("سيعود" = س + "يعود").
    const m = FUTURE_VERB.exec(norm);
    return !!m && norm.length >= 5 && isCommonWord(norm.slice(m[0].length - 1));
  }
  if (norm.length < 3 || norm.length > 7) return false;
  if (/^[وف]?[يت][^ا]/.test(norm) && norm.length >= 4) return true;
  if (/^[وف]?[^ا]{2,4}ت$/.test(norm)) return true;
  if (/^[وف]?(ا|ان|است)/.test(norm) && /ت$/.test(norm)) return true;
  return false;
}

/** Normalised words of a name span with the proclitics of its first word removed by `skip`. */
export function nameWords(doc: Doc, from: number, to: number, skip: number): string[] {
  const out: string[] = [];
  for (let i = from; i < to; i++) {
    const t = doc.tokens[i];
    out.push(i === from && skip ? t.norm.slice(skip) : t.norm);
  }
  return out;
}

/** "بالحاج"، "بلقاسم": بل/بال + a first name (or حاج), one word: a Maghrebi family name. */
export function belStem(doc: Doc, n: string): boolean {
  const m = /^(بال|بل)(.{3,})$/.exec(n);
  return !!m && (doc.res.firstNames.has(m[2]) || m[2] === 'حاج');
}

/** Such a family name at k, right after a first name on the same line ("منير بالحاج"، "ونوري بالحاج"). */
export function belNameAfterFirst(doc: Doc, k: number): boolean {
  return k > 0 && !lineBreakBefore(doc, k) && belStem(doc, doc.tokens[k]?.norm ?? '') && doc.res.firstNames.has(doc.tokens[k - 1].norm.replace(/^و/, ''));
}

/** "بلعربي"، "بلحاج"، "بلقاسم": بل + a first name or a nisba, one word (a Maghrebi family name). */
function belFamily(doc: Doc, n: string): boolean {
  if (!n.startsWith('بل') || n.length < 5) return false;
  const rest = n.slice(2);
  return doc.res.firstNames.has(rest) || (rest.length >= 4 && /ي$/.test(rest) && !isFunctionWord(rest));
}

/**
 * "مراد بلعيد"، "بلخادم": بل + a word, where ل + that word is no word of its own and no place; ب and ل never stack
 * as proclitics, so the word is a Maghrebi Bel- family name, not ب + ل + a noun.
 */
function belUnstacked(doc: Doc, k: number): boolean {
  const n = doc.tokens[k].norm;
  if (!/^بل[^ا]/.test(n) || n.length < 5) return false;
  const rest = n.slice(1);
  return !isCommonWord(rest) && !isMostlyWord(rest) && !isFunctionWord(rest) && !doc.res.firstNames.has(rest) && !doc.res.places.matchAt(doc.tokens, k, true) && !doc.res.orgs.matchAt(doc.tokens, k, true) && !doc.res.known.matchAt(doc.tokens, k, true);
}

/** The skip (proclitic length) for the first word of a name: و/ف/ب/ل/ك split off when the rest is a name. */
export function nameSkip(doc: Doc, i: number): number {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'word') return 0;
  const n = t.norm;
  if (doc.res.firstNames.has(n) || doc.res.known.matchAt(doc.tokens, i, false)) return 0;
  // (a name that looks like a clitic and a name, "لحسن", when the name is read in apposition to a role)
  if (doc.res.ambiguousFirstNames.has(n) && /^[لب]/.test(n)) return 0;
  // ("وعبد الوافي لفتيت"، "وأبو مازن": the first half of a compound name, behind و or ف)
  if (/^[وف](عبد|ابو)$/.test(n) && doc.tokens[i + 1]?.kind === 'word') return 1;
  for (const a of tokenAnalyses(t, 3)) {
    if (a.skip === 0 || a.stem.startsWith('ال') && a.clitic.endsWith('ل')) continue;
    // ("لافي شلبي": ل before a plain alef is the name's own letter; ل + a name in hamza is written "لأحمد")
    if (/[لب]$/.test(a.clitic) && doc.text.charCodeAt(t.start + a.skip) === 0x0627 && !isCommonAnyReading(n)) continue;
    if (doc.res.firstNames.has(a.stem) || doc.res.known.getNormalized(a.stem)) return a.skip;
  }
  return 0;
}

/** A country, capital or continent name, or a nationality adjective (with proclitics): never a name word. */
export function isCountryLike(doc: Doc, i: number): boolean {
  const p = doc.res.places.matchAt(doc.tokens, i, true, 3);
  if (p && p.to === i + 1 && (p.value.kind === 'country' || p.value.kind === 'capital' || p.value.kind === 'continent')) return true;
  const nat = doc.res.nationalities.matchAt(doc.tokens, i, true, 3);
  return !!nat && nat.to === i + 1 && nat.clitic !== '';
}

/** "عن عمر ناهز 78 عاما"، "عن عمر يناهز": عمر is the age here, not the name Omar. */
export function isAgeWord(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || !/^(و|ف|ب)?عمر$/.test(t.norm) || !toks[i + 1]) return false;
  return /^(ناهز|يناهز|يقارب|قارب|تجاوز|يتجاوز|يزيد|بلغ|يبلغ)$/.test(toks[i + 1].norm) || toks[i + 1].kind === 'number';
}

/** Per text: the words written right after a reporting verb ("وأشار السايح إلى"), as the one who speaks. */
const spokenCache = new WeakMap<Doc, Set<string>>();
const SPOKE_BEFORE = /^(و|ف)?(قال|قالت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|اشار|اشارت|صرح|صرحت|كشف|كشفت|افاد|افادت|تابع|تابعت|شدد|شددت|اعتبر|اعتبرت|لفت|لفتت|اعلن|اعلنت|ذكر|ذكرت)$/;

/** The words the text writes right after a reporting verb, as the one who speaks ("وأشار السايح إلى"): made once per text. */
/** SPOKE_BEFORE.test(norm), once per word. */
export const spokeBefore = wordTest(SPOKE_BEFORE);

export function spokenWords(doc: Doc): Set<string> {
  let spoken = spokenCache.get(doc);
  if (!spoken) {
    spoken = new Set();
    const toks = doc.tokens;
    for (let j = 1; j < toks.length; j++) {
      if (toks[j].kind !== 'word' || lineBreakBefore(doc, j) || !spokeBefore(toks[j - 1])) continue;
      if (toks[j].norm.length >= 3 && !isFunctionWord(toks[j].norm) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.res.firstNames.has(toks[j + 1].norm))) spoken.add(toks[j].norm);
    }
    spokenCache.set(doc, spoken);
  }
  return spoken;
}

/**
 * The word at k (a family name that is also an ordinary word, "السايح") is used alone elsewhere in the text as the
 * one who speaks, a reporting verb just before it and no first name after it: it names the person.
 */
export function reportedAlone(doc: Doc, k: number): boolean {
  return spokenWords(doc).has(doc.tokens[k].norm);
}
