/**
 * The learned tagger, loaded lazily from the extension's own files (never from the network): the content script
 * fetches runtime.getURL(MODEL_PATH) once per page and parses it. When the file is absent (a build without a
 * trained model) or damaged, the engine runs on its rules alone.
 */
import browser from 'webextension-polyfill';
import { MODEL_PATH, parseModel, type Tagger } from '../core/tagger/index.ts';

let pending: Promise<Tagger | null> | null = null;
let failure: string | null = null;

/** Why the model is not in use, when it is not (for the status line / diagnostics). */
export function taggerFailure(): string | null {
  return failure;
}

export function loadTagger(fetchImpl: typeof fetch = fetch, url: string = browser.runtime.getURL(MODEL_PATH)): Promise<Tagger | null> {
  if (!pending) {
    pending = (async () => {
      try {
        const res = await fetchImpl(url);
        if (!res.ok) {
          failure = `model not available (${res.status})`;
          return null;
        }
        // Copy into an array of our own realm: in Firefox content scripts the fetched buffer belongs to another
        // compartment, and typed-array methods on it (slice, subarray) die on "Permission denied ... constructor".
        const fetched = new Uint8Array(await res.arrayBuffer());
        const bytes = new Uint8Array(fetched.length);
        bytes.set(fetched);
        return parseModel(bytes);
      } catch (e) {
        failure = `model not loaded: ${e instanceof Error ? e.message : String(e)}`;
        return null;
      }
    })();
  }
  return pending;
}
