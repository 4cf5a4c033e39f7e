/**
 * People, and the officials among them: a name linked to a role in the ways Arabic news writes it.
 * - title before the name, with nationality: "الرئيس الأمريكي جو بايدن"، "وزير الخارجية الروسي سيرجي لافروف";
 * - role after the name: "إيمانويل ماكرون، الرئيس الفرنسي،"؛
 * - honorifics between: "ولي العهد السعودي الأمير محمد بن سلمان"، "العاهل الأردني الملك عبد الله الثاني";
 * - relational roles: "نظيره الأمريكي أنتوني بلينكن" → the American counterpart of the role before it;
 * - plural roles: "الرئيسان بوتين وبايدن".
 * People without a role come from first names ("محمد عبد العال"), honorifics and the list of known people.
 */
import { Claim, isPunct, knownFull, lineBreakBefore, offsetAfter, type Doc } from './doc.ts';
import { isCommonAnyReading, isCommonWord, isDialectWord, isFunctionWord, isMostlyWord, isNameLike } from './lexicon.ts';
import { APPOINTED_TITLE, articleFirst, belNameAfterFirst, COMPOUND_SECOND, compoundFirstName, endsHere, isAgeWord, isNameWord, isNationality, isParticle, looksLikeVerb, nameBackward, nameForward, nameSkip, nameWords, possessedNoun, reportedAlone, SON_OF, sonOfNext, spokeBefore, TITLE_IN_NAME } from './names.ts';
import type { KnownPerson } from './resources.ts';
import { afterHonorifics, afterOrigin, foreignNameWord, NAMED_AFTER, roleWithoutNationality, singularTitle, type RoleSpan } from './roles.ts';
import { tokenAnalyses, tokenWord, wordTest } from './tokenize.ts';

/** /^[وف]?ال/ on a token's norm, once per word. */
const definiteWord = wordTest(/^[وف]?(ال|لل)/);
import { normalizeWord } from './normalize.ts';

/** First names that are also adjectives of praise or degree: "خالص"، "صادق"، "فائق"، "بالغ"، "عميق"، "جزيل". */
const ADJECTIVE_FIRST = new Set(['خالص', 'صادق', 'فايق', 'بالغ', 'عميق', 'جزيل']);
/** A feeling conveyed or a quality measured, bare, definite or with its owner's pronoun: "تعازيه"، "مواساته"، "السرعة". */
const QUALIFIED = /^(ال)?(تعازي|تعاز|مواسا|مواساه|شكر|تحيات|تحيه|تقدير|امتنان|احترام|تهاني|تهنيه|اسف|حزن|ثناء|عرفان|عزاء|سرعه|دقه|جوده|اهميه|عنايه|خطوره|وضوح|الم|قلق|اهتمام)(ه|ها|هم|هما|كم|نا|ي|ت|ته|تها|تهم|تنا)?$/;

export interface PersonMention {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  /** Normalised name words, proclitics removed. */
  words: string[];
  /** The role stated with this mention, as written (or resolved for counterparts / plurals). */
  role: string | null;
  /** How the role was found: stated beside the name, or inferred (counterpart, plural). */
  roleSource: 'stated' | 'counterpart' | 'plural' | null;
  known: KnownPerson | null;
  /** Found next to a role or honorific (strong), by a first name (medium) or as a short form (coreference). */
  evidence: 'role' | 'honorific' | 'known' | 'first-name' | 'short-form' | 'tagger' | 'nickname' | 'initials';
  /** The learned tagger's confidence, for mentions it found. */
  score?: number;
  /** A nickname given right after a name ("أحمد سيد «زيزو»"): the mention it names. */
  aliasOf?: PersonMention;
  /** The rule that found the name also judged where it ends (after a trade, "كارين عيد" before و): the tagger does not cut it. */
  endJudged?: boolean;
}

/**
 * Nicknames in guillemets, quotes or parentheses right after a person's name ("أحمد سيد «زيزو»"،
 * "محمد حمدان دقلو (حميدتي)"): one or two name words, a mention of the same person.
 */
export function findNicknames(doc: Doc, people: PersonMention[]): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = doc.tokens;
  for (const p of people) {
    // (also after "، المعروف بـ" / "الملقب باسم": "أحمد محمد إسلام، المعروف بـ"مادوبي"")
    const at = knownAsAt(doc, p.to);
    const open = toks[at];
    if (!open || open.kind !== 'punct' || !/^[«"(“]$/.test(open.norm)) continue;
    if (at > p.to && open.norm === '(') continue;
    let k = at + 1;
    while (k < toks.length && k - at <= 3 && toks[k].kind === 'word') k++;
    const close = toks[k];
    if (!close || !/^[»")”]$/.test(close.norm) || k === at + 1) continue;
    let free = true;
    for (let q = at + 1; q < k; q++) if (doc.claimed[q] !== Claim.Free || isFunctionWord(toks[q].norm)) free = false;
    if (!free || doc.res.places.matchAt(toks, at + 1, false) || doc.res.orgs.matchAt(toks, at + 1, false)) continue;
    // (what he said, not what he is called: ترامب "يدعم روح المشروع")
    if (at === p.to && (isCommonAnyReading(toks[at + 1].norm) || isMostlyWord(toks[at + 1].norm)) && !doc.res.firstNames.has(toks[at + 1].norm) && !isParticle(doc, at + 1)) continue;
    const m = makeMention(doc, at + 1, k, 0, { evidence: 'nickname', aliasOf: p });
    out.push(m);
    claim(doc, m);
  }
  return out;
}

/** Cue words of a by-name: "المعروف"، "الملقب"، "الشهير"، "المكنى". */
const KNOWN_AS = /^(المعروف|الملقب|الشهير|المكني)$/;

/**
 * Where a by-name's opening quote stands after a name that ends before token `i`: `i` itself, or after
 * "، المعروف بـ" / "المعروف باسم" (the quote must follow).
 */
function knownAsAt(doc: Doc, i: number): number {
  const toks = doc.tokens;
  let k = i;
  if (toks[k]?.kind === 'punct' && toks[k].norm === '،') k++;
  if (!toks[k] || toks[k].kind !== 'word' || !KNOWN_AS.test(toks[k].norm)) return i;
  const by = toks[k + 1];
  if (!by || by.kind !== 'word' || !/^(ب|باسم|بلقب)$/.test(by.norm)) return i;
  return k + 2;
}

/** Letter pairs that abbreviate a word, not a name: ص.ب (post box), currencies (د.ك، ر.س، ج.م …), ق.م. */
const NOT_INITIALS = new Set(['ص.ب', 'د.ت', 'د.ك', 'ر.س', 'ج.م', 'ق.م', 'د.ا', 'ل.ل', 'ر.ع', 'د.ب', 'د.ج', 'د.م', 'د.ل', 'ر.ق', 'ش.م', 'ش.م.م', 'م.م']);

/**
 * "المتهم الأول (ع.م)"، "بحبس (ن.ف)": a person the story names by the initials of the name only, in parentheses, as
 * court reports do. The mention is the initials; the same initials again are the same person.
 */
export function findInitials(doc: Doc, from: number, to: number): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = doc.tokens;
  const letter = (k: number) => !!toks[k] && toks[k].kind === 'word' && toks[k].norm.length === 1 && !toks[k].spaceBefore;
  const dot = (k: number) => !!toks[k] && toks[k].kind === 'punct' && toks[k].norm === '.' && !toks[k].spaceBefore;
  for (let k = from; k + 4 < to; k++) {
    if (!isPunct(doc, k, '(') || k === 0 || toks[k - 1].kind !== 'word' || lineBreakBefore(doc, k)) continue;
    const a = k + 1;
    if (!letter(a) || !dot(a + 1) || !letter(a + 2)) continue;
    let e = a + 3;
    if (dot(e) && letter(e + 1)) e += 2;
    if (!isPunct(doc, e, ')') || toks[e].spaceBefore) continue;
    const text = doc.text.slice(toks[a].start, toks[e - 1].end);
    const key = toks.slice(a, e).map((t) => t.norm).join('');
    if (NOT_INITIALS.has(key) || !isFree(doc, a, e)) continue;
    const m: PersonMention = { from: a, to: e, start: toks[a].start, end: toks[e - 1].end, text, words: [key], role: null, roleSource: null, known: null, evidence: 'initials' };
    claim(doc, m);
    out.push(m);
    k = e;
  }
  return out;
}

function makeMention(doc: Doc, from: number, to: number, skip: number, extra: Partial<PersonMention>): PersonMention {
  const start = offsetAfter(doc.text, doc.tokens[from], skip);
  const end = doc.tokens[to - 1].end;
  return {
    from,
    to,
    start,
    end,
    text: doc.text.slice(start, end),
    words: nameWords(doc, from, to, skip),
    role: null,
    roleSource: null,
    known: null,
    evidence: 'role',
    ...extra,
  };
}

function isFree(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.claimed[k] !== Claim.Free) return false;
  return true;
}

function claim(doc: Doc, m: PersonMention): void {
  for (let k = m.from; k < m.to; k++) doc.claimed[k] = Claim.Person;
}

/** The known person whose name (or alias) is exactly tokens [from,to), if any. */
function knownAt(doc: Doc, from: number, to: number, skip: number): KnownPerson | null {
  const words = nameWords(doc, from, to, skip).join(' ');
  return doc.res.known.getNormalized(words)?.person ?? null;
}

/** People linked to the roles found in the range (roles from findRoles), then people by first name. */
export function findPeople(doc: Doc, roles: RoleSpan[], from: number, to: number, previousRoles: RoleSpan[]): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = doc.tokens;
  // The roles read so far: the first `prior` of them come before r (a length, not a copy per role).
  const allRoles = [...previousRoles];
  // The complements read on from a role to a comma before a name: no name of their own.
  const complements: Array<[number, number]> = [];
  for (const r of roles) {
    const prior = allRoles.length;
    allRoles.push(r);
    if (r.kind === 'plural') {
      out.push(...pluralNames(doc, r));
      continue;
    }
    // "محمود عبد الحميد السيد الشرقاوي": السيد after a name word is a name in the chain, not "Mr".
    if (r.kind === 'honorific' && normalizeWord(r.text) === 'السيد' && r.from >= 2 && !lineBreakBefore(doc, r.from) && toks[r.from - 1].kind === 'word' && (doc.res.firstNames.has(toks[r.from - 1].norm) || (isNameWord(doc, r.from - 1) && (doc.res.firstNames.has(toks[r.from - 2].norm) || isParticle(doc, r.from - 2) || /^عبد/.test(toks[r.from - 2].norm)))) && !doc.res.titles.matchAt(toks, r.from - 1, true)) continue;
    // ("ضريح سيدي الحاج بلقاسم": an honorific after سيدي / مولاي names a saint in the name of his shrine or his town)
    if (r.kind === 'honorific' && r.from > 0 && !lineBreakBefore(doc, r.from) && /^(سيدي|مولاي)$/.test(toks[r.from - 1].norm)) continue;
    let span = nameForward(doc, r.honorificTo, 5);
    // ("العميد سالم بن علي الحكماني قائد شرطة محافظة ظفار": a role read inside the words after the honorific ends the
    // name; the man's office follows it)
    if (span) {
      const inner = roles.find((x) => x !== r && x.kind === 'role' && x.from > span![0] + 1 && x.from < span![1] && x.to > span![1]);
      if (inner) span = [span[0], inner.from];
    }
    // ("نظيره في سعدنايل طارق الشحيمي"، "نظيره في البلدة جورج الحاج": a counterpart in another town, then his name)
    let counterpartPlace = '';
    if (!span && r.kind === 'counterpart' && r.honorificTo === r.to && toks[r.to]?.norm === 'في' && toks[r.to + 2] && !lineBreakBefore(doc, r.to + 1) && !lineBreakBefore(doc, r.to + 2)) {
      const k = r.to + 1;
      const listed = doc.res.places.matchAt(toks, k, false);
      const n = toks[k].norm;
      const placeEnd = listed ? listed.to : /^ال(بلده|مدينه|قريه|محافظه|منطقه|ولايه|بلديه)$/.test(n) || (toks[k].kind === 'word' && n.length >= 3 && !/^ال/.test(n) && !isFunctionWord(n) && !isCommonAnyReading(n) && !isMostlyWord(n) && !doc.res.firstNames.has(n) && doc.res.firstNames.has(toks[k + 1].norm)) ? k + 1 : -1;
      if (placeEnd > 0 && toks[placeEnd] && !lineBreakBefore(doc, placeEnd) && (doc.res.firstNames.has(toks[placeEnd].norm) || doc.res.firstNames.has(toks[placeEnd].norm.replace(/^ال/, '')))) {
        const after = nameForward(doc, placeEnd, 5);
        if (after && after[1] - after[0] >= 2) {
          span = after;
          counterpartPlace = ' ' + doc.text.slice(toks[r.to].start, toks[placeEnd - 1].end);
        }
      }
    }
    // (or with ب: "والي القيروان رضا الحفصي ونظيره بسوسة الحبيب الشايب")
    if (!span && r.kind === 'counterpart' && r.honorificTo === r.to && toks[r.to + 1] && /^ب/.test(toks[r.to].norm) && !lineBreakBefore(doc, r.to) && !lineBreakBefore(doc, r.to + 1)) {
      const listed = doc.res.places.matchAt(toks, r.to, true);
      if (listed && listed.clitic === 'ب' && toks[listed.to] && !lineBreakBefore(doc, listed.to) && (doc.res.firstNames.has(toks[listed.to].norm) || doc.res.firstNames.has(toks[listed.to].norm.replace(/^ال/, '')))) {
        const after = nameForward(doc, listed.to, 5);
        if (after && after[1] - after[0] >= 2) {
          span = after;
          counterpartPlace = ' ' + doc.text.slice(toks[r.to].start, toks[listed.to - 1].end);
        }
      }
    }
    // ("الدكتورة أنكه فيبر،": after an honorific title, a foreign name of two or three words closed by punctuation)
    if (!span && r.kind === 'honorific' && r.honorificTo < toks.length) span = foreignBetweenCommas(doc, r.honorificTo);
    // ("جلالة الملك يغادر أرض الوطن": a present verb no list knows as a name, after an honorific, is the sentence's)
    if (span && (r.kind === 'honorific' || r.honorificTo > r.to) && /^[يت]/.test(toks[span[0]].norm) && looksLikeVerb(toks[span[0]].norm) && !doc.res.firstNames.has(toks[span[0]].norm) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !doc.res.known.matchAt(toks, span[0], false) && !isNameLike(toks[span[0]].norm)) span = null;
    // ("يتغمد الفقيد بواسع رحمته"، "يوارى جثمان الفقيد الثرى"، "أسرة الفقيد النعي التالي": "the deceased" is said of
    // someone already named; a name after it opens with a first name, عبد / أبو, or a known person)
    if (span && r.kind === 'honorific' && r.honorificTo === r.to && /^(الفقيد|الفقيده|المرحوم|المرحومه)$/.test(normalizeWord(r.text)) && !doc.res.firstNames.has(toks[span[0]].norm) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !compoundFirstName(doc, span[0]) && !/^(عبد|ابو|ام|ال)$/.test(toks[span[0]].norm) && !doc.res.known.matchAt(toks, span[0], false)) span = null;
    // "وزير الإدارة المحلية المهندس وليد المصري،": after an honorific, a nisba between the first name and a comma is
    // the family name (the person's nationality would stand before the honorific).
    if (span && span[1] - span[0] === 1 && (r.kind === 'honorific' || r.honorificTo > r.to) && doc.res.firstNames.has(toks[span[0]].norm) && toks[span[1]] && isNationality(doc, span[1]) && !lineBreakBefore(doc, span[1]) && isPunct(doc, span[1] + 1, '،,.')) span = [span[0], span[1] + 1];
    // A known person's full name may hold a title word ("الفريق كامل الوزير"): the list decides its extent.
    if (span) {
      const k = doc.res.known.matchAt(toks, span[0], true);
      // (a spelling of the full name the list gives as an alias too: "علي يرلي كايا" of "علي يرلي قايا")
      const wordsOnly = (a: number, b: number) => toks.slice(a, b).every((x) => x.kind === 'word');
      if (k && (k.value.full || (k.to - span[0] >= 3 && wordsOnly(span[1], k.to))) && k.to > span[1] && isFree(doc, span[0], k.to)) span = [span[0], k.to];
      // (and where it ends: "إيتمار بن غفير المسجد الأقصى" is the minister, then the mosque he entered)
      // ("إيمانويل ماكرون الإمساك بالعصا": or a definite word that is no nisba nor a name, a verbal noun the lexicon lacks)
      else if (k && k.value.full && k.from === span[0] && k.to >= span[0] + 2 && k.to < span[1] && (doc.res.places.matchAt(toks, k.to, true) || (/^ال.{3,}/.test(toks[k.to].norm) && !/ي$/.test(toks[k.to].norm) && !isNameLike(toks[k.to].norm) && !doc.res.firstNames.has(toks[k.to].norm.slice(2))))) span = [span[0], k.to];
    }
    // "نظيره البلجيكي بارت دي ويفر،": after a counterpart with his nationality, a foreign name no list holds, closed by
    // punctuation.
    // (also after any role: "سفير الاتحاد الأوروبي لدى العراق كلاوس برانت،")
    if ((!span || span[1] - span[0] === 1) && ((r.kind === 'counterpart' && r.nationality) || (r.kind === 'role' && (!span || !doc.res.firstNames.has(toks[span[0]].norm)))) && r.honorificTo < toks.length && !lineBreakBefore(doc, r.honorificTo)) {
      let e = r.honorificTo;
      while (e < r.honorificTo + 4 && toks[e] && toks[e].kind === 'word' && !lineBreakBefore(doc, e) && (isParticle(doc, e) || (toks[e].norm.length >= 3 && !isMostlyWord(toks[e].norm) && !isCommonAnyReading(toks[e].norm) && !isFunctionWord(toks[e].norm) && !doc.res.places.matchAt(toks, e, true) && !doc.res.nationalities.matchAt(toks, e, true) && !doc.res.titles.matchAt(toks, e, true)))) e++;
      // (or by the sentence going on: "المتحدث باسم لجنة الانتخابات تشاميندا ويراسينغه إن …")
      const closed = isPunct(doc, e, '،,.') || (!!toks[e] && !lineBreakBefore(doc, e) && /^(ان|انه|انها|الذي|التي|خلال|عن)$/.test(toks[e].norm));
      if (e - r.honorificTo >= 2 && (!span || e > span[1]) && !isParticle(doc, e - 1) && closed && isFree(doc, r.honorificTo, e)) span = [r.honorificTo, e];
    }
    let sentenceGoesOn = false;
    // ("وأفاد المختار علي رمال بأن …": a first name alone, then one word where the sentence plainly goes on, «بأن»، «أن»،
    // «الذي»: that word is the family name, ordinary word or not)
    // ("الشيخ أحمد وسام، أمين الفتوى": or before the man's office between commas, after a role or an honorific)
    const officeAfter = !!span && isPunct(doc, span[1] + 1, '،,') && !!toks[span[1] + 2] && !lineBreakBefore(doc, span[1] + 2) && roles.some((x) => x.kind === 'role' && x.from === span![1] + 2);
    // ("الحاجة آمنة عيد، التي أصيبت …": or before a relative clause after a comma, which describes a person)
    const describedAfter = !!span && relativeClauseAt(doc, span[1] + 1);
    if (span && span[1] - span[0] === 1 && (r.kind === 'role' || (r.kind === 'honorific' && (officeAfter || describedAfter))) && doc.res.firstNames.has(toks[span[0]].norm) && toks[span[1] + 1] && !lineBreakBefore(doc, span[1]) && !lineBreakBefore(doc, span[1] + 1) && toks[span[1]].kind === 'word' && doc.claimed[span[1]] === Claim.Free && (!/^[وف]/.test(toks[span[1]].norm) || (officeAfter && doc.res.ambiguousFirstNames.has(toks[span[1]].norm))) && !isFunctionWord(toks[span[1]].norm) && !/^[يت]/.test(toks[span[1]].norm) && !possessedNoun(doc, span[1]) && !/(ها|هم|هما)$/.test(toks[span[1]].norm) && !looksLikeVerb(toks[span[1]].norm, true) && !doc.res.titles.matchAt(toks, span[1], true) && !doc.res.places.matchAt(toks, span[1], true) && !doc.res.nationalities.matchAt(toks, span[1], true) && (GOES_ON.test(toks[span[1] + 1].norm) || officeAfter || describedAfter || (r.kind === 'role' && /^ال/.test(toks[span[1]].norm) && spokeBefore(toks[span[1] + 1])))) {
      span = [span[0], span[1] + 1];
      sentenceGoesOn = true;
    }
    if (span && !isFree(doc, span[0], span[1])) span = null;
    // ("منصب نائب رئيس عصبة الرباط سلا القنيطرة": a word that opens an office of its own, a first name only
    // sometimes, is the office the deputy serves, no name)
    if (span && !doc.res.firstNames.has(toks[span[0]].norm) && r.to === r.from + 1 && DEPUTY_HEAD.test(toks[r.from].norm) && /^(رييس|رييسه|امين|امينه|مدير|مديره)$/.test(toks[span[0]].norm) && span[0] === r.to) span = null;
    // "مدير وكالة الحوض المائي لسبو،": one word after the role that carries ل or ب is its complement, not a name.
    // (and ب or ل with the article: "يلتقي معالي السيد حمود البوسعيدي وزير الداخلية باليحيائي", the office of the man
    // just named, then whom he meets)
    if (span && span[1] - span[0] === 1 && /^([لب][^ا]|بال)/.test(toks[span[0]].norm) && !doc.res.firstNames.has(toks[span[0]].norm) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !doc.res.known.matchAt(toks, span[0], false)) span = null;
    // "وأقام أمير البلاد مأدبة غداء": a word written with ة that no list knows as a name is a noun, not a first name.
    // (not before بنت or بن, which make it a name: "الدكتورة مديحة بنت أحمد الشيبانية")
    if (span && doc.text.charCodeAt(toks[span[0]].end - 1) === 0x0629 && !knownOrNameStart(doc, span[0]) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !isNameLike(toks[span[0]].norm) && !(span[1] - span[0] >= 3 && /^(بنت|بن)$/.test(toks[span[0] + 1].norm))) span = null;
    // "والي تلمسان الأسبق ورجلي أعمال": و on an ordinary word right after the role coordinates, it names no one.
    if (span && /^و.{3,}/.test(toks[span[0]].norm) && !isParticle(doc, span[0]) && !knownOrNameStart(doc, span[0]) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !isNameLike(toks[span[0]].norm) && commonOrDual(toks[span[0]].norm.slice(1))) span = null;
    // ("عضو مجلس النواب عن دائرة نصر النوبة وكوم أمبو،": و on a listed place right after the role is a second seat)
    if (span && /^و../.test(toks[span[0]].norm) && !knownOrNameStart(doc, span[0])) {
      const seat = doc.res.places.matchAt(toks, span[0], true);
      if (seat && seat.clitic === 'و' && seat.to >= span[1]) span = null;
    }
    // ("عمدة لامبيدوزا ولينوزا، أنجيلو مارتيلو،": و on one unknown word after a role that ends in a place is a second
    // place the office serves, not the holder)
    if (span && span[1] - span[0] === 1 && /^و.{3,}/.test(toks[span[0]].norm) && !doc.res.firstNames.has(toks[span[0]].norm.slice(1)) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm.slice(1)) && [1, 2, 3].some((d) => r.to - d >= r.from && doc.res.places.matchAt(toks, r.to - d, false)?.to === r.to)) span = null;
    // ("زعيم الحزب الوطني التحرري": a definite relational adjective alone after a role that ends in one goes on
    // describing the role's noun; it names no one)
    // ("مي عبد الحميد، الرئيس التنفيذي لصندوق الإسكان الاجتماعي ودعم التمويل العقاري، أن": nor one closed by a comma,
    // after a role in apposition to the person just named)
    if (span && span[1] - span[0] === 1 && /^ال.{3,}ي$/.test(toks[span[0]].norm) && r.to - 1 > r.from && span[0] === r.to && (/^ال.{2,}ي$/.test(toks[r.to - 1].norm) || (isPunct(doc, span[1], '،,') && isPunct(doc, r.from - 1, '،,') && r.from >= 2 && (!!personEndingAt(out, r.from - 1) || doc.claimed[r.from - 2] === Claim.Person || isNameWord(doc, r.from - 2)))) && !doc.res.known.matchAt(toks, span[0], true) && !reportedAlone(doc, span[0])) span = null;
    // ("سيد عبد التواب، رئيس النقابة العامة للعاملين بالمناجم والمحاجر، وزارةَ العمل"، "محمود البنا، رئيس الجمعية
    // المصرية لأصدقاء مرضى الكلى، إن": after a role in apposition to the person just named, words that open no name and
    // run to the next comma go on with what the role serves; the role takes them)
    // ("نائب رئيسة المجلس المكلف بالتنقلات الحضرية، عمر الزياني،": so before a name in apposition between two commas)
    if (span && span[0] === r.to && r.kind === 'role' && r.honorificTo === r.to && isPunct(doc, span[1], '،,') && !lineBreakBefore(doc, span[1]) && !knownOrNameStart(doc, span[0]) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !isNameLike(toks[span[0]].norm) && !reportedAlone(doc, span[0])) {
      const opened = r.start > toks[r.from].start && /^[وف]/.test(toks[r.from].norm);
      const appositive = !opened && isPunct(doc, r.from - 1, '،,') && !lineBreakBefore(doc, r.from) && r.from >= 2 && (!!personEndingAt(out, r.from - 1) || doc.claimed[r.from - 2] === Claim.Person || nameBefore(doc, r.from - 1));
      const k = afterHonorifics(doc, span[1] + 1);
      const next = k < toks.length && !lineBreakBefore(doc, k) && doc.res.firstNames.has(toks[k].norm) ? nameForward(doc, k, 5) : null;
      const nameAfter = !opened && !/^و/.test(toks[span[0]].norm) && span[1] - span[0] <= 3 && !!next && isPunct(doc, next[1], '،,');
      if (appositive || nameAfter) {
        if (appositive) r.complementTo = span[1];
        span = null;
      }
    }
    // ("هبة الصيرفي، مديرة فندق «أمواج»": an ordinary noun before a name in quotes is what the office runs, no name)
    if (span && span[1] - span[0] === 1 && span[0] === r.to && isPunct(doc, span[1], '«"“') && !lineBreakBefore(doc, span[1]) && (isMostlyWord(toks[span[0]].norm) || isCommonAnyReading(toks[span[0]].norm)) && !doc.res.firstNames.has(toks[span[0]].norm) && !doc.res.known.matchAt(toks, span[0], false)) span = null;
    // ("رئيس قسم جراحة الصدر": one definite word right after a role that ends in an indefinite noun is that noun's
    // complement, even the short name of a known person; not before a comma, where it may be the holder's name)
    if (span && span[1] - span[0] === 1 && span[0] === r.to && r.to - 1 > r.from && /^ال.{2,}/.test(toks[span[0]].norm) && !doc.res.firstNames.has(toks[span[0]].norm.slice(2)) && !doc.res.known.matchAt(toks, span[0], false)?.value.full && !/^(و|ف|ب|ل)?ال/.test(toks[r.to - 1].norm) && (doc.text.charCodeAt(toks[r.to - 1].end - 1) === 0x0629 || isMostlyWord(toks[r.to - 1].norm)) && !doc.res.titles.matchAt(toks, r.to - 1, false) && !isPunct(doc, span[1], '،,')) span = null;
    // "زار الوزير مراكش": one word after a role that the lists know as a place is where, not who.
    if (span && span[1] - span[0] === 1 && !doc.res.firstNames.has(toks[span[0]].norm)) {
      const pl = doc.res.places.matchAt(toks, span[0], true);
      if (pl && pl.to === span[1] && !pl.value.ambiguous) span = null;
    }
    if (span && r.honorificTo === r.to && r.kind !== 'honorific' && knownOrNameStart(doc, span[0]) === false && span[1] - span[0] === 1 && isPunct(doc, span[1]) === false && isFunctionWord(toks[span[1]]?.norm ?? '') === false) {
      // A lone unknown word after a role with no break after it is too weak ("الرئيس الأمريكي لوقف").
      span = null;
    }
    // ("الأمير سعود بن مشعل بن عبدالعزيز نائب أمير منطقة مكة المكرمة سير العمليات": a role right after a person just
    // named, then a word that is mostly an ordinary word, in construct with a definite noun: the sentence's verbal noun,
    // and the role is that person's)
    if (span && r.kind === 'role' && r.honorificTo === r.to && !/^[وف]/.test(toks[r.from].norm) && isMostlyWord(toks[span[0]].norm) && !compoundFirstName(doc, span[0]) && !/^(عبد|ابو|ام)$/.test(toks[span[0]].norm) && !doc.res.firstNames.has(toks[span[0]].norm) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && !doc.res.known.matchAt(toks, span[0], false) && toks[span[0] + 1] && !lineBreakBefore(doc, span[0] + 1) && /^ال.{2,}/.test(toks[span[0] + 1].norm) && !doc.res.places.matchAt(toks, span[0] + 1, false)) {
      const named = personEndingAt(out, r.from);
      if (named && (!named.role || !named.role.includes(' '))) {
        named.role = doc.text.slice(r.start, r.end);
        named.roleSource = 'stated';
        continue;
      }
    }
    // "الشيخ أحمد بن محمد الشحري والي سدح إلى أن": after a person just named, a governor's title and one word no list
    // knows as a name is the governor's division (a town no list holds), not a second person.
    // ("هلال بن سعيد الحجري، والي إزكي،": also in apposition between commas)
    const appositive = isPunct(doc, r.from - 1, '،,') && !lineBreakBefore(doc, r.from) && !!span && isPunct(doc, span[1], '،,');
    if (span && span[1] - span[0] === 1 && r.kind === 'role' && r.honorificTo === r.to && DIVISION_GOVERNOR.test(normalizeWord(r.text)) && !knownOrNameStart(doc, span[0]) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm)) {
      const named = personEndingAt(out, appositive ? r.from - 1 : r.from);
      if (named && !named.role) {
        named.role = doc.text.slice(r.start, toks[span[0]].end);
        named.roleSource = 'stated';
        continue;
      }
    }
    // ("كشفت نزهة الإدريسي، مديرة قطب النجاعة الطاقية …"، "يوسف بنعبد الله، نائب عمدة فاس المكلف بالتعمير": a role in
    // apposition after a name and a comma is that person's; the words after it that no first name opens are the rest
    // of the office, not a second person)
    // (not the next item of a list, a role opened by و: "…، ورئيس مركز السودة مشبب بن علي آل فايع")
    if (span && r.kind === 'role' && r.honorificTo === r.to && r.from >= 2 && isPunct(doc, r.from - 1, '،,') && !lineBreakBefore(doc, r.from) && r.start === toks[r.from].start && !knownOrNameStart(doc, span[0]) && !firstNameOpens(doc, span[0]) && !doc.res.ambiguousFirstNames.has(toks[span[0]].norm) && (!!personEndingAt(out, r.from - 1) || namedBefore(doc, r.from - 1))) span = null;
    let mention: PersonMention | null = null;
    // Where the role's text ends, when the name after it came after a complement read on to a comma.
    let roleEnd = r.to;
    // "ومعالي الدكتور سلطان بن أحمد الجابر، وزير الصناعة": the role completes the person named just before.
    // (Not a role opened by و: "... ولد بلال، وعمدة البلدية" names a second person, unnamed.)
    const coordinated = r.start > toks[r.from].start && /^[وف]/.test(toks[r.from].norm);
    if (!span && r.kind === 'role' && !coordinated) {
      const before = personEndingAt(out, r.from - (isPunct(doc, r.from - 1, '،,') ? 1 : 0));
      // (a military rank alone is no office: "الفريق مهندس كامل الوزير، نائب رئيس الوزراء ..." takes the office)
      if (before && (!before.role || RANK_ONLY.test(normalizeWord(before.role)))) {
        before.role = r.complementTo ? doc.text.slice(r.start, toks[r.complementTo - 1].end) : r.text;
        before.roleSource = 'stated';
        continue;
      }
    }
    // "وزير المياه والصرف الصحي، السيد محمدن ولد أحمد ديه،"، "المنسق المقيم ...، آدم عبد المولى،": the name in
    // apposition after a comma (an honorific may open it), itself closed by punctuation.
    // (also a counterpart placed with في: "بحث مع نظيره في محافظة عجلون، حسين فالح الخوالدة،")
    // (not a name that و opens, the next item of a list: "بحضور فؤاد المحمدي، عامل إقليم القنيطرة، وعثمان بنعلي، المدير
    // العام …" gives the governor's office to the name before it)
    // (و on a first name, not a name that opens with و: "ويسلي روتيتش")
    // ("المدير العام لمؤسسة ميناء جن جن، عبد الحق بورزق،"، "نظيره في الحكومة المكلفة من مجلس النواب، عثمان
    // عبدالجليل،": the role's complement runs on to the comma, a body or a place the lists do not hold whole; the name
    // in apposition after it then takes the role up to the comma)
    const comma = !span && !coordinated && (r.kind === 'role' || r.kind === 'counterpart') && r.honorificTo === r.to && !isPunct(doc, r.to) ? complementComma(doc, r.to) : -1;
    const at = comma > 0 ? comma : r.to;
    const w1 = toks[at + 1]?.norm ?? '';
    const nextItem = /^و/.test(w1) && !doc.res.firstNames.has(w1) && !doc.res.ambiguousFirstNames.has(w1) && !doc.res.known.matchAt(toks, at + 1, false) && (doc.res.firstNames.has(w1.slice(1)) || doc.res.ambiguousFirstNames.has(w1.slice(1)) || /^و(عبد|ابو)$/.test(w1));
    // (a counterpart of one word needs its nationality or a complement: "نظيره النيجري، محمان مصطفى باركي،")
    if (!span && !nextItem && (r.kind === 'role' || (r.kind === 'counterpart' && (r.to - r.from >= 3 || !!r.nationality || at > r.to))) && r.honorificTo === r.to && isPunct(doc, at, '،,') && at + 1 < toks.length && !lineBreakBefore(doc, at + 1)) {
      let k = afterHonorifics(doc, at + 1);
      // (or the person's military rank: "قائد الفرقة السادسة مشاة، اللواء الركن عثمان الطيب حامد،")
      const rank = k < toks.length ? doc.res.titles.matchAt(toks, k, false) : null;
      // (or a diplomat's rank: "المتحدث باسم وزارة الخارجية السودانية، السفير خالد عمر الأمين،")
      if (rank && (rank.value.category === 'military_rank' || (rank.value.category === 'diplomatic' && rank.to === k + 1)) && rank.to < toks.length && !lineBreakBefore(doc, rank.to)) k = afterHonorifics(doc, rank.to);
      // (or the person's profession: "رئيسة لجنة التحكيم الدولية، المخرجة اليابانية ناؤمي تاكيدا،"، "... الناقد هشام القاضي")
      if (k < toks.length && PROFESSION.test(toks[k].norm) && toks[k + 1] && !lineBreakBefore(doc, k + 1)) k++;
      // (a nationality may describe the person: "ممثل البرنامج في موريتانيا، الكيني جيمس أوتيينو،")
      if (k > at && k + 1 < toks.length && /^ال/.test(toks[k].norm) && doc.res.nationalities.matchAt(toks, k, false)?.to === k + 1 && !lineBreakBefore(doc, k + 1)) {
        k++;
        // (with the origin it names: "السورية الأصل رهف الشامي"، "البلجيكي من أصل مغربي يوسف الهنداوي")
        k = afterOrigin(doc, k);
      }
      // (a foreign name no list holds, "حاكم مقاطعة بيلغورود، فياتشيسلاف غلادكوف،": words that are no ordinary words
      // and no place, between two commas)
      const unlisted = (a: number, b: number): boolean => {
        for (let x = a; x < b; x++) {
          const n = toks[x].norm;
          if (n.length < 3 || isMostlyWord(n) || isCommonAnyReading(n) || isFunctionWord(n) || looksLikeVerb(n, true) || doc.res.places.matchAt(toks, x, true) || doc.res.nationalities.matchAt(toks, x, true) || doc.res.titles.matchAt(toks, x, true)) return false;
        }
        return true;
      };
      let after = k < toks.length ? nameForward(doc, k, 5) : null;
      // ("نظيره النيجري، محمان مصطفى باركي،": a first word no list holds opens the name, closed by the comma)
      if (!after && k < toks.length && unlisted(k, k + 1) && doc.claimed[k] === Claim.Free) {
        let e = k + 1;
        while (e < k + 4 && toks[e]?.kind === 'word' && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && (isNameWord(doc, e) || unlisted(e, e + 1))) e++;
        if (e - k >= 2 && isPunct(doc, e, '،,')) after = [k, e];
      }
      // ("عامل إقليم وادي الذهب، عبد السلام بكرات، ورئيس …": between the two commas, one more word that only looks
      // like ب or ل on an ordinary word is the family name)
      if (after && (doc.res.firstNames.has(toks[after[0]].norm) || compoundFirstName(doc, after[0]))) {
        const e = after[1];
        const w = toks[e];
        if (w && w.kind === 'word' && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && /^[بل][^ا]/.test(w.norm) && w.norm.length >= 4 && isPunct(doc, e + 1, '،,') && !isFunctionWord(w.norm) && !doc.res.titles.matchAt(toks, e, true) && !doc.res.places.matchAt(toks, e, true) && !doc.res.orgs.matchAt(toks, e, true)) after = [after[0], e + 1];
      }
      // (a first name, also written with the article: "الحسين أوبلا")
      // (or any word before ولد / بنت / منت: "أحمدو ولد امحيميد")
      const opens = after && (knownOrNameStart(doc, after[0]) || (after[1] - after[0] >= 3 && SON_OF.test(toks[after[0] + 1].norm)) || doc.res.firstNames.has(toks[after[0]].norm.replace(/^ال/, '')) || doc.res.ambiguousFirstNames.has(toks[after[0]].norm) || isNameLike(toks[after[0]].norm) || (isPunct(doc, after[1], '،,') && unlisted(after[0], after[0] + 1) && toks.slice(after[0] + 1, after[1]).every((_, d) => doc.res.firstNames.has(toks[after[0] + 1 + d].norm) || unlisted(after[0] + 1 + d, after[0] + 2 + d))));
      // (after a complement read on to the comma, only a name closed by punctuation in its sentence)
      const closedName = at > r.to ? isPunct(doc, after?.[1] ?? -1, '،,.') : after && (after[1] >= toks.length || isPunct(doc, after[1]) || lineBreakBefore(doc, after[1]));
      if (after && isFree(doc, after[0], after[1]) && after[1] - after[0] >= 2 && (opens || k > at + 1) && closedName) {
        span = after;
        roleEnd = at;
      }
    }
    // "وزير الدفاع الوطني: حننه ولد سيدي": a line that gives a role, a colon and the holder's name (a government's
    // members listed one to a line), the name running to the line's end
    if (!span && r.kind === 'role' && r.honorificTo === r.to && isPunct(doc, r.to, ':：') && r.to + 1 < toks.length && !lineBreakBefore(doc, r.to + 1) && lineOpeningRole(doc, r, allRoles)) {
      const k = afterHonorifics(doc, r.to + 1);
      const after = k < toks.length ? nameForward(doc, k, 6) : null;
      if (after && isFree(doc, after[0], after[1]) && (after[1] - after[0] >= 2 || knownOrNameStart(doc, after[0])) && (after[1] >= toks.length || lineBreakBefore(doc, after[1]) || isPunct(doc, after[1], '.،,'))) span = after;
    }
    if (span) {
      const skip = nameSkip(doc, span[0]);
      mention = makeMention(doc, span[0], span[1], skip, { evidence: r.kind === 'honorific' ? 'honorific' : 'role', known: knownAt(doc, span[0], span[1], skip) });
      // (its end judged by the sentence going on, "علي رمال بأن": the tagger does not cut it)
      // (not a verb after ف or و: "أما الوزير بلقاسمي فكشف أن")
      // ("وزير السياحة ماهر العدوان أكد": nor a definite family name before a reporting verb)
      if (sentenceGoesOn || (r.kind === 'role' && span[1] - span[0] === 2 && !!toks[span[1]] && !lineBreakBefore(doc, span[1]) && /^ال/.test(toks[span[1] - 1].norm) && spokeBefore(toks[span[1]])) || (span[1] - span[0] === 2 && !!toks[span[1]] && !lineBreakBefore(doc, span[1]) && GOES_ON.test(toks[span[1]].norm) && !/^[فو]/.test(toks[span[1] - 1].norm) && !/^[يت]/.test(toks[span[1] - 1].norm) && !looksLikeVerb(toks[span[1] - 1].norm, true))) mention.endJudged = true;
    } else if (r.kind === 'role' && !coordinated && r.from >= 2 && isPunct(doc, r.from - 1, '،,-–') && !lineBreakBefore(doc, r.from)) {
      // "إيمانويل ماكرون، الرئيس الفرنسي،": the name before the comma.
      const back = nameBackward(doc, r.from - 1);
      // (a place before the comma is where, not who; "رشيد الهواري" is a name though رشيد is a town)
      const place = back ? doc.res.places.matchAt(toks, back[0], true) : null;
      // (nor are the last words of the role before: "قائد الفرقة السادسة مشاة، اللواء الركن ...")
      // (or any of a role's words: "رئيس المجلس، مختار بلعربي،" names no "رئيس المجلس" with the role مختار)
      // (a role read over a name whose first name is also a title is the name: "أمين الناصر، رئيس أرامكو")
      const inRole = !!back && (roles.some((x) => x !== r && x.from < back[1] && x.to > back[0] && !(x.from === back[0] && doc.res.ambiguousFirstNames.has(toks[x.from].norm) && back[1] - back[0] >= 2 && familyWord(toks[back[0] + 1].norm))) || complements.some(([a, b]) => a < back[1] && b > back[0]));
      function familyWord(w: string): boolean {
        return doc.res.firstNames.has(w.replace(/^ال/, '')) || (!isCommonAnyReading(w) && !isMostlyWord(w));
      }
      if (back && isFree(doc, back[0], back[1]) && !(place && place.to >= back[1]) && !inRole) {
        const skip = nameSkip(doc, back[0]);
        mention = makeMention(doc, back[0], back[1], skip, { evidence: 'role', known: knownAt(doc, back[0], back[1], skip) });
        // (with what it serves read on to the comma: "…، رئيس الجمعية المصرية لأصدقاء مرضى الكلى،")
        if (r.complementTo) roleEnd = r.complementTo;
      }
    } else if (r.kind === 'role' && !coordinated && r.from >= 3 && /^ال/.test(toks[r.from].norm) && r.start === toks[r.from].start && !lineBreakBefore(doc, r.from) && toks[r.from - 1].kind === 'word') {
      // "وقال بدر محمد المير الرئيس التنفيذي للخطوط الجوية القطرية …": the wires' role after the name with no comma,
      // when a verb of saying opens the sentence on the name (two words or more).
      let v = r.from - 3;
      while (v >= Math.max(0, r.from - 6) && !SAID_BEFORE.test(toks[v].norm)) v--;
      const fwd = v >= Math.max(0, r.from - 6) && !lineBreakBefore(doc, v + 1) ? nameForward(doc, v + 1, 5) : null;
      const back = fwd && fwd[1] === r.from ? fwd : null;
      // (a listed first name opens it: "وذكر بيان لمكتب المحافظ" names no one)
      if (back && back[1] - back[0] >= 2 && doc.res.firstNames.has(toks[back[0]].norm) && isFree(doc, back[0], back[1]) && !roles.some((x) => x !== r && x.from < back[1] && x.to > back[0])) {
        const skip = nameSkip(doc, back[0]);
        mention = makeMention(doc, back[0], back[1], skip, { evidence: 'role', known: knownAt(doc, back[0], back[1], skip) });
      }
    }
    if (!mention) continue;
    if (roleEnd > r.to) {
      complements.push([r.to, roleEnd]);
      // (the comma after the name ends it: the tagger does not cut it)
      mention.endJudged = true;
    }
    if (r.kind === 'role') {
      // ("مساعدة وزير الخارجية للشؤون القنصلية …، السفيرة نهى الشناوي،": a deputy's or an assistant's word before the
      // title heads the role)
      const head = roleEnd > r.to && r.from > 0 && r.start === toks[r.from].start && !lineBreakBefore(doc, r.from) && DEPUTY_HEAD.test(toks[r.from - 1].norm) ? offsetAfter(doc.text, toks[r.from - 1], /^[وف]/.test(toks[r.from - 1].norm) ? 1 : 0) : r.start;
      mention.role = roleEnd > r.to ? doc.text.slice(head, toks[roleEnd - 1].end) : r.text;
      mention.roleSource = 'stated';
    } else if (r.kind === 'honorific' && r.honorificTo === r.to && JUDGE_HONORIFIC.test(normalizeWord(r.text))) {
      // "برئاسة المستشار ياسر الدمرداش": in Egypt and the Gulf المستشار is a judge's or an adviser's office (a role
      // stated after the name still takes its place: see RANK_ONLY).
      mention.role = r.text;
      mention.roleSource = 'stated';
    } else if (r.kind === 'counterpart') {
      const base = counterpartRole(doc, r, allRoles, prior);
      if (roleEnd > r.to) counterpartPlace = ' ' + doc.text.slice(toks[r.to].start, toks[roleEnd - 1].end);
      // (the town goes with the word as written: "نظيره في سعدنايل (رئيس بلدية زحلة)")
      const m = counterpartPlace ? /^(\S+) \((.*)\)$/.exec(base) : null;
      mention.role = m ? `${m[1]}${counterpartPlace} (${m[2]})` : base + counterpartPlace;
      mention.roleSource = 'counterpart';
    }
    out.push(mention);
    claim(doc, mention);
  }
  // "الاتحاد الإفريقي لكرة القدم ... رئيسه باتريس موتسيبي"، "الهيئة الحكومية للتنمية ... سكرتيرها التنفيذي ورقنه
  // جبيهو": a title with a possessive pronoun before a name heads the body named just before.
  for (let i = from; i < to; i++) {
    const p = possessiveTitleAt(doc, i);
    if (!p) continue;
    // (the honorific before the name already gave a person: the title gives him his office)
    const named = out.find((m) => m.from === p.nameAt && !m.role);
    if (named) {
      named.role = p.role;
      named.roleSource = 'stated';
      continue;
    }
    const span = nameForward(doc, p.nameAt, 5);
    if (!span || span[1] - span[0] < 2 || !isFree(doc, span[0], span[1])) continue;
    const n0 = toks[span[0]].norm;
    if (!(knownOrNameStart(doc, span[0]) || doc.res.ambiguousFirstNames.has(n0) || isNameLike(n0) || (!isMostlyWord(n0) && !isCommonAnyReading(n0)))) continue;
    const skip = nameSkip(doc, span[0]);
    const m = makeMention(doc, span[0], span[1], skip, { evidence: 'role', known: knownAt(doc, span[0], span[1], skip) });
    m.role = p.role;
    m.roleSource = 'stated';
    out.push(m);
    claim(doc, m);
    i = span[1] - 1;
  }
  // "بعثة صندوق النقد الدولي برئاسة إرنستو راميريز ريغو"، "جمعية المصارف برئاسة سليم صفير": the body just named,
  // headed by the person after برئاسة; the role is the head of that body.
  for (let i = from + 1; i < to; i++) {
    if (toks[i].norm !== 'برياسه' || doc.claimed[i] !== Claim.Free || doc.claimed[i - 1] !== Claim.Org || lineBreakBefore(doc, i)) continue;
    let a = i;
    while (a - 1 >= from && doc.claimed[a - 1] === Claim.Org && !lineBreakBefore(doc, a)) a--;
    if (a - 1 >= from && !lineBreakBefore(doc, a) && /^[وف]?(بعثه|وفد|وفدا|لجنه|فريق)$/.test(toks[a - 1].norm)) a--;
    const span = nameForward(doc, i + 1, 5);
    if (!span || span[1] - span[0] < 2 || !isFree(doc, span[0], span[1])) continue;
    const skipA = /^[وف]/.test(toks[a].norm) && doc.claimed[a] !== Claim.Org ? 1 : 0;
    const headed = doc.text.slice(offsetAfter(doc.text, toks[a], skipA), toks[i - 1].end).replace(/\s+/g, ' ');
    const m = makeMention(doc, span[0], span[1], 0, { evidence: 'role', known: knownAt(doc, span[0], span[1], 0) });
    m.role = `رئيس ${headed}`;
    m.roleSource = 'stated';
    out.push(m);
    claim(doc, m);
  }
  // "من السنغالي كاليدو كوليبالي": a nationality standing for a person (after a preposition, a verb or a
  // break, so it describes no noun), then a name of two words or more that no list may know.
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word' || !definiteWord(toks[i])) continue;
    const nat = doc.res.nationalities.matchAt(toks, i, true);
    // ("للسوداني الطيب حامد": also behind ل)
    if (!nat || nat.to !== i + 1 || !/^[وف]?ل?$/.test(nat.clitic) || i + 2 >= to || lineBreakBefore(doc, i + 1)) continue;
    // ("السوريون منحوا الحكومة": a plural of the nationality is a people, the subject of a verb, before no one's name)
    if (/(يون|يين|يات)$/.test(toks[i].norm)) continue;
    const prev = toks[i - 1];
    // (or describing a person's trade: "الناقدة البحرينية منى العلوي"، "والمترجمة اللبنانية كارين عيد")
    // (a singular nationality after a noun of a person, not of a capital, a company or an authority: "العاصمة
    // الإثيوبية أديس أبابا"، "الشركة الإيطالية ميديتيرا إنرجيا")
    const trade = nat.clitic === '' && /(ي|يه)$/.test(toks[i].norm) && tradeBefore(doc, i) && !NOT_A_TRADE.has(toks[i - 1].norm.replace(/^[وف](?=ال)/, ''));
    const standsAlone = !prev || lineBreakBefore(doc, i) || prev.kind === 'punct' || isFunctionWord(prev.norm) || looksLikeVerb(prev.norm) || trade || /ل$/.test(nat.clitic);
    if (!standsAlone) continue;
    const first = toks[i + 1].norm;
    // ("الطيب حامد": a first name written with the article)
    const articleFirst = (trade || /ل$/.test(nat.clitic)) && /^ال/.test(first) && !/^[لبك](ه|ها|هم|هما|هن|نا)$/.test(toks[i + 2]?.norm ?? '') && (doc.res.firstNames.has(first.slice(2)) || doc.res.ambiguousFirstNames.has(first) || doc.res.ambiguousFirstNames.has(first.slice(2))) && !!toks[i + 2] && !lineBreakBefore(doc, i + 2) && toks[i + 2].kind === 'word' && !isFunctionWord(toks[i + 2].norm) && !looksLikeVerb(toks[i + 2].norm, true) && !doc.res.titles.matchAt(toks, i + 2, true);
    if (doc.res.titles.matchAt(toks, i + 1, true) || doc.claimed[i + 1] !== Claim.Free) continue;
    // (a first name that is also a word, in a foreign name set between commas: "، الكينية جوي واكيوني،")
    const closed = isPunct(doc, i - 1, '،,') ? foreignBetweenCommas(doc, i + 1) : null;
    // (after a trade, a listed first name that is also a word: "الناقدة البحرينية منى العلوي")
    if (!closed && !articleFirst && !(trade && (doc.res.firstNames.has(first) || doc.res.ambiguousFirstNames.has(first))) && (isCommonAnyReading(first) || isMostlyWord(first))) continue;
    let span = closed ?? (articleFirst ? [i + 1, i + 3] as [number, number] : nameForward(doc, i + 1, 4));
    let endJudged = false;
    // (after a trade, the word after the first name is the family name where the name plainly ends: "المترجمة
    // اللبنانية كارين عيد والشاعر …")
    if (trade && span && span[1] - span[0] === 1 && toks[span[1]] && !lineBreakBefore(doc, span[1]) && toks[span[1]].kind === 'word' && doc.claimed[span[1]] === Claim.Free && !/^و/.test(toks[span[1]].norm) && !isFunctionWord(toks[span[1]].norm) && !looksLikeVerb(toks[span[1]].norm, true) && !doc.res.titles.matchAt(toks, span[1], true) && !doc.res.nationalities.matchAt(toks, span[1], true) && !doc.res.places.matchAt(toks, span[1], true) && (endsHere(doc, span[1] + 1) || /^و/.test(toks[span[1] + 1].norm))) {
      span = [span[0], span[1] + 1];
      endJudged = true;
    } else if (trade && span && span[1] - span[0] === 2 && isMostlyWord(toks[span[1] - 1].norm) && (endsHere(doc, span[1]) || /^و/.test(toks[span[1]]?.norm ?? ''))) {
      // (the same family name, which the name's own reading took where it saw the name end)
      endJudged = true;
    }
    if (!span || span[1] - span[0] < 2 || !isFree(doc, span[0], span[1])) continue;
    const m = makeMention(doc, span[0], span[1], 0, { evidence: 'honorific', known: knownAt(doc, span[0], span[1], 0) });
    if (endJudged) m.endJudged = true;
    out.push(m);
    claim(doc, m);
    i = span[1] - 1;
  }
  // Known people anywhere ("بوتين"، "نتنياهو"), then names opened by a first name.
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') continue;
    const k = doc.res.known.matchAt(toks, i, true, 3);
    // ("لأمي" is "to my mother", not David Lammy: a one-word alias written with a hamza his name does not have)
    // (nor "بخارى", the city, for the ambassador "وليد بخاري": a final ى where the name has ي)
    const asWritten = k && k.to === i + 1 ? doc.text.slice(toks[i].start, toks[i].end) : '';
    const spellingOff = !!k && k.to === i + 1 && ((/[أإآؤئ]/.test(asWritten) && !/[أإآؤئ]/.test(k.value.person.name)) || (/ى$/.test(asWritten) && !k.value.person.name.split(' ').some((w) => w.endsWith('ى'))));
    if (k && !spellingOff && /^[وفبلك]{0,2}$/.test(k.clitic) && isFree(doc, i, k.to) && knownAliasFits(doc, i, k.to, k.skip, k.value.person.name)) {
      // Extend a known surname to a fuller written name before it is claimed ("سيرغي لافروف"), and a known name
      // to the family it is written with ("سلمان بن عبدالعزيز آل سعود").
      let end = k.to;
      while (end + 1 < to && isParticle(doc, end) && !lineBreakBefore(doc, end) && toks[end + 1].kind === 'word' && !lineBreakBefore(doc, end + 1) && isFree(doc, end, end + 2) && !isFunctionWord(toks[end + 1].norm)) end += 2;
      const m = makeMention(doc, i, end, k.skip, { evidence: 'known', known: k.value.person });
      out.push(m);
      claim(doc, m);
      i = end - 1;
      continue;
    }
    // ("أكد الهادي العياري، وهو متقاعد"، "وقال الطاهر بوشلاغم إن": a first name with the article, as the Maghreb and
    // Sudan write it, and a family name no lexicon knows, right after a verb of saying or a comma, where the name ends)
    // ("وتقول أم حسين، وهي ربة بيت"، "أما أم عبدالرحمن، فتقول": a mother named by her son after a verb of saying or
    // «أما», where the name ends; «أم» is also "or")
    if (i > 0 && toks[i].norm === 'ام' && toks[i + 1] && !lineBreakBefore(doc, i) && !lineBreakBefore(doc, i + 1) && (spokeBefore(toks[i - 1]) || /^(و|ف)?(تقول|يقول|اما|قالت|روت|تروي)$/.test(toks[i - 1].norm)) && (doc.res.firstNames.has(toks[i + 1].norm) || compoundFirstName(doc, i + 1)) && isFree(doc, i, i + 2) && endsHere(doc, compoundFirstName(doc, i + 1) ? i + 3 : i + 2)) {
      const e = compoundFirstName(doc, i + 1) ? i + 3 : i + 2;
      const m = makeMention(doc, i, e, 0, { evidence: 'first-name', known: null });
      out.push(m);
      claim(doc, m);
      i = e - 1;
      continue;
    }
    // ("قال سيد أبو الخير، رئيس …"، "وأضاف أمل أبو زيد": a first name that is also a word, then a family name in
    // أبو, right after a verb of saying, where the name ends)
    if (i > 0 && spokeBefore(toks[i - 1]) && !lineBreakBefore(doc, i) && doc.res.ambiguousFirstNames.has(toks[i].norm) && toks[i + 1]?.norm === 'ابو' && toks[i + 2]?.kind === 'word' && !lineBreakBefore(doc, i + 1) && !lineBreakBefore(doc, i + 2) && !isFunctionWord(toks[i + 2].norm) && isFree(doc, i, i + 3) && endsHere(doc, i + 3)) {
      const m = makeMention(doc, i, i + 3, 0, { evidence: 'first-name', known: knownAt(doc, i, i + 3, 0) });
      out.push(m);
      claim(doc, m);
      i += 2;
      continue;
    }
    // ("وقالت شيرين خلف، وهي نازحة": a listed first name right after a verb of saying, and one more word closed by a
    // comma, is a name, even when that word is also an ordinary word: the comma says where the name ends)
    if (i > 0 && spokeBefore(toks[i - 1]) && !lineBreakBefore(doc, i) && doc.res.firstNames.has(toks[i].norm) && !doc.res.ambiguousFirstNames.has(toks[i].norm) && !isCommonWord(toks[i].norm) && toks[i + 1]?.kind === 'word' && !lineBreakBefore(doc, i + 1) && isPunct(doc, i + 2, '،,') && (!isFunctionWord(toks[i + 1].norm) || doc.res.ambiguousFirstNames.has(toks[i + 1].norm)) && !/^[وف]/.test(toks[i + 1].norm) && !(/^ال/.test(toks[i + 1].norm) && isCommonAnyReading(toks[i + 1].norm)) && !looksLikeVerb(toks[i + 1].norm, true) && !doc.res.titles.matchAt(toks, i + 1, true) && !doc.res.places.matchAt(toks, i + 1, true) && !doc.res.nationalities.matchAt(toks, i + 1, true) && isFree(doc, i, i + 2)) {
      const m = makeMention(doc, i, i + 2, 0, { evidence: 'first-name', known: knownAt(doc, i, i + 2, 0) });
      out.push(m);
      claim(doc, m);
      i += 1;
      continue;
    }
    // ("ويقول الفلاح الهادي الصغير، الذي يملك …"، "أما الهادي الصغير، الذي قدم …": a first name, also one written with the
    // article, after a verb of saying, a comma, «أما» or a person's trade, and one more word closed by a comma and a
    // relative clause, is a name: the clause describes a person, even when that word is also an ordinary word)
    // ("وتقول منى السيد، ولية أمر"، "أما ميس اللحام، الطالبة في جامعة"، "قالت الطالبة رحمة السيد، من قرية": two words
    // after a woman's verb of saying or «أما», closed by a comma and what she is, are her name, even when the first is
    // also a word or no list knows it)
    const introduced = introducedNameAt(doc, i);
    if (introduced > 0) {
      takeFirstName(doc, out, i, introduced, 0);
      i = introduced - 1;
      continue;
    }
    // ("الشابة لين مراد (19 عاماً)"، "ابنتها جنى (9 أعوام)": a name with the person's age in brackets)
    const aged = agedNameAt(doc, i);
    if (aged > 0) {
      takeFirstName(doc, out, i, aged, 0);
      i = aged - 1;
      continue;
    }
    const described = describedNameAt(doc, i);
    if (described > 0) {
      takeFirstName(doc, out, i, described, 0);
      i = described - 1;
      continue;
    }
    // (not a title or a verb: "، الوزير بولات"، "التقى التميمي"; articleFirst rules out two names of God, "الكريم المتعالي")
    // ("الحسين أيت بوعلي": with آيت / بن / ولد, three words)
    const articleEnd = i + (/^(ايت|بن|ولد)$/.test(toks[i + 1]?.norm ?? '') ? 3 : 2);
    if (i > 0 && (spokeBefore(toks[i - 1]) || isPunct(doc, i - 1, '،,')) && toks[i].norm.startsWith('ال') && !lineBreakBefore(doc, i) && !isFunctionWord(toks[i].norm) && !doc.res.titles.matchAt(toks, i, true) && articleFirst(doc, i, toks[i].norm) && isFree(doc, i, articleEnd) && endsHere(doc, articleEnd)) {
      takeFirstName(doc, out, i, articleEnd, 0);
      i = articleEnd - 1;
      continue;
    }
    // ("«بريد الغرباء» لأمل الصافي (مصر)"، "«وجوه دمشقية» للمى القاسم": right after a work's title in quotes, ل on a
    // first name, even one that is also a word, and a family name where the name ends: the work's author)
    const author = authorAfterTitle(doc, i);
    if (author > 0 && isFree(doc, i, author)) {
      takeFirstName(doc, out, i, author, 1);
      i = author - 1;
      continue;
    }
    // (a compound first name whose first half is also a word opens a name too: "نور الهدى جاسم الكعبي")
    // ("مبخوت بن علي الوادعي": «علي» after بن, written with ي, is the name Ali, never the preposition)
    const aliAfterBin = toks[i].norm === 'علي' && doc.text.charCodeAt(toks[i].end - 1) === 0x064a && i > 0 && !lineBreakBefore(doc, i) && /^(بن|ابن|بنت|ولد)$/.test(toks[i - 1].norm);
    const firstSkip = firstNameSkip(doc, i);
    const listedFirst = firstSkip >= 0 || aliAfterBin;
    // ("وتقول إيمان أيت علي"، "ويقول الحسين أيت علي": a first name that is also a word, or one with the article, before
    // a chain's particle opens the name)
    const chained = firstSkip < 0 && (doc.res.ambiguousFirstNames.has(toks[i].norm) || (/^ال.{3,}/.test(toks[i].norm) && doc.res.firstNames.has(toks[i].norm.slice(2)))) && sonOfNext(doc, i) && isNameWord(doc, i + 2, true);
    const skip = firstSkip >= 0 ? firstSkip : aliAfterBin || chained || compoundFirstName(doc, i) ? 0 : -1;
    if (skip < 0 || isAgeWord(doc, i)) continue;
    // ("أعرب عن خالص تعازيه وصادق مواساته"، "قطار فائق السرعة": a first name that is also an adjective, before the
    // feeling or the quality it qualifies, is the adjective)
    if (ADJECTIVE_FIRST.has(toks[i].norm.slice(skip)) && !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && QUALIFIED.test(toks[i + 1].norm)) continue;
    // ("كرّم صليبا الفائزين": a three-letter word written with a shadda on its middle letter is a verb of form II,
    // not the name كرم)
    if (toks[i].end - toks[i].start <= 6 && /^[وف]?[\u0621-\u064a]\u064e?[\u0621-\u064a]\u0651[\u064e\u064f]?[\u0621-\u064a]\u064e?$/.test(doc.text.slice(toks[i].start, toks[i].end))) continue;
    // "مستشفى الشهيد خليل سليمان": a name after a facility noun and a title names the facility.
    if (i >= 2 && TITLE_IN_NAME.test(toks[i - 1].norm) && NAMED_AFTER.test(toks[i - 2].norm)) continue;
    // "في خان يونس"، "بيت لحم": a first name inside a listed place of two words or more is the place's.
    // ("في سيدي عبد الله": also when the name goes on inside the place)
    // (not a chain of names going on after it: "سيدي عبد الله ولد محمد")
    const placeBefore = i > 0 && !lineBreakBefore(doc, i) && doc.claimed[i - 1] === Claim.Free ? doc.res.places.matchAt(toks, i - 1, true) : null;
    if (placeBefore && placeBefore.to > i && !(placeBefore.to > i + 1 && /^(بن|ابن|بنت|ولد|منت)$/.test(toks[placeBefore.to]?.norm ?? ''))) continue;
    // ("غازي عنتاب"، "أبو ظبي": or one that opens a listed place of two words or more.)
    const placeHere = doc.res.places.matchAt(toks, i, true);
    if (placeHere && placeHere.to - i >= 2 && !placeHere.value.ambiguous && /^[وفبلك]{0,2}$/.test(placeHere.clitic)) continue;
    // A first name that is mostly an ordinary word (عائد، أمل، سلام) does not open a name by itself,
    // nor one that completes an indefinite noun in construct ("سعري عائد الإيداع").
    // ("Mostly a word" would be wrong here: أحمد is rarely a whole name alone, yet always a name.)
    // ("علي" written with ي is the name, not the preposition على; "نور الهدى" opens a compound name.)
    const aliName = toks[i].norm.slice(skip) === 'علي' && doc.text.charCodeAt(toks[i].end - 1) === 0x064a;
    const compound = !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && COMPOUND_SECOND.has(toks[i + 1].norm);
    // (after a person's trade a listed first name is a name, "المحاسبة نادية الإدريسي"، "المصدرة سنية الفقيه")
    const trade = skip === 0 && tradeBefore(doc, i);
    // (nor after a verb of saying, before a family name no reading makes a word: "وقالت نادية الحلبي إن"، "وقال يزن
    // الحمارنة"; the lexicon counts «نادية» as "his club", «يزن» as "weighs")
    const saidName = skip === 0 && i > 0 && !lineBreakBefore(doc, i) && SAID_BEFORE.test(toks[i - 1].norm) && doc.res.firstNames.has(toks[i].norm) && familyWordAfter(doc, i + 1);
    if (isCommonWord(toks[i].norm.slice(skip)) && !doc.res.known.matchAt(toks, i, true) && !aliName && !compound && !saidName && (!trade || !doc.res.firstNames.has(toks[i].norm))) continue;
    // (Names the corpora mostly use as names stay names there: "تألق أحمد سيد".)
    // (nor one shaped as a verbal noun of the تفعيل form, which completes a noun as often as it names: "دورة تيسير نقدي")
    if (skip === 0 && !aliAfterBin && i > 0 && !lineBreakBefore(doc, i) && (!isNameLike(toks[i].norm) || /^ت..ي.$/.test(toks[i].norm)) && inConstruct(doc, i - 1)) continue;
    if (i > 0 && !lineBreakBefore(doc, i) && (isNameWord(doc, i - 1) && doc.claimed[i - 1] === Claim.Free && doc.res.firstNames.has(toks[i - 1].norm))) continue;
    // (after a person's trade, "المحلل المالي ماجد الشهري"، "المزارع سليمان العدوان", a name is announced as after a role:
    // its family name may be an ordinary word)
    const span = nameForward(doc, i, 4, !trade);
    if (!span || !isFree(doc, span[0], span[1])) continue;
    // "صالح بن عوض آل مفرح": a word before بن is the first name of the chain, whatever else it may mean.
    let start = span[0];
    while (start === i && skip === 0 && start >= 2 && (toks[start - 1].norm === 'بن' || toks[start - 1].norm === 'بنت') && !lineBreakBefore(doc, start) && !lineBreakBefore(doc, start - 1)) {
      const x = start - 2;
      const n = toks[x].norm;
      if (toks[x].kind !== 'word' || doc.claimed[x] !== Claim.Free || doc.claimed[x + 1] !== Claim.Free || n.length < 3 || /^[وف]/.test(n) || isCommonAnyReading(n) || isFunctionWord(n) || looksLikeVerb(n, true) || !isNameWord(doc, x, true) || doc.res.titles.matchAt(toks, x, true) || doc.res.places.matchAt(toks, x, true) || doc.res.nationalities.matchAt(toks, x, true)) break;
      start = x;
    }
    // ("سيدي محمد ولد أحمد": سيدي before the first name of a Mauritanian chain is the name's first word, not "my lord")
    if (start === i && skip === 0 && start >= 1 && toks[start - 1].norm === 'سيدي' && doc.claimed[start - 1] === Claim.Free && !lineBreakBefore(doc, start) && span[1] - span[0] >= 3 && SON_OF.test(toks[start + 1].norm)) start--;
    if (start < span[0]) span[0] = start;
    if (span[1] - span[0] < 2) continue;
    // ("«لازم يصلحو الطرقان»"، "«غالي بزاف»": a word of a spoken dialect, the first name itself or one after it, makes
    // it a quote's phrase, no name; only a known person or one announced by a trade)
    if (!trade && !doc.res.known.matchAt(toks, span[0], true) && toks.slice(span[0], span[1]).some((t) => isDialectWord(t.norm))) continue;
    // ("جائزة سلطان بن علي العويس الثقافية"، "مدرسة أحمد بن علي": a name right after a noun a place or a body is named
    // after names that, not a person in the story)
    if (aliAfterBin && span[0] > 0 && !lineBreakBefore(doc, span[0]) && (NAMED_AFTER.test(toks[span[0] - 1].norm) || /^(و|ف|ب|ل)?(جايزه|مدرسه|موسسه|جمعيه|مكتبه|قاعه)$/.test(toks[span[0] - 1].norm))) continue;
    // (such a compound alone is a phrase, "نور الإسلام": a family name must follow it)
    if (!listedFirst && span[1] - span[0] < 3) continue;
    const mSkip = start < i ? 0 : skip;
    const m = makeMention(doc, span[0], span[1], mSkip, { evidence: 'first-name', known: knownAt(doc, span[0], span[1], mSkip) });
    out.push(m);
    claim(doc, m);
    i = span[1] - 1;
  }
  appointedRoles(doc, out);
  return out;
}

/** A comma at k and a relative clause after it ("، الذي"، "، التي"، "، وهو"، "، وهي"): what comes before describes a person. */
function relativeClauseAt(doc: Doc, k: number): boolean {
  const next = doc.tokens[k + 1];
  return isPunct(doc, k, '،,') && !!next && !lineBreakBefore(doc, k + 1) && /^(الذي|التي|وهو|وهي)$/.test(next.norm);
}

/** A verb of saying in the present: "ويقول"، "تقول"، "يضيف". */
// (and a verb of opinion or of calling for: "ترى نوف القحطاني، وهي أم …"، "فيما دعت نزيهة الخراط، وهي من …")
const SAYS_NOW = /^(و|ف)?(يقول|تقول|يضيف|تضيف|يوضح|توضح|يوكد|توكد|يروي|تروي|يتابع|تتابع|يري|تري|راي|رات|دعا|دعت|يدعو|تدعو|طالب|طالبت|يطالب|تطالب)$/;

/** A woman's verb of saying: the one who speaks after it is a woman ("وتقول"، "قالت"، "روت"، "أضافت"). */
// (only verbs that take no object: "أكدت أصالة القطع" is she confirmed the pieces' authenticity)
const SHE_SAID = /^(و|ف)?(قالت|تقول|تروي|روت|اضافت|تضيف|تحكي|حكت)$/;

/**
 * "وتقول منى السيد، ولية أمر لطفلين"، "أما ميس اللحام، الطالبة في جامعة"، "قالت الطالبة رحمة السيد، من قرية": at i, two
 * words right after a woman's verb of saying (maybe with her trade between) or after «أما», closed by a comma or a
 * bracket and followed by more of the sentence. The first word is a listed first name (also one that is a word:
 * «منى»، «رحمة»), or after a woman's verb a word no lexicon knows; after «أما» a word no lexicon knows only when what
 * follows the comma describes, not the answer's «فـ» ("أما كوبنهاغن الجديدة، فقد"). The end of the name, or -1.
 */
function introducedNameAt(doc: Doc, i: number): number {
  const toks = doc.tokens;
  const t = toks[i];
  const w = toks[i + 1];
  if (i < 1 || !t || !w || t.kind !== 'word' || w.kind !== 'word' || lineBreakBefore(doc, i) || lineBreakBefore(doc, i + 1)) return -1;
  const prev = toks[i - 1].norm;
  const trade = i >= 2 && /^ال.{3,}ه$/.test(prev) && (isCommonWord(prev) || isCommonWord(prev.slice(0, -1)) || isMostlyWord(prev.slice(2, -1))) && doc.claimed[i - 1] === Claim.Free && !lineBreakBefore(doc, i - 1) && SHE_SAID.test(toks[i - 2].norm);
  const she = SHE_SAID.test(prev) || trade;
  const asFor = /^(و|ف)?اما$/.test(prev);
  if (!she && !asFor) return -1;
  const n = t.norm;
  const listed = doc.res.firstNames.has(n) || doc.res.ambiguousFirstNames.has(n);
  // (a woman's first name that is also a place is hers after her verb: "وتقول منى السيد"، not the valley of Mina)
  if (/^ال/.test(n) || isFunctionWord(n) || doc.res.titles.matchAt(toks, i, true) || (!(she && listed) && doc.res.places.matchAt(toks, i, true)) || doc.res.nationalities.matchAt(toks, i, true) || doc.res.orgs.matchAt(toks, i, true)) return -1;
  const unknown = !listed && n.length >= 3 && !isCommonAnyReading(n) && !isMostlyWord(n) && !looksLikeVerb(n, true) && !/^[وفبلك]/.test(n);
  if (!listed && !unknown) return -1;
  const x = w.norm;
  // (after a woman's verb «السيد» is her family name, no honorific: "منى السيد")
  const honorificAsName = she && /^السيد$/.test(x);
  // (a family name that is also a word only after a first name that is no word: "سهام القضاة"، not "صاحب القاعة"،
  // "شاهدة أخرى"، "مديرتها العامة"; nor "المتحدثة باسم المفوضية")
  if (isCommonAnyReading(x) && !honorificAsName && !(listed && !doc.res.ambiguousFirstNames.has(n))) return -1;
  if (n === 'باسم' && /^ال/.test(x)) return -1;
  if (isFunctionWord(x) || /^[وف]/.test(x) || looksLikeVerb(x, true) || possessedNoun(doc, i + 1) || (!honorificAsName && doc.res.titles.matchAt(toks, i + 1, true)) || doc.res.places.matchAt(toks, i + 1, true) || doc.res.nationalities.matchAt(toks, i + 1, true) || doc.res.orgs.matchAt(toks, i + 1, true)) return -1;
  if (!isPunct(doc, i + 2, '،,(')) return -1;
  const d = toks[i + 3];
  if (!d || lineBreakBefore(doc, i + 3)) return -1;
  // (after «أما» a word no list knows is a name only when what follows says who she or he is: "أما ميس اللحام، الطالبة
  // في جامعة"، not "أما شوط الزمول، الأطول في المهرجان")
  if (asFor && !listed && !(isPunct(doc, i + 2, '(') || (d.kind === 'word' && (/^(وهي|وهو|التي|الذي|من|صاحب|صاحبه|ابن|ابنه|والد|والده|ام)$/.test(d.norm) || /^.{3,}ه$/.test(d.norm))))) return -1;
  if (!isFree(doc, i, i + 2)) return -1;
  // (not the end of a name the text gave in full before: "المعلمة سعاد إبراهيم نور الدائم … وتقول نور الدائم، التي")
  for (let j = 1; j < i - 1; j++) if (toks[j].norm === n && toks[j + 1].norm === x && doc.claimed[j - 1] === Claim.Person && doc.claimed[j] === Claim.Person) return -1;
  return i + 2;
}

/** "(19 عاماً)"، "(9 أعوام)"، "(٦٣ سنة)": an age in brackets at k, the bracket's own tokens. */
function ageBracketAt(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  if (!isPunct(doc, k, '(') || lineBreakBefore(doc, k) || !toks[k + 3] || toks[k + 1].kind !== 'number' || !isPunct(doc, k + 3, ')')) return false;
  const n = Number(toks[k + 1].norm);
  return n >= 1 && n <= 120 && /^(عاما|عام|اعوام|سنه|سنوات|سنين)$/.test(toks[k + 2].norm);
}

/** A word that may be a name's: a first name, or a word no list or lexicon knows, of a name's shape. */
function namelyWord(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word' || doc.claimed[k] !== Claim.Free || isFunctionWord(t.norm)) return false;
  if (doc.res.firstNames.has(t.norm) || doc.res.ambiguousFirstNames.has(t.norm)) return true;
  return t.norm.length >= 3 && !/^[وفب]/.test(t.norm) && !(/^ل.{3,}/.test(t.norm) && isCommonAnyReading(t.norm.slice(1))) && !isCommonAnyReading(t.norm) && !isMostlyWord(t.norm) && !looksLikeVerb(t.norm) && !doc.res.titles.matchAt(doc.tokens, k, true) && !doc.res.places.matchAt(doc.tokens, k, true) && !doc.res.nationalities.matchAt(doc.tokens, k, true);
}

/**
 * "الشابة لين مراد (19 عاماً)"، "قالت ريم العلي (34 عاما)"، "ابنتها جنى (9 أعوام)": one or two words right before an
 * age in brackets are a person's name; the end of the name at i, or -1. Two words when the first may be a name's or
 * follows a trade ("الشابة"); the last may be a family name with the article ("جنى الحاج").
 */
function agedNameAt(doc: Doc, i: number): number {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== 'word' || doc.claimed[i] !== Claim.Free || lineBreakBefore(doc, i)) return -1;
  // (asked at every free word: the bracket first, which almost no word has after it)
  const one = ageBracketAt(doc, i + 1);
  if (!one && !ageBracketAt(doc, i + 2)) return -1;
  // (one word, not after a plural it counts: "أصغر المرشحين سنا (31 عاما)")
  const prev = i > 0 ? toks[i - 1] : null;
  const afterPlural = !!prev && prev.kind === 'word' && /^[وف]?ال.{2,}(ين|ون|ات)$/.test(prev.norm);
  // (nor the end of a longer name, which other rules read whole: "يزن أبو اسنينة (…)"، "آلان دلوفان يوسف (…)")
  if (prev && prev.kind === 'word' && (isParticle(doc, i - 1) || /^(ابو|ام|بن|ابن|بني|ال|عبد)$/.test(prev.norm) || (doc.res.firstNames.has(prev.norm) && !isCommonWord(prev.norm)))) return -1;
  if (one) return namelyWord(doc, i) && !/^ال/.test(t.norm) && !afterPlural ? i + 1 : -1;
  if (lineBreakBefore(doc, i + 1)) return -1;
  const last = toks[i + 1];
  if (last.kind !== 'word' || doc.claimed[i + 1] !== Claim.Free || isFunctionWord(last.norm) || looksLikeVerb(last.norm) || !(namelyWord(doc, i + 1) || /^ال.{3,}/.test(last.norm) || doc.res.firstNames.has(last.norm))) return -1;
  if (/^ال/.test(t.norm) || isFunctionWord(t.norm) || looksLikeVerb(t.norm) || possessedNoun(doc, i)) return -1;
  // (a first word that is also a word, after a definite singular noun that says who: "الشابة لين مراد")
  const who = !!prev && prev.kind === 'word' && doc.claimed[i - 1] !== Claim.Person && doc.claimed[i - 1] !== Claim.Place && doc.claimed[i - 1] !== Claim.Org && /^[وف]?ال.{3,}$/.test(prev.norm) && !/(ين|ون|ات)$/.test(prev.norm) && !doc.res.places.matchAt(toks, i - 1, true);
  return namelyWord(doc, i) || who ? i + 2 : -1;
}

/** The end of "FIRST WORD، الذي …" at i (see findPeople), or -1. */
function describedNameAt(doc: Doc, i: number): number {
  const toks = doc.tokens;
  const t = toks[i];
  const w = toks[i + 1];
  if (i < 1 || !t || !w || t.kind !== 'word' || w.kind !== 'word' || lineBreakBefore(doc, i) || lineBreakBefore(doc, i + 1) || !relativeClauseAt(doc, i + 2)) return -1;
  const n = t.norm;
  // (a first name that is also a word, "خيرة"، before a family name that is none: "الفائزة، خيرة بلحاج، وهي معلمة")
  const wordFirst = doc.res.firstNames.has(n) && isCommonWord(n) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && !/^ال/.test(w.norm);
  const first = (doc.res.firstNames.has(n) && !isCommonWord(n)) || wordFirst || (/^ال.{3,}/.test(n) && doc.res.firstNames.has(n.slice(2)) && !doc.res.titles.matchAt(toks, i, true));
  if (!first || !isFree(doc, i, i + 2)) return -1;
  const prev = toks[i - 1];
  // (not a hospital or a school named after someone: "بالمستشفى الجامعي الحبيب بورقيبة، الذي يغطي")
  if ([i - 1, i - 2].some((k) => k >= 0 && toks[k].kind === 'word' && NAMED_AFTER.test(toks[k].norm.replace(/^(و|ف)?(بال|لل|ال)/, '$1')))) return -1;
  // (the trade may be a word that is also a first name, after the verb of saying: "ويقول الفلاح الهادي الصغير، الذي")
  const said = (k: number) => spokeBefore(toks[k]) || SAYS_NOW.test(toks[k].norm);
  const saidTrade = i >= 2 && /^ال.{3,}/.test(prev.norm) && doc.claimed[i - 1] === Claim.Free && !lineBreakBefore(doc, i - 1) && said(i - 2);
  if (!(said(i - 1) || isPunct(doc, i - 1, '،,') || /^(و|ف)?اما$/.test(prev.norm) || tradeBefore(doc, i) || saidTrade)) return -1;
  const x = w.norm;
  if (isFunctionWord(x) || /^[وف]/.test(x) || /^[يت]/.test(x) || looksLikeVerb(x, true) || possessedNoun(doc, i + 1) || doc.res.titles.matchAt(toks, i + 1, true) || doc.res.places.matchAt(toks, i + 1, true) || doc.res.nationalities.matchAt(toks, i + 1, true) || doc.res.orgs.matchAt(toks, i + 1, true)) return -1;
  return i + 2;
}

/**
 * "«بريد الغرباء» لأمل الصافي (مصر)": token i, right after a closing quote, is ل on a first name (listed, or also a word)
 * and the next word a family name where the name ends (a comma, a bracket, a full stop). The end of the name, or -1.
 * (لل on a name that opens with ل, "للمى" = ل + لمى.)
 */
function authorAfterTitle(doc: Doc, i: number): number {
  const toks = doc.tokens;
  const t = toks[i];
  if (i < 1 || !t || t.kind !== 'word' || !t.norm.startsWith('ل') || t.norm.length < 4 || lineBreakBefore(doc, i) || !isPunct(doc, i - 1, '»”"')) return -1;
  const stem = t.norm.slice(1);
  if (!doc.res.firstNames.has(stem) && !doc.res.ambiguousFirstNames.has(stem)) return -1;
  const fam = toks[i + 1];
  if (!fam || fam.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || isFunctionWord(fam.norm) || !isNameWord(doc, i + 1, true) || doc.res.places.matchAt(toks, i + 1, false) || isNationality(doc, i + 1)) return -1;
  return isPunct(doc, i + 2, '،,.()؛') || !toks[i + 2] || lineBreakBefore(doc, i + 2) ? i + 2 : -1;
}

/** Definite nouns that a nationality describes and that are no person's trade. */
const NOT_A_TRADE = new Set(['العاصمه', 'الشركه', 'السلطات', 'السلطه', 'الحكومه', 'الدوله', 'المدينه', 'الوزاره', 'الجامعه', 'الصحيفه', 'الجريده', 'الوكاله', 'القناه', 'المنظمه', 'المجموعه', 'المملكه', 'الجمهوريه', 'المنتخب', 'الجيش', 'البحريه', 'الشرطه', 'الخارجيه', 'الداخليه', 'السفاره', 'القنصليه', 'البعثه', 'القوات', 'الاراضي', 'الحدود', 'السواحل', 'الجزيره', 'المنطقه', 'البلده', 'القريه', 'المحافظه', 'الولايه', 'الاداره', 'الرياسه', 'الدبلوماسيه', 'السياسه', 'الساحه', 'الاسواق', 'السوق', 'البورصه', 'الطاقه', 'العمله', 'المحكمه', 'النيابه', 'الهييه', 'اللجنه', 'الفرقه', 'الفريق', 'النادي', 'الاتحاد', 'المركز', 'المعهد', 'المتحف', 'المكتبه', 'الدار', 'المطبعه', 'المنصه', 'الشبكه', 'الاذاعه', 'المجله', 'الموسسه', 'المصرف', 'البنك', 'السفينه', 'الطايره', 'الموانئ', 'الميناء', 'المطار']);

/**
 * The words before a first name at i name a person's trade: a definite singular noun the lexicon knows
 * ("المزارع"، "المحاسبة"، "الطبيب"), maybe with its definite adjective ("المحلل المالي"، "الخبيرة الاقتصادية").
 */
function tradeBefore(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const noun = (k: number) => {
    const t = toks[k];
    if (!t || t.kind !== 'word' || doc.claimed[k] !== Claim.Free || lineBreakBefore(doc, k + 1)) return false;
    // (also behind ل, ب or ك when it is a profession: "للمخرج عثمان الطيب"; "للاستثمار الكويتي" is no one's trade)
    let n = t.norm.replace(/^[وف](?=ال)/, '');
    if (/^[وف]?(لل|[بك]ال)/.test(n)) {
      n = n.replace(/^[وف]/, '').replace(/^لل/, 'ال').replace(/^[بك](?=ال)/, '');
      if (!PROFESSION.test(n)) return false;
    }
    return /^ال.{3,}$/.test(n) && !/(ات|ين|ون|ان)$/.test(n) && !isFunctionWord(n) && (isCommonWord(n) || isCommonWord(n.replace(/ه$/, ''))) && !doc.res.places.matchAt(toks, k, false) && !doc.res.nationalities.matchAt(toks, k, false) && !doc.res.orgs.matchAt(toks, k, false) && !doc.res.firstNames.has(n.slice(2));
  };
  if (i < 1 || lineBreakBefore(doc, i)) return false;
  if (noun(i - 1)) return true;
  // (the adjective may be a nisba that is also a nationality: "المحلل المالي")
  const adj = toks[i - 1];
  return i >= 2 && adj.kind === 'word' && doc.claimed[i - 1] === Claim.Free && /^ال.{2,}(ي|يه)$/.test(adj.norm) && !lineBreakBefore(doc, i - 1) && noun(i - 2);
}

/**
 * A one-word alias of a known person (a surname) is that person only where it stands alone: not glued
 * to another name ("خوسيه ماريا سانشيز"، "نكويتا-سلامي"), and, when the word is also a nationality or an
 * ordinary word ("السوداني"، "سلامي"), only in an article that names the person in full.
 */
function knownAliasFits(doc: Doc, from: number, to: number, skip: number, full: string): boolean {
  if (to - from > 1) return true;
  const toks = doc.tokens;
  const prev = toks[from - 1];
  if (prev && skip === 0 && !lineBreakBefore(doc, from)) {
    if (prev.kind === 'punct' && /^[-‐‑]$/.test(prev.norm) && !toks[from].spaceBefore) return false;
    if (prev.kind === 'word' && doc.claimed[from - 1] === Claim.Free && !isFunctionWord(prev.norm) && (doc.res.firstNames.has(prev.norm) || !isMostlyWord(prev.norm)) && !doc.res.titles.matchAt(toks, from - 1, true) && !doc.res.places.matchAt(toks, from - 1, true) && !doc.res.nationalities.matchAt(toks, from - 1, true)) return false;
  }
  // ("للسوداني": ل + the article written لل; the word is "السوداني")
  const written = toks[from].norm;
  const word = /^[وف]?لل/.test(written) && !written.slice(skip).startsWith('ال') ? 'ال' + written.replace(/^[وف]?لل/, '') : written.slice(skip);
  // (Also a family name with the article, "الصدر"، "الحكيم": often an ordinary noun too.)
  if (isMostlyWord(word) || doc.res.nationalities.getNormalized(word) || word.startsWith('ال')) {
    return knownFull(doc).has(normalizeWord(full));
  }
  return true;
}

/** An ordinary word, or its dual in construct ("رجلي أعمال"، "طرفي النزاع"). */
function commonOrDual(n: string): boolean {
  return isCommonAnyReading(n) || (n.length >= 4 && /ي$/.test(n) && isCommonAnyReading(n.slice(0, -1)));
}

/** Titles of a division's governor, written before the division's name: "والي سدح"، "محافظ ظفار"، "عامل إقليم زاكورة". */
const DIVISION_GOVERNOR = /^(والي|واليه|محافظ|عامل|حاكم|امير|عمده|معتمد)$/;

/** A name of two words or more that a first name or a known person opens ends at \`end\` (a comma follows it). */
function nameBefore(doc: Doc, end: number): boolean {
  const back = nameBackward(doc, end);
  return !!back && back[1] === end && back[1] - back[0] >= 2 && knownOrNameStart(doc, back[0]);
}

/** Token k is a first name, behind و or ف, or with the article and no ordinary word so ("الحسين"; not "المكلف"). */
function firstNameOpens(doc: Doc, k: number): boolean {
  const w = doc.tokens[k].norm.replace(/^(و|ف)(?=..)/, '');
  if (doc.res.firstNames.has(w)) return true;
  return /^ال../.test(w) && doc.res.firstNames.has(w.slice(2)) && !isMostlyWord(w) && !isCommonAnyReading(w);
}

/** A name of two words or more, opened by a first name, ends right before token `end` ("نزهة الإدريسي،"). */
function namedBefore(doc: Doc, end: number): boolean {
  const back = nameBackward(doc, end);
  return !!back && back[1] - back[0] >= 2 && knownOrNameStart(doc, back[0]);
}

/** A name found by its first name at [from, to) (its first `skip` code units a clitic): a mention, kept and claimed. */
function takeFirstName(doc: Doc, out: PersonMention[], from: number, to: number, skip: number): void {
  const m = makeMention(doc, from, to, skip, { evidence: 'first-name', known: knownAt(doc, from, to, skip) });
  out.push(m);
  claim(doc, m);
}

function personEndingAt(found: PersonMention[], end: number): PersonMention | null {
  for (let k = found.length - 1; k >= 0; k--) if (found[k].to === end) return found[k];
  return null;
}

/** An indefinite ordinary noun that takes the next word as its complement (not a verb, title or function word). */
function inConstruct(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (t.kind !== 'word' || t.norm.startsWith('ال') || /^[وفبلك]ال/.test(t.norm)) return false;
  if (isFunctionWord(t.norm) || looksLikeVerb(t.norm) || doc.res.titles.matchAt(doc.tokens, k, true)) return false;
  if (doc.res.firstNames.has(t.norm) || doc.res.ambiguousFirstNames.has(t.norm) || doc.claimed[k] !== Claim.Free) return false;
  // ("منافسَيه علي حسين": a noun with a possessive pronoun, ه as written and not ة, takes no complement.)
  if (t.norm.length >= 4 && doc.text.charCodeAt(t.end - 1) === 0x0647 && /ه$/.test(t.norm)) return false;
  // ("لمنافستها نور الهدى": ها، هم، هما end a noun as its pronoun too)
  if (t.norm.length >= 5 && /(ها|هم|هما)$/.test(t.norm) && !isNameLike(t.norm)) return false;
  // ("زميلتي سكينة بوحسين"، "صديقتي فاطمة": a feminine noun with "my" before a first name is no dual in construct)
  if (t.norm.length >= 5 && /تي$/.test(t.norm) && isCommonAnyReading(t.norm.slice(0, -2) + 'ه') && !!doc.tokens[k + 1] && doc.res.firstNames.has(doc.tokens[k + 1].norm)) return false;
  // A dual in construct ("سعري"، "طرفي") also takes a complement.
  return isMostlyWord(t.norm) || (/ي$/.test(t.norm) && t.norm.length >= 4 && !isNameLike(t.norm) && !doc.res.places.matchAt(doc.tokens, k, true));
}

function knownOrNameStart(doc: Doc, i: number): boolean {
  const n = doc.tokens[i].norm;
  return doc.res.firstNames.has(n) || compoundFirstName(doc, i) || doc.res.known.matchAt(doc.tokens, i, false) !== null;
}

/**
 * Token k is a family name as the next word of a name after a verb of saying: a word no reading makes an ordinary
 * word, or a nisba with the article ("الحلبي"، "الحمارنة"), no place, nationality, title or function word.
 */
function familyWordAfter(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  if (!t || t.kind !== 'word' || lineBreakBefore(doc, k) || doc.claimed[k] !== Claim.Free) return false;
  const n = t.norm;
  if (n.length < 3 || isFunctionWord(n) || (/^[وفبلك][^ل]/.test(n) && !/^ال/.test(n))) return false;
  if (isCommonAnyReading(n) || isMostlyWord(n)) return false;
  if (doc.res.places.matchAt(doc.tokens, k, true) || doc.res.nationalities.matchAt(doc.tokens, k, true) || doc.res.titles.matchAt(doc.tokens, k, true)) return false;
  return true;
}

/** Verbs of saying that open a sentence on the speaker's name ("وقال"، "وأضاف"، "وأكد"). */
const SAID_BEFORE = /^[وف]?(قال|قالت|اضاف|اضافت|اكد|اكدت|اوضح|اوضحت|صرح|صرحت|ذكر|ذكرت|اعلن|اعلنت|اشار|اشارت|راي|رات|توقع|توقعت)$/;

/** Professions written before a name in apposition (normalised, with the article). */
const PROFESSION = /^ال(مخرج|مخرجه|ناقد|ناقده|كاتب|كاتبه|روايي|روايه|فنان|فنانه|شاعر|شاعره|صحفي|صحفيه|باحث|باحثه|مهندس|مهندسه|طبيب|طبيبه|خبير|خبيره|اعلامي|اعلاميه|منتج|منتجه|مطرب|مطربه|موسيقار|نحات|رسام|رسامه|اكاديمي|اكاديميه)$/;

/** Titles written with a possessive pronoun (the body's own head): "رئيسه"، "مديرها"، "سكرتيرها التنفيذي". */
/** Offices that speak for their body or sit at another's: without an adjective they are ordinary words too often ("سفيرها"، "منسقها")
 * unless a comma sets the name apart. */
const SPOKESMEN = 'ناطق|متحدث|مندوب|سفير|منسق|ناطقة|متحدثة|مندوبة|سفيرة|منسقة';
const SPOKESMAN_TITLE = new RegExp(`^(${SPOKESMEN})$`);
const POSSESSIVE_TITLE = new RegExp(`^[وف]?(رئيس|مدير|أمين|امين|سكرتير|نائب|قائد|محافظ|مدرب|رئيسة|مديرة|أمينة|نائبة|شريك|شريكة|مؤسس|مؤسسة|${SPOKESMEN})(ه|ها)$`);
const POSSESSIVE_TITLE_ADJ = new Set(['العام', 'العامه', 'التنفيذي', 'التنفيذيه', 'الفني', 'الاداري', 'الاداريه', 'المسير', 'المسيره', 'المدير', 'الموسس', 'المشارك', 'الرسمي', 'الرسميه', 'الدايم', 'الدايمه', 'الخاص', 'الخاصه']);

/** A possessive title at i whose body is the organization named last (in the paragraph, 40 tokens at most). */
function possessiveTitleAt(doc: Doc, i: number): { role: string; nameAt: number } | null {
  const toks = doc.tokens;
  const t = toks[i];
  // (most words: not ending in ه or ها, or too short; out before the text is sliced)
  // (ه as written, not ة, which the norm also spells ه)
  if (t.kind !== 'word' || doc.claimed[i] !== Claim.Free || t.norm.length < 4 || (doc.text.charCodeAt(t.end - 1) !== 0x0647 && !t.norm.endsWith('ها'))) return null;
  const written = doc.text.slice(t.start, t.end).replace(/[\u064B-\u0652\u0640]/g, '');
  // (the pronoun ه, not the feminine ة: "رئيسة" alone is a woman president)
  const m = POSSESSIVE_TITLE.exec(written);
  if (!m) return null;
  let k = i + 1;
  const adj = toks[k] && !lineBreakBefore(doc, k) && POSSESSIVE_TITLE_ADJ.has(toks[k].norm) ? doc.text.slice(toks[k].start, toks[k].end) : null;
  if (adj) k++;
  // ("مندوبها الدائم لدى الأمم المتحدة، عمار بن جامع": the body a delegate sits at)
  let at = '';
  if (adj && toks[k]?.norm === 'لدي' && !lineBreakBefore(doc, k)) {
    const body = doc.res.orgs.matchAt(toks, k + 1, false) ?? doc.res.places.matchAt(toks, k + 1, false);
    if (!body || lineBreakBefore(doc, body.to - 1)) return null;
    at = ' ' + doc.text.slice(toks[k].start, toks[body.to - 1].end).replace(/\s+/g, ' ');
    k = body.to;
  }
  // ("فأمينها العام، إبراهيم غالي،": the name set apart by commas)
  const comma = isPunct(doc, k, '،,') && !lineBreakBefore(doc, k);
  if (comma) k++;
  if (SPOKESMAN_TITLE.test(m[1]) && !adj && !comma) return null;
  if (!toks[k] || lineBreakBefore(doc, k) || toks[k].kind !== 'word') return null;
  // (an honorific may stand before the name: "رئيسها التنفيذي المهندس فهد بن سالم العتيبي")
  const nameAt = afterHonorifics(doc, k);
  // the body: the last run of organization tokens before the title, in the same paragraph
  let e = i - 1;
  while (e >= 0 && i - e <= 40 && doc.claimed[e] !== Claim.Org && !lineBreakBefore(doc, e + 1)) e--;
  // (none named in the paragraph, "وأوضحت الشركة أن العقد، الذي وقعه رئيسها التنفيذي ...": the title as written,
  // when an honorific or a first name makes the person plain)
  if (e < 0 || doc.claimed[e] !== Claim.Org) {
    if (nameAt === k && !doc.res.firstNames.has(toks[k].norm)) return null;
    return { role: (adj ? `ال${m[1]} ${adj}` : written) + at, nameAt };
  }
  let a = e;
  while (a > 0 && doc.claimed[a - 1] === Claim.Org && !lineBreakBefore(doc, a)) a--;
  // (an acronym in brackets after the name: the name before it)
  if (isPunct(doc, a - 1, '(') && doc.claimed[a - 2] === Claim.Org) {
    e = a - 2;
    a = e;
    while (a > 0 && doc.claimed[a - 1] === Claim.Org && !lineBreakBefore(doc, a)) a--;
  }
  let body = doc.text.slice(toks[a].start, toks[e].end).replace(/\s+/g, ' ');
  // drop the proclitics of the body's first word ("للاتحاد" → "الاتحاد", "وبالهيئة" → "الهيئة")
  body = body.replace(/^[وف]?لل/, 'ال').replace(/^[وف]?[بلك](?=ال)/, '').replace(/^[وف](?=ال)/, '');
  const base = m[1];
  const role = (adj ? `ال${base} ${adj} ${body.startsWith('ال') ? 'ل' + body.slice(1) : 'ل' + body}` : `${base} ${body}`) + at;
  return { role, nameAt };
}

/** Words after which a name has plainly ended and the sentence goes on: "… علي رمال بأن"، "… الذي". */
const GOES_ON = /^(بان|ان|انه|انها|الذي|التي)$/;

/** Words that head a title in construct as its holder's deputy or assistant: "مساعدة وزير الخارجية"، "نائب مدير …". */
const DEPUTY_HEAD = /^[وف]?(مساعد|مساعده|نايب|نايبه|مستشار|مستشاره|وكيل|وكيله|معاون|معاونه)$/;

/** A military rank alone, which an office stated after the name replaces. */
const RANK_ONLY = /^(ال)?(فريق|لواء|عميد|عقيد|مقدم|رايد|نقيب|مشير|عماد|مستشار|مستشاره)( اول| الاول| الركن| ركن)?( المتقاعد| متقاعد)?$/;
/** The honorific that is itself an office: a judge's (Egypt) or an adviser's (the Gulf). */
const JUDGE_HONORIFIC = /^ال(مستشار|مستشاره)$/;

/** Titles in the accusative of appointment: "عيّن فلانا وزيرا للداخلية"، "محافظا لإربد". */
const APPOINTED = APPOINTED_TITLE;
/** The dual of those titles: "تعيين الشيخ فلان والشيخ فلان عضوين في هيئة كبار العلماء". */
const APPOINTED_DUAL = /(ين|تين)$/;
/** States named with their kind after ل or لدى: "لسلطنة عمان"، "لدى جمهورية إندونيسيا". */
const STATE_KIND = /^(جمهوريه|مملكه|دوله|سلطنه|اماره|امارات)$/;

/**
 * "خالد الطراونة وزيرا للداخلية، وعمر المجالي وزيرا للمالية": a name followed by a title in the accusative and
 * the office after ل is appointed to that office; the role is written as readers name it, "وزير الداخلية"
 * ("وزيرة" for a woman's first name), "محافظ إربد".
 */
/** Divisions an appointed office serves, after ل: "لناحية"، "لقضاء"، "لمحافظة". */
const APPOINTED_DIVISION = /^(ناحيه|قضاء|محافظه|ولايه|مديريه|بلديه|مدينه|منطقه|اقليم|مركز|حي)$/;

/** Divisions an office is set over, after على: "واليا على جهة …"، "عاملا على إقليم …"، "محافظا على ولاية …". */
const OVERSEEN_DIVISION = /^(جهه|اقليم|عماله|ولايه|محافظه|منطقه|مقاطعه|دايره|بلديه|مدينه)$/;

function appointedRoles(doc: Doc, people: PersonMention[]): void {
  const toks = doc.tokens;
  // (a military rank alone is no office: "واللواء المتقاعد سعد الحارثي عضوين في مجلس الشورى" takes the seat)
  const open = (q: PersonMention) => !q.role || RANK_ONLY.test(normalizeWord(q.role));
  for (const p of people) {
    if (!open(p)) continue;
    const t = toks[p.to];
    // (the Moroccan governor, "عاملا على إقليم تيزنيت": عامل is an office only so, before على and a division)
    const governor = !!t && /^(عاملا|عامله)$/.test(t.norm) && toks[p.to + 1]?.norm === 'علي' && !lineBreakBefore(doc, p.to + 1);
    if (!t || t.kind !== 'word' || lineBreakBefore(doc, p.to) || !(APPOINTED.test(t.norm) || governor)) continue;
    let j = p.to + 1;
    // ("مديراً عاماً للهيئة"، "أميناً عاماً له": the rank's adjective in the accusative too)
    let qual = '';
    if (toks[j] && !lineBreakBefore(doc, j) && /^(عاما|عامه)$/.test(toks[j].norm)) {
      qual = toks[j].norm === 'عامه' ? ' عامة' : ' عام';
      j++;
    }
    // ("سفيراً فوق العادة ومفوضاً لسلطنة عُمان لدى جمهورية إندونيسيا": an ambassador's rank)
    if (toks[j + 1] && toks[j].norm === 'فوق' && toks[j + 1].norm === 'العاده' && !lineBreakBefore(doc, j + 1)) {
      qual += ' فوق العادة';
      j += 2;
      if (toks[j] && !lineBreakBefore(doc, j) && /^ومفوضا$/.test(toks[j].norm)) {
        qual += ' ومفوض';
        j++;
      }
      // (the state he represents, after ل: "لسلطنة عُمان")
      if (toks[j] && !lineBreakBefore(doc, j) && /^ل/.test(toks[j].norm) && STATE_KIND.test(toks[j].norm.slice(1)) && toks[j + 1]) {
        const pl = doc.res.places.matchAt(toks, j + 1, false);
        if (pl && !lineBreakBefore(doc, pl.to - 1)) {
          qual += ' ' + doc.text.slice(toks[j].start, toks[pl.to - 1].end);
          j = pl.to;
        }
      }
    }
    const first = toks[j];
    const dual = APPOINTED_DUAL.test(t.norm);
    const female = dual ? /تين$/.test(t.norm) : doc.res.femaleFirstNames.has(p.words[0]) || /[ةه]$/.test(t.norm);
    const head = (dual ? doc.text.slice(t.start, t.end).replace(/[اًٌٍَُِّْ]+$/, '').replace(/(تين|ين)$/, '') : doc.text.slice(t.start, t.end).replace(/[اًٌٍَُِّْ]+$/, '').replace(/[ةه]$/, '')) + (female ? 'ة' : '');
    // (a dual goes to the person before too, joined by و: "الشيخ سليمان … والشيخ محمد … عضوين")
    const partner = dual ? people.find((q) => q !== p && open(q) && q.to <= p.from && p.from - q.to <= 2 && /^و/.test(toks[q.to].norm) && !lineBreakBefore(doc, p.from)) : undefined;
    const assign = (role: string) => {
      p.role = role;
      p.roleSource = 'stated';
      if (partner) {
        partner.role = role;
        partner.roleSource = 'stated';
      }
    };
    // ("سفيراً لدى جمهورية كوريا"، "عضواً في مجلس إدارة مؤسسة …": the post where it is held; "أميناً عاماً له": of the
    // body just named)
    if (first && !lineBreakBefore(doc, j) && (first.norm === 'لدي' || first.norm === 'في') && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
      let e = j + 1;
      // (a listed place or body, whole: "لدى جمهورية كوريا"، "لدى مملكة السويد"; the lists are read here, before the
      // places are claimed)
      const listed = doc.res.places.matchAt(toks, e, false) ?? doc.res.orgs.matchAt(toks, e, false);
      if (listed) e = listed.to;
      else if (/^(جمهوريه|مملكه|دوله|سلطنه|اماره|امارات)$/.test(toks[e].norm) && toks[e + 1] && !lineBreakBefore(doc, e + 1) && doc.res.places.matchAt(toks, e + 1, false)) e = doc.res.places.matchAt(toks, e + 1, false)!.to;
      else while (e < toks.length && e - j <= 6 && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && !isFunctionWord(toks[e].norm) && (doc.claimed[e] === Claim.Place || doc.claimed[e] === Claim.Org || /^و?ال/.test(toks[e].norm) || (e === j + 1 && /^(جمهوريه|مملكه|دوله|سلطنه|اماره|مجلس|هييه|موسسه|شركه|لجنه)$/.test(toks[e].norm)) || (e > j + 1 && e - j <= 3 && /^(اداره|امناء|امانه|شوري)$/.test(toks[e].norm) && !!toks[e + 1] && /^ال/.test(toks[e + 1].norm)))) e++;
      if (e > j + 1) {
        assign(head + qual + ' ' + doc.text.slice(first.start, toks[e - 1].end));
      }
      continue;
    }
    // ("واليا على جهة سوس ماسة"، "عاملا على إقليم ورزازات": the division he is set over, named as readers name the office,
    // "والي جهة سوس ماسة")
    if (first && !lineBreakBefore(doc, j) && first.norm === 'علي' && doc.text.charCodeAt(first.end - 1) === 0x0649 && toks[j + 1] && !lineBreakBefore(doc, j + 1) && OVERSEEN_DIVISION.test(toks[j + 1].norm)) {
      let e = j + 2;
      const listed = toks[e] && !lineBreakBefore(doc, e) ? doc.res.places.matchAt(toks, e, false) : null;
      if (listed) e = listed.to;
      else while (e < toks.length && e - j <= 4 && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && !isFunctionWord(toks[e].norm) && !/^[وف]/.test(toks[e].norm) && !APPOINTED.test(toks[e].norm) && !isCommonAnyReading(toks[e].norm)) e++;
      if (e > j + 2) assign(head + qual + ' ' + doc.text.slice(toks[j + 1].start, toks[e - 1].end));
      continue;
    }
    if (qual && first && !lineBreakBefore(doc, j) && /^(له|لها|لهم|لهما)$/.test(first.norm)) {
      assign(head + qual);
      continue;
    }
    if (!first || lineBreakBefore(doc, j) || !/^ل/.test(first.norm) || first.norm.length < 4) continue;
    const firstAt = j;
    j++;
    // the portfolio: definite words, and more joined by و ("للتربية والتعليم"، "للسياحة والآثار")
    while (j < toks.length && j - p.to < 6 && !lineBreakBefore(doc, j) && toks[j].kind === 'word' && /^و?ال/.test(toks[j].norm) && !isFunctionWord(toks[j].norm)) j++;
    // (or the division's place: "مديرا لناحية كميت"، "قائممقاما لقضاء المجر الكبير")
    // (or a listed body or place of any length: "مديراً عاماً للهيئة العامة للقوى العاملة")
    if (j === firstAt + 1 && APPOINTED_DIVISION.test(first.norm.slice(1))) {
      // (a listed place, read here before the places are claimed: "عميدا لبلدية مصراتة")
      const listed = toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free ? doc.res.places.matchAt(toks, j, false) : null;
      if (listed && listed.skip === 0) j = listed.to;
      else while (j < toks.length && j - p.to < 6 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Place) j++;
    }
    while (j < toks.length && j - p.to < 10 && !lineBreakBefore(doc, j) && (doc.claimed[j] === Claim.Org || doc.claimed[j] === Claim.Place) && (doc.claimed[j - 1] === Claim.Org || doc.claimed[j - 1] === Claim.Place || j === firstAt + 1)) j++;
    const firstText = doc.text.slice(first.start, first.end);
    const office = (firstText.startsWith('لل') ? 'ال' + firstText.slice(2) : firstText.slice(1)) + (j > firstAt + 1 ? ' ' + doc.text.slice(toks[firstAt + 1].start, toks[j - 1].end) : '');
    assign(head + qual + ' ' + office);
  }
}

/** The proclitic length when token i is a first name (possibly with و/ف/ب/ل), -1 when it is not. */
function firstNameSkip(doc: Doc, i: number): number {
  const t = doc.tokens[i];
  const n = t.norm;
  // (What depends on the word alone is worked out once per word: this runs on every free word of the text.)
  const w = tokenWord(t);
  if (w.nameFor !== doc.res.firstNames) {
    w.nameFor = doc.res.firstNames;
    w.nameDirect = doc.res.firstNames.has(n);
    w.nameSkip = -1;
    if (!w.nameDirect) {
      for (const a of tokenAnalyses(t, 3)) {
        if (a.skip > 0 && a.stem.length >= 3 && isProcliticRun(a.clitic) && doc.res.firstNames.has(a.stem)) {
          w.nameSkip = a.skip;
          break;
        }
      }
    }
  }
  if (w.nameDirect) return 0;
  // "عبد الله"، "وعبد الرحمن": a compound first name written in two words (the lists hold "عبدالله").
  if (n.endsWith('عبد') && compoundFirstName(doc, i)) return n.length - 3;
  return w.nameSkip;
}

/** One or two of و ف ب ل (what /^[وفبل]{1,2}$/ matches). */
function isProcliticRun(c: string): boolean {
  if (c.length < 1 || c.length > 2) return false;
  for (let k = 0; k < c.length; k++) {
    const x = c.charCodeAt(k);
    if (x !== 0x0648 && x !== 0x0641 && x !== 0x0628 && x !== 0x0644) return false;
  }
  return true;
}

/** "الرئيسان بوتين وبايدن": each name gets the singular title. */
function pluralNames(doc: Doc, r: RoleSpan): PersonMention[] {
  const out: PersonMention[] = [];
  const toks = doc.tokens;
  const title = singularTitle(r.text);
  const inter = interleavedPair(doc, r, title);
  if (inter) return inter;
  let i = r.honorificTo;
  // ("السفيران الإسباني والفرنسي، ماريا إيلينا غارسيا وجان لوك ميرسييه": a second nationality, one to each name)
  let second: string | null = null;
  if (r.nationality && toks[i] && /^و/.test(toks[i].norm) && !lineBreakBefore(doc, i)) {
    const nat = doc.res.nationalities.matchAt(toks, i, true);
    if (nat && nat.clitic === 'و' && nat.to === i + 1) {
      second = `${title.split(' ')[0]} ${doc.text.slice(offsetAfter(doc.text, toks[i], 1), toks[i].end)}`;
      i++;
    }
  }
  // ("الرئيسان التنفيذيان لبنك الصفاة الوطني وشركة سنام للاتصالات، طلال البدر ونوف الرشيد": the names after a comma)
  const afterComma = (r.to - r.from >= 3 || !!second) && isPunct(doc, i, '،,') && !lineBreakBefore(doc, i + 1);
  if (afterComma) i++;

  let first = true;
  // "النائبان عن ولاية سكيكدة بالمجلس الشعبي الوطني مراد لعلاونة وفريدة بن زروق": a shared seat (and the body they
  // sit in) before the names.
  let shared = '';
  if (toks[i]?.norm === 'عن' && toks[i + 1] && !lineBreakBefore(doc, i + 1)) {
    const headed = /^(ولايه|دايره|محافظه|مقاطعه|اقليم|جهه|منطقه|عماله|ولايتي|محافظتي|دايرتي)$/.test(toks[i + 1].norm) ? 1 : 0;
    const seat = doc.res.places.matchAt(toks, i + 1 + headed, false);
    if (seat && !lineBreakBefore(doc, seat.to)) {
      let e = seat.to;
      // ("عن ولايتي ضلكوت ورخيوت": the second seat of a dual)
      if (/ي$/.test(toks[i + 1].norm) && toks[e] && /^و./.test(toks[e].norm) && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && !isFunctionWord(toks[e].norm.slice(1))) e++;
      const body = toks[e] ? doc.res.orgs.matchAt(toks, e, true) : null;
      if (body && body.clitic === 'ب' && !lineBreakBefore(doc, body.to)) e = body.to;
      else if (toks[e] && doc.claimed[e] === Claim.Org && /^ب/.test(toks[e].norm)) while (e < toks.length && doc.claimed[e] === Claim.Org) e++;
      // ("النائبان عن جانت في المجلس الشعبي الوطني، عبد القادر أغ محمد وفاطمة الزهراء باي")
      else if (toks[e]?.norm === 'في' && toks[e + 1] && doc.claimed[e + 1] === Claim.Org && !lineBreakBefore(doc, e + 1)) {
        e++;
        while (e < toks.length && doc.claimed[e] === Claim.Org && !lineBreakBefore(doc, e)) e++;
      }
      shared = ' ' + doc.text.slice(toks[i].start, toks[e - 1].end);
      i = e;
      // (the names after a comma)
      if (isPunct(doc, i, '،,') && toks[i + 1] && !lineBreakBefore(doc, i + 1)) i++;
    } else if (doc.claimed[i + 1] === Claim.Org) {
      // ("العضوان عن الاتحاد الوطني الكردستاني هلكوت عزيز وشڤان أحمد": the party they sit for)
      let e = i + 1;
      while (e < toks.length && doc.claimed[e] === Claim.Org && !lineBreakBefore(doc, e)) e++;
      if (toks[e] && !lineBreakBefore(doc, e)) {
        shared = ' ' + doc.text.slice(toks[i].start, toks[e - 1].end);
        i = e;
        if (isPunct(doc, i, '،,') && toks[i + 1] && !lineBreakBefore(doc, i + 1)) i++;
      }
    }
  }
  // "وزيرا الطاقة في الإمارات وسلطنة عمان سهيل المزروعي وسالم العوفي": the places they serve before the names, one
  // each when there are as many places as names.
  const served: string[] = [];
  if (!shared && toks[i]?.norm === 'في' && toks[i + 1] && !lineBreakBefore(doc, i + 1)) {
    let k = i + 1;
    const p1 = doc.res.places.matchAt(toks, k, false);
    if (p1 && !lineBreakBefore(doc, p1.to)) {
      served.push(doc.text.slice(toks[k].start, toks[p1.to - 1].end));
      k = p1.to;
      const p2 = toks[k] && /^و/.test(toks[k].norm) ? doc.res.places.matchAt(toks, k, true) : null;
      if (p2 && p2.clitic === 'و' && p2.from === k && !lineBreakBefore(doc, p2.to)) {
        served.push(doc.text.slice(offsetAfter(doc.text, toks[k], 1), toks[p2.to - 1].end));
        k = p2.to;
      }
      if (toks[k] && !lineBreakBefore(doc, k) && toks[k].kind === 'word' && isNameWord(doc, k)) {
        shared = ' في ' + served.join(' و');
        i = k;
      } else served.length = 0;
    }
  }
  // ("معتمدا محليتي بحري وشرق النيل، عبد الباقي حسن وعمر أبو شورة"، "المؤسسان المشاركان لشركة «ترانزيتو» المتخصصة في
  // النقل الذكي، سلمى بناني وياسين العلوي": what the two serve, then the names after a comma)
  // (what they serve is their role's complement; "محليتي بحري وشرق النيل", a dual noun and two names of places joined
  // by و, gives one to each: "معتمد محلية بحري"، "معتمد محلية شرق النيل")
  const perName: string[] = [];
  if (!afterComma && !shared && !second && toks[i] && !doc.res.firstNames.has(toks[i].norm)) {
    const c = commaBeforeNames(doc, i);
    if (c > 0) {
      shared = ' ' + doc.text.slice(toks[i].start, toks[c - 1].end);
      let j = c - 1;
      while (j > i + 1 && !/^و./.test(toks[j].norm)) j--;
      const dual = doc.text.slice(toks[i].start, toks[i].end);
      if (j > i + 1 && c - j <= 3 && /تي$/.test(dual) && toks.slice(i + 1, c).every((t) => t.kind === 'word')) {
        const head = dual.slice(0, -2) + 'ة';
        perName.push(`${head} ${doc.text.slice(toks[i + 1].start, toks[j - 1].end)}`, `${head} ${doc.text.slice(offsetAfter(doc.text, toks[j], 1), toks[c - 1].end)}`);
      }
      i = c + 1;
    }
  }
  while (i < toks.length && !lineBreakBefore(doc, i) && out.length < 6) {
    if (toks[i].kind !== 'word') break;
    // ("عضوا لجنة الوساطة الشيخ أحمد صالح بن عيفان والشيخ عبدالله ناجي الحارثي": an honorific before each name)
    const hon = doc.res.titles.matchAt(toks, i, true);
    if (hon && hon.value.category === 'honorific' && (first ? hon.clitic === '' : hon.clitic === 'و') && hon.to < toks.length && !lineBreakBefore(doc, hon.to) && toks[hon.to].kind === 'word' && doc.res.firstNames.has(toks[hon.to].norm)) {
      i = hon.to;
      first = true;
    }
    const skip = first ? 0 : toks[i].norm.startsWith('و') ? 1 : -1;
    if (skip < 0) break;
    // One to four name words per person ("بوتين"، "جو بايدن"، "وائل محمد شلبي"); the next one opens with و.
    let end = i + 1;
    // (a genealogy with بن takes two words more for each particle: "علي بن حسن بن عبدالله الدوسري")
    let particlesSeen = 0;
    for (let k = i + 1; k < Math.min(i + 4 + 2 * particlesSeen, i + 10); k++) {
      const w = toks[k];
      if (w && isParticle(doc, k)) particlesSeen++;
      // (a Maghrebi Bel- family name right after the first name counts as a name word: "منير بالحاج عمر")
      const bel = k === i + 1 && !!w && w.kind === 'word' && belNameAfterFirst(doc, k);
      // (a last word no list or lexicon knows, where the name plainly ends: "أنجلو أوكيلو نيال وماري نياكوانغ ريث،")
      // (or a family name with the article after a listed first name, where the name plainly ends: "سلمى بناني وياسين
      // العلوي،")
      const family = k === i + 1 && !!w && w.kind === 'word' && /^ال.{3,}/.test(w.norm) && doc.res.firstNames.has(toks[i].norm.slice(skip)) && !doc.res.titles.matchAt(toks, k, false) && !doc.res.places.matchAt(toks, k, false) && !lineBreakBefore(doc, k) && (isPunct(doc, k + 1, '،,.') || (!!toks[k + 1] && /^و/.test(toks[k + 1].norm) && !lineBreakBefore(doc, k + 1)))
        // (or any word that is no verb after a listed first name, before the next name or the end: "عادل عودة وفايز
        // دويكات،")
        || (k === i + 1 && !!w && w.kind === 'word' && w.norm.length >= 3 && !/^و/.test(w.norm) && doc.res.firstNames.has(toks[i].norm.slice(skip)) && !isFunctionWord(w.norm) && !looksLikeVerb(w.norm, true) && !doc.res.titles.matchAt(toks, k, false) && !doc.res.places.matchAt(toks, k, false) && !doc.res.nationalities.matchAt(toks, k, false) && !lineBreakBefore(doc, k) && (isPunct(doc, k + 1, '،,.') || (!!toks[k + 1] && /^و/.test(toks[k + 1].norm) && doc.res.firstNames.has(toks[k + 1].norm.slice(1)) && !lineBreakBefore(doc, k + 1))));
      const last = family || k > i + 1 && !!w && w.kind === 'word' && !lineBreakBefore(doc, k) && foreignNameWord(doc, k) && (isPunct(doc, k + 1, '،,.') || (!!toks[k + 1] && /^و/.test(toks[k + 1].norm) && !lineBreakBefore(doc, k + 1)));
      // (the second half of a name in عبد, though a title: "حيدر عبد الأمير")
      const afterAbd = !!w && w.kind === 'word' && ((toks[k - 1].norm === 'عبد' && /^ال/.test(w.norm)) || (k > i + 1 && /^(ولد|بنت|منت|بن)$/.test(toks[k - 1].norm) && !isFunctionWord(w.norm) && !/^و/.test(w.norm)));
      // (a father's name that is also a word, between the first name and the family's: "بدر عيد الرشيدي")
      const father = k === i + 1 && !!w && w.kind === 'word' && doc.res.ambiguousFirstNames.has(w.norm) && doc.res.firstNames.has(toks[i].norm.slice(skip)) && !!toks[k + 1] && !lineBreakBefore(doc, k + 1) && toks[k + 1].kind === 'word' && /^ال.{3,}/.test(toks[k + 1].norm) && isNameWord(doc, k + 1);
      if (!w || w.kind !== 'word' || (w.norm.startsWith('و') && !isParticle(doc, k)) || lineBreakBefore(doc, k) || !(isNameWord(doc, k) || isParticle(doc, k) || bel || last || afterAbd || father)) break;
      // (not a preposition on an ordinary word after the names: "... وفريدة بن زروق بإيفاد لجنة")
      if (k > i + 1 && !isParticle(doc, k) && !afterAbd && !doc.res.firstNames.has(w.norm) && (isCommonAnyReading(w.norm) || looksLikeVerb(w.norm))) break;
      end = k + 1;
      // (the word after a particle ends the name unless another particle follows: "بن زروق")
      // (or a family nisba with the article closes it: "علي بن حسن بن عبدالله الدوسري")
      // (not the second half of a first name in عبد: "عبد الباقي حسن")
      if (k > i && isParticle(doc, k - 1) && !(k - 1 === i && toks[i].norm.slice(skip) === 'عبد') && !(toks[k + 1] && !lineBreakBefore(doc, k + 1) && (isParticle(doc, k + 1) || (/^ال.{3,}ي$/.test(toks[k + 1].norm) && !isCommonAnyReading(toks[k + 1].norm) && !doc.res.nationalities.matchAt(toks, k + 1, false))))) break;
    }
    while (end > i + 1 && isParticle(doc, end - 1)) end--;
    const words = nameWords(doc, i, end, skip);
    const probe = words[0];
    // ("علي" written with ي is the name, not the preposition على)
    // ("وأم الخيري بنت اعل": أم opens a woman's name, not the conjunction "or")
    const umm = /^(ام|ابو)$/.test(probe) && words.length > 1;
    if ((isFunctionWord(probe) && !(probe === 'علي' && isNameWord(doc, i)) && !umm) || !isFree(doc, i, end)) break;
    // (a name after the first opens with و: its first word is read without it, "ونادية")
    // (and a name in عبد: "عبد القادر أغ محمد")
    if (!doc.res.known.getNormalized(words.join(' ')) && !isNameWord(doc, i, false) && !(skip > 0 && doc.res.firstNames.has(probe)) && !(probe === 'عبد' && words.length > 1 && isNameWord(doc, i + 1, false)) && !umm) break;
    const m = makeMention(doc, i, end, skip, { evidence: 'role', known: doc.res.known.getNormalized(words.join(' '))?.person ?? null, role: (second && out.length === 1 ? second : title) + shared, roleSource: 'plural' });
    if (m.known?.role && roleHead(m.known.role) === roleHead(title)) m.role = m.known.role;
    out.push(m);
    first = false;
    i = end;
    // "السيناتورين ديفيد كالاهان عن ولاية يوتا وجانيت بروير عن ولاية ألاسكا": each one's seat after the name.
    if (toks[i]?.norm === 'عن' && !lineBreakBefore(doc, i) && toks[i + 1]) {
      const headed = /^(ولايه|دايره|محافظه|مقاطعه|اقليم|جهه|منطقه|عماله)$/.test(toks[i + 1].norm) ? 1 : 0;
      const seat = doc.res.places.matchAt(toks, i + 1 + headed, false);
      if (seat) {
        m.role = `${m.role} عن ${doc.text.slice(toks[i + 1].start, toks[seat.to - 1].end)}`;
        i = seat.to;
      }
    }
    if (isPunct(doc, i, '،,')) break;
  }
  if (served.length >= 2 && served.length === out.length) out.forEach((m, k) => (m.role = `${title} في ${served[k]}`));
  if (perName.length === 2 && out.length === 2) out.forEach((m, k) => (m.role = `${title} ${perName[k]}`));
  // "… لبنك الصفاة الوطني وشركة سنام للاتصالات، طلال البدر ونوف الرشيد على التوالي": one body each, in order.
  if (afterComma && out.length === 2 && toks[i]?.norm === 'علي' && toks[i + 1]?.norm === 'التوالي') {
    for (let k = r.from + 1; k < r.to - 1; k++) {
      if (!/^و/.test(toks[k].norm) || doc.claimed[k] !== Claim.Org || doc.claimed[k - 1] !== Claim.Org) continue;
      // the head of the title (its first words up to the first body) and the two bodies
      let h = r.from;
      while (h < k && doc.claimed[h] !== Claim.Org) h++;
      const headText = singularTitle(doc.text.slice(r.start, toks[h].start).trim());
      const b1 = doc.text.slice(toks[h].start, toks[k - 1].end);
      const b2 = doc.text.slice(offsetAfter(doc.text, toks[k], 1), toks[r.to - 1].end);
      if (headText) {
        out[0].role = `${headText} ${b1}`;
        // (the second body shares the first one's ل: "لبنك … وشركة …" is "لشركة …")
        out[1].role = `${headText} ${/^ل/.test(b1) && !/^ل/.test(b2) ? 'ل' + b2 : b2}`;
      }
      break;
    }
  }
  // "سفيرا بنغلاديش ونيبال، محمد شفيق الرحمن وتيرثا راج واغلي": two places joined by و closing the title, one each,
  // in order (unless a known person's listed role already says which).
  if (out.length === 2 && served.length === 0 && !shared && !second) {
    for (let k = r.from + 2; k < r.to; k++) {
      const b = /^و/.test(toks[k].norm) ? doc.res.places.matchAt(toks, k, true) : null;
      if (!b || b.clitic !== 'و' || b.to !== r.to) continue;
      let h = -1;
      for (let x = k - 1; x > r.from && x >= k - 4; x--) if (doc.res.places.matchAt(toks, x, false)?.to === k) h = x;
      if (h < 0) break;
      const headText = singularTitle(doc.text.slice(r.start, toks[h].start).trim());
      const places = [doc.text.slice(toks[h].start, toks[k - 1].end), doc.text.slice(offsetAfter(doc.text, toks[k], 1), toks[r.to - 1].end)];
      if (headText) {
        for (let n = 0; n < 2; n++) {
          const listed = out[n].known?.role;
          if (!(listed && roleHead(listed) === roleHead(title))) out[n].role = `${headText} ${places[n]}`;
        }
      }
      break;
    }
  }
  // Fewer than two names: the plural names nobody here ("التقى الوزيران جاسم محمد البديوي، الأمين
  // العام": the ministers met him), and the words stay free for the other readings.
  if (out.length < 2) return [];
  for (const m of out) claim(doc, m);
  return out;
}

/**
 * The comma that closes a role's complement read on from token `from` (a body or a place no list holds whole, "في" and
 * what it places): its index, or -1. At most eight words, all in one clause: no verb, no person, no date, no particle
 * but في، لدى، عن، من.
 */
function complementComma(doc: Doc, from: number): number {
  const toks = doc.tokens;
  for (let k = from; k < Math.min(from + 9, toks.length); k++) {
    if (lineBreakBefore(doc, k) || doc.sentenceStart[k]) return -1;
    const t = toks[k];
    if (t.kind === 'punct') {
      if (/^[«»"“”]$/.test(t.norm)) continue;
      return k > from && isPunct(doc, k, '،,') ? k : -1;
    }
    const c = doc.claimed[k];
    if (c === Claim.Person || c === Claim.Date || c === Claim.Work || t.kind !== 'word') return -1;
    if (c === Claim.Place || c === Claim.Org) continue;
    const n = t.norm;
    if (isFunctionWord(n)) {
      if (!/^(في|لدي|عن|من)$/.test(n)) return -1;
      continue;
    }
    if ((!/^(ال|لل|[بلو]ال)/.test(n) && looksLikeVerb(n, true)) || doc.res.firstNames.has(n) || doc.res.titles.matchAt(toks, k, false)) return -1;
  }
  return -1;
}

/**
 * The comma within a few words after a plural title's complement, when two names joined by و follow it: its index,
 * or -1. The words before it must stay inside one clause (no verb, no person, no full stop).
 */
function commaBeforeNames(doc: Doc, from: number): number {
  const toks = doc.tokens;
  for (let k = from; k < Math.min(from + 12, toks.length); k++) {
    if (lineBreakBefore(doc, k) || doc.sentenceStart[k] || doc.claimed[k] === Claim.Person) return -1;
    const t = toks[k];
    if (t.kind === 'punct') {
      if (!isPunct(doc, k, '،,')) {
        if (/^[«»"“”()]$/.test(t.norm)) continue;
        return -1;
      }
      // two names, the second opened by و, a few words on
      if (k === from || !toks[k + 1] || lineBreakBefore(doc, k + 1) || toks[k + 1].kind !== 'word' || !(doc.res.firstNames.has(toks[k + 1].norm) || /^(عبد|ابو)$/.test(toks[k + 1].norm))) return -1;
      for (let j = k + 2; j < Math.min(k + 7, toks.length); j++) {
        if (lineBreakBefore(doc, j) || toks[j].kind !== 'word') return -1;
        if (/^و/.test(toks[j].norm) && (doc.res.firstNames.has(toks[j].norm.slice(1)) || /^و(عبد|ابو)$/.test(toks[j].norm))) return k;
      }
      return -1;
    }
    // (a place is no verb, though it looks like one: "وطنجة تطوان الحسيمة")
    if (t.kind === 'word' && ((!/^ال/.test(t.norm) && looksLikeVerb(t.norm, true) && !doc.res.places.matchAt(toks, k, true) && doc.claimed[k] !== Claim.Place) || (isFunctionWord(t.norm) && !/^(في|عن|من|لدي)$/.test(t.norm)))) return -1;
  }
  return -1;
}

/**
 * "وزيري الثقافة الدكتور أحمد فؤاد هنو والسياحة والآثار شريف فتحي": a dual title whose two portfolios each come
 * before their holder's name.
 */
function interleavedPair(doc: Doc, r: RoleSpan, title: string): PersonMention[] | null {
  const toks = doc.tokens;
  const words = title.split(' ');
  if (words.length < 2) return null;
  const a = nameForward(doc, r.honorificTo, 4);
  // (a foreign name of two words no list knows counts too: "وزيرا الداخلية الإيطالي ماتيو بيانتيدوزي والمالطي …")
  const nameStart = (x: [number, number]) => knownOrNameStart(doc, x[0]) || (foreignNameWord(doc, x[0]) && foreignNameWord(doc, x[1] - 1));
  if (!a || a[1] - a[0] < 2 || !isFree(doc, a[0], a[1])) return null;
  let k = a[1];
  if (!toks[k] || lineBreakBefore(doc, k) || !/^وال../.test(toks[k].norm)) return null;
  // (a second nationality on و between the two names makes the shape plain: then one of the names opening as a name is
  // enough, "وزيرا النفط العراقي حيان عبد الغني والكويتي طارق الرومي")
  const natBetween = !!r.nationality && doc.res.nationalities.matchAt(toks, k, true)?.to === k + 1;
  if (!nameStart(a) && !natBetween) return null;
  const p2 = k;
  while (k < toks.length && k - p2 < 4 && !lineBreakBefore(doc, k) && toks[k].kind === 'word' && /^و?ال../.test(toks[k].norm) && !doc.res.titles.matchAt(toks, k, true)) k++;
  const k2 = afterHonorifics(doc, k);
  const b = k2 < toks.length && !lineBreakBefore(doc, k2) ? nameForward(doc, k2, 4) : null;
  if (!b || b[1] - b[0] < 2 || !isFree(doc, b[0], b[1]) || !nameStart(b)) return null;
  if (!nameStart(a) && !knownOrNameStart(doc, b[0])) return null;
  const portfolio2 = doc.text.slice(offsetAfter(doc.text, toks[p2], 1), toks[k - 1].end);
  // (the second name's nationality in place of the first's: "وزير الداخلية المالطي")
  const nat2 = r.nationality && k === p2 + 1 ? doc.res.nationalities.matchAt(toks, p2, true) : null;
  const role2 = nat2 && nat2.clitic === 'و' ? `${singularTitle(roleWithoutNationality(doc, r))} ${portfolio2}` : `${words[0]} ${portfolio2}`;
  const m1 = makeMention(doc, a[0], a[1], nameSkip(doc, a[0]), { evidence: 'role', known: knownAt(doc, a[0], a[1], 0), role: title, roleSource: 'plural' });
  const m2 = makeMention(doc, b[0], b[1], nameSkip(doc, b[0]), { evidence: 'role', known: knownAt(doc, b[0], b[1], 0), role: role2, roleSource: 'plural' });
  claim(doc, m1);
  claim(doc, m2);
  return [m1, m2];
}

function roleHead(role: string): string {
  return role.split(/\s+/)[0].replace(/^ال/, '');
}

/**
 * "نظيره الأمريكي": the counterpart holds the same office as the official of the role before it, in
 * the counterpart's country: "وزير الخارجية الروسي" + "الأمريكي" → "وزير الخارجية الأمريكي".
 * (The roles before r are roles[0 .. prior).)
 */
/** Whether a counterpart word is feminine ("نظيرته"، "نظيرتها") or masculine ("نظيره"، "نظيرها": ها is whose). */
function counterpartFeminine(text: string): boolean {
  return /^[وف]?(ب|ل)?نظيرت/.test(normalizeWord(text.split(/\s+/)[0]));
}

/**
 * The office's first word in the counterpart's gender: "وزيرة الانتقال" for "نظيرها" → "وزير الانتقال", "وزير الخارجية"
 * for "نظيرته" → "وزيرة الخارجية" (titles that take ة: وزير، رئيس، سفير، مدير، أمين، نائب، ممثل، مبعوث).
 */
function withGender(role: string, feminine: boolean): string {
  const m = /^(وزير|رئيس|سفير|مدير|امين|أمين|نائب|ممثل|مبعوث|محافظ|مستشار)(ة?)(?=\s|$)/.exec(role);
  if (!m) return role;
  if (feminine && !m[2]) return m[1] + 'ة' + role.slice(m[0].length);
  if (!feminine && m[2]) return m[1] + role.slice(m[0].length);
  return role;
}

function counterpartRole(doc: Doc, r: RoleSpan, roles: readonly RoleSpan[], prior: number): string {
  for (let k = prior - 1; k >= 0; k--) {
    const p = roles[k];
    if (p.kind !== 'role' || p.from >= r.from) continue;
    const base = roleWithoutNationality(doc, p);
    // "سلفه بسام المولوي": the predecessor in the same office. (Not "خلفه", which is "behind him" as often as "his
    // successor".)
    if (/^سلف(ه|ها)$/.test(normalizeWord(r.text))) return `${p.text} السابق`;
    if (!r.nationality) return `${r.text} (${base})`;
    const nat = doc.text.slice(doc.tokens[r.nationality[0]].start, doc.tokens[r.nationality[1] - 1].end);
    const role = withGender(base, counterpartFeminine(r.text));
    // (the nationality goes after the office, before where it serves: "السفير لدى المملكة" → "السفير الكيني لدى المملكة")
    const at = role.search(/\s(?:لدى|لدي|في|إلى|الى)\s/);
    return at > 0 ? `${role.slice(0, at)} ${nat}${role.slice(at)}` : `${role} ${nat}`;
  }
  return r.text;
}

/**
 * Roles no name was found for while the roles were read, given to a person found later (by the learned tagger or by a
 * first name alone: foreign names no list holds) who stands right beside them:
 *  - after the role, behind what the role serves and where ("رئيس بعثة صندوق النقد الدولي إلى لبنان إرنستو راميريز
 *    ريغو"، "ممثلة المفوضية في تشاد، الكينية جوزفين أوتينو،"), a comma, honorifics or a nationality;
 *  - before it, with a comma between ("ماركوس ليندكفيست، رئيس بعثة صندوق النقد الدولي إلى مصر،").
 * The role's text then takes that complement ("... إلى مصر"). Roles a person already holds nearby are left alone.
 * A plural role in apposition after two names joined by و goes to both ("… ومنى الخولي، مديرا الإرشاد الزراعي،").
 */
export function linkLooseRoles(doc: Doc, roles: readonly RoleSpan[], people: PersonMention[], places: readonly { from: number; to: number }[], orgs: readonly { from: number; to: number }[]): void {
  const toks = doc.tokens;
  const startsAt = new Map<number, number>();
  for (const m of [...places, ...orgs]) startsAt.set(m.from, Math.max(m.to, startsAt.get(m.from) ?? 0));
  const byFrom = new Map<number, PersonMention>();
  const byTo = new Map<number, PersonMention>();
  for (const p of people) {
    byFrom.set(p.from, p);
    byTo.set(p.to, p);
  }
  const taken = (r: RoleSpan) => people.some((q) => q.role !== null && ((q.from >= r.to && q.from <= r.honorificTo + 6) || (q.to <= r.from && q.to >= r.from - 3)));
  // What the role serves or where, after it: في/إلى/لدى + a place or a body, or a place with ل/ب ("للقرن الأفريقي").
  const complement = (k: number): number => {
    for (let n = 0; n < 2 && k < toks.length && !lineBreakBefore(doc, k); n++) {
      const w = toks[k].norm;
      if ((w === 'في' || w === 'الي' || w === 'لدي') && startsAt.has(k + 1) && !lineBreakBefore(doc, k + 1)) k = startsAt.get(k + 1)!;
      else if (/^[لب]/.test(w) && startsAt.has(k) && !isFunctionWord(w)) k = startsAt.get(k)!;
      // ("رئيسة البعثة من الجانب الألماني": the side an office belongs to)
      else if (w === 'من' && toks[k + 2] && toks[k + 1].norm === 'الجانب' && !lineBreakBefore(doc, k + 1) && doc.res.nationalities.matchAt(toks, k + 2, false)?.to === k + 3) k += 3;
      // ("للكهرباء بساحل حضرموت": ب on a region's noun before a place)
      else if (/^ب(ساحل|وادي|هضبه|منطقه|محافظه|ولايه|اقليم|قطاع|مديريه|مدينه)$/.test(w) && startsAt.has(k + 1) && !lineBreakBefore(doc, k + 1)) k = startsAt.get(k + 1)!;
      else break;
    }
    return k;
  };
  for (const r of roles) {
    // "المهندسان رامي البلتاجي ومنى الخولي، مديرا الإرشاد الزراعي،": a plural role in apposition after two names.
    if (r.kind === 'plural' && r.from >= 2 && isPunct(doc, r.from - 1, '،,') && !lineBreakBefore(doc, r.from)) {
      const second = byTo.get(r.from - 1);
      const first = second && /^و/.test(toks[second.from].norm) ? byTo.get(second.from) : undefined;
      if (first && second && !first.role && !second.role && !people.some((q) => q.roleSource === 'plural' && q.from >= r.to && q.from <= r.to + 3)) {
        const title = singularTitle(r.text);
        first.role = second.role = title;
        first.roleSource = second.roleSource = 'plural';
      }
      continue;
    }
    if (r.kind !== 'role' || r.honorificTo >= toks.length || taken(r)) continue;
    const served = r.honorificTo === r.to ? Math.max(complement(r.to), r.complementTo ?? 0) : r.to;
    const roleText = (end: number) => (end > r.to ? doc.text.slice(r.start, toks[end - 1].end) : r.text);
    // The name after the role.
    let k = served;
    if (isPunct(doc, k, '،,')) k++;
    k = k < toks.length ? afterHonorifics(doc, k) : k;
    if (k > r.to && k + 1 < toks.length && /^ال/.test(toks[k].norm) && doc.res.nationalities.matchAt(toks, k, false)?.to === k + 1 && !lineBreakBefore(doc, k + 1)) k++;
    const after = byFrom.get(k);
    // (also a foreign name a nationality announced: "…، البرازيلية لوسيانا مونتيرو،")
    if (after && !after.role && !lineBreakBefore(doc, k) && (after.evidence === 'tagger' || after.evidence === 'first-name' || (after.evidence === 'honorific' && k > served && (nationalityBefore(doc, k) || honorificBefore(doc, k))))) {
      after.role = roleText(served);
      after.roleSource = 'stated';
      continue;
    }
    // ("عمدة قرية أم شجرة، موسى إدريس أوهاج،"، "عضو مجلس حكماء وأعيان الكفرة، عبد الجليل سالم المجبري،": what the office
    // serves runs on to a comma, then the name stands between two commas)
    {
      let c = served;
      while (c < toks.length && c - served <= 8 && !lineBreakBefore(doc, c) && !doc.sentenceStart[c] && toks[c].kind !== 'number' && (toks[c].kind === 'word' ? !isFunctionWord(toks[c].norm) || /^(في|عن|من|لدي|ام|ابو)$/.test(toks[c].norm) : /^[«»"“”()]$/.test(toks[c].norm)) && !(toks[c].kind === 'word' && looksLikeVerb(toks[c].norm, true) && doc.claimed[c] === Claim.Free) && !byFrom.has(c)) c++;
      if ((c > served || served > r.to) && c > r.to && c < toks.length && isPunct(doc, c, '،,')) {
        const k2 = afterHonorifics(doc, c + 1);
        let p2 = byFrom.get(k2);
        // (a first name written with the article that the name reading left out: "، الطاهر آدم هارون،")
        const art = toks[k2]?.norm ?? '';
        if (!p2 && /^ال/.test(art) && (doc.res.firstNames.has(art.slice(2)) || doc.res.ambiguousFirstNames.has(art) || doc.res.ambiguousFirstNames.has(art.slice(2))) && doc.claimed[k2] === Claim.Free) {
          const q = byFrom.get(k2 + 1);
          if (q && !q.role && (q.evidence === 'tagger' || q.evidence === 'first-name') && q.start === toks[k2 + 1].start) {
            q.from = k2;
            q.start = toks[k2].start;
            q.text = doc.text.slice(q.start, q.end);
            q.words = [art, ...q.words];
            doc.claimed[k2] = Claim.Person;
            p2 = q;
          }
        }
        if (p2 && !p2.role && (p2.evidence === 'tagger' || p2.evidence === 'first-name') && !lineBreakBefore(doc, k2) && isPunct(doc, p2.to, '،,')) {
          p2.role = doc.text.slice(r.start, toks[c - 1].end);
          p2.roleSource = 'stated';
          continue;
        }
      }
    }
    // The name before it, with a comma between. (Not before a role opened by و: "... ، وعمدة البلدية" names a second person.)
    const coordinated = r.start > toks[r.from].start && /^[وف]/.test(toks[r.from].norm);
    // (or right before it, with no comma, when the sentence goes on after the role with what the person said: "قال
    // شريف فتحي وزير السياحة والآثار إن ...")
    const said = r.to < toks.length && (isPunct(doc, r.to, '،,') || /^(ان|لان|الي)$/.test(toks[r.to].norm));
    const before = coordinated || r.from < 2 || lineBreakBefore(doc, r.from) ? undefined : isPunct(doc, r.from - 1, '،,') ? byTo.get(r.from - 1) : said ? byTo.get(r.from) : undefined;
    if (before && !before.role && (before.evidence === 'tagger' || before.evidence === 'first-name')) {
      before.role = roleText(served);
      before.roleSource = 'stated';
    }
  }
}

/**
 * A foreign name of two or three words from k, closed by a comma or a full stop, whose later words no list or
 * lexicon reads as anything but a name ("جوي واكيوني،"): its first word may be a word as well (جوي).
 */
/** The role opens its line, or follows a role that does and a comma ("وزير الدولة، وزير الشؤون الخارجية: …"). */
function lineOpeningRole(doc: Doc, r: RoleSpan, roles: readonly RoleSpan[]): boolean {
  if (r.from === 0 || lineBreakBefore(doc, r.from)) return true;
  if (!isPunct(doc, r.from - 1, '،,')) return false;
  return roles.some((x) => x !== r && x.to === r.from - 1 && (x.from === 0 || lineBreakBefore(doc, x.from)));
}

function foreignBetweenCommas(doc: Doc, k: number): [number, number] | null {
  const toks = doc.tokens;
  const t = toks[k];
  if (!t || t.kind !== 'word' || /^ال/.test(t.norm) || t.norm.length < 2 || isFunctionWord(t.norm) || doc.claimed[k] !== Claim.Free) return null;
  if (doc.res.places.matchAt(toks, k, true) || doc.res.titles.matchAt(toks, k, true) || doc.res.orgs.matchAt(toks, k, true)) return null;
  let e = k + 1;
  while (e < toks.length && e - k < 3 && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && doc.claimed[e] === Claim.Free && foreignNameWord(doc, e)) e++;
  if (e - k < 2 || !isPunct(doc, e, '،,.')) return null;
  return [k, e];
}

/** A nationality adjective (with the article) stands just before k: "البرازيلية لوسيانا". */
function nationalityBefore(doc: Doc, k: number): boolean {
  return k > 0 && /^ال/.test(doc.tokens[k - 1].norm) && doc.res.nationalities.matchAt(doc.tokens, k - 1, false)?.to === k;
}

/** An honorific title ends just before k: "المهندس عمر سالم باعبود". */
function honorificBefore(doc: Doc, k: number): boolean {
  if (k === 0) return false;
  const t = doc.res.titles.matchAt(doc.tokens, k - 1, false);
  return !!t && t.to === k && t.value.category === 'honorific';
}

/** Heads of the public offices a decree fills, whose holder before is named after "خلفاً لـ"/"بدلاً من". */
const SUCCEEDED_OFFICE = /^(وزير|وزيره|وكيل|وكيله|سفير|سفيره|محافظ|محافظه|رييس|رييسه|مدير|مديره|امين|امينه|نايب|نايبه|عضو|عضوه|قاضي|مستشار|مستشاره|والي|عامل|مفوض|مفوضه|ممثل|ممثله|مندوب|مندوبه|قنصل|عميد|عميده|سكرتير|قايد|قايمقام|مختار|نقيب|حاكم|امير)$/;
/** Honorifics and titles between "خلفاً" and the name, with their ل: "لسعادة"، "للأستاذ"، "لمعالي"، "للدكتورة". */
const SUCCEEDED_HONORIFIC = /^(ل|لل|ال)?(سعاده|معالي|استاذ|استاذه|دكتور|دكتوره|شيخ|شيخه|سيد|سيده|مهندس|مهندسه|لواء|عميد|فريق|سمو|سفير|سفيره|محافظ|قاضي)$/;

/** Token index of "خلفاً" or "بدلاً" (of "بدلاً من") that opens person p's name, -1 when none does. */
function succeededAt(doc: Doc, p: PersonMention): number {
  const toks = doc.tokens;
  let k = p.from - 1;
  // the name's own ل ("خلفاً لمحمد"), or an honorific or a title before it ("خلفاً لسعادة"، "بدلاً من الأستاذ")
  let lam = p.start > toks[p.from].start && /^ل/.test(toks[p.from].norm);
  if (!lam && k >= 0 && SUCCEEDED_HONORIFIC.test(toks[k].norm) && !lineBreakBefore(doc, k + 1)) {
    lam = /^ل/.test(toks[k].norm);
    k--;
  }
  if (k < 1 || lineBreakBefore(doc, k + 1)) return -1;
  if (lam) return toks[k].norm === 'خلفا' ? k : -1;
  return toks[k].norm === 'من' && toks[k - 1].norm === 'بدلا' && !lineBreakBefore(doc, k) ? k - 1 : -1;
}

/**
 * "تعيين عمر الحقباني محافظاً للهيئة العامة للإحصاء، بدلاً من ناصر الدوسري"، "… وزيرةً للتربية والتعليم خلفاً لمعالي سيف
 * الظاهري": the person a decree's appointee succeeds held the same office before. Each such name with no role of its own
 * takes the office of the nearest holder named before it in the sentence, marked as past ("… السابق"). Coaches and
 * players are left alone: a club's predecessor is no official.
 */
export function predecessorRoles(doc: Doc, people: PersonMention[]): void {
  for (const p of people) {
    if (p.role || p.from < 2) continue;
    const at = succeededAt(doc, p);
    if (at < 0) continue;
    // the appointee: the nearest person before, in the same sentence, with an office stated
    let holder: PersonMention | null = null;
    for (const q of people) {
      if (q === p || !q.role || q.roleSource !== 'stated' || q.to > at || at - q.to > 30) continue;
      if (holder && holder.to >= q.to) continue;
      holder = q;
    }
    if (!holder) continue;
    let crossed = false;
    for (let j = holder.to; j <= at && !crossed; j++) if (doc.sentenceStart[j] || lineBreakBefore(doc, j)) crossed = true;
    if (crossed) continue;
    const role = holder.role!;
    const head = normalizeWord(role.split(' ')[0]);
    if (!SUCCEEDED_OFFICE.test(head)) continue;
    const female = doc.res.femaleFirstNames.has(p.words[0]);
    const own = female && !/[ةه]$/.test(head) ? role.replace(/^(\S+)/, '$1ة') : !female && /[ةه]$/.test(head) ? role.replace(/^(\S+)[ةه]/, '$1') : role;
    p.role = `${own} ${female ? 'السابقة' : 'السابق'}`;
    p.roleSource = 'stated';
  }
}
