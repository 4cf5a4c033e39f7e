/**
 * The dictionaries as the entity engine reads them: the normalised phrase indexes that
 * dictionaries.ts builds once, lazily, from the compact JSON files in ./data, plus the few readings the
 * rules need on top (which titles honour rather than name an office, shadda-distinguished places).
 */
import { getDictionaries, type Dictionaries, type KnownMatch, type OrgEntry, type PlaceEntry, type TitleEntry } from './dictionaries.ts';
import { normalizeWord } from './normalize.ts';

export type PlaceInfo = PlaceEntry;
export type OrgInfo = OrgEntry;
export type TitleInfo = TitleEntry;
export type { KnownMatch };
/** A known public figure as the engine uses it: the canonical name and the best-known role. */
export type KnownPerson = KnownMatch['person'];

export type Resources = Dictionaries;

/** Titles that honour a person rather than name an office, when they follow a role: "ولي العهد السعودي الأمير". */
const HONORIFIC_AFTER_ROLE = new Set(['الامير', 'الاميره', 'الملك', 'الملكه', 'الشيخ', 'الشيخه', 'السلطان', 'السيد', 'السيده', 'الدكتور', 'الدكتوره', 'المهندس', 'الاستاذ', 'الحاج', 'سمو', 'جلاله', 'فخامه', 'معالي', 'سعاده', 'صاحب السمو', 'سماحه', 'الامام', 'القس', 'الاب', 'داتو سري', 'داتوك سري', 'تان سري', 'داتوك', 'داتو', 'داتين سري', 'داتين'].map(normalizeWord));

export function isHonorificAfterRole(title: string): boolean {
  return HONORIFIC_AFTER_ROLE.has(normalizeWord(title));
}

/** Normalised, but keeping the shadda: "عمّان" → "عمّان", "عمان" → "عمان". */
export function normalizeKeepShadda(s: string): string {
  return normalizeWord(s.replace(/\u0651/g, '\uE000')).replace(/\uE000/g, '\u0651');
}

export function getResources(): Resources {
  return getDictionaries();
}
