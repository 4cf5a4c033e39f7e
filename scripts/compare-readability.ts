/**
 * Compare detectArticle with Mozilla Readability on every fixture, own test page and held-out gold page.
 *
 *   npx tsx scripts/compare-readability.ts [--verbose] [--timing]
 *
 * For each page with a gold file: is it an article, does the body hold every body_must_include phrase and
 * none of the body_must_exclude phrases, do title and published match. Readability runs on a clone of the
 * document (it mutates what it gets); for it, "not an article" means isProbablyReaderable() is false or
 * parse() returns null. Whitespace is collapsed in both texts before phrases are looked up.
 * --timing also measures parse (jsdom, linkedom) and detection on a normal page and the same page at 10×
 * (its body paragraphs repeated ten times), median of 7 runs.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { parseHtml } from '../src/cli/page.ts';
import { detectArticle } from '../src/dom/article.ts';

interface Gold {
  is_article?: boolean;
  title?: string;
  published?: string;
  body_must_include?: string[];
  body_must_exclude?: string[];
}

interface Outcome {
  isArticle: boolean;
  text: string;
  title: string | null;
  published: string | null;
  ms: number;
}

interface Score {
  kind: boolean;
  inc: number;
  exc: number;
  title: boolean | null;
  published: boolean | null;
  ok: boolean;
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// fixtures, our own test pages, and the held-out gold pages (never used to tune detection)
const DIRS = ['/work/shared/fixtures/seed', '/work/shared/fixtures/dev', join(root, 'test/pages'), join(root, 'test/gold-pages')];
const verbose = process.argv.includes('--verbose');

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function ours(doc: Document): Outcome {
  const t0 = performance.now();
  const r = detectArticle(doc);
  const ms = performance.now() - t0;
  return { isArticle: r.isArticle, text: squash(r.text), title: r.title, published: r.published, ms };
}

function readability(doc: Document): Outcome {
  const t0 = performance.now();
  const clone = doc.cloneNode(true) as Document;
  const readerable = isProbablyReaderable(clone);
  const parsed = new Readability(clone).parse();
  const ms = performance.now() - t0;
  const pt = parsed?.publishedTime ?? null;
  const published = pt ? (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.exec(pt)?.[0] ?? pt.slice(0, 10)) : null;
  return {
    isArticle: readerable && parsed !== null,
    text: squash([parsed?.title ?? '', parsed?.textContent ?? ''].join(' ')),
    title: parsed?.title ? squash(parsed.title) : null,
    published,
    ms,
  };
}

function score(o: Outcome, g: Gold): Score {
  const isArticle = g.is_article ?? true;
  const inc = (g.body_must_include ?? []).filter((p) => o.text.includes(squash(p))).length;
  const exc = (g.body_must_exclude ?? []).filter((p) => !o.text.includes(squash(p))).length;
  const kind = o.isArticle === isArticle;
  if (!isArticle) return { kind, inc, exc, title: null, published: null, ok: kind };
  const title = g.title === undefined ? null : o.title === g.title;
  const published = g.published === undefined ? null : o.published === g.published;
  const ok =
    kind && inc === (g.body_must_include ?? []).length && exc === (g.body_must_exclude ?? []).length &&
    title !== false && published !== false;
  return { kind, inc, exc, title, published, ok };
}

const mark = (b: boolean | null) => (b === null ? '-' : b ? 'y' : 'n');

function cell(s: Score, g: Gold): string {
  const ni = (g.body_must_include ?? []).length;
  const ne = (g.body_must_exclude ?? []).length;
  if (g.is_article === false) return `${s.kind ? 'non-article ✓' : 'non-article ✗'}`.padEnd(27);
  if (!s.kind) return `✗ said: not an article`.padEnd(27);
  return `${s.ok ? '✓' : '✗'} inc ${s.inc}/${ni} exc ${s.exc}/${ne} t:${mark(s.title)} p:${mark(s.published)}`.padEnd(27);
}

const rows: string[] = [];
let pagesN = 0;
let oursOk = 0;
let readOk = 0;
const totals = { oi: 0, oe: 0, ri: 0, re: 0, ni: 0, ne: 0 };
let oursMs = 0;
let readMs = 0;
for (const dir of DIRS) {
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.html')).sort()) {
    const goldPath = join(dir, f.replace(/\.html$/, '.gold.json'));
    if (!existsSync(goldPath)) continue;
    const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
    const { document, close } = parseHtml(readFileSync(join(dir, f), 'utf8'));
    const o = ours(document);
    const r = readability(document);
    close();
    const so = score(o, gold);
    const sr = score(r, gold);
    pagesN++;
    if (so.ok) oursOk++;
    if (sr.ok) readOk++;
    if (gold.is_article !== false) {
      totals.oi += so.inc;
      totals.oe += so.exc;
      totals.ri += sr.inc;
      totals.re += sr.exc;
      totals.ni += (gold.body_must_include ?? []).length;
      totals.ne += (gold.body_must_exclude ?? []).length;
    }
    oursMs += o.ms;
    readMs += r.ms;
    rows.push(`${f.replace(/\.html$/, '').slice(0, 30).padEnd(31)}| ${cell(so, gold)}| ${cell(sr, gold)}`);
    if (verbose) {
      if (!so.ok) rows.push(`    ours: title=${o.title} published=${o.published}`);
      if (!sr.ok) rows.push(`    readability: title=${r.title} published=${r.published}`);
      for (const p of gold.body_must_exclude ?? []) if (r.text.includes(squash(p))) rows.push(`    readability keeps: ${p}`);
      for (const p of gold.body_must_include ?? []) if (!r.text.includes(squash(p))) rows.push(`    readability misses: ${p}`);
    }
  }
}

console.log('inc/exc: body_must_include found / body_must_exclude kept out; t: title right; p: published right');
console.log(`${'page'.padEnd(31)}| ${'detectArticle'.padEnd(27)}| Readability`);
console.log('-'.repeat(90));
for (const r of rows) console.log(r);
console.log('-'.repeat(90));
console.log(`pages fully right: detectArticle ${oursOk}/${pagesN}, Readability ${readOk}/${pagesN}`);
console.log(`body_must_include found: detectArticle ${totals.oi}/${totals.ni}, Readability ${totals.ri}/${totals.ni}`);
console.log(`body_must_exclude kept out: detectArticle ${totals.oe}/${totals.ne}, Readability ${totals.re}/${totals.ne}`);
console.log(`time (excluding parse): detectArticle ${oursMs.toFixed(0)} ms, Readability ${readMs.toFixed(0)} ms (incl. clone)`);

if (process.argv.includes('--timing')) {
  const seed = DIRS.map((d) => join(d, 'akhbarelyom-2021-12-02.html')).find((f) => existsSync(f)) ?? join(root, 'test/pages/gulf-daily.html');
  const html1 = readFileSync(seed, 'utf8');
  // 10×: the body paragraphs (first <p> to last </p>) repeated ten times
  const first = html1.indexOf('<p');
  const last = html1.lastIndexOf('</p>') + 4;
  const html10 = html1.slice(0, first) + Array(10).fill(html1.slice(first, last)).join('\n') + html1.slice(last);
  const median = (xs: number[]) => xs.sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  console.log(`\ntiming on ${seed.split('/').pop()} (median of 7, ms):`);
  for (const [label, html] of [['1×', html1], ['10×', html10]] as const) {
    const pj: number[] = [];
    const pl: number[] = [];
    const dj: number[] = [];
    const dl: number[] = [];
    let words = 0;
    for (let k = 0; k < 7; k++) {
      let t = performance.now();
      const j = parseHtml(html);
      pj.push(performance.now() - t);
      t = performance.now();
      const l = parseHTML(html).document as unknown as Document;
      pl.push(performance.now() - t);
      t = performance.now();
      const r = detectArticle(j.document);
      dj.push(performance.now() - t);
      t = performance.now();
      detectArticle(l);
      dl.push(performance.now() - t);
      words = r.text.split(/\s+/).length;
      j.close();
    }
    console.log(
      `  ${label.padEnd(4)} ${String(html.length).padStart(7)} chars, ${String(words).padStart(5)} words: ` +
        `parse jsdom ${median(pj).toFixed(1)}, linkedom ${median(pl).toFixed(1)}; ` +
        `detect on jsdom ${median(dj).toFixed(1)}, on linkedom ${median(dl).toFixed(1)}`,
    );
  }
}
