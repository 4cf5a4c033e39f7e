/**
 * What ordinary Arabic words look like, so names can be told from them: a hand list of function
 * words and reporting verbs, plus the common words counted on the training corpora
 * (data/lexicon.json, built by scripts/build-lexicon.ts).
 */
import lexicon from './data/lexicon.json';
import { normalizeWord } from './normalize.ts';
import { analyses, tokenAnalyses, type Token } from './tokenize.ts';

/** Function words: prepositions, conjunctions, particles, pronouns, demonstratives, relatives. */
const FUNCTION_WORDS = `
في من الى إلى على عن مع بين حول خلال عند لدى منذ حتى بعد قبل ضد نحو عبر دون بدون تحت فوق أمام وراء خلف لدي
و ف ثم او أو أم بل لكن لكن لكنه ان أن إن إنه انه أنه أنها إنها لأن كي لكي حيث إذ اذ إذا اذا لو لولا كما مثل
لا لم لن ما ماذا متى أين كيف هل قد لقد سوف سيتم تم يتم كان كانت يكون تكون ليس ليست
هو هي هم هما هن أنا نحن أنت انت هذا هذه ذلك تلك هؤلاء اولئك أولئك الذي التي الذين اللذين اللتين اللواتي اللاتي
كل بعض جميع غير سوى أي اي أحد احد إحدى احدى عدة عدد أكثر اكثر أقل اقل أيضا ايضا أيضاً فقط جدا
وقال وقالت قال قالت يقول تقول أكد اكد وأكد أكدت أضاف اضاف وأضاف أضافت أوضح وأوضح أوضحت أشار وأشار أشارت
أعلن اعلن وأعلن أعلنت ذكر وذكر ذكرت تابع وتابع تابعت بحث وبحث بحثت التقى والتقى التقت استقبل واستقبل استقبلت
رحب ورحب رحبت دعا ودعا دعت شدد وشدد شددت أعرب وأعرب أعربت نقل ونقل نقلت اعتبر واعتبر اعتبرت لفت ولفت لفتت
يذكر يشار وفق وفقا بحسب حسب لصالح إثر اثر عقب أثناء اثناء طوال ازاء إزاء تجاه بشأن حيال عقب جراء بسبب
قائلا قائلة مشيرا مشيرة مؤكدا مؤكدة لافتا لافتة مضيفا مضيفة داعيا داعية معربا معربة متحدثا موضحا
اليوم أمس امس غدا غداً الآن حاليا بينما فيما بينهما
`;

/** One lookup per word: which lists hold it (the rules ask about every token several times). */
const FUNCTION = 1;
const COMMON = 2;
const NAME_LIKE = 4;
const MOSTLY_WORD = 8;
const flags = new Map<string, number>();
const mark = (w: string, f: number) => flags.set(w, (flags.get(w) ?? 0) | f);
for (const w of FUNCTION_WORDS.split(/\s+/)) if (w) mark(normalizeWord(w), FUNCTION);
for (const w of lexicon.common) mark(w, COMMON);
for (const w of lexicon.nameLike) mark(w, NAME_LIKE);
for (const w of lexicon.mostlyWord) mark(w, MOSTLY_WORD);

/** isFunctionWord's answer, kept in a word's cache entry once known: KNOWN_FN, and FUNCTION_ANY when yes. */
const KNOWN_FN = 16;
const FUNCTION_ANY = 32;

/**
 * The rules ask about the same words again and again (every token, several times), and `flags` is a
 * Map of some 35,000 words whose lookups miss the CPU caches. A small direct-mapped cache in front:
 * slot = FNV-1a of the word's code units, holding the word and its flags (plus isFunctionWord's answer).
 * A slot holds one word at a time (the last asked), so it never grows; the answer is the same.
 */
const CACHE_SIZE = 2048;
const cacheWord: Array<string | undefined> = new Array<string | undefined>(CACHE_SIZE).fill(undefined);
const cacheFlags = new Int32Array(CACHE_SIZE);

function slotOf(norm: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < norm.length; i++) h = Math.imul(h ^ norm.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> 15)) & (CACHE_SIZE - 1);
}

/** flags.get(norm) ?? 0, through the cache (with whatever else the slot knows). */
function entry(norm: string, slot: number): number {
  if (cacheWord[slot] === norm) return cacheFlags[slot];
  const f = flags.get(norm) ?? 0;
  cacheWord[slot] = norm;
  cacheFlags[slot] = f;
  return f;
}

function flagsOf(norm: string): number {
  return entry(norm, slotOf(norm)) & 15;
}

/**
 * A word that the corpora use mostly as an ordinary word or inside longer names, rarely as a whole
 * name by itself (العربية، المتوسط، القائم): a one-word dictionary hit on it needs context.
 */
export function isMostlyWord(norm: string): boolean {
  return (flagsOf(norm) & (MOSTLY_WORD | COMMON | FUNCTION)) !== 0;
}

/** A function word or reporting verb (as written, or after proclitics). */
export function isFunctionWord(norm: string): boolean {
  const slot = slotOf(norm);
  const e = entry(norm, slot);
  if (e & KNOWN_FN) return (e & FUNCTION_ANY) !== 0;
  let yes = (e & FUNCTION) !== 0;
  if (!yes) {
    const an = analyses(norm, 2);
    for (let k = 1; k < an.length && !yes; k++) if (an[k].skip > 0 && (flagsOf(an[k].stem) & FUNCTION) !== 0) yes = true;
  }
  // (The stems' lookups may have taken this slot: the word and its flags go back in with the answer.)
  cacheWord[slot] = norm;
  cacheFlags[slot] = (e & 15) | KNOWN_FN | (yes ? FUNCTION_ANY : 0);
  return yes;
}

/** A word the corpora use as an ordinary word, not inside names (as written or without proclitics). */
export function isCommonWord(norm: string): boolean {
  const f = flagsOf(norm);
  return (f & NAME_LIKE) === 0 && (f & (COMMON | FUNCTION)) !== 0;
}

/** A word the corpora mostly use inside names. */
export function isNameLike(norm: string): boolean {
  return (flagsOf(norm) & NAME_LIKE) !== 0;
}

/** isCommonAnyReading(t.norm), from the readings kept on the token (tokenAnalyses: no lookup in analyses()' cache). */
export function isCommonAnyReadingToken(t: Token): boolean {
  if (isCommonWord(t.norm)) return true;
  const an = tokenAnalyses(t, 3);
  for (let k = 1; k < an.length; k++) if (an[k].skip > 0 && (flagsOf(an[k].stem) & (COMMON | FUNCTION)) !== 0) return true;
  return false;
}

/** Common as written or once its proclitics are split off ("لوقف" → "وقف"). */
export function isCommonAnyReading(norm: string): boolean {
  if (isCommonWord(norm)) return true;
  const an = analyses(norm, 3);
  for (let k = 1; k < an.length; k++) if (an[k].skip > 0 && (flagsOf(an[k].stem) & (COMMON | FUNCTION)) !== 0) return true;
  return false;
}

/**
 * Words of the spoken dialects (Maghrebi, Egyptian, Levantine, Gulf, Iraqi) that name no one: a quote in dialect
 * ("ماشي"، "غادي نتحملو"، "لازم يصلحو الطرقان"، "هيعمل كده") gives the learned tagger strings it may take for names.
 * (Not the ones that are also names: حنا، هانا، هادي، زين، ياسر.)
 */
const DIALECT = new Set(
  [
    'ماشي', 'ماشيين', 'لازم', 'لازمو', 'شوية', 'شويه', 'هالمرة', 'هاد', 'هادو', 'هاذ', 'كاينش', 'كاين', 'كاينة', 'غادي', 'باش',
    'ديال', 'بزاف', 'واش', 'علاش', 'كيفاش', 'دابا', 'مش', 'هيك', 'هلق', 'ليش', 'بدنا', 'عشان', 'علشان', 'دلوقتي', 'كده', 'كدا',
    'ازاي', 'مفيش', 'ماكانش', 'راهم', 'برشا', 'برشة', 'ماهو', 'مافي', 'ماكو', 'هسه', 'شكو', 'شلون', 'اللي', 'احنا', 'نحنا',
    'خوش', 'جذي', 'هيج', 'كيبان', 'كيدير', 'بغيت',
    'كويس', 'كويسة', 'عايز', 'عايزة', 'عايزين', 'ياخد', 'إمتى', 'إيمتى', 'إنو', 'حدا', 'محدش', 'مافيش', 'صرلي', 'بدها',
    'بدهم', 'شو', 'ليه', 'فاين', 'شنو', 'واخا', 'زعما', 'برضه', 'برضو', 'أوي', 'النهارده', 'امبارح', 'دلوقت', 'كتير',
    'منيح', 'هيدا', 'هيدي', 'لسه', 'لسا', 'ده', 'بتاع', 'بتاعت', 'بتوع',
    // (Algerian "is / are" with the pronoun, Maghrebi "now", "why", "when", "where", Sudanese "on foot"; not راهي, a
    // first name)
    'راهو', 'رانا', 'راني', 'راكم', 'راهوم', 'ماكاش', 'توا', 'يزي', 'بصح', 'بالزاف', 'علاه', 'وقتاش', 'فين', 'دروك',
    'ضرك', 'هادوك', 'كداري',
  ].map((w) => normalizeWord(w)),
);

/**
 * How plainly a word marks a spoken dialect: 2 for a word of one (DIALECT), 1 for a shape its verbs and contractions
 * take that Modern Standard Arabic does not, where no list reads the word otherwise (the Maghreb's present in كن/كي
 * with a plural in و, "كنخدمو"، "كيجرو"; the Egyptian and Levantine future in ه/ح, "هتخلص"، "هييجي"; the present in
 * ب, "بيرسلوا"، "بيقولولي"; a negation in ما…ش, "ماكاينش"; "هال" and "عال" for "this" and "on the", "هالقماشة"،
 * "عالرئاسة"); 0 otherwise.
 */
export function dialectWeight(norm: string): number {
  if (isDialectWord(norm)) return 2;
  if (norm.length < 4 || isCommonAnyReading(norm) || isNameLike(norm)) return 0;
  if (/^(كن|كي|كت|كا)[^ا].{1,6}و$/.test(norm)) return 1;
  if (/^[هح][يتن].{2,5}$/.test(norm)) return 1;
  if (/^ب[يتن].{2,}(وا|و|ولي|وني|وه|وها)$/.test(norm)) return 1;
  if (/^ما.{2,}ش$/.test(norm)) return 1;
  if (/^(هال|عال).{3,}$/.test(norm)) return 1;
  return 0;
}

/** A word of the spoken dialects that names no one (DIALECT), as written or behind و/ف. */
export function isDialectWord(norm: string): boolean {
  return DIALECT.has(norm) || (/^[وف]/.test(norm) && DIALECT.has(norm.slice(1)));
}
