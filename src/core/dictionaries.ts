/**
 * The entity engine's dictionaries, loaded from the compact JSON in ./data (built by scripts/build-dictionaries.ts
 * from ../shared/data and data/curated; see docs/DATA.md for sources and licences).
 *
 * `getDictionaries()` builds the normalised phrase indexes once, lazily, and returns the same object afterwards.
 * Keys are normalised exactly like the text the engine tokenises (normalize() + tokenize()), so a dictionary
 * phrase such as "أوبك+" or "أ ف ب" matches the token sequence it produces in an article.
 *
 * Ambiguity is kept, not resolved: when several entries share a normalised name (عمان = Oman / عمّان,
 * طرابلس = Tripoli of Libya / of Lebanon, "حزب العدالة والتنمية" in Turkey and Morocco), the index holds the
 * preferred entry and `others` lists the remaining readings; `ambiguous` marks names that are also ordinary
 * words or first names (صور، الخليل، الأهلي، العربية ...), for which the engine should require context.
 */
import placesJson from './data/places.json';
import nationalitiesJson from './data/nationalities.json';
import orgsJson from './data/orgs.json';
import titlesJson from './data/titles.json';
import namesJson from './data/names.json';
import { normalizeWord } from './normalize.ts';
import { PhraseIndex } from './phrases.ts';
import { tokenize } from './tokenize.ts';

export type PlaceKind = 'country' | 'capital' | 'city' | 'region' | 'governorate' | 'continent' | 'landmark' | 'district';
export type OrgKind =
  | 'un' | 'alliance' | 'intergov' | 'ministry' | 'party' | 'movement' | 'company' | 'bank' | 'agency' | 'media'
  | 'court' | 'parliament' | 'military' | 'sports' | 'university' | 'ngo' | 'other';
export type TitleCategory =
  | 'head_of_state' | 'monarch' | 'government' | 'minister' | 'diplomatic' | 'legislature' | 'regional' | 'military'
  | 'military_rank' | 'security' | 'judicial' | 'religious' | 'corporate' | 'organization' | 'party' | 'other'
  | 'honorific' | 'counterpart' | 'plural';

/** Raw rows as stored in the JSON (the contract with scripts/build-dictionaries.ts). */
export type PlaceRow = [name: string, canonical: string, kind: PlaceKind, iso2: string, amb?: number];
export type NationalityRow = [adjective: string, countryCanonical: string];
export type OrgRow = [name: string, canonical: string, kind: OrgKind, amb?: number];
export type TitleRow = [title: string, category: TitleCategory];
export interface NamesData {
  first: string[];
  firstFemale: string[];
  /** First names that are also frequent ordinary words (أمل، نور، سلام ...): use only with stronger evidence. */
  firstAmbiguous: string[];
  particles: string[];
  /** [fullName, role, ...aliases] */
  known: string[][];
}

export const placeRows = placesJson as unknown as readonly PlaceRow[];
export const nationalityRows = nationalitiesJson as unknown as readonly NationalityRow[];
export const orgRows = orgsJson as unknown as readonly OrgRow[];
export const titleRows = titlesJson as unknown as readonly TitleRow[];
export const namesData = namesJson as unknown as Readonly<NamesData>;

export interface PlaceEntry {
  /** As written in the dictionary (with hamza, shadda ...). */
  name: string;
  canonical: string;
  kind: PlaceKind;
  /** ISO 3166-1 alpha-2 of the country it belongs to; null for continents, seas and cross-border regions. */
  iso2: string | null;
  /** Also an ordinary word or a first name: needs context. */
  ambiguous: boolean;
  /** Other readings of the same normalised name (empty for most). */
  others: PlaceEntry[];
}

export interface NationalityEntry {
  adjective: string;
  /** Canonical of the place it relates to (a country, or أوروبا، الوطن العربي ...). */
  country: string;
  iso2: string | null;
  /** The adjective is also written like a place name (السعودية، تشيلي): the engine decides by context. */
  alsoPlace: boolean;
  others: NationalityEntry[];
}

export interface OrgEntry {
  name: string;
  canonical: string;
  kind: OrgKind;
  /** Also an ordinary word (الأهلي، العربية، الجزيرة ...): needs context. */
  ambiguous: boolean;
  others: OrgEntry[];
}

export interface TitleEntry {
  title: string;
  category: TitleCategory;
  /** A role (false for honorifics, counterpart words and plural/dual forms). */
  isRole: boolean;
}

export interface KnownPerson {
  name: string;
  /** Best-known role as a headline would write it: a fallback, the article's own role wins. */
  role: string;
  aliases: string[];
}

export interface KnownMatch {
  person: KnownPerson;
  /** The phrase matched is the full name (not an alias or a surname alone). */
  full: boolean;
  /** Several people share this alias (e.g. a surname): `person` is the first listed. */
  others: KnownPerson[];
}

export interface Dictionaries {
  places: PhraseIndex<PlaceEntry>;
  nationalities: PhraseIndex<NationalityEntry>;
  orgs: PhraseIndex<OrgEntry>;
  titles: PhraseIndex<TitleEntry>;
  known: PhraseIndex<KnownMatch>;
  /** Normalised first names (male or unmarked), female first names, ambiguous ones, name particles. */
  firstNames: Set<string>;
  femaleFirstNames: Set<string>;
  ambiguousFirstNames: Set<string>;
  particles: Set<string>;
  /** The primary entry of each canonical place / org, keyed by the canonical as written (عُمان ≠ عمّان). */
  placeByCanonical: Map<string, PlaceEntry>;
  orgByCanonical: Map<string, OrgEntry>;
  /** Country canonical by ISO code. */
  countryByIso2: Map<string, string>;
  knownPeople: KnownPerson[];
  /** Milliseconds spent building (for reporting). */
  buildMs: number;
}

/**
 * A Set of words with a bit table in front of has(): the rules ask whether a word is a first name about
 * a thousand times per article, nearly always of words that are not, and the Set's own table (thousands
 * of entries) is seldom in the processor's caches by then. A clear bit (a hash of the word's length and
 * of three of its code units) answers "no" from 8 KB; otherwise the Set answers.
 */
export class WordSet extends Set<string> {
  private readonly bits = new Int32Array(1 << 11);
  constructor(words?: Iterable<string>) {
    super();
    if (words) for (const w of words) this.add(w);
  }
  override add(w: string): this {
    const h = wordBitsHash(w);
    this.bits[h >>> 5] |= 1 << (h & 31);
    return super.add(w);
  }
  override has(w: string): boolean {
    const h = wordBitsHash(w);
    return (this.bits[h >>> 5] & (1 << (h & 31))) !== 0 && super.has(w);
  }
}

/** 16 bits of a word: its length and its first, second and last code units. */
function wordBitsHash(w: string): number {
  const n = w.length;
  if (n === 0) return 0;
  let h = Math.imul(n ^ 0x9e37, 0x01000193);
  h = Math.imul(h ^ w.charCodeAt(0), 0x01000193);
  h = Math.imul(h ^ w.charCodeAt(n > 1 ? 1 : 0), 0x01000193);
  h = Math.imul(h ^ w.charCodeAt(n - 1), 0x01000193);
  return (h ^ (h >>> 16)) & 0xffff;
}

/** The key a phrase gets in an index: its tokens' normalised forms, space-separated (as the matcher sees them). */
export function phraseKey(phrase: string): string {
  const n = normalizeWord(phrase);
  // Fast path: letters and single spaces only tokenise to exactly the normalised words.
  if (PLAIN.test(n)) return n;
  return tokenize(phrase).tokens.map((t) => t.norm).join(' ');
}
const PLAIN = /^[\u0621-\u064A]+( [\u0621-\u064A]+)*$/;

const NOT_ROLES = new Set<TitleCategory>(['honorific', 'counterpart', 'plural']);

/** Adds an entry; a second entry under the same key joins the first one's `others`. */
function addWithOthers<T extends { others: T[] }>(index: PhraseIndex<T>, phrase: string, entry: T): void {
  const k = phraseKey(phrase);
  if (!k) return;
  const prev = index.getNormalized(k);
  if (prev) prev.others.push(entry);
  else index.addNormalized(k, entry);
  // Kurdish outlets write كوردستان، الكوردستاني، الكورد for كردستان، الكردستاني، الكرد: the same entries.
  if (k.includes('كرد')) {
    const v = k.replace(/كرد/g, 'كورد');
    if (!index.getNormalized(v)) index.addNormalized(v, entry);
  }
}

let cached: Dictionaries | null = null;

/** The dictionaries, built on first use. */
export function getDictionaries(): Dictionaries {
  if (cached) return cached;
  const steps = buildDictionaries();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The dictionaries as a generator that yields every few hundred entries, so a page can build them in
 * slices (the engine's annotateInSlices drives it); returns at once when they are built.
 */
export function* dictionariesInSteps(): Generator<void, Dictionaries> {
  if (cached) return cached;
  return yield* buildDictionaries();
}

const STEP = 400;

function* buildDictionaries(): Generator<void, Dictionaries> {
  const t0 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  let n = 0;

  const places = new PhraseIndex<PlaceEntry>();
  const placeByCanonical = new Map<string, PlaceEntry>();
  const countryByIso2 = new Map<string, string>();
  for (const [name, canonical, kind, iso2, amb] of placeRows) {
    const entry: PlaceEntry = { name, canonical, kind, iso2: iso2 || null, ambiguous: amb === 1, others: [] };
    addWithOthers(places, name, entry);
    const prev = placeByCanonical.get(canonical);
    if (!prev || (prev.name !== canonical && name === canonical)) placeByCanonical.set(canonical, entry);
    if (kind === 'country' && iso2 && !countryByIso2.has(iso2)) countryByIso2.set(iso2, canonical);
    if (++n % STEP === 0) yield;
  }

  const nationalities = new PhraseIndex<NationalityEntry>();
  for (const [adjective, country] of nationalityRows) {
    const place = placeByCanonical.get(country);
    const entry: NationalityEntry = {
      adjective,
      country,
      iso2: place?.iso2 ?? null,
      alsoPlace: places.getNormalized(phraseKey(adjective)) !== undefined,
      others: [],
    };
    addWithOthers(nationalities, adjective, entry);
    if (++n % STEP === 0) yield;
  }

  const orgs = new PhraseIndex<OrgEntry>();
  const orgByCanonical = new Map<string, OrgEntry>();
  for (const [name, canonical, kind, amb] of orgRows) {
    const entry: OrgEntry = { name, canonical, kind, ambiguous: amb === 1, others: [] };
    addWithOthers(orgs, name, entry);
    const prev = orgByCanonical.get(canonical);
    if (!prev || (prev.name !== canonical && name === canonical)) orgByCanonical.set(canonical, entry);
    if (++n % STEP === 0) yield;
  }

  const titles = new PhraseIndex<TitleEntry>();
  for (const [title, category] of titleRows) {
    titles.addNormalized(phraseKey(title), { title, category, isRole: !NOT_ROLES.has(category) });
    if (++n % STEP === 0) yield;
  }

  const known = new PhraseIndex<KnownMatch>();
  const knownPeople: KnownPerson[] = [];
  for (const [name, role, ...aliases] of namesData.known) {
    const person: KnownPerson = { name, role, aliases };
    knownPeople.push(person);
    for (const [phrase, full] of [[name, true], ...aliases.map((a) => [a, false] as const)] as const) {
      const k0 = phraseKey(phrase);
      if (!k0) continue;
      // "عبد الله" and "عبدالله" are one name however it is written.
      const spellings = new Set([k0, k0.replace(/(^| )عبد ال/g, '$1عبدال'), k0.replace(/(^| )عبدال/g, '$1عبد ال')]);
      for (const k of spellings) {
        const prev = known.getNormalized(k);
        if (!prev) known.addNormalized(k, { person, full, others: [] });
        else if (prev.person !== person) prev.others.push(person);
      }
    }
    if (++n % STEP === 0) yield;
  }

  const norm = (xs: readonly string[]) => new Set(xs.map((x) => normalizeWord(x)).filter(Boolean));
  const names = (xs: readonly string[]) => new WordSet(xs.map((x) => normalizeWord(x)).filter(Boolean));
  const t1 = typeof performance !== 'undefined' ? performance.now() : Date.now();
  yield;
  cached = {
    places,
    nationalities,
    orgs,
    titles,
    known,
    // Women's first names open names as men's do ("سارة الزعفراني"، "نادية الإدريسي"); the female list is
    // also kept apart for whoever needs the gender.
    firstNames: names([...namesData.first, ...namesData.firstFemale]),
    femaleFirstNames: norm(namesData.firstFemale),
    ambiguousFirstNames: norm(namesData.firstAmbiguous),
    particles: norm(namesData.particles),
    placeByCanonical,
    orgByCanonical,
    countryByIso2,
    knownPeople,
    buildMs: t1 - t0,
  };
  return cached;
}

/**
 * Convenience for tests and tools: the longest entry of `index` at the start of `text` (proclitics allowed on
 * the first word), or null. The engine itself matches over the article's tokens with PhraseIndex.matchAt.
 */
export function lookupAt<V>(index: PhraseIndex<V>, text: string): V | null {
  const { tokens } = tokenize(text);
  return index.matchAt(tokens, 0)?.value ?? null;
}
