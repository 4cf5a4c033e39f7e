/**
 * Feature extraction for the name tagger, shared by training (scripts/train-tagger.ts) and tagging.
 *
 * Every feature is a string hashed to 32 bits (FNV-1a over UTF-16 code units); the model stores only
 * hashes. Words are normalised with normalizeWord and read through the proclitic analyses of
 * tokenize.ts, so "وبغداد", "لبغداد" and "بغداد" share their stem features.
 *
 * The features are defined once (wordFeatures, CONTEXT_TEMPLATES, positionFeatures; see "THE FEATURE
 * DEFINITION" below) against a FeatureSink: training builds the strings (StringSink); the tagger
 * (model.ts) hashes the parts without building strings and caches the per-word sums.
 */
import { normalizeWord } from '../normalize.ts';
import { analyses } from '../tokenize.ts';

/** 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * FNV-1a is sequential: hashString(a + b) === fnvMore(fnvMore(FNV_INIT, a), b) >>> 0. fnvMore continues
 * the state h (an int32, before the final >>> 0) over the code units of s, so a feature or phrase can
 * be hashed from its parts without building the string.
 */
export const FNV_INIT = 0x811c9dc5 | 0;
export function fnvMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/** Names of the gazetteer classes; bit i of a gazetteer mask = GAZ_CLASSES[i]. */
export const GAZ_CLASSES = [
  'country', // country names (external list)
  'city', // world cities with Arabic names (external list)
  'first', // Arabic first names (external list)
  'last', // family names (external list)
  'title', // titles and roles (الرئيس، وزير ...) and speech verbs (قال، أكد ...)
  'tPERSw', // single words of multi-word person names seen in training text (jack-knifed while training)
  'tPERS', // person mentions seen in training text (jack-knifed while training)
  'tLOC',
  'tORG',
  'tMISC',
  'cplace', // project dictionaries (src/core/data/*.json, hand-curated for Qari): places.json names
  'corg', // orgs.json
  'ctitle', // titles.json
  'cnat', // nationalities.json
  'cpers', // known people (names.json known: full names and aliases)
] as const;
export type GazClass = (typeof GAZ_CLASSES)[number];

/** Multi-word dictionary lookup: normalised phrase (words joined by one space) → class bitmask. */
export interface Gazetteer {
  lookup(hash: number): number;
  /** Longest phrase, in words. */
  readonly maxLen: number;
}

/** A gazetteer held in a Map (used while building and training). */
export class MapGazetteer implements Gazetteer {
  readonly map = new Map<number, number>();
  maxLen = 1;
  add(phrase: string, cls: GazClass): void {
    const norm = normalizeWord(phrase);
    if (!norm) return;
    const n = norm.split(' ').length;
    if (n > 4) return;
    if (n > this.maxLen) this.maxLen = n;
    const h = hashString(norm);
    this.map.set(h, (this.map.get(h) ?? 0) | (1 << GAZ_CLASSES.indexOf(cls)));
  }
  lookup(hash: number): number {
    return this.map.get(hash) ?? 0;
  }
}

/** What the tagger knows about one word before features are built. */
export interface WordInfo {
  norm: string;
  stem: string;
  /** Stems readable after proclitics (the unsplit word first). */
  readings: string[];
  shape: string;
  /** lightStem(stem) (the l±k features). */
  light: string;
  /** Coarse morphology (the m±1 features): article + ending class, or the shape. */
  morph: string;
  /** FNV-1a state after each reading (not yet >>> 0), where a gazetteer phrase's hash starts. */
  readingHashes: number[];
}

const AR = /[\u0621-\u064a]/;
const LATIN = /[a-z\u00c0-\u024f]/;

export function wordShape(w: string): string {
  if (!w) return 'empty';
  if (/^[0-9]+([.,][0-9]+)*$/.test(w)) return w.length <= 2 ? 'num2' : w.length === 4 ? 'num4' : 'num';
  if (AR.test(w)) return /[0-9]/.test(w) ? 'armix' : 'ar';
  if (LATIN.test(w)) return 'lat';
  if (/^[.!?؟]+$/.test(w)) return 'stop';
  if (/^["'«»“”]+$/.test(w)) return 'quote';
  if (/^[()[\]{}]+$/.test(w)) return 'paren';
  return 'punct';
}

/**
 * The word without proclitics and article when an article shows they are there:
 * (و|ف)(ب|ل|ك)ال X → X, (و|ف)لل X → X; otherwise the word itself (و، ب ... may be root letters:
 * وزير، بغداد). The other readings are features of their own.
 */
export function definiteStem(w: string): string {
  const m = /^[وف]?[بلك]?ال(..+)$/.exec(w) ?? /^[وف]?لل(..+)$/.exec(w);
  return m ? m[1] : w;
}

export function wordInfo(word: string): WordInfo {
  const norm = normalizeWord(word).replace(/ /g, '');
  const readings = AR.test(norm) ? analyses(norm, 2).map((a) => a.stem) : [norm];
  const stem = AR.test(norm) ? definiteStem(norm) : norm;
  const shape = wordShape(norm);
  return {
    norm,
    stem,
    readings,
    shape,
    light: lightStem(stem),
    morph: morphOf(norm, stem, shape),
    readingHashes: readings.map((r) => fnvMore(FNV_INIT, r)),
  };
}

/** Coarse morphology of a word: article + ending class (nisba ي/يه, ه, plural), or its shape. */
function morphOf(norm: string, stem: string, shape: string): string {
  if (shape !== 'ar') return shape;
  const al = norm !== stem ? 'al' : '';
  const end = /يين$|يون$/.test(stem) ? 'ipl' : /(ين|ون|ات)$/.test(stem) ? 'pl' : /يه$/.test(stem) ? 'iya' : /ي$/.test(stem) ? 'i' : /ه$/.test(stem) ? 'a' : '-';
  return al + '|' + end;
}

/**
 * Gazetteer marks of a sentence: for each token, the marks of every dictionary phrase covering it
 * (the first word of a phrase may carry proclitics), in the order they were found, without repeats.
 * A mark is an id: class * 3 + (0 = begins a one-word phrase "class:BS", 1 = begins a longer phrase
 * "class:BM", 2 = inside a phrase "class:I"); MARK_NAMES gives its name. Buffers are reused.
 */
export const MARK_NAMES: readonly string[] = GAZ_CLASSES.flatMap((c) => [c + ':BS', c + ':BM', c + ':I']);
const N_MARKS = MARK_NAMES.length;
const TITLE = GAZ_CLASSES.indexOf('title');
/** Bits (in GazMarks.bits, ids 0..31) of the marks whose name starts with 'title:B' / with 'title'. */
const TITLE_B_BITS = (1 << (TITLE * 3)) | (1 << (TITLE * 3 + 1));
const TITLE_BITS = TITLE_B_BITS | (1 << (TITLE * 3 + 2));
/** Mark id is one of 'title:BS', 'title:BM', 'title:I' (ids may be 32 or more, so not by a shifted bit). */
const isTitleMark = (id: number) => id >= TITLE * 3 && id <= TITLE * 3 + 2;
/** Mark ids in the order of their names under the default string sort. */
const MARKS_SORTED: readonly number[] = MARK_NAMES.map((_, id) => id).sort((a, b) => (MARK_NAMES[a] < MARK_NAMES[b] ? -1 : MARK_NAMES[a] > MARK_NAMES[b] ? 1 : 0));

export class GazMarks {
  /** ids[i * N_MARKS + k]: k-th mark of token i. */
  ids = new Uint8Array(0);
  count = new Uint8Array(0);
  /** Bit id set when token i has mark id (ids 0..31); bitsHi: bit id - 32 (ids 32..63). */
  bits = new Int32Array(0);
  bitsHi = new Int32Array(0);
  /**
   * plain[i] = 1 when token i's norm is its stem (no article): positionFeatures' title chain stops at
   * such a word unless it is a title. Filled by whoever fills the marks (findMarks, the tagger), which
   * have the words at hand; positionFeatures then reads no word.
   */
  plain = new Uint8Array(0);
  n = 0;
  reset(n: number): void {
    if (this.count.length < n) {
      const cap = Math.max(n, 2 * this.count.length, 64);
      this.ids = new Uint8Array(cap * N_MARKS);
      this.count = new Uint8Array(cap);
      this.bits = new Int32Array(cap);
      this.bitsHi = new Int32Array(cap);
      this.plain = new Uint8Array(cap);
    } else {
      this.count.fill(0, 0, n);
      this.bits.fill(0, 0, n);
      this.bitsHi.fill(0, 0, n);
    }
    this.n = n;
  }
  push(i: number, id: number): void {
    if (id < 32) {
      const bit = 1 << id;
      if (this.bits[i] & bit) return;
      this.bits[i] |= bit;
    } else {
      const bit = 1 << (id - 32);
      if (this.bitsHi[i] & bit) return;
      this.bitsHi[i] |= bit;
    }
    this.ids[i * N_MARKS + this.count[i]++] = id;
  }
  /** The marks of token i as "class:B|I" strings, in order (debugging, tests). */
  names(i: number): string[] {
    return Array.from(this.ids.subarray(i * N_MARKS, i * N_MARKS + this.count[i]), (id) => MARK_NAMES[id]);
  }
}

/** Find the gazetteer marks of a sentence (into `marks`). Phrases are hashed as "w1 w2 ..." (hashString). */
export function findMarks(infos: readonly WordInfo[], gaz: Gazetteer, marks: GazMarks): void {
  const n = infos.length;
  marks.reset(n);
  for (let i = 0; i < n; i++) marks.plain[i] = infos[i].norm === infos[i].stem ? 1 : 0;
  const maxLen = gaz.maxLen;
  for (let i = 0; i < n; i++) {
    const rh = infos[i].readingHashes;
    for (let r = 0; r < rh.length; r++) {
      let h = rh[r];
      for (let len = 1; len <= maxLen && i + len <= n; len++) {
        if (len > 1) h = fnvMore(Math.imul(h ^ 32, 0x01000193), infos[i + len - 1].norm);
        const m = gaz.lookup(h >>> 0);
        if (!m) continue;
        for (let c = 0; c < GAZ_CLASSES.length; c++) {
          if (!(m & (1 << c))) continue;
          marks.push(i, c * 3 + (len > 1 ? 1 : 0));
          for (let k = i + 1; k < i + len; k++) marks.push(k, c * 3 + 2);
        }
      }
    }
  }
}

/**
 * Gazetteer marks per token: for each token, a list of "class:B|I" strings for every dictionary
 * phrase covering it (the first word of a phrase may carry proclitics).
 */
export function gazetteerMarks(infos: readonly WordInfo[], gaz: Gazetteer): string[][] {
  const marks = new GazMarks();
  findMarks(infos, gaz, marks);
  return infos.map((_, i) => marks.names(i));
}

// At most 16 classes (u16 masks in the model file), so at most 48 mark ids: two 32-bit sets suffice.
if (GAZ_CLASSES.length > 16) throw new Error('at most 16 gazetteer classes (u16 class masks)');
const marksKeyCache = new Map<number, string>();
/** The names of the marks in `bits` (ids 0..31) and `hi` (ids 32..63), sorted, joined by ','. */
export function marksKey(bits: number, hi: number): string {
  const key = (bits >>> 0) + (hi >>> 0) * 4294967296;
  let s = marksKeyCache.get(key);
  if (s === undefined) {
    s = MARKS_SORTED.filter((id) => (id < 32 ? bits & (1 << id) : hi & (1 << (id - 32))))
      .map((id) => MARK_NAMES[id])
      .join(',');
    if (marksKeyCache.size > 4096) marksKeyCache.clear();
    marksKeyCache.set(key, s);
  }
  return s;
}

/** Morphological skeleton: affix letters kept, other (root) letters → C. "مستشفي" → "مستCCي". */
const AFFIX_LETTERS = new Set('اويمتنسهءلا');
export function pattern(s: string): string {
  let out = '';
  for (const ch of s) out += AFFIX_LETTERS.has(ch) ? ch : 'C';
  return out;
}

/** Stem without feminine/plural/nisba endings, to generalise title and adjective words: الرئيسة → رييس. */
export function lightStem(stem: string): string {
  const m = /^(..+?)(يين|يون|يات|ين|ون|ات|يه|ه|ي)$/.exec(stem);
  return m && m[1].length >= 3 ? m[1] : stem;
}

/** Features that describe the word itself (dropped at random while training, so context learns too). */
export function isIdentityFeature(f: string): boolean {
  return f.startsWith('w=') || f.startsWith('s=') || f.startsWith('w-1w=') || f.startsWith('ww+1=') || f.startsWith('s-1s=') || f.startsWith('ss+1=');
}

export const PAD_L = '<s>';
export const PAD_R = '</s>';

/**
 * Where features go. A feature is the string prefix + a, or prefix + a + '|' + b when b is given;
 * StringSink builds these strings (training, tests, debugging), the tagger's sink hashes the parts
 * without building them (FNV-1a is sequential, so the hash is the same).
 */
export interface FeatureSink {
  add(prefix: string, a?: string, b?: string): void;
  /**
   * The gazetteer mark feature MARK_PREFIXES[prefix] + MARK_NAMES[id], given by number (the tagger
   * looks these up in a table); a sink without addMark gets add(MARK_PREFIXES[prefix], MARK_NAMES[id]).
   */
  addMark?(prefix: number, id: number): void;
  /**
   * The feature 'gw=' + (the names of the marks in bits / hi, sorted, joined by ',') + '|' + shape, given
   * by its parts (the tagger keeps these by number); a sink without it gets add('gw=', marksKey(bits, hi), shape).
   */
  addMarkSet?(bits: number, hi: number, shape: string): void;
}

/** Prefixes of the gazetteer mark features of positionFeatures: the token's marks, its neighbours'. */
export const MARK_PREFIXES: readonly string[] = ['g=', 'g-1=', 'g+1=', 'g-2=', 'g+2='];

function addMark(f: FeatureSink, prefix: number, id: number): void {
  if (f.addMark) f.addMark(prefix, id);
  else f.add(MARK_PREFIXES[prefix], MARK_NAMES[id]);
}

export class StringSink implements FeatureSink {
  out: string[] = [];
  add(prefix: string, a?: string, b?: string): void {
    this.out.push(a === undefined ? prefix : b === undefined ? prefix + a : prefix + a + '|' + b);
  }
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/*
 * THE FEATURE DEFINITION. A token's features, in this order:
 *   1. wordFeatures(word)                          features of the word alone
 *   2. CONTEXT_TEMPLATES, in order:
 *        'nb'   prefix + value of the word at offset off (or the padding <s> / </s>)
 *        'pair' prefix + value at offset a + '|' + value at offset b
 *   3. positionFeatures                            sentence start, gazetteer marks, title chain
 * Training builds all of them as strings (tokenFeatures + StringSink). The tagger, whose weights are
 * fixed, sums the weights of 1. once per distinct word and of each 'nb' template once per distinct
 * (word, offset), and builds only the 'pair' templates and 3. at each position.
 */

/** Features that depend on the word alone. */
export function wordFeatures(info: WordInfo, f: FeatureSink): void {
  const { norm: w, stem: s, shape } = info;
  f.add('b');
  f.add('w=', w);
  f.add('s=', s);
  f.add('sh=', shape);
  if (shape === 'ar') {
    const L = s.length;
    f.add('len=', DIGITS[Math.min(L, 9)]);
    for (let k = 1; k <= 3 && k < L; k++) f.add(P_PREFIX[k], s.slice(0, k));
    for (let k = 1; k <= 4 && k < L; k++) f.add(X_PREFIX[k], s.slice(L - k));
    if (w !== s) f.add('cl=', w.slice(0, w.length - s.length));
    const b = '^' + s + '$';
    for (let k = 0; k + 3 <= b.length; k++) f.add('c3=', b.slice(k, k + 3));
    f.add('pat=', pattern(s));
    f.add('ls=', info.light);
    f.add('al=', w !== s ? '1' : '0');
    const rd = info.readings;
    for (let k = 1; k < rd.length; k++) if (rd[k] !== s) f.add('r=', rd[k]);
  }
}
const P_PREFIX = ['', 'p1=', 'p2=', 'p3='];
const X_PREFIX = ['', 'x1=', 'x2=', 'x3=', 'x4='];

/** Which word value a context template reads. */
export type WordValue = 'norm' | 'stem' | 'light' | 'morph' | 'shape';
export type ContextTemplate = { kind: 'nb'; prefix: string; off: number; val: WordValue } | { kind: 'pair'; prefix: string; a: number; b: number; val: WordValue };

const nb = (prefix: string, off: number, val: WordValue): ContextTemplate => ({ kind: 'nb', prefix, off, val });
const pair = (prefix: string, a: number, b: number, val: WordValue): ContextTemplate => ({ kind: 'pair', prefix, a, b, val });

export const CONTEXT_TEMPLATES: readonly ContextTemplate[] = [
  nb('w-1=', -1, 'norm'),
  nb('w+1=', 1, 'norm'),
  nb('w-2=', -2, 'norm'),
  nb('w+2=', 2, 'norm'),
  nb('s-1=', -1, 'stem'),
  nb('s+1=', 1, 'stem'),
  nb('s-2=', -2, 'stem'),
  nb('s+2=', 2, 'stem'),
  pair('w-1w=', -1, 0, 'norm'),
  pair('ww+1=', 0, 1, 'norm'),
  pair('s-1s=', -1, 0, 'stem'),
  pair('ss+1=', 0, 1, 'stem'),
  pair('w-2-1=', -2, -1, 'norm'),
  nb('l-1=', -1, 'light'),
  nb('l+1=', 1, 'light'),
  nb('l-2=', -2, 'light'),
  nb('m-1=', -1, 'morph'),
  nb('m+1=', 1, 'morph'),
  pair('m-1m+1=', -1, 1, 'morph'),
  nb('sh-1=', -1, 'shape'),
  nb('sh+1=', 1, 'shape'),
];
/** Offsets the 'nb' templates read (the tagger caches one score vector per word and offset). */
export const NB_OFFSETS: readonly number[] = [-2, -1, 1, 2];
export const PAIR_TEMPLATES = CONTEXT_TEMPLATES.filter((t) => t.kind === 'pair') as readonly Extract<ContextTemplate, { kind: 'pair' }>[];

/** Value of word k of the sentence for a template (padding outside). */
export function valueAt(infos: readonly WordInfo[], k: number, val: WordValue): string {
  return k < 0 ? PAD_L : k >= infos.length ? PAD_R : infos[k][val];
}

const TCHAIN = ['', '1', '2', '3'];

/** Features of position i that are not a function of single words: sentence start, gazetteer, title chain. */
export function positionFeatures(infos: readonly WordInfo[], marks: GazMarks, i: number, f: FeatureSink): void {
  const n = infos.length;
  const { ids, count, bits, bitsHi, plain } = marks;
  if (i === 0) f.add('first');
  // Gazetteer marks of the token and its neighbours: MARK_PREFIXES[0 .. 4] = g=, g-1=, g+1=, g-2=, g+2=.
  for (let k = i * N_MARKS, e = k + count[i]; k < e; k++) addMark(f, 0, ids[k]);
  if (i > 0) for (let k = (i - 1) * N_MARKS, e = k + count[i - 1]; k < e; k++) addMark(f, 1, ids[k]);
  if (i + 1 < n) for (let k = (i + 1) * N_MARKS, e = k + count[i + 1]; k < e; k++) addMark(f, 2, ids[k]);
  if (i > 1 && bits[i - 2] & TITLE_BITS) for (let k = (i - 2) * N_MARKS, e = k + count[i - 2]; k < e; k++) if (isTitleMark(ids[k])) addMark(f, 3, ids[k]);
  if (i + 2 < n && bits[i + 2] & TITLE_BITS) for (let k = (i + 2) * N_MARKS, e = k + count[i + 2]; k < e; k++) if (isTitleMark(ids[k])) addMark(f, 4, ids[k]);
  // A title further left, over definite words and adjectives: الرئيس الفرنسي [جاك] ...,
  // وزير الدفاع الأمريكي [دونالد] ...
  for (let k = i - 1, steps = 1; k >= 0 && steps <= 4; k--, steps++) {
    if (bits[k] & TITLE_B_BITS) {
      f.add('tchain=', TCHAIN[Math.min(steps, 3)]);
      break;
    }
    // (plain[k]: infos[k].norm === infos[k].stem, filled with the marks.)
    if (plain[k] && !(bits[k] & TITLE_BITS)) break;
  }
  if (count[i]) {
    if (f.addMarkSet) f.addMarkSet(bits[i], bitsHi[i], infos[i].shape);
    else f.add('gw=', marksKey(bits[i], bitsHi[i]), infos[i].shape);
  }
}

/** All features of token i (the full definition, in order). */
export function tokenFeatures(infos: readonly WordInfo[], marks: GazMarks, i: number, f: FeatureSink): void {
  const n = infos.length;
  wordFeatures(infos[i], f);
  for (const t of CONTEXT_TEMPLATES) {
    if (t.kind === 'nb') {
      const k = i + t.off;
      f.add(t.prefix, k < 0 ? PAD_L : k >= n ? PAD_R : infos[k][t.val]);
    } else f.add(t.prefix, valueAt(infos, i + t.a, t.val), valueAt(infos, i + t.b, t.val));
  }
  positionFeatures(infos, marks, i, f);
}

/** Feature strings for every token of a sentence (before hashing). */
export function sentenceFeatureStrings(words: readonly string[], gaz: Gazetteer): string[][] {
  const infos = words.map(wordInfo);
  return featureStringsFromInfos(infos, gaz);
}

export function featureStringsFromInfos(infos: readonly WordInfo[], gaz: Gazetteer): string[][] {
  const marks = new GazMarks();
  findMarks(infos, gaz, marks);
  const out: string[][] = [];
  for (let i = 0; i < infos.length; i++) {
    const sink = new StringSink();
    tokenFeatures(infos, marks, i, sink);
    out.push(sink.out);
  }
  return out;
}

/** Hashed features for every token of a sentence. */
export function sentenceFeatures(words: readonly string[], gaz: Gazetteer): Uint32Array[] {
  return sentenceFeatureStrings(words, gaz).map((fs) => {
    const h = new Uint32Array(fs.length);
    for (let k = 0; k < fs.length; k++) h[k] = hashString(fs[k]);
    return h;
  });
}
