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
import { bioConstraints, bioSpans, marginals, viterbi } from './decode.ts';
import { GAZ_CLASSES, featureStringsFromInfos, hashString, wordInfo, type Gazetteer, type WordInfo } from './features.ts';

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

/** Open-addressing table from 32-bit hash to index (for features and gazetteer phrases). */
class HashIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;
  constructor(private readonly keys: Uint32Array) {
    let size = 16;
    while (size < keys.length * 2) size <<= 1;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < keys.length; i++) {
      let s = mix(keys[i]) & this.mask;
      while (this.slots[s] !== -1) s = (s + 1) & this.mask;
      this.slots[s] = i;
    }
  }
  get(h: number): number {
    let s = mix(h) & this.mask;
    for (;;) {
      const i = this.slots[s];
      if (i === -1) return -1;
      if (this.keys[i] === h) return i;
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

export class LinearChainTagger implements Tagger {
  private readonly L: number;
  private readonly feats: HashIndex;
  private readonly allowed: Uint8Array;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  private readonly gaz: Gazetteer;
  readonly labels: readonly string[];
  private readonly oIndex: number;
  private readonly oBias: number;

  constructor(readonly parts: ModelParts) {
    const h = parts.header;
    this.oIndex = Math.max(0, h.labels.indexOf('O'));
    this.oBias = h.oBias ?? 0;
    this.labels = h.labels;
    this.L = h.labels.length;
    for (const c of h.gazClasses) if (!(GAZ_CLASSES as readonly string[]).includes(c)) throw new Error(`model uses unknown gazetteer class ${c}`);
    this.feats = new HashIndex(parts.featHash);
    this.allowed = bioConstraints(h.labels);
    this.trans = Float64Array.from(parts.trans);
    this.start = Float64Array.from(parts.start);
    this.gaz = new BakedGazetteer(parts.gazHash, parts.gazMask, h.gazMaxLen);
  }

  private readonly infoCache = new Map<string, WordInfo>();

  /** wordInfo, memoised (articles repeat their words; the cache is bounded). */
  private info(w: string): WordInfo {
    let i = this.infoCache.get(w);
    if (!i) {
      if (this.infoCache.size > 20000) this.infoCache.clear();
      i = wordInfo(w);
      this.infoCache.set(w, i);
    }
    return i;
  }

  /** Emission scores n*L for the words. */
  emissions(words: readonly string[]): Float64Array {
    const L = this.L;
    const n = words.length;
    const em = new Float64Array(n * L);
    const fs = featureStringsFromInfos(words.map((w) => this.info(w)), this.gaz);
    const w = this.parts.weights;
    const scale = this.parts.header.weightScale;
    for (let t = 0; t < n; t++) {
      const base = t * L;
      for (const f of fs[t]) {
        const i = this.feats.get(hashString(f));
        if (i < 0) continue;
        const o = i * L;
        for (let y = 0; y < L; y++) em[base + y] += w[o + y];
      }
      for (let y = 0; y < L; y++) em[base + y] *= scale;
      em[base + this.oIndex] += this.oBias;
    }
    return em;
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
    const em = this.emissions(words);
    const best = viterbi(n, L, em, this.trans, this.start, this.allowed);
    const labels = Array.from(best, (y) => this.labels[y]);
    const spans = bioSpans(labels);
    if (!spans.length) return { labels, spans: [] };
    const T = this.parts.header.temperature || 1;
    const emT = em.map((x) => x / T);
    const trT = this.trans.map((x) => x / T);
    const stT = this.start.map((x) => x / T);
    const marg = marginals(n, L, emT, trT, stT, this.allowed);
    return {
      labels,
      spans: spans.map((s) => {
        let score = 1;
        for (let t = s.from; t < s.to; t++) score = Math.min(score, marg[t * L + best[t]]);
        return { from: s.from, to: s.to, type: s.type as NerType, score: Math.max(0, Math.min(1, score)) };
      }),
    };
  }
}

export function parseModel(bytes: Uint8Array): Tagger {
  return new LinearChainTagger(deserializeModel(bytes));
}
