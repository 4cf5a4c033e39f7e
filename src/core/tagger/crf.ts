/**
 * Linear-chain CRF training: maximise Σ log p(y|x) − c2/2·‖θ‖² with L-BFGS (full batch, so the result is
 * deterministic and independent of sentence order). Same features, decoding and model file as the
 * perceptron (train.ts); BIO constraints are applied in forward-backward as well.
 */
import { bioConstraints, LABELS } from './decode.ts';
import { buildModel, prepare, type TrainOptions, type TrainSentence } from './train.ts';

export function trainCrf(sents: readonly TrainSentence[], opts: TrainOptions): Uint8Array {
  const L = LABELS.length;
  const { hashes, data, gold } = prepare(sents, opts);
  const nF = hashes.length;
  const offT = nF * L;
  const offS = offT + L * L;
  const P = offS + L;
  const c2 = opts.c2 ?? 1;
  const allowed = bioConstraints(LABELS);

  const build = (th: Float64Array) => buildModel(hashes, th.subarray(0, offT), Float32Array.from(th.subarray(offT, offS)), Float32Array.from(th.subarray(offS, P)), opts);

  // Scratch buffers sized for the longest sentence.
  const maxN = Math.max(1, ...gold.map((g) => g.length));
  const em = new Float64Array(maxN * L);
  const ex = new Float64Array(maxN * L);
  const alpha = new Float64Array(maxN * L);
  const beta = new Float64Array(maxN * L);
  const scale = new Float64Array(maxN);
  const expT = new Float64Array(L * L);

  /** Negative regularised log-likelihood and its gradient (into g). */
  const evaluate = (th: Float64Array, g: Float64Array): number => {
    g.fill(0);
    let nll = 0;
    for (let p = 0; p < L; p++) for (let y = 0; y < L; y++) expT[p * L + y] = allowed[p * L + y] ? Math.exp(th[offT + p * L + y]) : 0;
    for (let si = 0; si < data.length; si++) {
      const feats = data[si];
      const gy = gold[si];
      const n = gy.length;
      if (!n) continue;
      let logZ = 0;
      for (let t = 0; t < n; t++) {
        const fs = feats[t];
        let mx = -Infinity;
        for (let y = 0; y < L; y++) {
          let s = t === 0 ? th[offS + y] : 0;
          for (let k = 0; k < fs.length; k++) s += th[fs[k] * L + y];
          em[t * L + y] = s;
          if (s > mx) mx = s;
        }
        for (let y = 0; y < L; y++) ex[t * L + y] = Math.exp(em[t * L + y] - mx);
        logZ += mx;
      }
      // Forward (scaled).
      let sum = 0;
      for (let y = 0; y < L; y++) {
        const v = allowed[L * L + y] ? ex[y] : 0;
        alpha[y] = v;
        sum += v;
      }
      scale[0] = sum;
      for (let y = 0; y < L; y++) alpha[y] /= sum;
      logZ += Math.log(sum);
      for (let t = 1; t < n; t++) {
        sum = 0;
        for (let y = 0; y < L; y++) {
          let s = 0;
          for (let p = 0; p < L; p++) s += alpha[(t - 1) * L + p] * expT[p * L + y];
          s *= ex[t * L + y];
          alpha[t * L + y] = s;
          sum += s;
        }
        scale[t] = sum;
        for (let y = 0; y < L; y++) alpha[t * L + y] /= sum;
        logZ += Math.log(sum);
      }
      // Backward.
      for (let y = 0; y < L; y++) beta[(n - 1) * L + y] = 1;
      for (let t = n - 2; t >= 0; t--) {
        for (let p = 0; p < L; p++) {
          let s = 0;
          for (let y = 0; y < L; y++) s += expT[p * L + y] * ex[(t + 1) * L + y] * beta[(t + 1) * L + y];
          beta[t * L + p] = s / scale[t + 1];
        }
      }
      // Gold score.
      let goldScore = 0;
      for (let t = 0; t < n; t++) {
        goldScore += em[t * L + gy[t]];
        if (t > 0) goldScore += th[offT + gy[t - 1] * L + gy[t]];
      }
      nll += logZ - goldScore;
      // Gradient: expected − observed.
      for (let t = 0; t < n; t++) {
        const fs = feats[t];
        for (let y = 0; y < L; y++) {
          const m = alpha[t * L + y] * beta[t * L + y] - (gy[t] === y ? 1 : 0);
          if (m === 0) continue;
          for (let k = 0; k < fs.length; k++) g[fs[k] * L + y] += m;
          if (t === 0) g[offS + y] += m;
        }
        if (t > 0) {
          for (let p = 0; p < L; p++) {
            const a = alpha[(t - 1) * L + p];
            if (a === 0) continue;
            for (let y = 0; y < L; y++) {
              if (!allowed[p * L + y]) continue;
              g[offT + p * L + y] += (a * expT[p * L + y] * ex[t * L + y] * beta[t * L + y]) / scale[t];
            }
          }
          g[offT + gy[t - 1] * L + gy[t]] -= 1;
        }
      }
    }
    let reg = 0;
    for (let i = 0; i < P; i++) {
      reg += th[i] * th[i];
      g[i] += c2 * th[i];
    }
    return nll + (c2 / 2) * reg;
  };

  // L-BFGS with backtracking (Armijo) line search.
  const m = 6;
  const x = new Float64Array(P);
  const g = new Float64Array(P);
  const xn = new Float64Array(P);
  const gn = new Float64Array(P);
  const d = new Float64Array(P);
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let s = 0;
    for (let i = 0; i < P; i++) s += a[i] * b[i];
    return s;
  };
  let f = evaluate(x, g);
  const f0 = f;
  const alphaBuf: number[] = new Array(m).fill(0);
  let lastF = f;
  for (let it = 1; it <= opts.epochs; it++) {
    // Two-loop recursion: d = −H g.
    for (let i = 0; i < P; i++) d[i] = -g[i];
    for (let k = S.length - 1; k >= 0; k--) {
      const a = rho[k] * dot(S[k], d);
      alphaBuf[k] = a;
      const yk = Y[k];
      for (let i = 0; i < P; i++) d[i] -= a * yk[i];
    }
    if (S.length) {
      const k = S.length - 1;
      const gamma = dot(S[k], Y[k]) / dot(Y[k], Y[k]);
      for (let i = 0; i < P; i++) d[i] *= gamma;
    } else {
      const gn0 = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < P; i++) d[i] /= gn0;
    }
    for (let k = 0; k < S.length; k++) {
      const b = rho[k] * dot(Y[k], d);
      const sk = S[k];
      const a = alphaBuf[k];
      for (let i = 0; i < P; i++) d[i] += (a - b) * sk[i];
    }
    let gd = dot(g, d);
    if (gd >= 0) {
      // Not a descent direction: restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      const gn0 = Math.sqrt(dot(g, g)) || 1;
      for (let i = 0; i < P; i++) d[i] = -g[i] / gn0;
      gd = dot(g, d);
    }
    let step = 1;
    let fn = Infinity;
    for (let tries = 0; tries < 20; tries++) {
      for (let i = 0; i < P; i++) xn[i] = x[i] + step * d[i];
      fn = evaluate(xn, gn);
      if (fn <= f + 1e-4 * step * gd) break;
      step *= 0.5;
    }
    const s = new Float64Array(P);
    const yv = new Float64Array(P);
    for (let i = 0; i < P; i++) {
      s[i] = xn[i] - x[i];
      yv[i] = gn[i] - g[i];
    }
    const sy = dot(s, yv);
    if (sy > 1e-10) {
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
      if (S.length > m) {
        S.shift();
        Y.shift();
        rho.shift();
      }
    }
    x.set(xn);
    g.set(gn);
    f = fn;
    if (opts.onEpoch && (it % 10 === 0 || it === opts.epochs)) opts.onEpoch(it, () => build(x));
    if (it % 10 === 0) {
      if (Math.abs(lastF - f) / Math.max(1, Math.abs(f)) < 1e-5) break;
      lastF = f;
    }
  }
  void f0;
  return build(x);
}
