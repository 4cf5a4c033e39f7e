/**
 * `npm run build`: the two store packages and the two test builds, from the one source manifest.
 *   dist/chrome        Chrome MV3, service worker          → dist/qari-chrome.zip
 *   dist/firefox       Firefox MV3, event page, gecko id   → dist/qari-firefox.zip
 *   dist/chrome-e2e    test-only: host permission for 127.0.0.1/localhost, e2e hooks compiled in
 *   dist/firefox-e2e   the same for Firefox
 * Options: --only chrome|firefox (product builds of one browser), --no-e2e, --no-zip.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const DIST = resolve(ROOT, 'dist');

type Target = 'chrome' | 'firefox';
type Variant = 'product' | 'e2e';

/**
 * crxjs lists every `?iife` script as web-accessible to all http(s) pages; ours are only ever injected with
 * scripting.executeScript / registerContentScripts, which need no such entry, and listing them would let any page
 * probe for the extension. Drop those entries.
 */
function dropScriptWebAccess(dir: string): void {
  const file = resolve(dir, 'manifest.json');
  const m = JSON.parse(readFileSync(file, 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  if (!m.web_accessible_resources) return;
  m.web_accessible_resources = m.web_accessible_resources.filter(
    (w) => !w.resources.every((r) => r.startsWith('src/extension/content/')),
  );
  if (m.web_accessible_resources.length === 0) delete m.web_accessible_resources;
  writeFileSync(file, JSON.stringify(m, null, 2) + '\n');
}

/**
 * The intermediate ESM chunks crxjs emits for `?iife` scripts (assets/index.ts-*.js: the whole engine again) are
 * referenced by nothing: the IIFE files are what gets injected. Delete every script chunk no other file names,
 * until none is left, so the store packages carry each byte once.
 */
function dropUnreferencedChunks(dir: string): string[] {
  const dropped: string[] = [];
  for (;;) {
    const files = listFiles(dir);
    const texts = new Map(files.filter((f) => /\.(js|html|json|css)$/.test(f)).map((f) => [f, readFileSync(f, 'latin1')]));
    const orphan = files.find((f) => {
      if (!/\/assets\/[^/]+\.js$/.test(f)) return false;
      const name = f.slice(f.lastIndexOf('/') + 1);
      for (const [other, text] of texts) if (other !== f && text.includes(name)) return false;
      return true;
    });
    if (!orphan) return dropped;
    rmSync(orphan);
    dropped.push(relative(dir, orphan));
  }
}

export async function buildOne(target: Target, variant: Variant): Promise<string> {
  const prev = process.env.QARI_VARIANT;
  process.env.QARI_VARIANT = variant;
  try {
    await build({ configFile: resolve(ROOT, 'vite.config.ts'), mode: target, logLevel: 'warn' });
  } finally {
    if (prev === undefined) delete process.env.QARI_VARIANT;
    else process.env.QARI_VARIANT = prev;
  }
  const dir = resolve(DIST, variant === 'product' ? target : `${target}-e2e`);
  dropScriptWebAccess(dir);
  dropUnreferencedChunks(dir);
  return dir;
}

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

/** A deterministic zip (deflate, fixed timestamps) of a directory's files, paths relative to it. */
export function zipDirectory(dir: string, outFile: string): number {
  const DOS_TIME = 0; // 00:00:00
  const DOS_DATE = (2020 - 1980) << 9 | 1 << 5 | 1; // 2020-01-01
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const file of listFiles(dir)) {
    const name = Buffer.from(relative(dir, file).split('\\').join('/'), 'utf8');
    const data = readFileSync(file);
    const deflated = deflateRawSync(data, { level: 9 });
    const useDeflate = deflated.length < data.length;
    const body = useDeflate ? deflated : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(useDeflate ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(useDeflate ? 8 : 0, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = centrals.length / 2;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  const zip = Buffer.concat([...locals, cd, end]);
  writeFileSync(outFile, zip);
  return zip.length;
}

export async function buildAll(options: { only?: Target; e2e?: boolean; zip?: boolean } = {}): Promise<void> {
  const targets: Target[] = options.only ? [options.only] : ['chrome', 'firefox'];
  mkdirSync(DIST, { recursive: true });
  for (const target of targets) {
    const t0 = performance.now();
    const dir = await buildOne(target, 'product');
    let line = `built dist/${target} in ${Math.round(performance.now() - t0)} ms`;
    if (options.zip !== false) {
      const zipFile = resolve(DIST, `qari-${target}.zip`);
      rmSync(zipFile, { force: true });
      const bytes = zipDirectory(dir, zipFile);
      line += `; dist/qari-${target}.zip ${(bytes / 1024).toFixed(0)} KiB`;
    }
    console.log(line);
    if (options.e2e !== false) {
      const t1 = performance.now();
      await buildOne(target, 'e2e');
      console.log(`built dist/${target}-e2e (test only) in ${Math.round(performance.now() - t1)} ms`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const args = process.argv.slice(2);
  const onlyIdx = args.indexOf('--only');
  const only = onlyIdx >= 0 ? (args[onlyIdx + 1] as Target) : undefined;
  buildAll({ only, e2e: !args.includes('--no-e2e'), zip: !args.includes('--no-zip') }).catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
