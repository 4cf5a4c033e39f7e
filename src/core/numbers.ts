/**
 * Arabic number words → integers, over normalised words (see normalize.ts: ة → ه, ى → ي, أ/إ/آ → ا).
 *
 * Ordinals (masculine and feminine) 1–31 as used for days of the month ("السابع من أكتوبر",
 * "الحادي والعشرين من") and for clock hours ("الساعة الحادية عشرة"), and cardinals 0–31 for the
 * rare written-out day or hour. The parsers read a sequence of words through a callback so they work
 * on any token list; a word may carry a leading و that joins two parts ("والعشرين").
 */

/** Ordinals that stand alone: 1–10. */
const ORDINAL_SIMPLE: ReadonlyMap<string, number> = new Map([
  ['الاول', 1], ['الاولي', 1],
  ['الثاني', 2], ['الثانيه', 2],
  ['الثالث', 3], ['الثالثه', 3],
  ['الرابع', 4], ['الرابعه', 4],
  ['الخامس', 5], ['الخامسه', 5],
  ['السادس', 6], ['السادسه', 6],
  ['السابع', 7], ['السابعه', 7],
  ['الثامن', 8], ['الثامنه', 8],
  ['التاسع', 9], ['التاسعه', 9],
  ['العاشر', 10], ['العاشره', 10],
]);

/** Unit ordinals as the first part of a compound (الحادي عشر, الثاني والعشرين): الحادي, then 2–9 as above. */
const ORDINAL_UNIT: ReadonlyMap<string, number> = new Map([
  ['الحادي', 1], ['الحاديه', 1],
  ...[...ORDINAL_SIMPLE].filter(([, v]) => v >= 2 && v <= 9),
]);

const ORDINAL_TENS: ReadonlyMap<string, number> = new Map([
  ['العشرين', 20], ['العشرون', 20],
  ['الثلاثين', 30], ['الثلاثون', 30],
]);

const TEEN = new Set(['عشر', 'عشره']);

/** Words that can start an ordinal (for quick filtering). */
export const ORDINAL_FIRST_WORDS: ReadonlySet<string> = new Set([...ORDINAL_SIMPLE.keys(), ...ORDINAL_UNIT.keys(), ...ORDINAL_TENS.keys()]);

export interface NumberMatch {
  value: number;
  /** Index one past the last word used. */
  end: number;
}

/** The word with a joining و removed ("والعشرين" → "العشرين"), or null when it has none. */
function afterWaw(w: string): string | null {
  return w.length > 2 && w.charCodeAt(0) === 0x0648 ? w.slice(1) : null;
}

/**
 * An ordinal number word sequence starting at index i: "السابع" → 7, "الحادي عشر" → 11,
 * "الثانية عشرة" → 12, "الحادي والعشرين" / "الحادي و العشرين" → 21, "الثلاثين" → 30.
 * `word(k)` returns the normalised word at k ('' past the end).
 */
export function parseOrdinal(word: (k: number) => string, i: number): NumberMatch | null {
  const w = word(i);
  const tens = ORDINAL_TENS.get(w);
  if (tens !== undefined) return { value: tens, end: i + 1 };
  const unit = ORDINAL_UNIT.get(w);
  if (unit !== undefined) {
    const n1 = word(i + 1);
    if (TEEN.has(n1)) return { value: 10 + unit, end: i + 2 };
    const joined = afterWaw(n1);
    if (joined !== null) {
      const t = ORDINAL_TENS.get(joined);
      if (t !== undefined) return { value: t + unit, end: i + 2 };
    } else if (n1 === 'و') {
      const t = ORDINAL_TENS.get(word(i + 2));
      if (t !== undefined) return { value: t + unit, end: i + 3 };
    }
  }
  const simple = ORDINAL_SIMPLE.get(w);
  if (simple !== undefined) return { value: simple, end: i + 1 };
  return null;
}

/** Cardinals 0–12 and the tens, masculine and feminine, with and without the article. */
const CARDINAL: ReadonlyMap<string, number> = new Map([
  ['صفر', 0],
  ['واحد', 1], ['واحده', 1], ['الواحد', 1], ['الواحده', 1],
  ['اثنان', 2], ['اثنين', 2], ['اثنتان', 2], ['اثنتين', 2], ['ثنتين', 2],
  ['ثلاث', 3], ['ثلاثه', 3],
  ['اربع', 4], ['اربعه', 4],
  ['خمس', 5], ['خمسه', 5],
  ['ست', 6], ['سته', 6],
  ['سبع', 7], ['سبعه', 7],
  ['ثماني', 8], ['ثمان', 8], ['ثمانيه', 8],
  ['تسع', 9], ['تسعه', 9],
  ['عشر', 10], ['عشره', 10],
  ['احد', 1], ['احدي', 1],
  ['عشرين', 20], ['عشرون', 20],
  ['ثلاثين', 30], ['ثلاثون', 30],
]);

/**
 * A cardinal number word sequence 0–39 at index i: "ثلاثة" → 3, "أحد عشر" → 11, "اثنا عشر" → 12,
 * "خمسة وعشرين" → 25. Returns null for anything else.
 */
export function parseCardinal(word: (k: number) => string, i: number): NumberMatch | null {
  const w = word(i);
  let first = CARDINAL.get(w);
  if (w === 'اثنا' || w === 'اثني' || w === 'اثنتا' || w === 'اثنتي') first = 2;
  if (first === undefined) return null;
  if (first >= 1 && first <= 9) {
    const n1 = word(i + 1);
    if (TEEN.has(n1)) return { value: 10 + first, end: i + 2 };
    const joined = afterWaw(n1);
    if (joined !== null && (joined === 'عشرين' || joined === 'عشرون' || joined === 'ثلاثين' || joined === 'ثلاثون')) {
      return { value: first + (CARDINAL.get(joined) ?? 0), end: i + 2 };
    }
  }
  if (w === 'احد' || w === 'احدي' || w === 'اثنا' || w === 'اثني' || w === 'اثنتا' || w === 'اثنتي') return null;
  return { value: first, end: i + 1 };
}
