/**
 * The keyboard shortcut (commands._execute_action, Alt+Shift+Q) on the SHIPPED builds, in headed Chromium and
 * Firefox under Xvfb: synthetic CDP/BiDi key events never reach extension commands, X key events do. The shortcut
 * opens the popup, which grants activeTab and asks the background to annotate; the marks appear in the page.
 * In Firefox this is the product build's own path: no host permission anywhere.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir, launchChromium, launchFirefox, pageMarkup, readHighlights, startXvfb, type Launched, type VirtualDisplay } from './browsers.ts';
import { SEED_PAGE, startServer, type PageServer } from './server.ts';

let server: PageServer;
let xvfb: VirtualDisplay;

beforeAll(async () => {
  server = await startServer();
  xvfb = await startXvfb();
}, 60_000);

afterAll(async () => {
  await server?.close();
  await xvfb?.close();
});

/** Press the shortcut until the page has marks (the first X key to a fresh window is sometimes lost). */
async function pressUntilMarked(page: Page, windowClass: string): Promise<number> {
  for (let attempt = 1; attempt <= 6; attempt++) {
    xvfb.press(windowClass, 'alt+shift+q');
    const marked = await page
      .waitForFunction(() => CSS.highlights.size > 0, { polling: 100, timeout: 4_000 })
      .then(() => true, () => false);
    if (marked) return attempt;
  }
  throw new Error('the shortcut never annotated the page');
}

async function checkSeed(launched: Launched, windowClass: string): Promise<void> {
  const page = (await launched.browser.pages())[0] ?? (await launched.browser.newPage());
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(server.url(SEED_PAGE), { waitUntil: 'load' });
  const before = await pageMarkup(page);
  await pressUntilMarked(page, windowClass);
  await page.waitForFunction(
    () => ['qari-official', 'qari-place', 'qari-date'].every((n) => CSS.highlights.has(n)),
    { polling: 100, timeout: 30_000 },
  );
  const all = Object.values(await readHighlights(page)).flat();
  for (const want of ['سيرجي لافروف', 'ستوكهولم', 'اليوم الخميس']) expect(all, want).toContain(want);
  expect((await pageMarkup(page)).body).toBe(before.body);
  expect(errors).toEqual([]);
}

describe('Alt+Shift+Q on the shipped builds (headed, Xvfb)', { timeout: 180_000 }, () => {
  it('Firefox: the shortcut opens the popup, which annotates the page under activeTab', async () => {
    const firefox = await launchFirefox(distDir('firefox'), { headless: false, env: xvfb.env });
    try {
      await checkSeed(firefox, 'firefox');
    } finally {
      await firefox.close();
    }
  });

  it('Chromium: the same shortcut does the same', async () => {
    const chromium = await launchChromium(distDir('chrome'), { headless: false, env: xvfb.env });
    try {
      await checkSeed(chromium, 'chromium');
    } finally {
      await chromium.close();
    }
  });
});
