/**
 * The model file and the tagger built from it.
 *
 * Layout (little-endian):
 *   'QTAG' | u32 version | u32 headerBytes | header JSON (UTF-8), zero-padded to a multiple of 4
 *   u32 featureHash[nFeat]           sorted ascending (FNV-1a of the feature string, see features.ts)
 *   i16 weight[nFeat * L]            quantised emission weights, real = q * header.weightScale
 *   (padded to 4)
 *   f32 transition[L * L], f32 start[L]
 *   u32 gazHash[nGaz]                sorted ascending (hash of a normalised dictionary phrase)
 *   u16 gazMask[nGaz]                bitmask over GAZ_CLASSES
 * The gazetteer is baked into the file, so the model does not change when dictionaries elsewhere do.
 */
import { bioConstraints, bioSpans, marginals } from './decode.ts';
import {
  CONTEXT_TEMPLATES,
  FNV_INIT,
  GAZ_CLASSES,
  GazMarks,
  MARK_NAMES,
  MARK_PREFIXES,
  NB_OFFSETS,
  PAD_L,
  PAD_R,
  PAIR_TEMPLATES,
  fnvMore,
  marksKey,
  positionFeatures,
  wordFeatures,
  wordInfo,
  type FeatureSink,
  type Gazetteer,
  type WordInfo,
  type WordValue,
} from './features.ts';

export type NerType = 'PERS' | 'LOC' | 'ORG' | 'MISC';
export interface TaggedSpan {
  from: number;
  to: number;
  type: NerType;
  score: number;
}
export interface Tagger {
  /**
   * holders (optional, one per word): where the caller lets the tagger keep the word's place in its word
   * cache (an object the caller keeps for the word, as the engine's TokenWord), so that the word is not
   * hashed and looked up again in the next sentences and texts. holders[i] must stand for words[i] only.
   */
  tag(words: readonly string[], holders?: readonly SlotHolder[]): { labels: string[]; spans: TaggedSpan[] };
  /**
   * Optional: called before the sentences of one text are tagged. The tagger may read its lookup filters
   * through in order (LinearChainTagger.prefetch), so that the sentences' random reads of them find them
   * in the CPU's caches. Changes no result.
   */
  prefetch?(): void;
}

/** Where a caller keeps a word's slot in a tagger's word cache (valid while tagSlotFor is that cache's current generation). */
export interface SlotHolder {
  tagSlot: number;
  tagSlotFor: object | undefined;
}

export interface ModelHeader {
  format: 'qari-tagger';
  labels: string[];
  nFeat: number;
  nGaz: number;
  gazMaxLen: number;
  gazClasses: string[];
  weightScale: number;
  /** Scores are divided by this before computing marginals (confidence calibration). */
  temperature: number;
  /** Added to the score of label O at every token (negative → more entities, chosen on held-out data). */
  oBias?: number;
  /** Free-form training information (data, epochs, figures). */
  info: Record<string, unknown>;
}

export interface ModelParts {
  header: ModelHeader;
  featHash: Uint32Array;
  weights: Int16Array;
  trans: Float32Array;
  start: Float32Array;
  gazHash: Uint32Array;
  gazMask: Uint16Array;
}

const MAGIC = [0x51, 0x54, 0x41, 0x47]; // QTAG
const VERSION = 1;

const pad4 = (n: number) => (n + 3) & ~3;

export function serializeModel(p: ModelParts): Uint8Array {
  const L = p.header.labels.length;
  const headerBytes = new TextEncoder().encode(JSON.stringify(p.header));
  const hLen = pad4(headerBytes.length);
  const nF = p.featHash.length;
  const nG = p.gazHash.length;
  let size = 12 + hLen;
  const offFeat = size;
  size += 4 * nF;
  const offW = size;
  size = pad4(size + 2 * nF * L);
  const offT = size;
  size += 4 * (L * L + L);
  const offG = size;
  size += 4 * nG;
  const offM = size;
  size = pad4(size + 2 * nG);
  const buf = new ArrayBuffer(size);
  const u8 = new Uint8Array(buf);
  const dv = new DataView(buf);
  u8.set(MAGIC, 0);
  dv.setUint32(4, VERSION, true);
  dv.setUint32(8, headerBytes.length, true);
  u8.set(headerBytes, 12);
  for (let i = 0; i < nF; i++) dv.setUint32(offFeat + 4 * i, p.featHash[i], true);
  for (let i = 0; i < nF * L; i++) dv.setInt16(offW + 2 * i, p.weights[i], true);
  for (let i = 0; i < L * L; i++) dv.setFloat32(offT + 4 * i, p.trans[i], true);
  for (let i = 0; i < L; i++) dv.setFloat32(offT + 4 * (L * L + i), p.start[i], true);
  for (let i = 0; i < nG; i++) dv.setUint32(offG + 4 * i, p.gazHash[i], true);
  for (let i = 0; i < nG; i++) dv.setUint16(offM + 2 * i, p.gazMask[i], true);
  return u8;
}

export function deserializeModel(bytes: Uint8Array): ModelParts {
  if (bytes.length < 12 || MAGIC.some((m, i) => bytes[i] !== m)) throw new Error('not a Qari tagger model (bad magic)');
  const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = dv.getUint32(4, true);
  if (version !== VERSION) throw new Error(`unsupported tagger model version ${version}`);
  const hBytes = dv.getUint32(8, true);
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(12, 12 + hBytes))) as ModelHeader;
  if (header.format !== 'qari-tagger') throw new Error('not a Qari tagger model (header)');
  const L = header.labels.length;
  const nF = header.nFeat;
  const nG = header.nGaz;
  let off = 12 + pad4(hBytes);
  const featHash = new Uint32Array(nF);
  for (let i = 0; i < nF; i++, off += 4) featHash[i] = dv.getUint32(off, true);
  const weights = new Int16Array(nF * L);
  for (let i = 0; i < nF * L; i++, off += 2) weights[i] = dv.getInt16(off, true);
  off = pad4(off);
  const trans = new Float32Array(L * L);
  for (let i = 0; i < L * L; i++, off += 4) trans[i] = dv.getFloat32(off, true);
  const start = new Float32Array(L);
  for (let i = 0; i < L; i++, off += 4) start[i] = dv.getFloat32(off, true);
  const gazHash = new Uint32Array(nG);
  for (let i = 0; i < nG; i++, off += 4) gazHash[i] = dv.getUint32(off, true);
  const gazMask = new Uint16Array(nG);
  for (let i = 0; i < nG; i++, off += 2) gazMask[i] = dv.getUint16(off, true);
  if (off > bytes.length) throw new Error('truncated tagger model');
  return { header, featHash, weights, trans, start, gazHash, gazMask };
}

/**
 * Open-addressing table (linear probing) from a 32-bit key to its index in the key list: slot s is
 * rec[2s] = the key (as int32), rec[2s + 1] = its index + 1 (0 marks an empty slot). A blocked Bloom
 * filter in front (one 32-bit word per key, three bits in it, about 12 bits a key) answers most absent
 * keys with a single memory access: most lookups while tagging are of absent pair features and
 * gazetteer phrases, and after the engine's rules have run little of these tables is still in cache.
 */
class HashTable {
  readonly rec: Int32Array;
  private readonly mask: number;
  private readonly bloom: Int32Array;
  private readonly bloomShift: number;
  /** The value kept with keys[i] is i. */
  constructor(keys: Uint32Array) {
    let size = 16;
    while (size < keys.length * 1.5) size <<= 1;
    // fill(0): touch the new pages in order before the random writes below.
    const rec = (this.rec = new Int32Array(2 * size).fill(0));
    const mask = (this.mask = size - 1);
    let bits = 6;
    while (1 << bits < keys.length * 12) bits++;
    const bloom = (this.bloom = new Int32Array(1 << (bits - 5)));
    const shift = (this.bloomShift = 32 - (bits - 5));
    // mix and bloomBits written out: this runs once per page load, mostly before the JIT has inlined them.
    for (let i = 0; i < keys.length; i++) {
      const h = keys[i] | 0;
      let m = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
      m ^= m >>> 13;
      let s = m & mask;
      while (rec[2 * s + 1] !== 0) s = (s + 1) & mask;
      rec[2 * s] = h;
      rec[2 * s + 1] = i + 1;
      bloom[Math.imul(h, 0x9e3779b1) >>> shift] |= (1 << (m >>> 27)) | (1 << ((m >>> 22) & 31)) | (1 << ((m >>> 17) & 31));
    }
  }
  /** The keys of the last getMany call that passed the Bloom test: passed[0 .. nPassed), by index in keys. */
  passed = new Int32Array(256);
  nPassed = 0;
  /** The first slot of each passed key. */
  private passSlot = new Int32Array(256);
  /** A sum getMany keeps, so that its reads are not left out. */
  touched = 0;

  /**
   * get() for keys[0 .. n) into out[0 .. n), in passes: all the Bloom tests, listing the keys that pass
   * (without a branch: few pass, and a mispredicted branch per passing key would throw away the loads in
   * flight); a read of each listed key's first slot; then their probes. The reads of one pass do not
   * depend on each other, so the processor has many cache misses in flight at once instead of one at a time.
   */
  getMany(keys: Int32Array, n: number, out: Int32Array): void {
    const { bloom, bloomShift, rec, mask } = this;
    if (this.passed.length < n) {
      this.passed = new Int32Array(2 * n);
      this.passSlot = new Int32Array(2 * n);
    }
    const { passed, passSlot } = this;
    let np = 0;
    for (let q = 0; q < n; q++) {
      const h = keys[q];
      const m = mix(h);
      const bits = bloomBits(m);
      // 0 when the key passes
      const miss = (bloom[Math.imul(h, 0x9e3779b1) >>> bloomShift] & bits) ^ bits;
      out[q] = -1;
      passed[np] = q;
      passSlot[np] = m & mask;
      np += ((miss | -miss) >>> 31) ^ 1;
    }
    this.nPassed = np;
    let touched = 0;
    for (let k = 0; k < np; k++) touched = (touched + rec[2 * passSlot[k]]) | 0;
    this.touched = touched & 1;
    for (let k = 0; k < np; k++) {
      const q = passed[k];
      let s = passSlot[k];
      const key = keys[q];
      for (;;) {
        const o = 2 * s;
        if (rec[o + 1] === 0) {
          out[q] = -1;
          break;
        }
        if (rec[o] === key) {
          out[q] = o;
          break;
        }
        s = (s + 1) & mask;
      }
    }
  }

  /**
   * Reads the Bloom filter through, one entry per 64-byte cache line, in order: the processor streams
   * the lines in (its prefetchers follow a sequential scan), where getMany's tests, at random places,
   * would otherwise each wait for a line from memory. Returns a sum of what it read, as an int32 (for the
   * caller to keep, so that the reads are not left out).
   */
  touchBloom(): number {
    const { bloom } = this;
    let sum = 0;
    for (let i = 0; i < bloom.length; i += 16) sum = (sum + bloom[i]) | 0;
    return sum;
  }

  /** Offset in rec of the key's record, or -1. */
  get(h: number): number {
    const m = mix(h);
    const bits = bloomBits(m);
    if ((this.bloom[Math.imul(h, 0x9e3779b1) >>> this.bloomShift] & bits) !== bits) return -1;
    const { rec, mask } = this;
    const key = h | 0;
    let s = m & mask;
    for (;;) {
      const o = 2 * s;
      if (rec[o + 1] === 0) return -1;
      if (rec[o] === key) return o;
      s = (s + 1) & mask;
    }
  }
}

/** A 32-bit mix of a key (as an int32: no values above 2^31 in the hot paths). */
function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}

/** Three bits of a Bloom word from the high bits of mix(h) (the table slot uses the low ones). */
function bloomBits(m: number): number {
  return (1 << (m >>> 27)) | (1 << ((m >>> 22) & 31)) | (1 << ((m >>> 17) & 31));
}

class BakedGazetteer implements Gazetteer {
  readonly table: HashTable;
  constructor(
    hashes: Uint32Array,
    readonly masks: Uint16Array,
    readonly maxLen: number,
  ) {
    this.table = new HashTable(hashes);
  }
  lookup(hash: number): number {
    const o = this.table.get(hash);
    return o < 0 ? 0 : this.masks[this.table.rec[o + 1] - 1];
  }
}

/**
 * Sums the int16 weights of the features it is given into target[base .. base + L). The feature's
 * hash is computed over its parts (prefix, a, '|', b) without building the string; the sums are sums
 * of integers, so they are exact whatever the order.
 */
class WeightSink implements FeatureSink {
  target: Float64Array = new Float64Array(0);
  base = 0;
  constructor(
    private readonly feats: HashTable,
    /** parts.weights: the feature whose record is at offset o has its L weights from (feats.rec[o + 1] - 1) * L. */
    private readonly w: Int16Array,
    private readonly L: number,
  ) {}
  add(prefix: string, a?: string, b?: string): void {
    let h = fnvMore(FNV_INIT, prefix);
    if (a !== undefined) {
      h = fnvMore(h, a);
      if (b !== undefined) h = fnvMore(Math.imul(h ^ 124, 0x01000193), b); // '|'
    }
    this.addHash(h >>> 0);
  }
  addHash(h: number): void {
    const o = this.feats.get(h);
    if (o < 0) return;
    const L = this.L;
    const t = this.target;
    const base = this.base;
    const w = this.w;
    const wo = (this.feats.rec[o + 1] - 1) * L;
    for (let y = 0; y < L; y++) t[base + y] += w[wo + y];
  }
}

/**
 * The sink of positionFeatures: their strings come from small fixed sets (sentence start, gazetteer
 * mark names, title-chain steps, sorted mark lists with a word shape), so no hashing or Bloom test is
 * needed: the mark features (addMark) are in a table made at load, the others are remembered by their
 * strings. What it collects are the offsets in parts.weights of the features the model has (offs[0 .. n)).
 */
class PositionSink implements FeatureSink {
  offs = new Int32Array(256);
  n = 0;
  private readonly one = new Map<string, Map<string, number>>();
  private readonly two = new Map<string, Map<string, Map<string, number>>>();
  private size = 0;
  /** Weight offset (or -1) of MARK_PREFIXES[p] + MARK_NAMES[id] at p * MARK_NAMES.length + id. */
  private readonly markOff: Int32Array;
  constructor(
    private readonly feats: HashTable,
    private readonly L: number,
  ) {
    this.markOff = Int32Array.from(MARK_PREFIXES.flatMap((p) => MARK_NAMES.map((m) => this.weightOffset(fnvMore(fnvMore(FNV_INIT, p), m)))));
  }
  /** Offset in parts.weights of the feature with this hash, or -1. */
  private weightOffset(h: number): number {
    const o = this.feats.get(h);
    return o < 0 ? -1 : (this.feats.rec[o + 1] - 1) * this.L;
  }
  addMark(prefix: number, id: number): void {
    this.push(this.markOff[prefix * MARK_NAMES.length + id]);
  }
  /**
   * The weight offsets of the 'gw=' features by their numbers: markSets.get(bits) holds, by hi, a Map
   * from the word shape to the offset of 'gw=' + marksKey(bits, hi) + '|' + shape (or -1).
   */
  private readonly markSets = new Map<number, Map<number, Map<string, number>>>();
  private markSetCount = 0;
  /**
   * In front of markSets, a table of the last offset found per slot of a hash of (bits, hi), checked
   * against bits, hi and the shape (a word-shape name, compared by identity): the marks of a text's words
   * repeat, and one slot read costs less than three Map lookups. The offset is that of the same feature
   * whichever way it is found.
   */
  private readonly msBits = new Int32Array(256);
  private readonly msHi = new Int32Array(256);
  private readonly msShape: Array<string | undefined> = new Array<string | undefined>(256).fill(undefined);
  private readonly msOff = new Int32Array(256);
  addMarkSet(bits: number, hi: number, shape: string): void {
    const slot = Math.imul(bits ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 24;
    if (this.msShape[slot] === shape && this.msBits[slot] === bits && this.msHi[slot] === hi) {
      this.push(this.msOff[slot]);
      return;
    }
    const o = this.markSetOffset(bits, hi, shape);
    this.msBits[slot] = bits;
    this.msHi[slot] = hi;
    this.msShape[slot] = shape;
    this.msOff[slot] = o;
    this.push(o);
  }
  private markSetOffset(bits: number, hi: number, shape: string): number {
    let byHi = this.markSets.get(bits);
    if (!byHi) this.markSets.set(bits, (byHi = new Map()));
    let byShape = byHi.get(hi);
    if (!byShape) byHi.set(hi, (byShape = new Map()));
    let o = byShape.get(shape);
    if (o === undefined) {
      if (this.markSetCount > 8192) {
        // A bound, as add's (a sentence's mark sets are few).
        this.markSets.clear();
        this.markSetCount = 0;
      }
      let h = fnvMore(FNV_INIT, 'gw=');
      h = fnvMore(h, marksKey(bits, hi));
      h = fnvMore(Math.imul(h ^ 124, 0x01000193), shape); // '|'
      o = this.weightOffset(h);
      byShape.set(shape, o);
      this.markSetCount++;
    }
    return o;
  }
  add(prefix: string, a = '', b?: string): void {
    let m: Map<string, number> | undefined;
    if (b === undefined) {
      m = this.one.get(prefix);
      if (!m) this.one.set(prefix, (m = new Map()));
    } else {
      let mm = this.two.get(prefix);
      if (!mm) this.two.set(prefix, (mm = new Map()));
      m = mm.get(a);
      if (!m) mm.set(a, (m = new Map()));
    }
    const key = b === undefined ? a : b;
    let o = m.get(key);
    if (o === undefined) {
      if (this.size > 8192) {
        // Not reached by positionFeatures' strings; a bound all the same.
        this.one.clear();
        this.two.clear();
        this.size = 0;
      }
      let h = fnvMore(FNV_INIT, prefix);
      h = fnvMore(h, a);
      if (b !== undefined) h = fnvMore(Math.imul(h ^ 124, 0x01000193), b); // '|'
      o = this.weightOffset(h);
      m.set(key, o);
      this.size++;
    }
    this.push(o);
  }
  private push(o: number): void {
    if (o < 0) return;
    if (this.n === this.offs.length) {
      const bigger = new Int32Array(2 * this.offs.length);
      bigger.set(this.offs);
      this.offs = bigger;
    }
    this.offs[this.n++] = o;
  }
}

/**
 * Scaled forward-backward gives up (and the log-space one is used) when a row sums to no more than
 * this: far below any probability that matters, far above where doubles lose precision.
 */
const MIN_ROW = 1e-200;

/** Score vectors per cached word: its own features, then its 'nb' features at each of NB_OFFSETS. */
const VECS = 1 + NB_OFFSETS.length;
/** Distinct words whose score vectors are kept (the cache is emptied when it would grow past this). */
const MAX_WORDS = 20000;
/** Size of the word table (a power of two, at least twice MAX_WORDS + 1). */
const WORD_TABLE = 1 << 16;
/** Slot 0 is the padding beyond the sentence (<s> at negative offsets, </s> at positive ones). */
const PAD_SLOT = 0;
/** The word values kept per slot as code units: 'norm' (gazetteer phrases) and those the pair templates read. */
const PAIR_VALUES: readonly WordValue[] = [...new Set<WordValue>(['norm', ...PAIR_TEMPLATES.map((p) => p.val)])];
const NPV = PAIR_VALUES.length;
/** Index of 'norm' in PAIR_VALUES (gazetteer phrases continue over the next words' norm). */
const NORM_V = PAIR_VALUES.indexOf('norm');
/** The code units of PAD_L then PAD_R start the char pool. */
const PAD_CHARS = PAD_L.length + PAD_R.length;
const NPAIR = PAIR_TEMPLATES.length;
/**
 * The pair templates over adjacent words (b = a + 1, not 'morph'), grouped by the value they read
 * (index in PAIR_VALUES): hashed by hashAdjacentPairs, right word by right word.
 */
const ADJACENT_GROUPS: readonly { val: number; ks: readonly number[] }[] = PAIR_VALUES.map((v, vi) => ({
  val: vi,
  ks: PAIR_TEMPLATES.flatMap((p, k) => (p.val === v && v !== 'morph' && p.b === p.a + 1 ? [k] : [])),
})).filter((g) => g.ks.length > 0);
/**
 * The pair templates fillEmissions' loop over positions handles ('morph' ones and any not over adjacent
 * words), in order, and the offsets a, b of each template: the adjacent ones are left to hashAdjacentPairs
 * without a pass over them at every position.
 */
const LOOP_PAIRS = Int32Array.from(PAIR_TEMPLATES.flatMap((p, k) => (p.val === 'morph' || p.b !== p.a + 1 ? [k] : [])));
const PAIR_A = Int32Array.from(PAIR_TEMPLATES, (p) => p.a);
const PAIR_B = Int32Array.from(PAIR_TEMPLATES, (p) => p.b);
/** Pair templates hashed at run time (not 'morph'), and the number of 'morph' ones. */
const HASHED_PAIRS: readonly number[] = PAIR_TEMPLATES.flatMap((p, k) => (p.val === 'morph' ? [] : [k]));
const NHASHED = HASHED_PAIRS.length;
const NMORPH = NPAIR - NHASHED;
/** 'morph' ids below this have their pair vectors in a table rather than a Map. */
const MORPH_DENSE = 32;

/**
 * The word cache keeps what it knows of a slot in one record of `rec` (Int32Array, RS entries from
 * s * RS), so that a word's data shares a few cache lines instead of being spread over a dozen arrays:
 * after the engine's rules have run, little of the tagger's data is still in the CPU's caches, and each
 * distinct line a sentence touches is a miss. The fields, then its VECS score vectors from R_POOL:
 */
/** The FNV state of each pair template with the word on the left (prefix + value + '|'): NPAIR entries. */
const R_LEFT = 0;
/** Where each pair value's code units start in `chars` (NPV entries), then their lengths (NPV entries). */
const R_VOFF = R_LEFT + NPAIR;
const R_VLEN = R_VOFF + NPV;
/** The id of the word's 'morph' value. */
const R_MORPH = R_VLEN + NPV;
/** Its readings' gazetteer data: gazData[rec[R_GAZOFF] .. + 2 * rec[R_GAZCNT]). */
const R_GAZOFF = R_MORPH + 1;
const R_GAZCNT = R_GAZOFF + 1;
/** 1 when the word's norm is its stem (no article, positionFeatures' title chain stops there). */
const R_PLAIN = R_GAZCNT + 1;
/** FNV-1a of the word as given to tag() (the word table's key), and where its code units are in `chars`. */
const R_HASH = R_PLAIN + 1;
const R_KOFF = R_HASH + 1;
const R_KLEN = R_KOFF + 1;
/** The score vectors: VECS * L entries. */
const R_POOL = R_KLEN + 1;

/**
 * The tagger. tag(words), for one sentence:
 *  1. each word's cache slot (slot(): computed on first sight, kept across calls, up to MAX_WORDS):
 *     the summed weights of its own features and of its 'nb' features at each offset, the FNV states
 *     of the pair templates with the word on the left, its values' code units, its 'morph' id, its
 *     readings' one-word gazetteer masks and FNV states;
 *  2. gazetteer marks (findMarks), the longer phrases hashed on from the cache and looked up together;
 *  3. emissions (fillEmissions): per position the cached vectors, the 'morph' pair vectors, the pair
 *     features hashed from the cached states (looked up together, HashTable.getMany) and the position
 *     features (PositionSink); sums of integers, so the same to the bit as the reference path
 *     (reference.ts: feature strings, hashString, one lookup each);
 *  4. Viterbi, the same sums and comparisons as decode.ts (the same labels and spans);
 *  5. span scores: scaled forward-backward (within 1e-9 of the log-space marginals).
 */
export class LinearChainTagger implements Tagger {
  private readonly L: number;
  private readonly feats: HashTable;
  private readonly allowed: Uint8Array;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  /** The gazetteer baked into the model. */
  readonly gaz: Gazetteer;
  private readonly gazTable: HashTable;
  private readonly gazMasks: Uint16Array;
  readonly labels: readonly string[];
  private readonly oIndex: number;
  private readonly oBias: number;
  private readonly scale: number;
  private readonly sink: WeightSink;
  /** Hashed pair features of a sentence: key of template k at position t in pairKeys[t * NHASHED + pairSlot[k]], looked up into pairOut. */
  private pairKeys = new Int32Array(0);
  private pairOut = new Int32Array(0);
  private readonly pairSlot = Int32Array.from(PAIR_TEMPLATES, (_, k) => HASHED_PAIRS.indexOf(k));
  /** Position t's records from posSink: posSink.offs[posStart[t] .. posStart[t + 1]). */
  private posStart = new Int32Array(0);
  /** Offsets in morphPool of the 'morph' pair vectors of position t: morphAt[t * NMORPH ..]. */
  private morphAt = new Int32Array(0);
  /** Offsets in parts.weights of the features found at one position (pair and position features). */
  private recs = new Int32Array(64);
  private readonly posSink: PositionSink;
  /** Offsets of the 'nb' vectors summed at one position (fillEmissions). */
  private readonly nbOff = new Int32Array(NB_OFFSETS.length);
  /** parts.weights (row r of feature weights from r * L). */
  private readonly w: Int16Array;
  /** For each of PAIR_TEMPLATES: the FNV state after its prefix, the index of its value in PAIR_VALUES, whether it reads 'morph'. */
  private readonly pairStates = PAIR_TEMPLATES.map((p) => fnvMore(FNV_INIT, p.prefix));
  private readonly pairVal = Int32Array.from(PAIR_TEMPLATES, (p) => PAIR_VALUES.indexOf(p.val));
  private readonly pairMorph = Uint8Array.from(PAIR_TEMPLATES, (p) => (p.val === 'morph' ? 1 : 0));
  /** Pair template k's FNV state after prefix + padding + '|' (a left word outside the sentence). */
  private readonly padLeftL: Int32Array;
  private readonly padLeftR: Int32Array;
  /** Allowed previous labels of each label, and allowed next labels of each label (ascending). */
  private readonly preds: Int32Array[];
  private readonly succs: Int32Array[];
  /**
   * The same lists flat: the allowed previous labels of y are predFrom[k] for k in
   * [predStart[y], predStart[y + 1]), with predTr[k] = trans[p * L + y] and predExp[k] = exp(trT[p * L + y]);
   * the allowed next labels of p are succTo[k] for k in [succStart[p], succStart[p + 1]), with succExp[k].
   */
  private readonly predStart: Int32Array;
  private readonly predFrom: Int32Array;
  private readonly predTr: Float64Array;
  private readonly predExp: Float64Array;
  private readonly succStart: Int32Array;
  private readonly succTo: Int32Array;
  private readonly succExp: Float64Array;
  /** Transitions by column (trCol[y * L + p] = trans[p * L + y]), and exp(trT) by column, 0 where not allowed. */
  private readonly trCol: Float64Array;
  private readonly expCol: Float64Array;
  /**
   * Whether Viterbi and forward-backward use their versions written out for 9 labels (the model's
   * L is 9); the general loops give the same results (tagger.test.ts sets this to false to check them).
   */
  private unrolled: boolean;
  /**
   * The labels are O, then B-X, I-X for four types X (the shipped model): forward9 and backward9 then
   * leave out the transitions BIO forbids (into I-X from anything but B-X and I-X), whose terms are
   * exact zeros, written out for this order of labels.
   */
  private readonly bio9: boolean;
  /** Labels that may follow every label, and the others (viterbi9). */
  private readonly fullCols: Int32Array;
  private readonly sparseCols: Int32Array;
  /** Temperature-scaled transitions and start scores (span confidence). */
  private readonly trT: Float64Array;
  private readonly stT: Float64Array;
  /** exp of trT and stT, 0 where the transition (start) is not allowed (scaled forward-backward). */
  private readonly expTr: Float64Array;
  private readonly expSt: Float64Array;

  // Word cache: word → slot. Per slot, a record in `rec` (R_* above): its VECS score vectors (integer
  // sums of int16 weights); the FNV state of each pair template with the word on the left; where its
  // pair values (PAIR_VALUES) are in `chars`; the id of its 'morph' value; for each of its readings, the
  // gazetteer mask of the reading alone and the FNV state after reading + ' ' (in gazData).
  /**
   * Words to slots: an open-addressing table of slot + 1 (0 = empty) by the word's FNV-1a hash, checked
   * against rec[R_HASH] and the word's code units (R_KOFF, R_KLEN); at most a third full (MAX_WORDS).
   */
  private wordTable = new Int32Array(WORD_TABLE);
  /** This cache's generation: a new object whenever the cache is emptied (slots kept by SlotHolders are then stale). */
  private generation: object = {};
  private slotInfo: WordInfo[] = [];
  private nSlots = 1;
  private slotCap = 0;
  /** Entries per record (R_POOL + VECS * L, rounded up to a multiple of 16: a whole number of cache lines). */
  private readonly RS: number;
  private rec = new Int32Array(0);
  private gazData = new Int32Array(256);
  private gazLen = 0;
  /**
   * The pair values' UTF-16 code units, hashed on without going through the strings: value v of slot
   * s is chars[rec[s * RS + R_VOFF + v] .. + rec[s * RS + R_VLEN + v]); the padding <s> and </s> first
   * (PAD_CHARS).
   */
  private chars = new Uint16Array(4096);
  private nChars = 0;
  /** Where a slot's vectors are summed before they go to the pool. */
  private readonly scratch: Float64Array;
  /**
   * 'morph' values have a small vocabulary (a word shape, or article + one of six endings: a few dozen
   * at most): each has an id, and the summed weights of a 'morph' pair template are kept per pair of
   * ids (morphPool[morphVec.get(key)], ids below 4096).
   */
  private readonly morphIds = new Map<string, number>();
  private readonly morphVec = new Map<number, number>();
  /** morphVec for ids below MORPH_DENSE, as a table ((k * MORPH_DENSE + a) * MORPH_DENSE + b → offset, -1 = not yet). */
  private readonly morphTab = new Int32Array(NPAIR * MORPH_DENSE * MORPH_DENSE).fill(-1);
  private morphPool = new Int32Array(0);
  private readonly padMorphL: number;
  private readonly padMorphR: number;

  // Buffers reused across calls.
  private cap = 0;
  private slots = new Int32Array(0);
  private em = new Float64Array(0);
  private emT = new Float64Array(0);
  private delta = new Float64Array(0);
  private back = new Int32Array(0);
  private best = new Int32Array(0);
  private alpha = new Float64Array(0);
  private beta = new Float64Array(0);
  private readonly tmp: Float64Array;
  private readonly infos: WordInfo[] = [];
  private readonly marks = new GazMarks();
  /** Gazetteer lookups of a sentence (findMarks): per entry token, length, mask or key index; keys, results. */
  private gTok = new Int32Array(1024);
  private gLen = new Int32Array(1024);
  private gVal = new Int32Array(1024);
  private gKey = new Int32Array(1024);
  private gOut = new Int32Array(1024);

  constructor(readonly parts: ModelParts) {
    const h = parts.header;
    this.oIndex = Math.max(0, h.labels.indexOf('O'));
    this.oBias = h.oBias ?? 0;
    this.labels = h.labels;
    const L = (this.L = h.labels.length);
    for (const c of h.gazClasses) if (!(GAZ_CLASSES as readonly string[]).includes(c)) throw new Error(`model uses unknown gazetteer class ${c}`);
    // Feature records: key, row in parts.weights + 1.
    this.feats = new HashTable(parts.featHash);
    this.w = parts.weights;
    this.allowed = bioConstraints(h.labels);
    this.trans = Float64Array.from(parts.trans);
    this.start = Float64Array.from(parts.start);
    const gaz = new BakedGazetteer(parts.gazHash, parts.gazMask, h.gazMaxLen);
    this.gaz = gaz;
    this.gazTable = gaz.table;
    this.gazMasks = gaz.masks;
    this.scale = h.weightScale;
    this.posSink = new PositionSink(this.feats, L);
    this.sink = new WeightSink(this.feats, this.w, L);
    const T = h.temperature || 1;
    this.trT = this.trans.map((x) => x / T);
    this.stT = this.start.map((x) => x / T);
    this.expTr = this.trT.map((x, i) => (this.allowed[i] ? Math.exp(x) : 0));
    this.expSt = this.stT.map((x, y) => (this.allowed[L * L + y] ? Math.exp(x) : 0));
    this.preds = [];
    this.succs = [];
    for (let y = 0; y < L; y++) {
      const p: number[] = [];
      const s: number[] = [];
      for (let k = 0; k < L; k++) {
        if (this.allowed[k * L + y]) p.push(k);
        if (this.allowed[y * L + k]) s.push(k);
      }
      this.preds.push(Int32Array.from(p));
      this.succs.push(Int32Array.from(s));
    }
    const flat = (lists: Int32Array[]) => {
      const start = new Int32Array(L + 1);
      for (let y = 0; y < L; y++) start[y + 1] = start[y] + lists[y].length;
      const all = new Int32Array(start[L]);
      for (let y = 0; y < L; y++) all.set(lists[y], start[y]);
      return [start, all] as const;
    };
    [this.predStart, this.predFrom] = flat(this.preds);
    [this.succStart, this.succTo] = flat(this.succs);
    this.predTr = new Float64Array(this.predFrom.length);
    this.predExp = new Float64Array(this.predFrom.length);
    for (let y = 0; y < L; y++) {
      for (let k = this.predStart[y]; k < this.predStart[y + 1]; k++) {
        this.predTr[k] = this.trans[this.predFrom[k] * L + y];
        this.predExp[k] = this.expTr[this.predFrom[k] * L + y];
      }
    }
    this.unrolled = L === 9;
    this.bio9 = L === 9 && h.labels[0] === 'O' && [1, 3, 5, 7].every((b) => h.labels[b].startsWith('B-') && h.labels[b + 1] === 'I-' + h.labels[b].slice(2));
    this.trCol = new Float64Array(L * L);
    this.expCol = new Float64Array(L * L);
    for (let y = 0; y < L; y++) {
      for (let p = 0; p < L; p++) {
        this.trCol[y * L + p] = this.trans[p * L + y];
        this.expCol[y * L + p] = this.expTr[p * L + y];
      }
    }
    this.fullCols = Int32Array.from(this.preds.map((ps, y) => (ps.length === L ? y : -1)).filter((y) => y >= 0));
    this.sparseCols = Int32Array.from(this.preds.map((ps, y) => (ps.length < L ? y : -1)).filter((y) => y >= 0));
    this.succExp = new Float64Array(this.succTo.length);
    for (let p = 0; p < L; p++) for (let k = this.succStart[p]; k < this.succStart[p + 1]; k++) this.succExp[k] = this.expTr[p * L + this.succTo[k]];
    this.tmp = new Float64Array(L);
    this.scratch = new Float64Array(VECS * L);
    this.padLeftL = Int32Array.from(this.pairStates, (st) => pairLeftState(st, PAD_L));
    this.padLeftR = Int32Array.from(this.pairStates, (st) => pairLeftState(st, PAD_R));
    this.addChars(PAD_L);
    this.addChars(PAD_R);
    this.padMorphL = this.morphId(PAD_L);
    this.padMorphR = this.morphId(PAD_R);
    this.RS = (R_POOL + VECS * L + 15) & ~15;
    this.ensureSlots(64);
    // The padding slot: what the 'nb' templates give beyond the sentence.
    this.fillSlot(PAD_SLOT, (sink, off, prefix) => sink.add(prefix, off < 0 ? PAD_L : PAD_R), null);
  }

  private ensureSlots(n: number): void {
    if (n <= this.slotCap) return;
    const cap = Math.max(n, Math.min(2 * this.slotCap, MAX_WORDS + 1));
    const rec = new Int32Array(cap * this.RS);
    rec.set(this.rec);
    this.rec = rec;
    this.slotCap = cap;
  }

  private morphId(value: string): number {
    let id = this.morphIds.get(value);
    if (id === undefined) this.morphIds.set(value, (id = this.morphIds.size));
    return id;
  }

  /** Append the code units of str to chars; returns where they start. */
  private addChars(str: string): number {
    if (this.chars.length < this.nChars + str.length) {
      const bigger = new Uint16Array(2 * (this.nChars + str.length));
      bigger.set(this.chars.subarray(0, this.nChars));
      this.chars = bigger;
    }
    const at = this.nChars;
    for (let i = 0; i < str.length; i++) this.chars[at + i] = str.charCodeAt(i);
    this.nChars += str.length;
    return at;
  }

  /** The cache slot of a word, with everything kept per word (computed on first sight). */
  private slot(word: string, h = fnvMore(FNV_INIT, word)): number {
    const { wordTable: table, rec, RS } = this;
    const mask = table.length - 1;
    let q = h & mask;
    for (;;) {
      const k = table[q];
      if (k === 0) break;
      const o = (k - 1) * RS;
      if (rec[o + R_HASH] === h && rec[o + R_KLEN] === word.length) {
        const { chars } = this;
        let c = rec[o + R_KOFF];
        let i = 0;
        while (i < word.length && chars[c] === word.charCodeAt(i)) {
          i++;
          c++;
        }
        if (i === word.length) return k - 1;
      }
      q = (q + 1) & mask;
    }
    const s = this.nSlots++;
    this.ensureSlots(s + 1);
    const info = wordInfo(word);
    this.fillSlot(s, (sink, _off, prefix, val) => sink.add(prefix, info[val]), info);
    const r = this.rec;
    const o = s * RS;
    for (let k = 0; k < NPAIR; k++) r[o + R_LEFT + k] = pairLeftState(this.pairStates[k], info[PAIR_TEMPLATES[k].val]);
    for (let v = 0; v < NPV; v++) {
      const str = info[PAIR_VALUES[v]];
      r[o + R_VOFF + v] = this.addChars(str);
      r[o + R_VLEN + v] = str.length;
    }
    r[o + R_MORPH] = this.morphId(info.morph);
    r[o + R_PLAIN] = info.norm === info.stem ? 1 : 0;
    r[o + R_HASH] = h;
    // The word as given: most often its own norm, whose code units are there already.
    r[o + R_KOFF] = word === info.norm ? r[o + R_VOFF + NORM_V] : this.addChars(word);
    r[o + R_KLEN] = word.length;
    const rh = info.readingHashes;
    if (this.gazData.length < this.gazLen + 2 * rh.length) {
      const bigger = new Int32Array(2 * (this.gazLen + 2 * rh.length));
      bigger.set(this.gazData);
      this.gazData = bigger;
    }
    r[o + R_GAZOFF] = this.gazLen;
    r[o + R_GAZCNT] = rh.length;
    for (let k = 0; k < rh.length; k++) {
      this.gazData[this.gazLen++] = this.gaz.lookup(rh[k] >>> 0);
      this.gazData[this.gazLen++] = Math.imul(rh[k] ^ 32, 0x01000193); // ' '
    }
    table[q] = s + 1;
    this.slotInfo[s] = info;
    return s;
  }

  /** FNV-1a of each word of a sentence, and the word table's entry at its first probe (findSlots). */
  private wordHashes = new Int32Array(0);
  private firstProbe = new Int32Array(0);
  /** A sum findSlots keeps, so that its reads are not left out. */
  private touched = 0;

  /**
   * slots[i] = slot(words[i]) for the words of a sentence. The word table, the records and the code
   * units of the words seen before are read for all the words in a loop of their own first, whose cache
   * misses overlap (after the engine's rules have run, little of the tagger's data is still cached),
   * rather than one word at a time in slot(); then slot() finds them at hand.
   */
  private findSlots(words: readonly string[], n: number, holders?: readonly SlotHolder[]): void {
    if (holders) {
      // Words whose holder keeps their slot in this generation of the cache need no lookup.
      const gen = this.generation;
      let all = true;
      for (let i = 0; i < n; i++) {
        const h = holders[i];
        if (h.tagSlotFor === gen) this.slots[i] = h.tagSlot;
        else all = false;
      }
      if (!all) {
        for (let i = 0; i < n; i++) {
          const h = holders[i];
          // (a word said twice in the sentence: its holder is current from its first time on)
          if (h.tagSlotFor === gen) this.slots[i] = h.tagSlot;
          else {
            h.tagSlot = this.slots[i] = this.slot(words[i]);
            h.tagSlotFor = gen;
          }
        }
      }
      this.touchRecords(n);
      return;
    }
    if (this.wordHashes.length < n) {
      this.wordHashes = new Int32Array(2 * n);
      this.firstProbe = new Int32Array(2 * n);
    }
    const { wordHashes: hs, firstProbe: first, wordTable: table, rec, RS, chars, slots } = this;
    const mask = table.length - 1;
    for (let i = 0; i < n; i++) hs[i] = fnvMore(FNV_INIT, words[i]);
    for (let i = 0; i < n; i++) first[i] = table[hs[i] & mask];
    let touched = 0;
    for (let i = 0; i < n; i++) {
      const k = first[i];
      if (k !== 0) {
        const o = (k - 1) * RS;
        touched = (touched + rec[o + R_HASH] + chars[rec[o + R_KOFF]]) | 0;
      }
    }
    this.touched = touched & 1;
    for (let i = 0; i < n; i++) slots[i] = this.slot(words[i], hs[i]);
  }

  /**
   * Reads the records of the sentence's slots (each cache line of each: its fields, then its score
   * vectors; four lines for the shipped model's 9 labels), then the first code unit of each one's values
   * and its gazetteer data, in loops of their own whose reads do not depend on each other: their cache
   * misses overlap, where findMarks, the pair hashing and the sums would each wait for them one at a time
   * (a text's words are found through their holders, without the word table, whose reads did this in
   * findSlots). The sums read are kept as int32, and only their last bit stored (a small integer field).
   */
  private touchRecords(n: number): void {
    const { rec, RS, chars, gazData, slots } = this;
    let touched = 0;
    if (RS === 64) {
      for (let i = 0; i < n; i++) {
        const o = slots[i] * 64;
        touched = (touched + rec[o] + rec[o + 16] + rec[o + 32] + rec[o + 48]) | 0;
      }
    } else for (let i = 0; i < n; i++) for (let o = slots[i] * RS, e = o + RS; o < e; o += 16) touched = (touched + rec[o]) | 0;
    for (let i = 0; i < n; i++) {
      const o = slots[i] * RS;
      touched = (touched + chars[rec[o + R_VOFF]] + gazData[rec[o + R_GAZOFF]]) | 0;
    }
    this.touched = touched & 1;
  }

  /**
   * Sum the weights of slot s's features into the pool: wordFeatures(info) (if info) into vector 0,
   * then into vector j + 1 the 'nb' templates at offset NB_OFFSETS[j], each given to `nb`.
   */
  private fillSlot(s: number, nb: (sink: FeatureSink, off: number, prefix: string, val: WordValue) => void, info: WordInfo | null): void {
    const L = this.L;
    const { sink, scratch } = this;
    scratch.fill(0);
    sink.target = scratch;
    sink.base = 0;
    if (info) wordFeatures(info, sink);
    for (let j = 0; j < NB_OFFSETS.length; j++) {
      sink.base = (1 + j) * L;
      const off = NB_OFFSETS[j];
      for (const t of CONTEXT_TEMPLATES) if (t.kind === 'nb' && t.off === off) nb(sink, off, t.prefix, t.val);
    }
    this.rec.set(scratch, s * this.RS + R_POOL);
  }

  /** Offset in morphPool of the summed weights of 'morph' pair template k for the ids a, b. */
  private morphPair(k: number, a: number, b: number): number {
    const dense = a < MORPH_DENSE && b < MORPH_DENSE;
    const key = (k * MORPH_DENSE + a) * MORPH_DENSE + b;
    if (dense && this.morphTab[key] >= 0) return this.morphTab[key];
    return this.morphPairSlow(k, a, b, dense ? key : -1);
  }

  private morphPairSlow(k: number, a: number, b: number, denseKey: number): number {
    const key = (k * 4096 + a) * 4096 + b;
    let o = this.morphVec.get(key);
    if (o !== undefined) return o;
    const L = this.L;
    o = this.morphVec.size * L;
    if (this.morphPool.length < o + L) {
      const bigger = new Int32Array(Math.max(64 * L, 2 * this.morphPool.length));
      bigger.set(this.morphPool);
      this.morphPool = bigger;
    }
    const names = [...this.morphIds.keys()];
    const { sink, scratch } = this;
    const { target, base } = sink;
    scratch.fill(0, 0, L);
    sink.target = scratch;
    sink.base = 0;
    sink.addHash(fnvMore(pairLeftState(this.pairStates[k], names[a]), names[b]) >>> 0);
    sink.target = target;
    sink.base = base;
    for (let y = 0; y < L; y++) this.morphPool[o + y] = scratch[y];
    this.morphVec.set(key, o);
    if (denseKey >= 0) this.morphTab[denseKey] = o;
    return o;
  }

  private ensure(n: number): void {
    if (n <= this.cap) return;
    const cap = Math.max(n, 2 * this.cap, 64);
    const L = this.L;
    this.cap = cap;
    this.slots = new Int32Array(cap);
    this.em = new Float64Array(cap * L);
    this.emT = new Float64Array(cap * L);
    this.delta = new Float64Array(cap * L);
    this.back = new Int32Array(cap * L);
    this.best = new Int32Array(cap);
    this.alpha = new Float64Array(cap * L);
    this.beta = new Float64Array(cap * L);
  }

  /**
   * Gazetteer marks of the sentence in this.slots[0 .. n), as features.ts findMarks (the same marks
   * in the same order). Each reading's one-word lookup and its FNV state after ' ' come from the word
   * cache; the hashes of the longer phrases are collected first and looked up together.
   */
  private findMarks(n: number): void {
    const { marks, slots, gazData, gazTable, chars, rec, RS } = this;
    const maxLen = this.gaz.maxLen;
    // One entry per (token, reading, length) in findMarks' order: token, length, and the mask (length
    // 1, from the cache) or the index of the phrase's hash in gKey.
    let q = 0;
    let nk = 0;
    for (let i = 0; i < n; i++) {
      const s = slots[i] * RS;
      for (let o = rec[s + R_GAZOFF], e = o + 2 * rec[s + R_GAZCNT]; o < e; o += 2) {
        if (q + maxLen > this.gTok.length) this.growGaz();
        const { gTok, gLen, gVal, gKey } = this;
        gTok[q] = i;
        gLen[q] = 1;
        gVal[q++] = gazData[o];
        let h = gazData[o + 1];
        for (let len = 2; len <= maxLen && i + len <= n; len++) {
          // + the next word's norm (its code units from the word cache)
          const v = slots[i + len - 1] * RS;
          for (let c = rec[v + R_VOFF + NORM_V], ce = c + rec[v + R_VLEN + NORM_V]; c < ce; c++) h = Math.imul(h ^ chars[c], 0x01000193);
          gTok[q] = i;
          gLen[q] = len;
          gVal[q++] = nk;
          gKey[nk++] = h;
          h = Math.imul(h ^ 32, 0x01000193);
        }
      }
    }
    const { gTok, gLen, gVal, gKey, gOut } = this;
    gazTable.getMany(gKey, nk, gOut);
    const grec = gazTable.rec;
    const masks = this.gazMasks;
    marks.reset(n);
    for (let k = 0; k < q; k++) {
      const len = gLen[k];
      const m = len === 1 ? gVal[k] : gOut[gVal[k]] < 0 ? 0 : masks[grec[gOut[gVal[k]] + 1] - 1];
      if (m) pushMarks(marks, gTok[k], len, m);
    }
    const plain = marks.plain;
    for (let i = 0; i < n; i++) plain[i] = rec[slots[i] * RS + R_PLAIN];
  }

  private growGaz(): void {
    const grow = (a: Int32Array) => {
      const b = new Int32Array(2 * a.length);
      b.set(a);
      return b;
    };
    this.gTok = grow(this.gTok);
    this.gLen = grow(this.gLen);
    this.gVal = grow(this.gVal);
    this.gKey = grow(this.gKey);
    this.gOut = new Int32Array(this.gKey.length);
  }

  /** Emission scores of the words into this.em[0 .. n*L). */
  private fillEmissions(words: readonly string[], holders?: readonly SlotHolder[]): void {
    const n = words.length;
    const L = this.L;
    this.ensure(n);
    // Empty the word cache between calls only, so that slots stay valid during one.
    if (this.nSlots - 1 + n > MAX_WORDS) {
      this.wordTable.fill(0);
      this.generation = {};
      this.slotInfo = [];
      this.nChars = PAD_CHARS;
      this.nSlots = 1;
      this.gazLen = 0;
    }
    const { slots, infos } = this;
    this.findSlots(words, n, holders);
    infos.length = n;
    for (let i = 0; i < n; i++) infos[i] = this.slotInfo[slots[i]];
    this.findMarks(n);
    const { em, rec, RS, scale, oIndex, oBias, pairVal, pairMorph, pairSlot, padLeftL, padLeftR, posSink, w, chars } = this;
    // The hashed pair features of position t go to keys[t * NH + pairSlot[k]]; position features to
    // posSink (from posStart[t]); 'morph' pairs from the morph cache to morphAt[t * NM ..].
    const NH = NHASHED;
    if (this.pairKeys.length < n * NH) {
      this.pairKeys = new Int32Array(2 * n * NH);
      this.pairOut = new Int32Array(2 * n * NH);
      this.posStart = new Int32Array(2 * n + 1);
      this.morphAt = new Int32Array(2 * n * NMORPH);
    }
    const { pairKeys: keys, pairOut: out, posStart, morphAt } = this;
    posSink.n = 0;
    for (let t = 0; t < n; t++) {
      let nm = 0;
      for (let j = 0; j < LOOP_PAIRS.length; j++) {
        const k = LOOP_PAIRS[j];
        const ka = t + PAIR_A[k];
        const kb = t + PAIR_B[k];
        if (pairMorph[k]) {
          const ma = ka < 0 ? this.padMorphL : ka >= n ? this.padMorphR : rec[slots[ka] * RS + R_MORPH];
          const mb = kb < 0 ? this.padMorphL : kb >= n ? this.padMorphR : rec[slots[kb] * RS + R_MORPH];
          morphAt[t * NMORPH + nm++] = this.morphPair(k, ma, mb);
          continue;
        }
        const left = ka < 0 ? padLeftL[k] : ka >= n ? padLeftR[k] : rec[slots[ka] * RS + R_LEFT + k];
        let h = left;
        if (kb < 0 || kb >= n) h = fnvMore(h, kb < 0 ? PAD_L : PAD_R);
        else {
          const v = slots[kb] * RS + pairVal[k];
          for (let c = rec[v + R_VOFF], ce = c + rec[v + R_VLEN]; c < ce; c++) h = Math.imul(h ^ chars[c], 0x01000193);
        }
        keys[t * NH + pairSlot[k]] = h;
      }
      posStart[t] = posSink.n;
      positionFeatures(infos, this.marks, t, posSink);
    }
    posStart[n] = posSink.n;
    this.hashAdjacentPairs(n);
    this.feats.getMany(keys, n * NH, out);
    this.touchWeights(out);
    // Per position, sums of integers (exact in any order): its own vector, the 'nb' vectors of its
    // neighbours (vector j + 1 of the slot of the word at t + NB_OFFSETS[j]), 'morph' pairs, and the
    // records found for its pair and position features; then the scale and the bias of O.
    const nbOff = this.nbOff;
    let recs = this.recs;
    const NNB = NB_OFFSETS.length;
    const mp = this.morphPool;
    const { offs: posOffs } = posSink;
    const frec = this.feats.rec;
    if (this.unrolled) {
      this.sumEmissions9(n);
      return;
    }
    for (let t = 0; t < n; t++) {
      const base = t * L;
      for (let j = 0; j < NNB; j++) {
        const k = t + NB_OFFSETS[j];
        nbOff[j] = (k < 0 || k >= n ? PAD_SLOT : slots[k]) * RS + R_POOL + (1 + j) * L;
      }
      if (recs.length < NH + posStart[t + 1] - posStart[t]) recs = this.recs = new Int32Array(2 * (NH + posStart[t + 1] - posStart[t]));
      let nr = 0;
      for (let h = t * NH, e = h + NH; h < e; h++) if (out[h] >= 0) recs[nr++] = (frec[out[h] + 1] - 1) * L;
      for (let q = posStart[t], e = posStart[t + 1]; q < e; q++) recs[nr++] = posOffs[q];
      const own = slots[t] * RS + R_POOL;
      const mo = t * NMORPH;
      for (let y = 0; y < L; y++) {
        let sum = rec[own + y];
        for (let j = 0; j < NNB; j++) sum += rec[nbOff[j] + y];
        for (let j = 0; j < NMORPH; j++) sum += mp[morphAt[mo + j] + y];
        for (let r = 0; r < nr; r++) sum += w[recs[r] + y];
        em[base + y] = sum * scale;
      }
      em[base + oIndex] += oBias;
    }
  }

  /**
   * Reads the weight rows of the pair features getMany found (out) and of the position features (posSink),
   * in a loop of independent reads before the sums, whose loads would otherwise wait one row at a time.
   */
  private touchWeights(out: Int32Array): void {
    const { w, L } = this;
    const frec = this.feats.rec;
    const { passed, nPassed } = this.feats;
    let touched = 0;
    for (let k = 0; k < nPassed; k++) {
      const o = out[passed[k]];
      if (o >= 0) touched = (touched + w[(frec[o + 1] - 1) * L]) | 0;
    }
    const offs = this.posSink.offs;
    for (let q = 0, e = this.posSink.n; q < e; q++) touched = (touched + w[offs[q]]) | 0;
    this.touched = touched & 1;
  }

  /**
   * The per-position sums of fillEmissions for 9 labels (the model's L), row by row: each vector or
   * weight row is read once, its nine values added to nine running sums, instead of a pass over all of
   * them for each label. The sums are of integers (exact in any order), so em is the same to the bit;
   * the general loop in fillEmissions is kept for other label counts (and tested against this one).
   */
  private sumEmissions9(n: number): void {
    const { em, rec: pool, RS, scale, oIndex, oBias, slots, w, morphAt, posStart, pairOut: out } = this;
    const mp = this.morphPool;
    const posOffs = this.posSink.offs;
    const rec = this.feats.rec;
    const NH = NHASHED;
    const NNB = NB_OFFSETS.length;
    for (let t = 0; t < n; t++) {
      let o = slots[t] * RS + R_POOL;
      let s0 = pool[o];
      let s1 = pool[o + 1];
      let s2 = pool[o + 2];
      let s3 = pool[o + 3];
      let s4 = pool[o + 4];
      let s5 = pool[o + 5];
      let s6 = pool[o + 6];
      let s7 = pool[o + 7];
      let s8 = pool[o + 8];
      // The 'nb' vectors of the neighbours: vector j + 1 of the slot of the word at t + NB_OFFSETS[j].
      for (let j = 0; j < NNB; j++) {
        const k = t + NB_OFFSETS[j];
        o = (k < 0 || k >= n ? PAD_SLOT : slots[k]) * RS + R_POOL + (1 + j) * 9;
        s0 += pool[o];
        s1 += pool[o + 1];
        s2 += pool[o + 2];
        s3 += pool[o + 3];
        s4 += pool[o + 4];
        s5 += pool[o + 5];
        s6 += pool[o + 6];
        s7 += pool[o + 7];
        s8 += pool[o + 8];
      }
      for (let j = t * NMORPH, e = j + NMORPH; j < e; j++) {
        o = morphAt[j];
        s0 += mp[o];
        s1 += mp[o + 1];
        s2 += mp[o + 2];
        s3 += mp[o + 3];
        s4 += mp[o + 4];
        s5 += mp[o + 5];
        s6 += mp[o + 6];
        s7 += mp[o + 7];
        s8 += mp[o + 8];
      }
      // The pair features found, then the position features.
      for (let h = t * NH, e = h + NH; h < e; h++) {
        if (out[h] < 0) continue;
        o = (rec[out[h] + 1] - 1) * 9;
        s0 += w[o];
        s1 += w[o + 1];
        s2 += w[o + 2];
        s3 += w[o + 3];
        s4 += w[o + 4];
        s5 += w[o + 5];
        s6 += w[o + 6];
        s7 += w[o + 7];
        s8 += w[o + 8];
      }
      for (let q = posStart[t], e = posStart[t + 1]; q < e; q++) {
        o = posOffs[q];
        s0 += w[o];
        s1 += w[o + 1];
        s2 += w[o + 2];
        s3 += w[o + 3];
        s4 += w[o + 4];
        s5 += w[o + 5];
        s6 += w[o + 6];
        s7 += w[o + 7];
        s8 += w[o + 8];
      }
      const b = t * 9;
      em[b] = s0 * scale;
      em[b + 1] = s1 * scale;
      em[b + 2] = s2 * scale;
      em[b + 3] = s3 * scale;
      em[b + 4] = s4 * scale;
      em[b + 5] = s5 * scale;
      em[b + 6] = s6 * scale;
      em[b + 7] = s7 * scale;
      em[b + 8] = s8 * scale;
      em[b + oIndex] += oBias;
    }
  }

  /**
   * The hashes of the pair templates over adjacent words (ADJACENT_GROUPS) into pairKeys, word by
   * word: for the word u on the right, up to three templates of a group that read the same value have
   * their states (after prefix + value of word u - 1 + '|', from the word cache) continued over that
   * value together, three independent multiply chains instead of one after the other.
   */
  private hashAdjacentPairs(n: number): void {
    const { pairKeys: keys, pairSlot, slots, rec, RS, padLeftL, padLeftR, chars } = this;
    const NH = NHASHED;
    for (const g of ADJACENT_GROUPS) {
      for (let c = 0; c < g.ks.length; c += 3) {
        const k0 = g.ks[c];
        const k1 = c + 1 < g.ks.length ? g.ks[c + 1] : k0;
        const k2 = c + 2 < g.ks.length ? g.ks[c + 2] : k0;
        const s0 = pairSlot[k0];
        const s1 = pairSlot[k1];
        const s2 = pairSlot[k2];
        const b0 = PAIR_TEMPLATES[k0].b;
        const b1 = c + 1 < g.ks.length ? PAIR_TEMPLATES[k1].b : NaN;
        const b2 = c + 2 < g.ks.length ? PAIR_TEMPLATES[k2].b : NaN;
        const uMin = Math.min(b0, c + 1 < g.ks.length ? b1 : b0, c + 2 < g.ks.length ? b2 : b0);
        const uMax = n - 1 + Math.max(b0, c + 1 < g.ks.length ? b1 : b0, c + 2 < g.ks.length ? b2 : b0);
        for (let u = uMin; u <= uMax; u++) {
          // The right value's code units: the padding's or the word's.
          let c0: number, c1: number;
          if (u < 0 || u >= n) {
            c0 = u < 0 ? 0 : PAD_L.length;
            c1 = c0 + (u < 0 ? PAD_L.length : PAD_R.length);
          } else {
            c0 = rec[slots[u] * RS + R_VOFF + g.val];
            c1 = c0 + rec[slots[u] * RS + R_VLEN + g.val];
          }
          const l = u - 1;
          let h0: number, h1: number, h2: number;
          if (l < 0) {
            h0 = padLeftL[k0];
            h1 = padLeftL[k1];
            h2 = padLeftL[k2];
          } else if (l >= n) {
            h0 = padLeftR[k0];
            h1 = padLeftR[k1];
            h2 = padLeftR[k2];
          } else {
            const o = slots[l] * RS + R_LEFT;
            h0 = rec[o + k0];
            h1 = rec[o + k1];
            h2 = rec[o + k2];
          }
          for (let i = c0; i < c1; i++) {
            const ch = chars[i];
            h0 = Math.imul(h0 ^ ch, 0x01000193);
            h1 = Math.imul(h1 ^ ch, 0x01000193);
            h2 = Math.imul(h2 ^ ch, 0x01000193);
          }
          // Position t = u - b of each template, when inside the sentence (b1, b2 are NaN when unused).
          let t = u - b0;
          if (t >= 0 && t < n) keys[t * NH + s0] = h0;
          t = u - b1;
          if (t >= 0 && t < n) keys[t * NH + s1] = h1;
          t = u - b2;
          if (t >= 0 && t < n) keys[t * NH + s2] = h2;
        }
      }
    }
  }

  /**
   * Before a text's sentences (Tagger.prefetch): the Bloom filters of the feature and gazetteer tables
   * (192 KB together), read in order. Most lookups while tagging are of absent keys (about 87% of the
   * pair features and 98% of the gazetteer phrases of an article), each answered by one filter entry at
   * a random place; after the engine's rules and the page's other work these are no longer in the CPU's
   * caches, and lines read in order come far faster than lines read at random.
   */
  prefetch(): void {
    this.touched = (this.feats.touchBloom() + this.gazTable.touchBloom()) & 1;
  }

  /** Emission scores n*L for the words. */
  emissions(words: readonly string[]): Float64Array {
    this.fillEmissions(words);
    return this.em.slice(0, words.length * this.L);
  }

  /** Per-token label marginals (n*L) at a given temperature (for calibration). */
  marginalsAt(words: readonly string[], temperature: number): Float64Array {
    const em = this.emissions(words).map((x) => x / temperature);
    return marginals(words.length, this.L, em, this.trans.map((x) => x / temperature), this.start.map((x) => x / temperature), this.allowed);
  }

  tag(words: readonly string[], holders?: readonly SlotHolder[]): { labels: string[]; spans: TaggedSpan[] } {
    const n = words.length;
    if (n === 0) return { labels: [], spans: [] };
    const L = this.L;
    this.fillEmissions(words, holders);
    if (this.unrolled) this.viterbi9(n);
    else this.viterbi(n);
    const { delta, back } = this;
    const best = this.best;
    let bestScore = -Infinity;
    let arg = 0;
    for (let y = 0; y < L; y++) {
      if (delta[(n - 1) * L + y] > bestScore) {
        bestScore = delta[(n - 1) * L + y];
        arg = y;
      }
    }
    best[n - 1] = arg;
    for (let t = n - 1; t > 0; t--) best[t - 1] = back[t * L + best[t]];
    const labels: string[] = [];
    for (let t = 0; t < n; t++) labels.push(this.labels[best[t]]);
    const spans = bioSpans(labels);
    if (!spans.length) return { labels, spans: [] };
    const lo = spans[0].from;
    const hi = spans[spans.length - 1].to;
    const scaled = this.forwardBackwardScaled(n, lo, hi);
    const { alpha, beta } = this;
    const z = scaled ? 0 : this.forwardBackwardLog(n, lo);
    return {
      labels,
      spans: spans.map((s) => {
        let score = 1;
        for (let t = s.from; t < s.to; t++) {
          const i = t * L + best[t];
          // Scaled: the marginal is alpha * beta over its row's sum (in rowSum); log space: exp(alpha + beta - log Z).
          score = Math.min(score, scaled ? (alpha[i] * beta[i]) / this.rowSum(t) : Math.exp(alpha[i] + beta[i] - z));
        }
        return { from: s.from, to: s.to, type: s.type as NerType, score: Math.max(0, Math.min(1, score)) };
      }),
    };
  }

  /**
   * Viterbi scores and back pointers into delta and back, as decode.ts viterbi (the same sums and
   * comparisons, over the allowed transitions only: a disallowed one can only lose).
   */
  private viterbi(n: number): void {
    const L = this.L;
    const { em, delta, back, allowed, start, predStart, predFrom, predTr } = this;
    for (let y = 0; y < L; y++) delta[y] = !allowed[L * L + y] ? -Infinity : start[y] + em[y];
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      const cur = t * L;
      for (let y = 0; y < L; y++) {
        let best = -Infinity;
        let arg = 0;
        for (let k = predStart[y], e = predStart[y + 1]; k < e; k++) {
          const p = predFrom[k];
          const v = delta[prev + p] + predTr[k];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        delta[cur + y] = best + em[cur + y];
        back[cur + y] = arg;
      }
    }
  }

  /**
   * viterbi() for 9 labels (the shipped model), with the previous position's scores in locals and the
   * labels every label may follow (O and B-X under BIO) unrolled: the same sums and comparisons in
   * the same order, so the same result. trCol[y * 9 + p] = trans[p * 9 + y].
   */
  private viterbi9(n: number): void {
    const { em, delta, back, allowed, start, predStart, predFrom, predTr, trCol, fullCols, sparseCols, bio9 } = this;
    for (let y = 0; y < 9; y++) delta[y] = !allowed[81 + y] ? -Infinity : start[y] + em[y];
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * 9;
      const cur = t * 9;
      const d0 = delta[prev];
      const d1 = delta[prev + 1];
      const d2 = delta[prev + 2];
      const d3 = delta[prev + 3];
      const d4 = delta[prev + 4];
      const d5 = delta[prev + 5];
      const d6 = delta[prev + 6];
      const d7 = delta[prev + 7];
      const d8 = delta[prev + 8];
      for (let j = 0; j < fullCols.length; j++) {
        const y = fullCols[j];
        const c = y * 9;
        // decode.ts starts from -Infinity and arg 0; the first comparison then always takes p = 0
        // unless its score is -Infinity, where best stays -Infinity and arg 0 all the same.
        let best = d0 + trCol[c];
        let arg = 0;
        let v = d1 + trCol[c + 1];
        if (v > best) {
          best = v;
          arg = 1;
        }
        v = d2 + trCol[c + 2];
        if (v > best) {
          best = v;
          arg = 2;
        }
        v = d3 + trCol[c + 3];
        if (v > best) {
          best = v;
          arg = 3;
        }
        v = d4 + trCol[c + 4];
        if (v > best) {
          best = v;
          arg = 4;
        }
        v = d5 + trCol[c + 5];
        if (v > best) {
          best = v;
          arg = 5;
        }
        v = d6 + trCol[c + 6];
        if (v > best) {
          best = v;
          arg = 6;
        }
        v = d7 + trCol[c + 7];
        if (v > best) {
          best = v;
          arg = 7;
        }
        v = d8 + trCol[c + 8];
        if (v > best) {
          best = v;
          arg = 8;
        }
        delta[cur + y] = best + em[cur + y];
        back[cur + y] = arg;
      }
      if (bio9) {
        // I-X (y = 2, 4, 6, 8) follows only B-X (y - 1) and I-X (y): the general loop below for these two
        // predecessors, written out (the same comparisons in the same order; trCol[y * 9 + p] = predTr).
        {
          let best = -Infinity;
          let arg = 0;
          let v = d1 + trCol[19];
          if (v > best) {
            best = v;
            arg = 1;
          }
          v = d2 + trCol[20];
          if (v > best) {
            best = v;
            arg = 2;
          }
          delta[cur + 2] = best + em[cur + 2];
          back[cur + 2] = arg;
        }
        {
          let best = -Infinity;
          let arg = 0;
          let v = d3 + trCol[39];
          if (v > best) {
            best = v;
            arg = 3;
          }
          v = d4 + trCol[40];
          if (v > best) {
            best = v;
            arg = 4;
          }
          delta[cur + 4] = best + em[cur + 4];
          back[cur + 4] = arg;
        }
        {
          let best = -Infinity;
          let arg = 0;
          let v = d5 + trCol[59];
          if (v > best) {
            best = v;
            arg = 5;
          }
          v = d6 + trCol[60];
          if (v > best) {
            best = v;
            arg = 6;
          }
          delta[cur + 6] = best + em[cur + 6];
          back[cur + 6] = arg;
        }
        {
          let best = -Infinity;
          let arg = 0;
          let v = d7 + trCol[79];
          if (v > best) {
            best = v;
            arg = 7;
          }
          v = d8 + trCol[80];
          if (v > best) {
            best = v;
            arg = 8;
          }
          delta[cur + 8] = best + em[cur + 8];
          back[cur + 8] = arg;
        }
        continue;
      }
      for (let j = 0; j < sparseCols.length; j++) {
        const y = sparseCols[j];
        let best = -Infinity;
        let arg = 0;
        for (let k = predStart[y], e = predStart[y + 1]; k < e; k++) {
          const p = predFrom[k];
          const v = delta[prev + p] + predTr[k];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        delta[cur + y] = best + em[cur + y];
        back[cur + y] = arg;
      }
    }
  }

  /** Σ_y alpha[t, y] * beta[t, y] (scaled forward-backward): the normaliser of position t's marginals. */
  private rowSum(t: number): number {
    const { alpha, beta, L } = this;
    let s = 0;
    for (let y = t * L, e = y + L; y < e; y++) s += alpha[y] * beta[y];
    return s;
  }

  /**
   * Forward-backward in probability space with per-position scaling, at the model's temperature:
   * ex[t, y] = exp((em[t, y] - max_y em[t, y]) / T) once per (position, label) (expNonPositive), exp
   * of the transitions and start scores once (expTr, expSt; 0 where not allowed); alpha rows (t < hi,
   * hi = end of the last span) and beta rows (t >= lo, lo = start of the first span) are each divided
   * by their sum. Every row of alpha and of beta is then the log-space one times a constant, so
   * p(y_t = y) = alpha[t, y] beta[t, y] / Σ_y' alpha[t, y'] beta[t, y'] (rowSum), equal to decode.ts
   * marginals up to rounding (relative error of order n * 2^-52; tagger.test.ts checks 1e-9). Not
   * bit-identical to the log-space computation: 9 exp per token instead of about 90. Returns false
   * (nothing usable) if a row sums to MIN_ROW or less, and tag() then uses the log-space
   * forwardBackwardLog; emission spreads large enough for that do not occur with this model.
   */
  private forwardBackwardScaled(n: number, lo: number, hi: number): boolean {
    const L = this.L;
    const { em, emT: ex, alpha, beta, expSt, predStart, predFrom, predExp, succStart, succTo, succExp, tmp } = this;
    const invT = 1 / (this.parts.header.temperature || 1);
    for (let t = 0; t < n; t++) {
      const b = t * L;
      let m = em[b];
      for (let y = 1; y < L; y++) if (em[b + y] > m) m = em[b + y];
      for (let y = 0; y < L; y++) ex[b + y] = expNonPositive((em[b + y] - m) * invT);
    }
    let sum = 0;
    for (let y = 0; y < L; y++) sum += alpha[y] = expSt[y] * ex[y];
    if (!(sum > MIN_ROW)) return false;
    let inv = 1 / sum;
    for (let y = 0; y < L; y++) alpha[y] *= inv;
    if (this.unrolled) {
      if (!this.forward9(hi)) return false;
    } else {
      for (let t = 1; t < hi; t++) {
        const prev = (t - 1) * L;
        const b = t * L;
        sum = 0;
        for (let y = 0; y < L; y++) {
          let s = 0;
          for (let k = predStart[y], e = predStart[y + 1]; k < e; k++) s += alpha[prev + predFrom[k]] * predExp[k];
          sum += alpha[b + y] = s * ex[b + y];
        }
        if (!(sum > MIN_ROW)) return false;
        inv = 1 / sum;
        for (let y = 0; y < L; y++) alpha[b + y] *= inv;
      }
    }
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
    if (this.unrolled) {
      if (!this.backward9(n, lo)) return false;
    } else {
      for (let t = n - 2; t >= lo; t--) {
        const next = (t + 1) * L;
        const b = t * L;
        for (let y = 0; y < L; y++) tmp[y] = ex[next + y] * beta[next + y];
        sum = 0;
        for (let p = 0; p < L; p++) {
          let s = 0;
          for (let k = succStart[p], e = succStart[p + 1]; k < e; k++) s += succExp[k] * tmp[succTo[k]];
          sum += beta[b + p] = s;
        }
        if (!(sum > MIN_ROW)) return false;
        inv = 1 / sum;
        for (let p = 0; p < L; p++) beta[b + p] *= inv;
      }
    }
    for (let t = lo; t < hi; t++) if (!(this.rowSum(t) > MIN_ROW)) return false;
    return true;
  }

  /**
   * The forward rows 1 .. hi - 1 for 9 labels: the previous row in locals, every transition's term
   * written out (a disallowed one has expCol 0 and adds an exact 0, so the sums are those of the
   * general loop). False if a row underflows.
   */
  private forward9(hi: number): boolean {
    if (this.bio9) return this.forwardBio9(hi);
    const { alpha, emT: ex, expCol: E } = this;
    for (let t = 1; t < hi; t++) {
      const prev = (t - 1) * 9;
      const b = t * 9;
      const a0 = alpha[prev];
      const a1 = alpha[prev + 1];
      const a2 = alpha[prev + 2];
      const a3 = alpha[prev + 3];
      const a4 = alpha[prev + 4];
      const a5 = alpha[prev + 5];
      const a6 = alpha[prev + 6];
      const a7 = alpha[prev + 7];
      const a8 = alpha[prev + 8];
      let sum = 0;
      for (let y = 0; y < 9; y++) {
        const c = y * 9;
        const s = a0 * E[c] + a1 * E[c + 1] + a2 * E[c + 2] + a3 * E[c + 3] + a4 * E[c + 4] + a5 * E[c + 5] + a6 * E[c + 6] + a7 * E[c + 7] + a8 * E[c + 8];
        sum += alpha[b + y] = s * ex[b + y];
      }
      if (!(sum > MIN_ROW)) return false;
      const inv = 1 / sum;
      for (let y = 0; y < 9; y++) alpha[b + y] *= inv;
    }
    return true;
  }

  /** The backward rows n - 2 down to lo for 9 labels, as forward9. False if a row underflows. */
  private backward9(n: number, lo: number): boolean {
    if (this.bio9) return this.backwardBio9(n, lo);
    const { beta, emT: ex, expTr: E } = this;
    for (let t = n - 2; t >= lo; t--) {
      const next = (t + 1) * 9;
      const b = t * 9;
      const u0 = ex[next] * beta[next];
      const u1 = ex[next + 1] * beta[next + 1];
      const u2 = ex[next + 2] * beta[next + 2];
      const u3 = ex[next + 3] * beta[next + 3];
      const u4 = ex[next + 4] * beta[next + 4];
      const u5 = ex[next + 5] * beta[next + 5];
      const u6 = ex[next + 6] * beta[next + 6];
      const u7 = ex[next + 7] * beta[next + 7];
      const u8 = ex[next + 8] * beta[next + 8];
      let sum = 0;
      for (let p = 0; p < 9; p++) {
        const c = p * 9;
        sum += beta[b + p] = E[c] * u0 + E[c + 1] * u1 + E[c + 2] * u2 + E[c + 3] * u3 + E[c + 4] * u4 + E[c + 5] * u5 + E[c + 6] * u6 + E[c + 7] * u7 + E[c + 8] * u8;
      }
      if (!(sum > MIN_ROW)) return false;
      const inv = 1 / sum;
      for (let p = 0; p < 9; p++) beta[b + p] *= inv;
    }
    return true;
  }

  /**
   * forward9 for the labels O, B-X, I-X ... (bio9). The sum of a column is the same as forward9's to the
   * bit: the terms left out are products with an exact 0 (expCol of a forbidden transition), and adding
   * 0 to a sum of non-negative terms leaves it as it is; the others are added in the same order. Into
   * O and B-X every label may go (nine terms); into I-X only B-X and I-X (two).
   */
  private forwardBio9(hi: number): boolean {
    const { alpha, emT: ex, expCol: E } = this;
    for (let t = 1; t < hi; t++) {
      const prev = (t - 1) * 9;
      const b = t * 9;
      const a0 = alpha[prev];
      const a1 = alpha[prev + 1];
      const a2 = alpha[prev + 2];
      const a3 = alpha[prev + 3];
      const a4 = alpha[prev + 4];
      const a5 = alpha[prev + 5];
      const a6 = alpha[prev + 6];
      const a7 = alpha[prev + 7];
      const a8 = alpha[prev + 8];
      // O and B-X (y = 0, 1, 3, 5, 7): every label before; I-X (2, 4, 6, 8): its B-X and itself.
      let sum = 0;
      let s = a0 * E[0] + a1 * E[1] + a2 * E[2] + a3 * E[3] + a4 * E[4] + a5 * E[5] + a6 * E[6] + a7 * E[7] + a8 * E[8];
      sum += alpha[b] = s * ex[b];
      s = a0 * E[9] + a1 * E[10] + a2 * E[11] + a3 * E[12] + a4 * E[13] + a5 * E[14] + a6 * E[15] + a7 * E[16] + a8 * E[17];
      sum += alpha[b + 1] = s * ex[b + 1];
      s = a1 * E[19] + a2 * E[20];
      sum += alpha[b + 2] = s * ex[b + 2];
      s = a0 * E[27] + a1 * E[28] + a2 * E[29] + a3 * E[30] + a4 * E[31] + a5 * E[32] + a6 * E[33] + a7 * E[34] + a8 * E[35];
      sum += alpha[b + 3] = s * ex[b + 3];
      s = a3 * E[39] + a4 * E[40];
      sum += alpha[b + 4] = s * ex[b + 4];
      s = a0 * E[45] + a1 * E[46] + a2 * E[47] + a3 * E[48] + a4 * E[49] + a5 * E[50] + a6 * E[51] + a7 * E[52] + a8 * E[53];
      sum += alpha[b + 5] = s * ex[b + 5];
      s = a5 * E[59] + a6 * E[60];
      sum += alpha[b + 6] = s * ex[b + 6];
      s = a0 * E[63] + a1 * E[64] + a2 * E[65] + a3 * E[66] + a4 * E[67] + a5 * E[68] + a6 * E[69] + a7 * E[70] + a8 * E[71];
      sum += alpha[b + 7] = s * ex[b + 7];
      s = a7 * E[79] + a8 * E[80];
      sum += alpha[b + 8] = s * ex[b + 8];
      if (!(sum > MIN_ROW)) return false;
      const inv = 1 / sum;
      for (let y = 0; y < 9; y++) alpha[b + y] *= inv;
    }
    return true;
  }

  /**
   * backward9 for the labels O, B-X, I-X ... (bio9), the same sums to the bit (as forwardBio9): from any
   * label the next may be O or any B-X, and I-X only from B-X or I-X of its type, the terms in the order
   * of the labels.
   */
  private backwardBio9(n: number, lo: number): boolean {
    const { beta, emT: ex, expTr: E } = this;
    for (let t = n - 2; t >= lo; t--) {
      const next = (t + 1) * 9;
      const b = t * 9;
      const u0 = ex[next] * beta[next];
      const u1 = ex[next + 1] * beta[next + 1];
      const u2 = ex[next + 2] * beta[next + 2];
      const u3 = ex[next + 3] * beta[next + 3];
      const u4 = ex[next + 4] * beta[next + 4];
      const u5 = ex[next + 5] * beta[next + 5];
      const u6 = ex[next + 6] * beta[next + 6];
      const u7 = ex[next + 7] * beta[next + 7];
      const u8 = ex[next + 8] * beta[next + 8];
      let sum = 0;
      // O: O and the B-X
      sum += beta[b] = E[0] * u0 + E[1] * u1 + E[3] * u3 + E[5] * u5 + E[7] * u7;
      // B-PERS, I-PERS: + I-PERS
      sum += beta[b + 1] = E[9] * u0 + E[10] * u1 + E[11] * u2 + E[12] * u3 + E[14] * u5 + E[16] * u7;
      sum += beta[b + 2] = E[18] * u0 + E[19] * u1 + E[20] * u2 + E[21] * u3 + E[23] * u5 + E[25] * u7;
      // B-LOC, I-LOC: + I-LOC
      sum += beta[b + 3] = E[27] * u0 + E[28] * u1 + E[30] * u3 + E[31] * u4 + E[32] * u5 + E[34] * u7;
      sum += beta[b + 4] = E[36] * u0 + E[37] * u1 + E[39] * u3 + E[40] * u4 + E[41] * u5 + E[43] * u7;
      // B-ORG, I-ORG: + I-ORG
      sum += beta[b + 5] = E[45] * u0 + E[46] * u1 + E[48] * u3 + E[50] * u5 + E[51] * u6 + E[52] * u7;
      sum += beta[b + 6] = E[54] * u0 + E[55] * u1 + E[57] * u3 + E[59] * u5 + E[60] * u6 + E[61] * u7;
      // B-MISC, I-MISC: + I-MISC
      sum += beta[b + 7] = E[63] * u0 + E[64] * u1 + E[66] * u3 + E[68] * u5 + E[70] * u7 + E[71] * u8;
      sum += beta[b + 8] = E[72] * u0 + E[73] * u1 + E[75] * u3 + E[77] * u5 + E[79] * u7 + E[80] * u8;
      if (!(sum > MIN_ROW)) return false;
      const inv = 1 / sum;
      for (let p = 0; p < 9; p++) beta[b + p] *= inv;
    }
    return true;
  }

  /**
   * Forward-backward in log space at the model's temperature, exactly as decode.ts marginals (the
   * same operations in the same order; disallowed transitions, which add exp(-Infinity) = 0 there,
   * are skipped). beta is computed only for t >= lo. Returns log Z.
   */
  private forwardBackwardLog(n: number, lo: number): number {
    const L = this.L;
    const { em, emT, alpha, beta, tmp, allowed, trT, stT, preds, succs } = this;
    const T = this.parts.header.temperature || 1;
    for (let i = 0; i < n * L; i++) emT[i] = em[i] / T;
    for (let y = 0; y < L; y++) alpha[y] = !allowed[L * L + y] ? -Infinity : stT[y] + emT[y];
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      for (let y = 0; y < L; y++) {
        const ps = preds[y];
        let m = -Infinity;
        for (let k = 0; k < ps.length; k++) {
          const p = ps[k];
          const v = (tmp[k] = alpha[prev + p] + trT[p * L + y]);
          if (v > m) m = v;
        }
        alpha[t * L + y] = lse(tmp, ps.length, m) + emT[t * L + y];
      }
    }
    for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
    for (let t = n - 2; t >= lo; t--) {
      const next = (t + 1) * L;
      for (let p = 0; p < L; p++) {
        const ys = succs[p];
        let m = -Infinity;
        for (let k = 0; k < ys.length; k++) {
          const y = ys[k];
          const v = (tmp[k] = trT[p * L + y] + emT[next + y] + beta[next + y]);
          if (v > m) m = v;
        }
        beta[t * L + p] = lse(tmp, ys.length, m);
      }
    }
    return this.logSumExpRow(alpha, (n - 1) * L);
  }

  private logSumExpRow(a: Float64Array, from: number): number {
    let m = -Infinity;
    for (let y = 0; y < this.L; y++) {
      this.tmp[y] = a[from + y];
      if (a[from + y] > m) m = a[from + y];
    }
    return lse(this.tmp, this.L, m);
  }

  /** Row of a feature hash in parts.weights, or -1 (the model does not have it). */
  featureIndex(hash: number): number {
    const o = this.feats.get(hash);
    return o < 0 ? -1 : this.feats.rec[o + 1] - 1;
  }
}

/** log Σ exp(a[0 .. len)) given their maximum m, as decode.ts logSumExp. */
function lse(a: Float64Array, len: number, m: number): number {
  if (m === -Infinity) return -Infinity;
  let s = 0;
  // Math.exp(0) is exactly 1: the maximum's term needs no call.
  for (let i = 0; i < len; i++) s += a[i] === m ? 1 : Math.exp(a[i] - m);
  return m + Math.log(s);
}

/** 2^(j/256) for j = 0 .. 255; POW2[i] = 2^(i - 1099) for i = 0 .. 1099 (exact powers of two, subnormals included). */
const EXP2_FRAC = Float64Array.from({ length: 256 }, (_, j) => Math.pow(2, j / 256));
const POW2 = new Float64Array(1100);
POW2[1099] = 1;
for (let i = 1098; i >= 0; i--) POW2[i] = POW2[i + 1] / 2;
/** ln 2 / 256 in two parts (fdlibm's ln2_hi, ln2_lo over 256): k * EXP_C_HI is exact for |k| < 2^20. */
const EXP_C_HI = 6.9314718036912381649e-1 / 256;
const EXP_C_LO = 1.90821492927058770002e-10 / 256;

/**
 * exp(x) for -700 <= x <= 0 (0 below), for the scaled forward-backward: x = k ln2/256 + r with
 * k = trunc(x * 256 / ln2) and -ln2/256 < r <= 0, exp(r) by its Taylor polynomial to r^4 (truncation
 * below 2e-15 relative), times 2^(k/256) from the tables. Relative error within 2e-15 of Math.exp
 * (checked by tagger.test.ts), three times as fast as calling it.
 */
export function expNonPositive(x: number): number {
  if (x < -700) return 0;
  const k = (x * 369.3299304675746) | 0; // 256 / ln 2
  const r = x - k * EXP_C_HI - k * EXP_C_LO;
  return (1 + r * (1 + r * (0.5 + r * (1 / 6 + r * (1 / 24))))) * EXP2_FRAC[k & 255] * POW2[(k >> 8) + 1099];
}

/** FNV state of a pair feature after prefix + value + '|', given the state after its prefix. */
function pairLeftState(prefixState: number, value: string): number {
  return Math.imul(fnvMore(prefixState, value) ^ 124, 0x01000193);
}

/** Marks of a gazetteer phrase of `len` words at token i with class mask m (as features.ts findMarks). */
function pushMarks(marks: GazMarks, i: number, len: number, m: number): void {
  for (let c = 0; c < GAZ_CLASSES.length; c++) {
    if (!(m & (1 << c))) continue;
    marks.push(i, c * 3 + (len > 1 ? 1 : 0));
    for (let k = i + 1; k < i + len; k++) marks.push(k, c * 3 + 2);
  }
}

export function parseModel(bytes: Uint8Array): Tagger {
  return new LinearChainTagger(deserializeModel(bytes));
}
