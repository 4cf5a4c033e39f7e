/**
 * The entity engine: article text in, entities out (officials, people, places, organizations, dates),
 * every mention an exact slice of the text. Pure: no DOM, no extension API.
 *
 * The work runs as a generator over paragraph-aligned chunks so that a huge page can be processed in
 * slices (annotateInSlices) with the same result as the one-shot call (annotate).
 */
import { clusterPeopleInSteps, findShortForms, patronymicForms, shortFormIndex, type PersonCluster } from './coreference.ts';
import { findDatesInTokens, newDateContext, type DateMention } from './dates.ts';
import { Claim, chunkText, claimLoanCompounds, claimWorkTitles, hasTanween, isPunct, knownFull, lineBreakBefore, markSentences, offsetAfter, orgCanonicals, tokenizeChunk, type Doc } from './doc.ts';
import { inDialectQuote } from './dialect.ts';
import { dictionariesInSteps } from './dictionaries.ts';
import { dialectWeight, isCommonAnyReading, isCommonAnyReadingToken, isCommonWord, isDialectWord, isFunctionWord, isMostlyWord, isNameLike } from './lexicon.ts';
import { belNameAfterFirst, belStem, endsHere, isAgeWord, isJoiningHyphen, isNameWord, isNonNameForm, isParticle, looksLikeVerb, reportedAlone, RULER_ORDINAL, SON_OF, spokenWords, TITLE_SURNAMES } from './names.ts';
import { normalizeWord, type Normalized } from './normalize.ts';
import { findInitials, findNicknames, findPeople, linkLooseRoles, predecessorRoles, type PersonMention } from './officials.ts';
import { COMPANY_SUFFIX, findBareArmy, findOrganizations, findOrgShortForms, generalAssemblyOnly, genericOrgName, organisedAdjective, prepareOrganizations, type OrgMention } from './organizations.ts';
import { findAnnouncedPlaces, findFacilities, findPlaceRepeats, findPlaces, isTerrainWord, PLACE_PARTICLES, withoutDirection, withoutHead, wordNotTown, type PlaceMention } from './places.ts';
import { findRoles, foreignNameWord, type RoleSpan } from './roles.ts';
import { tokenWord, type Token, type TokenWord } from './tokenize.ts';
import { looseSkeleton, sameNameWord } from './variants.ts';
import type { EngineInput, Entity, EntityType, Mention } from './types.ts';

/** Bumped whenever the engine's output for the same text may change (cached records are rebuilt). */
export const ENGINE_VERSION = '1.3.0';

/** The learned tagger as the engine uses it (src/core/tagger implements it). */
export interface SpanTagger {
  /** holders[i]: an object kept for words[i]'s word, where the tagger may keep what it found about the word (see tagger/model.ts). */
  tag(words: readonly string[], holders?: ReadonlyArray<{ tagSlot: number; tagSlotFor: object | undefined }>): { labels: string[]; spans: Array<{ from: number; to: number; type: string; score: number }> };
  /** Called before the text's sentences are tagged (the tagger may bring its tables into the CPU's caches). */
  prefetch?(): void;
}

export interface EngineOptions {
  tagger?: SpanTagger | null;
  /** Also return MISC spans of the tagger as entities of type 'misc' (CoNLL evaluation only). */
  includeMisc?: boolean;
}

export interface SliceOptions extends EngineOptions {
  /** Called when a slice of work is done; resolve it to let the host (the page) breathe. */
  yieldToHost: () => Promise<void>;
  /** Milliseconds of work between yields (default 12). */
  sliceBudgetMs?: number;
}

/** Annotate a text in one go. */
export function annotate(input: EngineInput, options: EngineOptions = {}): Entity[] {
  const gen = run(input, options);
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
  }
}

/** Annotate a text cooperatively: same result as annotate(), yielding to the host between slices. */
export async function annotateInSlices(input: EngineInput, options: SliceOptions): Promise<Entity[]> {
  const budget = options.sliceBudgetMs ?? 12;
  const gen = run(input, options);
  let started = now();
  for (;;) {
    const r = gen.next();
    if (r.done) return r.value;
    if (now() - started >= budget) {
      await options.yieldToHost();
      started = now();
    }
  }
}

function now(): number {
  return typeof performance !== 'undefined' ? performance.now() : Date.now();
}

/** QARI_DEBUG=1 under Node prints the roles and people found (read once: process.env is slow to read in a loop). */
const DEBUG = typeof process !== 'undefined' && !!process.env?.QARI_DEBUG;

/** Epithets written after a ruler's name: no part of it. */
const EPITHETS = new Set(['المعظم', 'المفدي', 'الموقر', 'المبجل']);

/** Nouns of a square, a station or a street, before its name (see applyTagger). */
const STATION_NOUN = /^(و|ف|ب|ل)?(ال)?(ساحه|ساحتي|محطه|محطتي|محطات|شارع|شارعي|ميدان|جسر|حي|حيي|احياء|قريه|بلده|منطقه|دوار)$/;

/** Diseases the tagger may take for names ("الكوليرا" for a place), with their proclitics (normalised). */
const DISEASE = /^(و|ف)?(ب|ل|ك)?(ال|ل)?(كوليرا|ملاريا|حصبه|كورونا|كوفيد|ايدز|سل|طاعون|جدري|ايبولا|دفتيريا|الدفتيريا|انفلونزا|انفلوانزا|حمي|تيفويد|زيكا|شيكونغونيا|ليشمانيا|بلهارسيا|تراخوما|جذام|سرطان|سكري|زهايمر|باركنسون|هيموفيليا|ثلاسيميا|كزاز|نكاف|حصبه|جرب|شلل)$/;

/** A present the lexicon knows, in the future with its س ("سيتألف"): no name the tagger may read in it ("سينما" is none). */
function futureVerb(w: string): boolean {
  return /^س[يتن]/.test(w) && looksLikeVerb(w, true) && isCommonAnyReading(w.slice(1));
}

/** Score above which a tagger span is taken at all, and above which it is trusted on its own. */
const TAGGER_MIN_SCORE = 0.3;
const TAGGER_SURE = 0.85;
/** A one-word name the tagger found once, with nothing else pointing at it, needs this much confidence. */
const LONE_WORD_MIN = 0.3;
/**
 * In a story (STORY_TOKENS tokens or more) it needs more: there the person would be named again, in full or by a
 * role, and a lone word the story never takes up is mostly an ordinary word, a street or a firm ("جيت"، "سبائك").
 * A sentence alone (a headline, a CoNLL line) holds no such evidence either way.
 */
const LONE_WORD_STORY_MIN = 0.85;
const STORY_TOKENS = 250;

function* run(input: EngineInput, options: EngineOptions): Generator<void, Entity[]> {
  const text = input.text;
  const res = yield* dictionariesInSteps();
  const chunks = chunkText(text, 3000);
  const tokens: Token[] = [];
  const chunkTokens: Array<[number, number]> = [];
  const chunkNorms: Normalized[] = [];
  for (const [a, b] of chunks) {
    const first = tokens.length;
    chunkNorms.push(tokenizeChunk(text, a, b, tokens));
    chunkTokens.push([first, tokens.length]);
    yield;
  }
  const lineBreak = new Uint8Array(tokens.length);
  // (Every field given here, those filled on first need too: a field added later would give the object another
  // shape on the pages whose rules fill it, and code made for one shape is thrown away on meeting the other.)
  const doc: Doc = { text, published: input.published, tokens, sentenceStart: markSentences(text, tokens, lineBreak), lineBreak, claimed: new Uint8Array(tokens.length), res, orgCanonicals: undefined, knownFull: undefined };
  claimWorkTitles(doc);
  claimLoanCompounds(doc);
  // (the whole-text facts the rules ask of the document, each in a step of its own: see prepareOrganizations)
  yield;
  prepareOrganizations(doc);
  yield;
  spokenWords(doc);
  yield;
  orgCanonicals(doc);
  yield;
  knownFull(doc);
  yield;


  const dates: DateMention[] = [];
  const orgs: OrgMention[] = [];
  const places: PlaceMention[] = [];
  const people: PersonMention[] = [];
  const roles: RoleSpan[] = [];
  const dateContext = newDateContext();
  for (let c = 0; c < chunks.length; c++) {
    const [a] = chunks[c];
    const [from, to] = chunkTokens[c];
    for (const m of findDatesInTokens(text, tokens.slice(from, to), chunkNorms[c], a, input.published, dateContext)) {
      dates.push(m);
      claimRange(doc, from, to, m.start, m.end, Claim.Date);
    }
    orgs.push(...findOrganizations(doc, from, to));
    for (const f of findFacilities(doc, from, to)) {
      if (f.kind === 'hospital') orgs.push({ from: f.from, to: f.to, start: f.start, end: f.end, text: f.text, canonical: f.canonical, alias: null, source: 'pattern' });
      else places.push(f);
    }
    places.push(...findAnnouncedPlaces(doc, from, to));
    const found = findRoles(doc, from, to);
    if (DEBUG) for (const r of found) console.error('[role]', r.kind, r.text, r.honorificTo);
    people.push(...findPeople(doc, found, from, to, roles));
    people.push(...findInitials(doc, from, to));
    roles.push(...found);
    yield;
  }
  // (No name that no list knows inside a quote in a dialect, «والتاجر عايز ياخد الكيلو», whether a first name or an
  // honorific announced it: dialect.ts; nor a body's pattern over a word of the dialect, «كل حاجة هتخلص أونلاين».)
  const release = (from: number, to: number, claim: Claim) => {
    for (let j = from; j < to; j++) if (doc.claimed[j] === claim) doc.claimed[j] = Claim.Free;
  };
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k];
    if ((p.evidence === 'first-name' || p.evidence === 'honorific') && !p.known && inDialectQuote(doc, p.from, p.to)) {
      release(p.from, p.to, Claim.Person);
      people.splice(k, 1);
    }
  }
  // ("الرميثة – مراسل «الفرات نيوز»:"، "دير البلح - مراسل دوحة 24:": a dateline's town before a dash and the
  // correspondent's credit is no correspondent's name)
  for (let k = people.length - 1; k >= 0; k--) {
    const p = people[k];
    const lineStart = p.from === 0 || lineBreakBefore(doc, p.from) || ((p.from === 1 || lineBreakBefore(doc, p.from - 1)) && PLACE_PARTICLES.has(doc.tokens[p.from - 1].norm));
    if (p.role && /^مراسل/.test(normalizeWord(p.role.split(' ')[0])) && lineStart && p.to - p.from <= 2 && isPunct(doc, p.to, '-–—') && !p.known) {
      release(p.from, p.to, Claim.Person);
      people.splice(k, 1);
    }
  }
  for (let k = orgs.length - 1; k >= 0; k--) {
    const o = orgs[k];
    if (o.source === 'pattern' && inDialectQuote(doc, o.from, o.to) && doc.tokens.slice(o.from, o.to).some((t) => dialectWeight(t.norm) > 0)) {
      release(o.from, o.to, Claim.Org);
      orgs.splice(k, 1);
    }
  }
  // Places after people, so a name word is never a place; but before short forms of names.
  // (First the one-word short forms of organizations named by a head noun: "مجموعة أوكيو" ... "أوكيو".)
  // (The family names of the people the rules named in full: a town named like one of them is that person, "الوزاني".)
  const familyNames = new Set<string>();
  for (const p of people) if (p.words.length >= 2) familyNames.add(p.words[p.words.length - 1]);
  for (let c = 0; c < chunks.length; c++) {
    const [from, to] = chunkTokens[c];
    orgs.push(...findOrgShortForms(doc, orgs, from, to));
    orgs.push(...findBareArmy(doc, orgs, from, to));
    places.push(...findPlaces(doc, from, to, familyNames));
    yield;
  }
  // A place found once after its place noun, named again alone ("دوار تاسويت" ... "تاسويت").
  const announced = places.filter((p) => p.kind === 'village');
  if (announced.length) {
    for (let c = 0; c < chunks.length; c++) {
      const [from, to] = chunkTokens[c];
      places.push(...findPlaceRepeats(doc, announced, from, to));
      yield;
    }
  }
  // By-names of the people the rules found, before the tagger reads them as names of their own
  // ("أحمد محمد إسلام، المعروف بـ"مادوبي""); then those of the people the tagger adds.
  people.push(...findNicknames(doc, people));
  const misc = options.tagger ? yield* applyTagger(doc, options.tagger, chunkTokens, people, places, orgs, roles, !!options.includeMisc) : [];
  surnameRunOns(doc, people);
  nameRunOns(doc, people);
  patronymicStarts(doc, people);
  if (DEBUG) {
    for (const p of people) console.error('[person]', p.evidence, p.text, p.role ?? '');
  }
  people.push(...findNicknames(doc, people));
  // Roles read with no name beside them, given to the foreign names found since.
  linkLooseRoles(doc, roles, people, places, orgs);
  // The holder a decree's appointee succeeds, with the office he held.
  predecessorRoles(doc, people);
  const isNative = (w: string) => res.firstNames.has(w);
  const clusters = yield* clusterPeopleInSteps(people, isNative);
  const spoken = spokenWords(doc);
  const forms = shortFormIndex(clusters, (w) => spoken.has(w));
  for (let c = 0; c < chunks.length; c++) {
    const [from, to] = chunkTokens[c];
    findShortForms(doc, forms, from, to, isNative);
    yield;
  }
  bracketAliases(doc, orgs);
  const entities = [
    ...personEntities(clusters, doc.tokens.length >= STORY_TOKENS ? LONE_WORD_STORY_MIN : LONE_WORD_MIN),
    ...placeEntities(places),
    ...acronymsAfterCutNames(text, orgEntities(orgs, (w) => !!res.nationalities.getNormalized(w))),
    ...dateEntities(dates, input.segments?.find((g) => g.kind === 'title')?.end ?? -1),
  ];
  if (options.includeMisc) {
    for (const m of misc) entities.push({ type: 'misc' as EntityType, canonical: m.text, role: null, value: null, mentions: [m] });
  }
  for (const e of entities) if (e.type === 'place' || e.type === 'organization') lilMentions(text, e);
  return sortEntities(entities);
}

function claimRange(doc: Doc, from: number, to: number, start: number, end: number, claim: Claim): void {
  // Binary search for the first token that ends after `start`.
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.tokens[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < to; k++) {
    const t = doc.tokens[k];
    if (t.end <= start) continue;
    if (t.start >= end) break;
    doc.claimed[k] = claim;
  }
}

/**
 * The tagger adds people, places and organizations no dictionary has. Rules keep what they found,
 * except weak findings (see overruleWeak) inside a span the tagger is sure of.
 */
/**
 * The word at a is a relational adjective ("سلطاني"، "سلطانية"، "الملكي") after an ordinary noun as definite as it that is
 * no first name, title or function word ("مرسوم"، "مراسيم"، "الأمر"): the noun's adjective.
 */
function adjectiveAfterNoun(doc: Doc, a: number): boolean {
  const toks = doc.tokens;
  const w = toks[a].norm;
  const written = doc.text.slice(toks[a].start, toks[a].end).replace(/[\u064b-\u0652\u0640]/g, '');
  if (!(/^.{3,}ي$/.test(w) || /^.{3,}ية$/.test(written))) return false;
  if (doc.res.firstNames.has(w) || doc.res.ambiguousFirstNames.has(w) || doc.res.known.matchAt(toks, a, false)) return false;
  // ("الأمر الملكي"، "البلاط الملكي": so a definite one after a definite noun)
  const definite = /^ال/.test(w);
  const p = toks[a - 1];
  if (p.kind !== 'word' || /^(و|ف|ب|ل)?ال/.test(p.norm) !== definite || isFunctionWord(p.norm) || !isCommonAnyReading(p.norm)) return false;
  if (definite && doc.res.firstNames.has(p.norm.replace(/^(و|ف|ب|ل)?ال/, ''))) return false;
  return !doc.res.firstNames.has(p.norm) && !doc.res.ambiguousFirstNames.has(p.norm) && !doc.res.titles.matchAt(toks, a - 1, true) && !/^(بن|ابن|بنت|ابو|ام|ولد)$/.test(p.norm);
}

/** Tokens [a, b) are Latin words inside brackets that open right after a person's name: "روانجي (Majid Takht-Ravanchi)". */
function latinGloss(doc: Doc, a: number, b: number, people: readonly PersonMention[]): boolean {
  const toks = doc.tokens;
  for (let k = a; k < b; k++) if (toks[k].kind !== 'latin') return false;
  let k = a - 1;
  while (k > 0 && a - k <= 6 && (toks[k].kind === 'latin' || isJoiningHyphen(doc, k) || (isPunct(doc, k, '-‐') && !toks[k].spaceBefore))) k--;
  return k >= 1 && isPunct(doc, k, '(') && people.some((p) => p.to === k);
}

function* applyTagger(
  doc: Doc,
  tagger: SpanTagger,
  chunkTokens: Array<[number, number]>,
  people: PersonMention[],
  places: PlaceMention[],
  orgs: OrgMention[],
  roles: readonly RoleSpan[],
  includeMisc: boolean,
): Generator<void, Array<{ start: number; end: number; text: string }>> {
  const misc: Array<{ start: number; end: number; text: string }> = [];
  const toks = doc.tokens;
  // Tokens of a role's title ("وزير شؤون مجلسي الشورى والنواب"): no person is named inside one.
  const inRole = new Uint8Array(toks.length);
  for (const r of roles) for (let k = r.from; k < r.to; k++) inRole[k] = 1;
  // Names of three words or more that the rules ran on with an unknown last word ("محمود عباس حدوث"):
  // by their last token, to be cut where the tagger reads that word as no name.
  const tails = new Map<number, PersonMention>();
  // (Two words are enough after a role or an honorific: "الرئيس لحود التدخل" leaves "لحود".)
  for (const p of people) {
    const min = p.evidence === 'role' || p.evidence === 'honorific' ? 2 : 3;
    if (p.to - p.from >= min && !p.known && !p.endJudged && p.evidence !== 'known' && p.evidence !== 'tagger' && p.evidence !== 'initials') tails.set(p.to - 1, p);
  }
  // Family names of the people named in full so far: a one-word place or body the tagger reads on one of them is the
  // person named short ("في حكومة بوريك" after "الرئيس غابرييل بوريك").
  const familyNames = new Set<string>();
  for (const p of people) if (p.words.length >= 2 && p.evidence !== 'tagger') familyNames.add(p.words[p.words.length - 1]);
  tagger.prefetch?.();
  for (const [from, to] of chunkTokens) {
    // Sentences inside the chunk.
    let s = from;
    while (s < to) {
      let e = s + 1;
      while (e < to && !doc.sentenceStart[e]) e++;
      const words: string[] = [];
      const holders: TokenWord[] = [];
      for (let k = s; k < e; k++) {
        words.push(toks[k].norm);
        holders.push(tokenWord(toks[k]));
      }
      // (each word's TokenWord keeps its place in the tagger's word cache)
      const { labels, spans } = tagger.tag(words, holders);
      // (from the sentence's end back, so that a name cut once is tried again at its new last word; a name that ran on
      // over two ordinary words loses both)
      if (tails.size) for (let k = e - 1; k >= s; k--) {
        const p = tails.get(k);
        // (A two-word name keeps its second word unless that is an ordinary word too: "لحود التدخل", not "سلطان العرادة".)
        // (Never after a particle: "فيصل بن سعيد آل مفرح" does not end in "آل".)
        // (Nor a name set between commas after its role: "رئيس المفوضية …، عماد السايح، قد صادق".)
        // (Nor a monarch's ordinal: "فريدريك العاشر"، "تشارلز الثالث".)
        if (p && labels[k - s] === 'O' && unknownTail(doc, k) && !isParticle(doc, k - 1) && !RULER_ORDINAL.test(toks[k].norm) && !betweenCommas(doc, p.from, k + 1) && (p.to - p.from >= 3 || isCommonAnyReadingToken(toks[k]) || isMostlyWord(toks[k].norm)) && !reportedAlone(doc, k) && !plainForeignEnd(doc, k)) {
          p.to = k;
          p.end = toks[k - 1].end;
          p.text = doc.text.slice(p.start, p.end);
          p.words = p.words.slice(0, -1);
          doc.claimed[k] = Claim.Free;
          const min = p.evidence === 'role' || p.evidence === 'honorific' ? 2 : 3;
          if (p.to - p.from >= min) tails.set(p.to - 1, p);
        }
      }
      for (const sp of spans) {
        const refined = refineSpan(doc, s + sp.from, s + sp.to, sp.type, sp.score);
        if (!refined) continue;
        let [a, b] = refined;
        // ("وقال ولد الطالب أعمر": a name the tagger ends inside the patronymic form of someone the rules named in full runs
        // on to the form's end)
        if (sp.type === 'PERS') b = patronymicEnd(doc, people, a, b);
        // "وكيل عيتاني" (his lawyer): an ordinary word before the family name of someone named in full is no first name.
        if (sp.type === 'PERS' && b - a >= 2 && isMostlyWord(toks[a].norm) && !doc.res.firstNames.has(toks[a].norm) && !isParticle(doc, a) && !/^[وف](عبد|ابو)$/.test(toks[a].norm) && people.some((p) => p.to - p.from >= 2 && p.words[p.words.length - 1] === toks[b - 1].norm && !p.words.includes(toks[a].norm))) a++;
        // "نكويتا-سلامي" is one name: a span that cuts it at its hyphen is no entity of its own.
        if ((a > 0 && isJoiningHyphen(doc, a - 1)) || isJoiningHyphen(doc, b)) continue;
        if (sp.type === 'MISC') {
          if (includeMisc && allFree(doc, a, b)) misc.push(spanText(doc, a, b, 0));
          continue;
        }
        if (sp.score < TAGGER_MIN_SCORE) continue;
        // ("مجيد تخت روانجي (Majid Takht-Ravanchi)": the Latin spelling in brackets right after a person's name glosses
        // it; it names no body)
        if (latinGloss(doc, a, b, people)) continue;
        // ("غمرت ثلاثين بيتاً": a word with the tanween of the accusative is an ordinary noun, no name)
        if (b - a === 1 && hasTanween(doc, a)) continue;
        // ("تضررا بالكوليرا"، "مرض الحصبة": a disease is no place, body or person)
        if (b - a === 1 && DISEASE.test(toks[a].norm)) continue;
        // ("إيليا كابيتال"، "ألفا هولدينغ": a company's trade word in transliteration names no person)
        if (sp.type === 'PERS' && toks.slice(a, b).some((x) => COMPANY_SUFFIX.has(x.norm))) continue;
        // ("ماشي"، "غادي نتحملو"، "لازم يصلحو الطرقان": a word of a spoken dialect in a quote names no person)
        if (sp.type === 'PERS' && toks.slice(a, b).some((x) => isDialectWord(x.norm))) continue;
        // (nor any word of a quote in a dialect, «الحمد لله كويس، بس العلاج غالي نار»: a name no list knows there is
        // the tagger's misreading; a listed person or place stays)
        if (inDialectQuote(doc, a, b) && !doc.res.known.matchAt(toks, a, true) && !doc.res.places.matchAt(toks, a, true) && !doc.res.orgs.matchAt(toks, a, true)) continue;
        // ("الخط الحديدي الحجازي": two relational adjectives with the article and no first name describe a thing; a
        // person's name has a given name or a single family name)
        // (not "الهادي الجبالي": a first name with the article opens a name)
        if (sp.type === 'PERS' && b - a >= 2 && toks.slice(a, b).every((x) => /^ال.{3,}(ي|يه)$/.test(x.norm)) && !doc.res.firstNames.has(toks[a].norm) && !doc.res.firstNames.has(toks[a].norm.slice(2)) && !doc.res.ambiguousFirstNames.has(toks[a].norm.slice(2))) continue;
        if (!allFree(doc, a, b)) {
          // A person the rules cut short of a family name no list holds ("عبد الحميد" of "عبد الحميد بلخير"): a
          // confident tagger's name over the same first words, one word longer, gives the name its end.
          if (sp.type === 'PERS' && sure(sp.score)) {
            const p = people.find((q) => q.from === a && q.to === b - 1 && q.to - q.from <= 3 && q.evidence !== 'initials');
            // (an ordinary word with the article only where the name plainly ends after it: punctuation, a function
            // word or a preposition on the next word)
            const endsAfter = !toks[b] || lineBreakBefore(doc, b) || toks[b].kind === 'punct' || isFunctionWord(toks[b].norm) || /^[بل][^ا]/.test(toks[b].norm) || /^بال|^لل/.test(toks[b].norm);
            // (not an epithet of a ruler: "هيثم بن طارق المعظم")
            if (p && doc.claimed[b - 1] === Claim.Free && toks[b - 1].kind === 'word' && !isFunctionWord(toks[b - 1].norm) && !inRole[b - 1] && !EPITHETS.has(toks[b - 1].norm) && (!isMostlyWord(toks[b - 1].norm) || (/^ال/.test(toks[b - 1].norm) && endsAfter)) && !lineBreakBefore(doc, b - 1)) {
              p.to = b;
              p.end = toks[b - 1].end;
              p.text = doc.text.slice(p.start, p.end);
              p.words = [...p.words, toks[b - 1].norm];
              doc.claimed[b - 1] = Claim.Person;
              continue;
            }
          }
          if (sure(sp.score) && !sameSpanSameType(doc, a, b, sp.type, places)) overruleWeak(doc, a, b, places, orgs);
          if (!allFree(doc, a, b)) continue;
        }
        // Clitics: the tagger's first token may carry و/ب/ل; the mention starts after them.
        // (also ل or ب on the family name of a person named in full: "أكد لبيرقدار")
        let skip = cliticSkip(doc, a, sp.type);
        if (skip === 0 && b - a === 1 && /^[وفبلك]./.test(toks[a].norm) && familyNames.has(toks[a].norm.slice(1)) && !familyNames.has(toks[a].norm)) skip = 1;
        // (but not off a family name written whole in the text: "عادل سعيد باحميد … وقال باحميد" is no ب + "احميد")
        else if (skip > 0 && sp.type === 'PERS' && familyNames.has(toks[a].norm)) skip = 0;
        if (sp.type === 'PERS') {
          if (b - a === 1 && ((!sure(sp.score) && isMostlyWord(toks[a].norm.slice(skip))) || isFunctionWord(toks[a].norm))) continue;
          const w0 = toks[a].norm.slice(skip);
          // ("المضاد للكوليرا": ل + ال on a word no one here is named by is a preposition's phrase, no person)
          if (b - a === 1 && /^لل/.test(w0) && !familyNames.has('ال' + w0.slice(2))) continue;
          // ("مهرجان البن الخولاني": a name does not open on a definite ordinary word that is no first name)
          // (a family name in ي, "الشربيني", is one)
          if (/^ال/.test(w0) && !/ي$/.test(w0) && (isCommonAnyReading(w0) || isMostlyWord(w0)) && !doc.res.firstNames.has(w0) && !doc.res.ambiguousFirstNames.has(w0) && !doc.res.firstNames.has(w0.slice(2)) && !doc.res.ambiguousFirstNames.has(w0.slice(2))) continue;
          // ("أسعار المانجو"، "الجوجيتسو": one definite word the tagger is unsure of, not in ي like a family name and no
          // family name of anyone the story names in full, is a thing, mostly a loanword no lexicon holds)
          if (b - a === 1 && /^ال/.test(w0) && !/ي$/.test(w0) && !sure(sp.score) && !familyNames.has(w0) && !doc.res.firstNames.has(w0) && !doc.res.firstNames.has(w0.slice(2)) && !doc.res.ambiguousFirstNames.has(w0.slice(2))) continue;
          // ("في ملوي وأبو قرقاص وبني مزار": between two places of one list, a town, not a person)
          // (or last in a list of places: "في بوجنيبة وحطان وأبي الجعد"; or right after a division's noun: "بإقليم
          // مولاي يعقوب")
          const betweenPlaces = /^و/.test(toks[a].norm) && a > 0 && doc.claimed[a - 1] === Claim.Place && !lineBreakBefore(doc, a) && ((!!toks[b] && !lineBreakBefore(doc, b) && /^و/.test(toks[b].norm) && (doc.claimed[b] === Claim.Place || !!doc.res.places.matchAt(toks, b, true))) || placeListBefore(doc, a - 1));
          const afterDivision = a > 0 && skip === 0 && !lineBreakBefore(doc, a) && DIVISION_NOUN.test(toks[a - 1].norm) && doc.claimed[a - 1] === Claim.Free;
          if ((betweenPlaces || afterDivision) && allFree(doc, a, b)) {
            const m = spanText(doc, a, b, betweenPlaces ? 1 : skip);
            places.push({ from: a, to: b, ...m, canonical: m.text.replace(/\s+/g, ' '), kind: 'village' });
            for (let k = a; k < b; k++) doc.claimed[k] = Claim.Place;
            continue;
          }
          // ("نحو سيدي مومن"، "بسيدي موسى": سيدي and one word, where the name ends, is a Maghrebi town or district named
          // after a saint; a person so named goes on: "سيدي محمد ولد أحمد")
          // (or where a place in ب follows, the town it lies in: "محطة سيدي جابر بالإسكندرية")
          if (b - a === 2 && w0 === 'سيدي' && !SON_OF.test(toks[a + 1].norm) && toks[a + 1].norm !== 'بن' && (endsHere(doc, b) || /^و/.test(toks[b].norm) || (/^ب/.test(toks[b].norm) && doc.res.places.matchAt(toks, b, true)?.clitic === 'ب')) && allFree(doc, a, b)) {
            const m = spanText(doc, a, b, skip);
            places.push({ from: a, to: b, ...m, canonical: m.text.replace(/\s+/g, ' '), kind: 'tagger' });
            for (let k = a; k < b; k++) doc.claimed[k] = Claim.Place;
            continue;
          }
          // ("الموسيقار سامر عبيدات"، "المايسترو هيثم سكرية": one definite word right before a name is the person's
          // title or trade, not a name)
          // ("نظيره الأرثوذكسي البطريرك يوحنا العاشر": nor one right before a title, the word that qualifies the title)
          if (b - a === 1 && /^ال/.test(toks[a].norm.slice(skip)) && toks[b] && !lineBreakBefore(doc, b) && (doc.claimed[b] === Claim.Person || doc.res.firstNames.has(toks[b].norm) || (/^ال.{3,}ي$/.test(toks[a].norm.slice(skip)) && !!doc.res.titles.matchAt(toks, b, false)))) continue;
          if (inRole[a] || inRole[b - 1] || isAgeWord(doc, a)) continue;
          // ("وقعت مع المستشفى بروتوكولا لتحويل الحالات": an ordinary word with the accusative alef, written without its
          // tanween, is the verb's object)
          if (b - a === 1 && /[^ا]ا$/.test(w0) && w0.length >= 5 && isCommonAnyReading(w0.slice(0, -1)) && !doc.res.firstNames.has(w0) && !doc.res.ambiguousFirstNames.has(w0) && !isNameLike(w0) && !familyNames.has(w0)) continue;
          // ("ستة مراسيم سلطانية"، "مرسوم سلطاني رقم 58": an indefinite relational adjective right after an indefinite
          // ordinary noun agrees with it; no one is named)
          if (b - a === 1 && skip === 0 && a > 0 && !lineBreakBefore(doc, a) && adjectiveAfterNoun(doc, a)) continue;
          // ("بين نحو 1400 مالك بنظام …": a word counted by a number of a hundred or more before it is the noun counted,
          // no name; a rank in a table or a shirt's number is smaller)
          if (a > 0 && skip === 0 && toks[a - 1].kind === 'number' && doc.claimed[a - 1] !== Claim.Date && /^[0-9٠-٩۰-۹]{3,}$/.test(doc.text.slice(toks[a - 1].start, toks[a - 1].end).replace(/[,٬.]/g, '')) && !lineBreakBefore(doc, a) && !/^(رقم|الرقم|برقم)$/.test(toks[a - 2]?.norm ?? '')) continue;
          // ("وبالنسبة للجواهري": ل + a family name with the article, written لل: the mention keeps its لل and the word
          // is الجواهري, so that it joins the person named in full)
          const lil = /^لل/.test(w0) && familyNames.has('ال' + w0.slice(2));
          const m = spanText(doc, a, b, skip);
          people.push({ from: a, to: b, ...m, words: toks.slice(a, b).map((t, k) => (k === 0 ? (lil ? 'ال' + w0.slice(2) : w0) : t.norm)), role: null, roleSource: null, known: null, evidence: 'tagger', score: sp.score });
          for (let k = a; k < b; k++) doc.claimed[k] = Claim.Person;
        } else if (sp.type === 'LOC') {
          if (b - a === 1 && !sure(sp.score) && isMostlyWord(toks[a].norm.slice(skip))) continue;
          // (nor a listed town that is the family name of someone the story names, which the rules left to him: "سعيد
          // الزهراني … ولفت الزهراني إلى")
          if (b - a === 1 && familyNames.has(toks[a].norm.slice(skip)) && (!doc.res.places.matchAt(toks, a, true) || doc.claimed[a] === Claim.Free)) continue;
          // ("وسط مشهد دمار" in a story of no Iran: the rules read the town that is also a word as the word, and so does
          // the tagger's place)
          if (b - a === 1 && wordNotTown(doc, a)) continue;
          // ("وريف جبلة الشرقي": the countryside of a town, a kind of land in construct)
          if (b - a === 1 && isTerrainWord(toks[a].norm) && !doc.res.places.matchAt(toks, a, true)) continue;
          // ("إعادة بناء الكورنيش": the town's corniche, named by its kind alone; a corniche's name follows the word)
          if (b - a === 1 && /^(ال)?كورنيش$/.test(toks[a].norm.slice(skip))) continue;
          // ("حي سيتألف من سبعة": a verb in the future or a derived present, which no list knows as a place)
          if (b - a === 1 && futureVerb(toks[a].norm.slice(skip)) && !doc.res.places.matchAt(toks, a, true) && !isNameLike(toks[a].norm.slice(skip))) continue;
          if (doc.res.nationalities.matchAt(toks, a, true)?.to === b) continue;
          const m = spanText(doc, a, b, skip);
          places.push({ from: a, to: b, ...m, canonical: articleRestored(toks[a].norm, skip, m.text), kind: 'tagger' });
          for (let k = a; k < b; k++) doc.claimed[k] = Claim.Place;
        } else if (sp.type === 'ORG') {
          if (b - a === 1 && !sure(sp.score) && isMostlyWord(toks[a].norm.slice(skip))) continue;
          // ("«سيُحرمون من المساعدات»": a verb in the future, with its س, names no body)
          // (the verb the lexicon knows, or written with its vowels: not a name in س like "سيتال"، "ستورم")
          if (b - a === 1 && /^(و|ف)?س[يت]../.test(toks[a].norm) && looksLikeVerb(toks[a].norm.replace(/^(و|ف)?س/, '')) && (/(ون|ان)$/.test(toks[a].norm) || isCommonAnyReading(toks[a].norm.replace(/^(و|ف)?س/, '')) || /[\u064b-\u0652]/.test(doc.text.slice(toks[a].start, toks[a].end)))) continue;
          // ("بعيد الاتحاد"، "عيد الاستقلال": a feast or a national day named by a word, no body)
          if (a > 0 && skip === 0 && !lineBreakBefore(doc, a) && /^(و|ف|ب|ل)?عيد$/.test(toks[a - 1].norm)) continue;
          // ("بساحة «بلفدير»"، "محطتي «بلفدير» و«المعاريف»": a name right after a square's, a station's or a
          // district's noun, in quotes or not, is that place)
          const q = a > 0 && isPunct(doc, a - 1, '«"“') ? a - 1 : a;
          // (not the sentence's verb the tagger took for a name: "مجلس حي سيتألف من سبعة")
          const nounBefore = q > 0 && !lineBreakBefore(doc, q) && STATION_NOUN.test(toks[q - 1].norm) && !futureVerb(toks[a].norm.slice(skip));
          if (nounBefore && skip === 0 && b - a <= 2) {
            const m = spanText(doc, a, b, skip);
            places.push({ from: a, to: b, ...m, canonical: articleRestored(toks[a].norm, skip, m.text), kind: 'tagger' });
            for (let k = a; k < b; k++) doc.claimed[k] = Claim.Place;
            continue;
          }
          // ("الكاريكاتير"، "السكوتر"، "الهايبرد"): in a story, one word the tagger is unsure of as a body, that
          // no list holds and no bracket or quote sets apart, is mostly a thing, a trade or a people; a firm is named
          // with its noun or in quotes. It stays claimed, so no rule reads it as a person instead.
          if (b - a === 1 && doc.tokens.length >= STORY_TOKENS && sp.score < LONE_WORD_STORY_MIN && !doc.res.orgs.matchAt(toks, a, true) && !(a > 0 && isPunct(doc, a - 1, '(«"“'))) {
            doc.claimed[a] = Claim.Org;
            continue;
          }
          if (b - a === 1 && familyNames.has(toks[a].norm.slice(skip)) && !doc.res.orgs.matchAt(toks, a, true)) continue;
          // ("شبكة منظمة لتهريب المخدرات": the adjective "organised", no body's name)
          if (skip === 0 && organisedAdjective(doc, a)) continue;
          const m = spanText(doc, a, b, skip);
          // The same words as a listed organization: its canonical, so the mention joins it.
          const listed = doc.res.orgs.matchAt(toks, a, true);
          // (A one-word club name that is also a word, "الريال"، "النصر": the rules judged its sports context.)
          if (listed && listed.to === b && b - a === 1 && listed.value.kind === 'sports' && listed.value.ambiguous) continue;
          // (a company's general assembly, in a story that names no UN)
          if (listed && listed.to === b && generalAssemblyOnly(doc, a, b, skip)) continue;
          const canonical = listed && listed.to === b && listed.skip === skip ? listed.value.canonical : articleRestored(toks[a].norm, skip, m.text);
          // (a description, "البنك المركزي", names no body the reader could look up)
          if (!listed && genericOrgName(canonical)) continue;
          orgs.push({ from: a, to: b, ...m, canonical, alias: null, source: 'pattern' });
          for (let k = a; k < b; k++) doc.claimed[k] = Claim.Org;
        }
      }
      s = e;
    }
    yield;
  }
  taggerNamesJoined(doc, people);
  return misc;
}

/** A first name with or without its article, or one that is also an ordinary word: "الهادي"، "صالح"، "لحسن". */
function anyFirstName(doc: Doc, w: string): boolean {
  const res = doc.res;
  return res.firstNames.has(w) || res.ambiguousFirstNames.has(w) || (/^ال../.test(w) && res.firstNames.has(w.slice(2)));
}

/**
 * "وذكر الرئيس تبون بالالتزامات"، "واستقبل الرئيس السيسي ضيوفه": the family name of a person named in full earlier in
 * the story, read with the word after it as a two-word name. The word goes back to the sentence and the family name
 * joins its person, when the family name is no first name ("سعيد أنصار" may be a man named سعيد) and the word is none
 * either. A word after ل or ب + the article ("حجازي للجارحي") or after ب + a listed place ("سعيد بقرطاج") is no name's
 * second word, whatever the first.
 */
function surnameRunOns(doc: Doc, people: PersonMention[]): void {
  const toks = doc.tokens;
  const res = doc.res;
  // Where each family name of a name of two words or more is first given, and every word of such names.
  const familyFrom = new Map<string, number>();
  const nameWords = new Map<string, number>();
  for (const q of people) {
    if (q.words.length < 2) continue;
    const last = q.words[q.words.length - 1];
    familyFrom.set(last, Math.min(familyFrom.get(last) ?? Infinity, q.from));
    for (const w of q.words) nameWords.set(w, (nameWords.get(w) ?? 0) + 1);
  }
  for (const p of people) {
    if (p.to - p.from !== 2 || p.words.length !== 2 || p.known || p.evidence === 'known' || p.aliasOf) continue;
    const [a, b] = p.words;
    if (!((familyFrom.get(a) ?? Infinity) < p.from)) continue;
    const raw = toks[p.from + 1].norm;
    const place = res.places.matchAt(toks, p.from + 1, true);
    const notName = /^(لل|بال)/.test(raw) || (/^ب/.test(raw) && place?.to === p.from + 2 && place.skip > 0);
    // (b in another name than p's own)
    if (!notName && (anyFirstName(doc, a) || anyFirstName(doc, b) || (nameWords.get(b) ?? 0) > 1)) continue;
    p.to = p.from + 1;
    p.end = toks[p.from].end;
    p.text = doc.text.slice(p.start, p.end);
    p.words = [a];
    if (doc.claimed[p.from + 1] === Claim.Person) doc.claimed[p.from + 1] = Claim.Free;
  }
}

/**
 * "وأضاف ولد أحمد سالم": a name read after the patronymic word, which with that word is the patronymic form of someone
 * named in full ("محمدن ولد أحمد سالم"), opens at the word (the form the Mauritanian press names him by).
 */
function patronymicStarts(doc: Doc, people: PersonMention[]): void {
  const toks = doc.tokens;
  const forms = new Set<string>();
  for (const q of people) if (q.words.length >= 3 && q.evidence !== 'tagger') for (const f of patronymicForms(q.words)) forms.add(f.join(' '));
  if (!forms.size) return;
  for (const p of people) {
    // (one word between that the rules read as a title: "وأكد ولد الشيخ الغزواني")
    for (let k = p.from - 1; k >= 0 && k >= p.from - 2; k--) {
      if (doc.claimed[k] !== Claim.Free || lineBreakBefore(doc, k + 1)) break;
      const w = toks[k].norm.replace(/^[وف](?=(ولد|ود|بنت)$)/, '');
      if (w !== 'ولد' && w !== 'ود' && w !== 'بنت') continue;
      const words = [w, ...toks.slice(k + 1, p.from).map((t) => t.norm), ...p.words];
      if (!forms.has(words.join(' '))) break;
      p.from = k;
      p.start = offsetAfter(doc.text, toks[k], toks[k].norm.length - w.length);
      p.text = doc.text.slice(p.start, p.end);
      p.words = words;
      for (let j = k; j < p.to; j++) doc.claimed[j] = Claim.Person;
      break;
    }
  }
}

/**
 * "كرّم الأمير ناصر بن محمد الفائزين"، "ثمّن المحافظ بن ماضي زيارة رئيس الوزراء": the first words or the family name
 * (of two words or more) of a person named in full earlier in the story, read with the word after it as one name. The
 * word goes back to the sentence when it is in no name: no first name, no word of another name, no nisba (ي) nor other
 * name shape the lists know. A start of two words with no particle ("أحمد محمد") is shared by many people, so there
 * the word must be an ordinary one the lexicon knows.
 */
function nameRunOns(doc: Doc, people: PersonMention[]): void {
  const toks = doc.tokens;
  const res = doc.res;
  const full = people.filter((q) => q.words.length >= 3 && q.evidence !== 'short-form');
  if (!full.length) return;
  const nameWords = new Map<string, number>();
  for (const q of people) for (const w of q.words) nameWords.set(w, (nameWords.get(w) ?? 0) + 1);
  const same = (a: string[], from: number, pre: string[]) => pre.every((w, k) => a[from + k] === w);
  for (const p of people) {
    const n = p.words.length;
    if (n < 3 || p.to - p.from !== n || p.known || p.evidence === 'known' || p.aliasOf) continue;
    const pre = p.words.slice(0, -1);
    const b = p.words[n - 1];
    const particle = pre.some((w) => /^(بن|ابن|بنت|ولد|منت|ال|ابو)$/.test(w));
    const q = full.find((x) => x.from < p.from && x.words.length > pre.length && !x.words.includes(b) && (same(x.words, 0, pre) || (particle && same(x.words, x.words.length - pre.length, pre))));
    if (!q) continue;
    // (a first name that is mostly an ordinary word is the word here: "زيارة")
    if ((anyFirstName(doc, b) && !(isMostlyWord(b) && !res.firstNames.has(b))) || (nameWords.get(b) ?? 0) > 1 || isNameLike(b) || isParticle(doc, p.to - 1) || lineBreakBefore(doc, p.to - 1)) continue;
    const ordinary = isCommonAnyReading(b) || isMostlyWord(b);
    // (nor one the story uses alone as the one who speaks, as a family name: "محمد بن عبدالله القويز … وقال القويز")
    if (!ordinary && (/ي$/.test(b) || reportedAlone(doc, p.to - 1) || (!particle && pre.length < 3) || res.places.matchAt(toks, p.to - 1, true) || res.nationalities.matchAt(toks, p.to - 1, true))) continue;
    p.to--;
    p.end = toks[p.to - 1].end;
    p.text = doc.text.slice(p.start, p.end);
    p.words = pre;
    if (doc.claimed[p.to] === Claim.Person) doc.claimed[p.to] = Claim.Free;
  }
}

/**
 * Tagger names that hold the name of someone named in full in a shape coreference cannot join, made to join it:
 * "سلام وجابر" (two family names joined by و) becomes "سلام" and "جابر"; "بعبد اللطيف"، "لبنيس" (ب or ل on a family
 * name) lose the preposition.
 */
function taggerNamesJoined(doc: Doc, people: PersonMention[]): void {
  const toks = doc.tokens;
  const full = people.filter((p) => p.words.length >= 2 && p.evidence !== 'short-form');
  if (!full.length) return;
  const lastWords = new Set(full.map((p) => p.words[p.words.length - 1]));
  const added: PersonMention[] = [];
  for (const p of people) {
    if (p.evidence !== 'tagger') continue;
    // Two family names joined by و: cut at the و; the second is a mention of its own when it is a family name too.
    if (p.to - p.from === 2 && p.words.length === 2 && lastWords.has(p.words[0]) && /^و/.test(toks[p.from + 1].norm)) {
      const second = toks[p.from + 1].norm.slice(1);
      const other = full.find((q) => q !== p && q.words[q.words.length - 1] === p.words[0]);
      if (!other || other.words.includes(second)) continue;
      p.to = p.from + 1;
      p.end = toks[p.from].end;
      p.text = doc.text.slice(p.start, p.end);
      p.words = [p.words[0]];
      if (lastWords.has(second)) {
        const start = offsetAfter(doc.text, toks[p.to], 1);
        added.push({ ...p, from: p.to, to: p.to + 1, start, end: toks[p.to].end, text: doc.text.slice(start, toks[p.to].end), words: [second] });
      } else doc.claimed[p.to] = Claim.Free;
      continue;
    }
    // ب or ل kept on the first word: dropped where the rest is the end of a name given in full ("بعبد اللطيف" after
    // "محمد عبد اللطيف"; "بتياجو مورايس" after "تياغو مورايس").
    const w0 = p.words[0];
    if (p.start !== toks[p.from].start || !/^[بل]../.test(w0) || doc.res.firstNames.has(w0)) continue;
    const rest = [w0.slice(1), ...p.words.slice(1)];
    const joins = full.some((q) => q !== p && q.words.length >= rest.length && rest.every((w, k) => sameNameWord(w, q.words[q.words.length - rest.length + k])));
    if (!joins) continue;
    p.start = offsetAfter(doc.text, toks[p.from], 1);
    p.text = doc.text.slice(p.start, p.end);
    p.words = rest;
  }
  people.push(...added);
  for (const p of people) {
    if (p.evidence !== 'tagger' || p.words.length !== 1) continue;
    const w = p.words[0];
    // A name word the tagger read with و or ب split off, that a name given in full holds whole: the word keeps its
    // letter ("برشم" of "معتز عيسى برشم", "وينترهوف" of "مارك وينترهوف"), and so joins that name.
    const whole = toks[p.from].norm;
    if (p.to === p.from + 1 && p.start !== toks[p.from].start && whole !== w && full.some((q) => q.words.includes(whole)) && !full.some((q) => q.words.includes(w))) {
      p.start = toks[p.from].start;
      p.text = doc.text.slice(p.start, p.end);
      p.words = [whole];
      continue;
    }
    // A father's name used alone for the man named in full ("وأضاف ذياب" of "وزير الموارد المائية عون ذياب عبد الله"):
    // a mention of him, when he is the one person of the story whose name holds the word inside it, and no one's name
    // opens or ends with it.
    if (lastWords.has(w) || w.length < 3 || full.some((q) => q.words[0] === w)) continue;
    // A foreign family name in another spelling, alone ("روجاس" of "أندريس روخاس", "لوبيث" of "خافيير لوبيز", "باراك"
    // of "توم براك"): a mention of the one person named in full whose family name it spells, no first name of anyone.
    if (w.length >= 4 && !doc.res.firstNames.has(w) && !full.some((q) => q.words.includes(w))) {
      const key = looseSkeleton(w);
      const spelled = key.length >= 3 ? full.filter((q) => q.words.length >= 2 && looseSkeleton(q.words[q.words.length - 1]) === key) : [];
      if (new Set(spelled.map((q) => q.words.join(' '))).size === 1) {
        const first = spelled.reduce((x, y) => (y.start < x.start ? y : x));
        if (first.start < p.start) p.aliasOf = first;
        continue;
      }
    }
    const owners = full.filter((q) => q.words.length >= 3 && q.words.indexOf(w) > 0 && q.words.indexOf(w) < q.words.length - 1 && !/^(عبد|ابو|بن|ابن|بنت|ام|ابي|ال|ولد|ود)$/.test(q.words[q.words.indexOf(w) - 1]));
    const names = new Set(owners.map((q) => q.words.join(' ')));
    if (names.size !== 1) continue;
    const first = owners.reduce((x, y) => (y.start < x.start ? y : x));
    if (first.start < p.start) p.aliasOf = first;
  }
}

/**
 * The word at k is a word no list or lexicon reads as anything but a name, and the name plainly ends after it (a comma,
 * a full stop, or و opening the next name): "أنجلو أوكيلو نيال وماري نياكوانغ ريث،".
 */
function plainForeignEnd(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  // (not a preposition's phrase after the name: "ياسين بونو ببراعة"، "محمود أبو عليا برضوض")
  if (!foreignNameWord(doc, k) || (/^[بلك]/.test(toks[k].norm) && !isNameLike(toks[k].norm))) return false;
  const next = toks[k + 1];
  return !next || isPunct(doc, k + 1, '،,.') || (/^و/.test(next.norm) && !lineBreakBefore(doc, k + 1) && (doc.res.firstNames.has(next.norm.slice(1)) || doc.claimed[k + 1] === Claim.Person));
}

/** Tokens [a, b) stand between two commas ("، عماد السايح،"): an apposition, whole. */
function betweenCommas(doc: Doc, a: number, b: number): boolean {
  const t = doc.tokens;
  return a > 0 && b < t.length && t[a - 1].kind === 'punct' && t[b].kind === 'punct' && /^[،,]$/.test(t[a - 1].norm) && /^[،,]$/.test(t[b].norm);
}

/**
 * A last name word no list knows as a name, and no nisba (السوداني، الظواهري stay), nor a family name with the
 * article that is no ordinary word (الشرمان، الخوالدة stay).
 */
function unknownTail(doc: Doc, k: number): boolean {
  const n = doc.tokens[k].norm;
  const r = doc.res;
  if (n.startsWith('ال') && n.length >= 5 && !isCommonAnyReadingToken(doc.tokens[k]) && !isMostlyWord(n)) return false;
  // (a family name in the pattern فعيل, an adjective, after a first name where the name plainly ends: "مفتاح الصغير
  // لبحث …"، "عادل الطويل")
  if (/^ال..ي.$/.test(n) && k > 0 && (r.firstNames.has(doc.tokens[k - 1].norm) || r.ambiguousFirstNames.has(doc.tokens[k - 1].norm)) && endsHere(doc, k + 1)) return false;
  // (a family name that is also a title, after a first name where the name plainly ends: "جورج الحاج «…»")
  if (TITLE_SURNAMES.has(n) && k > 0 && r.firstNames.has(doc.tokens[k - 1].norm) && endsHere(doc, k + 1)) return false;
  // (a family name that is a plural title, "يعرب القضاة": the rules read it so on purpose)
  if (n.startsWith('ال') && r.titles.matchAt(doc.tokens, k, false)?.value.category === 'plural') return false;
  // (a Maghrebi Bel- family name after a first name, closing the name: "نوري بالحاج،"، "منير بلحاج")
  if (belNameAfterFirst(doc, k) && endsHere(doc, k + 1)) return false;
  // (a Bel- family name no reading makes an ordinary word, "محمد الأمين بلعيد"; the second half of a compound first
  // name, "محمد الأمين")
  if (/^(بال|بل)(.{3,})$/.test(n) && k > 0 && doc.claimed[k - 1] === Claim.Person && (belStem(doc, n) || (!isCommonAnyReadingToken(doc.tokens[k]) && !isMostlyWord(n)))) return false;
  if ((n === 'الامين' || n === 'المختار') && k > 0 && r.firstNames.has(doc.tokens[k - 1].norm)) return false;
  return !r.firstNames.has(n) && !isNameLike(n) && !isParticle(doc, k) && !/ي$/.test(n) && !r.known.matchAt(doc.tokens, k, false) && !r.places.matchAt(doc.tokens, k, false);
}

/**
 * The end of a patronymic form ("ولد الطالب أعمر") of a person the rules found in full ("سيدي محمد ولد الطالب أعمر")
 * that tokens a..b begin and the free tokens after b complete; b when there is none.
 */
function patronymicEnd(doc: Doc, people: readonly PersonMention[], a: number, b: number): number {
  const toks = doc.tokens;
  const first = toks[a].norm.replace(/^[وف](?=(ولد|ود|بنت)$)/, '');
  if (first !== 'ولد' && first !== 'ود' && first !== 'بنت') return b;
  let end = b;
  for (const p of people) {
    if (p.evidence === 'tagger' || p.words.length < 3) continue;
    for (const f of patronymicForms(p.words)) {
      if (f.length <= b - a || a + f.length <= end || f[0] !== first) continue;
      let ok = true;
      for (let k = 1; k < f.length && ok; k++) {
        const i = a + k;
        ok = i < toks.length && toks[i].norm === f[k] && (i < b || (doc.claimed[i] === Claim.Free && !lineBreakBefore(doc, i)));
      }
      if (ok) end = a + f.length;
    }
  }
  return end;
}

/**
 * A tagger span cut to what can be a name: edges that are function words (and, for people, ordinary
 * words) go; a person's name stops at the first word that cannot be in a name. Null when nothing is left.
 */
function refineSpan(doc: Doc, a: number, b: number, type: string, score: number): [number, number] | null {
  const toks = doc.tokens;
  // A confident tagger is trusted with ordinary words inside a name (سعيد، أمل); a hesitant one is not.
  const sure = score >= TAGGER_SURE;
  // (badInSpan and notNameEnd are plain functions, not closures made per span: cheaper on this hot path.)
  // ("وعبد الغفار": a compound name's عبد or أبو behind و opens the name; the clitic is read apart)
  while (a < b && (badInSpan(doc, a, type, sure) || (type === 'PERS' && notNameEnd(doc, a) && !(a + 1 < b && /^[وف](عبد|ابو)$/.test(toks[a].norm))))) a++;
  // ("لشركة سير المهندس طلال …": an honorific at the end of a place or a body opens the person after it)
  // (nor does one end on the article written apart with a tatweel before a number: "الاتحاد الـ54")
  while (b > a && (badInSpan(doc, b - 1, type, sure) || (type === 'PERS' && (isParticle(doc, b - 1) || notNameEnd(doc, b - 1))) || (type !== 'PERS' && (doc.res.titles.matchAt(toks, b - 1, false)?.value.category === 'honorific' || (toks[b - 1].norm === 'ال' && doc.text.charCodeAt(toks[b - 1].end - 1) === 0x0640))))) b--;
  // ("بعد برونزية أيوب بساط": an indefinite noun in ة, an ordinary word or one in ية no list knows as a name, before a
  // listed first name is the sentence's, the name opens after it)
  if (type === 'PERS' && b - a >= 2 && nounBeforeFirstName(doc, a)) a++;
  // ("منع مزارعو جيوس": a sound plural in construct, its ن dropped before the noun it governs, names no one)
  if (b - a >= 1 && pluralInConstruct(doc.tokens[a].norm)) a++;
  if (type === 'PERS') {
    for (let k = a + 1; k < b; k++) {
      if (badInSpan(doc, k, type, sure)) {
        b = k;
        break;
      }
    }
  }
  // ("حكومة مونتينيغرو تنجو من …": a headline's present verb after its subject, a short word in ي/ت + consonant
  // that no list knows as a name, ends no name; "تشافي" is a name's تش)
  if (type === 'PERS' && b - a >= 2 && presentVerbAfterName(doc, b - 1)) b--;
  if (b <= a) return null;
  // Every word of a longer span being an ordinary word ("نظام دولي"، "جرى البحث") is no name.
  let ordinary = true;
  for (let k = a; k < b; k++) if (!isCommonAnyReadingToken(toks[k]) || doc.res.firstNames.has(toks[k].norm)) ordinary = false;
  return ordinary && !sure ? null : [a, b];
}

/**
 * "مزارعو"، "موظفو"، "مستوطنو": a participle in م with the و of a sound plural in construct, whose plural is an
 * ordinary word ("المزارعين"; not "مالمو", whose "مالمين" is none).
 */
function pluralInConstruct(n: string): boolean {
  if (n.length < 5 || !/^م.{3,}و$/.test(n)) return false;
  const stem = n.slice(0, -1);
  return isCommonAnyReading(stem + 'ين') || isCommonAnyReading('ال' + stem + 'ين') || isCommonAnyReading(stem + 'ون') || isCommonAnyReading('ال' + stem + 'ون');
}

/** Token a is an indefinite noun in ة that is no name ("برونزية"، "حضانة" as an ordinary word) and a listed first name follows. */
function nounBeforeFirstName(doc: Doc, a: number): boolean {
  const toks = doc.tokens;
  const t = toks[a];
  const n = t.norm;
  if (t.kind !== 'word' || /^ال/.test(n) || doc.text.charCodeAt(t.end - 1) !== 0x0629 || lineBreakBefore(doc, a + 1)) return false;
  if (doc.res.firstNames.has(n) || doc.res.ambiguousFirstNames.has(n) || isNameLike(n) || doc.res.known.matchAt(toks, a, false)) return false;
  if (!/^.{3,}يه$/.test(n) && !isCommonAnyReading(n)) return false;
  return doc.res.firstNames.has(toks[a + 1].norm);
}

/** A short present verb in ي/ت + consonant ("تنجو من"، "يلتقي الرئيس") that no list knows as a name word, before its complement. */
function presentVerbAfterName(doc: Doc, k: number): boolean {
  const n = doc.tokens[k].norm;
  // (the verb's complement follows: a preposition or a definite noun; "سجله خافيير يستي ثم …" is a name)
  const next = doc.tokens[k + 1];
  if (!next || lineBreakBefore(doc, k + 1) || !/^(من|في|على|الى|عن|مع|ال.{3,})$/.test(next.norm)) return false;
  return n.length >= 4 && n.length <= 5 && /^[يت][^اويش]/.test(n) && !doc.res.firstNames.has(n) && !doc.res.ambiguousFirstNames.has(n) && !isNameLike(n) && !doc.res.known.matchAt(doc.tokens, k, false) && !doc.res.places.matchAt(doc.tokens, k, false);
}

/** A division's or a settlement's noun, with its proclitics: a name right after it is the place's. */
const DIVISION_NOUN = /^(و|ف)?(ب|ل)?(اقليم|ولايه|محافظه|مدينه|قريه|بلده|عماله|جماعه|دوار|مخيم|ناحيه|قضاء|مديريه|بلديه|حي)$/;

/** The place ending at k is the last of a list of places joined by و or commas: "في بوجنيبة وحطان". */
function placeListBefore(doc: Doc, k: number): boolean {
  let p = k;
  while (p > 0 && doc.claimed[p - 1] === Claim.Place && !lineBreakBefore(doc, p)) p--;
  // (p opens the place ending at k; the one before it, behind a comma or with و on p)
  return p > 0 && !lineBreakBefore(doc, p) && ((/^و/.test(doc.tokens[p].norm) && doc.claimed[p - 1] === Claim.Place) || (isPunct(doc, p - 1, '،,') && p > 1 && doc.claimed[p - 2] === Claim.Place));
}

/** Token k cannot be inside a tagger span of this type (see refineSpan). */
function badInSpan(doc: Doc, k: number, type: string, sure: boolean): boolean {
  const toks = doc.tokens;
  return toks[k].kind === 'punct' || isFunctionWord(toks[k].norm) || (type === 'PERS' && ((!sure && !isNameWord(doc, k) && !isParticle(doc, k)) || !!doc.res.titles.matchAt(toks, k, true)?.value.isRole));
}

/** Shapes no name begins or ends with ("لكرة"، "بصوته"، "معلقا"), unless the word is a known first name. */
function notNameEnd(doc: Doc, k: number): boolean {
  const n = doc.tokens[k].norm;
  return isNonNameForm(n) && !doc.res.firstNames.has(n) && !isNameLike(n);
}

function sure(score: number): boolean {
  return score >= TAGGER_SURE;
}

function allFree(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.claimed[k] !== Claim.Free) return false;
  return b > a;
}

/** The tagger agrees with a place the rules found on the same words: nothing to overrule. */
function sameSpanSameType(doc: Doc, a: number, b: number, type: string, places: PlaceMention[]): boolean {
  return type === 'LOC' && places.some((p) => p.from === a && p.to === b);
}

/** The last word of an outlet's name ("… نيوز"، "… برس"). */
const MEDIA_END = /^(نيوز|برس|بريس|بوست|تايمز|انفو|اونلاين)$/;

/**
 * A span the tagger is sure of wins over weak rule findings inside it: a one-word place that is not a
 * country, capital or continent, a place announced only by a place noun, an organization found by shape
 * (not by name). Strong findings (dictionary organizations, countries, people, dates) stay.
 */
function overruleWeak(doc: Doc, a: number, b: number, places: PlaceMention[], orgs: OrgMention[]): void {
  // A place announced by a place noun (قرية أبو حجار) or a facility is strong evidence, not a weak hit.
  const weakPlace = (pl: PlaceMention) => pl.to - pl.from === 1 && !['country', 'capital', 'continent', 'village', 'facility', 'camp'].includes(pl.kind);
  const hits: Array<() => void> = [];
  for (let k = a; k < b; k++) {
    const c = doc.claimed[k];
    if (c === Claim.Free) continue;
    if (c !== Claim.Place && c !== Claim.Org) return;
  }
  for (let p = places.length - 1; p >= 0; p--) {
    const pl = places[p];
    if (pl.to <= a || pl.from >= b) continue;
    if (!weakPlace(pl) || pl.from < a || pl.to > b) return;
    hits.push(() => places.splice(places.indexOf(pl), 1));
  }
  for (let o = orgs.length - 1; o >= 0; o--) {
    const og = orgs[o];
    if (og.to <= a || og.from >= b) continue;
    // (an outlet named with its media word is no weak hit: "بابا كركر برس" is no one's name)
    if (og.source !== 'pattern' || og.from < a || og.to > b || MEDIA_END.test(doc.tokens[og.to - 1].norm)) return;
    hits.push(() => orgs.splice(orgs.indexOf(og), 1));
  }
  for (const h of hits) h();
  for (let k = a; k < b; k++) doc.claimed[k] = Claim.Free;
}

/**
 * Proclitics on the first word of a tagger span: و/ف split off a word that is not itself a known word
 * ("وتل أبيب"، "وبايدن"); ب/ل/ك only when what remains is in a dictionary ("بغداد" keeps its ب).
 */
function cliticSkip(doc: Doc, i: number, type: string): number {
  const n = doc.tokens[i].norm;
  const r = doc.res;
  const known = (w: string) => r.firstNames.has(w) || !!r.known.getNormalized(w) || !!r.places.getNormalized(w) || !!r.orgs.getNormalized(w);
  // ("وعبد الغفار": و on a compound name's عبد or أبو is the conjunction)
  if (/^[وف](عبد|ابو)$/.test(n)) return 1;
  // ("ولد اباه": the name particle ولد is no و + لد.)
  if (known(n) || isCommonWord(n) || isParticle(doc, i)) return 0;
  // "لحلف شمال الأطلسي": a listed name of the span's type behind a proclitic.
  const listed = type === 'ORG' ? r.orgs.matchAt(doc.tokens, i, true) : type === 'LOC' ? r.places.matchAt(doc.tokens, i, true) : null;
  if (listed && listed.skip > 0 && listed.to > i + 1 && /^[وفبلك]{1,2}$/.test(listed.clitic)) return listed.skip;
  if (/^[وف]/.test(n) && n.length >= 3) {
    const rest = n.slice(1);
    if (/^[بلك]/.test(rest) && rest.length > 3 && known(rest.slice(1))) return 2;
    // و is the conjunction on an unknown word; ف only when what remains is known ("فاركو" is a name).
    if (n[0] === 'و' || known(rest)) return 1;
    return 0;
  }
  if (type === 'PERS') return /^[بل]/.test(n) && n.length > 3 && known(n.slice(1)) ? 1 : 0;
  // Places and organizations: وال/بال/لل + name.
  const m = /^(و|ف)?(ب|ل|ك)?(?=ال)/.exec(n);
  if (m && m[0].length && n.length - m[0].length >= 4) return m[0].length;
  if (n.startsWith('لل') && n.length > 4) return 1;
  if (/^[وبلك]/.test(n) && n.length > 3 && (doc.res.places.getNormalized(n.slice(1)) || doc.res.orgs.getNormalized(n.slice(1)))) return 1;
  return 0;
}

/** "للأمم المتحدة" read after its ل is "لأمم المتحدة": the canonical gets its article back ("الأمم المتحدة"). */
function articleRestored(firstNorm: string, skip: number, text: string): string {
  return firstNorm.startsWith('لل', skip - 1) && skip >= 1 && firstNorm[skip - 1] === 'ل' ? 'ا' + text : text;
}

function spanText(doc: Doc, a: number, b: number, skip: number): { start: number; end: number; text: string } {
  const start = offsetAfter(doc.text, doc.tokens[a], skip);
  const end = doc.tokens[b - 1].end;
  return { start, end, text: doc.text.slice(start, end) };
}

function toMention(m: { start: number; end: number; text: string }): Mention {
  return { start: m.start, end: m.end, text: m.text };
}

function byStart(a: Mention, b: Mention): number {
  return a.start - b.start || a.end - b.end;
}

function personEntities(clusters: PersonCluster[], loneWordMin: number): Entity[] {
  const out: Entity[] = [];
  for (const c of clusters) {
    const mentions = c.mentions.map(toMention).sort(byStart);
    const longest = c.mentions.reduce((a, b) => (b.words.length > a.words.length ? b : a));
    // The article's full name overrules a known person matched by surname: "خوسيه ماريا سانشيز" is not "بيدرو سانشيز".
    if (c.known && longest.words.length >= 2 && !longest.known && !sameNameWord(longest.words[0], normalizeWord(c.known.name).split(' ')[0])) c.known = null;
    const role = bestRole(c);
    const canonical = c.known?.name ?? longest.text.replace(/\s+/g, ' ');
    // A lone word from the tagger or a first-name guess, seen once, is too weak to show.
    if (!role && c.mentions.length === 1 && c.mentions[0].evidence === "tagger" && c.words.length === 1 && (c.mentions[0].score ?? 0) < loneWordMin) continue;
    out.push({ type: role ? 'official' : 'person', canonical, role, value: null, mentions });
  }
  return out;
}

function bestRole(c: PersonCluster): string | null {
  const rank = (m: PersonMention) => (m.roleSource === 'stated' ? 3 : m.roleSource === 'counterpart' ? 2 : m.roleSource === 'plural' ? 1 : 0);
  let best: PersonMention | null = null;
  for (const m of c.mentions) {
    if (!m.role) continue;
    if (!best) best = m;
    else if (rank(m) > rank(best) || (rank(m) === rank(best) && m.role.length > best.role!.length)) best = m;
  }
  if (best?.role) {
    // A bare title ("الرئيس") is completed by the known role when they agree ("الرئيس الروسي").
    if (c.known?.role && !best.role.includes(' ') && normalizeWord(c.known.role).startsWith(normalizeWord(best.role))) return c.known.role;
    return best.role;
  }
  return c.known?.role ?? null;
}

/** A place's key that opens with a facility's head ("استاد …"، "مطار …"، "ملعب …"). */
const FACILITY_KEY = /^(استاد|ستاد|ملعب|مطار|ميناء|مرفا|مستشفي|جسر|سد|مسجد|جامع|قصر|ساحه|ميدان|معبر|مركز|منفذ|حقل|مصفاه|مجمع|المركب) /;

/** States whose capital bears the state's name (normalised): a port "of" them is the capital's. */
const CAPITAL_NAMED_STATES = new Set(['جيبوتي', 'الجزاير', 'الكويت', 'تونس', 'سنغافوره', 'بنما', 'غواتيمالا', 'لوكسمبورغ', 'موناكو']);

function placeEntities(places: PlaceMention[]): Entity[] {
  // (country: a state or a town, which a river named like it is not: "نهر الأردن")
  const groups = new Map<string, { canonical: string; mentions: Mention[]; camp: boolean; town: boolean; country: boolean; state: boolean }>();
  for (const p of places) {
    const key = placeKey(p.canonical);
    const g = groups.get(key) ?? { canonical: p.canonical, mentions: [], camp: false, town: false, country: false, state: false };
    g.camp ||= p.kind === 'camp';
    g.state ||= p.kind === 'country';
    g.country ||= /^(country|city|capital|governorate)$/.test(p.kind);
    g.town ||= /^(city|capital|governorate|region)$/.test(p.kind);
    g.mentions.push(toMention(p));
    groups.set(key, g);
  }
  // "قطاع غزة" and "غزة" are one place; a camp named after a listed town is not that town ("مخيم جنين").
  // (key is normalizeWord(g.canonical): the group's canonical is that of its first mention, whose key it is)
  for (const [key, g] of [...groups]) {
    if (g.camp) continue;
    const bare = withoutHead(g.canonical);
    if (bare && /^(مخيم|معسكر)/.test(key) && groups.get(bare)?.town) continue;
    // ("نهر الفرات" is "الفرات"; "نهر الأردن" is not the country.)
    if (bare && /^نهر /.test(key) && groups.get(bare)?.country) continue;
    // ("ولاية الجزائر" is the division, "الجزائر" the country; "مدينة الكويت" the capital, "الكويت" the state.)
    if (bare && /^(ولايه|محافظه|اقليم|مقاطعه|مدينه) /.test(key) && groups.get(bare)?.state) continue;
    // ("منطقة الرياض"، "منطقة مكة المكرمة": a Saudi region is kept apart from its city, as four of five golds have it.)
    if (bare && /^منطقه /.test(key) && groups.get(bare)?.town) continue;
    if (bare && groups.has(bare) && bare !== key) {
      g.mentions.push(...groups.get(bare)!.mentions);
      groups.delete(bare);
    }
  }
  // "بميناء صلالة" is a mention of the city named in the same story ("صلالة"), as the shared fixtures count
  // "ميناء جيهان" for جيهان: the port goes into the city's entry.
  for (const [key, g] of [...groups]) {
    // ("مرفأ بيروت" too: of the golds that name a port and its town, 95 count the port for the town, 13 apart.)
    // (and a coast or a beach named by its town or region: "ساحل حضرموت"، "شاطئ برج حمود")
    // (the port's adjective is no part of the town's name: "ميناء الداخلة الأطلسي"، "ميناء جدة الإسلامي")
    // (and an airport, a border post, a refinery, a field, a prison or a stadium named by a town the story names
    // too: "مطار صلالة" … "صلالة"، "منفذ السلوم"، "مصفاة الدقم"، "حقول البصرة"، "سجن صيدنايا": the golds count it for
    // the town 52 times against 11; not "مرفأ"، "معبر"، "سد", which they keep apart as often as not)
    // (and a desert named by its region: "صحراء الأنبار" … "الأنبار"، "صحراء الربع الخالي" … "الربع الخالي")
    const m = /^(ميناء|مرفا|ساحل|شاطي|مطار|منفذ|مصفاه|حقل|حقول|سجن|ملعب|صحراء) (.+)$/.exec(key);
    // (nor a port's size or age: "ميناء الفاو الكبير"، "ميناء نيوم الجديد"; a stadium's is its name, "ملعب فاس الكبير")
    const port = !!m && /^(ميناء|مرفا)$/.test(m[1]);
    const city = m ? groups.get(m[2]) ?? groups.get(m[2].replace(port ? / (?:ال\S+(?:ي|يه)|الكبير|الجديد|القديم)$/ : / ال\S+(?:ي|يه)$/, '')) : undefined;
    // (a town no list knows is a town all the same: "ميناء شناص" and "شناص"; a country's port is no city's, unless
    // its capital bears its name: "ميناء جيبوتي"، "ميناء الجزائر"; its airport stays apart: "مطار الكويت الدولي")
    if (city && (city.town || !city.state || (port && CAPITAL_NAMED_STATES.has(placeKey(city.canonical))))) {
      city.mentions.push(...g.mentions);
      groups.delete(key);
    }
  }
  // "ساوباولو" and "ساو باولو": one name written with and without its space is one place.
  const spaceless = new Map<string, string>();
  for (const key of groups.keys()) if (key.includes(' ') && !spaceless.has(key.replace(/ /g, ''))) spaceless.set(key.replace(/ /g, ''), key);
  for (const key of [...groups.keys()]) {
    if (key.includes(' ')) continue;
    const spaced = spaceless.get(key);
    if (spaced && spaced !== key && groups.has(spaced)) {
      groups.get(spaced)!.mentions.push(...groups.get(key)!.mentions);
      groups.delete(key);
    }
  }
  // "ازويرات" and "الزويرات": a town's name whose first alef is written as the article is one place (the Maghreb and
  // the Sahel write such names both ways in one story).
  for (const [key, g] of [...groups]) {
    if (!/^ا[^ل]\S{3,}$/.test(key) || !groups.has(key)) continue;
    const other = groups.get('ال' + key.slice(1));
    if (!other) continue;
    const [into, from] = other.mentions.length >= g.mentions.length ? [other, g] : [g, other];
    into.mentions.push(...from.mentions);
    groups.delete(into === g ? 'ال' + key.slice(1) : key);
  }
  // "استاد القاهرة" is "استاد القاهرة الدولي" named short in the same story, when that is the only such facility.
  for (const key of [...groups.keys()]) {
    if (!FACILITY_KEY.test(key) || !key.includes(' ')) continue;
    const longer = [...groups.keys()].filter((r) => r !== key && r.startsWith(key + ' '));
    if (longer.length !== 1) continue;
    groups.get(longer[0])!.mentions.push(...groups.get(key)!.mentions);
    groups.delete(key);
  }
  // "الساحل الشمالي الغربي" is a part of "الساحل الشمالي" named in the same story: one place for the reader.
  for (const [key, g] of [...groups]) {
    const base = withoutDirection(g.canonical);
    const into = base && base !== key ? groups.get(base) : undefined;
    if (into && groups.has(key)) {
      into.mentions.push(...g.mentions);
      groups.delete(key);
    }
  }
  return [...groups.values()].map((g) => ({ type: 'place' as const, canonical: g.canonical, role: null, value: null, mentions: g.mentions.sort(byStart) }));
}

/**
 * The grouping key of a place's canonical: normalised, but a shadda the canonical is written with is kept, since it
 * alone tells two listed places apart ("عمّان" the Jordanian capital, "عُمان" the sultanate).
 */
function placeKey(canonical: string): string {
  const k = normalizeWord(canonical);
  return canonical.includes('\u0651') ? k + '\u0651' : k;
}

/** A normalised name without its word الدولي ("مهرجان الصويرة الدولي للفيلم" → "مهرجان الصويرة للفيلم"). */
function withoutIntl(k: string): string {
  return k.replace(/ الدولي(?=( |$))/, '');
}

/** Head nouns that open a body of their own (normalised, without the article): a word between a body and an acronym that is one opens another body. */
const OTHER_BODY_HEAD = new Set(['شركه', 'صندوق', 'موسسه', 'سوق', 'هيئه', 'منظمه', 'وزاره', 'مديريه', 'جمعيه', 'اتحاد', 'بنك', 'مجموعه', 'مجلس', 'حزب', 'حركه', 'جامعه', 'مكتب', 'وكاله']);

/**
 * "الشركة الوطنية لإنجاز وتدبير المنشآت الرياضية «سونارجيس»"، "بعثة الاتحاد الأفريقي للدعم والاستقرار في الصومال
 * (أوصوم)": an acronym in brackets, guillemets or quotes a few words after a body whose name the rules read cut short,
 * the words between going on with that name (words with ل، ب، ال or و, and في), is that body's: the body's one
 * mention runs on to it and its one-word entity joins the body. Not across punctuation, nor over the head noun of another body ("وشركة «أسفات»"، "بصندوق «آبار»"،
 * "والسوق المالية السعودية (تداول)").
 */
function acronymsAfterCutNames(text: string, orgs: Entity[]): Entity[] {
  const dropped = new Set<Entity>();
  for (const a of orgs) {
    if (a.mentions.some((m) => /\s/.test(m.text))) continue;
    const m0 = a.mentions.reduce((x, y) => (y.start < x.start ? y : x));
    if (!/[(«"]\s?$/.test(text.slice(Math.max(0, m0.start - 2), m0.start))) continue;
    let best: { e: Entity; end: number; gapEnd: number } | null = null;
    for (const b of orgs) {
      // (a body named once: one named elsewhere is a body of its own, the acronym's a part of it, "بعثة الاتحاد الأفريقي …")
      if (b === a || dropped.has(b) || b.mentions.length !== 1) continue;
      for (const mb of b.mentions) {
        if (mb.end > m0.start || m0.start - mb.end > 60 || (best && mb.end <= best.end)) continue;
        const gap = text.slice(mb.end, m0.start).replace(/[(«"]\s?$/, '');
        if (/[.،,:؛\n]/.test(gap)) continue;
        const words = gap.split(/\s+/).filter(Boolean);
        if (words.length === 0 || words.length > 6) continue;
        if (!words.every((w) => /^(و?(ال|لل|ل|ب)\S{2,}|في|و\S{3,})$/.test(w))) continue;
        if (words.some((w) => OTHER_BODY_HEAD.has(normalizeWord(w).replace(/^[وف]?[بلك]?/, '').replace(/^ال/, '')))) continue;
        best = { e: b, end: mb.end, gapEnd: mb.end + gap.trimEnd().length };
      }
    }
    if (!best) continue;
    // The body's name runs on to the acronym: its mention and its canonical take the words between.
    const mb = best.e.mentions[0];
    mb.end = best.gapEnd;
    mb.text = text.slice(mb.start, mb.end);
    best.e.canonical = mb.text.replace(/\s+/g, ' ');
    best.e.mentions.push(...a.mentions);
    best.e.mentions.sort(byStart);
    dropped.add(a);
  }
  return dropped.size ? orgs.filter((e) => !dropped.has(e)) : orgs;
}

/**
 * A short name in brackets or guillemets right after a body's name is that body's: "المنظمة العالمية للملكية الفكرية
 * (الويبو)"، "الاتحاد الدولي للنقاد السينمائيين «فيبريسي»". The organizations pass joins such a name to the one it
 * read; this joins what was read apart (by another rule or by the learned tagger).
 */
function bracketAliases(doc: Doc, orgs: OrgMention[]): void {
  const toks = doc.tokens;
  const byEnd = new Map<number, OrgMention>();
  for (const o of orgs) byEnd.set(o.to, o);
  for (const o of orgs) {
    if (o.alias || o.to - o.from > 4 || o.from < 2) continue;
    const open = toks[o.from - 1].norm;
    const close = toks[o.to]?.norm;
    if (!((open === '(' && close === ')') || (open === '«' && close === '»'))) continue;
    const q = byEnd.get(o.from - 1);
    if (!q || q === o || normalizeWord(q.canonical) === normalizeWord(o.canonical)) continue;
    // (not a dateline's source: "الشارقة (الاتحاد) –" is the town and the paper)
    if (/^[-–—]$/.test(toks[o.to + 1]?.norm ?? '') || (q.to - q.from === 1 && (q.from === 0 || lineBreakBefore(doc, q.from)))) continue;
    // (the short name as written, not a name with a head of its own: "(وزارة الخارجية)" is another body)
    if (o.to - o.from >= 2 && o.source !== 'dictionary' && toks.slice(o.from, o.to).some((t) => t.norm.length > 4)) continue;
    o.alias = q.canonical;
  }
}

/** A normalised name without a leading proclitic: "للامن العام" → "الامن العام"، "والدفاع المدني" → "الدفاع المدني". */
function withoutProclitic(k: string): string {
  return k.replace(/^[وف]?(?:لل|[بلك]?ال)/, 'ال');
}

function orgEntities(orgs: OrgMention[], isNationality: (word: string) => boolean): Entity[] {
  // Union of canonicals joined by a parenthesised alias.
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.get(r) && parent.get(r) !== r) r = parent.get(r)!;
    return r;
  };
  // (Asked of the same canonicals again and again in the loops below: each normalised once.)
  const keys = new Map<string, string>();
  const keyOf = (s: string) => {
    let k = keys.get(s);
    if (k === undefined) keys.set(s, (k = normalizeWord(s)));
    return k;
  };
  for (const o of orgs) {
    const k = keyOf(o.canonical);
    if (!parent.has(k)) parent.set(k, k);
    if (o.alias) {
      const a = keyOf(o.alias);
      if (!parent.has(a)) parent.set(a, a);
      parent.set(find(a), find(k));
      // The short name as written ("نادك") names the same body when it comes again on its own.
      const t = keyOf(o.text);
      if (t !== k && t !== a) {
        if (!parent.has(t)) parent.set(t, t);
        if (find(t) !== find(k)) parent.set(find(t), find(k));
      }
    }
  }
  // «الصفاة الوطني» is "بنك الصفاة الوطني" named without its head; "شركة Kestrel Metals" the company named
  // "(Kestrel Metals)" beside its Arabic name.
  // (A company's head only: "مفوضية الاتحاد الأفريقي" is not the African Union. A listed company named with its head
  // is the same company: "شركة قطر للطاقة" … "قطر للطاقة".)
  for (const r of [...new Set([...parent.keys()].map(find))]) {
    const rest = r.slice(r.indexOf(' ') + 1);
    // (and an organization or an agency named with its head: "منظمة يونيسف" … "يونيسف"، "وكالة الأناضول" … "الأناضول")
    // (and an outlet named with its medium: "منصة الشاهد" … «الشاهد»، "صحيفة الفنار" … «الفنار»)
    if (!/^(شركه|بنك|مصرف|مجموعه|منظمه|وكاله|منصه|موقع|صحيفه|جريده|قناه|شبكه|اذاعه|مجله) /.test(r) || rest.length < 2 || !parent.has(rest) || find(rest) === find(r)) continue;
    // (the organization keeps the name it was first given in full: the head and the short name join it)
    if (/^(منظمه|وكاله) /.test(r)) parent.set(find(r), find(rest));
    else parent.set(find(rest), find(r));
  }
  // "المديرية العامة للأمن العام" is the body the story also calls "الأمن العام": an administration named by the
  // service it runs ("الإدارة العامة للدفاع المدني" … "الدفاع المدني"، "جهاز الدفاع المدني"، "المؤسسة السورية للحبوب" …
  // "السورية للحبوب"). The service may be named by a mention of a listed body ("للأمن العام" read as "الأمن العام اللبناني").
  const byText = new Map<string, string>();
  for (const o of orgs) {
    const t = withoutProclitic(keyOf(o.text));
    byText.set(t, keyOf(o.canonical));
    // (a mention after the preposition ل starts past it and past the article's alef it swallowed: "لأمن العام")
    if (/^ل[^ل]/.test(t)) byText.set('ا' + t, keyOf(o.canonical));
  }
  for (const r of [...new Set([...parent.keys()].map(find))]) {
    // (and a directorate named by it: "مديرية الأمن العام" … "الأمن العام"; a police force's command, "قيادة شرطة
    // البصرة" … "شرطة البصرة")
    const m = /^(?:الاداره العامه|المديريه العامه|الديوان الوطني|ديوان|جهاز|الموسسه|موسسه|مديريه) (.+)$/.exec(r) ?? /^(?:قياده|القياده العامه) ل?(شرطه .+)$/.exec(r);
    if (!m) continue;
    const rest = withoutProclitic(m[1]);
    for (const other of [parent.has(rest) ? rest : undefined, rest.includes(' ') ? byText.get(rest) : undefined]) {
      if (other && find(other) !== find(r)) parent.set(find(other), find(r));
    }
  }
  // "وزارة الصحة السعودية" … "وزارة الصحة": a body named once with its country and once without is one body, when
  // the story names no other country's ("خفر السواحل اليوناني" … "خفر السواحل الإيطالي" … "خفر السواحل" are three).
  {
    const byBase = new Map<string, string[]>();
    for (const r of new Set([...parent.keys()].map(find))) {
      const m = /^(.+) (\S+)$/.exec(r);
      if (m && m[1].includes(' ') && isNationality(m[2])) byBase.set(m[1], [...(byBase.get(m[1]) ?? []), r]);
    }
    for (const [base, withCountry] of byBase) {
      if (withCountry.length === 1 && parent.has(base) && find(base) !== find(withCountry[0])) parent.set(find(base), find(withCountry[0]));
    }
  }
  // "البنك المركزي" is "البنك المركزي المصري" when that is the only organization it begins.
  const roots = [...new Set([...parent.keys()].map(find))];
  for (const k of roots) {
    const longer = roots.filter((r) => r !== k && r.startsWith(k + ' '));
    // ("مهرجان الصويرة للفيلم القصير" is "مهرجان الصويرة الدولي للفيلم القصير" written without its الدولي)
    const withIntl = withoutIntl(k) === k ? roots.filter((r) => r !== k && withoutIntl(r) === k) : [];
    if (withIntl.length === 1) {
      parent.set(k, withIntl[0]);
      continue;
    }
    // (or the longest of names that each begin the next: "مهرجان القاهرة" … "مهرجان القاهرة السينمائي" … "مهرجان
    // القاهرة السينمائي الدولي")
    const longest = longer.length > 1 ? longer.reduce((a, b) => (b.length > a.length ? b : a)) : longer[0];
    if (longer.length >= 1 && k.includes(' ') && longer.every((r) => r === longest || longest.startsWith(r + ' '))) {
      parent.set(k, longest);
      continue;
    }
    // (and a company's own name alone, a word with no article, after its full name: "داماك العقارية" … "داماك"،
    // "أوراسكوم للإنشاءات" … "أوراسكوم"، "شركة نوردلاين للخدمات اللوجستية" … "نوردلاين")
    if (!k.includes(' ') && !/^ال/.test(k) && k.length >= 3) {
      // (the words after it say what trade it is in: not "أوبك بلس", a wider body, nor "زين العراق", one country's branch)
      const trade = (rest: string) => /^لل?\S{3,}/.test(rest) || COMPANY_SUFFIX.has(rest.split(' ')[0]) || (/^ال\S+(?:يه|ي)$/.test(rest) && !isNationality(rest));
      const company = roots.filter((r) => r !== k && ((r.startsWith(k + ' ') && trade(r.slice(k.length + 1))) || r.startsWith('شركه ' + k + ' ') || r === 'شركه ' + k));
      if (company.length === 1) {
        parent.set(k, company[0]);
        continue;
      }
    }
    // "هيئة الانتخابات" is "الهيئة العليا المستقلة للانتخابات" when that is the only such body named.
    const short = /^(\S+) ال(\S+)$/.exec(k);
    if (short && !/^ال/.test(short[1])) {
      let full = roots.filter((r) => r !== k && r.startsWith('ال' + short[1] + ' ') && r.split(' ').includes('لل' + short[2]));
      // (a national body before its regional branch: "... للانتخابات" before "... للانتخابات بصفاقس")
      if (full.length > 1) full = full.filter((r) => r.endsWith(' لل' + short[2]));
      if (full.length === 1) {
        parent.set(k, full[0]);
        continue;
      }
    }
    // "حزب البديل" is "البديل من أجل ألمانيا" (listed without its head) when that is the only one it begins.
    // "لسومر نيوز" (a proclitic the shape did not split) is "سومر نيوز" named in the same story.
    if (/^[وفبل]/.test(k) && k.includes(' ') && roots.includes(k.slice(1))) {
      parent.set(k, k.slice(1));
      continue;
    }
    const m = /^(حزب|حركه|تيار|جبهه|تحالف|ايتلاف) (.+)$/.exec(k);
    if (!m) continue;
    const bare = roots.filter((r) => r !== k && (r === m[2] || r.startsWith(m[2] + ' ')));
    if (bare.length === 1) parent.set(k, bare[0]);
  }
  // "مجلس الأمن الروسي" ... "أمين مجلس الأمن": a bare listed name that the lists read as another body (the UN's)
  // is the body named in full in the story, when it is the only one it begins and the other is never named in full.
  const finalRoots = [...new Set([...parent.keys()].map(find))];
  const rootOf = new Map<OrgMention, string>();
  for (const o of orgs) {
    const t = keyOf(o.text);
    const own = find(keyOf(o.canonical));
    if (o.source !== 'dictionary' || t === own || !t.includes(' ')) continue;
    const longer = finalRoots.filter((r) => r !== own && r.startsWith(t + ' '));
    if (longer.length !== 1) continue;
    if (orgs.some((x) => find(keyOf(x.canonical)) === own && keyOf(x.text) !== t)) continue;
    rootOf.set(o, longer[0]);
  }
  const groups = new Map<string, { names: Set<string>; mentions: Mention[]; fallback?: string }>();
  for (const o of orgs) {
    const root = rootOf.get(o) ?? find(keyOf(o.canonical));
    const g = groups.get(root) ?? { names: new Set<string>(), mentions: [] };
    if (!rootOf.has(o)) g.names.add(o.canonical);
    else g.fallback ??= o.canonical;
    g.mentions.push(toMention(o));
    groups.set(root, g);
  }
  const plain = (n: string) => normalizeWord(n).replace(/(^| )لل/g, '$1ال');
  const runsService = (long: string, short: string) => {
    const l = plain(long);
    const sh = plain(short);
    const last = sh.slice(sh.lastIndexOf(' ') + 1);
    return l.endsWith(' ' + sh) || (sh.includes(' ') && isNationality(last) && l.endsWith(' ' + sh.slice(0, sh.lastIndexOf(' '))));
  };
  return [...groups.values()].map((g) => {
    // (the Arabic name first, the one in Latin letters beside it: "كيستريل ميتالز (Kestrel Metals)")
    const latin = (n: string) => (/[A-Za-z]/.test(n) ? 1 : 0);
    // ("منظمة يونيسف" is a way of writing "اليونيسف": no name of its own beside it)
    const bare = (n: string) => normalizeWord(n).replace(/^ال/, '');
    const headed = (n: string) => {
      const m = /^(?:منظمة|منظمه|وكالة|وكاله) (.+)$/.exec(n);
      return !!m && [...g.names].some((o) => o !== n && bare(o) === bare(m[1]));
    };
    const named = [...g.names].filter((n) => !headed(n));
    const names = named.length ? named.sort((a, b) => latin(a) - latin(b) || b.length - a.length) : [g.fallback ?? [...g.names][0]];
    let canonical = names[0];
    // An acronym or short name beside the full one: "حركة المقاومة الإسلامية (حماس)"; a prefix is no acronym.
    const short = names[names.length - 1];
    // (nor the name without its head: "بنك الصفاة الوطني" ... «الصفاة الوطني»)
    // (nor the name without its الدولي: "مهرجان الصويرة للفيلم القصير")
    // (nor the service an administration runs: "المديرية العامة للأمن العام" ... "الأمن العام اللبناني")
    if (names.length > 1 && !canonical.includes('(') && !normalizeWord(canonical).startsWith(normalizeWord(short)) && !normalizeWord(canonical).endsWith(' ' + normalizeWord(short)) && withoutIntl(normalizeWord(canonical)) !== normalizeWord(short) && !runsService(canonical, short)) canonical = `${canonical} (${short})`;
    return { type: 'organization' as const, canonical, role: null, value: null, mentions: g.mentions.sort(byStart) };
  });
}

/**
 * One entity per date expression and value. A date written only in the headline (titleEnd: where the headline
 * ends, -1 for none) is the story's date that the body states in full ("الأحد" over "صباح الأحد المقبل"): it joins
 * the body's date that says it in more words, and with none it is left out, as readers do not count the headline's (a
 * headline's bare weekday or "نهاية العام" has no sentence to be resolved in).
 */
function dateEntities(dates: DateMention[], titleEnd: number): Entity[] {
  const groups = new Map<string, Entity>();
  for (const d of dates) {
    const key = `${normalizeWord(d.text)}|${d.value}`;
    const e = groups.get(key);
    if (e) e.mentions.push(toMention(d));
    else groups.set(key, { type: 'date', canonical: d.text.replace(/\s+/g, ' '), role: null, value: d.value, mentions: [toMention(d)] });
  }
  const all = [...groups.values()];
  if (titleEnd <= 0) return all;
  const inTitle = (e: Entity) => e.mentions.every((m) => m.end <= titleEnd);
  const out: Entity[] = [];
  for (const e of all) {
    if (!inTitle(e)) {
      out.push(e);
      continue;
    }
    // (the body's words hold the headline's: "الأحد" in "صباح الأحد المقبل", whose value the sentence gives; one of
    // the same value first)
    const words = normalizeWord(e.canonical);
    const holds = all.filter((b) => b !== e && !inTitle(b) && normalizeWord(b.canonical).includes(words));
    const body = holds.find((b) => b.value === e.value) ?? holds[0];
    if (body) body.mentions.unshift(...e.mentions);
  }
  return out;
}

/**
 * "للبحر الأبيض المتوسط"، "للأمم المتحدة": ل + a name with the article, written لل. A mention cut after the
 * preposition reads "لبحر …", a word that is neither; it is given the whole "لل" form, which reads as ل + ال.
 */
function lilMentions(text: string, e: Entity): void {
  const c = normalizeWord(e.canonical);
  if (!c.startsWith('ال')) return;
  const first = c.split(' ')[0];
  for (const m of e.mentions) {
    if (m.start < 1 || text[m.start - 1] !== 'ل' || text[m.start] !== 'ل' || m.text.startsWith('ال')) continue;
    // (the canonical's first word after its ل, or an alias of another name, "للمملكة المغربية" of المغرب; not a word of
    // the canonical itself written with its own ل)
    if (normalizeWord('ا' + m.text).split(' ')[0] !== first && c.split(' ').includes(normalizeWord(m.text).split(' ')[0])) continue;
    // (nor a head noun written with the name, "للواء الرمثا" → "لواء الرمثا": its ل is the preposition)
    if (normalizeWord(m.text).endsWith(' ' + c)) continue;
    m.start -= 1;
    m.text = text.slice(m.start, m.end);
  }
}

const TYPE_ORDER: Record<string, number> = { official: 0, person: 1, place: 2, organization: 3, date: 4, misc: 5 };

function sortEntities(entities: Entity[]): Entity[] {
  return entities
    .filter((e) => e.mentions.length > 0)
    .sort((a, b) => (TYPE_ORDER[a.type] - TYPE_ORDER[b.type]) || a.mentions[0].start - b.mentions[0].start);
}
