/**
 * Quotes in a spoken dialect: «المحصول الحمد لله كويس، بس الفاروا تعبتنا والعلاج غالي نار». A witness's words in
 * Egyptian, Levantine, Gulf or Maghrebi Arabic are full of words no list of Modern Standard Arabic holds, which a
 * tagger trained on the news takes for names («غالي نار»، «لينا صبرو»، «لقيتو»). A quote that shows two marks of a
 * dialect (lexicon.ts dialectWeight: one word of a dialect is two) names no one and nothing that no list knows.
 */
import { lineBreakBefore, type Doc } from './doc.ts';
import { dialectWeight } from './lexicon.ts';

const cache = new WeakMap<Doc, { n: number; marks: Uint8Array }>();

/** 1 for each token inside a quote in a dialect (computed once per document, again if the document grew). */
export function dialectQuotes(doc: Doc): Uint8Array {
  const toks = doc.tokens;
  const hit = cache.get(doc);
  if (hit && hit.n === toks.length) return hit.marks;
  const marks = new Uint8Array(toks.length);
  const judge = (from: number, to: number): void => {
    let score = 0;
    for (let k = from; k < to && score < 2; k++) if (toks[k].kind === 'word') score += dialectWeight(toks[k].norm);
    if (score >= 2) marks.fill(1, from, to);
  };
  // a quote opens with « or “ (closed by » or ”) or with a straight " (closed by the next one), within its paragraph
  let open = -1;
  let straight = false;
  for (let k = 0; k < toks.length; k++) {
    if (open >= 0 && lineBreakBefore(doc, k)) open = -1;
    const t = toks[k];
    if (t.kind !== 'punct') continue;
    const c = doc.text.charCodeAt(t.start);
    if (c === 0xab || c === 0x201c) {
      open = k;
      straight = false;
    } else if ((c === 0xbb || c === 0x201d) && open >= 0 && !straight) {
      judge(open + 1, k);
      open = -1;
    } else if (c === 0x22) {
      if (open >= 0 && straight) {
        judge(open + 1, k);
        open = -1;
      } else {
        open = k;
        straight = true;
      }
    }
  }
  cache.set(doc, { n: toks.length, marks });
  return marks;
}

/** Some token of [from, to) lies inside a quote in a dialect. */
export function inDialectQuote(doc: Doc, from: number, to: number): boolean {
  const marks = dialectQuotes(doc);
  for (let k = from; k < to; k++) if (marks[k]) return true;
  return false;
}
