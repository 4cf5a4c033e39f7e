/**
 * Launching the real browsers with the built extension (puppeteer-core 24): Chromium over a CDP pipe with
 * extensions enabled (the toolbar click is page.triggerExtensionAction, so activeTab is real), Firefox ESR over
 * WebDriver BiDi (temporary add-on). Fresh profile directories; close() always removes them.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { TabState } from '../../src/extension/messages.ts';
import { ROOT } from './server.ts';

export const CHROMIUM_PATH = process.env.QARI_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.QARI_FIREFOX ?? '/usr/bin/firefox-esr';

export const BROWSER_FLAGS = [
  '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
  '--disable-quic', '--disable-gpu',
];

export const DIST = resolve(ROOT, 'dist');
export const GECKO_ID = 'qari@qari.example';
export const FIREFOX_UUID = '5a1e0c1e-9a7e-4f6b-8c2d-0123456789ab';
export const POPUP_PATH = 'src/extension/popup/popup.html';
export const E2E_PAGE_PATH = 'test/e2e/extension-page.html';

export function distDir(name: 'chrome' | 'firefox' | 'chrome-e2e' | 'firefox-e2e'): string {
  const dir = resolve(DIST, name);
  if (!existsSync(resolve(dir, 'manifest.json'))) throw new Error(`${dir} is not built: run npm run build first`);
  return dir;
}

export interface Launched {
  browser: Browser;
  extensionId: string;
  close(): Promise<void>;
}

async function closeQuietly(browser: Browser, profile: string): Promise<void> {
  await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 10_000))]);
  try {
    browser.process()?.kill('SIGKILL');
  } catch {
    // already gone
  }
  rmSync(profile, { recursive: true, force: true });
}

export async function launchChromium(extensionDir: string, options: { headless?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'qari-chromium-'));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ...(options.env ? { env: options.env } : {}),
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    args: [...BROWSER_FLAGS, '--enable-unsafe-extension-debugging', '--lang=en-US'],
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close: () => closeQuietly(browser, profile) };
  } catch (e) {
    await closeQuietly(browser, profile);
    throw e;
  }
}

export async function launchFirefox(extensionDir: string, options: { headless?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<Launched> {
  const profile = mkdtempSync(join(tmpdir(), 'qari-firefox-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: options.headless ?? true,
    ...(options.env ? { env: options.env } : {}),
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      'intl.locale.requested': 'en-US',
    },
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId, close: () => closeQuietly(browser, profile) };
  } catch (e) {
    await closeQuietly(browser, profile);
    throw e;
  }
}

/** Every custom highlight in the page, read from the page's main world: name → text of each range. */
export async function readHighlights(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) out[name] = [...h].map((r) => r.toString());
    return out;
  });
}

/** Ranges of our highlights that fall outside the article (inside aside/nav/header/footer or outside <main>). */
export async function marksOutside(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const bad: string[] = [];
    for (const [name, h] of CSS.highlights) {
      if (!name.startsWith('qari-')) continue;
      for (const r of h) {
        const n = (r as Range).commonAncestorContainer;
        const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
        if (!el || el.closest(sel)) bad.push(`${name}: ${r.toString()}`);
      }
    }
    return bad;
  }, selector);
}

/** The page's body and head markup, with the extension's card host (if any) taken out of a clone. */
export async function pageMarkup(page: Page): Promise<{ body: string; head: string; extraRootChildren: string[] }> {
  return page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const el of body.querySelectorAll('qari-card')) el.remove();
    const extra = [...document.documentElement.children].filter((c) => c !== document.head && c !== document.body).map((c) => c.localName);
    return { body: body.innerHTML, head: document.head.innerHTML, extraRootChildren: extra };
  });
}

/** The popup's status-line sentences for "served from the cache", in every locale we ship. */
export function cacheStatusPatterns(): RegExp[] {
  const out: RegExp[] = [];
  for (const lang of ['en', 'ar']) {
    const file = resolve(ROOT, 'public/_locales', lang, 'messages.json');
    if (!existsSync(file)) continue;
    const msg = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>).statusDoneCache?.message;
    if (!msg) continue;
    const head = msg.split('$')[0].trim();
    if (head) out.push(new RegExp(head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  }
  return out;
}

export function localeMessage(key: string): string[] {
  const out: string[] = [];
  for (const lang of ['en', 'ar']) {
    const file = resolve(ROOT, 'public/_locales', lang, 'messages.json');
    if (!existsSync(file)) continue;
    const m = (JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>)[key]?.message;
    if (m) out.push(m);
  }
  return out;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Poll until fn returns a truthy value (or throw the last error after timeout). */
export async function until<T>(fn: () => Promise<T | null | undefined | false>, timeout = 60_000, every = 100): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms${last ? `: ${String(last)}` : ''}`);
    await sleep(every);
  }
}

const FINAL_STATUSES = new Set(['done', 'no-article', 'unsupported', 'error']);

/** Chromium: click the toolbar button for this page (a real action click: activeTab); returns the popup page. */
export async function clickToolbar(launched: Launched, page: Page): Promise<Page> {
  const { browser, extensionId } = launched;
  const ext = (await browser.extensions()).get(extensionId);
  if (!ext) throw new Error('extension not installed');
  await page.bringToFront();
  const popupUrl = `chrome-extension://${extensionId}/${POPUP_PATH}`;
  const targetP = browser.waitForTarget((t) => t.url().startsWith(popupUrl), { timeout: 30_000 });
  await page.triggerExtensionAction(ext);
  const popup = await (await targetP).asPage();
  if (!popup) throw new Error('popup did not open');
  return popup;
}

/** Chromium: the background's TabState for the active tab, asked from the popup, once it is final. */
export async function popupTabState(popup: Page, timeout = 90_000): Promise<TabState> {
  return until(async () => {
    const st = (await popup.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
      return chrome.runtime.sendMessage({ type: 'get-tab-state', tabId: tab.id });
    })) as TabState;
    return st && FINAL_STATUSES.has(st.status) ? st : null;
  }, timeout, 150);
}

export interface VirtualDisplay {
  display: string;
  env: NodeJS.ProcessEnv;
  /** Focus the browser's window and press keys (xdotool), e.g. "alt+shift+q". */
  press(windowClass: string, keys: string): void;
  close(): Promise<void>;
}

/** An Xvfb display for headed browsers: the only route by which a keyboard shortcut reaches extension commands. */
export async function startXvfb(): Promise<VirtualDisplay> {
  let n = 0;
  for (n = 90 + Math.floor(Math.random() * 400); existsSync(`/tmp/.X11-unix/X${n}`) || existsSync(`/tmp/.X${n}-lock`); n++);
  const display = `:${n}`;
  const proc = spawn('Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], { stdio: 'ignore' });
  const failed = new Promise<never>((_, reject) => proc.once('error', reject));
  await Promise.race([until(async () => existsSync(`/tmp/.X11-unix/X${n}`), 15_000, 50), failed]);
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    env,
    press(windowClass: string, keys: string) {
      const wins = execFileSync('xdotool', ['search', '--onlyvisible', '--class', windowClass], { env, encoding: 'utf8' }).trim().split('\n').filter(Boolean);
      // No window manager under Xvfb: windowactivate fails, windowfocus works.
      for (const w of wins) {
        try {
          execFileSync('xdotool', ['windowfocus', '--sync', w], { env, stdio: 'ignore' });
        } catch {
          // a window that went away
        }
      }
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env, stdio: 'ignore' });
    },
    close: async () => {
      proc.kill('SIGTERM');
      await Promise.race([new Promise((r) => proc.once('exit', r)), sleep(3000)]);
    },
  };
}
