/**
 * The document as the entity rules see it: tokens with original offsets, sentence boundaries, and
 * which tokens a finding has already claimed. Built chunk by chunk so a huge text can be processed
 * in slices.
 */
import { normalizeChar, normalizeWord, type Normalized } from './normalize.ts';
import type { Resources } from './resources.ts';
import { tokenizeInto, wordTest, type Token } from './tokenize.ts';

export const enum Claim {
  Free = 0,
  Date = 1,
  Org = 2,
  Person = 3,
  Place = 4,
  /** The title of a book, a film or a song in quotes («ليل الفاو»): names inside it name nothing in the story. */
  Work = 5,
  /** The words of a body's organ before the body ("المكتب التنفيذي" للجنة …): no entity of their own. */
  Organ = 6,
  /** A name that is also a common noun, read as the noun ("إثر سيول جارفة"): no entity, and no tagger span over it. */
  Common = 7,
}

export interface Doc {
  text: string;
  published: string | null;
  tokens: Token[];
  /** 1 where a token starts a sentence (after . ؟ ! : or a line break, or at the start). */
  sentenceStart: Uint8Array;
  /** 1 where a line break separates a token from the one before (filled by markSentences). */
  lineBreak?: Uint8Array;
  claimed: Uint8Array;
  res: Resources;
  /** Canonicals of organizations named in two words or more anywhere (orgCanonicals(), on first need). */
  orgCanonicals?: Set<string>;
  /** The known people named in full anywhere, normalised full names (knownFull(), on first need). */
  knownFull?: Set<string>;
  /** The text writes a final ي as ى, as Egyptian print does ("فى"، "على" for Ali): yaAsAlifMaqsura(), on first need. */
  yaAsAlifMaqsura?: boolean;
}

/**
 * The text spells a final ي as ى, as Egyptian papers print it: the preposition "في" written "فى" at least twice. There
 * "على" may be the name Ali ("عبدالله على اليحيا"), which elsewhere only "علي" spells.
 */
export function yaAsAlifMaqsura(doc: Doc): boolean {
  if (doc.yaAsAlifMaqsura !== undefined) return doc.yaAsAlifMaqsura;
  let n = 0;
  for (const t of doc.tokens) if (t.kind === 'word' && t.end - t.start >= 2 && t.norm.endsWith('في') && doc.text.charCodeAt(t.end - 1) === 0x0649 && /^[وف]?في$/.test(t.norm) && ++n >= 2) break;
  return (doc.yaAsAlifMaqsura = n >= 2);
}

/**
 * What the whole document names unambiguously, scanned once and only when a rule first asks (most pages
 * never do): the organizations named in two words or more ...
 */
export function orgCanonicals(doc: Doc): Set<string> {
  if (doc.orgCanonicals) return doc.orgCanonicals;
  const orgs = (doc.orgCanonicals = new Set());
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i].kind !== 'word') continue;
    const o = doc.res.orgs.matchAt(doc.tokens, i, true);
    if (o && o.to - i >= 2) orgs.add(normalizeWord(o.value.canonical));
  }
  return orgs;
}

/** ... and the known people named in full. */
export function knownFull(doc: Doc): Set<string> {
  if (doc.knownFull) return doc.knownFull;
  const known = (doc.knownFull = new Set());
  for (let i = 0; i < doc.tokens.length; i++) {
    if (doc.tokens[i].kind !== 'word') continue;
    const k = doc.res.known.matchAt(doc.tokens, i, true);
    if (k && k.value.full) known.add(normalizeWord(k.value.person.name));
  }
  return known;
}

/** Paragraph-aligned chunks of about `size` characters: [start, end) offsets into text. */
export function chunkText(text: string, size = 4000): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + size);
    if (end < text.length) {
      const para = text.indexOf('\n', end);
      const back = text.lastIndexOf('\n', end);
      if (back > start + size / 4) end = back + 1;
      else if (para !== -1 && para < start + size * 2) end = para + 1;
      else {
        const space = text.lastIndexOf(' ', end);
        if (space > start) end = space + 1;
      }
    }
    out.push([start, end]);
    start = end;
  }
  return out;
}

/** Tokens of text[start, end) with offsets shifted into the whole text, appended to `into`; returns the chunk's normalised copy. */
export function tokenizeChunk(text: string, start: number, end: number, into: Token[]): Normalized {
  return tokenizeInto(text, start, end, into);
}

const SENTENCE_END = new Set(['.', '؟', '?', '!', ':', '؛', ';', '…']);

export function markSentences(text: string, tokens: Token[], lineBreaks?: Uint8Array): Uint8Array {
  const s = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    if (i === 0) {
      s[i] = 1;
      if (lineBreaks) lineBreaks[i] = 1;
      continue;
    }
    const prev = tokens[i - 1];
    const br = hasNewline(text, prev.end, tokens[i].start);
    if (lineBreaks && br) lineBreaks[i] = 1;
    if (br || (prev.kind === 'punct' && SENTENCE_END.has(prev.norm))) s[i] = 1;
  }
  return s;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}

/** Original offset of the character after the first `skip` normalised characters of a token. */
export function offsetAfter(text: string, token: Token, skip: number): number {
  if (skip <= 0) return token.start;
  let taken = 0;
  let i = token.start;
  while (i < token.end && taken < skip) {
    taken += normalizeChar(text[i]).length;
    i++;
  }
  // Marks (tashkeel) attached to the clitic belong to it.
  while (i < token.end && normalizeChar(text[i]) === '') i++;
  return i;
}

/** A token is a word boundary break (punctuation or a sentence start) before index i. */
export function breaksBefore(doc: Doc, i: number): boolean {
  if (i <= 0 || i >= doc.tokens.length) return true;
  return doc.sentenceStart[i] === 1 || doc.tokens[i - 1].kind === 'punct';
}

export function isPunct(doc: Doc, i: number, chars?: string): boolean {
  const t = doc.tokens[i];
  if (!t || t.kind !== 'punct') return false;
  return chars ? chars.includes(t.norm) : true;
}

/** Token k is written with the tanween of the accusative ("غارقًا"، "كلباً"، "أسبوعياً"). */
export function hasTanween(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && (doc.text.charCodeAt(t.end - 1) === 0x064b || doc.text.charCodeAt(t.end - 2) === 0x064b);
}

/** Gap text between tokens i-1 and i contains a line break (paragraph or line boundary). */
export function lineBreakBefore(doc: Doc, i: number): boolean {
  if (i <= 0 || i >= doc.tokens.length) return true;
  if (doc.lineBreak) return doc.lineBreak[i] === 1;
  return hasNewline(doc.text, doc.tokens[i - 1].end, doc.tokens[i].start);
}

/**
 * Nouns of works whose titles follow in quotes: رواية، كتاب، ديوان، فيلم، مسلسل، مسرحية، قصيدة، أغنية ...; and of
 * programmes, campaigns and slogans ("برنامج "البرازيل بلا جوع""، "حملة «تونس تقرأ»"), whose places are no mentions.
 */
const WORK_NOUN = /^(و|ف|ب|ل)?(ال)?(برنامج|حمله|شعار|وسم|روايه|روايات|روايته|رواياته|روايتها|كتاب|كتابه|كتابها|ديوان|ديوانه|دواوين|فيلم|فيلمه|افلام|مسلسل|مسلسله|مسلسلات|مسرحيه|مسرحيته|مسرحيات|قصيده|قصيدته|قصايد|اغنيه|اغنيته|اغاني|البوم|البومه|لوحه|لوحته|قصه|قصته|مجموعته|سفينه|سفينتي|سفن|ناقله|ناقلتي|ناقلات|باخره|بواخر|عباره|مدمره|فرقاطه|يخت|حامله)$/;
/** WORK_NOUN.test(t.norm), once per word. */
const isWorkNoun = wordTest(WORK_NOUN);
const OPENERS = new Map([['«', '»'], ['"', '"'], ['“', '”']]);

/**
 * Claim the words of quoted titles after a noun of works ("روايات عدة أبرزها "ليل الفاو" و"مرايا الكرخ"",
 * "فيلم «القاهرة 30»") or of ships ("السفينة "جالاكسي ليدر""): one to eight words in quotes, within three words of
 * the noun, and the titles joined to them by و or a comma.
 */
export function claimWorkTitles(doc: Doc): void {
  const toks = doc.tokens;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].kind !== 'word' || !isWorkNoun(toks[i])) continue;
    let k = i + 1;
    while (k < toks.length && k <= i + 3 && !OPENERS.has(toks[k].norm) && toks[k].kind === 'word' && !lineBreakBefore(doc, k)) k++;
    while (k < toks.length && OPENERS.has(toks[k].norm) && !lineBreakBefore(doc, k)) {
      const closer = OPENERS.get(toks[k].norm)!;
      let e = k + 1;
      while (e < toks.length && e - k <= 9 && toks[e].norm !== closer && !lineBreakBefore(doc, e) && !/[.!?؟]/.test(toks[e].norm)) e++;
      if (e >= toks.length || toks[e].norm !== closer || e === k + 1) break;
      for (let x = k + 1; x < e; x++) if (doc.claimed[x] === Claim.Free) doc.claimed[x] = Claim.Work;
      // Another title joined by و (written on the quote: و"مرايا الكرخ") or a comma.
      k = e + 1;
      if (toks[k] && (toks[k].norm === 'و' || toks[k].norm === '،' || toks[k].norm === ',')) k++;
    }
  }
  // "«عرس في تازة» للمخرج إدريس أمزيان"، "عن دورها في «ليل وهران»": a quoted title followed by its maker or after a
  // part played in it is a work, whatever noun (or none) announced it.
  for (let k = 0; k < toks.length; k++) {
    const closer = OPENERS.get(toks[k].norm);
    if (!closer || toks[k].kind === 'word') continue;
    let e = k + 1;
    while (e < toks.length && e - k <= 9 && toks[e].norm !== closer && !lineBreakBefore(doc, e) && !/[.!?؟]/.test(toks[e].norm)) e++;
    if (e >= toks.length || toks[e].norm !== closer || e === k + 1) continue;
    const maker = toks[e + 1] && !lineBreakBefore(doc, e + 1) && WORK_MAKER.test(toks[e + 1].norm);
    const part = k >= 2 && toks[k - 1].norm === 'في' && PART_PLAYED.test(toks[k - 2].norm);
    if (maker || part) for (let x = k + 1; x < e; x++) if (doc.claimed[x] === Claim.Free) doc.claimed[x] = Claim.Work;
    k = e;
  }
}

/**
 * Claim the words of loan compounds whose second word is also a first name: "آيس كريم" (ice cream) names no Karim,
 * whatever clitics or article the first word takes ("والآيس كريم"، "بالآيس كريم").
 */
export function claimLoanCompounds(doc: Doc): void {
  const toks = doc.tokens;
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].norm !== 'كريم' || lineBreakBefore(doc, i) || !/^(و|ف|ب|ل)?(ال|لل)?ايس$/.test(toks[i - 1].norm)) continue;
    if (doc.claimed[i - 1] === Claim.Free) doc.claimed[i - 1] = Claim.Common;
    if (doc.claimed[i] === Claim.Free) doc.claimed[i] = Claim.Common;
  }
}

/** "للمخرج"، "للكاتبة"، "للروائي": who made a work, after its quoted title. */
const WORK_MAKER = /^لل(مخرج|مخرجه|مخرجين|كاتب|كاتبه|روايي|رواييه|شاعر|شاعره|مولف|مولفه|فنان|فنانه|مغني|مغنيه|ملحن|مصور|مصوره|رسام|رسامه|نحات)$/;
/** "دوره في «…»"، "بطولتها في": a part played in a work. */
const PART_PLAYED = /^[وب]?(دوره|دورها|ادواره|ادوارها|بطولته|بطولتها|مشاركته|مشاركتها)$/;
