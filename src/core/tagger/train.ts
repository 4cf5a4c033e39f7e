/**
 * Training: averaged structured perceptron over a first-order linear chain (Collins 2002), with
 * Viterbi decoding under BIO constraints, seeded shuffling (no Math.random), feature-count cut-off,
 * pruning and int16 quantisation. Pure: takes sentences and gazetteers, returns model bytes.
 */
import { tokenize } from '../tokenize.ts';
import { bioConstraints, LABELS, viterbi } from './decode.ts';
import { GAZ_CLASSES, MapGazetteer, hashString, isIdentityFeature, sentenceFeatureStrings, type Gazetteer } from './features.ts';
import { serializeModel, type ModelHeader } from './model.ts';
import { trainCrf } from './crf.ts';

export interface TrainSentence {
  words: string[];
  labels: string[];
  /**
   * Tokens whose label is uncertain (e.g. AQMAR's article-specific MIS* classes, which ANERcorp may
   * tag MISC or leave O): the perceptron takes as gold the best sequence that keeps every other
   * token's label and gives these O, B-MISC or I-MISC (latent-label update).
   */
  partial?: boolean[];
}

export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Keep features seen at least this often in training. */
  minCount: number;
  /** Gazetteer baked into the model (used at tagging time). */
  gazetteer: MapGazetteer;
  /** Gazetteer to use for training sentence i (jack-knifed lists); defaults to `gazetteer`. */
  gazetteerFor?: (i: number) => Gazetteer;
  /** Drop features whose largest quantised |weight| is below this (int16 units). */
  pruneBelow?: number;
  temperature?: number;
  /** Added to label O's score at tagging time. */
  oBias?: number;
  /** Perceptron: train this many models (seeds seed, seed+1, ...) and average their weights. */
  bag?: number;
  /** Perceptron: probability of hiding a token's word-identity features in an update. */
  dropout?: number;
  /** 'perceptron' (default) or 'crf' (L2-regularised, L-BFGS). */
  algorithm?: 'perceptron' | 'crf';
  /** CRF: L2 coefficient (sum of squares times c2/2). */
  c2?: number;
  info?: Record<string, unknown>;
  /** Called after each epoch with the model as it would be saved then. */
  onEpoch?: (epoch: number, model: () => Uint8Array) => void;
}

/** Deterministic PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Repair sentence-initial I- (and I- after O or another type) to B-. */
export function repairBio(labels: readonly string[]): string[] {
  const out = labels.slice();
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l.startsWith('I-')) {
      const prev = i > 0 ? out[i - 1] : 'O';
      if (prev === 'O' || prev.slice(2) !== l.slice(2)) out[i] = 'B-' + l.slice(2);
    }
  }
  return out;
}

/**
 * Re-tokenise a CoNLL sentence with the engine's tokenizer (so training sees the tokens the engine
 * will give the tagger): "أ)" → "أ" ")". Sub-tokens of an entity token continue the entity (I-).
 */
export function retokenize(words: readonly string[], labels: readonly string[]): TrainSentence {
  const w: string[] = [];
  const l: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const toks = tokenize(words[i]).tokens;
    toks.forEach((t, k) => {
      w.push(words[i].slice(t.start, t.end));
      const lab = labels[i];
      l.push(k === 0 || lab === 'O' ? lab : 'I-' + lab.slice(2));
    });
  }
  return { words: w, labels: repairBio(l) };
}

export interface Prepared {
  hashes: number[];
  data: Int32Array[][];
  /** The same features without the word-identity ones (isIdentityFeature). */
  dataNoId: Int32Array[][];
  gold: Int32Array[];
}

/** Hash features, keep those seen at least minCount times, index them. */
export function prepare(sents: readonly TrainSentence[], opts: TrainOptions): Prepared {
  const labelIndex = new Map<string, number>(LABELS.map((l, i) => [l, i]));
  // 1. Feature strings → hashes, counts.
  const strs = sents.map((s, i) => sentenceFeatureStrings(s.words, opts.gazetteerFor ? opts.gazetteerFor(i) : opts.gazetteer));
  const hashed: Uint32Array[][] = strs.map((s) => s.map((fs) => Uint32Array.from(fs, hashString)));
  const hashedNoId: Uint32Array[][] = strs.map((s) => s.map((fs) => Uint32Array.from(fs.filter((f) => !isIdentityFeature(f)), hashString)));
  const counts = new Map<number, number>();
  for (const s of hashed) for (const tok of s) for (const h of tok) counts.set(h, (counts.get(h) ?? 0) + 1);
  const index = new Map<number, number>();
  const hashes: number[] = [];
  for (const [h, c] of counts) {
    if (c >= opts.minCount) {
      index.set(h, hashes.length);
      hashes.push(h);
    }
  }
  const toIdx = (tok: Uint32Array) => Int32Array.from(Array.from(tok, (h) => index.get(h) ?? -1).filter((x) => x >= 0));
  const data = hashed.map((s) => s.map(toIdx));
  const dataNoId = hashedNoId.map((s) => s.map(toIdx));
  const gold = sents.map((s) =>
    Int32Array.from(s.labels, (l) => {
      const y = labelIndex.get(l);
      if (y === undefined) throw new Error(`unknown label ${l}`);
      return y;
    }),
  );
  if (typeof process !== "undefined" && process.env?.QARI_TRAIN_VERBOSE) console.log(`features ${hashes.length} of ${counts.size}`);
  return { hashes, data, dataNoId, gold };
}

/** Quantise weights (int16), prune near-zero features, bake the gazetteer: the model file. */
export function buildModel(hashes: readonly number[], avgW: Float64Array, avgT: Float32Array, avgS: Float32Array, opts: TrainOptions): Uint8Array {
  const L = LABELS.length;
  const nF = hashes.length;
  let maxAbs = 1e-9;
  for (let i = 0; i < avgW.length; i++) maxAbs = Math.max(maxAbs, Math.abs(avgW[i]));
  const scale = maxAbs / 32767;
  const prune = opts.pruneBelow ?? 1;
  const keep: number[] = [];
  for (let f = 0; f < nF; f++) {
    let m = 0;
    for (let y = 0; y < L; y++) m = Math.max(m, Math.abs(Math.round(avgW[f * L + y] / scale)));
    if (m >= prune) keep.push(f);
  }
  keep.sort((a, b) => hashes[a] - hashes[b]);
  const featHash = Uint32Array.from(keep, (f) => hashes[f]);
  const weights = new Int16Array(keep.length * L);
  keep.forEach((f, k) => {
    for (let y = 0; y < L; y++) weights[k * L + y] = Math.round(avgW[f * L + y] / scale);
  });
  // Gazetteer, sorted by hash.
  const gz = [...opts.gazetteer.map.entries()].sort((a, b) => a[0] - b[0]);
  const header: ModelHeader = {
    format: 'qari-tagger',
    labels: [...LABELS],
    nFeat: featHash.length,
    nGaz: gz.length,
    gazMaxLen: opts.gazetteer.maxLen,
    gazClasses: [...GAZ_CLASSES],
    weightScale: scale,
    temperature: opts.temperature ?? 1,
    oBias: opts.oBias ?? 0,
    info: opts.info ?? {},
  };
  return serializeModel({
    header,
    featHash,
    weights,
    trans: avgT,
    start: avgS,
    gazHash: Uint32Array.from(gz, (e) => e[0]),
    gazMask: Uint16Array.from(gz, (e) => e[1]),
  });
}

const MISC_OR_O = new Set([LABELS.indexOf('O'), LABELS.indexOf('B-MISC'), LABELS.indexOf('I-MISC')]);

export function trainTagger(sents: readonly TrainSentence[], opts: TrainOptions): Uint8Array {
  if (opts.algorithm === 'crf') return trainCrf(sents, opts);
  const L = LABELS.length;
  const prep = prepare(sents, opts);
  const bag = Math.max(1, opts.bag ?? 1);
  if (bag === 1) return buildModel(prep.hashes, ...perceptron(sents, prep, opts, opts.seed, opts.onEpoch), opts);
  // Bagging by seed: average the averaged weights of several perceptrons trained in different orders.
  const nF = prep.hashes.length;
  const W = new Float64Array(nF * L);
  const T = new Float32Array(L * L);
  const S = new Float32Array(L);
  for (let b = 0; b < bag; b++) {
    const [w, tr, st] = perceptron(sents, prep, opts, opts.seed + b, b === 0 ? opts.onEpoch : undefined);
    for (let i = 0; i < W.length; i++) W[i] += w[i] / bag;
    for (let i = 0; i < T.length; i++) T[i] += tr[i] / bag;
    for (let i = 0; i < S.length; i++) S[i] += st[i] / bag;
  }
  return buildModel(prep.hashes, W, T, S, opts);
}

function perceptron(
  sents: readonly TrainSentence[],
  prep: Prepared,
  opts: TrainOptions,
  seed: number,
  onEpoch?: (epoch: number, model: () => Uint8Array) => void,
): [Float64Array, Float32Array, Float32Array] {
  const L = LABELS.length;
  const { hashes, data, dataNoId, gold } = prep;
  const dropout = opts.dropout ?? 0;
  const nF = hashes.length;
  const W = new Float64Array(nF * L);
  const U = new Float64Array(nF * L);
  const T = new Float64Array(L * L);
  const TU = new Float64Array(L * L);
  const S = new Float64Array(L);
  const SU = new Float64Array(L);
  const allowed = bioConstraints(LABELS);
  let c = 1;
  const order = sents.map((_, i) => i);
  const rand = rng(seed);

  const average = (): [Float64Array, Float32Array, Float32Array] => {
    const avgW = new Float64Array(nF * L);
    for (let i = 0; i < nF * L; i++) avgW[i] = W[i] - U[i] / c;
    const avgT = new Float32Array(L * L);
    for (let i = 0; i < L * L; i++) avgT[i] = T[i] - TU[i] / c;
    const avgS = new Float32Array(L);
    for (let i = 0; i < L; i++) avgS[i] = S[i] - SU[i] / c;
    return [avgW, avgT, avgS];
  };
  const build = () => buildModel(hashes, ...average(), opts);

  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      const t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    for (const si of order) {
      const feats = dropout > 0 ? data[si].map((f, t) => (rand() < dropout ? dataNoId[si][t] : f)) : data[si];
      let g = gold[si];
      const n = g.length;
      if (n === 0) continue;
      const em = new Float64Array(n * L);
      for (let t = 0; t < n; t++) {
        const fs = feats[t];
        for (let k = 0; k < fs.length; k++) {
          const o = fs[k] * L;
          for (let y = 0; y < L; y++) em[t * L + y] += W[o + y];
        }
      }
      const p = viterbi(n, L, em, T, S, allowed);
      const partial = sents[si].partial;
      if (partial) {
        const emGold = new Float64Array(n * L);
        for (let t = 0; t < n; t++) {
          for (let y = 0; y < L; y++) {
            const ok = partial[t] ? MISC_OR_O.has(y) : y === gold[si][t];
            emGold[t * L + y] = ok ? em[t * L + y] : -1e12;
          }
        }
        g = viterbi(n, L, emGold, T, S, allowed);
      }
      let same = true;
      for (let t = 0; t < n; t++) if (p[t] !== g[t]) same = false;
      if (!same) {
        for (let t = 0; t < n; t++) {
          const gy = g[t];
          const py = p[t];
          if (gy !== py) {
            const fs = feats[t];
            for (let k = 0; k < fs.length; k++) {
              const o = fs[k] * L;
              W[o + gy] += 1;
              U[o + gy] += c;
              W[o + py] -= 1;
              U[o + py] -= c;
            }
          }
          if (t === 0) {
            if (gy !== py) {
              S[gy] += 1;
              SU[gy] += c;
              S[py] -= 1;
              SU[py] -= c;
            }
          } else {
            const ga = g[t - 1] * L + gy;
            const pa = p[t - 1] * L + py;
            if (ga !== pa) {
              T[ga] += 1;
              TU[ga] += c;
              T[pa] -= 1;
              TU[pa] -= c;
            }
          }
        }
      }
      c++;
    }
    onEpoch?.(epoch, build);
  }
  return average();
}
