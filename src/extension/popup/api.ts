/**
 * The popup's and options page's side of the message contract: typed requests to the background,
 * the clipboard/download helpers, and the pending per-site request. Thin wrappers over extension and DOM APIs (not unit-tested).
 */
import browser from 'webextension-polyfill';
import type { BackgroundRequest } from '../messages.ts';
import { originPattern } from '../options/origins.ts';
import { freshPendingSite, parseSiteAuto, PENDING_SITE_KEY, siteAutoError } from './state.ts';

/** Send a request to the background; the answer is checked by the caller (see state.ts). */
export function send(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Copy text to the clipboard; falls back to a hidden textarea and execCommand where the async API is refused. */
export async function copyText(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (e) {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    const active = document.activeElement as HTMLElement | null;
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    active?.focus();
    if (!ok) throw e;
  }
}

/** Save text as a file through a Blob URL and a download link. */
export function downloadText(text: string, fileName: string, mime: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download reads the URL asynchronously. The URL also dies with the popup.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Write down the origin about to be asked for (see PENDING_SITE_KEY in state.ts). Not awaited by the
 * caller: the permission request must follow in the same task, while the user gesture lasts.
 */
export function notePendingSite(origin: string): void {
  void browser.storage.local.set({ [PENDING_SITE_KEY]: { origin, at: Date.now() } }).catch(() => undefined);
}

/**
 * Finish a per-site request that a closing popup cut short: when the pending origin's permission is now
 * granted but the site is not on, turn it on. Returns the origin turned on, or null.
 */
export async function finishPendingSite(): Promise<string | null> {
  const got = await browser.storage.local.get(PENDING_SITE_KEY).catch(() => ({}) as Record<string, unknown>);
  const origin = freshPendingSite((got as Record<string, unknown>)[PENDING_SITE_KEY], Date.now());
  if (!origin) {
    if ((got as Record<string, unknown>)[PENDING_SITE_KEY] !== undefined) await browser.storage.local.remove(PENDING_SITE_KEY).catch(() => undefined);
    return null;
  }
  await browser.storage.local.remove(PENDING_SITE_KEY).catch(() => undefined);
  const granted = await browser.permissions.contains({ origins: [originPattern(origin)] }).catch(() => false);
  if (!granted) return null;
  if (parseSiteAuto(await send({ type: 'site-auto-get', origin }).catch(() => null)) === true) return null;
  const reply = await send({ type: 'site-auto-set', origin, enabled: true });
  return parseSiteAuto(reply) === true && !siteAutoError(reply) ? origin : null;
}

/** Forget a pending request (it completed in the page that made it). */
export function clearPendingSite(): void {
  void browser.storage.local.remove(PENDING_SITE_KEY).catch(() => undefined);
}
