/**
 * Tagging as it was before the fast path: feature strings built by concatenation (gazetteer phrases
 * too), each hashed with hashString and looked up, Viterbi and marginals from decode.ts. Kept only as
 * a reference: tagger.test.ts checks that the shared feature definition (features.ts) gives the same
 * strings in the same order, and that LinearChainTagger.tag gives the same emission scores, labels,
 * spans and scores as ReferenceTagger; scripts/tagger-bench.ts times both. Not used by training or tagging
 * (and not imported by model.ts, so not in the extension's bundle).
 */
import { bioConstraints, bioSpans, marginals, viterbi } from './decode.ts';
import { GAZ_CLASSES, hashString, lightStem, pattern, wordInfo, type Gazetteer, type WordInfo } from './features.ts';
import type { LinearChainTagger, NerType, TaggedSpan } from './model.ts';

/** Gazetteer marks per token: "class:B|I" strings for every dictionary phrase covering it. */
export function referenceGazetteerMarks(infos: readonly WordInfo[], gaz: Gazetteer): string[][] {
  const marks: string[][] = infos.map(() => []);
  const n = infos.length;
  for (let i = 0; i < n; i++) {
    for (const first of infos[i].readings) {
      let phrase = first;
      for (let len = 1; len <= gaz.maxLen && i + len <= n; len++) {
        if (len > 1) phrase += ' ' + infos[i + len - 1].norm;
        const m = gaz.lookup(hashString(phrase));
        if (!m) continue;
        for (let c = 0; c < GAZ_CLASSES.length; c++) {
          if (!(m & (1 << c))) continue;
          const name = GAZ_CLASSES[c];
          const multi = len > 1 ? 'M' : 'S';
          pushUnique(marks[i], name + ':B' + multi);
          for (let k = i + 1; k < i + len; k++) pushUnique(marks[k], name + ':I');
        }
      }
    }
  }
  return marks;
}

function pushUnique(a: string[], s: string): void {
  if (!a.includes(s)) a.push(s);
}

function morph(infos: readonly WordInfo[], k: number): string {
  if (k < 0) return '<s>';
  if (k >= infos.length) return '</s>';
  const { norm, stem, shape } = infos[k];
  if (shape !== 'ar') return shape;
  const al = norm !== stem ? 'al' : '';
  const end = /يين$|يون$/.test(stem) ? 'ipl' : /(ين|ون|ات)$/.test(stem) ? 'pl' : /يه$/.test(stem) ? 'iya' : /ي$/.test(stem) ? 'i' : /ه$/.test(stem) ? 'a' : '-';
  return al + '|' + end;
}

const PAD_L = '<s>';
const PAD_R = '</s>';

export function referenceSentenceFeatureStrings(words: readonly string[], gaz: Gazetteer): string[][] {
  return referenceFeatureStrings(words.map(wordInfo), gaz);
}

export function referenceFeatureStrings(infos: readonly WordInfo[], gaz: Gazetteer): string[][] {
  const n = infos.length;
  const marks = referenceGazetteerMarks(infos, gaz);
  const W = (k: number) => (k < 0 ? PAD_L : k >= n ? PAD_R : infos[k].norm);
  const S = (k: number) => (k < 0 ? PAD_L : k >= n ? PAD_R : infos[k].stem);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const { norm: w, stem: s, shape } = infos[i];
    const f: string[] = ['b', 'w=' + w, 's=' + s, 'sh=' + shape];
    if (shape === 'ar') {
      const L = s.length;
      f.push('len=' + Math.min(L, 9));
      for (let k = 1; k <= 3 && k < L; k++) f.push('p' + k + '=' + s.slice(0, k));
      for (let k = 1; k <= 4 && k < L; k++) f.push('x' + k + '=' + s.slice(L - k));
      if (w !== s) f.push('cl=' + w.slice(0, w.length - s.length));
      const b = '^' + s + '$';
      for (let k = 0; k + 3 <= b.length; k++) f.push('c3=' + b.slice(k, k + 3));
      f.push('pat=' + pattern(s), 'ls=' + lightStem(s));
      f.push('al=' + (w !== s ? 1 : 0));
      const rd = infos[i].readings;
      for (let k = 1; k < rd.length; k++) if (rd[k] !== s) f.push('r=' + rd[k]);
    }
    f.push('w-1=' + W(i - 1), 'w+1=' + W(i + 1), 'w-2=' + W(i - 2), 'w+2=' + W(i + 2));
    f.push('s-1=' + S(i - 1), 's+1=' + S(i + 1), 's-2=' + S(i - 2), 's+2=' + S(i + 2));
    f.push('w-1w=' + W(i - 1) + '|' + w, 'ww+1=' + w + '|' + W(i + 1));
    f.push('s-1s=' + S(i - 1) + '|' + s, 'ss+1=' + s + '|' + S(i + 1));
    f.push('w-2-1=' + W(i - 2) + '|' + W(i - 1));
    f.push('l-1=' + (i > 0 ? lightStem(infos[i - 1].stem) : PAD_L), 'l+1=' + (i + 1 < n ? lightStem(infos[i + 1].stem) : PAD_R), 'l-2=' + (i > 1 ? lightStem(infos[i - 2].stem) : PAD_L));
    f.push('m-1=' + morph(infos, i - 1), 'm+1=' + morph(infos, i + 1), 'm-1m+1=' + morph(infos, i - 1) + '|' + morph(infos, i + 1));
    f.push('sh-1=' + (i > 0 ? infos[i - 1].shape : PAD_L), 'sh+1=' + (i + 1 < n ? infos[i + 1].shape : PAD_R));
    if (i === 0) f.push('first');
    for (const m of marks[i]) f.push('g=' + m);
    if (i > 0) for (const m of marks[i - 1]) f.push('g-1=' + m);
    if (i + 1 < n) for (const m of marks[i + 1]) f.push('g+1=' + m);
    if (i > 1) for (const m of marks[i - 2]) if (m.startsWith('title')) f.push('g-2=' + m);
    if (i + 2 < n) for (const m of marks[i + 2]) if (m.startsWith('title')) f.push('g+2=' + m);
    for (let k = i - 1, steps = 1; k >= 0 && steps <= 4; k--, steps++) {
      if (marks[k].some((m) => m.startsWith('title:B'))) {
        f.push('tchain=' + Math.min(steps, 3));
        break;
      }
      if (infos[k].norm === infos[k].stem && !marks[k].some((m) => m.startsWith('title'))) break;
    }
    if (marks[i].length) f.push('gw=' + marks[i].slice().sort().join(',') + '|' + shape);
    out.push(f);
  }
  return out;
}

/**
 * The old tagging path with its word cache (wordInfo memoised per word, as tag() did), so that its
 * timings compare with tag().
 */
export class ReferenceTagger {
  private readonly infoCache = new Map<string, WordInfo>();
  private readonly allowed: Uint8Array;
  private readonly trans: Float64Array;
  private readonly start: Float64Array;
  constructor(readonly tagger: LinearChainTagger) {
    this.allowed = bioConstraints(tagger.labels);
    this.trans = Float64Array.from(tagger.parts.trans);
    this.start = Float64Array.from(tagger.parts.start);
  }

  private info(w: string): WordInfo {
    let i = this.infoCache.get(w);
    if (!i) {
      if (this.infoCache.size > 20000) this.infoCache.clear();
      i = wordInfo(w);
      this.infoCache.set(w, i);
    }
    return i;
  }

  emissions(words: readonly string[]): Float64Array {
    const { header, weights: w } = this.tagger.parts;
    const L = header.labels.length;
    const n = words.length;
    const oIndex = Math.max(0, header.labels.indexOf('O'));
    const oBias = header.oBias ?? 0;
    const em = new Float64Array(n * L);
    const fs = referenceFeatureStrings(
      words.map((x) => this.info(x)),
      this.tagger.gaz,
    );
    for (let t = 0; t < n; t++) {
      const base = t * L;
      for (const f of fs[t]) {
        const i = this.tagger.featureIndex(hashString(f));
        if (i < 0) continue;
        const o = i * L;
        for (let y = 0; y < L; y++) em[base + y] += w[o + y];
      }
      for (let y = 0; y < L; y++) em[base + y] *= header.weightScale;
      em[base + oIndex] += oBias;
    }
    return em;
  }

  tag(words: readonly string[]): { labels: string[]; spans: TaggedSpan[] } {
    const n = words.length;
    if (n === 0) return { labels: [], spans: [] };
    const { header } = this.tagger.parts;
    const L = header.labels.length;
    const em = this.emissions(words);
    const best = viterbi(n, L, em, this.trans, this.start, this.allowed);
    const labels = Array.from(best, (y) => header.labels[y]);
    const spans = bioSpans(labels);
    if (!spans.length) return { labels, spans: [] };
    const T = header.temperature || 1;
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
