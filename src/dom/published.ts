/**
 * Publication date and page-type hints from a document's metadata (meta tags, itemprop, JSON-LD).
 * Standard DOM only.
 */

/** Arabic-Indic and Extended Arabic-Indic digits → ASCII. */
function asciiDigits(s: string): string {
  return s.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => {
    const c = d.charCodeAt(0);
    return String(c >= 0x06f0 ? c - 0x06f0 : c - 0x0660);
  });
}

/**
 * An ISO-like date-time as the page writes it → 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD' (local wall-clock time:
 * the offset is dropped, not applied). '2021-12-02T13:39:00+02:00' → '2021-12-02T13:39'. Null when not ISO-like.
 */
export function isoToLocal(value: string | null | undefined): string | null {
  if (!value) return null;
  const s = asciiDigits(value.trim());
  const m = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2}))?/.exec(s);
  if (m) return build(m[1], m[3], m[4], m[5], m[6]);
  const compact = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2}))?$/.exec(s.replace(/[+-]\d{4}$|Z$/, ''));
  if (compact) return build(compact[1], compact[2], compact[3], compact[4], compact[5]);
  // RFC 2822 as some feeds and meta tags write it: "Wed, 12 Jun 2024 17:45:00 +0300"
  const rfc = /^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[A-Za-z]*\s+(\d{4})(?:\s+(\d{1,2}):(\d{2}))?/.exec(s);
  if (rfc) {
    const mon = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(rfc[2].toLowerCase());
    if (mon >= 0) return build(rfc[3], String(mon + 1), rfc[1], rfc[4], rfc[5]);
  }
  return null;
}

function build(y: string, mo: string, d: string, h?: string, mi?: string): string | null {
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  if (h === undefined || mi === undefined) return date;
  const hour = Number(h);
  if (hour > 23 || Number(mi) > 59) return date;
  return `${date}T${String(hour).padStart(2, '0')}:${mi}`;
}

const META_KEYS = [
  'article:published_time',
  'og:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'published_time',
  'dc.date.issued',
  'dcterms.created',
  'dc.date',
  'sailthru.date',
  'parsely-pub-date',
  'date',
];

/** First published date found in meta tags (property / name / itemprop), in META_KEYS order. */
function fromMeta(doc: Document): string | null {
  const found = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const m = metas[i];
    const key = (m.getAttribute('property') ?? m.getAttribute('name') ?? m.getAttribute('itemprop') ?? '').toLowerCase().trim();
    if (!key || found.has(key)) continue;
    const content = m.getAttribute('content');
    if (content) found.set(key, content);
  }
  for (const k of META_KEYS) {
    const v = isoToLocal(found.get(k));
    if (v) return v;
  }
  return null;
}

/**
 * itemprop="datePublished" on a non-meta element (<time datetime>, <span content>), or the microformat's
 * <abbr class="published" title="…"> (Blogger writes both on one element, the date in its title).
 */
function fromItemprop(doc: Document): string | null {
  const els = doc.querySelectorAll('[itemprop="datePublished"], abbr.published');
  for (let i = 0; i < els.length; i++) {
    const el = els[i];
    const v = isoToLocal(el.getAttribute('content') ?? el.getAttribute('datetime') ?? (el.tagName.toUpperCase() === 'ABBR' ? el.getAttribute('title') : null) ?? el.textContent);
    if (v) return v;
  }
  return null;
}

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
const LIST_TYPES = /^(?:CollectionPage|ItemList|SearchResultsPage|WebSite|VideoGallery|ImageGallery|ProfilePage)$/;

export interface LdInfo {
  published: string | null;
  /** The @type values seen on objects carrying article data. */
  types: string[];
  headline: string | null;
}

/** JSON-LD: datePublished of the first article-typed object (also inside @graph / arrays), bounded walk. */
export function readJsonLd(doc: Document): LdInfo {
  const info: LdInfo = { published: null, types: [], headline: null };
  // getElementsByTagName + an attribute test rather than an attribute selector: the same elements,
  // and a fraction of the cost where selectors are interpreted in JavaScript (jsdom under Node).
  const all = doc.getElementsByTagName('script');
  const scripts: Element[] = [];
  for (let i = 0; i < all.length && scripts.length < 20; i++) if (all[i].getAttribute('type')?.trim().toLowerCase() === 'application/ld+json') scripts.push(all[i]);
  let fallback: string | null = null;
  for (let i = 0; i < scripts.length; i++) {
    let data: unknown;
    const raw = scripts[i].textContent ?? '';
    try {
      data = JSON.parse(raw);
    } catch {
      // common breakage: CDATA/comment wrappers, raw newlines and tabs inside strings, trailing commas
      const cleaned = raw
        .replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>\s*$|<!--|-->/g, '')
        .replace(/[\n\r\t]+/g, ' ')
        .replace(/,\s*([}\]])/g, '$1');
      try {
        data = JSON.parse(cleaned);
      } catch {
        continue;
      }
    }
    const queue: unknown[] = [data];
    let visited = 0;
    while (queue.length > 0 && visited < 500) {
      const item = queue.shift();
      visited++;
      if (Array.isArray(item)) {
        for (const x of item) queue.push(x);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const obj = item as Record<string, unknown>;
      const rawType = obj['@type'];
      const types = (Array.isArray(rawType) ? rawType : [rawType]).filter((t): t is string => typeof t === 'string');
      for (const t of types) if (!info.types.includes(t)) info.types.push(t);
      const isArticle = types.some((t) => ARTICLE_TYPES.test(t));
      const dp = typeof obj.datePublished === 'string' ? isoToLocal(obj.datePublished) : null;
      if (dp) {
        if (isArticle && !info.published) info.published = dp;
        else if (!fallback) fallback = dp;
      }
      if (isArticle && !info.headline && typeof obj.headline === 'string') info.headline = obj.headline;
      if (obj['@graph']) queue.push(obj['@graph']);
      if (obj.mainEntity) queue.push(obj.mainEntity);
      if (obj.mainEntityOfPage && typeof obj.mainEntityOfPage === 'object') queue.push(obj.mainEntityOfPage);
    }
  }
  if (!info.published) info.published = fallback;
  return info;
}

/** What the metadata says about the kind of page. */
export interface PageHints {
  /** og:type=article or an article-typed JSON-LD object. */
  saysArticle: boolean;
  /** og:type=website or a list-typed JSON-LD object, and nothing article-typed. */
  saysList: boolean;
  ogTitle: string | null;
  siteName: string | null;
  ld: LdInfo;
}

/** The meta keys pageHints reads. */
const HINT_KEYS = ['og:type', 'og:title', 'twitter:title', 'og:site_name', 'application-name'];

export function pageHints(doc: Document): PageHints {
  const ld = readJsonLd(doc);
  const [type, ogTitle, twitterTitle, ogSite, appName] = metaContents(doc, HINT_KEYS);
  const og = type?.toLowerCase() ?? null;
  const ldArticle = ld.types.some((t) => ARTICLE_TYPES.test(t));
  const ldList = ld.types.some((t) => LIST_TYPES.test(t) && t !== 'WebSite');
  const saysArticle = og === 'article' || ldArticle;
  return {
    saysArticle,
    saysList: !saysArticle && (og === 'website' || ldList),
    ogTitle: ogTitle ?? twitterTitle,
    siteName: ogSite ?? appName,
    ld,
  };
}

/** The page's description for search engines (meta description, else og:description), or null. */
export function pageDescription(doc: Document): string | null {
  const [d, og] = metaContents(doc, ['description', 'og:description']);
  return d ?? og;
}

export function metaContent(doc: Document, key: string): string | null {
  return metaContents(doc, [key])[0];
}

/**
 * metaContent(doc, key) for each of the keys, in one pass over the meta tags (each key's first tag,
 * by property or else name, with a non-blank content) rather than one pass per key.
 */
function metaContents(doc: Document, keys: readonly string[]): Array<string | null> {
  const out: Array<string | null> = keys.map(() => null);
  let left = keys.length;
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length && left > 0; i++) {
    const m = metas[i];
    const k = m.getAttribute('property') ?? m.getAttribute('name');
    if (!k) continue;
    const at = keys.indexOf(k.toLowerCase());
    if (at < 0 || out[at] !== null) continue;
    const c = m.getAttribute('content');
    if (c && c.trim()) {
      out[at] = c.trim();
      left--;
    }
  }
  return out;
}

/** Published date from metadata only: meta tags, itemprop, JSON-LD, in that order. */
export function publishedFromMetadata(doc: Document, ld?: LdInfo): string | null {
  return fromMeta(doc) ?? fromItemprop(doc) ?? (ld ?? readJsonLd(doc)).published;
}
