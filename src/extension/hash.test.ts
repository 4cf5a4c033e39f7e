import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Bytes, sha256Hex } from './hash.ts';

const nodeHex = (s: string) => createHash('sha256').update(s, 'utf8').digest('hex');
const hex = (b: Uint8Array) => Buffer.from(b).toString('hex');

describe('sha256', () => {
  it('matches known digests', async () => {
    expect(await sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('the portable implementation agrees with node:crypto on any text, Arabic included', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (s) => {
      expect(hex(sha256Bytes(new TextEncoder().encode(s)))).toBe(nodeHex(s));
    }), { numRuns: 200 });
    for (const n of [55, 56, 63, 64, 65, 119, 120, 1000]) {
      const s = 'س'.repeat(n);
      expect(hex(sha256Bytes(new TextEncoder().encode(s)))).toBe(nodeHex(s));
    }
  });
});
