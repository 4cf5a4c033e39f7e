/**
 * The page cache: one record per normalised URL (title, publication date, SHA-256 of the article text, engine version,
 * entities with text-quote anchors, size, last use), kept in IndexedDB in the extension's own origin (the background
 * opens it; content scripts reach it by messages). Bounded by a page count and a byte budget, least recently used
 * first out. The policy (PageCache) runs over a small store interface, so it is tested with the in-memory store and
 * runs in the extension over idb.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { ENTITY_TYPES } from '../core/types.ts';
import type { AnchoredEntity, CachePayload, CacheStats } from './messages.ts';
import { normalizeUrl } from './url.ts';

export interface CacheRecord extends CachePayload {
  url: string;
  /** Bytes of the record as stored (UTF-8 JSON). */
  size: number;
  /** Milliseconds since the epoch of the last read or write. */
  lastUsed: number;
}

export interface CacheMeta {
  url: string;
  size: number;
  lastUsed: number;
}

/** Where records live. get() returns whatever is stored, which may be damaged: the policy validates it. */
export interface CacheStore {
  get(url: string): Promise<unknown>;
  put(record: CacheRecord): Promise<void>;
  touch(url: string, lastUsed: number): Promise<void>;
  delete(url: string): Promise<void>;
  metas(): Promise<CacheMeta[]>;
  clear(): Promise<void>;
}

export const DEFAULT_MAX_PAGES = 500;
export const DEFAULT_MAX_BYTES = 25 * 1024 * 1024;

const isStr = (x: unknown): x is string => typeof x === 'string';
const isStrOrNull = (x: unknown): x is string | null => x === null || typeof x === 'string';
const isNat = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

function validAnchoredEntity(x: unknown): x is AnchoredEntity {
  if (typeof x !== 'object' || x === null) return false;
  const e = x as Record<string, unknown>;
  if (!isStr(e.type) || !(ENTITY_TYPES as readonly string[]).includes(e.type)) return false;
  if (!isStr(e.canonical) || !isStrOrNull(e.role) || !isStrOrNull(e.value) || !Array.isArray(e.mentions)) return false;
  return e.mentions.every((m: unknown) => {
    if (typeof m !== 'object' || m === null) return false;
    const a = m as Record<string, unknown>;
    return isNat(a.start) && isNat(a.end) && a.end >= a.start && isStr(a.exact) && isStr(a.prefix) && isStr(a.suffix);
  });
}

/** A payload as sent by a content script, checked field by field; null when anything is off. */
export function validatePayload(x: unknown): CachePayload | null {
  if (typeof x !== 'object' || x === null) return null;
  const p = x as Record<string, unknown>;
  if (!isStrOrNull(p.title) || !isStrOrNull(p.published)) return null;
  if (!isStr(p.textHash) || !/^[0-9a-f]{64}$/.test(p.textHash) || !isStr(p.engineVersion) || !p.engineVersion) return null;
  if (!Array.isArray(p.entities) || !p.entities.every(validAnchoredEntity)) return null;
  return {
    title: p.title,
    published: p.published,
    textHash: p.textHash,
    engineVersion: p.engineVersion,
    entities: p.entities as AnchoredEntity[],
  };
}

/** A stored record, checked; null when it is damaged or not a record of ours. */
export function validateRecord(x: unknown, url?: string): CacheRecord | null {
  const payload = validatePayload(x);
  if (!payload) return null;
  const r = x as Record<string, unknown>;
  if (!isStr(r.url) || (url !== undefined && r.url !== url) || !isNat(r.size) || typeof r.lastUsed !== 'number') return null;
  return { ...payload, url: r.url, size: r.size, lastUsed: r.lastUsed };
}

export function recordSize(payload: CachePayload, url: string): number {
  return new TextEncoder().encode(JSON.stringify({ url, ...payload })).length;
}

export interface PageCacheOptions {
  maxPages?: number;
  maxBytes?: number;
  now?: () => number;
}

export class PageCache {
  readonly maxPages: number;
  readonly maxBytes: number;
  private readonly now: () => number;

  constructor(private readonly store: CacheStore, options: PageCacheOptions = {}) {
    this.maxPages = options.maxPages ?? DEFAULT_MAX_PAGES;
    this.maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    this.now = options.now ?? Date.now;
  }

  /**
   * The record for this page if one is stored for the same article text. A record that cannot be read or does not
   * validate is dropped (the caller rebuilds it). A record for another text is left for the caller to overwrite.
   */
  async get(rawUrl: string, textHash: string): Promise<CacheRecord | null> {
    const url = normalizeUrl(rawUrl);
    if (!url) return null;
    let raw: unknown;
    try {
      raw = await this.store.get(url);
    } catch {
      await this.store.delete(url).catch(() => undefined);
      return null;
    }
    if (raw === undefined || raw === null) return null;
    const record = validateRecord(raw, url);
    if (!record) {
      await this.store.delete(url).catch(() => undefined);
      return null;
    }
    if (record.textHash !== textHash) return null;
    record.lastUsed = this.now();
    await this.store.touch(url, record.lastUsed).catch(() => undefined);
    return record;
  }

  /** Store (or replace) the record of a page, then evict least recently used pages beyond the bounds. */
  async put(rawUrl: string, payloadIn: unknown): Promise<CacheRecord | null> {
    const url = normalizeUrl(rawUrl);
    const payload = validatePayload(payloadIn);
    if (!url || !payload) return null;
    const size = recordSize(payload, url);
    if (size > this.maxBytes) return null;
    const record: CacheRecord = { ...payload, url, size, lastUsed: this.now() };
    await this.store.put(record);
    await this.evict(url);
    return record;
  }

  /** Drop least recently used records until both bounds hold; `keep` (the page just written) goes last. */
  async evict(keep?: string): Promise<number> {
    const metas = await this.store.metas();
    metas.sort((a, b) => (a.url === keep ? 1 : 0) - (b.url === keep ? 1 : 0) || a.lastUsed - b.lastUsed);
    let pages = metas.length;
    let bytes = metas.reduce((s, m) => s + m.size, 0);
    let dropped = 0;
    for (const m of metas) {
      if (pages <= this.maxPages && bytes <= this.maxBytes) break;
      await this.store.delete(m.url);
      pages--;
      bytes -= m.size;
      dropped++;
    }
    return dropped;
  }

  async stats(): Promise<CacheStats> {
    const metas = await this.store.metas();
    return { pages: metas.length, bytes: metas.reduce((s, m) => s + m.size, 0), maxPages: this.maxPages };
  }

  async clear(): Promise<void> {
    await this.store.clear();
  }
}

/** The in-memory store: for tests, and as the fallback when IndexedDB cannot be opened. */
export class MemoryStore implements CacheStore {
  readonly records = new Map<string, unknown>();
  readonly meta = new Map<string, CacheMeta>();

  async get(url: string): Promise<unknown> {
    const r = this.records.get(url);
    return r === undefined ? undefined : structuredClone(r);
  }
  async put(record: CacheRecord): Promise<void> {
    this.records.set(record.url, structuredClone(record));
    this.meta.set(record.url, { url: record.url, size: record.size, lastUsed: record.lastUsed });
  }
  async touch(url: string, lastUsed: number): Promise<void> {
    const m = this.meta.get(url);
    if (m) m.lastUsed = lastUsed;
  }
  async delete(url: string): Promise<void> {
    this.records.delete(url);
    this.meta.delete(url);
  }
  async metas(): Promise<CacheMeta[]> {
    return [...this.meta.values()].map((m) => ({ ...m }));
  }
  async clear(): Promise<void> {
    this.records.clear();
    this.meta.clear();
  }
}

interface QariDB extends DBSchema {
  pages: { key: string; value: CacheRecord };
  meta: { key: string; value: CacheMeta; indexes: { lastUsed: number } };
}

export const DB_NAME = 'qari-cache';

/** The IndexedDB store (idb), opened lazily in whatever origin runs it: the extension's background. */
export class IdbStore implements CacheStore {
  private db: Promise<IDBPDatabase<QariDB>> | null = null;

  constructor(private readonly name = DB_NAME) {}

  private open(): Promise<IDBPDatabase<QariDB>> {
    if (!this.db) {
      this.db = openDB<QariDB>(this.name, 1, {
        upgrade(db) {
          db.createObjectStore('pages', { keyPath: 'url' });
          db.createObjectStore('meta', { keyPath: 'url' }).createIndex('lastUsed', 'lastUsed');
        },
        terminated: () => {
          this.db = null;
        },
      });
      this.db.catch(() => {
        this.db = null;
      });
    }
    return this.db;
  }

  async get(url: string): Promise<unknown> {
    return (await this.open()).get('pages', url);
  }
  async put(record: CacheRecord): Promise<void> {
    const tx = (await this.open()).transaction(['pages', 'meta'], 'readwrite');
    await Promise.all([
      tx.objectStore('pages').put(record),
      tx.objectStore('meta').put({ url: record.url, size: record.size, lastUsed: record.lastUsed }),
      tx.done,
    ]);
  }
  async touch(url: string, lastUsed: number): Promise<void> {
    const tx = (await this.open()).transaction('meta', 'readwrite');
    const m = await tx.store.get(url);
    if (m) await tx.store.put({ ...m, lastUsed });
    await tx.done;
  }
  async delete(url: string): Promise<void> {
    const tx = (await this.open()).transaction(['pages', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('pages').delete(url), tx.objectStore('meta').delete(url), tx.done]);
  }
  async metas(): Promise<CacheMeta[]> {
    return (await this.open()).getAll('meta');
  }
  async clear(): Promise<void> {
    const tx = (await this.open()).transaction(['pages', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('pages').clear(), tx.objectStore('meta').clear(), tx.done]);
  }
}
