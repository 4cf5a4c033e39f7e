import { describe, expect, it } from 'vitest';
import { MemoryStore, PageCache, validatePayload } from './cache.ts';
import type { CachePayload } from './messages.ts';

const HASH_A = 'a'.repeat(64);
const HASH_B = 'b'.repeat(64);

function payload(hash = HASH_A, n = 1): CachePayload {
  return {
    title: 'بدء لقاء وزيرا خارجية أمريكا وروسيا في ستوكهولم',
    published: '2021-12-02T13:39',
    textHash: hash,
    engineVersion: 'test-1',
    entities: Array.from({ length: n }, (_, i) => ({
      type: 'official' as const, canonical: 'سيرجي لافروف', role: 'وزير الخارجية الروسي', value: null,
      mentions: [{ start: i, end: i + 6, exact: 'لافروف', prefix: 'سيرجي ', suffix: '، ونظيره' }],
    })),
  };
}

function clock() {
  let t = 1000;
  return () => ++t;
}

describe('PageCache', () => {
  it('stores under the normalised URL and serves the same text from any variant of it', async () => {
    const store = new MemoryStore();
    const cache = new PageCache(store, { now: clock() });
    await cache.put('https://News.example/a?utm_source=x#top', payload());
    expect([...store.records.keys()]).toEqual(['https://news.example/a']);
    const r = await cache.get('https://news.example:443/a?fbclid=1', HASH_A);
    expect(r?.entities[0].canonical).toBe('سيرجي لافروف');
    expect(r?.size).toBeGreaterThan(100);
  });

  it('misses when the article text changed', async () => {
    const cache = new PageCache(new MemoryStore(), { now: clock() });
    await cache.put('https://x.example/a', payload(HASH_A));
    expect(await cache.get('https://x.example/a', HASH_B)).toBeNull();
    await cache.put('https://x.example/a', payload(HASH_B));
    expect((await cache.get('https://x.example/a', HASH_B))?.textHash).toBe(HASH_B);
    expect((await cache.stats()).pages).toBe(1);
  });

  it('drops a damaged record instead of serving it', async () => {
    const store = new MemoryStore();
    const cache = new PageCache(store, { now: clock() });
    await cache.put('https://x.example/a', payload());
    const bad = store.records.get('https://x.example/a') as Record<string, unknown>;
    store.records.set('https://x.example/a', { ...bad, entities: [{ type: 'alien', mentions: 3 }] });
    expect(await cache.get('https://x.example/a', HASH_A)).toBeNull();
    expect(store.records.size).toBe(0);
    expect((await cache.stats()).pages).toBe(0);
  });

  it('drops a record that cannot be read', async () => {
    const store = new MemoryStore();
    const cache = new PageCache(store, { now: clock() });
    await cache.put('https://x.example/a', payload());
    store.get = async () => { throw new Error('disk gone'); };
    expect(await cache.get('https://x.example/a', HASH_A)).toBeNull();
    expect(store.meta.size).toBe(0);
  });

  it('refuses payloads of the wrong shape', async () => {
    const cache = new PageCache(new MemoryStore());
    expect(await cache.put('https://x.example/a', { ...payload(), textHash: 'short' })).toBeNull();
    expect(await cache.put('https://x.example/a', { ...payload(), entities: 'none' })).toBeNull();
    expect(await cache.put('not a url', payload())).toBeNull();
    expect(validatePayload(payload())).not.toBeNull();
    expect(validatePayload(null)).toBeNull();
  });

  it('evicts the least recently used pages beyond the page bound', async () => {
    const cache = new PageCache(new MemoryStore(), { maxPages: 3, now: clock() });
    for (const p of ['a', 'b', 'c']) await cache.put(`https://x.example/${p}`, payload());
    await cache.get('https://x.example/a', HASH_A); // a is now the most recent
    await cache.put('https://x.example/d', payload());
    expect(await cache.get('https://x.example/b', HASH_A)).toBeNull();
    for (const p of ['a', 'c', 'd']) expect(await cache.get(`https://x.example/${p}`, HASH_A), p).not.toBeNull();
    expect((await cache.stats()).pages).toBe(3);
  });

  it('evicts beyond the byte budget, keeps the page just written, and refuses a page larger than the budget', async () => {
    const one = new PageCache(new MemoryStore()).maxBytes; // default budget is generous
    expect(one).toBeGreaterThan(1_000_000);
    const store = new MemoryStore();
    const size = (await new PageCache(new MemoryStore()).put('https://x.example/a', payload(HASH_A, 4)))!.size;
    const cache = new PageCache(store, { maxBytes: size * 2 + 10, now: clock() });
    for (const p of ['a', 'b', 'c']) await cache.put(`https://x.example/${p}`, payload(HASH_A, 4));
    const stats = await cache.stats();
    expect(stats.pages).toBe(2);
    expect(stats.bytes).toBeLessThanOrEqual(size * 2 + 10);
    expect(await cache.get('https://x.example/a', HASH_A)).toBeNull();
    expect(await cache.put('https://x.example/huge', payload(HASH_A, 400))).toBeNull();
  });

  it('clears everything', async () => {
    const cache = new PageCache(new MemoryStore());
    await cache.put('https://x.example/a', payload());
    await cache.clear();
    expect(await cache.stats()).toEqual({ pages: 0, bytes: 0, maxPages: 500 });
  });
});
