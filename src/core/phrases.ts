/**
 * A dictionary of multi-word phrases, matched over tokens with proclitics split off the first word.
 * Used for places, organizations, titles and nationality words alike.
 */
import { normalizeWord } from './normalize.ts';
import { tokenAnalyses, tokenWord, type Analysis, type Token, type TokenWord } from './tokenize.ts';

interface Node<V> {
  /** The words that continue the phrase, null at a leaf (most nodes: no empty Map to look into). */
  next: Map<string, Node<V>> | null;
  value: V | undefined;
}

export interface PhraseMatch<V> {
  value: V;
  /** Index of the first token and one past the last. */
  from: number;
  to: number;
  /** Normalised characters of the first token taken by proclitics (the mention starts after them). */
  skip: number;
  /** The proclitic letters split off ('' for none). */
  clitic: string;
}

/** FNV-1a over UTF-16 code units. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The stem's hash, computed once per analysis. Kept to its low 30 bits (mayStart reads only the low 18):
 * a small integer is stored in place, where a full 32-bit value would be boxed as a heap number.
 */
function stemHash(a: Analysis): number {
  if (a.hash === undefined || a.hash < 0) a.hash = fnv(a.stem) & 0x3fffffff;
  return a.hash;
}

const FIRST_BITS = 1 << 18;

/** Slots of an index's first-word cache (PhraseIndex.firstNode). */
const FIRST_CACHE = 1024;

/**
 * The first-word bits of the first eight indexes with a start bit, interleaved: byte b holds, for each
 * of them, bit b of its first-word filter (PhraseIndex.mayStart). tokenStartBits then reads one byte per
 * reading instead of one bit array per index.
 */
const startBytes = new Uint8Array(FIRST_BITS);
let nextByteBit = 1;

/**
 * The phrase indexes that have a bit in Token.startBits (the first 30 made: the bits stay a small
 * integer; the engine has five). For each token, one pass over its readings tests them all (see
 * tokenStartBits): most tokens start no phrase of any index, and matchAt then answers null at once.
 */
const startIndexes: Array<PhraseIndex<unknown>> = [];
/** The start bit of the index that has bit k in startBytes. */
const bytesToStart: number[] = [];
/** Bumped whenever an index with a bit gains a phrase: bits computed before then are stale. */
let startEpoch = 0;

/**
 * Bit b set when some reading of the token (proclitics split off, minStem 2) may start a phrase of
 * startIndexes[b]. A clear bit is sure: no phrase of that index starts there, whatever allowClitics and
 * whatever minStem >= 2 (a longer minimum stem only drops readings).
 */
/** The token list whose words' start bits were last worked out together (batchStartBits), and when. */
let batchedList: readonly Token[] | null = null;
let batchedEpoch = -1;
const batchWords: TokenWord[] = [];
/** Per reading of the batch: its stemHash, its byte of startBytes, the index of its word in batchWords. */
let batchHash = new Int32Array(1024);
let batchByte = new Uint8Array(1024);
let batchWord = new Int32Array(1024);

/**
 * The start bits of every word of a token list, worked out together when the first is asked (the rules
 * ask about every token): the readings' hashes first, then all the reads of startBytes in one loop, so
 * that their cache misses overlap instead of stalling the rules one at a time. The same bits as
 * tokenStartBits.
 */
function batchStartBits(tokens: readonly Token[]): void {
  if (batchedList === tokens && batchedEpoch === startEpoch) return;
  batchedList = tokens;
  batchedEpoch = startEpoch;
  const words = batchWords;
  let n = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = tokenWord(t);
    if (w.startEpoch === startEpoch) continue;
    w.startEpoch = startEpoch;
    w.startBits = 0;
    if (t.kind === 'punct') continue;
    for (const a of tokenAnalyses(t, 2)) {
      if (n === batchHash.length) growBatch();
      batchHash[n] = stemHash(a);
      batchWord[n++] = words.length;
    }
    words.push(w);
  }
  const byteOf = batchByte;
  const hashOf = batchHash;
  for (let k = 0; k < n; k++) byteOf[k] = startBytes[hashOf[k] & (FIRST_BITS - 1)];
  for (let k = 0; k < n; k++) {
    const byte = byteOf[k];
    const w = words[batchWord[k]];
    if (byte !== 0) for (let b = 0; b < bytesToStart.length; b++) if (byte & (1 << b)) w.startBits |= bytesToStart[b];
    for (const ix of startIndexes) if (ix.byteBit === 0 && ix.mayStart(hashOf[k])) w.startBits |= ix.startBit;
  }
  words.length = 0;
}

function growBatch(): void {
  const n = batchHash.length;
  const h = new Int32Array(2 * n);
  h.set(batchHash);
  batchHash = h;
  const w = new Int32Array(2 * n);
  w.set(batchWord);
  batchWord = w;
  batchByte = new Uint8Array(2 * n);
}

function tokenStartBits(t: Token): number {
  // Kept with the token's word (shared by the tokens of one word: the same readings, the same bits).
  const w = tokenWord(t);
  if (w.startEpoch === startEpoch) return w.startBits;
  let bits = 0;
  if (t.kind !== 'punct') {
    for (const a of tokenAnalyses(t, 2)) {
      const h = stemHash(a);
      // The indexes with a bit in startBytes, in one read; the others (none in the engine) one by one.
      const byte = startBytes[h & (FIRST_BITS - 1)];
      if (byte !== 0) for (let k = 0; k < bytesToStart.length; k++) if (byte & (1 << k)) bits |= bytesToStart[k];
      for (const ix of startIndexes) if (ix.byteBit === 0 && ix.mayStart(h)) bits |= ix.startBit;
    }
  }
  w.startBits = bits;
  w.startEpoch = startEpoch;
  return bits;
}

export class PhraseIndex<V> {
  private root: Node<V> = { next: new Map(), value: undefined };
  size = 0;
  /**
   * One bit per hash of a phrase's first word (32 KB): most tokens start no phrase, and the bit says so
   * without a lookup in the big first-word map. Kept in startBytes instead for an index with a byteBit.
   */
  private firstBits: Uint32Array | null = null;
  /**
   * The same for the words after the first: one bit per hash of a word that continues a phrase. The
   * walk down the trie stops at a clear bit without asking the node's map (a miss in the CPU caches).
   */
  private nextBits = new Uint32Array(FIRST_BITS >>> 5);
  /**
   * The trie node of a first word (null: none), cached in front of the first-word Map, whose lookups
   * miss the CPU caches: slot = the word's stemHash, holding the last word asked there (compared to
   * the word itself, so the answer is the Map's). Emptied when a phrase is added.
   */
  private firstWord: Array<string | undefined> = new Array<string | undefined>(FIRST_CACHE).fill(undefined);
  private firstNodeOf: Array<Node<V> | null> = new Array<Node<V> | null>(FIRST_CACHE).fill(null);
  private firstCached = false;
  /** This index's bit in Token.startBits, 0 when it has none. */
  readonly startBit: number;
  /** This index's bit in startBytes, 0 when it has none (then firstBits holds its first-word bits). */
  readonly byteBit: number;

  constructor() {
    this.startBit = startIndexes.length < 30 ? 1 << startIndexes.length : 0;
    if (this.startBit) startIndexes.push(this as PhraseIndex<unknown>);
    this.byteBit = this.startBit && nextByteBit < 256 ? nextByteBit : 0;
    if (this.byteBit) {
      nextByteBit <<= 1;
      bytesToStart.push(this.startBit);
    } else this.firstBits = new Uint32Array(FIRST_BITS >>> 5);
  }

  /** False when no phrase starts with a word of this hash (stemHash). */
  mayStart(h: number): boolean {
    const b = h & (FIRST_BITS - 1);
    if (this.firstBits === null) return (startBytes[b] & this.byteBit) !== 0;
    return (this.firstBits[b >>> 5] & (1 << (b & 31))) !== 0;
  }

  /** Add a phrase; an existing value for the same phrase is kept unless `replace`. */
  add(phrase: string, value: V, replace = false): void {
    this.addNormalized(normalizeWord(phrase), value, replace);
  }

  /** Add a phrase already normalised (token norms joined by single spaces). */
  addNormalized(key: string, value: V, replace = false): void {
    const words = key.split(' ').filter(Boolean);
    if (!words.length) return;
    const b = fnv(words[0]) & (FIRST_BITS - 1);
    if (this.firstCached) {
      this.firstWord.fill(undefined);
      this.firstCached = false;
    }
    if (this.firstBits === null) startBytes[b] |= this.byteBit;
    else this.firstBits[b >>> 5] |= 1 << (b & 31);
    if (this.startBit) startEpoch++;
    for (let k = 1; k < words.length; k++) {
      const c = fnv(words[k]) & (FIRST_BITS - 1);
      this.nextBits[c >>> 5] |= 1 << (c & 31);
    }
    let node = this.root;
    for (const w of words) {
      let child = node.next?.get(w);
      if (!child) {
        child = { next: null, value: undefined };
        (node.next ??= new Map()).set(w, child);
      }
      node = child;
    }
    if (node.value === undefined) this.size++;
    if (node.value === undefined || replace) node.value = value;
  }

  /** Exact lookup of a phrase (normalised here). */
  get(phrase: string): V | undefined {
    return this.getNormalized(normalizeWord(phrase));
  }

  /** Exact lookup of a phrase already normalised (token norms joined by single spaces): no re-normalising. */
  getNormalized(key: string): V | undefined {
    // (The first word through the first-word cache, as computeMatchAt.)
    if (!key.includes(' ')) return this.firstNode(key, fnv(key) & 0x3fffffff)?.value;
    const words = key.split(' ');
    let node = this.firstNode(words[0], fnv(words[0]) & 0x3fffffff);
    for (let k = 1; k < words.length && node; k++) node = node.next?.get(words[k]);
    return node?.value;
  }

  /**
   * The longest phrase starting at token `i` (its first word possibly carrying proclitics).
   * `allowClitics` false matches the first word only as written.
   */
  matchAt(tokens: readonly Token[], i: number, allowClitics = true, minStem = 2): PhraseMatch<V> | null {
    // The rules ask about the same token many times: results are memoised per token list (never mutate them).
    if (minStem > 7 || minStem < 0 || i < 0 || i >= tokens.length) return this.computeMatchAt(tokens, i, allowClitics, minStem);
    if (minStem >= 2 && this.startBit !== 0) {
      const w = tokenWord(tokens[i]);
      // A word not yet worked out: the whole list's words are, together (batchStartBits).
      if (w.startEpoch !== startEpoch) batchStartBits(tokens);
      if ((tokenStartBits(tokens[i]) & this.startBit) === 0) return null;
    }
    // The same token list is asked about thousands of times in a row: keep its table at hand rather
    // than look it up in the WeakMap on every call.
    let memo = this.lastTokens === tokens ? this.lastMemo : this.memo.get(tokens);
    if (!memo) {
      memo = new Map();
      this.memo.set(tokens, memo);
    }
    this.lastTokens = tokens;
    this.lastMemo = memo;
    // By token and (minStem, allowClitics): only the few hundred tokens that pass the start bits get here,
    // so a Map of those rather than a table with a slot for every token per combination asked for.
    const key = i * 16 + minStem * 2 + (allowClitics ? 1 : 0);
    const hit = memo.get(key);
    if (hit !== undefined) return hit;
    const result = this.computeMatchAt(tokens, i, allowClitics, minStem);
    memo.set(key, result);
    return result;
  }

  private memo = new WeakMap<readonly Token[], Map<number, PhraseMatch<V> | null>>();
  /** The token list last asked about and its memo table (a strong reference to one list only). */
  private lastTokens: readonly Token[] | null = null;
  private lastMemo: Map<number, PhraseMatch<V> | null> | undefined = undefined;

  /** The trie node of a phrase's first word `w` (stemHash h), through the firstWord cache. */
  private firstNode(w: string, h: number): Node<V> | undefined {
    const slot = h & (FIRST_CACHE - 1);
    if (this.firstWord[slot] === w) return this.firstNodeOf[slot] ?? undefined;
    const node = this.root.next!.get(w);
    this.firstWord[slot] = w;
    this.firstNodeOf[slot] = node ?? null;
    this.firstCached = true;
    return node;
  }

  private computeMatchAt(tokens: readonly Token[], i: number, allowClitics: boolean, minStem: number): PhraseMatch<V> | null {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return null;
    let best: PhraseMatch<V> | null = null;
    // The word as written is always the first reading (cached on the token with its hash).
    const readings = tokenAnalyses(first, minStem);
    const n = allowClitics ? readings.length : 1;
    for (let r = 0; r < n; r++) {
      const a = readings[r];
      const h = stemHash(a);
      if (!this.mayStart(h)) continue;
      let node = this.firstNode(a.stem, h);
      let j = i + 1;
      while (node) {
        if (node.value !== undefined && (!best || j > best.to)) {
          best = { value: node.value, from: i, to: j, skip: a.skip, clitic: a.clitic };
        }
        const t = tokens[j];
        if (!t || node.next === null) break;
        // (The token's word as written is its first reading, whose hash is kept.)
        const h = stemHash(tokenAnalyses(t, 2)[0]) & (FIRST_BITS - 1);
        if ((this.nextBits[h >>> 5] & (1 << (h & 31))) === 0) break;
        node = node.next.get(t.norm);
        j++;
      }
    }
    return best;
  }
}
