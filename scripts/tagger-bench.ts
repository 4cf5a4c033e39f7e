/**
 * Tagger benchmark and CoNLL run.
 *
 *   tsx scripts/tagger-bench.ts [--model FILE]                    load time, tagging time of a 1,000-word text
 *   tsx scripts/tagger-bench.ts --conll GOLD --out PRED [--model FILE]
 *                                                                 tagger-only predictions (token GOLD PRED)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { parseModel } from '../src/core/tagger/index.ts';
import { MODEL_FILE } from '../src/cli/load-tagger-node.ts';
import { runConll, taggerOnlyAnnotate } from '../src/cli/conll.ts';
import { tokenize } from '../src/core/tokenize.ts';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const SAMPLE =
  'أعلن الرئيس المصري عبد الفتاح السيسي في القاهرة يوم الأحد أن وزير الخارجية سامح شكري سيتوجه إلى واشنطن للقاء نظيره الأمريكي ' +
  'وقال المتحدث باسم الأمم المتحدة إن الأمين العام أنطونيو غوتيريش رحب بالاتفاق الذي وقعته الحكومة السودانية مع قوات الدعم السريع في جدة . ' +
  'وأكد الشيخ محمد بن زايد آل نهيان خلال زيارته لبغداد أن الإمارات تدعم العراق ، فيما التقى رئيس الوزراء العراقي بممثلي البنك الدولي وصندوق النقد الدولي . ';

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
  let text = '';
  while (tokenize(text).tokens.filter((t) => t.kind !== 'punct').length < 1000) text += SAMPLE;
  const toks = tokenize(text).tokens;
  const words = toks.map((t) => text.slice(t.start, t.end));
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    // Tag sentence by sentence, as the engine does for an article.
    let s = 0;
    for (let k = 0; k <= words.length; k++) {
      if (k === words.length || words[k] === '.') {
        if (k > s) tagger.tag(words.slice(s, k + (k < words.length ? 1 : 0)));
        s = k + 1;
      }
    }
    times.push(performance.now() - t);
  }
  const med = (a: number[]) => a.slice().sort((x, y) => x - y)[Math.floor(a.length / 2)];
  console.log(`model ${modelFile}: ${bytes.length} bytes raw, ${gzipSync(bytes, { level: 9 }).length} bytes gzipped`);
  console.log(`parseModel: first ${loads[0].toFixed(1)} ms, median ${med(loads).toFixed(1)} ms`);
  console.log(`tag ${words.length} tokens (${words.filter((w) => /\p{L}/u.test(w)).length} words): first ${times[0].toFixed(1)} ms, median ${med(times).toFixed(1)} ms`);
  const whole = performance.now();
  tagger.tag(words);
  console.log(`tag as one sequence: ${(performance.now() - whole).toFixed(1)} ms`);
  // A new tagger has an empty word cache: the cost of an article whose words are all new (JIT warm).
  const fresh: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t2 = parseModel(bytes);
    const t = performance.now();
    t2.tag(words);
    fresh.push(performance.now() - t);
  }
  console.log(`tag with a fresh tagger (empty word cache): median ${med(fresh).toFixed(1)} ms`);
}

void main();
