/**
 * Feature extraction for the name tagger, shared by training (scripts/train-tagger.ts) and tagging.
 *
 * Every feature is a string hashed to 32 bits (FNV-1a over UTF-16 code units); the model stores only
 * hashes. Words are normalised with normalizeWord and read through the proclitic analyses of
 * tokenize.ts, so "وبغداد", "لبغداد" and "بغداد" share their stem features.
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
  return { norm, stem, readings, shape: wordShape(norm) };
}

/**
 * Gazetteer marks per token: for each token, a list of "class:B|I" strings for every dictionary
 * phrase covering it (the first word of a phrase may carry proclitics).
 */
export function gazetteerMarks(infos: readonly WordInfo[], gaz: Gazetteer): string[][] {
  const marks: string[][] = infos.map(() => []);
  const n = infos.length;
  for (let i = 0; i < n; i++) {
    for (const first of infos[i].readings) {
      let phrase = first;
      for (let len = 1; len <= gaz.maxLen && i + len <= n; len++) {
        if (len > 1) phrase += ' ' + infos[i + len - 1].norm;
        const m = gaz.lookup(hashString(phrase));
        if (!m) continue;
        for (let c = 0; c < GAZ_CLASSES.length; c++) {
          if (!(m & (1 << c))) continue;
          const name = GAZ_CLASSES[c];
          const multi = len > 1 ? 'M' : 'S';
          pushUnique(marks[i], name + ':B' + multi);
          for (let k = i + 1; k < i + len; k++) pushUnique(marks[k], name + ':I');
        }
      }
    }
  }
  return marks;
}

function pushUnique(a: string[], s: string): void {
  if (!a.includes(s)) a.push(s);
}

/** Morphological skeleton: affix letters kept, other (root) letters → C. "مستشفي" → "مستCCي". */
const AFFIX_LETTERS = new Set('اويمتنسهءلا');
export function pattern(s: string): string {
  let out = '';
  for (const ch of s) out += AFFIX_LETTERS.has(ch) ? ch : 'C';
  return out;
}

/** Coarse morphology of a neighbour: article + ending class (nisba ي/يه, ه, plural), or its shape. */
function morph(infos: readonly WordInfo[], k: number): string {
  if (k < 0) return '<s>';
  if (k >= infos.length) return '</s>';
  const { norm, stem, shape } = infos[k];
  if (shape !== 'ar') return shape;
  const al = norm !== stem ? 'al' : '';
  const end = /يين$|يون$/.test(stem) ? 'ipl' : /(ين|ون|ات)$/.test(stem) ? 'pl' : /يه$/.test(stem) ? 'iya' : /ي$/.test(stem) ? 'i' : /ه$/.test(stem) ? 'a' : '-';
  return al + '|' + end;
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

const PAD_L = '<s>';
const PAD_R = '</s>';

/** Feature strings for every token of a sentence (before hashing). */
export function sentenceFeatureStrings(words: readonly string[], gaz: Gazetteer): string[][] {
  const infos = words.map(wordInfo);
  return featureStringsFromInfos(infos, gaz);
}

export function featureStringsFromInfos(infos: readonly WordInfo[], gaz: Gazetteer): string[][] {
  const n = infos.length;
  const marks = gazetteerMarks(infos, gaz);
  const W = (k: number) => (k < 0 ? PAD_L : k >= n ? PAD_R : infos[k].norm);
  const S = (k: number) => (k < 0 ? PAD_L : k >= n ? PAD_R : infos[k].stem);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const { norm: w, stem: s, shape } = infos[i];
    const f: string[] = ['b', 'w=' + w, 's=' + s, 'sh=' + shape];
    if (shape === 'ar') {
      const L = s.length;
      f.push('len=' + Math.min(L, 9));
      for (let k = 1; k <= 3 && k < L; k++) f.push('p' + k + '=' + s.slice(0, k));
      for (let k = 1; k <= 4 && k < L; k++) f.push('x' + k + '=' + s.slice(L - k));
      if (w !== s) f.push('cl=' + w.slice(0, w.length - s.length));
      const b = '^' + s + '$';
      for (let k = 0; k + 3 <= b.length; k++) f.push('c3=' + b.slice(k, k + 3));
      f.push('pat=' + pattern(s), 'ls=' + lightStem(s));
      f.push('al=' + (w !== s ? 1 : 0));
      const rd = infos[i].readings;
      for (let k = 1; k < rd.length; k++) if (rd[k] !== s) f.push('r=' + rd[k]);
    }
    f.push('w-1=' + W(i - 1), 'w+1=' + W(i + 1), 'w-2=' + W(i - 2), 'w+2=' + W(i + 2));
    f.push('s-1=' + S(i - 1), 's+1=' + S(i + 1), 's-2=' + S(i - 2), 's+2=' + S(i + 2));
    f.push('w-1w=' + W(i - 1) + '|' + w, 'ww+1=' + w + '|' + W(i + 1));
    f.push('s-1s=' + S(i - 1) + '|' + s, 'ss+1=' + s + '|' + S(i + 1));
    f.push('w-2-1=' + W(i - 2) + '|' + W(i - 1));
    f.push('l-1=' + (i > 0 ? lightStem(infos[i - 1].stem) : PAD_L), 'l+1=' + (i + 1 < n ? lightStem(infos[i + 1].stem) : PAD_R), 'l-2=' + (i > 1 ? lightStem(infos[i - 2].stem) : PAD_L));
    f.push('m-1=' + morph(infos, i - 1), 'm+1=' + morph(infos, i + 1), 'm-1m+1=' + morph(infos, i - 1) + '|' + morph(infos, i + 1));
    f.push('sh-1=' + (i > 0 ? infos[i - 1].shape : PAD_L), 'sh+1=' + (i + 1 < n ? infos[i + 1].shape : PAD_R));
    if (i === 0) f.push('first');
    for (const m of marks[i]) f.push('g=' + m);
    if (i > 0) for (const m of marks[i - 1]) f.push('g-1=' + m);
    if (i + 1 < n) for (const m of marks[i + 1]) f.push('g+1=' + m);
    if (i > 1) for (const m of marks[i - 2]) if (m.startsWith('title')) f.push('g-2=' + m);
    if (i + 2 < n) for (const m of marks[i + 2]) if (m.startsWith('title')) f.push('g+2=' + m);
    // A title further left, over definite words and adjectives: الرئيس الفرنسي [جاك] ...,
    // وزير الدفاع الأمريكي [دونالد] ...
    for (let k = i - 1, steps = 1; k >= 0 && steps <= 4; k--, steps++) {
      if (marks[k].some((m) => m.startsWith('title:B'))) {
        f.push('tchain=' + Math.min(steps, 3));
        break;
      }
      if (infos[k].norm === infos[k].stem && !marks[k].some((m) => m.startsWith('title'))) break;
    }
    if (marks[i].length) f.push('gw=' + marks[i].slice().sort().join(',') + '|' + shape);
    out.push(f);
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
