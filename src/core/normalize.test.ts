import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, normalizeWord, toOriginal } from './normalize.ts';
import { analyses, tokenize } from './tokenize.ts';
import { sameNameWord, skeleton, skeletonKeyHashes, skeletonKeys } from './variants.ts';

describe('normalisation', () => {
  it('folds alef forms, ya/alef maqsura, ta marbuta, hamza seats; strips tashkeel and tatweel; maps digits', () => {
    expect(normalizeWord('أإآٱ')).toBe('اااا');
    expect(normalizeWord('مصطفى')).toBe('مصطفي');
    expect(normalizeWord('القاهرة')).toBe('القاهره');
    expect(normalizeWord('مسؤول')).toBe('مسوول');
    expect(normalizeWord('رئيس')).toBe('رييس');
    expect(normalizeWord('مُحَمَّـــد')).toBe('محمد');
    expect(normalizeWord('٢٠٢٣ ۱۴۴۵')).toBe('2023 1445');
    expect(normalizeWord('ﻻ')).toBe('لا');
  });

  it('maps every normalised character back to its original offset', () => {
    const original = 'قَالَ لافروفُ ـــ في ٢٠٢١';
    const n = normalize(original);
    expect(n.text).toBe('قال لافروف  في 2021');
    for (let i = 0; i < n.text.length; i++) {
      const o = original[n.map[i]];
      // The original char at the mapped offset normalises to the normalised char (or contains it).
      expect(normalizeWord(o) === n.text[i] || o.trim() === '' || n.text[i] === ' ').toBe(true);
    }
    expect(n.map[n.text.length]).toBe(original.length);
  });

  it('gives original spans that keep the vowel marks of the last letter', () => {
    const original = 'وقال لافروفُ اليوم';
    const n = normalize(original);
    const s = n.text.indexOf('لافروف');
    const [a, b] = toOriginal(n, s, s + 6, original);
    expect(original.slice(a, b)).toBe('لافروفُ');
  });

  it('maps offsets exactly on random text', () => {
    const alphabet = [...'ابتثجحخدسشصضطظعغفقكلمنهويىةأإآؤئءًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩ 0123456789،.\u00a0\u200f'];
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), (s) => {
        const n = normalize(s);
        if (n.map.length !== n.text.length + 1) return false;
        for (let i = 1; i < n.text.length; i++) if (n.map[i] < n.map[i - 1]) return false;
        return true;
      }),
    );
  });
});

describe('tokenisation and proclitics', () => {
  it('keeps original offsets for every token', () => {
    const text = 'وقال لافروفُ، بموسكو في ١٤ تشرين الثاني ٢٠٢٣ للقاهرة 27.25%';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['وقال', 'لافروفُ', '،', 'بموسكو', 'في', '١٤', 'تشرين', 'الثاني', '٢٠٢٣', 'للقاهرة', '27.25', '%']);
    expect(tokens[5].norm).toBe('14');
  });

  it('lists the proclitic readings of a word, the written form first', () => {
    expect(analyses('بموسكو').map((a) => [a.clitic, a.stem, a.skip])).toEqual([['', 'بموسكو', 0], ['ب', 'موسكو', 1]]);
    expect(analyses('وللقاهره').some((a) => a.stem === 'القاهره' && a.clitic === 'ول' && a.skip === 2)).toBe(true);
    expect(analyses('والولايات').some((a) => a.stem === 'الولايات' && a.skip === 1)).toBe(true);
    expect(analyses('مصر')).toHaveLength(1);
  });
});

describe('transliteration variants', () => {
  it('reads "ch" written تش or ج as one letter (عراقتشي / عراقجي)', () => {
    expect(sameNameWord('عراقتشي', 'عراقجي')).toBe(true);
    // (a long vowel letter written twice: one spelling)
    expect(sameNameWord('تاكاييتشي', 'تاكايتشي')).toBe(true);
    expect(sameNameWord('الغيص', 'القصوي')).toBe(false);
    expect(sameNameWord('تشيلسي', 'جيلسي')).toBe(true);
    expect(skeletonKeys('عراقتشي')).toEqual(skeletonKeys('عراقجي'));
    // (the hashed keys, made without strings, agree with the string keys)
    expect([...skeletonKeyHashes('عراقتشي')]).toEqual([...skeletonKeyHashes('عراقجي')]);
  });
  it('keeps apart words whose skeleton is two letters unless they differ by a letter only', () => {
    expect(sameNameWord(normalizeWord('الغيص'), normalizeWord('القصوى'))).toBe(false);
    expect(sameNameWord(normalizeWord('فارو'), normalizeWord('فيريرا'))).toBe(false);
  });
  it('merges spellings of one foreign name', () => {
    for (const [a, b] of [['بلينكن', 'بلينكين'], ['زيلينسكي', 'زيلنسكي'], ['غوتيريش', 'جوتيريس'], ['سيرجي', 'سيرغي'], ['نتنياهو', 'نتانياهو'], ['ميرتس', 'ميرز'], ['شولتس', 'شولز'], ['كاروسو', 'كاروزو'], ['باربوسا', 'باربوزا'], ['روسو', 'روزو']]) {
      expect(sameNameWord(normalizeWord(a), normalizeWord(b)), `${a} / ${b}`).toBe(true);
      expect([...skeletonKeyHashes(normalizeWord(a))], `${a} / ${b}`).toEqual([...skeletonKeyHashes(normalizeWord(b))]);
    }
    // (an s between vowels only: زيد and سيد, عزيز and عسير stay apart)
    expect(sameNameWord('زيد', 'سيد')).toBe(false);
    expect(sameNameWord('عزام', 'عسام')).toBe(false);
  });

  it('keeps different names apart', () => {
    expect(sameNameWord(normalizeWord('بوتين'), normalizeWord('بايدن'))).toBe(false);
    expect(sameNameWord('اللقاءات', 'لقاءاته')).toBe(false);
    const native = (w: string) => w === 'حسن' || w === 'حسين';
    expect(sameNameWord('حسن', 'حسين', native)).toBe(false);
  });

  it('reduces a name to its consonant skeleton', () => {
    expect(skeleton(normalizeWord('بلينكين'))).toBe(skeleton(normalizeWord('بلينكن')));
  });
});

describe('normalisation that lengthens the text', () => {
  it('maps every character of an unfolded ligature back to it, however long the unfolding', () => {
    // ﷺ unfolds to 18 characters: more than twice the input's length.
    const s = 'النبي ﷺ قال';
    const n = normalize(s);
    expect(n.map.length).toBe(n.text.length + 1);
    expect(n.map[n.text.length]).toBe(s.length);
    const at = s.indexOf('ﷺ');
    const from = n.text.indexOf('صلي');
    expect(n.map[from]).toBe(at);
    expect(n.map[n.text.indexOf(' قال') + 1]).toBe(s.indexOf('قال'));
  });

  it('returns an already normal word unchanged and cleans one that is not', () => {
    expect(normalizeWord('القاهره')).toBe('القاهره');
    expect(normalizeWord(' القاهرة  الكبرى ')).toBe('القاهره الكبري');
  });
});
