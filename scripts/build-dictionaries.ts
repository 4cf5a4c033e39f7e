/**
 * Builds the entity engine's dictionaries: src/core/data/{places,nationalities,orgs,titles,names}.json.
 *
 * Inputs:
 *   ../shared/data/gazetteers/   countries (MIT + ODbL), world cities (CC BY 4.0), first names (MIT + ISC),
 *                                the title seed list (ours). The derived_*_from_gold_train lists (CC BY-SA) are
 *                                read only to print a coverage report; nothing from them is written.
 *   data/curated/*.tsv           hand-curated lists (ours, MPL-2.0 with the project).
 * Output: compact JSON (arrays of arrays), committed, so a clone without ../shared builds and tests.
 *
 * Run: npm run dicts   (or npx tsx scripts/build-dictionaries.ts)
 * Formats (a contract with the engine, see src/core/dictionaries.ts and docs/DATA.md):
 *   places.json         [name, canonical, kind, iso2, amb?]       amb = 1: also a common word / first name
 *   nationalities.json  [adjective, countryCanonical]
 *   orgs.json           [name, canonical, kind, amb?]
 *   titles.json         [title, category]
 *   names.json          { first, firstFemale, firstAmbiguous, particles, known: [fullName, role, ...aliases][] }
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { normalizeWord } from '../src/core/normalize.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared/data/gazetteers');
const CURATED = join(ROOT, 'data/curated');
const OUT = join(ROOT, 'src/core/data');

const PLACE_KINDS = new Set(['country', 'capital', 'city', 'region', 'governorate', 'continent', 'landmark', 'district']);
const ORG_KINDS = new Set(['un', 'alliance', 'intergov', 'ministry', 'party', 'movement', 'company', 'bank', 'agency', 'media', 'court', 'parliament', 'military', 'sports', 'university', 'ngo', 'other']);
const TITLE_CATEGORIES = new Set([
  'head_of_state', 'monarch', 'government', 'minister', 'diplomatic', 'legislature', 'regional', 'military', 'military_rank',
  'security', 'judicial', 'religious', 'corporate', 'organization', 'party', 'honorific', 'counterpart', 'plural', 'other',
]);
/** Member states of the Arab League: their places are hand-curated, never taken from the noisy world-cities list. */
const ARAB = new Set(['DZ', 'BH', 'KM', 'DJ', 'EG', 'IQ', 'JO', 'KW', 'LB', 'LY', 'MR', 'MA', 'OM', 'PS', 'QA', 'SA', 'SO', 'SD', 'SY', 'TN', 'AE', 'YE', 'EH']);
/** ISO entries that are not sovereign states: kind 'region'. */
const TERRITORIES = new Set(('AI AQ AS AW AX BL BM BQ BV CC CK CW CX EH FK FO GF GG GI GL GP GS GU HK HM IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR RE SH SJ SX TC TF TK UM VG VI WF YT').split(' '));

let warnings = 0;
function warn(msg: string): void {
  warnings++;
  console.warn('warn: ' + msg);
}

/** Rows of a TSV: '#' lines are comments, the first other line is the header (returned separately). */
function readTsv(path: string): { header: string[]; rows: string[][] } {
  const lines = readFileSync(path, 'utf8').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: string[][] = [];
  for (const line of lines) {
    if (!line.trim() || line.startsWith('#')) continue;
    const cells = line.split('\t').map((c) => c.trim());
    if (!header) header = cells;
    else rows.push(cells);
  }
  return { header: header ?? [], rows };
}

function curated(name: string): string[][] {
  return readTsv(join(CURATED, name)).rows;
}

const key = (s: string) => normalizeWord(s);
const PERSIAN = /[\u067E\u0686\u0698\u06A9\u06AF\u06CC\u06A4]/;
const ARABIC_WORD = /^[\u0621-\u064A\u0670\u0671\u064B-\u0652 ]+$/;

// ---------------------------------------------------------------------------------------------------
// Shared inputs
// ---------------------------------------------------------------------------------------------------
if (!existsSync(SHARED)) {
  console.error(`missing ${SHARED}: the dictionaries are built from ../shared/data (the committed JSON stays valid)`);
  process.exit(1);
}
mkdirSync(OUT, { recursive: true });

// First names: used by the place filter (a city that is also a first name is dropped) and by names.json.
const firstRows = readTsv(join(SHARED, 'person_first_names_ar.tsv')).rows;
const firstNameKeys = new Set(firstRows.map((r) => key(r[0])));

// ---------------------------------------------------------------------------------------------------
// Places
// ---------------------------------------------------------------------------------------------------
type PlaceRow = [string, string, string, string, number?];
const places: PlaceRow[] = [];
const placeSeen = new Map<string, PlaceRow[]>(); // normalised name → rows

function addPlace(name: string, canonical: string, kind: string, iso2: string, amb = false, source = ''): boolean {
  name = name.trim();
  if (!name || !canonical) return false;
  if (!PLACE_KINDS.has(kind)) {
    warn(`place kind '${kind}' for ${name} (${source})`);
    return false;
  }
  const k = key(name);
  const prev = placeSeen.get(k) ?? [];
  // Same key, same canonical: a spelling variant already present (غزة/غزه); keep the first. Canonicals are
  // compared as written: عُمان (Oman) and عمّان (Amman) normalise alike but are two places.
  if (prev.some((p) => p[1] === canonical)) return false;
  const row: PlaceRow = amb ? [name, canonical, kind, iso2, 1] : [name, canonical, kind, iso2];
  prev.push(row);
  placeSeen.set(k, prev);
  places.push(row);
  return true;
}

// Stoplist: names never taken from the automatic sources (common words, first names, mis-links).
const placeStop = new Set(curated('places_stoplist.tsv').map((r) => key(r[0])));

// Countries: canonical per ISO code from the curated file (flag 'canon'), else the i18n-iso-countries name.
const countryRows = readTsv(join(SHARED, 'countries_ar.tsv')).rows;
const curatedCountries = curated('places_countries.tsv'); // name canonical kind iso2 flags
const countryCanon = new Map<string, string>();
for (const r of countryRows) countryCanon.set(r[0], r[3]);
for (const [name, , kind, iso2, flags = ''] of curatedCountries) {
  if (kind === 'country' && flags.split(',').includes('canon')) countryCanon.set(iso2, name);
}
const canonOf = (iso2: string) => {
  const c = countryCanon.get(iso2);
  if (!c) throw new Error('no country ' + iso2);
  return c;
};
/** All normalised country names → iso2, to keep cities from taking a country's name. */
const countryKeys = new Map<string, string>();

// Curated country rows first (the canonical, then aliases), then the dataset's names.
for (const [name, canonical, kind, iso2, flags = ''] of curatedCountries) {
  const fl = flags.split(',');
  if (kind === 'country') {
    addPlace(name, canonical || canonOf(iso2), TERRITORIES.has(iso2) ? 'region' : 'country', iso2, fl.includes('amb'), 'curated countries');
    countryKeys.set(key(name), iso2);
  } else addPlace(name, canonical || name, kind, iso2, fl.includes('amb'), 'curated countries');
}
for (const r of countryRows) {
  const [iso2, , , i18n, common, official] = r;
  const kind = TERRITORIES.has(iso2) ? 'region' : 'country';
  for (const n of [i18n, common, official]) {
    if (!n || n.includes('(') || n.split(' ').length > 6 || !ARABIC_WORD.test(n)) continue;
    if (placeStop.has(key(n))) continue;
    addPlace(n, canonOf(iso2), kind, iso2, false, 'countries_ar');
    countryKeys.set(key(n), iso2);
  }
}

// Hand-curated places (capitals, Arab administrative divisions and towns, world regions, seas, landmarks).
for (const file of readdirSync(CURATED).filter((f) => f.startsWith('places_') && f.endsWith('.tsv')).sort()) {
  if (file === 'places_countries.tsv' || file === 'places_stoplist.tsv') continue;
  for (const [name, canonical, kind, iso2 = '', flags = ''] of curated(file)) {
    if (iso2 && !countryCanon.has(iso2)) warn(`unknown iso2 ${iso2} for ${name} in ${file}`);
    addPlace(name, canonical || name, kind, iso2, flags.split(',').includes('amb'), file);
  }
}

// World cities (CC BY 4.0): outside the Arab world, above a population threshold, with the bad rows dropped.
const CITY_MIN_POP = 400_000;
const cityRows = readTsv(join(SHARED, 'world_cities_ar.tsv')).rows;
const enToIso = new Map<string, string>();
for (const r of countryRows) enToIso.set(r[2], r[0]);
const CITY_EN_ALIASES: Record<string, string> = {
  'Hong Kong S.A.R.': 'HK', 'Czech Republic': 'CZ', 'Russia': 'RU', 'Turkey': 'TR', 'Vietnam': 'VN', 'Ivory Coast': 'CI',
  'Democratic Republic of the Congo': 'CD', 'Republic of Congo': 'CG', 'Republic of the Congo': 'CG', 'East Timor': 'TL',
  'Macedonia': 'MK', 'Swaziland': 'SZ', 'The Bahamas': 'BS', 'Gambia': 'GM', 'Myanmar': 'MM', 'Palestine': 'PS',
  'United Republic of Tanzania': 'TZ', 'Tanzania': 'TZ', 'Republic of Serbia': 'RS', 'South Korea': 'KR', 'North Korea': 'KP',
  'Guinea Bissau': 'GW', 'Cape Verde': 'CV', 'Curacao': 'CW', 'Macau S.A.R': 'MO',
};
const BAD_CITY = /جامعة|ملعب|مطار|مستشف|إدارة|ادارة|مركز|معتقل|بلدية|ناحية|مجلس|ضاحية|مقاطعة|الإمبراطور|أسماك|محافظة|ولاية|منطقة|إقليم|قضاء|جزيرة|نهر|بحر|جبل|،|,|-|\.|[0-9]/;
let cityKept = 0;
const cityDropped: Record<string, number> = {};
const drop = (why: string) => (cityDropped[why] = (cityDropped[why] ?? 0) + 1);
for (const [countryEn, , , cityAr, pop, flag] of cityRows) {
  const iso2 = enToIso.get(countryEn) ?? CITY_EN_ALIASES[countryEn];
  if (!iso2) {
    drop('unknown country');
    continue;
  }
  if (ARAB.has(iso2)) continue; // curated by hand
  if (Number(pop) < CITY_MIN_POP) continue;
  // (A city filed under its province's name, "ولاية قهرمان مرعش": the name without the administrative word.)
  const adminPrefix = flag === 'admin-prefix' && /^(?:ولاية|محافظة|منطقة|مقاطعة|إقليم) \S/.test(cityAr);
  const name = cityAr.normalize('NFC').replace(/[\u064B-\u0652]/g, '').replace(adminPrefix ? /^\S+ / : /^$/, '').trim();
  const k = key(name);
  if (flag && !adminPrefix) drop('flagged ' + flag);
  else if (PERSIAN.test(name) || !ARABIC_WORD.test(name)) drop('not plain Arabic');
  else if (BAD_CITY.test(name)) drop('admin/facility word');
  else if (placeStop.has(k)) drop('stoplist');
  else if (firstNameKeys.has(k)) drop('first name');
  else if (k.replace(/ /g, '').length <= 3) drop('too short');
  else if (countryKeys.has(k)) drop('a country name');
  else if (placeSeen.has(k)) drop('already listed');
  else if (addPlace(name, name, 'city', iso2, false, 'world_cities')) cityKept++;
}

// A place named "أبو …" is "أبي …" after a preposition or a noun in construct ("قضاء أبي الخصيب"، "في أبي غريب"):
// the genitive names the same place.
for (const [name, canonical, kind, iso2, amb] of [...places]) {
  const m = /^(أبو|ابو) (.+)$/.exec(name);
  if (m && !placeSeen.has(key('أبي ' + m[2]))) addPlace('أبي ' + m[2], canonical, kind, iso2, amb === 1, 'genitive');
}

// ---------------------------------------------------------------------------------------------------
// Nationalities: stems inflected regularly (ـي ـية ـيون ـيين, with and without ال) + irregular forms.
// ---------------------------------------------------------------------------------------------------
const nationalities: [string, string][] = [];
const natSeen = new Set<string>();
function addNat(adj: string, target: string): void {
  const k = key(adj) + '|' + key(target);
  if (natSeen.has(k)) return;
  natSeen.add(k);
  nationalities.push([adj, target]);
}
/** The inflections of one relational adjective written ـي: روسي → روسية، روسيون، روسيين، الروسي ... */
function inflect(masc: string): string[] {
  if (!masc.endsWith('ي')) return [masc];
  const forms = [masc, masc.slice(0, -1) + 'ية', masc + 'ون', masc + 'ين', masc.slice(0, -1) + 'يات'];
  return forms;
}
const withArticle = (w: string) => 'ال' + w;
const placeCanonicals = new Set(places.map((p) => key(p[1])));
for (const [stem, target, irregular = '', noRegular = ''] of curated('nationalities.tsv')) {
  const canonical = countryCanon.get(target) ?? target;
  if (!placeCanonicals.has(key(canonical))) warn(`nationality ${stem} → ${canonical}: not a place canonical`);
  const words = stem.split(' ');
  if (noRegular !== 'irregular-only') {
    // Multi-word stems (كوري شمالي): inflect every word in step, the article on every word.
    const perWord = words.map(inflect);
    for (let f = 0; f < perWord[0].length; f++) {
      const bare = perWord.map((forms) => forms[Math.min(f, forms.length - 1)]);
      addNat(bare.join(' '), canonical);
      addNat(bare.map(withArticle).join(' '), canonical);
    }
  }
  for (const irr of irregular.split(';').map((s) => s.trim()).filter(Boolean)) addNat(irr, canonical);
}

// ---------------------------------------------------------------------------------------------------
// Organizations
// ---------------------------------------------------------------------------------------------------
type OrgRow = [string, string, string, number?];
const orgs: OrgRow[] = [];
const orgSeen = new Map<string, string[]>();
for (const file of readdirSync(CURATED).filter((f) => f.startsWith('orgs_') && f.endsWith('.tsv')).sort()) {
  for (const [name, canonical, kind, flags = ''] of curated(file)) {
    if (!ORG_KINDS.has(kind)) {
      warn(`org kind '${kind}' for ${name} in ${file}`);
      continue;
    }
    const canon = canonical || name;
    const k = key(name);
    const prev = orgSeen.get(k) ?? [];
    if (prev.includes(key(canon))) continue;
    if (prev.length) warn(`org '${name}' has several canonicals: ${[...prev, key(canon)].join(' / ')} (kept, first preferred)`);
    prev.push(key(canon));
    orgSeen.set(k, prev);
    orgs.push(flags.split(',').includes('amb') ? [name, canon, kind, 1] : [name, canon, kind]);
  }
}
const orgCanonicals = new Set(orgs.map((o) => o[1]));

// ---------------------------------------------------------------------------------------------------
// Titles: the seed list (ours) + curated additions.
// ---------------------------------------------------------------------------------------------------
const titles: [string, string][] = [];
const titleSeen = new Map<string, string>();
function addTitle(t: string, cat: string, source: string): void {
  if (!TITLE_CATEGORIES.has(cat)) {
    warn(`title category '${cat}' for ${t} (${source})`);
    return;
  }
  const k = key(t);
  if (titleSeen.has(k)) {
    if (titleSeen.get(k) !== cat && source !== 'seed') warn(`title ${t}: ${titleSeen.get(k)} vs ${cat} (${source}); first kept`);
    return;
  }
  titleSeen.set(k, cat);
  titles.push([t, cat]);
}
// Curated first: it refines some seed categories (e.g. the seed files الشيخ under honorific; we agree).
for (const [t, cat] of curated('titles.tsv')) {
  if (cat !== 'portfolio') {
    addTitle(t, cat, 'curated');
    continue;
  }
  // A ministerial portfolio P: وزير P، وزيرة P، نائب وزير P؛ construct form (وزير خارجية + country) for a
  // one-word P with ال; plural/dual forms (وزراء P، وزيرا P).
  for (const head of ['وزير', 'وزيرة', 'نائب وزير', 'نائبة وزير', 'وزير الدولة لشؤون']) {
    if (head === 'وزير الدولة لشؤون' && t !== 'الخارجية' && t !== 'الدفاع' && t !== 'الاستثمار') continue;
    addTitle(`${head} ${t}`, 'minister', 'portfolio');
  }
  if (t.startsWith('ال') && !t.includes(' ')) {
    addTitle(`وزير ${t.slice(2)}`, 'minister', 'portfolio');
    addTitle(`وزيرة ${t.slice(2)}`, 'minister', 'portfolio');
    addTitle(`وزراء ${t.slice(2)}`, 'plural', 'portfolio');
    addTitle(`وزيرا ${t.slice(2)}`, 'plural', 'portfolio');
  }
  addTitle(`وزراء ${t}`, 'plural', 'portfolio');
  addTitle(`وزيرا ${t}`, 'plural', 'portfolio');
}
for (const [t, cat] of readTsv(join(SHARED, 'titles_seed_ar.tsv')).rows) addTitle(t, cat, 'seed');
// The dual of each one-word definite office ("القاضي" → "القاضيان"، "القاضيين"; "المؤسس" → "المؤسسان"), which news writes
// before two names ("وعضوية القاضيين منصور الحديدي وسهى الزعبي"). Not the feminine or a word in ا/ى (no regular dual),
// nor ranks ("الفريقين" is the two teams) or honorifics.
const DUAL_OF = new Set(['regional', 'judicial', 'diplomatic', 'legislature', 'corporate', 'religious', 'military', 'organization', 'party', 'other', 'security', 'government']);
for (const [t, cat] of [...titles]) {
  if (!DUAL_OF.has(cat) || t.includes(' ') || !/^ال/.test(t) || /[ةاىء]$/.test(t) || t.length < 5) continue;
  addTitle(`${t}ان`, 'plural', 'dual');
  addTitle(`${t}ين`, 'plural', 'dual');
}

// ---------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------
const firstStop = new Map(curated('first_names_stoplist.tsv').map((r) => [key(r[0]), r[1] ?? '']));
const firstKeep = new Set(curated('first_names_keep.tsv').map((r) => key(r[0])));

/**
 * How often each word (normalised, with a single proclitic split off) occurs inside / outside a person name in
 * the training corpora (ANERcorp train, AQMAR, Wojood-sample train; never a test part). Only these counts are
 * used, to move first names that are mostly ordinary words (أسرى، شديد، نظام، داخل ...) to firstAmbiguous;
 * no corpus text is written anywhere.
 */
function corpusWordCounts(): { inName: Map<string, number>; outside: Map<string, number> } | null {
  const base = resolve(ROOT, '../shared/data');
  const files = ['anercorp/ANERCorp_CamelLab_train.txt', 'aqmar/aqmar_all.conll', 'wojood_sample/train.txt'].map((f) => join(base, f));
  if (!files.every(existsSync)) return null;
  const inName = new Map<string, number>();
  const outside = new Map<string, number>();
  for (const f of files) {
    for (const line of readFileSync(f, 'utf8').split('\n')) {
      const parts = line.trim().split(/\s+/);
      if (parts.length < 2) continue;
      const w = key(parts[0]);
      const forms = new Set([w]);
      if (w.length > 3 && 'وفبلك'.includes(w[0])) forms.add(w.slice(1));
      if (w.length > 4 && ['وب', 'ول', 'فب', 'فل', 'وك'].includes(w.slice(0, 2))) forms.add(w.slice(2));
      const m = parts[parts.length - 1].includes('PER') ? inName : outside;
      for (const x of forms) m.set(x, (m.get(x) ?? 0) + 1);
    }
  }
  return { inName, outside };
}
const counts = corpusWordCounts();
const movedByCorpus: string[] = [];
/** A first name seen at least 4 times outside names and at least 1.5 times as often outside as inside. */
function mostlyWord(k: string): boolean {
  if (!counts || firstKeep.has(k)) return false;
  const o = counts.outside.get(k) ?? 0;
  const p = counts.inName.get(k) ?? 0;
  return o >= 4 && o >= 1.5 * p;
}
const firstDrop = new Set(curated('first_names_drop.tsv').map((r) => key(r[0])));
const first: string[] = [];
const firstFemale: string[] = [];
const firstAmbiguous: string[] = [];
const fSeen = new Set<string>();
function addFirst(name: string, gender: string, fromShared: boolean): void {
  const k = key(name);
  if (!k || fSeen.has(k) || !ARABIC_WORD.test(name) || PERSIAN.test(name) || firstDrop.has(k)) return;
  // The shared list carries family names (الشمري), fragments (الدين، الله) and glued pairs: rules drop the
  // article-initial ones, one- and two-letter ones, and anything of more than two words.
  // (by the spelling: "إلياس"، "إلهام"، "ألفة" open with a hamza, no article, though their key reads ال)
  if (fromShared && (/^ال/.test(name) || k.replace(/ /g, '').length <= 2 || k.split(' ').length > 2)) return;
  fSeen.add(k);
  if (firstStop.has(k)) firstAmbiguous.push(name);
  else if (mostlyWord(k)) {
    firstAmbiguous.push(name);
    movedByCorpus.push(name);
  }
  else if (gender === 'f') firstFemale.push(name);
  else first.push(name);
}
// Curated foreign and extra names first, then the shared list. Gender 'f' only when the source says f alone.
for (const [name, gender] of curated('first_names_extra.tsv')) addFirst(name, gender, false);
for (const [name, gender] of firstRows) addFirst(name, gender === 'f' || gender === '?/f' ? 'f' : 'm', true);
const particles = curated('name_particles.tsv').map((r) => r[0]);
const known: string[][] = [];
const knownSeen = new Set<string>();
for (const r of curated('known_people.tsv')) {
  const [full, role, aliases = ''] = r;
  if (knownSeen.has(key(full))) {
    warn('known person twice: ' + full);
    continue;
  }
  knownSeen.add(key(full));
  known.push([full, role, ...aliases.split(';').map((s) => s.trim()).filter(Boolean)]);
}

// ---------------------------------------------------------------------------------------------------
// Write + report
// ---------------------------------------------------------------------------------------------------
function write(name: string, data: unknown): number {
  // One entry per line: compact, and diffs stay readable.
  let text: string;
  if (Array.isArray(data)) text = '[\n' + data.map((d) => JSON.stringify(d)).join(',\n') + '\n]\n';
  else {
    const obj = data as Record<string, unknown>;
    text = '{\n' + Object.entries(obj).map(([k, v]) => JSON.stringify(k) + ': ' + (Array.isArray(v) && Array.isArray(v[0]) ? '[\n' + v.map((x) => JSON.stringify(x)).join(',\n') + '\n]' : JSON.stringify(v))).join(',\n') + '\n}\n';
  }
  writeFileSync(join(OUT, name), text);
  return Buffer.byteLength(text);
}
const sizes: Record<string, [number, number]> = {};
for (const [file, data] of [
  ['places.json', places],
  ['nationalities.json', nationalities],
  ['orgs.json', orgs],
  ['titles.json', titles],
  ['names.json', { first, firstFemale, firstAmbiguous, particles, known }],
] as const) {
  const bytes = write(file, data);
  sizes[file] = [bytes, gzipSync(readFileSync(join(OUT, file))).length];
}

const byKind = (rows: string[][], i: number) => {
  const c: Record<string, number> = {};
  for (const r of rows) c[r[i]] = (c[r[i]] ?? 0) + 1;
  return c;
};
console.log('places', places.length, byKind(places as unknown as string[][], 2));
console.log('  world cities kept', cityKept, '(min population ' + CITY_MIN_POP + '), dropped', cityDropped);
console.log('nationalities', nationalities.length, 'targets', new Set(nationalities.map((n) => n[1])).size);
console.log('orgs', orgs.length, 'canonicals', orgCanonicals.size, byKind(orgs as unknown as string[][], 2));
console.log('titles', titles.length, byKind(titles, 1));
console.log(`first names moved to firstAmbiguous by the corpus check (${counts ? 'on' : 'corpora missing'}): ${movedByCorpus.length}`);
console.log('names first', first.length, 'female', firstFemale.length, 'ambiguous', firstAmbiguous.length, 'particles', particles.length, 'known', known.length);
let total = 0;
let totalGz = 0;
for (const [f, [b, g]] of Object.entries(sizes)) {
  console.log(`  ${f.padEnd(20)} ${(b / 1024).toFixed(1).padStart(7)} KB  gzip ${(g / 1024).toFixed(1).padStart(6)} KB`);
  total += b;
  totalGz += g;
}
console.log(`  total ${(total / 1024).toFixed(1)} KB, gzip ${(totalGz / 1024).toFixed(1)} KB`);

// Coverage against the CC BY-SA gold-derived mention lists: printed only, nothing copied.
const derivedLoc = join(SHARED, 'derived_loc_mentions_from_gold_train.tsv');
if (existsSync(derivedLoc) && process.argv.includes('--coverage')) {
  const missing: string[] = [];
  let hit = 0;
  let all = 0;
  for (const [s, count] of readTsv(derivedLoc).rows) {
    if (Number(count) < 4) continue;
    all++;
    const k = key(s);
    const stems = [k, k.replace(/^(و|ف)/, ''), k.replace(/^(و|ف)?(ب|ل|ك)/, ''), k.replace(/^(و|ف)?لل/, 'ال')];
    if (stems.some((x) => placeSeen.has(x))) hit++;
    else missing.push(`${s}(${count})`);
  }
  console.log(`coverage of gold-train LOC mentions (count>=4): ${hit}/${all}; missing: ${missing.join(' ')}`);
}
if (warnings) console.log(warnings + ' warnings');
