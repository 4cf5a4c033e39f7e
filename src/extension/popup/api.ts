/**
 * The popup's and options page's side of the message contract: typed requests to the background,
 * and the clipboard/download helpers. Thin wrappers over extension and DOM APIs (not unit-tested).
 */
import browser from 'webextension-polyfill';
import type { BackgroundRequest } from '../messages.ts';

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
