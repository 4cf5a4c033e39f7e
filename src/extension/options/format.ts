/** Pure helpers for the options page: cache statistics from the background and byte sizes for display. */
import type { CacheStats } from '../messages.ts';

/** The reply to 'cache-stats', or null when it is not one. */
export function parseCacheStats(x: unknown): CacheStats | null {
  if (typeof x !== 'object' || x === null) return null;
  const o = x as Record<string, unknown>;
  const ok = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
  if (!ok(o.pages) || !ok(o.bytes) || !ok(o.maxPages)) return null;
  return { pages: o.pages, bytes: o.bytes, maxPages: o.maxPages };
}

/** A byte count in the locale's words and digits: 512 bytes, 1.5 kB, 2.3 MB (units of 1024). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let v = Math.max(0, bytes);
  let u = 0;
  while (v >= 1024 && u < units.length - 1) {
    v /= 1024;
    u++;
  }
  const opts: Intl.NumberFormatOptions = {
    style: 'unit', unit: units[u], unitDisplay: u === 0 ? 'long' : 'short', maximumFractionDigits: u === 0 || v >= 10 ? 0 : 1,
  };
  try {
    return new Intl.NumberFormat(locale, opts).format(v);
  } catch {
    return new Intl.NumberFormat('en', opts).format(v);
  }
}
