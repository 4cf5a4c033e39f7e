import { describe, expect, it } from 'vitest';
import { formatBytes, parseCacheStats } from './format.ts';

describe('parseCacheStats', () => {
  it('accepts the CacheStats shape only', () => {
    expect(parseCacheStats({ pages: 3, bytes: 2048, maxPages: 500 })).toEqual({ pages: 3, bytes: 2048, maxPages: 500 });
    for (const bad of [null, undefined, 5, {}, { pages: 1, bytes: 2 }, { pages: -1, bytes: 2, maxPages: 3 }, { pages: '1', bytes: 2, maxPages: 3 }]) {
      expect(parseCacheStats(bad)).toBeNull();
    }
  });
});

describe('formatBytes', () => {
  it('picks a unit of 1024 and rounds sensibly', () => {
    expect(formatBytes(0, 'en')).toBe('0 bytes');
    expect(formatBytes(512, 'en')).toBe('512 bytes');
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(20 * 1024 + 300, 'en')).toBe('20 kB');
    expect(formatBytes(5 * 1024 * 1024, 'en')).toBe('5 MB');
  });

  it('speaks the UI language', () => {
    const ar = formatBytes(1536, 'ar');
    expect(ar).not.toBe(formatBytes(1536, 'en'));
    expect(ar).toMatch(/[\u0600-\u06FF]/);
  });
});
