/**
 * One entity per person: later mentions by surname or with clitics ("لافروف"، "ولافروف") join the
 * first full mention; transliteration variants (بلينكن / بلينكين) merge; two people who share a
 * surname stay apart (a short mention joins the nearest one before it).
 */
import { Claim, lineBreakBefore, offsetAfter, type Doc } from './doc.ts';
import { isCommonAnyReading, isCommonWord, isFunctionWord, isMostlyWord } from './lexicon.ts';
import { EAST_ASIAN_SURNAMES, isNameWord, isParticle } from './names.ts';
import type { PersonMention } from './officials.ts';
import { normalizeWord } from './normalize.ts';
import type { KnownPerson } from './resources.ts';
import { tokenAnalyses, tokenWord, type Analysis } from './tokenize.ts';
import { sameNameWord, SkeletonKeySet, skeletonKeyHashes, skeletonKeys } from './variants.ts';

export interface PersonCluster {
  /** The fullest name's words. */
  words: string[];
  mentions: PersonMention[];
  known: KnownPerson | null;
  /** Nicknames the article gives the person ("زيزو"). */
  aliases?: string[][];
}

const UNIT_JOINERS = new Set(['عبد', 'ابو', 'بن', 'ابن', 'ال', 'بنت', 'ام', 'ابي']);

/** Name units: "محمد بن عبد الرحمن آل ثاني" → [محمد] [بن عبد الرحمن]? No: joiners bind to the next word. */
export function units(words: readonly string[]): string[][] {
  const out: string[][] = [];
  let cur: string[] = [];
  for (const w of words) {
    // ("أحمد فال الدين"، "حسن نصر الله": the second half of a compound name is one unit with the word before it, no
    // family name of its own; a bare "الدين" is the religion)
    if (cur.length === 0 && out.length > 0 && (w === 'الدين' || w === 'الله')) {
      out[out.length - 1].push(w);
      continue;
    }
    cur.push(w);
    if (!UNIT_JOINERS.has(w)) {
      out.push(cur);
      cur = [];
    }
  }
  if (cur.length) out.push(cur);
  return out;
}

function wordsMatch(a: readonly string[], b: readonly string[], native: (w: string) => boolean): boolean {
  return a.length === b.length && a.every((w, i) => sameNameWord(w, b[i], native));
}

/** "الطالباني" / "طالباني"، "البارزاني" / "بارزاني": a family nisba written with the article or without it. */
function nisbaArticle(a: string, b: string): boolean {
  if (a.startsWith('ال') === b.startsWith('ال')) return false;
  const [bare, full] = a.startsWith('ال') ? [b, a] : [a, b];
  return bare.length >= 5 && bare.endsWith('ي') && full === 'ال' + bare;
}

/** wordsMatch, the last words also when they are one family nisba with and without the article. */
function familyMatch(a: readonly string[], b: readonly string[], native: (w: string) => boolean): boolean {
  if (wordsMatch(a, b, native)) return true;
  const n = a.length;
  return n > 0 && n === b.length && nisbaArticle(a[n - 1], b[n - 1]) && a.slice(0, -1).every((w, i) => sameNameWord(w, b[i], native));
}

function isSuffix(short: readonly string[], long: readonly string[], native: (w: string) => boolean): boolean {
  return short.length < long.length && wordsMatch(short, long.slice(long.length - short.length), native);
}

function isPrefix(short: readonly string[], long: readonly string[], native: (w: string) => boolean): boolean {
  return short.length >= 2 && short.length < long.length && wordsMatch(short, long.slice(0, short.length), native);
}

function firstAndLast(short: readonly string[], long: readonly string[], native: (w: string) => boolean): boolean {
  if (short.length < 2 || long.length < 3) return false;
  const su = units(short);
  const lu = units(long);
  if (su.length !== 2 || lu.length < 3 || su[0].length !== 1) return false;
  // (the family unit may be "آل عامر": "عبدالله آل عامر" = "عبدالله بن ناصر بن علي آل عامر")
  const last = lu[lu.length - 1];
  return (last.length === 1 || last[0] === 'ال') && sameNameWord(short[0], long[0], native) && familyMatch(su[1], last, native);
}

/** Does a mention's name refer to the cluster's person? */
function refersTo(m: PersonMention, c: PersonCluster, native: (w: string) => boolean): boolean {
  if (m.known && c.known && m.known.name === c.known.name) return true;
  if (c.aliases?.some((a) => wordsMatch(m.words, a, native))) return true;
  if (wordsMatch(m.words, c.words, native)) return true;
  // A surname or the last units: "لافروف"، "باقري كني"، "عبد الله".
  const cu = units(c.words);
  for (let k = 1; k < cu.length; k++) {
    if (familyMatch(m.words, cu.slice(k).flat(), native)) return true;
  }
  if (isPrefix(m.words, c.words, native) && m.words.length >= 2) return true;
  // A Chinese or Korean family name, written first: "وانغ" of "وانغ يي", "تشو" of "تشو يونغ مينغ".
  if (m.words.length === 1 && eastAsianFamily(c.words) && m.words[0] === c.words[0]) return true;
  // A family unit inside the name: "بن طوق" of "عبدالله بن طوق المري".
  for (const f of familyUnits(cu)) if (wordsMatch(m.words, f, native)) return true;
  // The patronymic and what follows it: "ولد الطالب أعمر" of "سيدي محمد ولد الطالب أعمر".
  if (m.words.length >= 2 && PATRONYMIC.has(m.words[0])) for (const f of patronymicForms(c.words)) if (wordsMatch(m.words, f, native)) return true;
  // The cluster is the short one: the mention is its full name.
  const mu = units(m.words);
  for (let k = 1; k < mu.length; k++) {
    if (familyMatch(c.words, mu.slice(k).flat(), native)) return true;
  }
  if (isPrefix(c.words, m.words, native)) return true;
  // First name and family name without the chain between ("سهيل المزروعي" = "سهيل بن محمد المزروعي").
  if (firstAndLast(m.words, c.words, native) || firstAndLast(c.words, m.words, native)) return true;
  if (m.known && c.known === null && c.mentions.some((x) => x.known === m.known)) return true;
  // The Gulf's short form, the first name and the father's name with the article ("فهد اليوسف" = "فهد يوسف سعود
  // الصباح").
  if (fatherForm(m.words, c.words, native) || fatherForm(c.words, m.words, native)) return true;
  // "عبد الرحمن" written in one word or two ("محمد بن عبدالرحمن آل ثاني").
  // (only where the word counts differ by it: the same count is compared word by word above)
  if (m.words.length !== c.words.length && (m.words.includes('عبد') || c.words.includes('عبد')) && wordsMatch(joinAbd(m.words), joinAbd(c.words), native)) return true;
  return false;
}

/** `short` is a first name and ال + the second word of `long`, a name of three words or more. */
function fatherForm(short: readonly string[], long: readonly string[], native: (w: string) => boolean): boolean {
  if (short.length !== 2 || long.length < 3 || !short[1].startsWith('ال') || short[1].length < 5 || UNIT_JOINERS.has(long[1])) return false;
  return sameNameWord(short[0], long[0], native) && sameNameWord(short[1].slice(2), long[1], native);
}

/** The words with "عبد" joined to the word after it (kept per words array: a mention is compared with many clusters). */
const joinedAbd = new WeakMap<readonly string[], string[]>();
function joinAbd(words: readonly string[]): string[] {
  let out = joinedAbd.get(words);
  if (out) return out;
  out = [];
  joinedAbd.set(words, out);
  for (let k = 0; k < words.length; k++) {
    if (words[k] === 'عبد' && k + 1 < words.length) out.push('عبد' + words[++k]);
    else out.push(words[k]);
  }
  return out;
}

/** A Chinese, Korean or Vietnamese name of two or three words, family name first. */
function eastAsianFamily(words: readonly string[]): boolean {
  return words.length >= 2 && words.length <= 3 && EAST_ASIAN_SURNAMES.has(words[0]);
}

/** Inner units that open with بن/ابن/ابو ("بن طوق" in "عبدالله بن طوق المري"): news names people by them too. */
function familyUnits(u: readonly string[][]): string[][] {
  const out: string[][] = [];
  for (let k = 1; k < u.length - 1; k++) if (u[k].length === 2 && /^(بن|ابن|ابو)$/.test(u[k][0])) out.push(u[k]);
  return out;
}

/** The Mauritanian and Sudanese patronymic words: "ولد"، "ود" and a woman's "بنت". */
const PATRONYMIC = new Set(['ولد', 'ود', 'بنت']);

/**
 * The forms by which the Mauritanian and Sudanese press names a man after his first name: the patronymic word and
 * all that follows it ("ولد الطالب أعمر" of "سيدي محمد ولد الطالب أعمر"، "ولد أحمد سالم" of "محمدن ولد أحمد سالم"،
 * "ود البشير"). From the first such word after the first name (a chain "ولد أحمد ولد الشيخ" is read whole). Not the
 * word with the last name alone ("ولد الغزواني"): in a list of ministers "ولد محمد" is the last name of several.
 */
export function patronymicForms(words: readonly string[]): string[][] {
  const k = words.findIndex((w, i) => i >= 1 && i <= words.length - 2 && PATRONYMIC.has(w));
  if (k < 0) return [];
  return [words.slice(k)];
}

/** Cluster person mentions in text order. */
export function clusterPeople(mentions: PersonMention[], isNative: (w: string) => boolean): PersonCluster[] {
  const steps = clusterPeopleInSteps(mentions, isNative);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** clusterPeople as a generator that yields every few dozen mentions (for slicing huge pages). */
export function* clusterPeopleInSteps(mentions: PersonMention[], isNative: (w: string) => boolean): Generator<void, PersonCluster[]> {
  const clusters: PersonCluster[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  let n = 0;
  const clusterOf = new Map<PersonMention, PersonCluster>();
  const index = new ClusterIndex();
  for (const m of sorted) {
    if (++n % 50 === 0) yield;
    // A nickname joins the person it was given for, and becomes a short form of that person.
    const named = m.aliasOf ? clusterOf.get(m.aliasOf) : undefined;
    if (named) {
      named.mentions.push(m);
      (named.aliases ??= []).push(m.words);
      clusterOf.set(m, named);
      index.add(named, m);
      continue;
    }
    // Only clusters that share a spelling key of some word with the mention (or its known person) can
    // be the one it refers to: look those up rather than test every cluster, so long pages stay linear.
    const near = index.near(m);
    const candidates = near.size ? index.inOrder(near).filter((c) => refersTo(m, c, isNative)) : [];
    let target: PersonCluster | null = null;
    if (candidates.length === 1) target = candidates[0];
    else if (candidates.length > 1) {
      // Prefer the exact full name, else the person mentioned last.
      target = candidates.find((c) => wordsMatch(m.words, c.words, isNative)) ?? candidates.reduce((a, b) => (lastStart(a) > lastStart(b) ? a : b));
    }
    if (!target) {
      const c: PersonCluster = { words: m.words, mentions: [m], known: m.known };
      clusters.push(c);
      clusterOf.set(m, c);
      index.order.set(c, clusters.length);
      index.add(c, m);
      continue;
    }
    target.mentions.push(m);
    clusterOf.set(m, target);
    if (m.words.length > target.words.length) target.words = m.words;
    if (!target.known && m.known) target.known = m.known;
    index.add(target, m);
  }
  // Clusters whose names became variants of each other (a short one then its full form) merge.
  for (let a = 0; a < clusters.length; a++) {
    for (let b = a + 1; b < clusters.length; b++) {
      const A = clusters[a];
      const B = clusters[b];
      const nick = (X: PersonCluster, Y: PersonCluster) => !!X.aliases?.some((a) => wordsMatch(Y.words, a, isNative));
      if (wordsMatch(A.words, B.words, isNative) || (A.known && B.known && A.known.name === B.known.name) || nick(A, B) || nick(B, A)) {
        if (B.words.length > A.words.length) A.words = B.words;
        if (B.aliases) A.aliases = [...(A.aliases ?? []), ...B.aliases];
        A.mentions.push(...B.mentions);
        if (!A.known) A.known = B.known;
        clusters.splice(b, 1);
        b--;
      }
    }
  }
  // A first name alone ("العريس فيصل") is the one person without a role named in full with it
  // ("فيصل بن سعيد آل مفرح"), when no other name in the story holds that word.
  for (let a = 0; a < clusters.length; a++) {
    const A = clusters[a];
    // (or named with the first words of the office the full name holds: "الرئيس برابوو" of "الرئيس الإندونيسي برابوو
    // سوبيانتو")
    if (A.words.length !== 1 || A.known || A.aliases) continue;
    const roleWords = (r: string) => normalizeWord(r).split(' ');
    const shortRoles = A.mentions.filter((m) => m.role).map((m) => roleWords(m.role!));
    const w = A.words[0];
    // (a cheap letter test first: spellings of one name share their first letter but for alef forms, which
    // normalisation already merged)
    const owners = clusters.filter((B) => B !== A && B.words.some((x) => x.charCodeAt(0) === w.charCodeAt(0) && sameNameWord(x, w, isNative)));
    const B = owners.length === 1 ? owners[0] : undefined;
    // (B may hold an office when the first name is given with an honorific: "الشيخة ميثاء" of "الشيخة ميثاء بنت
    // سالم القاسمي، رئيسة مجلس الإدارة")
    const honoured = A.mentions.every((m) => m.evidence === 'honorific');
    const sameOffice = shortRoles.length > 0 && !!B && shortRoles.every((r) => B.mentions.some((m) => m.role && roleWords(m.role).slice(0, r.length).join(' ') === r.join(' ')));
    if (shortRoles.length && !sameOffice) continue;
    // (and B may hold an office when the first name is no Arabic one: "برابوو" of "الرئيس الإندونيسي برابوو
    // سوبيانتو"; where a foreign name is used alone, it is the one of the one person who bears it)
    const foreign = !isNative(w) && w.length >= 4;
    if (!B || B.words.length < 2 || !sameNameWord(B.words[0], w, isNative) || (B.known && !sameOffice && !foreign) || (!honoured && !sameOffice && !foreign && B.mentions.some((m) => m.role))) continue;
    B.mentions.push(...A.mentions);
    clusters.splice(a, 1);
    a--;
  }
  return clusters;
}

/**
 * Which clusters a mention may refer to: every way refersTo can succeed needs a word of the mention
 * and a word of the cluster (its name, a nickname, a mention's words) that are spellings of one name,
 * which share a skeleton key (skeletonKeys), or the same known person. A superset; refersTo decides.
 */
class ClusterIndex {
  private readonly byKey = new Map<string, Set<PersonCluster>>();
  private readonly byKnown = new Map<string, Set<PersonCluster>>();

  /** Record what cluster c now holds after mention m joined it (names only grow, so keys are never removed). */
  add(c: PersonCluster, m: PersonMention): void {
    for (const w of m.words) this.put(this.byKey, skeletonKeys(w), c);
    if (m.known) this.put(this.byKnown, [m.known.name], c);
    if (c.known) this.put(this.byKnown, [c.known.name], c);
  }

  /** Creation order of the clusters (candidates are tried in it, as a scan of all clusters would). */
  readonly order = new Map<PersonCluster, number>();

  inOrder(set: Set<PersonCluster>): PersonCluster[] {
    const a = [...set];
    return a.length > 1 ? a.sort((x, y) => this.order.get(x)! - this.order.get(y)!) : a;
  }

  near(m: PersonMention): Set<PersonCluster> {
    const out = new Set<PersonCluster>();
    for (const w of m.words) for (const k of skeletonKeys(w)) for (const c of this.byKey.get(k) ?? []) out.add(c);
    if (m.known) for (const c of this.byKnown.get(m.known.name) ?? []) out.add(c);
    return out;
  }

  private put(map: Map<string, Set<PersonCluster>>, keys: readonly string[], c: PersonCluster): void {
    for (const k of keys) {
      let set = map.get(k);
      if (!set) map.set(k, (set = new Set()));
      set.add(c);
    }
  }
}

function lastStart(c: PersonCluster): number {
  return c.mentions.reduce((x, m) => Math.max(x, m.start), -1);
}

/** Short forms of a cluster's name that later mentions may use. */
function shortForms(c: PersonCluster, spoken?: (w: string) => boolean): string[][] {
  const u = units(c.words);
  const out: string[][] = [];
  if (u.length >= 2) {
    out.push(u[u.length - 1]);
    if (u.length >= 3) {
      out.push(u.slice(-2).flat());
      out.push(u.slice(0, -1).flat());
      out.push(...familyUnits(u));
    }
  }
  out.push(...patronymicForms(c.words));
  if (eastAsianFamily(c.words) && c.words[0].length >= 3) out.push([c.words[0]]);
  out.push(c.words);
  for (const a of c.aliases ?? []) out.push(a);
  if (c.known) {
    // Known people are named by surname even when the article never writes the full name.
    const kw = c.known.name.split(' ');
    if (kw.length >= 2) out.push([kw[kw.length - 1]]);
  }
  // (a family name that is also a word only when the text uses it alone as the one who speaks: "وأشار السايح")
  return out.filter((f) => f.length > 1 || (f.length === 1 && f[0].length >= 3 && (!isCommonWord(f[0]) || !!spoken?.(f[0]))) || c.known);
}

export interface ShortFormIndex {
  /** Forms by the skeleton keys of their first word (exact skeleton and one-letter deletions). */
  byKey: Map<string, Array<{ words: string[]; cluster: PersonCluster }>>;
  /**
   * candidatesFor's answers by stem, for this index and the isNative they were computed with: the
   * article's words repeat, and the skeleton keys behind an answer cost more than a lookup here.
   */
  memo?: { isNative: (w: string) => boolean; byStem: Map<string, readonly ShortFormCandidate[]> };
  /** byKey's keys, to find a word's keys among them without making them all (made on first need). */
  keySet?: SkeletonKeySet;
}

type ShortFormCandidate = { words: string[]; cluster: PersonCluster };

/** No candidates (shared: the callers only read it). */
const NO_CANDIDATES: readonly ShortFormCandidate[] = [];

/** Index the short forms of every cluster once, by the skeleton keys of their first word. */
export function shortFormIndex(clusters: PersonCluster[], spoken?: (w: string) => boolean): ShortFormIndex {
  const byKey = new Map<string, Array<{ words: string[]; cluster: PersonCluster }>>();
  for (const c of clusters) {
    for (const f of shortForms(c, spoken)) {
      const entry = { words: f, cluster: c };
      for (const k of new Set(skeletonKeys(f[0]))) {
        const list = byKey.get(k) ?? [];
        list.push(entry);
        byKey.set(k, list);
      }
    }
  }
  // (memo and keySet, filled on first need, given here too: one shape for every index)
  return { byKey, memo: undefined, keySet: undefined };
}

function candidatesFor(index: ShortFormIndex, stem: string, isNative: (w: string) => boolean): readonly ShortFormCandidate[] {
  if (index.memo?.isNative !== isNative) index.memo = { isNative, byStem: new Map() };
  const known = index.memo.byStem.get(stem);
  if (known) return known;
  const found = computeCandidates(index, stem, isNative);
  index.memo.byStem.set(stem, found);
  return found;
}

/**
 * candidatesFor(index, a.stem, isNative), kept with the reading a itself (Analysis.memo, valid for this
 * index.memo): the readings of a token are those of its word, so later occurrences of the word read the
 * answer there without a lookup by stem.
 */
function readingCandidates(index: ShortFormIndex, a: Analysis, isNative: (w: string) => boolean): readonly ShortFormCandidate[] {
  if (index.memo !== undefined && a.memoFor === index.memo && index.memo.isNative === isNative) return a.memo as readonly ShortFormCandidate[];
  // Most readings share no skeleton key with the article's names (computeCandidates would find none): told
  // from the reading's key hashes, kept with it, without the lookup by stem.
  const keySet = (index.keySet ??= new SkeletonKeySet(index.byKey.keys()));
  const found = keySet.anyIn((a.keys ??= skeletonKeyHashes(a.stem))) ? candidatesFor(index, a.stem, isNative) : NO_CANDIDATES;
  if (index.memo?.isNative !== isNative) index.memo = { isNative, byStem: new Map() };
  a.memoFor = index.memo;
  a.memo = found;
  return found;
}

/** The clitic is one or two of the letters و ف ب ل ك (as /^[وفبلك]{1,2}$/, without a regular expression per reading). */
function isCliticPair(c: string): boolean {
  if (c.length < 1 || c.length > 2) return false;
  for (let k = 0; k < c.length; k++) {
    const u = c.charCodeAt(k);
    if (u !== 0x0648 && u !== 0x0641 && u !== 0x0628 && u !== 0x0644 && u !== 0x0643) return false;
  }
  return true;
}

function computeCandidates(index: ShortFormIndex, stem: string, isNative: (w: string) => boolean): readonly ShortFormCandidate[] {
  let seen: Set<{ words: string[]; cluster: PersonCluster }> | null = null;
  // An ordinary word is a spelling variant of nothing ("فريق" is not "فاركو"): it may only match exactly.
  // (Asked only once a form shares a key with the word: most tokens share none.)
  let exactOnly: boolean | null = null;
  // Only the keys of skeletonKeys(stem) that byKey may hold, in the same order (the others find nothing).
  const keys = (index.keySet ??= new SkeletonKeySet(index.byKey.keys())).keysMaybeIn(stem);
  if (!keys) return NO_CANDIDATES;
  for (const k of keys) {
    const forms = index.byKey.get(k);
    if (!forms) continue;
    exactOnly ??= isMostlyWord(stem) || isCommonWord(stem);
    for (const f of forms) {
      if (seen?.has(f)) continue;
      if (exactOnly ? stem === f.words[0] : sameNameWord(stem, f.words[0], isNative)) (seen ??= new Set()).add(f);
    }
  }
  return seen ? [...seen] : NO_CANDIDATES;
}

/**
 * Scan the free tokens for short forms of known clusters ("لافروف"، "ولافروف"، "بلينكين") and add them
 * as mentions of the nearest cluster before them (or the only one).
 */
export function findShortForms(doc: Doc, index: ShortFormIndex, from: number, to: number, isNative: (w: string) => boolean): void {
  if (!index.byKey.size) return;
  const toks = doc.tokens;
  // The answers kept below are valid for this index and isNative (candidatesFor's memo).
  if (index.memo?.isNative !== isNative) index.memo = { isNative, byStem: new Map() };
  const memo = index.memo;
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') continue;
    // Most words begin no short form under any reading: noted on the word (shared by its tokens), they
    // are passed over without going through their readings again.
    const word = tokenWord(toks[i]);
    if (word.memoFor === memo) continue;
    let best: { to: number; skip: number; cluster: PersonCluster[] } | null = null;
    let anyCandidate = false;
    for (const a of tokenAnalyses(toks[i], 3)) {
      if (a.skip > 0 && !isCliticPair(a.clitic)) continue;
      // (ل + a family name with the article, "وبالنسبة للجواهري"، only where the name is no ordinary word: "للوزير" is
      // "to the minister")
      if (a.stem.startsWith('ال') && a.clitic.endsWith('ل') && (isCommonAnyReading(a.stem) || isMostlyWord(a.stem))) continue;
      const candidates = readingCandidates(index, a, isNative);
      if (candidates.length) anyCandidate = true;
      for (const f of candidates) {
        const end = i + f.words.length;
        if (end > toks.length) continue;
        let ok = true;
        for (let k = 1; k < f.words.length; k++) {
          const t = toks[i + k];
          if (!t || doc.claimed[i + k] !== Claim.Free || lineBreakBefore(doc, i + k) || !sameNameWord(t.norm, f.words[k], isNative)) ok = false;
        }
        if (!ok) continue;
        if (!best || end > best.to) best = { to: end, skip: a.skip, cluster: [f.cluster] };
        else if (end === best.to && !best.cluster.includes(f.cluster)) best.cluster.push(f.cluster);
      }
      if (best) break;
    }
    if (!anyCandidate) word.memoFor = memo;
    if (!best) continue;
    // A one-word form that is a title ("الوزير" of "كامل الوزير") is the title there.
    if (best.to === i + 1 && doc.res.titles.matchAt(toks, i, true)) continue;
    // ("لأمي" is "to my mother", not "لامي": a one-word form written with a hamza the name's mentions never have)
    if (best.to === i + 1 && /[أإآؤئ]/.test(doc.text.slice(offsetAfter(doc.text, toks[i], best.skip), toks[i].end)) && !best.cluster.some((c) => c.mentions.some((m) => /[أإآؤئ]/.test(m.text)))) continue;
    // Not part of another, longer name: "عبد الله بوحبيب" is not "حسن عبد الله".
    const prev = toks[i - 1];
    if (prev && !lineBreakBefore(doc, i) && best.skip === 0 && prev.kind === 'word' && doc.claimed[i - 1] === Claim.Free && (doc.res.firstNames.has(prev.norm) || isParticle(doc, i - 1))) continue;
    const next = toks[best.to];
    // (و on عبد or أبو opens the next person, "عاشور وعبد الغفار": no longer name)
    if (next && !lineBreakBefore(doc, best.to) && next.kind === 'word' && doc.claimed[best.to] === Claim.Free && !/^و(عبد|ابو|ابن)$/.test(next.norm) && !/^[وف]?(بال|لل|كال)/.test(next.norm) && (isParticle(doc, best.to) || (isNameWord(doc, best.to) && !isFunctionWord(next.norm) && !isCommonWord(next.norm) && doc.res.firstNames.has(toks[i].norm)))) continue;
    // ("للجواهري": ل + الجواهري written لل keeps its لل, as place and body mentions do, so that it reads as ل + ال)
    const lil = best.skip > 0 && toks[i].norm.slice(best.skip - 1, best.skip + 1) === 'لل';
    const start = offsetAfter(doc.text, toks[i], lil ? best.skip - 1 : best.skip);
    const end = toks[best.to - 1].end;
    const target = best.cluster.length === 1 ? best.cluster[0] : best.cluster.reduce((x, y) => (nearestBefore(x, start) > nearestBefore(y, start) ? x : y));
    const m: PersonMention = {
      from: i,
      to: best.to,
      start,
      end,
      text: doc.text.slice(start, end),
      words: toks.slice(i, best.to).map((t, k) => (k === 0 ? t.norm.slice(best!.skip) : t.norm)),
      role: null,
      roleSource: null,
      known: null,
      evidence: 'short-form',
    };
    target.mentions.push(m);
    for (let k = i; k < best.to; k++) doc.claimed[k] = Claim.Person;
    i = best.to - 1;
  }
}

function nearestBefore(c: PersonCluster, pos: number): number {
  let best = -1;
  for (const m of c.mentions) if (m.start < pos && m.start > best) best = m.start;
  return best === -1 ? -1e9 + c.mentions[0].start : best;
}
