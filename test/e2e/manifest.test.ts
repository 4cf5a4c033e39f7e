/**
 * What the stores get: the shipped manifests hold only activeTab, scripting and storage (no host permission, no
 * content script on every page), the optional host permission for per-site automation, the right background for
 * each browser, and Firefox's gecko settings; the zips hold those builds; web-ext lint finds no errors.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { DIST } from './browsers.ts';
import { ROOT } from './server.ts';

type Manifest = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

const read = (dir: string): Manifest => JSON.parse(readFileSync(resolve(DIST, dir, 'manifest.json'), 'utf8'));

/** Files of a zip, by reading its central directory; contents of the named entry. */
function readZip(file: string, entry: string): { names: string[]; content: Buffer | null } {
  const buf = readFileSync(file);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  let content: Buffer | null = null;
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28);
    const elen = buf.readUInt16LE(p + 30);
    const clen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nlen);
    names.push(name);
    if (name === entry) {
      const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
      const raw = buf.subarray(start, start + csize);
      content = method === 8 ? inflateRawSync(raw) : raw;
    }
    p += 46 + nlen + elen + clen;
  }
  return { names, content };
}

describe('shipped manifests', () => {
  for (const target of ['chrome', 'firefox'] as const) {
    it(`${target}: only activeTab, scripting, storage; nothing injected on every page`, () => {
      const m = read(target);
      expect(m.manifest_version).toBe(3);
      expect([...m.permissions].sort()).toEqual(['activeTab', 'scripting', 'storage']);
      expect(m.host_permissions ?? []).toEqual([]);
      expect(m.content_scripts ?? []).toEqual([]);
      expect(m.optional_host_permissions).toEqual(['*://*/*']);
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.commands?._execute_action?.suggested_key?.default).toBe('Alt+Shift+Q');
      expect(m.action?.default_popup).toBeTruthy();
      // Whatever is web-accessible is the model file only (and crxjs' script chunks), never a whole directory.
      for (const war of m.web_accessible_resources ?? []) {
        for (const r of war.resources) expect(r, r).not.toMatch(/^\*|\/\*$/);
      }
      const sources = readFileSync(resolve(DIST, target, 'manifest.json'), 'utf8');
      expect(sources).not.toContain('127.0.0.1');
    });
  }

  it('chrome: a module service worker, no gecko settings', () => {
    const m = read('chrome');
    expect(m.background.service_worker).toBeTruthy();
    expect(m.background.scripts).toBeUndefined();
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('firefox: an event page and the gecko id, minimum version and data collection declaration', () => {
    const m = read('firefox');
    expect(m.background.scripts?.length).toBe(1);
    expect(m.background.service_worker).toBeUndefined();
    expect(m.browser_specific_settings.gecko).toEqual({
      id: 'qari@qari.example',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('the product builds carry no e2e hooks; the test builds do, with their host permission', () => {
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? walk(resolve(dir, d.name)) : [resolve(dir, d.name)]));
    for (const target of ['chrome', 'firefox']) {
      const hooks = ['extension-page.html', 'e2e-diagnostics', 'qari:${'];
      const hooked = walk(resolve(DIST, target)).filter((f) => {
        const text = readFileSync(f, 'latin1');
        return hooks.some((h) => text.includes(h));
      });
      expect(hooked, target).toEqual([]);
      const e2e = read(`${target}-e2e`);
      expect(e2e.host_permissions).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
      const hookedE2e = walk(resolve(DIST, `${target}-e2e`)).filter((f) => f.endsWith('.js') && readFileSync(f, 'utf8').includes('extension-page.html'));
      expect(hookedE2e.length, `${target}-e2e`).toBeGreaterThan(0);
    }
  });

  it('the store zips hold the product builds', () => {
    for (const target of ['chrome', 'firefox']) {
      const zip = resolve(DIST, `qari-${target}.zip`);
      expect(existsSync(zip), zip).toBe(true);
      const { names, content } = readZip(zip, 'manifest.json');
      expect(names).toContain('manifest.json');
      expect(names.some((n) => n.startsWith('src/') || n.startsWith('assets/'))).toBe(true);
      expect(JSON.parse(content!.toString('utf8'))).toEqual(read(target));
    }
  });

  it('web-ext lint finds no errors in the Firefox package', () => {
    let out: string;
    try {
      out = execFileSync(resolve(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', resolve(DIST, 'firefox'), '--output', 'json', '--no-config-discovery'], {
        encoding: 'utf8',
        cwd: ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (e) {
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors, JSON.stringify(report.errors, null, 1)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
