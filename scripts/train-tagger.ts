/**
 * Train the name tagger: `npm run train` (writes public/<MODEL_PATH>).
 *
 *   --dev            hold out the last 10% of ANERcorp train (whole documents at the end) and report
 *                    F1 on it after every epoch (model selection; the test split is never read here)
 *   --epochs N       passes over the data (default from DEFAULTS)
 *   --aqmar MODE     misc | o | none: add AQMAR (MIS* → MISC, or MIS* → O), or not
 *   --out FILE       where to write the model (default public/<MODEL_PATH>)
 *
 * Data (read-only, beside the repo): ../shared/data/anercorp/ANERCorp_CamelLab_train.txt,
 * ../shared/data/aqmar/aqmar_all.conll, ../shared/data/gazetteers/*. Deterministic: same data and
 * flags give a byte-identical model.
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MODEL_PATH } from '../src/core/tagger/index.ts';
import { MapGazetteer, type GazClass } from '../src/core/tagger/features.ts';
import { parseModel } from '../src/core/tagger/model.ts';
import { bioSpans } from '../src/core/tagger/decode.ts';
import { retokenize, trainTagger, type TrainSentence } from '../src/core/tagger/train.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data');

const DEFAULTS = { dropout: 0, algorithm: 'perceptron', c2: 1, epochs: 8, aqmar: 'none', minCount: 3, pruneBelow: 2, seed: 20261129, folds: 10 };

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

export function readConll(path: string, mapTag: (t: string) => string = (t) => t): { words: string[]; labels: string[] }[] {
  const out: { words: string[]; labels: string[] }[] = [];
  let words: string[] = [];
  let labels: string[] = [];
  const flush = () => {
    if (words.length) out.push({ words, labels });
    words = [];
    labels = [];
  };
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (!line.trim()) {
      flush();
      continue;
    }
    words.push(parts[0]);
    labels.push(mapTag(parts.length > 1 ? parts[parts.length - 1] : 'O'));
  }
  flush();
  return out;
}

function aqmarTag(mode: string) {
  return (t: string): string => {
    if (t === 'O' || !t.includes('-')) return 'O';
    const [p, ty] = [t.slice(0, 1), t.slice(2)];
    if (ty === 'PER') return p + '-PERS';
    if (ty === 'LOC' || ty === 'ORG') return p + '-' + ty;
    if (ty.startsWith('MIS')) return mode === 'misc' ? p + '-MISC' : 'O';
    return 'O';
  };
}

function tsv(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(1)
    .filter((l) => l.trim())
    .map((l) => l.split('\t'));
}

const SPEECH = ['قال', 'وقال', 'أكد', 'وأكد', 'أعلن', 'وأعلن', 'صرح', 'وصرح', 'أضاف', 'وأضاف', 'أوضح', 'وأوضح', 'اعتبر', 'دعا', 'ذكر', 'أشار', 'يقول', 'قالت', 'أكدت', 'أعلنت', 'التقى', 'استقبل', 'بحث'];
const ADMIN = /^(ولاية|محافظة|منطقة|مقاطعة|إقليم|اقليم|مدينة|بلدية) /;

/** External dictionaries (not derived from gold data): countries, cities, first and last names, titles. */
function externalGazetteer(): MapGazetteer {
  const g = new MapGazetteer();
  const G = resolve(DATA, 'gazetteers');
  for (const r of tsv(resolve(G, 'countries_ar.tsv'))) {
    for (const k of [3, 4, 5]) if (r[k]) g.add(r[k], 'country');
    if (r[7]) g.add(r[7], 'city');
  }
  for (const r of tsv(resolve(G, 'world_cities_ar.tsv'))) {
    const city = r[3];
    if (!city || /[پچژگ]/.test(city)) continue;
    g.add(city, 'city');
    if (ADMIN.test(city)) g.add(city.replace(ADMIN, ''), 'city');
  }
  for (const r of tsv(resolve(G, 'person_first_names_ar.tsv'))) if (r[0]) g.add(r[0], 'first');
  for (const l of readFileSync(resolve(G, 'person_last_names_ar.txt'), 'utf8').split('\n')) if (l.trim()) g.add(l.trim(), 'last');
  for (const r of tsv(resolve(G, 'titles_seed_ar.tsv'))) if (r[0]) g.add(r[0], 'title');
  for (const w of SPEECH) g.add(w, 'title');
  return g;
}

const TRAIN_CLASS: Record<string, GazClass> = { PERS: 'tPERS', LOC: 'tLOC', ORG: 'tORG', MISC: 'tMISC' };

function mentionsOf(s: TrainSentence): { phrase: string; cls: GazClass }[] {
  return bioSpans(s.labels)
    .filter((m) => m.to - m.from <= 4)
    .map((m) => ({ phrase: s.words.slice(m.from, m.to).join(' '), cls: TRAIN_CLASS[m.type] }));
}

function cloneGaz(g: MapGazetteer): MapGazetteer {
  const c = new MapGazetteer();
  for (const [k, v] of g.map) c.map.set(k, v);
  c.maxLen = g.maxLen;
  return c;
}

/** Span F1 per type between gold and predicted BIO sequences. */
function f1(gold: string[][], pred: string[][]): { micro: number; byType: Record<string, number> } {
  const tp: Record<string, number> = {};
  const fp: Record<string, number> = {};
  const fn: Record<string, number> = {};
  gold.forEach((g, i) => {
    const G = new Set(bioSpans(g).map((s) => `${s.from},${s.to},${s.type}`));
    const P = new Set(bioSpans(pred[i]).map((s) => `${s.from},${s.to},${s.type}`));
    for (const s of P) {
      const ty = s.split(',')[2];
      if (G.has(s)) tp[ty] = (tp[ty] ?? 0) + 1;
      else fp[ty] = (fp[ty] ?? 0) + 1;
    }
    for (const s of G) if (!P.has(s)) fn[s.split(',')[2]] = (fn[s.split(',')[2]] ?? 0) + 1;
  });
  const f = (a: number, b: number, c: number) => (a ? (2 * a) / (2 * a + b + c) : 0);
  const byType: Record<string, number> = {};
  let A = 0;
  let B = 0;
  let C = 0;
  for (const ty of ['PERS', 'LOC', 'ORG', 'MISC']) {
    byType[ty] = +f(tp[ty] ?? 0, fp[ty] ?? 0, fn[ty] ?? 0).toFixed(4);
    A += tp[ty] ?? 0;
    B += fp[ty] ?? 0;
    C += fn[ty] ?? 0;
  }
  return { micro: +f(A, B, C).toFixed(4), byType };
}

function main(): void {
  const t0 = Date.now();
  const dev = process.argv.includes('--dev');
  const epochs = Number(arg('--epochs') ?? DEFAULTS.epochs);
  const aqmarMode = arg('--aqmar') ?? DEFAULTS.aqmar;
  const minCount = Number(arg('--min-count') ?? DEFAULTS.minCount);
  const algorithm = (arg('--algo') ?? DEFAULTS.algorithm) as 'crf' | 'perceptron';
  const dropout = Number(arg('--dropout') ?? DEFAULTS.dropout);
  const c2 = Number(arg('--c2') ?? DEFAULTS.c2);
  const out = resolve(ROOT, arg('--out') ?? resolve(ROOT, 'public', MODEL_PATH));

  const aner = readConll(resolve(DATA, 'anercorp/ANERCorp_CamelLab_train.txt')).map((s) => retokenize(s.words, s.labels));
  const nDev = dev ? Math.round(aner.length * 0.1) : 0;
  const anerTrain = aner.slice(0, aner.length - nDev);
  const devSet = aner.slice(aner.length - nDev);
  const aqmar = aqmarMode === 'none' ? [] : readConll(resolve(DATA, 'aqmar/aqmar_all.conll'), aqmarTag(aqmarMode)).map((s) => retokenize(s.words, s.labels));
  const train = [...anerTrain, ...aqmar];

  // Gazetteers: external lists for every sentence; mentions from the training text jack-knifed over
  // contiguous folds (a sentence sees only mentions from other folds), the full list in the model.
  const ext = externalGazetteer();
  const K = DEFAULTS.folds;
  const foldOf = (i: number) => Math.floor((i * K) / train.length);
  const full = cloneGaz(ext);
  const folds = Array.from({ length: K }, () => cloneGaz(ext));
  train.forEach((s, i) => {
    for (const m of mentionsOf(s)) {
      full.add(m.phrase, m.cls);
      folds.forEach((g, k) => {
        if (k !== foldOf(i)) g.add(m.phrase, m.cls);
      });
    }
  });

  console.log(`train sentences ${train.length} (ANERcorp ${anerTrain.length}, AQMAR ${aqmar.length}), dev ${devSet.length}; gazetteer ${full.map.size} phrases`);
  const evalDev = (bytes: Uint8Array) => {
    const tagger = parseModel(bytes);
    const pred = devSet.map((s) => tagger.tag(s.words).labels);
    return f1(
      devSet.map((s) => s.labels),
      pred,
    );
  };
  const bytes = trainTagger(train, {
    epochs,
    algorithm,
    c2,
    dropout,
    seed: DEFAULTS.seed,
    minCount,
    pruneBelow: DEFAULTS.pruneBelow,
    gazetteer: full,
    gazetteerFor: (i) => folds[foldOf(i)],
    info: {
      method: 'averaged perceptron, first-order linear chain, BIO-constrained Viterbi',
      data: ['ANERcorp CAMeL train' + (dev ? ' (minus last 10% dev)' : ''), aqmarMode === 'none' ? '' : `AQMAR (MIS*→${aqmarMode === 'misc' ? 'MISC' : 'O'})`].filter(Boolean),
      algorithm,
      c2: algorithm === 'crf' ? c2 : undefined,
      dropout,
      epochs,
      minCount,
      seed: DEFAULTS.seed,
      licence: 'CC BY-SA 4.0 (derived from ANERcorp CC BY-SA 4.0 and AQMAR CC BY-SA 3.0); gazetteers: see docs/TAGGER.md',
    },
    onEpoch: dev
      ? (e, build) => {
          const r = evalDev(build());
          console.log(`epoch ${e} dev micro ${r.micro} ${JSON.stringify(r.byType)} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
        }
      : (e) => console.log(`epoch ${e} (${((Date.now() - t0) / 1000).toFixed(0)} s)`),
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${bytes.length} bytes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
