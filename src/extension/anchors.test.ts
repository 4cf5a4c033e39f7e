import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../core/types.ts';
import { anchorMention, locateAnchor, reanchorEntities, toAnchoredEntities } from './anchors.ts';

const text = 'انطلق الاجتماع بين وزير الخارجية الروسي سيرجي لافروف ونظيره الأمريكي. وقال لافروف إن موسكو ترفض. ثم غادر لافروف ستوكهولم.';

function mentionsOf(t: string, word: string) {
  const out = [];
  for (let i = t.indexOf(word); i !== -1; i = t.indexOf(word, i + 1)) out.push({ start: i, end: i + word.length, text: word });
  return out;
}

const entities: Entity[] = [
  { type: 'official', canonical: 'سيرجي لافروف', role: 'وزير الخارجية الروسي', value: null, mentions: mentionsOf(text, 'لافروف') },
  { type: 'place', canonical: 'ستوكهولم', role: null, value: null, mentions: mentionsOf(text, 'ستوكهولم') },
];

describe('text-quote anchors', () => {
  it('record position, exact text and context', () => {
    const a = anchorMention(text, entities[1].mentions[0], 8);
    expect(a.exact).toBe('ستوكهولم');
    expect(a.prefix).toBe(text.slice(a.start - 8, a.start));
    expect(a.suffix).toBe('.');
  });

  it('re-anchor exactly on an unchanged text', () => {
    const stored = toAnchoredEntities(text, entities);
    const { entities: back, lost } = reanchorEntities(text, stored);
    expect(lost).toBe(0);
    expect(back).toEqual(entities);
  });

  it('follow the quotes when text is inserted before them, telling repeated names apart by context', () => {
    const stored = toAnchoredEntities(text, entities);
    const moved = 'عاجل: ' + text.replace('وقال لافروف', 'وقال الوزير سيرجي لافروف');
    const { entities: back, lost } = reanchorEntities(moved, stored);
    expect(lost).toBe(0);
    const lav = back[0].mentions;
    expect(lav).toHaveLength(3);
    for (const m of lav) expect(moved.slice(m.start, m.end)).toBe('لافروف');
    // the last stored mention ("غادر لافروف") lands on the last occurrence, not on an earlier one
    expect(moved.slice(lav[2].start - 5, lav[2].start)).toBe('غادر ');
    expect(new Set(lav.map((m) => m.start)).size).toBe(3);
  });

  it('drop mentions whose quote is gone, and entities left with none', () => {
    const stored = toAnchoredEntities(text, entities);
    const changed = text.replace('ستوكهولم', 'جنيف');
    const { entities: back, lost } = reanchorEntities(changed, stored);
    expect(lost).toBe(1);
    expect(back.map((e) => e.type)).toEqual(['official']);
  });

  it('refuse an ambiguous quote with no matching context', () => {
    const a = { start: 500, end: 506, exact: 'لافروف', prefix: 'xxxx', suffix: 'yyyy' };
    expect(locateAnchor(text, a)).toBeNull();
    const unique = { start: 500, end: 508, exact: 'ستوكهولم', prefix: 'xxxx', suffix: 'yyyy' };
    expect(locateAnchor(text, unique)?.start).toBe(text.indexOf('ستوكهولم'));
  });

  it('reject a damaged anchor', () => {
    expect(locateAnchor(text, { start: 0, end: 3, exact: 'لافروف', prefix: '', suffix: '' })).toBeNull();
    expect(locateAnchor(text, { start: 0, end: 0, exact: '', prefix: '', suffix: '' })).toBeNull();
  });

  it('round-trip any set of spans on any text', () => {
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 200 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
      (t, pairs) => {
        const seen = new Set<number>();
        const mentions = pairs
          .map(([a, b]) => { const s = a % t.length; const e = s + 1 + (b % Math.min(8, t.length - s)); return { start: s, end: e, text: t.slice(s, e) }; })
          .filter((m) => !seen.has(m.start) && seen.add(m.start))
          .sort((x, y) => x.start - y.start);
        if (!mentions.length) return;
        const e: Entity = { type: 'date', canonical: 'x', role: null, value: null, mentions };
        const { entities: back, lost } = reanchorEntities(t, toAnchoredEntities(t, [e]));
        expect(lost).toBe(0);
        expect(back[0].mentions).toEqual(mentions);
      }));
  });
});
