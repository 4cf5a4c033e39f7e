/**
 * Text-quote anchors (position + prefix/exact/suffix), as Hypothesis anchors annotations: what the cache stores for
 * each mention, and how a stored mention is found again in the text of a page that may have moved or changed.
 */
import type { Entity, Mention } from '../core/types.ts';
import type { AnchoredEntity, TextQuoteAnchor } from './messages.ts';

/** Characters of context kept on each side of a mention. */
export const ANCHOR_CONTEXT = 32;

export function anchorMention(text: string, m: Mention, context = ANCHOR_CONTEXT): TextQuoteAnchor {
  return {
    start: m.start,
    end: m.end,
    exact: text.slice(m.start, m.end),
    prefix: text.slice(Math.max(0, m.start - context), m.start),
    suffix: text.slice(m.end, m.end + context),
  };
}

export function toAnchoredEntities(text: string, entities: readonly Entity[]): AnchoredEntity[] {
  return entities.map((e) => ({
    type: e.type,
    canonical: e.canonical,
    role: e.role,
    value: e.value,
    mentions: e.mentions.map((m) => anchorMention(text, m)),
  }));
}

/** Length of the common suffix of a and b. */
function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** Length of the common prefix of a and b. */
function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/**
 * Where the anchor's quote is in `text`: at its stored position when the text there is unchanged; otherwise the
 * occurrence of the exact quote whose surroundings best match the stored prefix and suffix (nearest to the old
 * position on a tie). An occurrence with no matching context is accepted only when the quote occurs once.
 * `taken` holds starts already given to other mentions, so two mentions never land on one occurrence.
 */
export function locateAnchor(text: string, a: TextQuoteAnchor, taken?: ReadonlySet<number>): Mention | null {
  if (!a.exact || a.end - a.start !== a.exact.length) return null;
  const isFree = (s: number) => !taken || !taken.has(s);
  if (text.startsWith(a.exact, a.start) && isFree(a.start)) return { start: a.start, end: a.end, text: a.exact };
  let best = -1;
  let bestScore = -1;
  let bestDist = Infinity;
  let count = 0;
  for (let i = text.indexOf(a.exact); i !== -1; i = text.indexOf(a.exact, i + 1)) {
    count++;
    if (!isFree(i)) continue;
    const end = i + a.exact.length;
    const score =
      commonSuffix(text.slice(Math.max(0, i - a.prefix.length), i), a.prefix) +
      commonPrefix(text.slice(end, end + a.suffix.length), a.suffix);
    const dist = Math.abs(i - a.start);
    if (score > bestScore || (score === bestScore && dist < bestDist)) {
      best = i;
      bestScore = score;
      bestDist = dist;
    }
  }
  if (best < 0) return null;
  if (bestScore === 0 && count > 1) return null;
  return { start: best, end: best + a.exact.length, text: a.exact };
}

export interface Reanchored {
  entities: Entity[];
  /** Mentions that could not be found again. */
  lost: number;
}

/** Turn stored entities back into entities over `text`; entities that lose every mention are dropped. */
export function reanchorEntities(text: string, stored: readonly AnchoredEntity[]): Reanchored {
  let lost = 0;
  const entities: Entity[] = [];
  for (const e of stored) {
    // Mentions of one entity never share a start; different entities may (nested or overlapping names).
    const taken = new Set<number>();
    const mentions: Mention[] = [];
    for (const a of e.mentions) {
      const m = locateAnchor(text, a, taken);
      if (m) {
        taken.add(m.start);
        mentions.push(m);
      } else {
        lost++;
      }
    }
    if (mentions.length === 0) continue;
    mentions.sort((x, y) => x.start - y.start);
    entities.push({ type: e.type, canonical: e.canonical, role: e.role, value: e.value, mentions });
  }
  return { entities, lost };
}
