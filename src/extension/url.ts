/**
 * URLs as the extension sees them: the cache key of a page (normalised so that tracking parameters and fragments do
 * not make one article look like many) and the pages where browsers do not let extensions run.
 */

/** Query parameters that only track the visitor; they never change the article a URL points at. */
const TRACKING_EXACT = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'yclid', 'msclkid', 'twclid', 'ttclid', 'igshid', 'li_fat_id',
  'mkt_tok', 'vero_id', 'vero_conv', 'oly_anon_id', 'oly_enc_id', 'rb_clickid', 's_cid', 'wickedid', 'srsltid', 'spm',
  '_ga', '_gl', '_hsenc', '_hsmi', '_openstat', 'ref_src', 'ref_url', 'cmpid', 'ncid', 'sr_share', 'amp_js_v',
  'amp_gsa', 'usqp', 'at_medium', 'at_campaign', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
]);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_', 'hsa_', '__hs', 'at_', 'oly_', 'vero_'];

export function isTrackingParam(name: string): boolean {
  const n = name.toLowerCase();
  return TRACKING_EXACT.has(n) || TRACKING_PREFIXES.some((p) => n.startsWith(p));
}

/**
 * The cache key of a page: no fragment, no tracking parameters, lower-case host, default port dropped, no empty query.
 * Returns null for a string that is not an absolute URL.
 */
export function normalizeUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  url.hash = '';
  // URL already lower-cases the host of special schemes and drops their default port; do it for the rest too.
  url.hostname = url.hostname.toLowerCase();
  if ((url.protocol === 'http:' && url.port === '80') || (url.protocol === 'https:' && url.port === '443')) url.port = '';
  const kept: [string, string][] = [];
  for (const [k, v] of url.searchParams) if (!isTrackingParam(k)) kept.push([k, v]);
  if (kept.length !== [...url.searchParams].length) {
    url.search = kept.length ? new URLSearchParams(kept).toString() : '';
  } else if (kept.length === 0) {
    url.search = ''; // also drops a bare "?"
  }
  return url.href;
}

/** Hosts whose pages no extension may script (the browsers' add-on stores). */
const STORE_HOSTS = new Set(['chromewebstore.google.com', 'addons.mozilla.org', 'microsoftedge.microsoft.com']);

/**
 * Why extensions cannot run on this URL, or null when they may (as far as the URL tells: a page may still refuse).
 */
export function unsupportedReason(raw: string | null | undefined): string | null {
  if (!raw) return 'This tab has no web page.';
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'This tab has no web page.';
  }
  const scheme = url.protocol;
  if (scheme === 'view-source:') return 'Qari cannot read page sources (view-source).';
  if (scheme !== 'http:' && scheme !== 'https:' && scheme !== 'file:') {
    return `Browsers do not let extensions read ${scheme.replace(/:$/, '')}: pages. Open a news article on the web.`;
  }
  if (STORE_HOSTS.has(url.hostname) || (url.hostname === 'chrome.google.com' && url.pathname.startsWith('/webstore'))) {
    return 'Browsers do not let extensions run on the add-on store.';
  }
  if (/\.pdf$/i.test(url.pathname)) return 'Qari reads web pages, not PDF documents.';
  return null;
}

/** The match pattern that covers one origin ("https://example.com" → "https://example.com/*"). */
export function originPattern(origin: string): string | null {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  // Match patterns carry no port: the host covers every port.
  return `${url.protocol}//${url.hostname}/*`;
}
