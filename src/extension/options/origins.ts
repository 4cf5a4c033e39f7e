/**
 * Origins for the per-site "annotate automatically" setting: parsing what the user types, the origin of
 * a tab's URL, and the host-permission match pattern requested for it. Pure (URL only).
 */

/** 'https://www.example.com' from a page URL; null for anything but http(s) (browser pages, files, PDFs viewers…). */
export function originOfUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin the user means by what they typed: 'example.com', 'https://example.com/news/1?x',
 * 'HTTP://Example.COM:8080/'. A missing scheme means https. Null when it is not an http(s) site.
 */
export function parseOriginInput(input: string): string | null {
  let s = input.trim();
  if (!s || /\s/.test(s)) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) {
    // "localhost:8080" or "example.com/x" without a scheme; but not "javascript:..." or "mailto:...".
    if (/^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)) return null;
    s = 'https://' + s;
  }
  let u: URL;
  try {
    u = new URL(s);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (!u.hostname || u.username || u.password) return null;
  if (u.hostname.includes('*')) return null;
  // A bare word is only a host when it is localhost; "news" alone is probably a typo.
  if (!u.hostname.includes('.') && u.hostname !== 'localhost' && !u.hostname.startsWith('[')) return null;
  return u.origin;
}

/**
 * The host-permission match pattern for an origin: 'https://example.com/*'. Match patterns carry no port
 * (the host covers every port), the same pattern the background checks and registers (src/extension/url.ts).
 */
export function originPattern(origin: string): string {
  try {
    const u = new URL(origin);
    return `${u.protocol}//${u.hostname}/*`;
  } catch {
    return origin.replace(/\/+$/, '') + '/*';
  }
}

/** The origin a granted match pattern stands for ('https://example.com/*' → 'https://example.com'); null for wildcards. */
export function originFromPattern(pattern: string): string | null {
  const m = /^(https?):\/\/([^/*:]+)\/\*$/.exec(pattern);
  if (!m) return null;
  try {
    return new URL(`${m[1]}://${m[2]}`).origin;
  } catch {
    return null;
  }
}

/** The host of an origin for display ('https://www.example.com' → 'www.example.com'). */
export function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

/** Sorted, deduplicated origins (by host, then scheme). */
export function sortOrigins(origins: Iterable<string>): string[] {
  return [...new Set(origins)].sort((a, b) => hostOf(a).localeCompare(hostOf(b)) || a.localeCompare(b));
}
