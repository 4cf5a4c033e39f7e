/**
 * Tagger benchmark and CoNLL run.
 *
 *   tsx scripts/tagger-bench.ts [--model FILE]                    load time, tagging time of a 1,000-word text
 *   tsx scripts/tagger-bench.ts --conll GOLD --out PRED [--model FILE]
 *                                                                 tagger-only predictions (token GOLD PRED)
 *
 * Tagging is timed as the engine calls it: one tagger.tag(words) per sentence. Figures are medians of
 * repeated runs (the machine may be shared) and are also given per 1,000 words. "old path" is
 * ReferenceTagger (src/core/tagger/reference.ts): the same model through feature strings → hashString →
 * lookup, as tag() worked before its fast path (same results, see tagger.test.ts). "inside the engine"
 * is what the tagger adds to annotate() of the sample text: annotate with the tagger minus annotate
 * without it, in alternating rounds after a warm-up (between the engine's rules little of the tagger's
 * tables is still in cache, so this is more than tag() alone in a loop).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseModel } from '../src/core/tagger/index.ts';
import { deserializeModel, LinearChainTagger } from '../src/core/tagger/model.ts';
import { ReferenceTagger } from '../src/core/tagger/reference.ts';
import { MODEL_FILE } from '../src/cli/load-tagger-node.ts';
import { runConll, taggerOnlyAnnotate } from '../src/cli/conll.ts';
import { annotate } from '../src/core/engine.ts';
import { tokenize } from '../src/core/tokenize.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const SAMPLE =
  'أعلن الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الأحد أن وزير الخارجية سامح شكري سيتوجه إلى واشنطن للقاء نظيره الأمريكي ' +
  'وقال المتحدث باسم الأمم المتحدة إن الأمين العام أنطونيو غوتيريش رحب بالاتفاق الذي وقعته الحكومة السودانية مع قوات الدعم السريع في جدة . ' +
  'وأكد الشيخ محمد بن زايد آل نهيان خلال زيارته لبغداد أن الإمارات تدعم العراق ، فيما التقى رئيس الوزراء العراقي بممثلي البنك الدولي وصندوق النقد الدولي . ';

/** ANERcorp test split beside the repo (optional): a second, more varied text. */
const CONLL_TEST = resolve(MODEL_FILE, '../../../../shared/data/anercorp/ANERCorp_CamelLab_test.txt');

const med = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
const min = (a: number[]) => Math.min(...a);

/** Time tagging the sentences, one tag() call per sentence: at least minRuns runs, more while under maxMs (up to 200). */
function timeSentences(tag: (w: string[]) => unknown, sents: string[][], minRuns: number, maxMs = 3000): number[] {
  const times: number[] = [];
  const start = performance.now();
  do {
    const t = performance.now();
    for (const s of sents) tag(s);
    times.push(performance.now() - t);
  } while (times.length < minRuns || (performance.now() - start < maxMs && times.length < 200));
  return times;
}

function report(label: string, times: number[], nWords: number): void {
  const per = (x: number) => ((x * 1000) / nWords).toFixed(2);
  console.log(`${label}: median ${med(times).toFixed(2)} ms, min ${min(times).toFixed(2)} ms (${times.length} runs) = median ${per(med(times))} ms per 1,000 words`);
}

/** Split tokens into sentences after . ! ? ؟ (as the engine does). */
function sentences(words: string[]): string[][] {
  const out: string[][] = [];
  let s = 0;
  for (let k = 0; k < words.length; k++) {
    if (/^[.!?؟]+$/.test(words[k]) || k === words.length - 1) {
      out.push(words.slice(s, k + 1));
      s = k + 1;
    }
  }
  return out;
}

async function main(): Promise<void> {
  const modelFile = arg('--model') ?? MODEL_FILE;
  const bytes = new Uint8Array(readFileSync(modelFile));
  const conll = arg('--conll');
  if (conll) {
    const tagger = parseModel(bytes);
    const out = await runConll(conll, taggerOnlyAnnotate(tagger));
    writeFileSync(arg('--out') ?? '/dev/stdout', out + '\n');
    return;
  }
  const loads: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    parseModel(bytes);
    loads.push(performance.now() - t);
  }
  const tagger = parseModel(bytes);
  const reference = new ReferenceTagger(new LinearChainTagger(deserializeModel(bytes)));
  let text = '';
  while (tokenize(text).tokens.filter((t) => t.kind !== 'punct').length < 1000) text += SAMPLE;
  const toks = tokenize(text).tokens;
  const words = toks.map((t) => text.slice(t.start, t.end));
  const nWords = words.filter((w) => /\p{L}/u.test(w)).length;
  const sents = sentences(words);
  console.log(`model ${modelFile}: ${bytes.length} bytes raw, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped`);
  console.log(`parseModel: first ${loads[0].toFixed(1)} ms, median ${med(loads).toFixed(1)} ms`);
  const first = performance.now();
  tagger.tag(sents[0]);
  console.log(`first tag() call in this process (JIT cold): ${(performance.now() - first).toFixed(1)} ms`);
  console.log(`sample text, ${words.length} tokens (${nWords} words) in ${sents.length} sentences, one tag() per sentence:`);
  report('  tag (warm)', timeSentences((s) => tagger.tag(s), sents, 50), nWords);
  report('  old path', timeSentences((s) => reference.tag(s), sents, 10), nWords);
  const whole: number[] = [];
  for (let i = 0; i < 30; i++) tagger.tag(words); // warm-up for a long sequence
  for (let i = 0; i < 21; i++) {
    const t = performance.now();
    tagger.tag(words);
    whole.push(performance.now() - t);
  }
  console.log(`  tag as one sequence: median ${med(whole).toFixed(2)} ms`);
  // A new tagger has an empty word cache: the cost of an article whose words are all new (JIT warm).
  const fresh: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t2 = parseModel(bytes);
    const t = performance.now();
    for (const s of sents) t2.tag(s);
    fresh.push(performance.now() - t);
  }
  report('  fresh tagger (empty word cache)', fresh, nWords);
  // Inside the engine: annotate() with minus without the tagger, per round of 20 calls each.
  const input = { text, published: '2021-12-02T13:39' };
  for (let i = 0; i < 30; i++) {
    annotate(input, { tagger });
    annotate(input, { tagger: null });
  }
  const inEngine: number[] = [];
  for (let r = 0; r < 15; r++) {
    let t = performance.now();
    for (let i = 0; i < 20; i++) annotate(input, { tagger });
    const withTagger = (performance.now() - t) / 20;
    t = performance.now();
    for (let i = 0; i < 20; i++) annotate(input, { tagger: null });
    inEngine.push(withTagger - (performance.now() - t) / 20);
  }
  report('  inside the engine (annotate with - without the tagger)', inEngine, nWords);
  if (existsSync(CONLL_TEST)) {
    // Varied news text: the first 300 sentences of the ANERcorp test split (words as written there).
    const test: string[][] = [];
    let cur: string[] = [];
    for (const line of readFileSync(CONLL_TEST, 'utf8').split('\n')) {
      if (line.trim()) cur.push(line.trim().split(/\s+/)[0]);
      else if (cur.length) {
        test.push(cur);
        cur = [];
      }
      if (test.length === 300) break;
    }
    const n = test.reduce((a, s) => a + s.filter((w) => /\p{L}/u.test(w)).length, 0);
    console.log(`ANERcorp test, first ${test.length} sentences (${n} words), one tag() per sentence:`);
    report('  tag (warm)', timeSentences((s) => tagger.tag(s), test, 30), n);
    report('  old path', timeSentences((s) => reference.tag(s), test, 5), n);
    const fr: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t2 = parseModel(bytes);
      const t = performance.now();
      for (const s of test) t2.tag(s);
      fr.push(performance.now() - t);
    }
    report('  fresh tagger (empty word cache)', fr, n);
  }
}

void main();
