/**
 * npm run bench: speed figures, measured side by side in one run (ratios, not absolute times, are
 * what to read on a shared machine).
 *  1. Per page (the gold fixtures and the project's test pages): article detection + engine, with and
 *     without the learned tagger, against @mozilla/readability's parse() on a clone of the same parsed
 *     document (parsing the HTML is not counted for either).
 *  2. A 1,000-word article and the same page 10× longer: cost and growth ratio.
 *  3. The learned tagger alone: model load time, tagging time for 1,000 words.
 *  4. In real Chromium, the longest main-thread task the extension causes on a 50,000-word live blog
 *     (scripts/bench-browser.ts), unless --no-browser.
 */
import { Readability } from '@mozilla/readability';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotate, type SpanTagger } from '../src/core/engine.ts';
import { detectArticle } from '../src/dom/article.ts';
import { loadTaggerNode } from '../src/cli/load-tagger-node.ts';
import { parseHtml } from '../src/cli/page.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'fixtures');
const args = new Set(process.argv.slice(2));

function pages(): string[] {
  const dirs = [join(shared, 'seed'), join(shared, 'dev'), join(root, 'test', 'pages'), join(root, 'test', 'gold-pages')];
  const out: string[] = [];
  for (const d of dirs) {
    if (!existsSync(d)) continue;
    for (const f of readdirSync(d).sort()) if (f.endsWith('.html')) out.push(join(d, f));
  }
  return out;
}

const gc = (globalThis as { gc?: (options?: { type?: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void }).gc;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/**
 * Median milliseconds of each function, run in turn on every round (so a busy machine slows all of them
 * alike), after the same number of warm-up rounds for each. prep (untimed) makes each call's input.
 */
function sideBySide(fns: Array<(x: Document) => unknown>, prep: () => Document, rounds: number, warm: number): number[] {
  const xs: number[][] = fns.map(() => []);
  for (let r = 0; r < warm + rounds; r++) {
    fns.forEach((fn, k) => {
      const x = prep();
      // Empty the young generation (the previous calls' garbage and the cloned document prep just made) before
      // the clock starts, when node runs with --expose-gc (npm run bench does): each call then pays for its own
      // garbage only, instead of for whichever call happened to fill the young generation. A minor collection
      // only: a full one flushes compiled code and makes every call run colder.
      gc?.({ type: 'minor', execution: 'sync' });
      const t0 = performance.now();
      fn(x);
      if (r >= warm) xs[k].push(performance.now() - t0);
    });
  }
  return xs.map(median);
}

function ours(doc: Document, tagger: SpanTagger | null): number {
  const a = detectArticle(doc);
  if (!a.isArticle) return 0;
  return annotate({ text: a.text, published: a.published, segments: a.segments }, { tagger }).length;
}

function readability(doc: Document): unknown {
  return new Readability(doc).parse();
}

function words(html: string): number {
  const { document, close } = parseHtml(html);
  const a = detectArticle(document);
  close();
  return a.text.split(/\s+/).filter(Boolean).length;
}

/** A page of about `target` words: the seed page's layout with body paragraphs drawn from all fixtures. */
function syntheticPage(target: number): string {
  const seed = readFileSync(join(root, 'test', 'pages-served', 'akhbarelyom-2021-12-02.html'), 'utf8');
  const paras: string[] = [];
  for (const p of pages()) {
    const { document, close } = parseHtml(readFileSync(p, 'utf8'));
    const a = detectArticle(document);
    close();
    if (a.isArticle) for (const para of a.text.split('\n\n').slice(2)) if (para.length > 80) paras.push(para);
  }
  const body: string[] = [];
  let n = 0;
  for (let i = 0; n < target; i++) {
    const p = paras[i % paras.length];
    body.push(`<p>${p}</p>`);
    n += p.split(/\s+/).length;
  }
  return seed.replace(/<div class="article-body">[\s\S]*?<\/div>/, `<div class="article-body">\n${body.join('\n')}\n</div>`);
}

async function main(): Promise<void> {
  const t0 = performance.now();
  const tagger = await loadTaggerNode().catch(() => null);
  const loadMs = performance.now() - t0;
  const runs = 15;

  console.log('== Per page: detection + engine vs Readability.parse() (median ms of %d runs, HTML parsing excluded)', runs);
  console.log('page'.padEnd(44) + 'words'.padStart(7) + 'rules'.padStart(9) + '+tagger'.padStart(9) + 'Readab.'.padStart(9) + '  ratio(+tagger/Readab.)');
  const ratios: number[] = [];
  const rulesRatios: number[] = [];
  for (const p of pages()) {
    const html = readFileSync(p, 'utf8');
    const { document, close } = parseHtml(html);
    const [rules, full, rd] = sideBySide(
      [(d: Document) => ours(d, null), (d: Document) => ours(d, tagger), (d: Document) => readability(d)],
      () => document.cloneNode(true) as Document,
      runs,
      5,
    );
    close();
    const ratio = full / rd;
    ratios.push(ratio);
    rulesRatios.push(rules / rd);
    console.log(basename(p).slice(0, 43).padEnd(44) + String(words(html)).padStart(7) + rules.toFixed(2).padStart(9) + full.toFixed(2).padStart(9) + rd.toFixed(2).padStart(9) + '  ' + ratio.toFixed(2));
  }
  console.log(`median ratio ours/Readability: rules ${median(rulesRatios).toFixed(2)}, with tagger ${median(ratios).toFixed(2)} (below 1 = faster)`);

  console.log('\n== A 1,000-word article and a 10× page (same layout)');
  const sizes = [1000, 10000];
  const results: number[] = [];
  for (const n of sizes) {
    const html = syntheticPage(n);
    const { document, close } = parseHtml(html);
    const w = words(html);
    const reps = n > 5000 ? 9 : 31;
    const [rules, full, rd] = sideBySide(
      [(d: Document) => ours(d, null), (d: Document) => ours(d, tagger), (d: Document) => readability(d)],
      () => document.cloneNode(true) as Document,
      reps,
      n > 5000 ? 3 : 10,
    );
    close();
    results.push(full);
    console.log(`${String(w).padStart(6)} words: detection + rules ${rules.toFixed(2)} ms, + tagger ${full.toFixed(2)} ms, Readability ${rd.toFixed(2)} ms; ratio to Readability: rules ${(rules / rd).toFixed(2)}, with tagger ${(full / rd).toFixed(2)}`);
  }
  console.log(`growth for 10× the words: ${(results[1] / results[0]).toFixed(1)}× (linear ≈ 10×)`);

  if (tagger) {
    console.log('\n== Learned tagger');
    console.log(`model load (first call, includes reading the file): ${loadMs.toFixed(1)} ms`);
    if (existsSync(join(root, 'scripts', 'tagger-bench.ts'))) spawnSync('npx', ['tsx', 'scripts/tagger-bench.ts'], { cwd: root, stdio: 'inherit' });
  }

  if (!args.has('--no-browser') && existsSync(join(root, 'scripts', 'bench-browser.ts'))) {
    console.log('\n== Real Chromium: longest main-thread task on a 50,000-word live blog');
    spawnSync('npx', ['tsx', 'scripts/bench-browser.ts'], { cwd: root, stdio: 'inherit' });
  }
}

main().catch((e) => {
  console.error(`bench: ${(e as Error).message}`);
  process.exit(1);
});
