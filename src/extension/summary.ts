/**
 * The popup's summary of an annotated page, as pure functions over the engine's entities: grouping by
 * type in display order, counts, a filter that matches through Arabic normalisation, and JSON/CSV export.
 * No DOM and no extension API here, so all of it runs (and is tested) in Node.
 */
import { normalizeWord } from '../core/normalize.ts';
import { ENTITY_TYPES, type Entity, type EntityType } from '../core/types.ts';

/** Display order of the groups: officials first, dates last. */
export const GROUP_ORDER: readonly EntityType[] = ENTITY_TYPES;

export interface SummaryEntry {
  /** Position of the entity in TabState.entities: what 'reveal-entity' sends. */
  index: number;
  type: EntityType;
  /** The canonical name (for a date: the text as the article gives it). */
  name: string;
  /** Officials: the role as the article states it. */
  role: string | null;
  /** Dates: the resolved ISO value. */
  value: string | null;
  /** Number of mentions in the page. */
  mentions: number;
  /** Distinct mention texts, in order of first appearance. */
  forms: string[];
  /** Offset of the first mention (for ordering); Infinity when there is none. */
  first: number;
  /** Normalised text the filter matches against (name, role, value, forms). */
  key: string;
}

export interface SummaryGroup {
  type: EntityType;
  entries: SummaryEntry[];
  /** Sum of the entries' mentions. */
  mentions: number;
}

export interface SummaryTotals {
  entities: number;
  mentions: number;
}

function entryOf(entity: Entity, index: number): SummaryEntry {
  const forms: string[] = [];
  let first = Infinity;
  for (const m of entity.mentions) {
    if (!forms.includes(m.text)) forms.push(m.text);
    if (m.start < first) first = m.start;
  }
  const role = entity.role && entity.role.trim() ? entity.role.trim() : null;
  const value = entity.value && entity.value.trim() ? entity.value.trim() : null;
  const name = entity.canonical.trim();
  const key = normalizeWord([name, role ?? '', value ?? '', ...forms].join(' \u0001 '));
  return { index, type: entity.type, name, role, value, mentions: entity.mentions.length, forms, first, key };
}

/**
 * Group entities by type, every type present (possibly empty) in GROUP_ORDER. Within a group, entries are
 * ordered by mention count (most first), ties by first appearance; dates are ordered by first appearance,
 * which is the order a reader meets them in.
 */
export function summarize(entities: readonly Entity[]): SummaryGroup[] {
  const byType = new Map<EntityType, SummaryEntry[]>(GROUP_ORDER.map((t) => [t, []]));
  entities.forEach((e, i) => byType.get(e.type)?.push(entryOf(e, i)));
  return GROUP_ORDER.map((type) => {
    const entries = byType.get(type)!;
    entries.sort(
      type === 'date'
        ? (a, b) => a.first - b.first || a.index - b.index
        : (a, b) => b.mentions - a.mentions || a.first - b.first || a.index - b.index,
    );
    return { type, entries, mentions: entries.reduce((s, e) => s + e.mentions, 0) };
  });
}

/**
 * Keep the entries whose name, role, value or mention forms contain every word of the query, compared
 * after normalisation (so أ/إ/آ match ا, ة matches ه, ى matches ي, tashkeel and case are ignored).
 * Groups keep their place (an emptied group stays, with no entries); an empty query keeps everything.
 */
export function filterSummary(groups: readonly SummaryGroup[], query: string): SummaryGroup[] {
  const words = normalizeWord(query).split(' ').filter(Boolean);
  if (words.length === 0) return groups.slice();
  return groups.map((g) => {
    const entries = g.entries.filter((e) => words.every((w) => e.key.includes(w)));
    return { type: g.type, entries, mentions: entries.reduce((s, e) => s + e.mentions, 0) };
  });
}

export function totals(groups: readonly SummaryGroup[]): SummaryTotals {
  let entities = 0;
  let mentions = 0;
  for (const g of groups) {
    entities += g.entries.length;
    mentions += g.mentions;
  }
  return { entities, mentions };
}

/** Entries in display order across all groups (what arrow keys walk through). */
export function flatEntries(groups: readonly SummaryGroup[]): SummaryEntry[] {
  return groups.flatMap((g) => g.entries);
}

export interface ExportMeta {
  url: string | null;
  title: string | null;
  published: string | null;
  /** When the export was made (ISO 8601). */
  exportedAt: string;
}

export interface ExportedEntity {
  type: EntityType;
  name: string;
  role: string | null;
  value: string | null;
  mentions: number;
  forms: string[];
}

export interface ExportedSummary {
  source: string | null;
  title: string | null;
  published: string | null;
  exportedAt: string;
  entities: ExportedEntity[];
}

function exported(e: SummaryEntry): ExportedEntity {
  return { type: e.type, name: e.name, role: e.role, value: e.value, mentions: e.mentions, forms: e.forms.slice() };
}

/** The summary as an object, entities in display order. */
export function toExport(meta: ExportMeta, groups: readonly SummaryGroup[]): ExportedSummary {
  return {
    source: meta.url,
    title: meta.title,
    published: meta.published,
    exportedAt: meta.exportedAt,
    entities: flatEntries(groups).map(exported),
  };
}

/** Pretty-printed JSON (UTF-8 text, Arabic kept as is, not \u-escaped). */
export function toJSON(meta: ExportMeta, groups: readonly SummaryGroup[]): string {
  return JSON.stringify(toExport(meta, groups), null, 2) + '\n';
}

export const CSV_HEADER = ['type', 'name', 'role', 'value', 'mentions', 'forms'] as const;

/** Byte-order mark that makes Excel read a CSV file as UTF-8 (prepend for downloads, not for the clipboard). */
export const UTF8_BOM = '\uFEFF';

/**
 * One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF, or leading/trailing spaces,
 * with quotes doubled. A field that a spreadsheet would run as a formula (starting with = + - @, tab or
 * CR) gets a leading apostrophe: page text is untrusted.
 */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  let s = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(s)) s = "'" + s;
  return /[",\r\n]|^\s|\s$/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
}

/** The summary as CSV: a header row, one row per entity in display order, CRLF line ends. */
export function toCSV(groups: readonly SummaryGroup[]): string {
  const rows: string[] = [CSV_HEADER.join(',')];
  for (const e of flatEntries(groups)) {
    rows.push([e.type, e.name, e.role, e.value, e.mentions, e.forms.join(' | ')].map(csvField).join(','));
  }
  return rows.join('\r\n') + '\r\n';
}

/** A file name for a download: qari-<host>-<YYYY-MM-DD>.<ext> (host 'page' when unknown). */
export function exportFileName(url: string | null, exportedAt: string, ext: 'json' | 'csv'): string {
  let host = 'page';
  try {
    if (url) host = new URL(url).hostname.replace(/^www\./, '') || 'page';
  } catch {
    /* not a URL: keep 'page' */
  }
  host = host.replace(/[^A-Za-z0-9.-]/g, '_');
  return `qari-${host}-${exportedAt.slice(0, 10)}.${ext}`;
}

/**
 * A date value for display: a range "a/b" becomes "a – b", a time "2021-12-02T13:39" becomes
 * "2021-12-02 13:39"; other values as they are.
 */
export function displayValue(value: string): string {
  const one = (v: string) => v.replace(/^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/, '$1 $2');
  const slash = value.indexOf('/');
  return slash > 0 ? `${one(value.slice(0, slash))} – ${one(value.slice(slash + 1))}` : one(value);
}

/**
 * The publication date for display in the UI locale. The page gives local 'YYYY-MM-DD' or
 * 'YYYY-MM-DDTHH:MM'; it is shown as written (no time-zone shift). Anything else is returned unchanged.
 */
export function formatPublished(published: string, locale: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(published.trim());
  if (!m) return published;
  const [, y, mo, d, h, mi] = m;
  const date = new Date(Date.UTC(+y, +mo - 1, +d, h ? +h : 0, mi ? +mi : 0));
  if (Number.isNaN(date.getTime()) || date.getUTCMonth() !== +mo - 1) return published;
  const opts: Intl.DateTimeFormatOptions = h ? { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, opts).format(date);
  } catch {
    return new Intl.DateTimeFormat('en', opts).format(date);
  }
}
