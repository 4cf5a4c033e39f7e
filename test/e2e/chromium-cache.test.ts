/**
 * Chromium, the test build (dist/chrome-e2e: host permission for 127.0.0.1, so requests need no click): the real
 * IndexedDB cache in the extension's origin — hit on an unchanged page, rebuilt when the article text changes or
 * when the stored record is damaged — and the learned tagger loaded by the content script.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/extension/messages.ts';
import { distDir, E2E_PAGE_PATH, launchChromium, readHighlights, type Launched } from './browsers.ts';
import { SEED_PAGE, startServer, type PageServer } from './server.ts';

let server: PageServer;
let chromium: Launched;
let extPage: Page;

beforeAll(async () => {
  server = await startServer();
  chromium = await launchChromium(distDir('chrome-e2e'));
  extPage = await chromium.browser.newPage();
  await extPage.goto(`chrome-extension://${chromium.extensionId}/${E2E_PAGE_PATH}`);
}, 120_000);

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const request = <T>(msg: unknown): Promise<T> => extPage.evaluate((m) => chrome.runtime.sendMessage(m), msg as never) as Promise<T>;

async function tabIdOf(url: string): Promise<number> {
  const tabs = await extPage.evaluate(() => chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab for ${url}`);
  return tab.id;
}

describe('Chromium: the IndexedDB cache in the extension origin', { timeout: 180_000 }, () => {
  it('hits on an unchanged page, rebuilds on changed text and on a damaged record; the tagger is loaded', async () => {
    const page = await chromium.browser.newPage();
    const url = server.url(`${SEED_PAGE}?utm_source=test#top`);
    await page.goto(url, { waitUntil: 'load' });
    const tabId = await tabIdOf(url);
    await request({ type: 'cache-clear' });

    const first = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(first.status, first.message ?? '').toBe('done');
    expect(first.source).toBe('engine');
    const diag = (await extPage.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'e2e-diagnostics' }), tabId)) as { tagger: string };
    expect(diag.tagger).toBe('loaded');

    // The record is in the extension's IndexedDB under the normalised URL (no fragment, no utm_*).
    const key = server.url(SEED_PAGE);
    const rec = (await extPage.evaluate(
      (k) =>
        new Promise<Record<string, unknown> | null>((resolve, reject) => {
          const open = indexedDB.open('qari-cache');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const get = open.result.transaction('pages').objectStore('pages').get(k);
            get.onsuccess = () => {
              resolve(get.result ?? null);
              open.result.close();
            };
          };
        }),
      key,
    )) as { textHash: string; engineVersion: string; entities: unknown[]; size: number; lastUsed: number; title: string } | null;
    expect(rec).not.toBeNull();
    expect(rec!.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(rec!.entities.length).toBe(first.entities.length);
    expect(rec!.size).toBeGreaterThan(0);
    expect(rec!.title).toBe(first.title);
    // And not in the page's origin.
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))).not.toContain('qari-cache');

    const second = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(second.source).toBe('cache');
    expect(second.entities).toEqual(first.entities);

    // The page changes its article text: a new hash, so the engine runs again.
    await page.evaluate(() => {
      const p = document.querySelector('.article-body p:last-of-type')!;
      p.append(document.createTextNode(' وأضاف الوزير أن المحادثات ستستمر في جنيف.'));
    });
    const changed = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(changed.status).toBe('done');
    expect(changed.source).toBe('engine');
    const again = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(again.source).toBe('cache');

    // A damaged record is dropped and rebuilt, not served.
    await extPage.evaluate(
      (k) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('qari-cache');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('pages', 'readwrite');
            const store = tx.objectStore('pages');
            const get = store.get(k);
            get.onsuccess = () => store.put({ ...get.result, entities: [{ type: 'alien', mentions: 'x' }] });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      key,
    );
    const rebuilt = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(rebuilt.source).toBe('engine');
    expect(rebuilt.entities.length).toBe(changed.entities.length);
    const marks = await readHighlights(page);
    expect(Object.values(marks).flat().length).toBeGreaterThan(5);

    // A forced run ignores the cache.
    const forced = await request<TabState>({ type: 'annotate-tab', tabId, force: true });
    expect(forced.source).toBe('engine');

    const stats = await request<{ pages: number; bytes: number; maxPages: number }>({ type: 'cache-stats' });
    expect(stats.pages).toBe(1);
    expect(stats.maxPages).toBe(500);
    await request({ type: 'cache-clear' });
    expect((await request<{ pages: number }>({ type: 'cache-stats' })).pages).toBe(0);
    await page.close();
  });

  it('annotates a site automatically once the user turned it on, and stops when turned off', async () => {
    const origin = server.origin;
    const on = await request<{ origin: string; enabled: boolean; error?: string }>({ type: 'site-auto-set', origin, enabled: true });
    expect(on, JSON.stringify(on)).toMatchObject({ origin, enabled: true });
    expect(await request<{ enabled: boolean }>({ type: 'site-auto-get', origin })).toMatchObject({ enabled: true });
    const page = await chromium.browser.newPage();
    await page.goto(server.url(SEED_PAGE), { waitUntil: 'load' });
    // No click, no request: the registered script annotates on arrival.
    await page.waitForFunction(() => CSS.highlights.has('qari-official'), { polling: 100, timeout: 60_000 });
    const off = await request<{ enabled: boolean }>({ type: 'site-auto-set', origin, enabled: false });
    expect(off.enabled).toBe(false);
    expect(await request<{ enabled: boolean }>({ type: 'site-auto-get', origin })).toMatchObject({ enabled: false });
    await page.reload({ waitUntil: 'load' });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });
});
