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
  NB_OFFSETS,
  PAD_L,
  PAD_R,
  PAIR_TEMPLATES,
  findMarks,
  fnvMore,
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
  tag(words: readonly string[]): { labels: string[]; spans: TaggedSpan[] };
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
 * Open-addressing table from 32-bit hash to index (for features and gazetteer phrases), with a Bloom
 * filter in front (about 12 bits a key, two probes): most lookups while tagging are of absent features
 * and phrases, and the filter (small enough to stay in cache) answers them without touching the table.
 */
class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly bloom: Int32Array;
  private readonly bloomShift: number;
  constructor(private readonly keys: Uint32Array) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    const slots = (this.slots = new Int32Array(size).fill(-1));
    const mask = (this.mask = size - 1);
    let bits = 10;
    while (1 << bits < keys.length * 12) bits++;
    const bloom = (this.bloom = new Int32Array(1 << (bits - 5)).fill(0));
    const shift = (this.bloomShift = 32 - bits);
    for (let i = 0; i < keys.length; i++) {
      const m = mix(keys[i]);
      let s = m & mask;
      while (slots[s] !== -1) s = (s + 1) & mask;
      slots[s] = i;
      const b1 = m >>> shift;
      const b2 = Math.imul(keys[i], 0x9e3779b1) >>> shift;
      bloom[b1 >>> 5] |= 1 << (b1 & 31);
      bloom[b2 >>> 5] |= 1 << (b2 & 31);
    }
  }
  get(h: number): number {
    const m = mix(h);
    const b1 = m >>> this.bloomShift;
    const b2 = Math.imul(h, 0x9e3779b1) >>> this.bloomShift;
    const bloom = this.bloom;
    if (!(bloom[b1 >>> 5] & (1 << (b1 & 31))) || !(bloom[b2 >>> 5] & (1 << (b2 & 31)))) return -1;
    const { slots, keys } = this;
    let s = m & this.mask;
    for (;;) {
      const i = slots[s];
      if (i === -1) return -1;
      if (keys[i] === h) return i;
      s = (s + 1) & this.mask;
    }
  }
}

function mix(h: number): number {
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

class BakedGazetteer implements Gazetteer {
  private readonly index: HashIndex;
  constructor(
    private readonly hashes: Uint32Array,
    private readonly masks: Uint16Array,
    readonly maxLen: number,
  ) {
    this.index = new HashIndex(hashes);
  }
  lookup(hash: number): number {
    const i = this.index.get(hash);
    return i < 0 ? 0 : this.masks[i];
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
    private readonly feats: HashIndex,
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
  /** The feature prefix + a + '|' + b, given the FNV state after prefix. */
  addPair(prefixState: number, a: string, b: string): void {
    this.addHash(fnvMore(Math.imul(fnvMore(prefixState, a) ^ 124, 0x01000193), b) >>> 0);
  }
  private addHash(h: number): void {
    const i = this.feats.get(h);
    if (i < 0) return;
    const L = this.L;
    const o = i * L;
    const t = this.target;
    const base = this.base;
    const w = this.w;
    for (let y = 0; y < L; y++) t[base + y] += w[o + y];
  }
}

/** Score vectors per cached word: its own features, then its 'nb' features at each of NB_OFFSETS. */
const VECS = 1 + NB_OFFSETS.length;
/** Distinct words whose score vectors are kept (the cache is emptied when it would grow past this). */
const MAX_WORDS = 20000;
/** Slot 0 is the padding beyond the sentence (<s> at negative offsets, </s> at positive ones). */
const PAD_SLOT = 0;

export class LinearChainTagger implements Tagger {
  private readonly L: number;
  private readonly feats: HashIndex;
  private readonly allowed: Uint8Array;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  /** The gazetteer baked into the model. */
  readonly gaz: Gazetteer;
  readonly labels: readonly string[];
  private readonly oIndex: number;
  private readonly oBias: number;
  private readonly scale: number;
  private readonly sink: WeightSink;
  /** FNV state after the prefix of each of PAIR_TEMPLATES. */
  private readonly pairStates = PAIR_TEMPLATES.map((p) => fnvMore(FNV_INIT, p.prefix));
  /** Allowed previous labels of each label, and allowed next labels of each label (ascending). */
  private readonly preds: Int32Array[];
  private readonly succs: Int32Array[];
  /** Temperature-scaled transitions and start scores (span confidence). */
  private readonly trT: Float64Array;
  private readonly stT: Float64Array;

  // Word cache: word → slot; the slot's VECS score vectors (integer sums of int16 weights) in `pool`.
  private readonly slotOf = new Map<string, number>();
  private slotInfo: WordInfo[] = [];
  private nSlots = 1;
  private pool: Int32Array;
  /** Where a slot's vectors are summed before they go to the pool. */
  private readonly scratch: Float64Array;

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

  constructor(readonly parts: ModelParts) {
    const h = parts.header;
    this.oIndex = Math.max(0, h.labels.indexOf('O'));
    this.oBias = h.oBias ?? 0;
    this.labels = h.labels;
    const L = (this.L = h.labels.length);
    for (const c of h.gazClasses) if (!(GAZ_CLASSES as readonly string[]).includes(c)) throw new Error(`model uses unknown gazetteer class ${c}`);
    this.feats = new HashIndex(parts.featHash);
    this.allowed = bioConstraints(h.labels);
    this.trans = Float64Array.from(parts.trans);
    this.start = Float64Array.from(parts.start);
    this.gaz = new BakedGazetteer(parts.gazHash, parts.gazMask, h.gazMaxLen);
    this.scale = h.weightScale;
    this.sink = new WeightSink(this.feats, parts.weights, L);
    const T = h.temperature || 1;
    this.trT = this.trans.map((x) => x / T);
    this.stT = this.start.map((x) => x / T);
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
    this.tmp = new Float64Array(L);
    this.scratch = new Float64Array(VECS * L);
    this.pool = new Int32Array(64 * VECS * L);
    // The padding slot: what the 'nb' templates give beyond the sentence.
    this.fillSlot(PAD_SLOT, (sink, off, prefix) => sink.add(prefix, off < 0 ? PAD_L : PAD_R), null);
  }

  /** The cache slot of a word, with its score vectors (computed on first sight). */
  private slot(word: string): number {
    const cached = this.slotOf.get(word);
    if (cached !== undefined) return cached;
    const s = this.nSlots++;
    const info = wordInfo(word);
    this.fillSlot(s, (sink, _off, prefix, val) => sink.add(prefix, info[val]), info);
    this.slotOf.set(word, s);
    this.slotInfo[s] = info;
    return s;
  }

  /**
   * Sum the weights of slot s's features into the pool: wordFeatures(info) (if info) into vector 0,
   * then into vector j + 1 the 'nb' templates at offset NB_OFFSETS[j], each given to `nb`.
   */
  private fillSlot(s: number, nb: (sink: FeatureSink, off: number, prefix: string, val: WordValue) => void, info: WordInfo | null): void {
    const L = this.L;
    const size = VECS * L;
    if (this.pool.length < (s + 1) * size) {
      const bigger = new Int32Array(Math.max((s + 1) * size, Math.min(2 * this.pool.length, (MAX_WORDS + 1) * size)));
      bigger.set(this.pool);
      this.pool = bigger;
    }
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
    this.pool.set(scratch, s * size);
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

  /** Emission scores of the words into this.em[0 .. n*L). */
  private fillEmissions(words: readonly string[]): void {
    const n = words.length;
    const L = this.L;
    this.ensure(n);
    // Empty the word cache between calls only, so that slots stay valid during one.
    if (this.slotOf.size + n > MAX_WORDS) {
      this.slotOf.clear();
      this.slotInfo = [];
      this.nSlots = 1;
    }
    const { slots, infos } = this;
    infos.length = n;
    for (let i = 0; i < n; i++) {
      slots[i] = this.slot(words[i]);
      infos[i] = this.slotInfo[slots[i]];
    }
    findMarks(infos, this.gaz, this.marks);
    const { em, pool, sink, scale, oIndex, oBias, pairStates } = this;
    const size = VECS * L;
    sink.target = em;
    for (let t = 0; t < n; t++) {
      const base = t * L;
      const own = slots[t] * size;
      for (let y = 0; y < L; y++) em[base + y] = pool[own + y];
      // The 'nb' vectors: the word at t + NB_OFFSETS[j], seen from t (vector j + 1 of its slot).
      for (let j = 0; j < NB_OFFSETS.length; j++) {
        const k = t + NB_OFFSETS[j];
        const v = ((k < 0 || k >= n ? PAD_SLOT : slots[k]) * VECS + 1 + j) * L;
        for (let y = 0; y < L; y++) em[base + y] += pool[v + y];
      }
      sink.base = base;
      for (let k = 0; k < PAIR_TEMPLATES.length; k++) {
        const p = PAIR_TEMPLATES[k];
        const ka = t + p.a;
        const kb = t + p.b;
        sink.addPair(pairStates[k], ka < 0 ? PAD_L : ka >= n ? PAD_R : infos[ka][p.val], kb < 0 ? PAD_L : kb >= n ? PAD_R : infos[kb][p.val]);
      }
      positionFeatures(infos, this.marks, t, sink);
      for (let y = 0; y < L; y++) em[base + y] *= scale;
      em[base + oIndex] += oBias;
    }
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

  tag(words: readonly string[]): { labels: string[]; spans: TaggedSpan[] } {
    const n = words.length;
    if (n === 0) return { labels: [], spans: [] };
    const L = this.L;
    this.fillEmissions(words);
    const { em, delta, back, allowed, trans, start, preds } = this;
    // Viterbi (as decode.ts viterbi, over the allowed transitions only).
    for (let y = 0; y < L; y++) delta[y] = !allowed[L * L + y] ? -Infinity : start[y] + em[y];
    for (let t = 1; t < n; t++) {
      const prev = (t - 1) * L;
      for (let y = 0; y < L; y++) {
        const ps = preds[y];
        let best = -Infinity;
        let arg = 0;
        for (let k = 0; k < ps.length; k++) {
          const p = ps[k];
          const v = delta[prev + p] + trans[p * L + y];
          if (v > best) {
            best = v;
            arg = p;
          }
        }
        delta[t * L + y] = best + em[t * L + y];
        back[t * L + y] = arg;
      }
    }
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
    this.forwardBackward(n, spans[0].from);
    const { alpha, beta } = this;
    const z = this.logSumExpRow(alpha, (n - 1) * L);
    return {
      labels,
      spans: spans.map((s) => {
        let score = 1;
        for (let t = s.from; t < s.to; t++) {
          const i = t * L + best[t];
          score = Math.min(score, Math.exp(alpha[i] + beta[i] - z));
        }
        return { from: s.from, to: s.to, type: s.type as NerType, score: Math.max(0, Math.min(1, score)) };
      }),
    };
  }

  /**
   * Forward-backward in log space at the model's temperature, exactly as decode.ts marginals (the
   * same operations in the same order; disallowed transitions, which add exp(-Infinity) = 0 there,
   * are skipped). beta is computed only for t >= lo.
   */
  private forwardBackward(n: number, lo: number): void {
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
    return this.feats.get(hash);
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

export function parseModel(bytes: Uint8Array): Tagger {
  return new LinearChainTagger(deserializeModel(bytes));
}
