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

function computeSkeleton(norm: string): string {
  let w = norm;
  if (w.startsWith('ال') && w.length > 4) w = w.slice(2);
  // German z is written تس or ز at the end of a name: ميرتس / ميرز، شولتس / شولز.
  if (w.length >= 4 && w.endsWith('تس')) w = w.slice(0, -2) + 'ز';
  let out = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    if (i > 0 && (ch === 'ا' || ch === 'و' || ch === 'ي' || ch === 'ى')) continue;
    const c = CLASS[ch] ?? ch;
    if (out.endsWith(c)) continue;
    out += c;
  }
  return out;
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
  if (isNativeName && (isNativeName(a) || isNativeName(b))) return yaAlefSwap(a, b);
  // The article is no spelling variant: "اللقاءات" is not "لقاءاته".
  if (a.startsWith('ال') !== b.startsWith('ال')) return false;
  // A nisba is no spelling of the name it comes from: "الصدري" (of the Sadrist movement) is not "الصدر".
  if (a === b + 'ي' || b === a + 'ي' || a === b + 'يه' || b === a + 'يه') return false;
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (sa === sb) return sa.length >= 2 && Math.min(a.length, b.length) >= 3;
  // One edit on the skeleton only for long names, and the words must share their first letter class.
  return sa.length >= 4 && sb.length >= 4 && sa[0] === sb[0] && editDistanceAtMost1(sa, sb) && Math.abs(a.length - b.length) <= 2;
}

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
