/**
 * Builds src/core/data/lexicon.json: the words that Arabic news uses as ordinary words, not as parts
 * of names, counted on the TRAIN parts of the open gold corpora in ../shared/data (never a test part).
 * The engine uses it to tell where a name ends ("جو بايدن لوقف" stops before "لوقف") and which
 * tokens cannot start one.
 *
 * The Wojood sample is not used: its data terms must be confirmed before anything derived from it ships.
 * A normalised word is "common" when it occurs at least MIN_COUNT times and is inside a named entity
 * in at most MAX_ENTITY_SHARE of its occurrences. Derived from CC BY-SA corpora: the list carries
 * that licence (see docs/DATA.md).
 *
 * usage: npx tsx scripts/build-lexicon.ts
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalizeWord } from '../src/core/normalize.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = join(root, '..', 'shared', 'data');
const MIN_COUNT = 2;
const MAX_ENTITY_SHARE = 0.12;

const corpora: Array<{ file: string; tagColumn: number }> = [
  { file: 'anercorp/ANERCorp_CamelLab_train.txt', tagColumn: 1 },
  { file: 'aqmar/aqmar_all.conll', tagColumn: 1 },
  { file: 'newsfane/NewsFANE_part_overlapping_ANERcorp_train.conll', tagColumn: 1 },
];

const total = new Map<string, number>();
const inEntity = new Map<string, number>();
/** Occurrences where the word alone is a whole entity (B- not followed by I-). */
const solo = new Map<string, number>();
for (const { file, tagColumn } of corpora) {
  const path = join(shared, file);
  if (!existsSync(path)) throw new Error(`missing ${path}: this script needs ../shared/data`);
  const lines = readFileSync(path, 'utf8').split('\n');
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    const parts = line.trim().split(/\s+/);
    if (parts.length < 2) continue;
    const w = normalizeWord(parts[0]);
    if (!/[\u0621-\u064a]/.test(w) || w.length < 2) continue;
    const tag = parts[tagColumn];
    total.set(w, (total.get(w) ?? 0) + 1);
    // Any nested tag column marking an entity counts (Wojood has several columns; OCC/DATE are not names).
    const tags = parts.slice(1);
    const named = tags.some((t) => /^[BI]-(PER|PERS|LOC|ORG|GPE|MIS|NORP|FAC)/.test(t)) || /^[BI]-/.test(tag) && !/OCC|DATE|TIME|CARDINAL|ORDINAL|QUANTITY|MONEY|PERCENT|UNIT/.test(tag);
    if (named) inEntity.set(w, (inEntity.get(w) ?? 0) + 1);
    const next = (lines[li + 1] ?? '').trim().split(/\s+/)[tagColumn] ?? 'O';
    if (/^B-/.test(tag) && !/OCC|DATE|TIME|CARDINAL|ORDINAL|QUANTITY|MONEY|PERCENT|UNIT|NORP/.test(tag) && !/^I-/.test(next)) solo.set(w, (solo.get(w) ?? 0) + 1);
  }
}

const common: string[] = [];
const nameLike: string[] = [];
/** Words seen at least 3 times that are a whole entity on their own less than half the time. */
const mostlyWord: string[] = [];
for (const [w, n] of total) {
  if (n >= 3 && (solo.get(w) ?? 0) / n < 0.5) mostlyWord.push(w);
  const e = inEntity.get(w) ?? 0;
  if (n >= MIN_COUNT && e / n <= MAX_ENTITY_SHARE) common.push(w);
  else if (e >= 2 && e / n >= 0.6) nameLike.push(w);
}
common.sort();
nameLike.sort();
const out = {
  about: 'Derived from ANERcorp (CAMeL train split), AQMAR and the NewsFANE train part, CC BY-SA: see docs/DATA.md',
  common,
  nameLike,
  mostlyWord: mostlyWord.sort(),
};
writeFileSync(join(root, 'src/core/data/lexicon.json'), JSON.stringify(out));
console.log(`common words: ${common.length}, name-like words: ${nameLike.length}, mostly ordinary words: ${mostlyWord.length}`);
