import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  fromDays,
  gregorianToHijri,
  hasUmmAlQura,
  hijriMonthRange,
  hijriToGregorian,
  hijriYearRange,
  toDays,
  weekdayOf,
} from './hijri.ts';
import { parseCardinal, parseOrdinal } from './numbers.ts';

describe('Gregorian day numbers', () => {
  it('round-trips and knows weekdays', () => {
    expect(toDays(1970, 1, 1)).toBe(0);
    expect(fromDays(toDays(2024, 2, 29))).toEqual({ y: 2024, m: 2, d: 29 });
    expect(fromDays(toDays(1900, 3, 1) - 1)).toEqual({ y: 1900, m: 2, d: 28 });
    for (let n = -50000; n < 50000; n += 997) {
      const g = fromDays(n);
      expect(toDays(g.y, g.m, g.d)).toBe(n);
    }
    expect(weekdayOf(toDays(2024, 6, 12))).toBe(3); // Wednesday
    expect(weekdayOf(toDays(2021, 12, 2))).toBe(4); // Thursday
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });
});

describe('Umm al-Qura', () => {
  it('is available', () => {
    expect(hasUmmAlQura()).toBe(true);
  });
  it('converts known dates both ways', () => {
    expect(hijriToGregorian(1445, 9, 1)).toEqual({ y: 2024, m: 3, d: 11 });
    expect(hijriToGregorian(1446, 1, 1)).toEqual({ y: 2024, m: 7, d: 7 });
    expect(hijriToGregorian(1444, 10, 1)).toEqual({ y: 2023, m: 4, d: 21 });
    expect(hijriToGregorian(1445, 12, 10)).toEqual({ y: 2024, m: 6, d: 16 }); // Eid al-Adha 1445
    expect(gregorianToHijri(2024, 3, 30)).toEqual({ y: 1445, m: 9, d: 20 });
    expect(gregorianToHijri(2024, 7, 7)).toEqual({ y: 1446, m: 1, d: 1 });
  });
  it('is the inverse of Gregorian → Hijri over many days', () => {
    for (let n = toDays(1990, 1, 1); n < toDays(2040, 1, 1); n += 37) {
      const h = gregorianToHijri(fromDays(n).y, fromDays(n).m, fromDays(n).d);
      const g = hijriToGregorian(h.y, h.m, h.d);
      expect(g).toEqual(fromDays(n));
    }
  });
  it('rejects days that do not exist and gives month and year ranges', () => {
    const r = hijriMonthRange(1445, 9)!;
    expect(r).toEqual([{ y: 2024, m: 3, d: 11 }, { y: 2024, m: 4, d: 9 }]);
    expect(hijriToGregorian(1445, 9, 31)).toBeNull();
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 9, 0)).toBeNull();
    expect(hijriYearRange(1445)).toEqual([{ y: 2023, m: 7, d: 19 }, { y: 2024, m: 7, d: 6 }]);
  });
});

describe('number words', () => {
  const at = (s: string) => {
    const w = s.split(' ');
    return (k: number) => w[k] ?? '';
  };
  it('ordinals', () => {
    expect(parseOrdinal(at('السابع من'), 0)).toEqual({ value: 7, end: 1 });
    expect(parseOrdinal(at('الحادي عشر'), 0)).toEqual({ value: 11, end: 2 });
    expect(parseOrdinal(at('الحاديه عشره صباحا'), 0)).toEqual({ value: 11, end: 2 });
    expect(parseOrdinal(at('الثانيه عشره'), 0)).toEqual({ value: 12, end: 2 });
    expect(parseOrdinal(at('الحادي والعشرين من'), 0)).toEqual({ value: 21, end: 2 });
    expect(parseOrdinal(at('التاسع و العشرين'), 0)).toEqual({ value: 29, end: 3 });
    expect(parseOrdinal(at('الثلاثين'), 0)).toEqual({ value: 30, end: 1 });
    expect(parseOrdinal(at('الاولي'), 0)).toEqual({ value: 1, end: 1 });
    expect(parseOrdinal(at('الاجتماعات'), 0)).toBeNull();
  });
  it('cardinals', () => {
    expect(parseCardinal(at('ثلاثه ايام'), 0)).toEqual({ value: 3, end: 1 });
    expect(parseCardinal(at('احد عشر'), 0)).toEqual({ value: 11, end: 2 });
    expect(parseCardinal(at('اثنا عشر'), 0)).toEqual({ value: 12, end: 2 });
    expect(parseCardinal(at('خمسه وعشرين'), 0)).toEqual({ value: 25, end: 2 });
    expect(parseCardinal(at('احد'), 0)).toBeNull();
    expect(parseCardinal(at('الوزير'), 0)).toBeNull();
  });
});
