/**
 * Calendar arithmetic for the date engine: Gregorian day numbers and the Umm al-Qura Hijri calendar.
 *
 * Gregorian → Hijri uses the platform's ICU (`Intl.DateTimeFormat` with calendar `islamic-umalqura`,
 * present in Node 20 and in Chrome/Firefox). Hijri → Gregorian is the inverse: an estimate from the
 * mean lunar month, corrected by converting back and stepping over days. The first day and length
 * of each Hijri month are cached, so a repeated conversion costs one Map lookup.
 */

export interface YMD {
  y: number;
  m: number;
  d: number;
}

/** Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function toDays(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The Gregorian date of a day number (inverse of toDays). */
export function fromDays(n: number): YMD {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: era * 400 + yoe + (m <= 2 ? 1 : 0), m, d };
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(days: number): number {
  return (((days + 4) % 7) + 7) % 7;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidGregorian(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

let formatter: Intl.DateTimeFormat | null = null;
/**
 * The Hijri formatter: Umm al-Qura, or where a platform lacks it (a reduced ICU) the tabular Islamic
 * calendar, which differs by a day at most; never the Gregorian calendar an unknown name falls back to.
 */
function umalqura(): Intl.DateTimeFormat {
  if (!formatter) {
    for (const cal of ['islamic-umalqura', 'islamic-civil', 'islamic']) {
      const f = new Intl.DateTimeFormat(`en-u-ca-${cal}-nu-latn`, { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
      formatter = f;
      if (f.resolvedOptions().calendar === cal) break;
    }
  }
  return formatter!;
}

/** True when the platform converts with the Umm al-Qura calendar (not a fallback calendar). */
export function hasUmmAlQura(): boolean {
  return umalqura().resolvedOptions().calendar === 'islamic-umalqura';
}

/** Hijri (Umm al-Qura) date of a Gregorian day number. */
export function hijriOfDays(days: number): YMD {
  const parts = umalqura().formatToParts(new Date(days * 86400000));
  let y = 0;
  let m = 0;
  let d = 0;
  for (const p of parts) {
    if (p.type === 'year') y = parseInt(p.value, 10);
    else if (p.type === 'month') m = parseInt(p.value, 10);
    else if (p.type === 'day') d = parseInt(p.value, 10);
  }
  return { y, m, d };
}

export function gregorianToHijri(y: number, m: number, d: number): YMD {
  return hijriOfDays(toDays(y, m, d));
}

/** Epoch of the Hijri calendar (1 Muharram 1 AH, 16 July 622 Julian) as a day number, and the mean month. */
const HIJRI_EPOCH = toDays(622, 7, 19);
const MEAN_MONTH = 29.530588853;

interface MonthInfo {
  start: number;
  length: number;
}
const monthCache = new Map<number, MonthInfo | null>();

/** First day (day number) and length of Hijri month hm of year hy, or null when out of range. */
export function hijriMonthInfo(hy: number, hm: number): MonthInfo | null {
  if (!Number.isInteger(hy) || !Number.isInteger(hm) || hm < 1 || hm > 12 || hy < 1 || hy > 2000) return null;
  const key = hy * 16 + hm;
  const hit = monthCache.get(key);
  if (hit !== undefined) return hit;
  const target = (hy - 1) * 12 + (hm - 1);
  // Estimate the first of the month, then correct by whole months and days.
  let g = Math.round(HIJRI_EPOCH + target * MEAN_MONTH);
  let found: number | null = null;
  for (let iter = 0; iter < 8; iter++) {
    const h = hijriOfDays(g);
    const idx = (h.y - 1) * 12 + (h.m - 1);
    if (idx === target) {
      found = g - (h.d - 1);
      break;
    }
    g += Math.round((target - idx) * MEAN_MONTH) || (target > idx ? 1 : -1);
  }
  let info: MonthInfo | null = null;
  if (found !== null) {
    const first = hijriOfDays(found);
    if (first.d === 1) {
      const after = hijriOfDays(found + 29);
      info = { start: found, length: after.m === hm ? 30 : 29 };
    }
  }
  monthCache.set(key, info);
  return info;
}

/** Gregorian date of a Hijri (Umm al-Qura) date, or null when it does not exist (e.g. 30 of a 29-day month). */
export function hijriToGregorian(hy: number, hm: number, hd: number): YMD | null {
  const info = hijriMonthInfo(hy, hm);
  if (!info || hd < 1 || hd > info.length) return null;
  return fromDays(info.start + hd - 1);
}

/** First and last Gregorian day of a Hijri month. */
export function hijriMonthRange(hy: number, hm: number): [YMD, YMD] | null {
  const info = hijriMonthInfo(hy, hm);
  if (!info) return null;
  return [fromDays(info.start), fromDays(info.start + info.length - 1)];
}

/** First and last Gregorian day of a Hijri year. */
export function hijriYearRange(hy: number): [YMD, YMD] | null {
  const a = hijriMonthInfo(hy, 1);
  const b = hijriMonthInfo(hy, 12);
  if (!a || !b) return null;
  return [fromDays(a.start), fromDays(b.start + b.length - 1)];
}
