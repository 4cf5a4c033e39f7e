/**
 * The dictionaries the entity engine reads, as the engine sees them: normalised phrase indexes
 * built once, lazily, from the compact JSON files in ./data (see dictionaries.ts for the loader).
 */
import type { PhraseIndex } from './phrases.ts';

export interface PlaceInfo {
  canonical: string;
  kind: string;
  country: string | null;
  /** Also an ordinary word or a first name: a one-word hit needs context. */
  amb: boolean;
}

export interface OrgInfo {
  canonical: string;
  kind: string;
  /** Also an ordinary word: a one-word hit needs context. */
  amb: boolean;
}

export type TitleCategory = 'honorific' | 'counterpart' | 'plural' | 'role';

export interface TitleInfo {
  /** The title as listed (for plural titles: the singular when known). */
  title: string;
  category: TitleCategory;
  /** The original category from the list (head_of_state, government, military_rank ...). */
  group: string;
}

export interface NationalityInfo {
  /** Canonical name of the country (or region) the adjective refers to. */
  country: string;
}

export interface KnownPerson {
  canonical: string;
  role: string | null;
}

export interface Resources {
  places: PhraseIndex<PlaceInfo>;
  orgs: PhraseIndex<OrgInfo>;
  titles: PhraseIndex<TitleInfo>;
  nationalities: PhraseIndex<NationalityInfo>;
  known: PhraseIndex<KnownPerson>;
  /** Normalised first names (male and female) that are not also ordinary words. */
  firstNames: Set<string>;
  /** Normalised name particles: بن ابن بنت ابو ام ال عبد ... */
  particles: Set<string>;
}

// ---------------------------------------------------------------------------------------------------------
// Loading: the compact JSON dictionaries (built by scripts/build-dictionaries.ts), indexed once, lazily.

import { PhraseIndex as Index } from './phrases.ts';
import { normalizeWord } from './normalize.ts';
import placesData from './data/places.json';
import nationalitiesData from './data/nationalities.json';
import orgsData from './data/orgs.json';
import titlesData from './data/titles.json';
import namesData from './data/names.json';

/** Titles that honour a person rather than name an office, when they follow a role: "ولي العهد السعودي الأمير". */
const HONORIFIC_AFTER_ROLE = new Set(['الامير', 'الاميره', 'الملك', 'الملكه', 'الشيخ', 'الشيخه', 'السلطان', 'السيد', 'السيده', 'الدكتور', 'الدكتوره', 'المهندس', 'الاستاذ', 'الحاج', 'سمو', 'جلاله', 'فخامه', 'معالي', 'سعاده', 'صاحب السمو', 'سماحه', 'الامام', 'القس', 'الاب'].map(normalizeWord));

export function isHonorificAfterRole(title: string): boolean {
  return HONORIFIC_AFTER_ROLE.has(normalizeWord(title));
}

let cached: Resources | null = null;

export function getResources(): Resources {
  if (cached) return cached;
  const places = new Index<PlaceInfo>();
  for (const row of placesData as unknown as Array<Array<string | number>>) {
    const [name, canonical, kind, iso2, amb] = row as [string, string, string, string, number?];
    places.add(name, { canonical: canonical || name, kind: kind || 'place', country: iso2 || null, amb: amb === 1 });
  }
  const nationalities = new Index<NationalityInfo>();
  for (const [adj, country] of nationalitiesData as unknown as string[][]) nationalities.add(adj, { country });
  const orgs = new Index<OrgInfo>();
  for (const row of orgsData as unknown as Array<Array<string | number>>) {
    const [name, canonical, kind, amb] = row as [string, string, string, number?];
    // Armies are not organizations in the gold standard we follow (a careful reader marks the state).
    if (kind === 'military' && /^الجيش/.test(name)) continue;
    orgs.add(name, { canonical: canonical || name, kind: kind || 'other', amb: amb === 1 });
  }
  const titles = new Index<TitleInfo>();
  for (const [title, group] of titlesData as unknown as string[][]) {
    const category: TitleCategory = group === 'honorific' ? 'honorific' : group === 'counterpart' ? 'counterpart' : group === 'plural' ? 'plural' : 'role';
    titles.add(title, { title, category, group });
  }
  const names = namesData as unknown as { first: string[]; firstFemale?: string[]; firstAmbiguous?: string[]; particles: string[]; known: string[][] };
  const firstNames = new Set<string>();
  for (const n of [...names.first, ...(names.firstFemale ?? [])]) firstNames.add(normalizeWord(n));
  for (const n of names.firstAmbiguous ?? []) firstNames.delete(normalizeWord(n));
  const particles = new Set<string>(names.particles.map(normalizeWord));
  const known = new Index<KnownPerson>();
  for (const [full, role, ...aliases] of names.known) {
    const info: KnownPerson = { canonical: full, role: role || null };
    known.add(full, info);
    for (const a of aliases) known.add(a, info);
  }
  cached = { places, orgs, titles, nationalities, known, firstNames, particles };
  return cached;
}
