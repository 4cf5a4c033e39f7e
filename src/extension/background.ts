/**
 * The background (Chrome: service worker; Firefox: event page). It answers the popup, options page and content
 * scripts (messages.ts BackgroundRequest, checked with parseBackgroundRequest), injects the content script under
 * activeTab when asked to annotate a tab, keeps each tab's TabState (memory + storage.session), owns the IndexedDB
 * page cache (the extension's origin, never the page's), and registers content scripts for the sites the user chose
 * to annotate automatically.
 */
import browser from 'webextension-polyfill';
import contentScript from './content/index.ts?iife';
import autoScript from './content/auto.ts?iife';
import { HIGHLIGHT_CSS_FILE } from '../dom/highlight.ts';
import { IdbStore, MemoryStore, PageCache } from './cache.ts';
import {
  emptyTabState,
  parseBackgroundRequest,
  type BackgroundRequest,
  type CacheStats,
  type ContentRequest,
  type SiteAutoReply,
  type TabState,
} from './messages.ts';
import { originPattern, unsupportedReason } from './url.ts';

const cache = new PageCache(typeof indexedDB === 'undefined' ? new MemoryStore() : new IdbStore());

// ---------------------------------------------------------------------------------------------------------------
// Tab states

const states = new Map<number, TabState>();
const sessionArea = (browser.storage as { session?: browser.Storage.StorageArea }).session;
const stateKey = (tabId: number) => `tab:${tabId}`;

async function getState(tabId: number): Promise<TabState> {
  const mem = states.get(tabId);
  if (mem) return mem;
  if (sessionArea) {
    try {
      const got = await sessionArea.get(stateKey(tabId));
      const s = got[stateKey(tabId)] as TabState | undefined;
      if (s && typeof s === 'object' && typeof s.status === 'string') {
        states.set(tabId, s);
        return s;
      }
    } catch {
      // no session storage: memory only
    }
  }
  const tab = await browser.tabs.get(tabId).catch(() => null);
  return emptyTabState(tab?.url ?? null);
}

async function setState(tabId: number, state: TabState): Promise<TabState> {
  states.set(tabId, state);
  if (sessionArea) await sessionArea.set({ [stateKey(tabId)]: state }).catch(() => undefined);
  return state;
}

async function dropState(tabId: number): Promise<void> {
  states.delete(tabId);
  if (sessionArea) await sessionArea.remove(stateKey(tabId)).catch(() => undefined);
}

browser.tabs.onRemoved.addListener((tabId) => void dropState(tabId));
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  // A navigation or reload takes the content script and its marks with it.
  if (change.status === 'loading') void setState(tabId, emptyTabState(tab.url ?? null));
});

// ---------------------------------------------------------------------------------------------------------------
// Injection and forwarding to the content script

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Messages the browsers give when a page may not be scripted (browser pages, stores, error pages, no grant). */
const REFUSED = /cannot access|cannot be scripted|missing host permission|error page|chrome:\/\/|about:|extensions gallery|not allowed|permission/i;

/** Make sure the content script runs in the tab; true, or the browser's reason why it cannot. */
async function ensureContent(tabId: number): Promise<true | string> {
  try {
    const pong = (await browser.tabs.sendMessage(tabId, { type: 'content-ping' } satisfies ContentRequest)) as { ok?: boolean } | undefined;
    if (pong?.ok) return true;
  } catch {
    // not injected yet
  }
  for (let attempt = 0; ; attempt++) {
    try {
      await browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHT_CSS_FILE] });
      await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
      return true;
    } catch (e) {
      const msg = errorText(e);
      // Chromium now and then refuses right after the click that granted activeTab: retry once, shortly after.
      if (attempt === 0 && /cannot access contents/i.test(msg)) {
        await sleep(100);
        continue;
      }
      return msg;
    }
  }
}

async function toContent(tabId: number, req: ContentRequest): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, req);
}

function isTabState(x: unknown): x is TabState {
  return typeof x === 'object' && x !== null && typeof (x as TabState).status === 'string' && Array.isArray((x as TabState).entities);
}

async function annotateTab(tabId: number, force: boolean): Promise<TabState> {
  const tab = await browser.tabs.get(tabId).catch(() => null);
  if (!tab) return emptyTabState(null);
  const url = tab.url ?? null;
  const prev = await getState(tabId);
  const base: TabState = { ...emptyTabState(url), hidden: prev.hidden };
  const reason = url ? unsupportedReason(url) : null;
  if (reason) return setState(tabId, { ...base, status: 'unsupported', message: reason });
  const injected = await ensureContent(tabId);
  if (injected !== true) {
    const refused = REFUSED.test(injected);
    return setState(tabId, {
      ...base,
      status: refused ? 'unsupported' : 'error',
      message: refused ? `Qari cannot run on this page (${injected}).` : injected,
    });
  }
  await setState(tabId, { ...base, status: 'working' });
  try {
    const res = await toContent(tabId, { type: 'content-annotate', force });
    if (!isTabState(res)) throw new Error('The page did not answer.');
    return setState(tabId, res);
  } catch (e) {
    return setState(tabId, { ...base, status: 'error', message: errorText(e) });
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Sites annotated automatically (optional host permission + a registered content script per origin)

const autoId = (pattern: string) => `qari-auto ${pattern}`;

async function siteAutoGet(origin: string): Promise<SiteAutoReply> {
  const pattern = originPattern(origin);
  if (!pattern) return { origin, enabled: false, error: 'Not a web site.' };
  const [granted, scripts] = await Promise.all([
    browser.permissions.contains({ origins: [pattern] }).catch(() => false),
    browser.scripting.getRegisteredContentScripts({ ids: [autoId(pattern)] }).catch(() => []),
  ]);
  return { origin, enabled: granted && scripts.length > 0 };
}

async function siteAutoSet(origin: string, enabled: boolean): Promise<SiteAutoReply> {
  const pattern = originPattern(origin);
  if (!pattern) return { origin, enabled: false, error: 'Not a web site.' };
  const id = autoId(pattern);
  const registered = (await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => [])).length > 0;
  if (!enabled) {
    if (registered) await browser.scripting.unregisterContentScripts({ ids: [id] }).catch(() => undefined);
    await browser.permissions.remove({ origins: [pattern] }).catch(() => false);
    return { origin, enabled: false };
  }
  // The page that calls this should already have asked for the permission in its click handler (a request needs
  // a user gesture, which a message does not carry); asking here covers the browsers that allow it.
  let granted = await browser.permissions.contains({ origins: [pattern] }).catch(() => false);
  if (!granted) granted = await browser.permissions.request({ origins: [pattern] }).catch(() => false);
  if (!granted) return { origin, enabled: false, error: 'Permission not granted.' };
  if (!registered) {
    try {
      await browser.scripting.registerContentScripts([
        { id, matches: [pattern], js: [autoScript, contentScript], css: [HIGHLIGHT_CSS_FILE], runAt: 'document_idle', persistAcrossSessions: true },
      ]);
    } catch (e) {
      return { origin, enabled: false, error: errorText(e) };
    }
  }
  return { origin, enabled: true };
}

// The user can revoke a site's permission in the browser's own UI: drop its script too.
browser.permissions.onRemoved.addListener((removed) => {
  for (const pattern of removed.origins ?? []) {
    void browser.scripting.unregisterContentScripts({ ids: [autoId(pattern)] }).catch(() => undefined);
  }
});

// ---------------------------------------------------------------------------------------------------------------
// Messages

async function handle(req: BackgroundRequest, sender: browser.Runtime.MessageSender): Promise<unknown> {
  switch (req.type) {
    case 'annotate-tab':
      return annotateTab(req.tabId, !!req.force);
    case 'get-tab-state':
      return getState(req.tabId);
    case 'set-type-visible': {
      const prev = await getState(req.tabId);
      try {
        const res = await toContent(req.tabId, { type: 'content-set-visible', entityType: req.entityType, visible: req.visible });
        if (isTabState(res)) return setState(req.tabId, res);
      } catch {
        // no content script (page reloaded): remember the choice for the next annotation
      }
      const hidden = prev.hidden.filter((t) => t !== req.entityType);
      if (!req.visible) hidden.push(req.entityType);
      return setState(req.tabId, { ...prev, hidden });
    }
    case 'reveal-entity':
      return toContent(req.tabId, { type: 'content-reveal', entityIndex: req.entityIndex }).catch(() => false);
    case 'cache-stats':
      return cache.stats();
    case 'cache-clear': {
      await cache.clear();
      return cache.stats() satisfies Promise<CacheStats>;
    }
    case 'site-auto-get':
      return siteAutoGet(req.origin);
    case 'site-auto-set':
      return siteAutoSet(req.origin, req.enabled);
    case 'cache-get':
      return cache.get(req.url, req.textHash);
    case 'cache-put':
      return (await cache.put(req.url, req.record)) !== null;
    case 'tab-state-update': {
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isTabState(req.state)) return false;
      await setState(tabId, req.state);
      return true;
    }
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: browser.Runtime.MessageSender) => {
  const req = parseBackgroundRequest(msg);
  if (!req) return undefined;
  return handle(req, sender);
});

// ---------------------------------------------------------------------------------------------------------------
// Test-only hooks (compiled out of the product build)

if (__E2E__) {
  // Firefox's WebDriver BiDi may not navigate to moz-extension:// pages: open one for the tests to drive.
  browser.runtime.onInstalled.addListener(() => {
    void browser.tabs.create({ url: browser.runtime.getURL('test/e2e/extension-page.html'), active: false });
  });
}
