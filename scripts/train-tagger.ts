/**
 * Train the name tagger: `npm run train` (writes public/<MODEL_PATH>).
 *
 *   --dev            hold out the last 10% of ANERcorp train (whole documents at the end) and report
 *                    F1 on it (model selection; the test split is never read here)
 *   --cv K           K-fold cross-validation over contiguous blocks of ANERcorp train (F1 per epoch, per O bias)
 *   --algo A --c2 C --dropout P --min-count N --o-bias B   model settings (defaults in DEFAULTS)
 *   --epochs N       passes over the data (default from DEFAULTS)
 *   --aqmar MODE     misc | o | partial | gaz | none: add AQMAR with MIS* → MISC, → O, → 'O or MISC'
 *                    (latent label, see TrainSentence.partial); gaz: only its PER/LOC/ORG mentions, as
 *                    gazetteer entries; none: not at all
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
import { deserializeModel, LinearChainTagger, parseModel } from '../src/core/tagger/model.ts';
import { bioSpans, LABELS } from '../src/core/tagger/decode.ts';
import { retokenize, trainTagger, type TrainSentence } from '../src/core/tagger/train.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = resolve(ROOT, '../shared/data');

const DEFAULTS = { temperature: 16, bag: 3, oBias: -3, dropout: 0, algorithm: 'perceptron', c2: 1, epochs: 6, aqmar: 'gaz', minCount: 3, pruneBelow: 2, seed: 20261129, folds: 10 };

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
    if (ty.startsWith('MIS')) return mode === 'o' ? 'O' : p + '-MISC';
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
  addCurated(g);
  return g;
}

/**
 * The project's own dictionaries (src/core/data/*.json, hand-curated for Qari; see docs/DATA.md) as five
 * gazetteer classes (cplace, corg, ctitle, cnat, cpers); names.json first names go into 'first'.
 */
function addCurated(g: MapGazetteer): void {
  const D = resolve(ROOT, 'src/core/data');
  const J = (f: string) => JSON.parse(readFileSync(resolve(D, f), 'utf8'));
  for (const r of J('places.json') as string[][]) g.add(r[0], 'cplace');
  for (const r of J('orgs.json') as string[][]) g.add(r[0], 'corg');
  for (const r of J('titles.json') as string[][]) g.add(r[0], 'ctitle');
  for (const r of J('nationalities.json') as string[][]) g.add(r[0], 'cnat');
  const names = J('names.json') as { first: string[]; firstFemale: string[]; known: string[][] };
  for (const w of [...names.first, ...names.firstFemale]) g.add(w, 'first');
  // known: [full name, role, aliases ...]; the role (index 1) is not a name.
  for (const r of names.known) for (const [k, w] of r.entries()) if (k !== 1 && w) g.add(w, 'cpers');
}

const TRAIN_CLASS: Record<string, GazClass> = { PERS: 'tPERS', LOC: 'tLOC', ORG: 'tORG', MISC: 'tMISC' };

const NAME_PARTICLES = new Set(['بن', 'ابن', 'بنت', 'ابو', 'أبو', 'أبي', 'ابي', 'آل', 'ال', 'عبد', 'دي', 'دو', 'فان', 'فون', 'لا', 'لو']);

function mentionsOf(s: TrainSentence): { phrase: string; cls: GazClass }[] {
  const out: { phrase: string; cls: GazClass }[] = [];
  for (const m of bioSpans(s.labels)) {
    if (m.to - m.from <= 4) out.push({ phrase: s.words.slice(m.from, m.to).join(' '), cls: TRAIN_CLASS[m.type] });
    if (m.type === 'PERS' && m.to - m.from > 1) {
      for (const w of s.words.slice(m.from, m.to)) if (w.length >= 3 && !NAME_PARTICLES.has(w)) out.push({ phrase: w, cls: 'tPERSw' });
    }
  }
  return out;
}

function cloneGaz(g: MapGazetteer): MapGazetteer {
  const c = new MapGazetteer();
  for (const [k, v] of g.map) c.map.set(k, v);
  c.maxLen = g.maxLen;
  return c;
}

interface Config {
  algorithm: 'crf' | 'perceptron';
  epochs: number;
  minCount: number;
  dropout: number;
  c2: number;
  oBias: number;
  aqmarMode: string;
  bag: number;
}

/** Train on these sentences with jack-knifed training-mention gazetteers; the full list goes in the model. */
function trainOn(train: TrainSentence[], cfg: Config, info: Record<string, unknown>, onEpoch?: (e: number, build: () => Uint8Array) => void, extraMentions: TrainSentence[] = []): Uint8Array {
  // Gazetteers: external lists for every sentence; mentions from the training text jack-knifed over
  // contiguous folds (a sentence sees only mentions from other folds), the full list in the model.
  const ext = externalGazetteer();
  // Mentions of other corpora (not trained on) go into every fold's lists.
  for (const s of extraMentions) for (const m of mentionsOf(s)) if (m.cls !== 'tMISC') ext.add(m.phrase, m.cls);
  const K = Number(arg('--folds') ?? DEFAULTS.folds);
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
  return trainTagger(train, {
    epochs: cfg.epochs,
    algorithm: cfg.algorithm,
    c2: cfg.c2,
    dropout: cfg.dropout,
    bag: cfg.bag,
    oBias: cfg.oBias,
    temperature: DEFAULTS.temperature,
    seed: DEFAULTS.seed,
    minCount: cfg.minCount,
    pruneBelow: DEFAULTS.pruneBelow,
    gazetteer: full,
    gazetteerFor: (i) => folds[foldOf(i)],
    info,
    onEpoch,
  });
}

type Counts = Record<string, [number, number, number]>;

function countSpans(gold: string[][], pred: string[][], acc: Counts = {}): Counts {
  gold.forEach((g, i) => {
    const G = new Set(bioSpans(g).map((s) => `${s.from},${s.to},${s.type}`));
    const P = new Set(bioSpans(pred[i]).map((s) => `${s.from},${s.to},${s.type}`));
    for (const s of P) {
      const c = (acc[s.split(',')[2]] ??= [0, 0, 0]);
      if (G.has(s)) c[0]++;
      else c[1]++;
    }
    for (const s of G) if (!P.has(s)) (acc[s.split(',')[2]] ??= [0, 0, 0])[2]++;
  });
  return acc;
}

function summarise(acc: Counts): string {
  const f = (c: [number, number, number]) => (c[0] ? (2 * c[0]) / (2 * c[0] + c[1] + c[2]) : 0);
  const all: [number, number, number] = [0, 0, 0];
  const parts: string[] = [];
  for (const ty of ['PERS', 'LOC', 'ORG', 'MISC']) {
    const c = acc[ty] ?? [0, 0, 0];
    for (let k = 0; k < 3; k++) all[k] += c[k];
    parts.push(`${ty} ${f(c).toFixed(4)}`);
  }
  return `micro ${f(all).toFixed(4)} (${parts.join(', ')})`;
}

const TEMPS = [8, 12, 16, 24, 32, 48, 64];
const BIASES = [0, -3, -6, -10, -15, -20];

function withBias(bytes: Uint8Array, oBias: number) {
  const parts = deserializeModel(bytes);
  return new LinearChainTagger({ ...parts, header: { ...parts.header, oBias } });
}

function main(): void {
  const t0 = Date.now();
  const dev = process.argv.includes('--dev');
  const cv = Number(arg('--cv') ?? 0);
  const cfg: Config = {
    algorithm: (arg('--algo') ?? DEFAULTS.algorithm) as 'crf' | 'perceptron',
    epochs: Number(arg('--epochs') ?? DEFAULTS.epochs),
    minCount: Number(arg('--min-count') ?? DEFAULTS.minCount),
    dropout: Number(arg('--dropout') ?? DEFAULTS.dropout),
    c2: Number(arg('--c2') ?? DEFAULTS.c2),
    oBias: Number(arg('--o-bias') ?? DEFAULTS.oBias),
    aqmarMode: arg('--aqmar') ?? DEFAULTS.aqmar,
    bag: Number(arg('--bag') ?? DEFAULTS.bag),
  };
  const out = resolve(ROOT, arg('--out') ?? resolve(ROOT, 'public', MODEL_PATH));
  const aner = readConll(resolve(DATA, 'anercorp/ANERCorp_CamelLab_train.txt')).map((s) => retokenize(s.words, s.labels));
  const aqmarGaz = cfg.aqmarMode === 'gaz' ? readConll(resolve(DATA, 'aqmar/aqmar_all.conll'), aqmarTag('o')).map((s) => retokenize(s.words, s.labels)) : [];
  const aqmar: TrainSentence[] = cfg.aqmarMode === 'none' || cfg.aqmarMode === 'gaz' ? [] : readConll(resolve(DATA, 'aqmar/aqmar_all.conll'), aqmarTag(cfg.aqmarMode)).map((s) => retokenize(s.words, s.labels));
  if (cfg.aqmarMode === 'partial') for (const s of aqmar) s.partial = s.labels.map((l) => l.endsWith('MISC'));
  const info = {
    method: `${cfg.algorithm === 'crf' ? 'linear-chain CRF (L2, L-BFGS)' : 'averaged perceptron'}, first-order, BIO-constrained Viterbi`,
    data: ['ANERcorp CAMeL train', cfg.aqmarMode === 'none' ? '' : cfg.aqmarMode === 'gaz' ? 'AQMAR PER/LOC/ORG mentions as gazetteer entries' : `AQMAR (MIS*→${cfg.aqmarMode === 'misc' ? 'MISC' : cfg.aqmarMode === 'o' ? 'O' : 'O or MISC, latent'})`].filter(Boolean),
    ...cfg,
    seed: DEFAULTS.seed,
    licence: 'CC BY-SA 4.0 (derived from ANERcorp CC BY-SA 4.0' + (aqmar.length || aqmarGaz.length ? ' and AQMAR CC BY-SA 3.0' : '') + '); gazetteers: see docs/TAGGER.md',
  };
  console.log(`config ${JSON.stringify(cfg)}`);

  if (cv > 0 || dev) {
    // Model selection on ANERcorp train only: K contiguous folds (or the last 10% with --dev).
    const K = cv > 0 ? cv : 10;
    const foldRange = (k: number) => [Math.round((k * aner.length) / K), Math.round(((k + 1) * aner.length) / K)];
    const acc: Counts[] = BIASES.map(() => ({}));
    const epochAcc = new Map<number, Counts>();
    const nll = TEMPS.map(() => 0);
    for (let k = cv > 0 ? 0 : K - 1; k < K; k++) {
      const [a, b] = foldRange(k);
      const held = aner.slice(a, b);
      const train = [...aner.slice(0, a), ...aner.slice(b), ...aqmar];
      const gold = held.map((s) => s.labels);
      const bytes = trainOn(train, cfg, info, (e, build) => {
        if (e % 2 && e !== cfg.epochs) return;
        const tagger = parseModel(build());
        epochAcc.set(e, countSpans(gold, held.map((s) => tagger.tag(s.words).labels), epochAcc.get(e)));
      }, aqmarGaz);
      const base = new LinearChainTagger(deserializeModel(bytes));
      TEMPS.forEach((T, ti) => {
        for (const s of held) {
          const m = base.marginalsAt(s.words, T);
          s.labels.forEach((l, t) => (nll[ti] += -Math.log(Math.max(1e-12, m[t * LABELS.length + LABELS.indexOf(l as never)]))));
        }
      });
      BIASES.forEach((bias, bi) => {
        const tagger = withBias(bytes, bias);
        countSpans(gold, held.map((s) => tagger.tag(s.words).labels), acc[bi]);
      });
      console.log(`fold ${k}: ${summarise(countSpans(gold, held.map((s) => parseModel(bytes).tag(s.words).labels)))} (${((Date.now() - t0) / 1000).toFixed(0)} s)`);
    }
    for (const [e, c] of [...epochAcc.entries()].sort((x, y) => x[0] - y[0])) console.log(`epoch ${e}: ${summarise(c)}`);
    TEMPS.forEach((T, ti) => console.log(`temperature ${T}: token NLL ${nll[ti].toFixed(0)}`));
    BIASES.forEach((bias, bi) => console.log(`O bias ${bias}: ${summarise(acc[bi])}`));
    return;
  }

  const bytes = trainOn([...aner, ...aqmar], cfg, info, (e) => console.log(`epoch ${e} (${((Date.now() - t0) / 1000).toFixed(0)} s)`), aqmarGaz);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  console.log(`wrote ${out}: ${bytes.length} bytes in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

main();
