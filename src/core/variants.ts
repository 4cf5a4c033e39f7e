/**
 * Transliteration variants of one name: بلينكن / بلينكين، زيلينسكي / زيلنسكي، غوتيريش / جوتيريس،
 * سيرجي / سيرغي. Two spellings are one name when their consonant skeletons agree, with letters that
 * transliterations swap put in one class, allowing one edit on longer skeletons.
 */

/** Letter classes that transliterations of foreign names swap. */
const CLASS: Record<string, string> = {
  'ط': 'ت', 'ث': 'ت', 'ت': 'ت',
  'ق': 'ك', 'ك': 'ك', 'ج': 'ك', 'غ': 'ك', 'گ': 'ك',
  'ذ': 'د', 'ض': 'د', 'د': 'د',
  'ظ': 'ز', 'ز': 'ز',
  'ص': 'س', 'س': 'س', 'ش': 'س',
  'ح': 'ه', 'ه': 'ه', 'ة': 'ه', 'خ': 'ه',
  'ع': 'ا', 'ء': 'ا', 'ا': 'ا', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا',
  'ف': 'ف', 'ڤ': 'ف',
};

/**
 * The consonant skeleton of a normalised word: long vowels (ا و ي) dropped except at the start,
 * letters mapped to their class, doubled letters collapsed.
 */
const skeletons = new Map<string, string>();

/**
 * Bound of the word caches here. A few thousand words hold any one article's words; a cache of every
 * word the process has seen would not stay in the CPU's caches, and a lookup in it costs more than a
 * lookup in a small one (emptied when full, then refilled by the article at hand).
 */
const WORD_CACHE_LIMIT = 4096;

export function skeleton(norm: string): string {
  const hit = skeletons.get(norm);
  if (hit !== undefined) return hit;
  const sk = computeSkeleton(norm);
  if (skeletons.size > WORD_CACHE_LIMIT) skeletons.clear();
  skeletons.set(norm, sk);
  return sk;
}

/** The skeleton and its one-letter deletions: keys under which a variant at edit distance 1 can be found. */
export function skeletonKeys(norm: string): readonly string[] {
  const hit = keyCache.get(norm);
  if (hit) return hit;
  const sk = skeleton(norm);
  const keys = [sk];
  if (sk.length >= 4) for (let i = 0; i < sk.length; i++) keys.push(sk.slice(0, i) + sk.slice(i + 1));
  if (keyCache.size > WORD_CACHE_LIMIT) keyCache.clear();
  keyCache.set(norm, keys);
  return keys;
}

/** Keys are asked for the same words again and again (every token, every mention): computed once per word. */
const keyCache = new Map<string, readonly string[]>();

/** CLASS by code unit, from U+0600 (0: the letter is its own class). Every key of CLASS lies in U+0600-U+06FF. */
const CLASS_CODES = new Uint16Array(256);
for (const [k, v] of Object.entries(CLASS)) CLASS_CODES[k.charCodeAt(0) - 0x600] = v.charCodeAt(0);

/**
 * computeSkeleton(norm) as code units into out[0 ..), without making strings; returns the length (at most
 * norm.length). The same steps, unit by unit: article, final تس, long vowels after the first letter,
 * classes, doubled letters.
 */
function skeletonUnits(norm: string, out: Uint16Array): number {
  const from = norm.startsWith('ال') && norm.length > 4 ? 2 : 0;
  let end = norm.length;
  const z = end - from >= 4 && norm.endsWith('تس');
  if (z) end -= 2;
  let n = 0;
  for (let k = from, last = z ? end + 1 : end; k < last; k++) {
    let ch = k < end ? norm.charCodeAt(k) : 0x0632; // ز in place of تس
    // (تش is ج, as computeSkeleton reads it)
    if (ch === 0x062a && k + 1 < end && norm.charCodeAt(k + 1) === 0x0634) {
      ch = 0x062c;
      k++;
    }
    if (k > from && (ch === 0x0627 || ch === 0x0648 || ch === 0x064a || ch === 0x0649)) continue;
    // (ز between two long vowels is س, as computeSkeleton reads it)
    if (ch === 0x0632 && k > from && k + 1 < end && isLongVowelUnit(norm.charCodeAt(k - 1)) && isLongVowelUnit(norm.charCodeAt(k + 1))) ch = 0x0633;
    const cls = ch >= 0x0600 && ch < 0x0700 ? CLASS_CODES[ch - 0x0600] : 0;
    const c = cls || ch;
    if (n > 0 && out[n - 1] === c) continue;
    out[n++] = c;
  }
  return n;
}

/** Polynomial hash of code units, mod 2^32 (keyHash and SkeletonKeySet.keysMaybeIn must agree). */
const HASH_BASE = 0x01000193;

function keyHash(k: string): number {
  let h = 0;
  for (let i = 0; i < k.length; i++) h = (Math.imul(h, HASH_BASE) + k.charCodeAt(i)) | 0;
  return h & 0x3fffffff;
}

/**
 * A set of skeleton keys (strings of skeletonKeys()) that says which keys of a word it may hold without
 * making them: the word's skeleton is computed as code units and each key's hash is derived from
 * prefix hashes. Only keys whose hash is in the set become strings, for the caller to look up: most
 * words of an article share no key with the few names it has, and are answered without an allocation
 * or a lookup in the process-wide key cache.
 */
export class SkeletonKeySet {
  private readonly hashes = new Set<number>();
  /**
   * One bit per value of a hash's low 16 bits (8 KB): a clear bit answers "not in the set" without a
   * lookup in `hashes` (most of a word's keys are in no set: it shares none with the article's names).
   */
  private readonly bits = new Int32Array(1 << 11);
  private units = new Uint16Array(64);
  private prefix = new Int32Array(65);
  private pow = new Int32Array(65);

  constructor(keys: Iterable<string>) {
    for (const k of keys) {
      const h = keyHash(k);
      this.hashes.add(h);
      this.bits[(h >>> 5) & 0x7ff] |= 1 << (h & 31);
    }
  }

  /** hashes.has(h), the bit table first. */
  private has(h: number): boolean {
    return (this.bits[(h >>> 5) & 0x7ff] & (1 << (h & 31))) !== 0 && this.hashes.has(h);
  }

  /** Whether keysMaybeIn(norm) would find any key, given skeletonKeyHashes(norm) (no key made, nothing computed again). */
  anyIn(hashes: Int32Array): boolean {
    for (let k = 0; k < hashes.length; k++) if (this.has(hashes[k])) return true;
    return false;
  }

  /** The keys of skeletonKeys(norm) whose hash is in the set, in the same order; null for none. */
  keysMaybeIn(norm: string): string[] | null {
    if (this.units.length < norm.length) {
      this.units = new Uint16Array(2 * norm.length);
      this.prefix = new Int32Array(2 * norm.length + 1);
      this.pow = new Int32Array(2 * norm.length + 1);
    }
    const { units, prefix, pow } = this;
    const n = skeletonUnits(norm, units);
    prefix[0] = 0;
    pow[0] = 1;
    for (let j = 0; j < n; j++) {
      prefix[j + 1] = (Math.imul(prefix[j], HASH_BASE) + units[j]) | 0;
      pow[j + 1] = Math.imul(pow[j], HASH_BASE);
    }
    let out: string[] | null = null;
    if (this.has(prefix[n] & 0x3fffffff)) (out ??= []).push(unitsToString(units, 0, n, -1));
    // skeletonKeys adds the one-letter deletions of skeletons of four letters or more.
    if (n >= 4) {
      for (let i = 0; i < n; i++) {
        // hash(units without i) = hash(units[0 .. i)) * B^(n-1-i) + hash(units(i .. n)), the latter
        // being hash(all) - hash(units[0 .. i]) * B^(n-1-i).
        const p = pow[n - 1 - i];
        const h = (Math.imul(prefix[i], p) + (prefix[n] - Math.imul(prefix[i + 1], p))) | 0;
        if (this.has(h & 0x3fffffff)) (out ??= []).push(unitsToString(units, 0, n, i));
      }
    }
    return out;
  }
}

/**
 * The hashes (as SkeletonKeySet keeps them) of skeletonKeys(norm): what a word is tested with against each
 * article's set of name keys, worked out once per word (coreference keeps them with the word's readings).
 */
export function skeletonKeyHashes(norm: string): Int32Array {
  const units = new Uint16Array(norm.length + 1);
  const n = skeletonUnits(norm, units);
  const prefix = new Int32Array(n + 1);
  const pow = new Int32Array(n + 1);
  pow[0] = 1;
  for (let j = 0; j < n; j++) {
    prefix[j + 1] = (Math.imul(prefix[j], HASH_BASE) + units[j]) | 0;
    pow[j + 1] = Math.imul(pow[j], HASH_BASE);
  }
  const out = new Int32Array(n >= 4 ? n + 1 : 1);
  out[0] = prefix[n] & 0x3fffffff;
  if (n >= 4) {
    for (let i = 0; i < n; i++) {
      const p = pow[n - 1 - i];
      out[i + 1] = ((Math.imul(prefix[i], p) + (prefix[n] - Math.imul(prefix[i + 1], p))) | 0) & 0x3fffffff;
    }
  }
  return out;
}

/** units[from .. to) as a string, without the unit at index skip (-1: none). */
function unitsToString(units: Uint16Array, from: number, to: number, skip: number): string {
  let s = '';
  for (let k = from; k < to; k++) if (k !== skip) s += String.fromCharCode(units[k]);
  return s;
}

/** ا و ي ى as code units. */
function isLongVowelUnit(c: number): boolean {
  return c === 0x0627 || c === 0x0648 || c === 0x064a || c === 0x0649;
}

function computeSkeleton(norm: string): string {
  let w = norm;
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  // German z is written تس or ز at the end of a name: ميرتس / ميرز، شولتس / شولز.
  if (w.length >= 4 && w.endsWith('تس')) w = w.slice(0, -2) + 'ز';
  // "ch" is written تش or ج: عراقتشي / عراقجي، تشافيز / شافيز is another matter (ش stays ش).
  if (w.includes('تش')) w = w.replace(/تش/g, 'ج');
  let out = '';
  for (let i = 0; i < w.length; i++) {
    let ch = w[i];
    if (i > 0 && (ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ى')) continue;
    // An s between two vowels is voiced in Italian, Portuguese and Spanish names and written س or ز: كاروسو /
    // كاروزو، باربوسا / باربوزا (only there: زيد and سيد stay two names).
    if (ch === 'ز' && i > 0 && i + 1 < w.length && isLongVowelUnit(w.charCodeAt(i - 1)) && isLongVowelUnit(w.charCodeAt(i + 1))) ch = 'س';
    const c = CLASS[ch] ?? ch;
    if (out.endsWith(c)) continue;
    out += c;
  }
  return out;
}

/**
 * The skeleton with the letters Spanish and Portuguese names are written with either way taken as one: خ and ج (j),
 * ث and ز (z), ف and ب (v): "روخاس" / "روجاس"، "لوبيز" / "لوبيث"، "ريفيرا" / "ريبيرا". Looser than sameNameWord's
 * test, for a name word found alone that has only one full name it can belong to.
 */
export function looseSkeleton(norm: string): string {
  return skeleton(norm.replace(/خ/g, 'ج').replace(/ث/g, 'ز').replace(/[فڤ]/g, 'ب'));
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/**
 * True when two normalised name words are spellings of one name. Native Arabic names that differ by a
 * long vowel are different names (حسن / حسين، سلمان / سليمان): pass `isNativeName` to keep those apart.
 */
export function sameNameWord(a: string, b: string, isNativeName?: (w: string) => boolean): boolean {
  if (a === b) return true;
  // (an Arabic first name and its West African or Turkish spelling: "عثمان" / "أوسمان" (Ousmane))
  const ea = FIRST_NAME_FORMS.get(a);
  if (ea !== undefined && ea === FIRST_NAME_FORMS.get(b)) return true;
  if (isNativeName && (isNativeName(a) || isNativeName(b))) return yaAlefSwap(a, b);
  // The article is no spelling variant: "اللقاءات" is not "لقاءاته".
  if (a.startsWith('ال') !== b.startsWith('ال')) return false;
  // A nisba is no spelling of the name it comes from: "الصدري" (of the Sadrist movement) is not "الصدر".
  if (a === b + 'ي' || b === a + 'ي' || a === b + 'يه' || b === a + 'يه') return false;
  // ("تاكاييتشي" / "تاكايتشي": a long vowel letter written twice is one spelling)
  if (Math.min(a.length, b.length) >= 5 && a.replace(/([يوا])\1+/g, '$1') === b.replace(/([يوا])\1+/g, '$1')) return true;
  const sa = skeleton(a);
  const sb = skeleton(b);
  // (a skeleton of two letters says little: then the words differ by a letter's class only, "الغيص" is not "القصوى")
  if (sa === sb) return sa.length >= 2 && Math.min(a.length, b.length) >= 3 && (sa.length >= 3 || a.length === b.length);
  // One edit on the skeleton only for long names, and the words must share their first letter class.
  return sa.length >= 4 && sb.length >= 4 && sa[0] === sb[0] && editDistanceAtMost1(sa, sb) && Math.abs(a.length - b.length) <= 2;
}

/**
 * Arabic first names and their spellings in West African and Turkish names, which the skeleton rule does not give for
 * native names (normalised; each group is one name).
 */
const FIRST_NAME_FORMS = new Map<string, number>();
[
  ['عثمان', 'اوسمان', 'عصمان'],
  ['موسي', 'موسا'],
  ['ابراهيم', 'ابراهيما'],
  ['محمد', 'مامادو', 'محمدو', 'ممادو'],
  ['عبدالله', 'عبدولاي'],
  ['يوسف', 'يوسوفو'],
  ['اسماعيل', 'اسماعيلا'],
  ['احمدو', 'امادو'],
  ['يشار', 'ياشار'],
].forEach((group, k) => group.forEach((w) => FIRST_NAME_FORMS.set(w, k)));

/**
 * "دانيال" / "دانييل"، "غابريال" / "غابرييل": a listed first name written with يا or يي is one name. Only that
 * swap next to a ي (سعيد and سعاد, محمد and محمود stay apart).
 */
function yaAlefSwap(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5) return false;
  let diff = -1;
  for (let k = 0; k < a.length; k++) {
    if (a[k] === b[k]) continue;
    if (diff >= 0) return false;
    diff = k;
  }
  if (diff < 1) return false;
  const pair = a[diff] + b[diff];
  return (pair === 'اي' || pair === 'يا') && a[diff - 1] === 'ي' && b[diff - 1] === 'ي';
}

/** True when two normalised multi-word names are spellings of one name (same number of words). */
export function sameName(a: readonly string[], b: readonly string[], isNativeName?: (w: string) => boolean): boolean {
  return a.length === b.length && a.every((w, i) => sameNameWord(w, b[i], isNativeName));
}
