/**
 * CoNLL evaluation bridge: run the engine (or the tagger alone) over a CoNLL file and write
 * `token GOLD PRED` lines for /work/shared/tools/conll_f1.py.
 *
 * Token ↔ mention rule. Each sentence's tokens are joined with single spaces; token k covers the
 * characters [a_k, b_k) of that text. Let e_k be the end of the token's last letter or digit (b_k
 * when the token has none, e.g. punctuation, so "أ)" ends after أ). A mention [s, e) covers token k
 * when it overlaps the token (s < b_k and e > a_k) and reaches its last letter (e ≥ e_k). So a
 * mention that starts after a proclitic (و ف ب ل ك، ال، لل: "وألمانيا" with the mention on
 * "ألمانيا") still covers the token, while a mention that stops inside a token (only a clitic or a
 * prefix of it) does not. Covered tokens of one mention form one B-… I-… run; when mentions of
 * several entities cover the same token, the longest mention wins (then the earliest).
 *
 * Entity types: official and person → PERS, place → LOC, organization → ORG, misc → MISC; other
 * types (date ...) are ignored.
 *
 * One convention differs: the product marks an administrative noun written with a place's name as part
 * of the mention ("محافظة الأنبار"، "ولاية يوتا"، "إقليم كشمير"، "قطاع غزة"، "دولة الكويت"، and a town's or a district's noun:
 * "مدينة حلب"، "قرية الجبلية"), as our gold pages
 * do, while ANERcorp tags that noun O. The bridge therefore starts a LOC span after such a leading noun (ADMIN_NOUN below).
 * Likewise ANERcorp tags the descriptive head of a body named by a proper word O ("حركة حماس"، "لصحيفة
 * لوموند"، "شركة فولكسفاجن": only the name is ORG), while it keeps heads that are part of the name
 * (حزب، اتحاد، منظمة) and descriptive heads before a definite phrase ("وكالة الأنباء الفرنسية"). The bridge
 * starts an ORG span after such a head when an indefinite proper word follows it (ORG_DESCRIPTOR).
 */
import { readFileSync } from 'node:fs';
import { tokenize } from '../core/tokenize.ts';
import type { Tagger } from '../core/tagger/index.ts';

export type AnnotateText = (text: string) => Promise<{ type: string; mentions: { start: number; end: number }[] }[]>;

const TYPE_MAP: Record<string, string> = { official: 'PERS', person: 'PERS', place: 'LOC', organization: 'ORG', misc: 'MISC' };

export interface ConllSentence {
  tokens: string[];
  gold: string[];
}

export function parseConll(text: string): ConllSentence[] {
  const out: ConllSentence[] = [];
  let cur: ConllSentence = { tokens: [], gold: [] };
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line) {
      if (cur.tokens.length) out.push(cur);
      cur = { tokens: [], gold: [] };
      continue;
    }
    const parts = line.split(/\s+/);
    cur.tokens.push(parts[0]);
    cur.gold.push(parts.length > 1 ? parts[1] : 'O');
  }
  if (cur.tokens.length) out.push(cur);
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** A leading administrative noun of a place mention, with the space after it (see the header). */
/** A leading descriptive head of an organization before an indefinite proper word (see the header). */
const ORG_DESCRIPTOR = /^(?:حرك[ةه]|شرك[ةه]|صحيف[ةه]|جريد[ةه]|وكال[ةه]|قنا[ةه]|مجل[ةه]|موقع) (?!ال)(?=\S)/;
const ADMIN_NOUN = /^(?:محافظ[ةه]|ولاي[ةه]|مديري[ةه]|قضاء|[إاأ]قليم|ناحي[ةه]|عمال[ةه]|مقاطع[ةه]|مخيم|حار[ةه]|دول[ةه]|قطاع|منطق[ةه]|قري[ةه]|مدين[ةه]|بلد[ةه]|بلدي[ةه]|حي|جزير[ةه]|واح[ةه]) (?=\S)/;

/** BIO tags for the tokens (joined by single spaces) from typed mentions over that text. */
export function mentionsToBio(tokens: readonly string[], entities: readonly { type: string; mentions: readonly { start: number; end: number }[] }[]): string[] {
  const starts: number[] = [];
  const ends: number[] = [];
  const lastLetterEnds: number[] = [];
  let pos = 0;
  for (const t of tokens) {
    starts.push(pos);
    ends.push(pos + t.length);
    let e = t.length;
    for (let k = t.length - 1; k >= 0; k--) {
      if (WORD_CHAR.test(t[k])) {
        e = k + 1;
        break;
      }
      if (k === 0) e = t.length;
    }
    lastLetterEnds.push(pos + e);
    pos += t.length + 1;
  }
  const text = tokens.join(' ');
  const ms: { start: number; end: number; type: string }[] = [];
  for (const ent of entities) {
    const type = TYPE_MAP[ent.type];
    if (!type) continue;
    for (const m of ent.mentions) {
      let start = m.start;
      if (type === 'LOC') {
        const head = ADMIN_NOUN.exec(text.slice(m.start, m.end));
        if (head) start += head[0].length;
      } else if (type === 'ORG') {
        const head = ORG_DESCRIPTOR.exec(text.slice(m.start, m.end));
        if (head) start += head[0].length;
      }
      if (m.end > start) ms.push({ start, end: m.end, type });
    }
  }
  ms.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const owner: number[] = tokens.map(() => -1);
  ms.forEach((m, mi) => {
    for (let k = 0; k < tokens.length; k++) {
      if (owner[k] !== -1) continue;
      if (m.start < ends[k] && m.end > starts[k] && m.end >= lastLetterEnds[k]) owner[k] = mi;
    }
  });
  return owner.map((o, k) => (o === -1 ? 'O' : (k > 0 && owner[k - 1] === o ? 'I-' : 'B-') + ms[o].type));
}

/** Run annotateText over every sentence of a CoNLL file; returns `token GOLD PRED` lines. */
export async function runConll(file: string, annotateText: AnnotateText): Promise<string> {
  const sents = parseConll(readFileSync(file, 'utf8'));
  const out: string[] = [];
  for (const s of sents) {
    const entities = await annotateText(s.tokens.join(' '));
    const pred = mentionsToBio(s.tokens, entities);
    for (let k = 0; k < s.tokens.length; k++) out.push(`${s.tokens[k]} ${s.gold[k]} ${pred[k]}`);
    out.push('');
  }
  return out.join('\n');
}

const ENGINE_TYPE: Record<string, string> = { PERS: 'person', LOC: 'place', ORG: 'organization', MISC: 'misc' };

/**
 * The tagger alone as an annotateText: tokenises with core tokenize(), tags the tokens as written and
 * maps each span to one entity whose single mention runs from its first token's start to its last
 * token's end (proclitics included; the CoNLL rule above does not depend on that).
 */
export function taggerOnlyAnnotate(tagger: Tagger): AnnotateText {
  return async (text: string) => {
    const toks = tokenize(text).tokens;
    const words = toks.map((t) => text.slice(t.start, t.end));
    const { spans } = tagger.tag(words);
    return spans.map((s) => ({ type: ENGINE_TYPE[s.type], mentions: [{ start: toks[s.from].start, end: toks[s.to - 1].end }] }));
  };
}
