/**
 * Firefox ESR over WebDriver BiDi, the test build (dist/firefox-e2e: the shipped manifest plus host permission
 * for 127.0.0.1/localhost, since no BiDi route clicks the toolbar button). The requests are the ones the popup
 * sends ('annotate-tab', 'get-tab-state'), sent from an extension page the test build opens.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TabState } from '../../src/extension/messages.ts';
import { distDir, E2E_PAGE_PATH, launchFirefox, marksOutside, pageMarkup, readHighlights, sleep, until, type Launched } from './browsers.ts';
import { SEED_PAGE, startServer, type PageServer } from './server.ts';

let server: PageServer;
let firefox: Launched;
let extPage: Page;

beforeAll(async () => {
  server = await startServer();
  firefox = await launchFirefox(distDir('firefox-e2e'));
  // The e2e build opens its extension page on install; BiDi reports its url() as about:blank, so ask the page.
  extPage = await until(async () => {
    for (const p of await firefox.browser.pages()) {
      const href = await p.evaluate(() => location.href).catch(() => '');
      if (href.startsWith('moz-extension://') && href.includes(E2E_PAGE_PATH)) return p;
    }
    return null;
  }, 60_000, 200);
}, 120_000);

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** Send a background request from the extension page, as the popup does. */
async function request<T>(msg: unknown): Promise<T> {
  return extPage.evaluate((m) => (globalThis as unknown as { browser: typeof chrome }).browser.runtime.sendMessage(m), msg as never) as Promise<T>;
}

async function tabIdOf(url: string): Promise<number> {
  return until(async () => {
    const tabs = (await extPage.evaluate(
      () => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({}),
    )) as { id?: number; url?: string }[];
    return tabs.find((t) => t.url === url)?.id ?? null;
  }, 20_000);
}

describe('Firefox: the extension annotates pages through the background', { timeout: 240_000 }, () => {
  it('highlights the seed article, leaves the DOM alone, and serves the second request from the cache', async () => {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = server.url(SEED_PAGE);
    await page.goto(url, { waitUntil: 'load' });
    const before = await pageMarkup(page);
    const tabId = await tabIdOf(url);

    const state = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(state.status, state.message ?? '').toBe('done');
    expect(state.source).toBe('engine');
    const lavrov = state.entities.filter((e) => e.type === 'official' && e.canonical.includes('لافروف'));
    expect(lavrov).toHaveLength(1);
    expect(lavrov[0].role ?? '').toMatch(/وزير الخارجية/);
    const blinken = state.entities.filter((e) => /بلينكي?ن/.test(e.canonical) || e.mentions.some((m) => /بلينكي?ن/.test(m.text)));
    expect(blinken).toHaveLength(1);

    await page.waitForFunction(() => CSS.highlights.size > 0, { polling: 100, timeout: 30_000 });
    const marks = await readHighlights(page);
    const all = Object.values(marks).flat();
    for (const want of ['سيرجي لافروف', 'ستوكهولم', 'اليوم الخميس']) {
      expect(all.some((t) => t.includes(want)), `${want} in ${JSON.stringify(marks)}`).toBe(true);
    }
    expect(await marksOutside(page, 'aside, .ticker, header.site, footer, nav')).toEqual([]);
    const after = await pageMarkup(page);
    expect(after.body).toBe(before.body);
    expect(after.head).toBe(before.head);
    expect(after.extraRootChildren.filter((n) => n !== 'qari-card')).toEqual([]);

    // The learned tagger was loaded from the extension's files by the content script.
    const diag = (await extPage.evaluate(
      (id) => (globalThis as unknown as { browser: typeof chrome }).browser.tabs.sendMessage(id, { type: 'e2e-diagnostics' }),
      tabId,
    )) as { tagger: string; marks: number };
    expect(diag.tagger).toBe('loaded');
    expect(diag.marks).toBe(all.length);

    const stored = await request<TabState>({ type: 'get-tab-state', tabId });
    expect(stored.status).toBe('done');

    await page.reload({ waitUntil: 'load' });
    const state2 = await request<TabState>({ type: 'annotate-tab', tabId });
    expect(state2.status).toBe('done');
    expect(state2.source).toBe('cache');
    expect(state2.entities.map((e) => e.canonical)).toEqual(state.entities.map((e) => e.canonical));
    await page.waitForFunction(() => CSS.highlights.size > 0, { polling: 100, timeout: 30_000 });
    expect(await readHighlights(page)).toEqual(marks);

    const stats = await request<{ pages: number; bytes: number }>({ type: 'cache-stats' });
    expect(stats.pages).toBeGreaterThanOrEqual(1);
    expect(stats.bytes).toBeGreaterThan(0);

    // Hiding a type removes its highlight; showing it puts it back.
    await request({ type: 'set-type-visible', tabId, entityType: 'place', visible: false });
    await page.waitForFunction(() => !CSS.highlights.has('qari-place'), { polling: 100, timeout: 10_000 });
    await request({ type: 'set-type-visible', tabId, entityType: 'place', visible: true });
    await page.waitForFunction(() => CSS.highlights.has('qari-place'), { polling: 100, timeout: 10_000 });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('reports a page without an article', async () => {
    const page = await firefox.browser.newPage();
    const url = server.url('section-front.html');
    await page.goto(url, { waitUntil: 'load' });
    const state = await request<TabState>({ type: 'annotate-tab', tabId: await tabIdOf(url) });
    expect(state.status).toBe('no-article');
    expect(state.message).toBeTruthy();
    expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
    await page.close();
  });

  it('annotates a preact page that re-renders every 100 ms without page errors', async () => {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const url = server.url('rerender.html');
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => document.querySelectorAll('article p').length >= 4, { polling: 100, timeout: 20_000 });
    const state = await request<TabState>({ type: 'annotate-tab', tabId: await tabIdOf(url) });
    expect(['done', 'no-article']).toContain(state.status);
    for (let i = 0; i < 10; i++) {
      await page.mouse.move(400 + i * 20, 200 + i * 10);
      await sleep(150);
    }
    if (state.status === 'done') {
      // The app replaced the nodes under the first marks; Qari noticed and painted the new ones.
      await page.waitForFunction(
        () => {
          let n = 0;
          for (const [name, h] of CSS.highlights) {
            if (!name.startsWith('qari-')) continue;
            for (const r of h) {
              const range = r as Range;
              if (!range.startContainer.isConnected || range.collapsed) return false;
              n++;
            }
          }
          return n > 0;
        },
        { polling: 100, timeout: 15_000 },
      );
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('annotates a site automatically once the user turned it on, and stops when turned off', async () => {
    const origin = server.origin;
    const on = await request<{ origin: string; enabled: boolean; error?: string }>({ type: 'site-auto-set', origin, enabled: true });
    expect(on, JSON.stringify(on)).toMatchObject({ origin, enabled: true });
    expect(await request<{ enabled: boolean }>({ type: 'site-auto-get', origin })).toMatchObject({ enabled: true });
    const page = await firefox.browser.newPage();
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
