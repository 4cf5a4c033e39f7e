/**
 * Decoding for a first-order linear-chain model: Viterbi (best label sequence) and forward-backward
 * (per-token marginals, used for span confidence). Scores are additive: emission[t*L + y] +
 * transition[prev*L + y] (+ start[y] at t = 0). Disallowed transitions (O → I-X, B-X → I-Y) are
 * given by `allowed` so the output is always well-formed BIO.
 */

export const LABELS = ['O', 'B-PERS', 'I-PERS', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];

/** allowedTransition[prev*L + y]; prev = L stands for the sentence start. */
export function bioConstraints(labels: readonly string[]): Uint8Array {
  const L = labels.length;
  const ok = new Uint8Array((L + 1) * L);
  for (let p = 0; p <= L; p++) {
    for (let y = 0; y < L; y++) {
      const to = labels[y];
      if (!to.startsWith('I-')) ok[p * L + y] = 1;
      else if (p < L) {
        const from = labels[p];
        ok[p * L + y] = from !== 'O' && from.slice(2) === to.slice(2) ? 1 : 0;
      }
    }
  }
  return ok;
}

/**
 * Best label sequence. emission: n*L, trans: L*L (prev*L + y), start: L. allowed: (L+1)*L from bioConstraints.
 */
export function viterbi(n: number, L: number, emission: ArrayLike<number>, trans: ArrayLike<number>, start: ArrayLike<number>, allowed?: Uint8Array): Int32Array {
  const out = new Int32Array(n);
  if (n === 0) return out;
  const delta = new Float64Array(n * L);
  const back = new Int32Array(n * L);
  for (let y = 0; y < L; y++) {
    delta[y] = allowed && !allowed[L * L + y] ? -Infinity : start[y] + emission[y];
  }
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < L; p++) {
        if (allowed && !allowed[p * L + y]) continue;
        const v = delta[(t - 1) * L + p] + trans[p * L + y];
        if (v > best) {
          best = v;
          arg = p;
        }
      }
      delta[t * L + y] = best + emission[t * L + y];
      back[t * L + y] = arg;
    }
  }
  let best = -Infinity;
  let arg = 0;
  for (let y = 0; y < L; y++) {
    if (delta[(n - 1) * L + y] > best) {
      best = delta[(n - 1) * L + y];
      arg = y;
    }
  }
  out[n - 1] = arg;
  for (let t = n - 1; t > 0; t--) out[t - 1] = back[t * L + out[t]];
  return out;
}

/** Total score of a label sequence (for tests and brute force). */
export function sequenceScore(labels: ArrayLike<number>, L: number, emission: ArrayLike<number>, trans: ArrayLike<number>, start: ArrayLike<number>): number {
  let s = 0;
  for (let t = 0; t < labels.length; t++) {
    s += emission[t * L + labels[t]] + (t === 0 ? start[labels[t]] : trans[labels[t - 1] * L + labels[t]]);
  }
  return s;
}

/** Per-token marginals p(y_t = y) under a CRF with these potentials (log-space), n*L. */
export function marginals(n: number, L: number, emission: ArrayLike<number>, trans: ArrayLike<number>, start: ArrayLike<number>, allowed?: Uint8Array): Float64Array {
  const alpha = new Float64Array(n * L);
  const beta = new Float64Array(n * L);
  const out = new Float64Array(n * L);
  if (n === 0) return out;
  const tmp = new Float64Array(L);
  for (let y = 0; y < L; y++) alpha[y] = allowed && !allowed[L * L + y] ? -Infinity : start[y] + emission[y];
  for (let t = 1; t < n; t++) {
    for (let y = 0; y < L; y++) {
      for (let p = 0; p < L; p++) tmp[p] = allowed && !allowed[p * L + y] ? -Infinity : alpha[(t - 1) * L + p] + trans[p * L + y];
      alpha[t * L + y] = logSumExp(tmp) + emission[t * L + y];
    }
  }
  for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 0;
  for (let t = n - 2; t >= 0; t--) {
    for (let p = 0; p < L; p++) {
      for (let y = 0; y < L; y++) tmp[y] = allowed && !allowed[p * L + y] ? -Infinity : trans[p * L + y] + emission[(t + 1) * L + y] + beta[(t + 1) * L + y];
      beta[t * L + p] = logSumExp(tmp);
    }
  }
  for (let y = 0; y < L; y++) tmp[y] = alpha[(n - 1) * L + y];
  const z = logSumExp(tmp);
  for (let i = 0; i < n * L; i++) out[i] = Math.exp(alpha[i] + beta[i] - z);
  return out;
}

function logSumExp(a: Float64Array): number {
  let m = -Infinity;
  for (let i = 0; i < a.length; i++) if (a[i] > m) m = a[i];
  if (m === -Infinity) return -Infinity;
  let s = 0;
  for (let i = 0; i < a.length; i++) s += Math.exp(a[i] - m);
  return m + Math.log(s);
}

/** Spans [from, to) with their type from a well-formed (or repairable) BIO sequence. */
export function bioSpans(labels: readonly string[]): { from: number; to: number; type: string }[] {
  const out: { from: number; to: number; type: string }[] = [];
  let cur: { from: number; to: number; type: string } | null = null;
  labels.forEach((l, i) => {
    if (l === 'O' || l.startsWith('B-') || (l.startsWith('I-') && (!cur || cur.type !== l.slice(2)))) {
      if (cur) out.push(cur);
      cur = l === 'O' ? null : { from: i, to: i + 1, type: l.slice(2) };
    } else if (cur) cur.to = i + 1;
  });
  if (cur) out.push(cur);
  return out;
}
