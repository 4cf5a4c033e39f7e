/**
 * Tokenisation over the normalised text, with original offsets and proclitic analyses.
 *
 * A token is a run of letters/digits (a word or a number) or one punctuation mark. Proclitics
 * (و ف، ب ل ك، ال، لل) stay attached in the token; `analyses()` lists the ways to split them off for
 * matching, each with how many normalised characters the clitic takes, so a mention can start right
 * after it and nothing of the original is lost.
 */
import { isArabicLetter, normalize, type Normalized } from './normalize.ts';

export type TokenKind = 'word' | 'number' | 'punct' | 'latin';

export interface Token {
  /** Index of the token in the token list. */
  i: number;
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Offsets in the normalised text. */
  nStart: number;
  nEnd: number;
  /** Normalised form. */
  norm: string;
  kind: TokenKind;
  /** Whitespace-free distance to the previous token is zero (e.g. "ب" + "لافروف" in separate nodes are one token anyway). */
  spaceBefore: boolean;
  /** What the tokens of one word share (see TokenWord); made by tokenWord() when absent. */
  word?: TokenWord;
}

/**
 * What depends on a token's word alone, kept once per distinct word of a token list and shared by its
 * tokens (an article says the same words again and again: 1,178 tokens, 688 distinct words in a typical
 * 1,000-word article): its readings and which phrase indexes it may start are worked out once per word.
 */
export interface TokenWord {
  /** The word (the tokens of one word share this string, so its hash is computed once for every lookup). */
  norm: string;
  /** analyses(norm, minStem) by minStem, filled by tokenAnalyses(). */
  readings: Array<Analysis[] | undefined>;
  /** Which phrase indexes may start a phrase here, valid while startEpoch is current (phrases.ts). */
  startBits: number;
  startEpoch: number;
  /**
   * A rule's answer about the word (memo) and the object it is valid for (memoFor): coreference.ts notes
   * there that none of the word's readings can begin a short form of the article's names.
   */
  memoFor: object | undefined;
  memo: unknown;
  /**
   * officials.ts: whether the word is a first name as written (0) or after a proclitic (its length), or -1; valid
   * for the first-name set in nameFor (-2 when not yet known).
   */
  nameFor: object | undefined;
  nameSkip: number;
  nameDirect: boolean;
  /** wordTest() answers: bit b of flags is test b's answer once bit b of flagsKnown is set. */
  flags: number;
  flagsKnown: number;
  /** The same for the tests given out after the first 31 (bits of flags2, flagsKnown2). */
  flags2: number;
  flagsKnown2: number;
  /** The word's slot in the learned tagger's word cache, valid for the cache generation tagSlotFor (the tagger's SlotHolder). */
  tagSlot: number;
  tagSlotFor: object | undefined;
}

export interface Tokenized {
  original: string;
  normalized: Normalized;
  tokens: Token[];
}

function isWordChar(c: number): boolean {
  return isArabicLetter(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x24f);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function tokenize(original: string): Tokenized {
  const normalized = normalize(original);
  const tokens: Token[] = [];
  scanTokens(original, normalized, tokens, 0);
  return { original, normalized, tokens };
}

/**
 * Tokens of text[start, end), appended to `into` with offsets into the whole text and indices
 * continuing the list (how the engine tokenises an article chunk by chunk). Returns the normalised
 * copy of text[start, end) that the new tokens' nStart/nEnd index.
 */
export function tokenizeInto(text: string, start: number, end: number, into: Token[]): Normalized {
  const part = text.slice(start, end);
  const normalized = normalize(part);
  scanTokens(part, normalized, into, start);
  return normalized;
}

/**
 * The words of the token list last appended to, so that the tokens of one word share their TokenWord
 * and their norm string across the chunks of an article (only the last list is kept): an open-addressing
 * table of indexes into wordList (+1; 0 = empty) by the FNV-1a hash of the word's code units, kept in
 * wordHash. A word seen before is found from the text's code units, without slicing a string for it.
 *
 * The words of earlier lists stay in the table (up to MAX_KEPT_WORDS): articles share most of their
 * words. A word of an earlier list met again gets a TokenWord of its own for the new list (wordGen tells
 * whose it is), made from the earlier one: the same norm string and readings, and what was worked out
 * about the word alone (phrase-start bits, first-name answer; each valid for what it names), so that
 * they are not worked out again; the rules' memo for the article starts empty.
 */
let wordsOfList: Token[] | null = null;
let wordTable = new Int32Array(1024);
let wordHash = new Int32Array(512);
/** The table slot of each word (wordSlot[k] holds word k), so that a reset empties only those slots. */
let wordSlot = new Int32Array(512);
let wordList: TokenWord[] = [];
/** The token list (its number, listGen) whose TokenWord wordList[k] is. */
let wordGen = new Int32Array(512);
let listGen = 0;
/** Words kept from earlier lists: past this, a new list starts an empty table. */
const MAX_KEPT_WORDS = 8192;

function resetWords(): void {
  // Many texts are short (a dateline, a title): empty the slots used rather than make new tables. A table
  // grown for many texts is dropped.
  if (wordTable.length > 4096) {
    wordTable = new Int32Array(1024);
    wordHash = new Int32Array(512);
    wordSlot = new Int32Array(512);
    wordGen = new Int32Array(512);
  } else for (let k = 0; k < wordList.length; k++) wordTable[wordSlot[k]] = 0;
  wordList = [];
}

/** The TokenWord of text[i, j) (hash h), made on first sight. */
function wordAt(text: string, i: number, j: number, h: number): TokenWord {
  const mask = wordTable.length - 1;
  let s = h & mask;
  for (;;) {
    const k = wordTable[s];
    if (k === 0) break;
    if (wordHash[k - 1] === h) {
      const w = wordList[k - 1];
      const norm = w.norm;
      if (norm.length === j - i) {
        let same = true;
        for (let a = 0; a < norm.length; a++) {
          if (norm.charCodeAt(a) !== text.charCodeAt(i + a)) {
            same = false;
            break;
          }
        }
        if (same) return wordGen[k - 1] === listGen ? w : ownWord(k - 1, w);
      }
    }
    s = (s + 1) & mask;
  }
  const w = newWord(text.slice(i, j));
  const n = wordList.length;
  if (n === wordHash.length) {
    const bigger = new Int32Array(2 * n);
    bigger.set(wordHash);
    wordHash = bigger;
    const slots = new Int32Array(2 * n);
    slots.set(wordSlot);
    wordSlot = slots;
    const gens = new Int32Array(2 * n);
    gens.set(wordGen);
    wordGen = gens;
  }
  wordList.push(w);
  wordHash[n] = h;
  wordGen[n] = listGen;
  wordTable[s] = n + 1;
  wordSlot[n] = s;
  // At most half full: double the table and place the words again.
  if (2 * (n + 1) > wordTable.length) {
    wordTable = new Int32Array(2 * wordTable.length);
    const m = wordTable.length - 1;
    for (let k = 0; k <= n; k++) {
      let t = wordHash[k] & m;
      while (wordTable[t] !== 0) t = (t + 1) & m;
      wordTable[t] = k + 1;
      wordSlot[k] = t;
    }
  }
  return w;
}

/** The current list's TokenWord for word k, whose TokenWord w is an earlier list's. */
function ownWord(k: number, w: TokenWord): TokenWord {
  const own: TokenWord = { norm: w.norm, readings: w.readings, startBits: w.startBits, startEpoch: w.startEpoch, memoFor: undefined, memo: undefined, nameFor: w.nameFor, nameSkip: w.nameSkip, nameDirect: w.nameDirect, flags: w.flags, flagsKnown: w.flagsKnown, flags2: w.flags2, flagsKnown2: w.flagsKnown2, tagSlot: w.tagSlot, tagSlotFor: w.tagSlotFor };
  wordList[k] = own;
  wordGen[k] = listGen;
  return own;
}

function newWord(norm: string): TokenWord {
  // (Room for minStem 0 to 3 from the start: the array is not grown, and stays small, when minStem 2 comes first.)
  return { norm, readings: [undefined, undefined, undefined, undefined], startBits: 0, startEpoch: -1, memoFor: undefined, memo: undefined, nameFor: undefined, nameSkip: -2, nameDirect: false, flags: 0, flagsKnown: 0, flags2: 0, flagsKnown2: 0, tagSlot: 0, tagSlotFor: undefined };
}

/** Bits of TokenWord.flags given out by wordTest(). */
let wordTests = 0;

/**
 * re.test(t.norm) for tokens t, answered once per word and kept with its TokenWord (and carried to the
 * word's TokenWord in later texts): the rules test every token of an article against the same patterns,
 * and a regular expression costs more than the two bit operations that read the answer back. For patterns
 * without the g or y flag (their test() keeps no state). Up to 62 such tests (wordTest and wordFlag
 * together) are kept; past that, a test runs every time.
 */
export function wordTest(re: RegExp): (t: Token) => boolean {
  if (re.global || re.sticky) throw new Error(`wordTest: ${re} keeps state between tests`);
  return wordFlag((norm) => re.test(norm));
}

/** wordTest for any test of the norm alone (the same answer for the same word, whatever the text). */
export function wordFlag(test: (norm: string) => boolean): (t: Token) => boolean {
  if (wordTests >= 62) return (t) => test(t.norm);
  if (wordTests >= 31) {
    const bit2 = 1 << (wordTests++ - 31);
    return (t) => {
      const w = (t.word ??= newWord(t.norm));
      if ((w.flagsKnown2 & bit2) !== 0) return (w.flags2 & bit2) !== 0;
      w.flagsKnown2 |= bit2;
      if (!test(w.norm)) return false;
      w.flags2 |= bit2;
      return true;
    };
  }
  const bit = 1 << wordTests++;
  return (t) => {
    const w = (t.word ??= newWord(t.norm));
    if ((w.flagsKnown & bit) !== 0) return (w.flags & bit) !== 0;
    w.flagsKnown |= bit;
    if (!test(w.norm)) return false;
    w.flags |= bit;
    return true;
  };
}

/** The TokenWord of a token (a token made elsewhere than by the tokenizer gets one of its own). */
export function tokenWord(t: Token): TokenWord {
  return (t.word ??= newWord(t.norm));
}

function scanTokens(original: string, normalized: Normalized, tokens: Token[], offset: number): void {
  const t = normalized.text;
  // A list that starts empty is a new text: its TokenWords are its own (ownWord).
  if (wordsOfList !== tokens || tokens.length === 0) {
    wordsOfList = tokens;
    listGen++;
    if (wordList.length > MAX_KEPT_WORDS) resetWords();
  }
  let i = 0;
  let sawSpace = true;
  while (i < t.length) {
    const c = t.charCodeAt(i);
    if (c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d) {
      sawSpace = true;
      i++;
      continue;
    }
    let j = i + 1;
    let kind: TokenKind;
    // The FNV-1a hash of the token's code units (wordAt's key), computed as the word is scanned.
    let h = Math.imul((0x811c9dc5 | 0) ^ c, 0x01000193);
    if (isDigit(c)) {
      // Numbers: 27.25, 1,000, 3/4 kept apart; digits with separators inside.
      while (j < t.length) {
        const d = t.charCodeAt(j);
        if (isDigit(d)) j++;
        else if ((d === 0x2e || d === 0x2c) && j + 1 < t.length && isDigit(t.charCodeAt(j + 1))) j += 2;
        else break;
      }
      kind = 'number';
    } else if (isWordChar(c)) {
      while (j < t.length) {
        const d = t.charCodeAt(j);
        if (!isWordChar(d) || isDigit(d)) break;
        h = Math.imul(h ^ d, 0x01000193);
        j++;
      }
      kind = c < 0x0600 ? 'latin' : 'word';
    } else {
      kind = 'punct';
    }
    // (A number's units after the first: hashed here.)
    if (kind === 'number') for (let k = i + 1; k < j; k++) h = Math.imul(h ^ t.charCodeAt(k), 0x01000193);
    const start = normalized.map[i];
    const end = lastOriginalEnd(normalized, original, j);
    const word = wordAt(t, i, j, h);
    tokens.push({ i: tokens.length, start: start + offset, end: end + offset, nStart: i, nEnd: j, norm: word.norm, kind, spaceBefore: sawSpace, word });
    sawSpace = false;
    i = j;
  }
}

/** Original end offset for a normalised end: after the last kept char, over any marks attached to it. */
function lastOriginalEnd(n: Normalized, original: string, nEnd: number): number {
  let end = n.map[nEnd - 1] + 1;
  const limit = n.map[nEnd];
  while (end < limit) {
    const c = original.charCodeAt(end);
    // Removed marks (tashkeel, tatweel, invisible) between this char and the next kept one.
    if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640 || (c >= 0x06d6 && c <= 0x06ed)) end++;
    else break;
  }
  if (end < original.length && (original.charCodeAt(end) & 0xfc00) === 0xdc00) end++;
  return end;
}

/** One way of reading a word: proclitics split off, the stem that remains. */
export interface Analysis {
  /** Normalised proclitic letters split off ('' for none), e.g. 'و', 'وب', 'ل'. The article ال is not counted here. */
  clitic: string;
  /** The stem to match, normalised, with its article ال kept (للقاهره → القاهره). */
  stem: string;
  /** How many normalised characters of the token precede the mention (the clitic's length as written). */
  skip: number;
  /** FNV-1a hash of the stem, filled by the first dictionary that asks (-1 until then); see phrases.ts. */
  hash?: number;
  /**
   * A rule's answer about this reading kept with it (memo) and the object it is valid for (memoFor):
   * the readings of a token are shared by the tokens of its word, so the answer is reused for every
   * occurrence (coreference.ts keeps its short-form candidates here).
   */
  memoFor?: object;
  memo?: unknown;
  /** skeletonKeyHashes(stem), filled by coreference.ts when first asked (the reading is shared by the word's tokens). */
  keys?: Int32Array;
}

const CONJ = ['و', 'ف'];
/**
 * Words whose ب is their own first letter, never a preposition on a name: "برقية تهنئة" is a telegram of
 * congratulation, not ب + the first name رقية (17 false people in the blind sets).
 */
const WHOLE_WITH_B = new Set(['برقيه', 'برقيات', 'برقيتين']);
const PREP = ['ب', 'ك', 'ل'];

/**
 * All readings of a normalised word, the unsplit word first, then shorter stems. A stem keeps at
 * least `minStem` letters. "وللقاهره" → [وللقاهره], [و|للقاهره], [ول|القاهره (written لقاهره)] ...
 */
export function analyses(word: string, minStem = 2): Analysis[] {
  let cache = analysisCaches[minStem];
  if (!cache) cache = analysisCaches[minStem] = new Map();
  const hit = cache.get(word);
  if (hit) return hit;
  const out = computeAnalyses(word, minStem);
  // (Bounded small, as the word caches of variants.ts: a small table stays in the CPU's caches.)
  if (cache.size > 4096) cache.clear();
  cache.set(word, out);
  return out;
}

/** Analyses repeat for every occurrence of a word: computed once per word and minimum stem (never mutate them). */
const analysisCaches: Array<Map<string, Analysis[]>> = [];

function pushReading(out: Analysis[], minStem: number, skip: number, stem: string, clitic: string): void {
  if (stem.length < minStem) return;
  for (const a of out) if (a.stem === stem && a.skip === skip) return;
  out.push({ clitic, stem, skip, hash: -1, memoFor: undefined, memo: undefined });
}

/**
 * analyses(t.norm, minStem) of a token, kept with its word (TokenWord, shared by the tokens of one word):
 * every dictionary and several rules ask about every token. Computed afresh rather than looked up in
 * analyses()' cache: that cache holds every word the process has seen, and its lookups miss the CPU
 * caches, which costs more than computing the one to three readings. A word with no proclitic letter in
 * front has one reading whatever the minimum stem (the word itself), so one array serves every minStem
 * asked.
 */
export function tokenAnalyses(t: Token, minStem: number): Analysis[] {
  const per = (t.word ??= newWord(t.norm)).readings;
  let out = per[minStem];
  if (out !== undefined) return out;
  const norm = t.norm;
  if (!mayHaveProclitic(norm)) for (const other of per) if (other !== undefined) out = other;
  // A word longer than both minimum stems plus two keeps every reading under either (computeAnalyses'
  // length tests all pass), so the readings of minStem 2 serve 3 and the other way round.
  if (out === undefined && (minStem === 2 || minStem === 3) && norm.length > 5) out = per[5 - minStem];
  out ??= computeAnalyses(norm, minStem);
  per[minStem] = out;
  return out;
}

/** True when the word may carry a proclitic (starts with و ف ب ل ك): only such words have readings besides the word itself. */
export function mayHaveProclitic(word: string): boolean {
  const c0 = word.charCodeAt(0);
  return c0 === 0x0648 || c0 === 0x0641 || c0 === 0x0628 || c0 === 0x0644 || c0 === 0x0643;
}

function computeAnalyses(word: string, minStem: number): Analysis[] {
  const out: Analysis[] = [{ clitic: '', stem: word, skip: 0, hash: -1, memoFor: undefined, memo: undefined }];
  // Only words that start with a proclitic letter (و ف ب ل ك) have other readings.
  if (!mayHaveProclitic(word)) return out;
  let pos = 0;
  let clitic = '';
  if (word.length > minStem && CONJ.includes(word[0])) {
    pos = 1;
    clitic = word[0];
    pushReading(out, minStem, pos, word.slice(pos), clitic);
  }
  // ل + ال written لل: "للقاهره" = ل + القاهره.
  if (word.startsWith('لل', pos) && word.length - pos > minStem + 1) {
    pushReading(out, minStem, pos + 1, 'ال' + word.slice(pos + 2), clitic + 'ل');
    // (and ل + ال before a stem that opens with ل, the three lams written two: "للجنه" = ل + اللجنه)
    if (word.length - pos >= 5) pushReading(out, minStem, pos + 1, 'ال' + word.slice(pos + 1), clitic + 'ل');
  }
  if (word.length - pos > minStem && PREP.includes(word[pos]) && !WHOLE_WITH_B.has(word.slice(pos))) {
    pushReading(out, minStem, pos + 1, word.slice(pos + 1), clitic + word[pos]);
  }
  return out;
}

/** The word without its proclitics and without its article: "وبالعاصمه" → "عاصمه". For feature extraction. */
export function bareStem(word: string): string {
  const a = analyses(word, 2);
  let best = a[a.length - 1].stem;
  if (best.startsWith('ال') && best.length > 4) best = best.slice(2);
  return best;
}
