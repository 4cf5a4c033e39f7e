/**
 * Arabic normalisation for matching, with an exact map back to the original text.
 *
 * Matching happens on a normalised copy (alef forms → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, no tashkeel or
 * tatweel, Arabic-Indic digits → ASCII, presentation forms unfolded, Latin lower-cased, invisible
 * marks dropped, every kind of space → ' '). Every normalised character remembers the UTF-16 index of
 * the original character it came from, so results found on the copy land on exact original offsets.
 */

export interface Normalized {
  /** The normalised text. */
  readonly text: string;
  /** map[i] = index in the original of normalised char i; map[text.length] = original length. */
  readonly map: Int32Array;
}

/** Diacritics (tashkeel), Quranic marks, superscript alef and tatweel: removed. */
const REMOVED = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/;
/** Zero-width and bidi marks: removed. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/;
const SPACE = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/;

const CHAR_MAP: Record<string, string> = {
  '\u0623': '\u0627', // أ
  '\u0625': '\u0627', // إ
  '\u0622': '\u0627', // آ
  '\u0671': '\u0627', // ٱ
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0649': '\u064A', // ى → ي
  '\u0629': '\u0647', // ة → ه
  '\u0624': '\u0648', // ؤ → و
  '\u0626': '\u064A', // ئ → ي
  '\u06CC': '\u064A', // Persian yeh
  '\u06D2': '\u064A', // yeh barree
  '\u06A9': '\u0643', // keheh → kaf
  '\u06AF': '\u0643', // gaf → kaf
  '\u06A4': '\u0641', // veh → feh
  '\u067E': '\u0628', // peh → beh
  '\u0686': '\u062C', // tcheh → jeem
  '\u06C0': '\u0647',
  '\u06C1': '\u0647',
  '\u06D5': '\u0647',
  '\u066B': '.', // Arabic decimal separator
  '\u066C': ',', // Arabic thousands separator
  '\u060C': '\u060C', // Arabic comma stays itself
};

const cache = new Map<string, string>();

/** The normalised form of one UTF-16 code unit (may be empty, or several chars for ligatures). */
export function normalizeChar(ch: string): string {
  const hit = cache.get(ch);
  if (hit !== undefined) return hit;
  let out: string;
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) out = String(c - 0x0660);
  else if (c >= 0x06f0 && c <= 0x06f9) out = String(c - 0x06f0);
  else if (REMOVED.test(ch) || INVISIBLE.test(ch)) out = '';
  else if (SPACE.test(ch)) out = ' ';
  else if (CHAR_MAP[ch] !== undefined) out = CHAR_MAP[ch];
  else if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) {
    // Presentation forms: unfold (ﻻ → لا), then normalise each resulting char.
    out = [...ch.normalize('NFKC')].map((x) => (x === ch ? x : normalizeChar(x))).join('');
  } else if (c >= 0x41 && c <= 0x5a) out = String.fromCharCode(c + 32);
  else out = ch;
  if (cache.size < 4096) cache.set(ch, out);
  return out;
}

/**
 * Per UTF-16 code unit: 0 not yet known, 1 normalises to itself, 2 changes in another way (several
 * units: ligatures), 3 is removed (normalises to ''), 4 becomes the one unit ONE_UNIT[code] (ة → ه,
 * أ → ا, Arabic-Indic digits ...). Filled lazily, so the common cases cost one or two array reads
 * instead of a one-character string and a lookup in normalizeChar's cache.
 */
const KIND = new Uint8Array(0x10000);
const ONE_UNIT = new Uint16Array(0x10000);
const SAME = 1;
const REMOVED_UNIT = 3;
const ONE = 4;

function charKind(code: number): number {
  let k = KIND[code];
  if (k === 0) {
    const ch = String.fromCharCode(code);
    const out = normalizeChar(ch);
    if (out === ch) k = SAME;
    else if (out === '') k = REMOVED_UNIT;
    else if (out.length === 1) {
      k = ONE;
      ONE_UNIT[code] = out.charCodeAt(0);
    } else k = 2;
    KIND[code] = k;
  }
  return k;
}

/** A kind other than SAME (the code unit changes). */
function changes(code: number): boolean {
  return charKind(code) !== SAME;
}

/**
 * A scratch buffer of UTF-16 code units for normalised text: written unit by unit and made into one
 * string at the end. Concatenating a slice and a replacement at every changed character (Arabic text
 * changes every few letters: ة، أ، ى) made two short-lived strings each time, and that garbage costs
 * more in collection than the copy.
 */
let units = new Uint16Array(4096);

function unitsRoom(n: number): Uint16Array {
  if (units.length < n) {
    const bigger = new Uint16Array(Math.max(n, units.length * 2));
    bigger.set(units);
    units = bigger;
  }
  return units;
}

/** Decodes a buffer of units as is (ignoreBOM: a leading U+FEFF is kept, not dropped). */
const UTF16 = typeof TextDecoder !== 'undefined' ? new TextDecoder('utf-16le', { ignoreBOM: true }) : null;

/**
 * The string of buf[0 .. n). The decoder makes it in one native step, without a list of arguments;
 * but it would replace a lone surrogate by U+FFFD, so units with surrogates go through fromCharCode.
 */
function unitsString(buf: Uint16Array, n: number, surrogates: boolean): string {
  // (Below a few dozen units, a call of fromCharCode costs less than the decoder's own overhead.)
  if (UTF16 && !surrogates && n > 32) return UTF16.decode(buf.subarray(0, n));
  // fromCharCode takes the units as arguments: a bounded number per call.
  const STEP = 8192;
  if (n <= STEP) return String.fromCharCode.apply(null, buf.subarray(0, n) as unknown as number[]);
  let s = '';
  for (let k = 0; k < n; k += STEP) s += String.fromCharCode.apply(null, buf.subarray(k, Math.min(n, k + STEP)) as unknown as number[]);
  return s;
}

/** Normalise text for matching and keep the map back to original offsets. */
export function normalize(original: string): Normalized {
  const len = original.length;
  // Normalising rarely lengthens a text (only unfolded ligatures do): grow the map when it must.
  let map = new Int32Array(len + 17);
  let buf = unitsRoom(map.length);
  // Characters that stay themselves are copied as they are; only changed ones go through normalizeChar.
  let changed = false;
  let surrogates = false;
  let n = 0;
  for (let i = 0; i < len; i++) {
    const code = original.charCodeAt(i);
    const kind = KIND[code] || charKind(code);
    if (kind === SAME) {
      if ((code & 0xf800) === 0xd800) surrogates = true;
      buf[n] = code;
      map[n++] = i;
      continue;
    }
    changed = true;
    // One unit for one, or none: there is room (each earlier character took at most its slot, bar ligatures
    // below, which make room for what is still to come).
    if (kind === ONE) {
      const c = ONE_UNIT[code];
      if ((c & 0xf800) === 0xd800) surrogates = true;
      buf[n] = c;
      map[n++] = i;
      continue;
    }
    if (kind === REMOVED_UNIT) continue;
    const out = normalizeChar(original[i]);
    // Room for this output, one slot for each character still to come and the final end slot.
    if (n + out.length + (len - i) > map.length) {
      const bigger = new Int32Array(map.length * 2 + out.length);
      bigger.set(map);
      map = bigger;
      buf = unitsRoom(map.length);
    }
    for (let k = 0; k < out.length; k++) {
      const c = out.charCodeAt(k);
      if ((c & 0xf800) === 0xd800) surrogates = true;
      buf[n] = c;
      map[n++] = i;
    }
  }
  map[n] = len;
  return { text: changed ? unitsString(buf, n, surrogates) : original, map: map.subarray(0, n + 1) };
}

/** The normalised form of a word or phrase (no map), spaces collapsed and trimmed. */
export function normalizeWord(s: string): string {
  // Most words are already normal: no change, no single space at an edge, no double space.
  let plain = s.length > 0;
  for (let i = 0; i < s.length && plain; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) plain = i > 0 && i < s.length - 1 && s.charCodeAt(i - 1) !== 0x20;
    else plain = !changes(c);
  }
  if (plain) return s;
  return normalizeText(s).replace(/ +/g, ' ').trim();
}

/** normalize(s).text without building the offset map. */
export function normalizeText(s: string): string {
  const len = s.length;
  let i = 0;
  while (i < len && (KIND[s.charCodeAt(i)] || charKind(s.charCodeAt(i))) === SAME) i++;
  if (i === len) return s;
  // From the first changed character on, unit by unit into the scratch buffer (see normalize).
  let buf = unitsRoom(len + 16);
  let surrogates = false;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if ((c & 0xf800) === 0xd800) surrogates = true;
    buf[k] = c;
  }
  let n = i;
  for (; i < len; i++) {
    const code = s.charCodeAt(i);
    const kind = KIND[code] || charKind(code);
    if (kind === SAME) {
      if ((code & 0xf800) === 0xd800) surrogates = true;
      buf[n++] = code;
      continue;
    }
    // (One unit or none: room as in normalize.)
    if (kind === ONE) {
      const c = ONE_UNIT[code];
      if ((c & 0xf800) === 0xd800) surrogates = true;
      buf[n++] = c;
      continue;
    }
    if (kind === REMOVED_UNIT) continue;
    const out = normalizeChar(s[i]);
    if (n + out.length + (len - i) > buf.length) buf = unitsRoom(2 * (n + out.length + (len - i)));
    for (let k = 0; k < out.length; k++) {
      const c = out.charCodeAt(k);
      if ((c & 0xf800) === 0xd800) surrogates = true;
      buf[n++] = c;
    }
  }
  return unitsString(buf, n, surrogates);
}

/**
 * Original [start, end) for the normalised span [nStart, nEnd). The end is extended over removed
 * characters (tashkeel, tatweel) that follow the last kept character, so a mention keeps its vowel marks.
 */
export function toOriginal(norm: Normalized, nStart: number, nEnd: number, original: string): [number, number] {
  const start = norm.map[nStart];
  let end = nEnd > nStart ? norm.map[nEnd - 1] + 1 : start;
  // Extend over a surrogate pair or over removed marks attached to the last letter.
  while (end < original.length && end < (norm.map[nEnd] ?? original.length) && normalizeChar(original[end]) === '') end++;
  if (end < original.length && isLowSurrogate(original.charCodeAt(end))) end++;
  return [start, end];
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** True for an Arabic letter in the normalised alphabet (after normalize()). */
export function isArabicLetter(c: number): boolean {
  return (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff);
}
