/**
 * Places from the gazetteer, with proclitics ("بموسكو") and multi-word names ("الولايات المتحدة"),
 * aliases merged to one canonical ("أمريكا" → "الولايات المتحدة"). Nationality adjectives are not
 * places ("الروسي"); a word that is both ("السعودية") is a place only where a place can stand.
 */
import { Claim, lineBreakBefore, offsetAfter, type Doc } from './doc.ts';
import { isMostlyWord } from './lexicon.ts';
import { normalizeWord } from './normalize.ts';

export interface PlaceMention {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  canonical: string;
  kind: string;
}

const PREPOSITIONS = new Set(['في', 'الي', 'من', 'مع', 'بين', 'عن', 'علي', 'تجاه', 'حول', 'لدي', 'داخل', 'خارج', 'نحو', 'عبر', 'ضد', 'وفي', 'والي', 'ومن', 'ومع', 'وبين', 'زار', 'وزار', 'غادر', 'وصل', 'دخل', 'و', 'او', 'حتي', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);

export function findPlaces(doc: Doc, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = doc.tokens;
  let i = from;
  while (i < to) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') {
      i++;
      continue;
    }
    const m = doc.res.places.matchAt(toks, i, true, 2);
    if (!m || !/^([وف]?[بلك]?)$/.test(m.clitic) || (m.to === i + 1 && toks[i].norm.length - m.skip < 3)) {
      i++;
      continue;
    }
    // A title's words are not places ("القائم بأعمال" is an office, not the town).
    const title = doc.res.titles.matchAt(toks, i, true);
    if (title && title.value.category !== 'honorific' && title.to >= m.to) {
      i = title.to;
      continue;
    }
    let free = true;
    for (let k = i; k < m.to; k++) if (doc.claimed[k] !== Claim.Free) free = false;
    if (!free) {
      i++;
      continue;
    }
    if (m.to === i + 1 && (isAdjectiveUse(doc, i, m.clitic) || (m.value.amb && isMostlyWord(toks[i].norm.slice(m.skip)) && !placeContext(doc, i)))) {
      i++;
      continue;
    }
    const start = offsetAfter(doc.text, toks[i], m.skip);
    const end = toks[m.to - 1].end;
    out.push({ from: i, to: m.to, start, end, text: doc.text.slice(start, end), canonical: m.value.canonical, kind: m.value.kind });
    for (let k = i; k < m.to; k++) doc.claimed[k] = Claim.Place;
    i = m.to;
  }
  return out;
}

/**
 * A word that is a place name and also a nationality adjective (السعودية، اللبنانية? no: only listed
 * ones) is an adjective after a noun it can qualify (الخارجية السعودية، العاصمة السعودية) and a place
 * after a preposition, a verb, a conjunction with a place, or at the start of a clause.
 */
function isAdjectiveUse(doc: Doc, i: number, clitic: string): boolean {
  const t = doc.tokens[i];
  const bare = clitic ? t.norm.slice(clitic.length) : t.norm;
  const nat = doc.res.nationalities.get(bare);
  if (!nat) return false;
  if (/[بلك]/.test(clitic)) return false;
  if (i === 0 || lineBreakBefore(doc, i)) return false;
  const prev = doc.tokens[i - 1];
  if (prev.kind === 'punct') return false;
  if (PREPOSITIONS.has(prev.norm)) return false;
  if (clitic === 'و' && doc.claimed[i - 1] === Claim.Place) return false;
  // After a definite noun or any noun: the adjective reading.
  return true;
}

/** Nouns that announce a place: "بلدتي عيتا الشعب والخيام"، "مدينة القائم". */
const PLACE_NOUNS = /^(و|ف|ب|ل)?(ال)?(بلد|بلده|بلدتي|بلدات|مدين|مدينه|مدينتي|مدن|قريه|قري|قريتي|محافظه|محافظتي|ولايه|منطقه|مناطق|مخيم|مخيمي|حي|احياء|اقليم|جزيره|ناحيه|قضاء|مركز|عاصمه|العاصمه)$/;

/** Context that makes a one-word ambiguous name a place: a place noun just before, or a place it is coordinated with. */
function placeContext(doc: Doc, i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    if (lineBreakBefore(doc, k + 1)) break;
    if (PLACE_NOUNS.test(doc.tokens[k].norm)) return true;
    if (doc.claimed[k] === Claim.Place && doc.tokens[i].norm.startsWith('و')) return true;
  }
  return false;
}

/** Head words that name a kind of place: "قطاع غزة" is "غزة" with its head. */
const PLACE_HEADS = new Set(['قطاع', 'اقليم', 'مدينه', 'محافظه', 'ولايه', 'منطقه', 'جزيره', 'جزر', 'مقاطعه', 'بلده', 'قريه', 'مخيم', 'ميناء', 'العاصمه'].map(normalizeWord));

/** The canonical without a place-kind head ("قطاع غزة" → "غزة"), or null. */
export function withoutHead(canonical: string): string | null {
  const words = normalizeWord(canonical).split(' ');
  if (words.length >= 2 && PLACE_HEADS.has(words[0])) return words.slice(1).join(' ');
  return null;
}
