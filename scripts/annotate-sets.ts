/**
 * Annotate every gold page (the shared seed and dev fixtures, test/gold-pages and each test/gold-pages-blind* set) in
 * one process and write each page's `annotate --json` output to OUT/SET/PAGE.html.json, for scripts/score-sets.py.
 * The same engine and detection as the command line (src/cli/annotate.ts), without a process per page.
 *
 *   OUT=/tmp/out [NOTAG=1] [SHARD=i/n] [MINSET=N] [MAXSET=N] [BLIND_ONLY=1] npx tsx scripts/annotate-sets.ts
 * (scripts/eval-sets.sh runs two shards side by side and scores them.)
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { annotateSource } from '../src/cli/annotate.ts';
import { loadTaggerNode } from '../src/cli/load-tagger-node.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.OUT;
if (!OUT) throw new Error('OUT is required');
const tagger = process.env.NOTAG || process.env.QARI_NO_TAGGER ? null : await loadTaggerNode();
const maxSet = Number(process.env.MAXSET ?? 9999);
const minSet = Number(process.env.MINSET ?? 0);
const dirs: Array<[string, string]> = process.env.BLIND_ONLY
  ? []
  : [
      ['seed', join(root, '..', 'shared', 'fixtures', 'seed')],
      ['dev', join(root, '..', 'shared', 'fixtures', 'dev')],
      ['gold', join(root, 'test', 'gold-pages')],
    ];
for (const d of readdirSync(join(root, 'test'))) {
  const m = /^gold-pages-blind(?:-(\d+))?$/.exec(d);
  if (m && Number(m[1] ?? 1) <= maxSet && Number(m[1] ?? 1) >= minSet) dirs.push([`b${m[1] ?? 1}`, join(root, 'test', d)]);
}
const [shard, shards] = (process.env.SHARD ?? '0/1').split('/').map(Number);
let k = 0;
for (const [name, dir] of dirs) {
  mkdirSync(join(OUT, name), { recursive: true });
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.gold.json')).sort()) {
    if (k++ % shards !== shard) continue;
    const html = join(dir, f.replace(/\.gold\.json$/, '.html'));
    let out: unknown;
    try {
      out = await annotateSource(html, tagger);
    } catch (e) {
      out = { error: String(e) };
    }
    writeFileSync(join(OUT, name, `${basename(html)}.json`), JSON.stringify(out));
  }
}
