/**
 * The invariants the engine's per-word sharing and small caches rely on: a cached answer is the answer
 * the uncached path gives, whatever order words are asked in and however they collide in a cache.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import lexicon from './data/lexicon.json';
import { isCommonAnyReading, isCommonWord, isFunctionWord, isMostlyWord, isNameLike } from './lexicon.ts';
import { normalize, normalizeChar, normalizeText, normalizeWord } from './normalize.ts';
import { PhraseIndex } from './phrases.ts';
import { analyses, tokenAnalyses, tokenize, tokenizeInto, type Token } from './tokenize.ts';

const ARABIC = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئىة'];
const PROCLITIC = [...'وفبلك'];

/** Random words, many of them starting with proclitic letters and repeating. */
const word = fc
  .tuple(fc.array(fc.constantFrom(...PROCLITIC), { maxLength: 3 }), fc.array(fc.constantFrom(...ARABIC), { minLength: 1, maxLength: 8 }))
  .map(([p, w]) => normalizeWord(p.join('') + w.join('')))
  .filter((w) => w.length > 0 && !w.includes(' '));

describe('tokens of one word', () => {
  it('share one TokenWord and norm string, across the chunks of a token list', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), fc.nat(), (words, cut) => {
        const text = words.join(' ');
        const at = Math.min(text.length, cut % (text.length + 1));
        const mid = text.indexOf(' ', at);
        const tokens: Token[] = [];
        if (mid > 0) {
          tokenizeInto(text, 0, mid, tokens);
          tokenizeInto(text, mid, text.length, tokens);
        } else tokenizeInto(text, 0, text.length, tokens);
        const byNorm = new Map<string, Token>();
        for (const t of tokens) {
          const first = byNorm.get(t.norm);
          if (first) {
            expect(t.word).toBe(first.word);
            expect(t.norm).toBe(first.norm);
          } else byNorm.set(t.norm, t);
          expect(t.word!.norm).toBe(t.norm);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('start a new set of words for a new token list', () => {
    const a = tokenize('وزير الخارجية').tokens;
    const b = tokenize('وزير الخارجية').tokens;
    expect(a[0].word).not.toBe(b[0].word);
  });

  it('read the same readings as analyses(), whatever minimum stem is asked first', () => {
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 20 }), fc.array(fc.constantFrom(0, 1, 2, 3), { minLength: 1, maxLength: 6 }), (words, order) => {
        const tokens = tokenize(words.join(' ')).tokens;
        for (const m of order) {
          for (const t of tokens) {
            const got = tokenAnalyses(t, m).map((a) => [a.clitic, a.stem, a.skip]);
            expect(got).toEqual(analyses(t.norm, m).map((a) => [a.clitic, a.stem, a.skip]));
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('normalisation tables', () => {
  it('give normalizeChar for every code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = normalizeChar(ch);
      expect(normalizeText(ch)).toBe(want);
      const n = normalize(ch);
      expect(n.text).toBe(want);
      expect(Array.from(n.map)).toEqual([...Array.from({ length: want.length }, () => 0), 1]);
    }
  });

  it('normalise a text as the characters one by one', () => {
    const alphabet = [...'ابةأإآىؤئ ًٌٍَُِّْـ٠١٢٣ABCabc،.\u00a0\u200f\ufefbﻻ'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 80 }), (chars) => {
        const s = chars.join('');
        const want = chars.map(normalizeChar).join('');
        expect(normalizeText(s)).toBe(want);
        expect(normalize(s).text).toBe(want);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lexicon cache', () => {
  it('answers as the lexicon lists, whatever was asked before (words collide in its slots)', () => {
    const nameLike = new Set(lexicon.nameLike);
    const wordy = new Set([...lexicon.common, ...lexicon.mostlyWord]);
    const listed = [...lexicon.nameLike.slice(0, 300), ...lexicon.common.slice(0, 300), ...lexicon.mostlyWord.slice(0, 300)];
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...listed), word), { minLength: 50, maxLength: 400 }), (asked) => {
        for (const w of asked) {
          expect(isNameLike(w)).toBe(nameLike.has(w));
          if (wordy.has(w)) expect(isMostlyWord(w)).toBe(true);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('gives each word the same answers in any order', () => {
    const words = ['في', 'وفي', 'قال', 'وقال', 'الرييس', 'العربيه', 'محمد', 'لافروف', 'بغداد', 'والذي', 'فقط', 'اليوم', 'كتاب', 'للعاصمه'];
    const answer = (w: string) => [isFunctionWord(w), isMostlyWord(w), isCommonWord(w), isNameLike(w), isCommonAnyReading(w)];
    const first = new Map(words.map((w) => [w, answer(w)]));
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...words), word), { maxLength: 200 }), (asked) => {
        for (const w of asked) answer(w);
        for (const w of words) expect(answer(w)).toEqual(first.get(w));
      }),
      { numRuns: 200 },
    );
  });
});

describe('phrase index first-word cache', () => {
  it('sees phrases added after a lookup', () => {
    const ix = new PhraseIndex<string>();
    ix.add('مجلس الامن', 'a');
    const toks = () => tokenize('اجتمع مجلس الامن ومجلس النواب').tokens;
    expect(ix.matchAt(toks(), 1)?.value).toBe('a');
    expect(ix.matchAt(toks(), 3)).toBeNull();
    expect(ix.getNormalized('مجلس النواب')).toBeUndefined();
    ix.add('مجلس النواب', 'b');
    expect(ix.getNormalized('مجلس النواب')).toBe('b');
    expect(ix.matchAt(toks(), 3)?.value).toBe('b');
    expect(ix.getNormalized('مجلس')).toBeUndefined();
    ix.add('مجلس', 'c');
    expect(ix.getNormalized('مجلس')).toBe('c');
    // A first word that had no node when it was looked up.
    expect(ix.getNormalized('البرلمان')).toBeUndefined();
    expect(ix.matchAt(tokenize('وافق البرلمان').tokens, 1)).toBeNull();
    ix.add('البرلمان', 'd');
    expect(ix.getNormalized('البرلمان')).toBe('d');
    expect(ix.matchAt(tokenize('وافق البرلمان').tokens, 1)?.value).toBe('d');
  });
});
