/**
 * Roles as Arabic news writes them: a title and what completes it — a portfolio or institution
 * (الخارجية، مجلس الوزراء، البنك المركزي)، a nationality (الروسي)، a place (لدى العراق)، a qualifier
 * (السابق، الراحل)، a second title (رئيس مجلس الوزراء وزير الخارجية القطري). Honorifics (الشيخ، معالي)
 * are not roles; relational titles (نظيره الأمريكي) and plural ones (الرئيسان) are marked as such.
 */
import { Claim, isPunct, lineBreakBefore, offsetAfter, type Doc } from './doc.ts';
import { COMPANY_SUFFIX, teamSportsArticle } from './organizations.ts';
import { DIRECTIONS, PLACE_NAME_OPENERS } from './places.ts';
import { isCommonAnyReading, isFunctionWord, isMostlyWord } from './lexicon.ts';
import { compoundFirstName, isJoiningHyphen, looksLikeVerb, NAMES_OF_GOD, SON_OF, titleAsFamilyName } from './names.ts';
import { normalizeWord } from './normalize.ts';
import { isHonorificAfterRole, type TitleInfo } from './resources.ts';
import type { PhraseMatch } from './phrases.ts';
import { wordFlag, wordTest } from './tokenize.ts';

/** /والي$/ on a token's norm, once per word (titleAt asks of every token). */
const endsWali = wordTest(/والي$/);

export interface RoleSpan {
  /** Token span of the whole role phrase, honorifics after it excluded. */
  from: number;
  to: number;
  /** Original character offsets of the role text (after any proclitic). */
  start: number;
  end: number;
  text: string;
  kind: 'role' | 'counterpart' | 'plural' | 'honorific';
  /** The title's entry. */
  title: TitleInfo;
  /** Country canonical of the nationality in the role, if any. */
  country: string | null;
  /** Token span of the nationality adjective inside the role, if any. */
  nationality: [number, number] | null;
  /** Honorific tokens right after the role (الشيخ، الأمير) before a name: [from, to). */
  honorificTo: number;
  /** Where what the role serves ends, when the reading of names found it runs on past `to` to a comma. */
  complementTo?: number;
}

/** Nouns that continue a title as its institution (رئيس مجلس النواب، وزير الدولة لشؤون ...). */
const INSTITUTION = new Set(
  'جمارك مجلس حكومه هيئه وزاره لجنه مكتب دائره مجمع مركز غرفه فريق عمليات برنامج برامج قسم فرع شعبه بعثه جهاز قوات قوه الحرس حرس بنك البنك صندوق منظمه اتحاد جامعه محكمه المحكمه شركه مؤسسه وكاله سلطه مصلحه ديوان الديوان امانه الامانه رئاسه جمعيه حزب حركه تيار كتله مجموعه قياده القياده كتيبه سريه فوج اركان هيئه مفوضيه المفوضيه شؤون لشؤون الشؤون دوله الدوله الدولة اداره الاداره قطاع معهد متحف مستشفي مدرسه كليه نقابه مرصد مختبر مطار ميناء مصنع مهرجان معرض جايزه مكتبه منتدي رابطه نادي ايتلاف تحالف تجمع تنسيقيه مديريه وحده خليه مشروع برلمان نقابات تعاونيه قطب'.split(' ').map(normalizeWord),
);

/** Qualifiers that belong to a role. */
const QUALIFIERS = new Set('الضيف الضيفه الزاير الزايره الولايي الولاييه الجهوي الجهويه الاقليمي الاقليميه السابق السابقه الاسبق الحالي الحاليه الراحل الراحله المستقيل المستقيله المكلف المكلفه المنتخب المنتخبه المقبل الجديد الجديده بالوكاله بالانابه المنتهيه ولايته الفخري الاعلي العام العامه الاول الاولي الثاني التنفيذي التنفيذيه الدائم الدائمه الخاص الخاصه الشخصي الشخصيه الاممي الامميه الرسمي الرسميه الجمهوري الجمهوريه الديمقراطي الديمقراطيه الجمهوريين الديمقراطيين الجمهوريان الديمقراطيان'.split(' ').map(normalizeWord));

/** Indefinite nouns that end a title in construct and need a complement: "رئيس مجلس إدارة ..."، "رئيس مجلس أمناء ...". */
const CONSTRUCT_END = /^(اداره|امناء)$/;

/** Military units, which a number may follow: "كتيبة النصر 21"، "اللواء 209". */
const MILITARY_UNIT = /^(ال|ل)?(كتيبه|لواء|فرقه|سريه|فوج|كتايب)$/;

/** Arms named after a military unit: "الفرقة السادسة مشاة"، "اللواء 209 مشاة". */
const MILITARY_ARMS = new Set(['مشاه', 'مدرع', 'مدرعه', 'مدفعيه', 'ميكانيكي', 'ميكانيكيه', 'مغاوير', 'صاعقه', 'مظليين'].map(normalizeWord));

/** Adjectives of institutions that complete a role (محافظ البنك المركزي، رئيس المجلس الوطني). */
const INSTITUTION_ADJECTIVES = new Set('المركزي الوطني الدولي الفيدرالي الفدرالي الاتحادي الاسلامي العربي الامني العسكري الاعلامي الاقتصادي السياسي النيابي الوزاري الرئاسي الحكومي الخارجي الداخلي الاعلي الشعبي الدستوري القضائي التشريعي التنفيذي الانتقالي السيادي الاستشاري الصحي المالي النقدي الاجتماعي الثوري الديمقراطي الجمهوري البلدي المحلي الجهوي الاقليمي البلديه المحليه الجهويه الاقليميه'.split(' ').map(normalizeWord));

const MAX_ROLE_TOKENS = 12;

/** Honorifics with a possessive pronoun ("his highness"): they refer back, no name follows. */
const PRONOUN_HONORIFIC = /^(و|ف|ل)?(سمو|جلالت|فخامت|معالي|سعادت|سيادت|سماحت|نيافت|غبطت)(ه|ها|هم|هما)$/;

/** Heads of an office in construct state: "رئيس أرامكو"، "مدير مكتب الصحة"، "نائب حاكم إمارة أبوظبي". */
const CONSTRUCT_HEADS = new Set('رئيس رئيسة مدير مديرة نائب نائبة وزير وزيرة محافظ محافظة سفير سفيرة قائد أمين أمينة حاكم عميد مستشار مستشارة منسق منسقة ممثل ممثلة مندوب مندوبة مفوض مفوضة عضو عضوة والي عمدة وكيل وكيلة قاضي قاضية مسؤول مسؤولة شيخ'.split(' ').map(normalizeWord));
/** What a tribal sheikh heads: "شيخ مشايخ قبائل الحموم"، "شيخ شمل قبائل بني عمرو"، "شيخ مجموعة أولاد بوعلي". */
const SHEIKH_OF = /^(مشايخ|شمل|قبيله|قبايل|عشيره|عشاير|مجموعه)$/;
/** CONSTRUCT_HEADS.has(t.norm), and the same after a conjunction و/ف, once per word (titleAt asks at every token). */
const isConstructHead = wordFlag((w) => CONSTRUCT_HEADS.has(w));
const isConjConstructHead = wordFlag((w) => /^[وف]/.test(w) && CONSTRUCT_HEADS.has(w.slice(1)));

/** Portfolios written without the article in construct: "وزير خارجية إيران". */
const PORTFOLIOS = new Set('خارجية دفاع داخلية مالية اقتصاد وزراء عدل صحة تعليم إعلام طاقة نفط زراعة تجارة صناعة نقل سياحة ثقافة خزانة'.split(' ').map(normalizeWord));

/** Departments of a province's administration, named in construct with the province: "مدير صحة إربد". */
const DEPARTMENTS = new Set('صحة تربية تعليم شرطة أمن زراعة أوقاف مياه كهرباء أشغال سياحة ثقافة شباب رياضة بيئة نقل صناعة تجارة عمل مالية إعلام جمارك مرور سير إسعاف تموين إسكان ري'.split(' ').map(normalizeWord));

const CONSTRUCT_TITLE: TitleInfo = { title: 'رئيس', category: 'government', isRole: true } as TitleInfo;

/** A military rank after a role, before the holder's name: "وزير الداخلية اللواء …" (normalised). */
const RANK_AFTER_ROLE = /^ال(لواء|عميد|عقيد|فريق|مقدم|رايد|نقيب|عماد|مشير)$/;

function titleAt(doc: Doc, i: number, allowClitics: boolean): PhraseMatch<TitleInfo> | null {
  // "وإلى" (and to) and "والي" (governor) are one word once normalised: the spelling decides.
  const t00 = doc.tokens[i];
  if (t00 && endsWali(t00) && /(إ|ى$)/.test(doc.text.slice(t00.start, t00.end))) return null;
  // (and "وإليه"، "واليه" (to him, his governor) and "والية" (a woman governor): only the ة is hers)
  // (nor "والية على جهة …", an appointment, which appointedRoles reads whole)
  if (t00 && /واليه$/.test(t00.norm) && (!/والية$/.test(doc.text.slice(t00.start, t00.end)) || doc.tokens[i + 1]?.norm === 'علي')) return null;
  // "عبد الأمير"، "عبد الملك": a title right after «عبد» is the second half of a first name.
  if (i >= 1 && /^[وفبلك]?عبد$/.test(doc.tokens[i - 1].norm) && t00?.norm.startsWith('ال') && !lineBreakBefore(doc, i)) return null;
  const m = doc.res.titles.matchAt(doc.tokens, i, allowClitics);
  // ("للواء الرمثا"، "لواء البادية الشمالية": Jordan's district before its place, no rank)
  if (m && m.to === i + 1 && /^(ال)?لواء$/.test(t00.norm.slice(m.skip)) && doc.tokens[i + 1] && !lineBreakBefore(doc, i + 1) && !doc.res.firstNames.has(doc.tokens[i + 1].norm) && doc.res.places.matchAt(doc.tokens, i + 1, false)?.value.ambiguous === false) return null;
  // ("الفنانة ملك الحسيني"، "الفنان أمير هداية": a ruler's title without the article, that is a first name too, right
  // after a trade's noun and before a name no list knows as a place, a body or a nationality, is the first name)
  if (m && m.to === i + 1 && m.skip === 0 && /^(ملك|امير|ملكه|اميره)$/.test(t00.norm) && i > 0 && !lineBreakBefore(doc, i) && doc.tokens[i + 1] && !lineBreakBefore(doc, i + 1) && doc.tokens[i + 1].kind === 'word') {
    const prev = doc.tokens[i - 1].norm.replace(/^[وف](?=ال)/, '');
    const next = doc.tokens[i + 1];
    if (/^ال.{3,}/.test(prev) && isCommonAnyReading(prev) && !doc.res.titles.matchAt(doc.tokens, i - 1, false) && !doc.res.places.matchAt(doc.tokens, i + 1, false) && !doc.res.orgs.matchAt(doc.tokens, i + 1, false) && !doc.res.nationalities.matchAt(doc.tokens, i + 1, false) && !/^ال(بلاد|دوله|مملكه|منطقه|امارات|مومنين)$/.test(next.norm)) return null;
  }
  if (m) return m;
  // ("احتفظ المختار جوزيف عقيقي بمقعده": the village's mukhtar before a first name; "المختار ولد داداه"، "عمر المختار"
  // are names)
  if (t00 && t00.norm.endsWith('المختار') && /^[وف]?المختار$/.test(t00.norm) && doc.tokens[i + 1] && !lineBreakBefore(doc, i + 1) && doc.res.firstNames.has(doc.tokens[i + 1].norm) && !(i > 0 && !lineBreakBefore(doc, i) && doc.res.firstNames.has(doc.tokens[i - 1].norm))) {
    const skip = t00.norm.length - 'المختار'.length;
    return { value: { title: 'المختار', category: 'regional', isRole: true } as TitleInfo, from: i, to: i + 1, skip, clitic: skip ? t00.norm[0] : '' };
  }
  const t0 = doc.tokens[i];
  // "الحكم الأسترالي كريس بيث"، "الحكم ماكس ...": the referee, when a nationality or a first name follows (else
  // "الحكم" is the ruling).
  if (t0.norm === 'الحكم' && doc.tokens[i + 1] && !lineBreakBefore(doc, i + 1) && (doc.res.nationalities.matchAt(doc.tokens, i + 1, false)?.to === i + 2 || doc.res.firstNames.has(doc.tokens[i + 1].norm))) {
    return { value: { ...CONSTRUCT_TITLE, title: 'الحكم', category: 'other' } as TitleInfo, from: i, to: i + 1, skip: 0, clitic: '' };
  }
  // "عامل إقليم تارودانت"، "عامل عمالة أكادير إداوتنان": the Moroccan governor of a province (else عامل is a worker).
  // (also after و/ف: "وعامل إقليم تنغير")
  const governor = divisionTitle(doc, i, 'عامل', allowClitics, (k) => /^(اقليم|عماله)$/.test(doc.tokens[k].norm));
  if (governor) return governor;
  // "معتمد ساقية الزيت"، "معتمد معتمدية عقارب": the Tunisian delegate, before a listed place or his delegation
  // (else معتمد is "accredited").
  const delegate = divisionTitle(doc, i, 'معتمد', allowClitics, (k) => doc.tokens[k].norm === 'معتمديه' || !!doc.res.places.matchAt(doc.tokens, k, false));
  if (delegate) return delegate;
  // "مدربه الإيطالي سيموني إنزاغي"، "مستشارها": a one-word role with a possessive, then a nationality and a name.
  // (The possessive is matched only once a nationality follows: the match makes an array, on every token.)
  const nextTok = doc.tokens[i + 1];
  const pm = nextTok && !lineBreakBefore(doc, i + 1) && doc.res.nationalities.matchAt(doc.tokens, i + 1, false)?.to === i + 2 ? /^(.{3,})(ه|ها)$/.exec(t0.norm) : null;
  if (pm) {
    const base = doc.res.titles.getNormalized(pm[1]) ?? doc.res.titles.getNormalized(pm[1].replace(/ت$/, 'ه'));
    if (base && base.isRole) return { value: base, from: i, to: i + 1, skip: 0, clitic: '' };
  }
  // An indefinite head followed by what it heads (a definite word, an organization, a place, an institution).
  const t = doc.tokens[i];
  const skip = allowClitics && isConjConstructHead(t) ? 1 : 0;
  if (skip === 0 && !isConstructHead(t)) return null;
  const head = t.norm.slice(skip);
  const next = doc.tokens[i + 1];
  // ("ورئيس «ميتسوناغا للطاقة» كينجي ناكامورا": the body's quoted name, then the holder's name; see findRoles)
  if (next && next.kind === 'punct' && /^[«"“]$/.test(next.norm) && !lineBreakBefore(doc, i + 1)) {
    const q = quoteEnd(doc, i + 1);
    const after = q > 0 ? doc.tokens[q + 1] : undefined;
    if (after && after.kind === 'word' && !lineBreakBefore(doc, q + 1) && (doc.res.firstNames.has(after.norm) || foreignNameWord(doc, q + 1))) return { value: { ...CONSTRUCT_TITLE, title: head }, from: i, to: i + 1, skip, clitic: skip ? t.norm[0] : '' };
  }
  if (!next || next.kind !== 'word' || lineBreakBefore(doc, i + 1)) return null;
  // ("نظيرته التونسية أمينة الصرارفي": a head that is also a first name, before a family name no list knows as a word
  // or a body, opens the name; "أمينة الصندوق" is the treasurer)
  // (also a head that is a first name only sometimes, right after a first name: "محمد أمين الزياني")
  const afterFirst = i > 0 && skip === 0 && !lineBreakBefore(doc, i) && doc.res.firstNames.has(doc.tokens[i - 1].norm) && doc.res.ambiguousFirstNames.has(head);
  if ((doc.res.firstNames.has(head) || afterFirst) && /^ال.{3,}/.test(next.norm) && !isCommonAnyReading(next.norm) && !isMostlyWord(next.norm) && !isCommonAnyReading(next.norm.slice(2)) && !doc.res.orgs.matchAt(doc.tokens, i + 1, false) && !doc.res.places.matchAt(doc.tokens, i + 1, false) && !doc.res.nationalities.matchAt(doc.tokens, i + 1, false)) return null;
  // "وزير خارجية إيران"، "رئيس وزراء بريطانيا": a portfolio in construct, then the country.
  if (PORTFOLIOS.has(next.norm) && doc.tokens[i + 2] && !lineBreakBefore(doc, i + 2) && doc.res.places.matchAt(doc.tokens, i + 2, false)) {
    return { value: { ...CONSTRUCT_TITLE, title: head }, from: i, to: i + 2, skip, clitic: skip ? t.norm[0] : '' };
  }
  // (an organization found by its shape counts too: "رئيس نادي المريخ")
  const heads = /^ال/.test(next.norm) || INSTITUTION.has(next.norm) || ADMIN_HEADS.test(next.norm) || doc.claimed[i + 1] === Claim.Org || doc.res.orgs.matchAt(doc.tokens, i + 1, false) || doc.res.places.matchAt(doc.tokens, i + 1, false) || (head === 'شيخ' && SHEIKH_OF.test(next.norm));
  // ("نائبة ممثل يونيسف في مصر"، "نائبة محافظ أسيوط": a deputy of another head, whose complement follows)
  if (/^نايب(ه)?$/.test(head) && isConstructHead(next)) {
    const inner = titleAt(doc, i + 1, false);
    if (inner && inner.value.title === next.norm) return { value: { ...CONSTRUCT_TITLE, title: head }, from: i, to: inner.to, skip, clitic: skip ? t.norm[0] : '' };
  }
  // (a tribal sheikh heads his tribe, not "the" anything: "شيخ الأزهر" is listed, "شيخ الجامع" names no office)
  if (head === 'شيخ') {
    if (!SHEIKH_OF.test(next.norm)) return null;
    // ("شيخ مشايخ قبائل الحموم"، "شيخ شمل قبائل بني عمرو": the tribes' noun after the chief's)
    const tribes = /^(مشايخ|شمل)$/.test(next.norm) && /^(قبيله|قبايل|عشيره|عشاير)$/.test(doc.tokens[i + 2]?.norm ?? '') && !lineBreakBefore(doc, i + 2);
    let to = tribes ? i + 3 : i + 2;
    // (and the tribe's name: "قبيلة العبيد"، "قبائل بني عمرو"، "مجموعة أولاد بوعلي")
    const w = doc.tokens[to];
    if (w && w.kind === 'word' && !lineBreakBefore(doc, to) && doc.claimed[to] === Claim.Free) {
      if (/^(بني|ال|اولاد|ابناء|ايت)$/.test(w.norm) && doc.tokens[to + 1]?.kind === 'word' && !lineBreakBefore(doc, to + 1)) to += 2;
      // (a first name with the article, "العبيد", only when the holder's first name follows it)
      else if (/^ال.{2,}/.test(w.norm) && (!doc.res.firstNames.has(w.norm.slice(2)) || doc.res.firstNames.has(doc.tokens[to + 1]?.norm ?? '')) && !doc.res.titles.matchAt(doc.tokens, to, false)) to++;
    }
    return { value: { ...CONSTRUCT_TITLE, title: head }, from: i, to, skip, clitic: skip ? t.norm[0] : '' };
  }
  if (!heads || isFunctionWord(next.norm)) return null;
  return { value: { ...CONSTRUCT_TITLE, title: head }, from: i, to: i + 1, skip, clitic: skip ? t.norm[0] : '' };
}

/** The closing quote of a quoted name opened at `open` («…»، "…"), at most six tokens on and on the same line; -1 if none. */
function quoteEnd(doc: Doc, open: number): number {
  const toks = doc.tokens;
  let q = open + 1;
  while (q < toks.length && q - open <= 6 && !lineBreakBefore(doc, q) && !isPunct(doc, q, '»"”')) q++;
  return q < toks.length && q > open + 1 && isPunct(doc, q, '»"”') ? q : -1;
}

/** Indefinite place and facility nouns whose name may open with a title (قرية الشيخ ...، مستشفى الملك ...). */
export const NAMED_AFTER = /^(و|ف|ب|ل)?(واد|وادي|جبل|تل|عين|بير|خربه|قريه|عزبه|نجع|منشاه|بلده|مدينه|مديريه|ناحيه|محافظه|حي|شارع|طريق|مسجد|جامع|مركز|مستشفي|جامعه|مطار|ميناء|ملعب|استاد|ستاد|قاعه|صاله|مدرسه|كليه|معهد|جسر|ساحه|ميدان|مجمع|برج|قصر|مخيم|منطقه|ضاحيه|مدينتي|جايزه|وقف|موسسه|مكتبه|متحف|حديقه|سد|قاعده)$/;

/** The token after the honorifics that start at k (السيد، الدكتورة، معالي ...), or k. */
export function afterHonorifics(doc: Doc, k: number): number {
  const toks = doc.tokens;
  while (k < toks.length && !lineBreakBefore(doc, k)) {
    const hm = doc.res.titles.matchAt(toks, k, false);
    // (not a first name that is also an honorific: "الشيخ ولد ابيليل")
    if (hm && (hm.value.category === 'honorific' || isHonorificAfterRole(hm.value.title)) && !(toks[hm.to] && SON_OF.test(toks[hm.to].norm))) k = hm.to;
    else break;
  }
  return k;
}

/** Directions as adjectives of a region ("الحوض الشرقي"، "الساحل الغربي"). */
const DIRECTION_ADJECTIVES = new Set(['الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'الشرقيه', 'الغربيه', 'الشماليه', 'الجنوبيه', 'الاوسط', 'الوسطي']);

/** Administrative heads written before a place's name in a role ("حاكم ولاية تكساس"). */
const ADMIN_HEADS = /^(محافظه|ولايه|اقليم|مقاطعه|منطقه|اماره|مدينه|بلديه|مديريه|قضاء|عماله|جماعه|جهه|ولايتي|محافظتي|مقاطعتي|محليه|ناحيه|دايره|جزيره|قياده|دوار|حي|قريه|بلده|معتمديه|عزله)$/;

/**
 * A word that is a regional office only before its division (عامل before إقليم، معتمد before a place), written
 * alone or after و/ف; `division` tests the token after it.
 */
function divisionTitle(doc: Doc, i: number, title: string, allowClitics: boolean, division: (k: number) => boolean) {
  const n = doc.tokens[i].norm;
  const skip = n === title ? 0 : allowClitics && n.length === title.length + 1 && n.endsWith(title) && /^[وف]/.test(n) ? 1 : -1;
  if (skip < 0 || !doc.tokens[i + 1] || lineBreakBefore(doc, i + 1) || !division(i + 1)) return null;
  return { value: { ...CONSTRUCT_TITLE, title, category: 'regional' } as TitleInfo, from: i, to: i + 1, skip, clitic: skip ? n[0] : '' };
}

/**
 * "بلدية منصورة الأسبق، …": after a division's noun, one word no list holds as a place (an ordinary word or a
 * person's name, which towns often are) is the town when a qualifier or a comma closes it.
 */
function townClosed(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const w = toks[k];
  if (!w || w.kind !== 'word' || lineBreakBefore(doc, k) || !toks[k + 1] || lineBreakBefore(doc, k + 1)) return false;
  if (!QUALIFIERS.has(toks[k + 1].norm) && !isPunct(doc, k + 1, '،,')) return false;
  return w.norm.length >= 3 && !/^ال/.test(w.norm) && !isFunctionWord(w.norm) && !looksLikeVerb(w.norm) && !doc.res.titles.matchAt(toks, k, true) && !doc.res.nationalities.matchAt(toks, k, false);
}

/**
 * "رئيس بلدية كفرحيم فادي نصر الدين": after a division's noun, one proper word no list or lexicon holds, then a listed
 * first name and the rest of a name: the word is the town.
 */
function townBeforeName(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  const w = toks[k];
  const f = toks[k + 1];
  if (!w || w.kind !== 'word' || !f || f.kind !== 'word' || lineBreakBefore(doc, k) || lineBreakBefore(doc, k + 1) || !toks[k + 2] || lineBreakBefore(doc, k + 2) || toks[k + 2].kind !== 'word') return false;
  if (!doc.res.firstNames.has(f.norm) || doc.res.firstNames.has(w.norm) || doc.res.ambiguousFirstNames.has(w.norm)) return false;
  return w.norm.length >= 4 && !/^(و|ف|ب|ل|ك)?ال/.test(w.norm) && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && !looksLikeVerb(w.norm) && !doc.res.titles.matchAt(toks, k, true) && !doc.res.nationalities.matchAt(toks, k, true) && !doc.res.known.matchAt(toks, k, true);
}

/** End of a place in construct at j ("نينوى"، "ولاية تكساس"), or j when there is none. */
function constructPlaceEnd(doc: Doc, j: number): number {
  const toks = doc.tokens;
  // ("مدرب الزمالك": a club named like a district is the club; the role's extension reads it as one.)
  if (doc.claimed[j] === Claim.Org || doc.res.orgs.matchAt(toks, j, false)) return j;
  const place = doc.res.places.matchAt(toks, j, false);
  if (place) return place.to;
  // (a title that ends in its division's noun, "رئيس بلدية", then the town: see townClosed)
  if (j > 0 && ADMIN_HEADS.test(toks[j - 1].norm) && (townClosed(doc, j) || townBeforeName(doc, j))) return j + 1;
  // ("رئيس بلدية عين زحلتا رامي زهر الدين": or a place particle and such a word)
  if (j > 0 && ADMIN_HEADS.test(toks[j - 1].norm) && PLACE_NAME_OPENERS.has(toks[j].norm) && !lineBreakBefore(doc, j) && townBeforeName(doc, j + 1)) return j + 2;
  if (ADMIN_HEADS.test(toks[j].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
    // "حاكم مقاطعة تمبدغة"، "رئيس جماعة تيزي نتاست": after the administrative noun, one or two proper words no list holds.
    const proper = (k: number) => {
      const w = toks[k];
      return !!w && !lineBreakBefore(doc, k) && w.kind === 'word' && w.norm.length >= 3 && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && !doc.res.firstNames.has(w.norm) && !doc.res.ambiguousFirstNames.has(w.norm) && !doc.res.titles.matchAt(toks, k, true) && !doc.res.nationalities.matchAt(toks, k, false);
    };
    const inner = doc.res.places.matchAt(toks, j + 1, false);
    // ("عامل عمالة أكادير إداوتنان": a listed place and an unlisted word before the comma are one prefecture.)
    if (inner) return proper(inner.to) && isPunct(doc, inner.to + 1) ? inner.to + 1 : inner.to;
    if (proper(j + 1)) return proper(j + 2) ? j + 3 : j + 2;
    if (townClosed(doc, j + 1)) return j + 2;
    // ("الرئيس المشترك لمجلس مقاطعة الجزيرة روجين حسو": a definite word after the division's noun is its name, though
    // it is also an ordinary word; not a relational adjective, a nationality or a title)
    const d = toks[j + 1];
    if (d.kind === 'word' && /^ال.{3,}$/.test(d.norm) && !/(ي|يه)$/.test(d.norm) && !isFunctionWord(d.norm) && !doc.res.titles.matchAt(toks, j + 1, true) && !doc.res.nationalities.matchAt(toks, j + 1, false) && doc.claimed[j + 1] === 0) return j + 2;
    // ("رئيس جماعة أيت تامليل"، "قائد قيادة أولاد تايمة": a place particle, then the proper word.)
    if (toks[j + 1] && !lineBreakBefore(doc, j + 1) && PLACE_NAME_OPENERS.has(toks[j + 1].norm) && proper(j + 2)) return proper(j + 3) ? j + 4 : j + 3;
  }
  return j;
}

/** "محافظة الجيزة"، "محافظة شمال سيناء": before a place, محافظة is the governorate, not a governor. */
function isGovernorate(doc: Doc, from: number, to: number): boolean {
  const toks = doc.tokens;
  if (to !== from + 1 || to >= toks.length || !/^[وفبل]?(ال)?محافظه$/.test(toks[from].norm)) return false;
  return !!doc.res.places.matchAt(toks, to, false) || DIRECTIONS.has(toks[to].norm);
}

/** Token k is a proper word no list holds (after its ل when `lam`): no ordinary word, first name, place or title. */
function properUnlisted(doc: Doc, k: number, lam: boolean): boolean {
  const toks = doc.tokens;
  const n = toks[k].norm;
  const w = lam ? n.slice(1) : n;
  if (w.length < 3 || /^ال/.test(w) || /^و/.test(n)) return false;
  if (isFunctionWord(n) || isCommonAnyReading(n) || isCommonAnyReading(w) || isMostlyWord(w) || looksLikeVerb(w, true)) return false;
  if (doc.res.firstNames.has(n) || doc.res.firstNames.has(w) || doc.res.ambiguousFirstNames.has(n) || doc.res.ambiguousFirstNames.has(w)) return false;
  return !doc.res.places.matchAt(toks, k, true) && !doc.res.titles.matchAt(toks, k, true) && !doc.res.nationalities.matchAt(toks, k, true);
}

/** A person is named at k: a first name, or a nationality or an honorific before one. */
/** "منطقة بروكسل العاصمة"، "إقليم كردستان": a region's kind, a listed place and "العاصمة" after it, as a match, or null. */
function regionWithKind(doc: Doc, j: number): { to: number } | null {
  const toks = doc.tokens;
  if (!/^(منطقه|اقليم|ولايه|محافظه|مقاطعه)$/.test(toks[j].norm) || !toks[j + 1] || lineBreakBefore(doc, j + 1)) return null;
  const place = doc.res.places.matchAt(toks, j + 1, false);
  if (!place) return null;
  const capital = toks[place.to]?.norm === 'العاصمه' && !lineBreakBefore(doc, place.to);
  return { to: capital ? place.to + 1 : place.to };
}

/**
 * After a nationality in apposition, the origin it names, which the name follows: "الأصل" ("السورية الأصل") or
 * "من أصل" and a nationality ("البلجيكي من أصل مغربي"). The index after it, or k.
 */
export function afterOrigin(doc: Doc, k: number): number {
  const toks = doc.tokens;
  const t = toks[k];
  if (!t || lineBreakBefore(doc, k)) return k;
  if (t.norm === 'الاصل' && toks[k + 1] && !lineBreakBefore(doc, k + 1)) return k + 1;
  if (t.norm === 'من' && toks[k + 1]?.norm === 'اصل' && toks[k + 2] && toks[k + 3] && !lineBreakBefore(doc, k + 1) && !lineBreakBefore(doc, k + 2) && !lineBreakBefore(doc, k + 3)) {
    const n = toks[k + 2].norm;
    if (doc.res.nationalities.getNormalized(n) || doc.res.nationalities.getNormalized('ال' + n)) return k + 3;
  }
  return k;
}

function namedAfterComma(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  let i = k;
  const nat = doc.res.nationalities.matchAt(toks, i, false);
  if (nat && /^ال/.test(toks[i].norm)) i = nat.to;
  else {
    const h = doc.res.titles.matchAt(toks, i, false);
    if (h && h.value.category === 'honorific') i = h.to;
  }
  // (or any word and ولد / بنت / منت: "أحمدو ولد امحيميد")
  return !!toks[i] && !lineBreakBefore(doc, i) && toks[i].kind === 'word' && (doc.res.firstNames.has(toks[i].norm) || (i > k && !isCommonAnyReading(toks[i].norm) && !isFunctionWord(toks[i].norm)) || (!!toks[i + 1] && SON_OF.test(toks[i + 1].norm) && !lineBreakBefore(doc, i + 1)));
}

/**
 * All role phrases in token range [from, to). Each starts at a title; the phrase extends over its
 * complements. Honorific-only titles are returned too (kind 'honorific'), for names after them.
 */
export function findRoles(doc: Doc, from: number, to: number): RoleSpan[] {
  const roles: RoleSpan[] = [];
  const toks = doc.tokens;
  let i = from;
  while (i < to) {
    const m = doc.claimed[i] === 0 ? titleAt(doc, i, true) : null;
    if (!m || (m.skip > 0 && !/^[وفبلك]+$/.test(m.clitic))) {
      i++;
      continue;
    }
    const title = m.value;
    // "منير بالحاج عمر"، "نوري بالحاج": after a first name, "بالحاج" is a Maghrebi family name (Belhadj), not ب + الحاج.
    if (title.category === 'honorific' && m.skip > 0 && /ب/.test(m.clitic) && i > 0 && !lineBreakBefore(doc, i) && (doc.res.firstNames.has(toks[i - 1].norm) || doc.res.firstNames.has(toks[i - 1].norm.replace(/^و/, '')))) {
      i++;
      continue;
    }
    // "عبد الرقيب"، "عبد الملك": a name of God after عبد is a first name, not a title.
    if (i > 0 && m.skip === 0 && /^[وفبل]{0,2}عبد$/.test(toks[i - 1].norm) && NAMES_OF_GOD.has(toks[i].norm) && !lineBreakBefore(doc, i)) {
      i++;
      continue;
    }
    // "يعرب القضاة": a plural title with the article right after a first name is his family name.
    if (title.category === 'plural' && m.skip === 0 && i > 0 && !lineBreakBefore(doc, i) && /^ال/.test(toks[i].norm) && doc.res.firstNames.has(toks[i - 1].norm) && doc.claimed[i - 1] === 0) {
      i++;
      continue;
    }
    // "في بيت أمر"، "أمر بالإفراج": أمر with hamza is a word or a town; the commander آمر names his unit after him.
    if (m.skip === 0 && m.to === i + 1 && toks[i].norm === 'امر' && (doc.text.charCodeAt(toks[i].start) !== 0x0622 || !toks[i + 1] || lineBreakBefore(doc, i + 1) || !/^(ال)?(لواء|كتيبه|فوج|فرقه|قوه|قوات|قاطع|عمليات|سريه|مفرزه|حرس|جهاز|منطقه|غرفه|قاعده)$/.test(toks[i + 1].norm))) {
      i++;
      continue;
    }
    // "عصام والي، رئيس الهيئة"، "شادي ملك، الرئيس التنفيذي": a bare one-word title right after a first name, with
    // nothing it heads before the comma, is his family name (an office names what it is over: "والي الخرطوم").
    if (m.skip === 0 && m.to === i + 1 && title.category !== 'counterpart' && titleAsFamilyName(doc, i)) {
      i++;
      continue;
    }
    // In a sports report "الفريق" is the team, not the general ("نجم الفريق المعز علي").
    if (/^ال?فريق$/.test(title.title.replace(/^[وفبلك]/, '')) && teamSportsArticle(doc)) {
      i++;
      continue;
    }
    if (isGovernorate(doc, i, m.to)) {
      i++;
      continue;
    }
    // "قرية الشيخ مصطفى"، "مركز الملك خالد الحضاري"، "شارع الأمير محمد": a title after a place or facility noun
    // in construct names the place.
    if (i > 0 && m.skip === 0 && !lineBreakBefore(doc, i) && NAMED_AFTER.test(toks[i - 1].norm) && /^ال/.test(toks[i].norm)) {
      i = m.to;
      continue;
    }
    // ("المستشار" honours a judge before his name; "المستشار عن حزب ..." is a councillor's seat, an office.)
    // (also with the council's adjective between: "المستشار الجماعي عن دوار تاسويت")
    const seatAdj = /^ال.{3,}ي$/.test(toks[m.to]?.norm ?? '') && !lineBreakBefore(doc, m.to) && toks[m.to + 1]?.norm === 'عن' ? 1 : 0;
    const seat = title.category === 'honorific' && /^(ال)?مستشار(ه)?$/.test(normalizeWord(title.title)) && toks[m.to + seatAdj]?.norm === 'عن' && !lineBreakBefore(doc, m.to + seatAdj);
    const kind: RoleSpan['kind'] = title.category === 'honorific' && !seat ? 'honorific' : title.category === 'counterpart' ? 'counterpart' : title.category === 'plural' ? 'plural' : 'role';
    let j = m.to + (seat ? seatAdj : 0);
    let country: string | null = null;
    let nationality: [number, number] | null = null;
    // The list may hold a title with its nationality ("نظيره الأمريكي"): find it inside.
    for (let k = i + 1; k < m.to; k++) {
      const nat = doc.res.nationalities.matchAt(toks, k, false);
      if (nat && nat.to <= m.to) {
        country = nat.value.country;
        nationality = [k, nat.to];
        break;
      }
    }
    if (kind !== 'honorific') {
      // Extend over complements.
      let sawNationality = nationality !== null;
      // (the end of the last title read: "نائب والي غازي عنتاب" takes its place after والي)
      let titleEnd = m.to;
      let lastCategory = title.category;
      while (j < toks.length && j - i < MAX_ROLE_TOKENS && !lineBreakBefore(doc, j)) {
        // ("رئيس ألستوم لمنطقة إفريقيا والشرق الأوسط وآسيا الوسطى": places joined by و to the place the role serves)
        if (j > m.to && /^و./.test(toks[j].norm) && (doc.res.places.matchAt(toks, j - 1, true)?.to === j || (j - 2 > m.to && doc.res.places.matchAt(toks, j - 2, true)?.to === j))) {
          const more = doc.res.places.matchAt(toks, j, true);
          if (more && more.clitic === 'و' && more.from === j) {
            j = more.to;
            continue;
          }
        }
        // "المندوب الدائم للصين"، "نائبة المندوب الدائم للولايات المتحدة": the country a diplomat represents.
        if (j === titleEnd && !sawNationality && lastCategory === 'diplomatic') {
          const served = doc.res.places.matchAt(toks, j, true);
          if (served && served.clitic === 'ل' && served.from === j) {
            country = served.value.canonical;
            j = served.to;
            sawNationality = true;
            continue;
          }
        }
        // "وزير خارجية إيران": the country after a portfolio in construct completes the role.
        if (PORTFOLIOS.has(toks[j - 1].norm) && !sawNationality) {
          const place = doc.res.places.matchAt(toks, j, false);
          if (place) {
            country = place.value.canonical;
            j = place.to;
            sawNationality = true;
            continue;
          }
        }
        const t = toks[j];
        // "آمر كتيبة النصر 21"، "قائد اللواء 209": a unit's number.
        // (also where the unit ends the listed title, "قائد اللواء 209"; not the rank alone, "اللواء 209")
        if (t.kind === 'number' && (j > m.to || (j === m.to && m.to - i >= 2)) && (MILITARY_UNIT.test(toks[j - 1].norm) || (j - 2 >= m.to && MILITARY_UNIT.test(toks[j - 2].norm)))) {
          j++;
          continue;
        }
        // The acronym of the body just named, in brackets: "الأمين العام لمنظمة البلدان المصدرة للبترول (أوبك) هيثم الغيص".
        // (or in quotes, a short name no list holds: "رئيس مجلس إدارة الخطوط الحديدية السعودية «سار» المهندس صالح")
        const quotedShort = isPunct(doc, j, '«') && isPunct(doc, j + 2, '»') && !lineBreakBefore(doc, j + 2) && toks[j + 1].kind === 'word' && toks[j + 1].norm.length <= 6 && !isFunctionWord(toks[j + 1].norm) && (/^ال/.test(toks[j - 1].norm) || doc.claimed[j - 1] === Claim.Org) && !!toks[j + 3] && !lineBreakBefore(doc, j + 3) && (afterHonorifics(doc, j + 3) > j + 3 || doc.res.firstNames.has(toks[j + 3].norm));
        if (j > m.to && ((isPunct(doc, j, '(') && isPunct(doc, j + 2, ')') && !lineBreakBefore(doc, j + 2) && (toks[j + 1].kind === 'latin' || doc.claimed[j + 1] === Claim.Org || !!doc.res.orgs.matchAt(toks, j + 1, false))) || quotedShort)) {
          j += 3;
          continue;
        }
        // ("المتحدثة باسم «ميد ريسكيو»": a title that ends in its preposition, then the body's quoted name)
        // (or a company's head, "نظيره في شركة "ديناري" الكويتية يوسف المطيري", with the company's nationality; or a
        // movement's, "القيادي في حركة «فتح» محمود الزعتري")
        const companyHead = j > m.to && /^(ل|ب)?(ال)?(شركه|مجموعه|صندوق|مصرف|بنك|منصه|ايتلاف|تحالف|جمعيه|منظمه|مبادره|حمله|شبكه|مؤسسه|حركه|حزب|تيار|جبهه)$/.test(toks[j - 1].norm);
        if ((j === m.to && /(باسم|لدي)$/.test(toks[j - 1].norm) || companyHead) && isPunct(doc, j, '«"“')) {
          const q = quoteEnd(doc, j);
          if (q > 0) {
            j = q + 1;
            if (companyHead && toks[j] && !lineBreakBefore(doc, j) && isNationalityWord(doc, j)) j++;
            continue;
          }
        }
        // ("ورئيس «ميتسوناغا للطاقة» كينجي ناكامورا": a head in construct with a company's quoted name, when a name follows)
        if (j === m.to && CONSTRUCT_HEADS.has(toks[j - 1].norm.replace(/^[وف]/, '')) && isPunct(doc, j, '«"“')) {
          const q = quoteEnd(doc, j);
          const after = q > 0 ? toks[q + 1] : undefined;
          if (after && after.kind === 'word' && !lineBreakBefore(doc, q + 1) && !isFunctionWord(after.norm) && !looksLikeVerb(after.norm, true) && (doc.res.firstNames.has(after.norm) || foreignNameWord(doc, q + 1) || !!honorificAt(doc, q + 1))) {
            j = q + 1;
            continue;
          }
        }
        // ("رئيس مجلس إدارة «مدار»، المهندس …": a board's company named in quotes, one to four words)
        if (j > i && CONSTRUCT_END.test(toks[j - 1].norm) && isPunct(doc, j, '«"“') && !lineBreakBefore(doc, j)) {
          let e = j + 1;
          while (e < toks.length && e - j <= 4 && (toks[e].kind === 'word' || toks[e].kind === 'latin') && !lineBreakBefore(doc, e)) e++;
          if (e > j + 1 && isPunct(doc, e, '»"”')) {
            j = e + 1;
            continue;
          }
        }
        if (t.kind !== 'word') break;
        // "رئيس لجنة الشؤون القانونية رشيد بلعربي": a first name that is also an ambiguous place ("رشيد") opens the
        // name when a name word follows it.
        if (j > m.to && doc.res.firstNames.has(t.norm) && doc.res.places.matchAt(toks, j, false)?.value.ambiguous && toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && !isFunctionWord(toks[j + 1].norm) && !isCommonAnyReading(toks[j + 1].norm) && !doc.res.titles.matchAt(toks, j + 1, true)) break;
        // "المدير العام للديوان الوطني للزيت الحبيب القلال": a first name with the article before a family name opens
        // the name (the Maghreb, Sudan), it continues no office.
        // ("الرئيس الحسن واتارا": also right after the title, before a family name no lexicon knows)
        if ((j > m.to || (j === m.to && !isNationalityWord(doc, j) && !doc.res.places.matchAt(toks, j, false))) && t.norm.length > 4 && /^ال/.test(t.norm) && doc.res.firstNames.has(t.norm.slice(2)) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && (doc.res.firstNames.has(toks[j + 1].norm) || (/^ال.{3,}/.test(toks[j + 1].norm) && j > m.to && !isCommonAnyReading(toks[j + 1].norm) && !isMostlyWord(toks[j + 1].norm) && !isNationalityWord(doc, j + 1)) || (toks[j + 1].norm.length >= 4 && !isFunctionWord(toks[j + 1].norm) && !isCommonAnyReading(toks[j + 1].norm) && !isMostlyWord(toks[j + 1].norm) && !isNationalityWord(doc, j + 1) && !doc.res.titles.matchAt(toks, j + 1, true) && !doc.res.places.matchAt(toks, j + 1, true) && !looksLikeVerb(toks[j + 1].norm, true)))) break;
        // "وزير المياه والري رائد أبو السعود": a second portfolio joined by و, right before the name (or a comma).
        if (j >= m.to && lastCategory === 'minister' && /^وال.{2,}/.test(t.norm) && /^ال/.test(toks[j - 1].norm) && !isNationalityWord(doc, j) && !titleAt(doc, j, true) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && (isPunct(doc, j + 1, '،,') || doc.res.firstNames.has(toks[j + 1].norm) || !!doc.res.titles.matchAt(toks, j + 1, false) || (isNationalityWord(doc, j + 1) && /^ال/.test(toks[j + 1].norm) && !!toks[j + 2] && !lineBreakBefore(doc, j + 2) && (isPunct(doc, j + 2, '،,') || doc.res.firstNames.has(toks[j + 2].norm) || !!doc.res.titles.matchAt(toks, j + 2, false))))) {
          // ("وزير الزراعة والري السوداني، البروفيسور …": with the minister's nationality after the second portfolio)
          j++;
          continue;
        }
        // "رئيس مجلس إدارة روافد": a noun in construct at the role's end takes the next word as its complement.
        if (j === titleEnd && t.kind === 'word' && CONSTRUCT_END.test(toks[j - 1].norm) && doc.claimed[j] !== Claim.Date && !doc.res.titles.matchAt(toks, j, false) && !isFunctionWord(t.norm) && !/^ال/.test(t.norm) && !doc.res.firstNames.has(t.norm)) {
          const org = doc.res.orgs.matchAt(toks, j, false);
          // (an organization found by its shape is taken whole: "رئيس مجلس إدارة بنك اللؤلؤة الأهلي")
          if (!org && doc.claimed[j] === Claim.Org) {
            while (j < toks.length && doc.claimed[j] === Claim.Org && !lineBreakBefore(doc, j)) j++;
            continue;
          }
          j = org ? org.to : j + 1;
          continue;
        }
        // "مدير صحة إربد"، "مدير أمن الجيزة"، "مدير شرطة المفرق": a department in construct with its place.
        // ("مدير عام ري كفر الشيخ": also after the rank's عام)
        if ((j === titleEnd || (j > m.to - 1 && /^(عام|عامه)$/.test(toks[j - 1].norm))) && !sawNationality && DEPARTMENTS.has(t.norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
          const pl = doc.res.places.matchAt(toks, j + 1, false);
          if (pl) {
            j = pl.to;
            sawNationality = true;
            continue;
          }
        }
        // "محافظ نينوى"، "أمير قطر"، "محافظ رام الله والبيرة"، "حاكم ولاية تكساس": an indefinite title
        // in construct with a place (or a governorate/state and its place); a second place may be joined by و.
        if (j === titleEnd && !sawNationality && !/^(ال|لل)/.test(j - 1 === i ? toks[i].norm.slice(m.skip) : toks[j - 1].norm)) {
          const placeEnd = constructPlaceEnd(doc, j);
          if (placeEnd > j) {
            j = placeEnd;
            const more = toks[j] && !lineBreakBefore(doc, j) && /^و/.test(toks[j].norm) ? doc.res.places.matchAt(toks, j, true) : null;
            if (more && more.clitic === 'و') j = more.to;
            sawNationality = true;
            continue;
          }
        }
        let nat = doc.res.nationalities.matchAt(toks, j, false);
        // ("الفريق الركن تركي بن بندر": an indefinite nationality before بن is a first name, no nationality)
        if (nat && !/^ال/.test(toks[j].norm) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^(بن|ابن)$/.test(toks[j + 1].norm)) nat = null;
        if (nat && !sawNationality) {
          // "الرئيس الأمريكي جو بايدن": the nationality completes the title.
          sawNationality = true;
          country = nat.value.country;
          nationality = [j, nat.to];
          j = nat.to;
          continue;
        }
        if (nat && sawNationality) break;
        const title2 = titleAt(doc, j, false);
        if (title2 && isGovernorate(doc, j, title2.to)) break;
        // "وزير المياه والري رائد أبو السعود": a rank that is also a first name, before a family name, opens the name.
        if (title2 && title2.value.category === 'military_rank' && title2.to === j + 1 && doc.res.firstNames.has(toks[j].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && (toks[j + 1].norm === 'ابو' || toks[j + 1].norm === 'بن' || (/^ال/.test(toks[j + 1].norm) && !doc.res.titles.matchAt(toks, j + 1, false)))) break;
        if (title2 && title2.value.isRole && !isHonorificTitle(title2.value) && !isHonorificAfterRole(title2.value.title)) {
          // A second title in apposition (رئيس مجلس الوزراء وزير الخارجية القطري) or an idafa (نائب رئيس).
          j = title2.to;
          titleEnd = j;
          lastCategory = title2.value.category;
          sawNationality = false;
          continue;
        }
        if (title2 && (title2.value.category === 'honorific' || isHonorificAfterRole(title2.value.title))) break;
        // "نائب رئيس الوزراء للتنمية الصناعية ووزير النقل": a second office joined by و, held by the same person.
        // (right after the first office too when it is a deputy's: "نائب رئيس الوزراء ووزير الخارجية"; "الرئيس ووزير
        // الخارجية" are two people)
        if (!title2 && (j > titleEnd || /^[وفبل]?نايب/.test(toks[i].norm)) && /^و/.test(t.norm)) {
          const t3 = titleAt(doc, j, true);
          if (t3 && t3.clitic === 'و' && t3.value.isRole && !isHonorificTitle(t3.value) && !isHonorificAfterRole(t3.value.title) && t3.value.category !== 'plural' && t3.value.category !== 'counterpart') {
            j = t3.to;
            titleEnd = j;
            sawNationality = false;
            continue;
          }
        }
        // "الرئيس التنفيذي لـ«سابك»": the ل written apart (with a tatweel), the name in quotes.
        if (t.norm === 'ل' && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
          let k = j + 1;
          const quoted = isPunct(doc, k, '«"“');
          if (quoted) k++;
          const named = doc.res.orgs.matchAt(toks, k, false);
          let e = named ? named.to : k;
          if (!named) while (e < toks.length && doc.claimed[e] === Claim.Org && !lineBreakBefore(doc, e)) e++;
          if (e > k) {
            j = quoted && isPunct(doc, e, '»"”') ? e + 1 : e;
            continue;
          }
        }
        // ("الرئيس التنفيذي لنوردهافن إنرجي يان فيسر": ل on a company's name with its trade word in transliteration)
        if (/^ل[^ل]/.test(t.norm) && t.norm.length >= 4 && toks[j + 1] && !lineBreakBefore(doc, j + 1) && COMPANY_SUFFIX.has(toks[j + 1].norm) && !isCommonAnyReading(t.norm) && !isCommonAnyReading(t.norm.slice(1))) {
          j += 2;
          continue;
        }
        // "المدير العام لاسنيم محمد سالم ...": ل on a proper word no list holds, right before the name, is the body served.
        if (/^ل[^ل]/.test(t.norm) && t.norm.length >= 4 && toks[j + 1] && !lineBreakBefore(doc, j + 1) && (doc.res.firstNames.has(toks[j + 1].norm) || doc.res.particles.has(toks[j + 1].norm) || doc.res.known.matchAt(toks, j + 1, false)) && !isMostlyWord(t.norm.slice(1)) && !isCommonAnyReading(t.norm.slice(1)) && !isCommonAnyReading(t.norm) && !isFunctionWord(t.norm) && !doc.res.places.matchAt(toks, j, true) && !doc.res.firstNames.has(t.norm.slice(1)) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm)) {
          j++;
          continue;
        }
        // ("المدير التنفيذي لرويال أنتويرب، البلجيكي سفين يانسنس،": ل on one to three proper words no list holds, up to
        // a comma after which the person is named, is the body served)
        if (/^ل[^ل]/.test(t.norm) && t.norm.length >= 4 && properUnlisted(doc, j, true)) {
          let e = j + 1;
          // (the words after it may be a listed city, as a club's are: "رويال أنتويرب")
          while (e < j + 3 && toks[e] && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && (properUnlisted(doc, e, false) || (!!doc.res.places.matchAt(toks, e, false) && !/^[وف]/.test(toks[e].norm)))) e++;
          if (isPunct(doc, e, '،,') && toks[e + 1] && !lineBreakBefore(doc, e + 1) && namedAfterComma(doc, e + 1)) {
            j = e;
            continue;
          }
        }
        const org = doc.res.orgs.matchAt(toks, j, true);
        if (org && (org.clitic === '' || org.clitic === 'ل' || org.clitic === 'و' || org.clitic === 'ب')) {
          j = org.to;
          continue;
        }
        // An organization found by its shape ("المحكمة الابتدائية بقفصة") completes the role as a listed one does.
        if (doc.claimed[j] === Claim.Org) {
          while (j < toks.length && doc.claimed[j] === Claim.Org && !lineBreakBefore(doc, j)) j++;
          continue;
        }
        const n = t.norm;
        // "والي الحوض الشرقي": a direction completes the region just named.
        if (j > m.to && DIRECTION_ADJECTIVES.has(n) && /^ال/.test(toks[j - 1].norm)) {
          j++;
          continue;
        }
        // "وكيل وزارة الصحة بالقليوبية": the seat of an office named in two words or more.
        // (and a second seat joined by و: "رئيس الشؤون الدينية بالمسجد الحرام والمسجد النبوي")
        // ("رئيس المجلس الشعبي البلدي لوهران": or, with ل, the town of a council named by its adjectives)
        if (j - i >= 2 && (/^ب/.test(n) || (/^ل[^ل]/.test(n) && /^ال.{3,}ي$/.test(toks[j - 1].norm)))) {
          const seat = doc.res.places.matchAt(toks, j, true);
          if (seat && seat.clitic === n[0] && seat.from === j) {
            j = seat.to;
            const more = toks[j] && !lineBreakBefore(doc, j) && /^و/.test(toks[j].norm) ? doc.res.places.matchAt(toks, j, true) : null;
            if (more && more.clitic === 'و' && more.from === j) j = more.to;
            continue;
          }
        }
        // ("الرئيس التنفيذي لـ«قسطلي»"، "المتحدثة باسم «ميد ريسكيو»"، "الشريك المؤسس في «مرسى كابيتال»": a preposition
        // before a body's quoted name)
        if ((n === 'ل' || n === 'باسم' || n === 'في' || n === 'لدي') && isPunct(doc, j + 1, '«"“') && !lineBreakBefore(doc, j + 1)) {
          const q = quoteEnd(doc, j + 1);
          if (q > 0) {
            j = q + 1;
            continue;
          }
        }
        // "لولاية تيبازة"، "بمحافظة الحديدة": the division an office serves, with its place.
        if (/^[لب]/.test(n) && ADMIN_HEADS.test(n.slice(1)) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
          const inner = doc.res.places.matchAt(toks, j + 1, false);
          if (inner) {
            j = inner.to;
            continue;
          }
        }
        // "وزير التجارة والصناعة وترويج الاستثمار": a coordinated portfolio in construct with a definite word.
        if (j - i >= 2 && /^و../.test(n) && !doc.res.firstNames.has(n) && !doc.res.firstNames.has(n.slice(1)) && !isFunctionWord(n) && !/^وال/.test(n) && !titleAt(doc, j, true) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال/.test(toks[j + 1].norm) && isRoleComplementWord(toks[j + 1].norm) && !doc.res.places.matchAt(toks, j + 1, false)) {
          j += 2;
          continue;
        }
        // ("وزيرة تمكين المجتمع"، "وزير تطوير البنية التحتية"، "وزيرة تنمية المجتمع": right after a minister's or a
        // director's title, a portfolio of an indefinite verbal noun in construct with a definite word; a first name
        // shaped as such a noun, «تمكين»، «تيسير», is the portfolio there)
        if (j === m.to && j === i + 1 && /^(وزير|وزيره|مدير|مديره|وكيل|وكيله)$/.test(normalizeWord(title.title)) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^(ت..ي.|ت...ي.|ت..يه|ا..ا.)$/.test(n) && (!doc.res.firstNames.has(n) || /^ت..ي.$/.test(n)) && /^ال.{3,}/.test(toks[j + 1].norm) && isRoleComplementWord(toks[j + 1].norm) && !doc.res.firstNames.has(toks[j + 1].norm.slice(2)) && !doc.res.places.matchAt(toks, j + 1, false)) {
          j += 2;
          // (and its adjective: "البنية التحتية")
          while (j < toks.length && j < i + 5 && !lineBreakBefore(doc, j) && /^ال.{2,}(ي|يه)$/.test(toks[j].norm) && !isNationalityWord(doc, j) && !doc.res.firstNames.has(toks[j].norm) && isRoleComplementWord(toks[j].norm.replace(/ه$/, ''))) j++;
          continue;
        }
        // ("المتحدث باسم غرف الطوارئ في الخرطوم": after «باسم», an indefinite noun in construct with a definite word is
        // the body spoken for)
        if (j > i && toks[j - 1].norm === 'باسم' && !/^(و|ف|ب|ل|ك)?ال/.test(n) && n.length >= 3 && !isFunctionWord(n) && !doc.res.firstNames.has(n) && !doc.res.ambiguousFirstNames.has(n) && !titleAt(doc, j, true) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال.{3,}/.test(toks[j + 1].norm) && !doc.res.firstNames.has(toks[j + 1].norm.slice(2)) && !isNationalityWord(doc, j + 1)) {
          j += 2;
          continue;
        }
        if (QUALIFIERS.has(n)) {
          j++;
          continue;
        }
        // ("الوزير المكلف بالتجارة الخارجية"، "كاتب الدولة المكلف بالإدماج الاجتماعي": the portfolio of one charged with it)
        if (/^(المكلف|المكلفه|المكلفين|المكلفان|المنتدب|المنتدبه)$/.test(toks[j - 1].norm) && /^بال.{3,}/.test(n) && !doc.res.places.matchAt(toks, j, true) && !doc.res.orgs.matchAt(toks, j, true)) {
          j++;
          while (j < toks.length && !lineBreakBefore(doc, j) && toks[j].kind === 'word' && ((/^ال.{2,}(ي|يه)$/.test(toks[j].norm) && !isNationalityWord(doc, j)) || /^(و|وب)ال.{3,}/.test(toks[j].norm)) && !doc.res.firstNames.has(toks[j].norm.replace(/^(و|وب)?ال/, ''))) j++;
          continue;
        }
        // "قائد الفرقة السادسة مشاة": the arm of the unit.
        if (j > m.to && MILITARY_ARMS.has(n)) {
          j++;
          continue;
        }
        // "المدير الإداري العام": an adjective of the office before its qualifier.
        if (/^ال.{2,}ي(ه)?$/.test(n) && !isNationalityWord(doc, j) && !doc.res.firstNames.has(n) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && QUALIFIERS.has(toks[j + 1].norm)) {
          j += 2;
          continue;
        }
        // "مدير عام وقاية النبات بالوزارة"، "أمين عام ...": عام right after the title, then the department in
        // idafa (an indefinite noun and its definite word) and the body it belongs to (ب + the article).
        if (j === m.to && (n === 'عام' || n === 'عامه')) {
          j++;
          if (toks[j + 1] && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && toks[j].kind === 'word' && !/^(و|ف)?ال/.test(toks[j].norm) && !isFunctionWord(toks[j].norm) && !doc.res.firstNames.has(toks[j].norm) && /^ال/.test(toks[j + 1].norm) && !doc.res.firstNames.has(toks[j + 1].norm.slice(2))) j += 2;
          continue;
        }
        // ("نقيب أطباء الأسنان الدكتور …"، "نقيب عمال النفط"، "نقيب مستوردي الإطارات": a union head's trade, an indefinite
        // plural in construct with a definite word)
        if (j === m.to && j === i + 1 && /^(و|ف)?(نقيب|نقيبه)$/.test(toks[i].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j].kind === 'word' && !/^(و|ف)?ال/.test(n) && !isFunctionWord(n) && !doc.res.firstNames.has(n) && !doc.res.ambiguousFirstNames.has(n) && (isMostlyWord(n) || isCommonAnyReading(n) || /^م.{3,}ي$/.test(n)) && /^ال.{2,}/.test(toks[j + 1].norm) && !doc.res.firstNames.has(toks[j + 1].norm.slice(2))) {
          j += 2;
          continue;
        }
        // ("مدير الموارد المائية بالولاية": the division already named, as anaphora.)
        if (j - i >= 2 && /^بال/.test(n) && (INSTITUTION.has(n.slice(3)) || ADMIN_HEADS.test(n.slice(3))) && !lineBreakBefore(doc, j)) {
          j++;
          continue;
        }
        // (also a dual in construct: "مجلسي الشورى والنواب")
        if (INSTITUTION.has(n) || INSTITUTION.has(n.replace(/^(ل|لل|و)/, '')) || (/ي$/.test(n) && n.length > 4 && INSTITUTION.has(n.slice(0, -1)) && toks[j + 1]?.norm.startsWith('ال'))) {
          j++;
          // ("لمجلس مقاطعة الجزيرة": the council of a division, with the division's name)
          if (toks[j] && !lineBreakBefore(doc, j) && ADMIN_HEADS.test(toks[j].norm) && doc.claimed[j] === 0) {
            const placeEnd = constructPlaceEnd(doc, j);
            if (placeEnd > j + 1) j = placeEnd;
          }
          continue;
        }
        // "النائب عن دائرة ساقية الزيت"، "النائبة عن المحافظة الشمالية": a member's constituency.
        const constituency = n === 'عن' && /^(ال)?(نايب|نايبه|عضو|عضوه|مستشار|مستشاره|سيناتور|سيناتوره)$/.test(normalizeWord(title.title).split(' ')[0]);
        // "رئيس الحكومة المكلفة من مجلس النواب أسامة حماد": who appointed the office-holder, when the name follows.
        const appointedBy = n === 'من' && /(مكلف|مكلفه|منتخب|منتخبه|معين|معينه)$/.test(toks[j - 1].norm);
        // ("النائبة عن ولاية البليدة من حركة مجتمع السلم نوال بن سالم": a member's party, after his seat)
        const partyOf = n === 'من' && /^(ال)?(نايب|نايبه|عضو|عضوه)$/.test(normalizeWord(title.title).split(' ')[0]) && !!toks[j + 1] && (doc.claimed[j + 1] === Claim.Org || !!doc.res.orgs.matchAt(toks, j + 1, false));
        // ("المشرف العام على المركز الدكتور عبدالله الربيعة": what a supervisor oversees, after على)
        const overseen = n === 'علي' && /^(ال)?مشرف(ه)?$/.test(normalizeWord(title.title).split(' ')[0]);
        // ("مدير عام الرقابة على الأسواق في الهيئة …": what a department of control or inspection watches over, a
        // definite noun after على)
        if (n === 'علي' && j > i + 1 && /^(ال|لل)(رقابه|اشراف|تفتيش)$/.test(toks[j - 1].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && isDefiniteComplement(doc, j + 1)) {
          j += 2;
          continue;
        }
        // ("المتحدث الرسمي باسم الحكومة باسم العوادي": a second باسم is the spokesman's first name)
        if (n === 'باسم' && toks.slice(i, j).some((x) => x.norm === 'باسم')) break;
        if ((n === 'لدي' || n === 'في' || n === 'الي' || n === 'باسم' || n === 'لشوون' || n === 'بشوون' || constituency || appointedBy || partyOf || overseen) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
          // "السفيرة الأمريكية لدى العراق"، "في حكومة تصريف الأعمال"، "المتحدث باسم وزارة الخارجية".
          const next = j + 1;
          // (also behind an administrative head or a constituency: "عن ولاية كنتاكي"، "عن دائرة سبها")
          const headed = (ADMIN_HEADS.test(toks[next].norm) || toks[next].norm === 'دايره') && toks[next + 1] && !lineBreakBefore(doc, next + 1);
          const place = doc.res.places.matchAt(toks, next, false) ?? (headed ? doc.res.places.matchAt(toks, next + 1, false) : null);
          const org2 = doc.res.orgs.matchAt(toks, next, false);
          if (org2) {
            j = org2.to;
            continue;
          }
          // "في" with a place belongs to the role only when a name follows at once
          // ("مدير شؤون الأونروا في الضفة الغربية رولاند فريدريك"), else it says where something happened.
          // (A comma and an honorific may come between: "... في موريتانيا، السيدة إيزابيل دوبوا".)
          const named = (k: number): boolean => {
            const comma = isPunct(doc, k, '،,');
            if (comma) k++;
            // (a foreign name no list holds, between two commas: "... في دارفور، إنغريد سولبرغ،")
            // (or with no comma, closed by punctuation: "في أربيل أردا ييلماز،"، "في لبنان جينين هينيس-بلاسخارت.")
            {
              let e = k;
              let words = 0;
              while (words < 3 && toks[e] && toks[e].kind === 'word' && !lineBreakBefore(doc, e) && (foreignNameWord(doc, e) || (words > 0 && doc.res.firstNames.has(toks[e].norm)))) {
                e++;
                words++;
                if (isJoiningHyphen(doc, e)) e++;
              }
              if (words >= 2 && (isPunct(doc, e, comma ? '،,' : '،,.') || e >= toks.length)) return true;
            }
            k = afterHonorifics(doc, k);
            // (a nationality may come first: "في موريتانيا، الكيني جيمس أوتيينو")
            // (and the origin it names: "البلجيكي من أصل مغربي يوسف الهنداوي")
            if (toks[k] && /^ال/.test(toks[k].norm) && isNationalityWord(doc, k) && toks[k + 1] && !lineBreakBefore(doc, k + 1)) k = afterOrigin(doc, k + 1);
            if (!toks[k] || lineBreakBefore(doc, k)) return false;
            if (doc.res.firstNames.has(toks[k].norm) || doc.res.ambiguousFirstNames.has(toks[k].norm) || !!doc.res.known.matchAt(toks, k, false)) return true;
            // (an unlisted first name before a listed one: "عن ولاية كنتاكي راند بول")
            const n = toks[k].norm;
            return !!toks[k + 1] && !lineBreakBefore(doc, k + 1) && doc.res.firstNames.has(toks[k + 1].norm) && n.length >= 3 && !/^ال/.test(n) && !isMostlyWord(n) && !isCommonAnyReading(n) && !isFunctionWord(n) && !doc.res.places.matchAt(toks, k, true);
          };
          // (a body found by its shape: "زعيم المعارضة في البرلمان الهندي راهول غاندي")
          if (doc.claimed[next] === Claim.Org) {
            let e = next;
            while (e < toks.length && doc.claimed[e] === Claim.Org && !lineBreakBefore(doc, e)) e++;
            if (n !== 'في' || named(e)) {
              j = e;
              continue;
            }
          }
          // (or after a member's party: "النائبة عن ولاية البليدة من حركة مجتمع السلم نوال بن سالم")
          const partyThenNamed = (k: number): boolean => {
            if (!constituency || toks[k]?.norm !== 'من' || !toks[k + 1] || lineBreakBefore(doc, k + 1)) return false;
            let e = k + 1;
            const listed = doc.res.orgs.matchAt(toks, e, false);
            if (listed) e = listed.to;
            else while (e < toks.length && doc.claimed[e] === Claim.Org && !lineBreakBefore(doc, e)) e++;
            return e > k + 1 && named(e);
          };
          if (place && ((n !== 'في' && n !== 'عن' && n !== 'الي') || named(place.to) || partyThenNamed(place.to))) {
            j = place.to;
            continue;
          }
          // (a party no list holds, before the name: "عضو المجلس عن الجبهة التركمانية العراقية أرشد ...")
          // (or a list or a bloc named after its head: "عن قائمة الأهوار الوطنية، عباس خلف الدراجي،")
          const listHead = /^(قايمه|كتله|تحالف|ايتلاف|حزب|حركه|تيار)$/.test(toks[next].norm) && !!toks[next + 1] && /^ال/.test(toks[next + 1].norm);
          if (!place && constituency && (/^ال/.test(toks[next].norm) || listHead)) {
            let k = listHead ? next + 1 : next;
            while (k < next + 4 && toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && /^ال.{2,}/.test(toks[k].norm) && !isFunctionWord(toks[k].norm) && !doc.res.firstNames.has(toks[k].norm.slice(2))) k++;
            if (k > next && named(k)) {
              j = k;
              continue;
            }
          }
          // (a district named with a place particle: "عضو المجلس عن دائرة أبو تيج")
          if (headed && constituency && PLACE_NAME_OPENERS.has(toks[next + 1].norm) && toks[next + 2] && !lineBreakBefore(doc, next + 2) && toks[next + 2].kind === 'word' && !isFunctionWord(toks[next + 2].norm) && !doc.res.firstNames.has(toks[next + 2].norm)) {
            j = next + 3;
            continue;
          }
          // (a numbered constituency of a governorate: "النائبة عن الدائرة الثانية في الزرقاء ليلى الزيود")
          if (constituency && /^(ال)?دايره$/.test(toks[next].norm) && toks[next + 1] && /^ال(اولي|ثانيه|ثالثه|رابعه|خامسه|سادسه|سابعه|ثامنه|تاسعه|عاشره)$/.test(toks[next + 1].norm) && !lineBreakBefore(doc, next + 1)) {
            let e = next + 2;
            if (toks[e]?.norm === 'في' && !lineBreakBefore(doc, e)) e++;
            const seat = toks[e] && !lineBreakBefore(doc, e) ? doc.res.places.matchAt(toks, e, true) : null;
            if (seat && (seat.clitic === '' || seat.clitic === 'ب') && named(seat.to)) {
              j = seat.to;
              continue;
            }
          }
          // (a district no list holds, between its head and the name: "النائبة عن مقاطعة ازويرات مريم بنت محمد يحيى")
          if (!place && headed && constituency && foreignNameWord(doc, next + 1) && named(next + 2)) {
            j = next + 2;
            continue;
          }
          // "وزير المالية في الإقليم، آوات شيخ جناب،": the region already named (the article on an administrative
          // head), when the name follows after a comma.
          if (n === 'في' && /^ال/.test(toks[next].norm) && ADMIN_HEADS.test(toks[next].norm.slice(2)) && isPunct(doc, next + 1, '،,')) {
            j = next + 1;
            continue;
          }
          // ("السفير الفلبيني لدى المملكة رايموند ميندوزا": the host country already named, as anaphora, when the name
          // follows)
          if (n === 'لدي' && /^(المملكه|الدوله|البلاد|السلطنه|الجمهوريه|الاماره)$/.test(toks[next].norm) && named(next + 1)) {
            j = next + 1;
            continue;
          }
          // "نائب الرئيس التنفيذي للعمليات في الشركة بدر العنزي": the body already named, when the name follows at once.
          if ((n === 'في' || overseen) && /^ال/.test(toks[next].norm) && INSTITUTION.has(toks[next].norm.slice(2)) && named(next + 1)) {
            j = next + 1;
            continue;
          }
          if (INSTITUTION.has(toks[next].norm) || (n === 'باسم' && toks[next].norm.startsWith('ال'))) {
            j = next + 1;
            // ("في حكومة آسام": the place the institution belongs to, when the name follows)
            // (or with its kind: "في برلمان منطقة بروكسل العاصمة، …")
            const own = !/^ال/.test(toks[next].norm) && toks[j] && !lineBreakBefore(doc, j) ? doc.res.places.matchAt(toks, j, false) ?? regionWithKind(doc, j) : null;
            if (own && (named(own.to) || (foreignNameWord(doc, own.to) && foreignNameWord(doc, own.to + 1)))) j = own.to;
            continue;
          }
          break;
        }
        // ("محافظ العاصمة عدن أحمد حامد لملس": the capital's name after "العاصمة" is the role's, when the name follows)
        if (j > i && /^(ال|لل)عاصمه$/.test(toks[j - 1].norm)) {
          const capital = doc.res.places.matchAt(toks, j, false);
          if (capital && capital.skip === 0 && !!toks[capital.to] && !lineBreakBefore(doc, capital.to) && doc.res.firstNames.has(toks[capital.to].norm)) {
            j = capital.to;
            continue;
          }
        }
        // A definite complement (الخارجية، الوزراء، النواب، الأعمال) or one with a proclitic (للرئيس، والمغتربين);
        // an adjective in ي is the role's when a first name follows it ("الخبير المصرفي محمد").
        // (also before an honorific, a nationality or the body served: "وزير الإسكان والتخطيط العمراني الدكتور خالد"،
        // "وزير الدولة للذكاء الاصطناعي الإماراتي"، "المسؤول الانتخابي في حركة أمل")
        // (or before another portfolio joined by و: "وزير البيئة والتطوير العمراني والتغير المناخي مراد قوروم")
        if (isDefiniteComplement(doc, j) || institutionAdjective(doc, i, j) || (/^ال.{2,}ي(ه)?$/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !isNationalityWord(doc, j) && toks[j + 1] && ((j > m.to && /^وال../.test(toks[j + 1].norm) && !/ي(ه)?$/.test(toks[j + 1].norm) && /^و?ال/.test(toks[j - 1].norm) && !lineBreakBefore(doc, j + 1) && !isNationalityWord(doc, j + 1)) || doc.res.firstNames.has(toks[j + 1].norm) || doc.res.ambiguousFirstNames.has(toks[j + 1].norm) || (j > m.to && (honorificAt(doc, j + 1) || (!lineBreakBefore(doc, j + 1) && isNationalityWord(doc, j + 1)))) || bodyAt(doc, j + 1) || (j > m.to && isPunct(doc, j + 1, '،,') && !!toks[j + 2] && ((isMostlyWord(t.norm) && (doc.res.firstNames.has(toks[j + 2].norm) || /^عبد$/.test(toks[j + 2].norm))) || (/^و?ال/.test(toks[j - 1].norm) && honorificAt(doc, j + 2))))))) {
          j++;
          continue;
        }
        // A council named by its country or city: "رئيس مجلس الإمارات للإفتاء الشرعي الشيخ ...".
        // (also after ل: "المدير التنفيذي لتجمع مكة المكرمة الصحي")
        if (j > i && (INSTITUTION.has(toks[j - 1].norm) || (j - 1 > i && /^ل[^ل]/.test(toks[j - 1].norm) && INSTITUTION.has(toks[j - 1].norm.slice(1)))) && !/^ال/.test(toks[j - 1].norm)) {
          const own = doc.res.places.matchAt(toks, j, false);
          if (own && !doc.res.firstNames.has(t.norm)) {
            j = own.to;
            continue;
          }
        }
        // An indefinite noun in idafa after an institution: "تصريف" in "حكومة تصريف الأعمال"، "تجارة" in "غرفة تجارة دمشق".
        // (not after a definite head, which takes no complement: "رئيس مجلس الإدارة سعيد الكعبي")
        if (j > i && INSTITUTION.has(toks[j - 1].norm) && !/^ال/.test(toks[j - 1].norm) && !isFunctionWord(n) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
          if (toks[j + 1].norm.startsWith('ال')) {
            j++;
            continue;
          }
          // ("رئيس مجلس أمناء مؤسسة العون للتنمية": the board of a body, whose head follows)
          if (CONSTRUCT_END.test(n) && INSTITUTION.has(toks[j + 1].norm)) {
            j++;
            continue;
          }
          const place = doc.res.places.matchAt(toks, j + 1, false);
          if (place) {
            j = place.to;
            continue;
          }
          // ("رئيس تعاونية سيروا للزعفران": a body's own name no list holds, then what it is for after لل)
          if (/^لل.{3,}/.test(toks[j + 1].norm) && foreignNameWord(doc, j) && !doc.res.firstNames.has(n)) {
            j += 2;
            continue;
          }
          // ("منسق نقابات عمال اسنيم، الشيخ ولد ابيليل،": a company's name no list holds, up to the comma after which
          // the holder is named)
          if (foreignNameWord(doc, j + 1) && isPunct(doc, j + 2, '،,') && namedAfterComma(doc, j + 3)) {
            j += 2;
            continue;
          }
        }
        break;
      }
    }
    // ("والي تيرس الزمور، السيد حمود ولد امحمد": after a governor's title, the division's name no list holds, up to the
    // comma after which the governor is named)
    if (j === m.to && j === i + 1 && /^(و|ف)?(والي|واليه|محافظ|حاكم|عامل)$/.test(toks[i].norm) && foreignNameWord(doc, j)) {
      let e = j + 1;
      while (e < j + 3 && toks[e] && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && !isFunctionWord(toks[e].norm) && !isCommonAnyReading(toks[e].norm) && !doc.res.firstNames.has(toks[e].norm.replace(/^ال/, ''))) e++;
      if (isPunct(doc, e, '،,') && namedAfterComma(doc, e + 1)) j = e;
    }
    // "أن المحافظة أحصت": the bare feminine of محافظ is the governorate far more often than a governor.
    if (j === m.to && /^[وفبل]?المحافظه$/.test(toks[i].norm)) {
      i++;
      continue;
    }
    // ("الرئيس التنفيذي لشركة سير المهندس طلال …": a body's head after ل at the role's end, one word that is also an
    // ordinary word, then an honorific before the name: that word is the body's name)
    if (kind !== 'honorific' && j - i >= 2 && /^ل(شركه|مجموعه|بنك|مصرف|موسسه|هييه|جمعيه|صندوق|منصه|مبادره)$/.test(toks[j - 1].norm) && toks[j] && toks[j + 1] && toks[j].kind === 'word' && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && doc.claimed[j] === 0 && !isFunctionWord(toks[j].norm) && !/^ال/.test(toks[j].norm)) {
      const hon = titleAt(doc, j + 1, false);
      if (hon && (hon.value.category === 'honorific' || isHonorificTitle(hon.value))) j++;
    }
    // ("وزير الداخلية اللواء محمود توفيق"، "مدير شرطة البصرة العميد علي الساعدي": a military rank after a role of two
    // words or more, right before a first name, is the holder's rank, not the role's brigade)
    // ("رئيس هيئة الأركان الفريق الركن عبد الأمير يار الله": with its «الركن»)
    let ranked = 0;
    if (kind !== 'honorific' && toks[j] && !lineBreakBefore(doc, j) && (doc.res.firstNames.has(toks[j].norm) || compoundFirstName(doc, j))) {
      const rankAt = (k: number) => k > i + 1 && RANK_AFTER_ROLE.test(toks[k].norm);
      if (rankAt(j - 1)) ranked = 1;
      else if (/^(الركن|ركن)$/.test(toks[j - 1].norm) && rankAt(j - 2)) ranked = 2;
    }
    if (ranked && j - ranked - i >= 2) j -= ranked;
    else ranked = 0;
    // Honorifics between the role and a name: "ولي العهد السعودي الأمير محمد بن سلمان".
    let h = j;
    // (the rank just given back stands between the role and the name)
    if (ranked) h = j + ranked;
    while (h < toks.length && !lineBreakBefore(doc, h)) {
      const hm = titleAt(doc, h, false);
      if (hm && (hm.value.category === 'honorific' || isHonorificTitle(hm.value) || isHonorificAfterRole(hm.value.title))) h = hm.to;
      else if (toks[h].norm === 'د' && isPunct(doc, h + 1, '.')) h += 2;
      else break;
    }
    // ("الشيخ ولد ابيليل"، "الوزير الأول المختار ولد اجاي": a word right before ولد / بنت / منت is the person's first
    // name, whatever else it is, in the Mauritanian and Sahrawi chain of names)
    if (h < toks.length && SON_OF.test(toks[h].norm) && !lineBreakBefore(doc, h) && h > i) {
      if (h > j) h--;
      else if (j - i >= 2) {
        j--;
        h = j;
      } else {
        i++;
        continue;
      }
    }
    // "سموه"، "جلالته"، "معاليه": an honorific with a pronoun stands for a person already named.
    if (kind === 'honorific' && (isPunct(doc, j) || PRONOUN_HONORIFIC.test(toks[j - 1].norm))) {
      i = j;
      continue;
    }
    // "سمو ولي العهد الشيخ صباح …": an honorific before a role leaves the name to the role.
    if (kind === 'honorific' && h === j && j < toks.length) {
      const next = titleAt(doc, j, true);
      if (next && next.value.isRole && next.value.category !== 'honorific' && !isHonorificTitle(next.value)) {
        i = j;
        continue;
      }
    }
    const start = offsetAfter(doc.text, toks[i], m.skip);
    const end = toks[j - 1].end;
    // ("للرئيس دونالد ترامب": the role read after ل is "الرئيس", not "لرئيس".)
    const lil = /^[وف]?لل/.test(toks[i].norm) && m.skip === toks[i].norm.indexOf('لل') + 1;
    roles.push({ from: i, to: j, start, end, text: (lil ? 'ا' : '') + doc.text.slice(start, end), kind, title, country, nationality, honorificTo: h });
    // Honorifics read after this role belong to it: do not read them again as roles.
    i = Math.max(h, i + 1);
    // Honorific titles that follow are consumed by the loop naturally; roles do not overlap.
  }
  return roles;
}

/** A word that can only be part of a name: no ordinary word, verb, place, nationality or title. */
export function foreignNameWord(doc: Doc, k: number): boolean {
  // (k may be past the text's end: "… محافظ" as its last word)
  const t = doc.tokens[k];
  if (!t) return false;
  const n = t.norm;
  if (n.length < 3 || /^ال/.test(n) || isMostlyWord(n) || isCommonAnyReading(n) || isFunctionWord(n) || looksLikeVerb(n, true)) return false;
  return !doc.res.places.matchAt(doc.tokens, k, true) && !doc.res.nationalities.matchAt(doc.tokens, k, true) && !doc.res.titles.matchAt(doc.tokens, k, true) && !doc.res.orgs.matchAt(doc.tokens, k, true);
}

/** An honorific title starts at k, on the same line ("الدكتور"، "معالي"). */
function honorificAt(doc: Doc, k: number): boolean {
  if (!doc.tokens[k] || lineBreakBefore(doc, k)) return false;
  const hm = titleAt(doc, k, false);
  return !!hm && (hm.value.category === 'honorific' || isHonorificTitle(hm.value));
}

/** "في" or "لدى" and a listed body start at k, on the same line. */
function bodyAt(doc: Doc, k: number): boolean {
  const toks = doc.tokens;
  return !!toks[k + 1] && !lineBreakBefore(doc, k) && !lineBreakBefore(doc, k + 1) && (toks[k].norm === 'في' || toks[k].norm === 'لدي') && !!doc.res.orgs.matchAt(toks, k + 1, false);
}

function isNationalityWord(doc: Doc, j: number): boolean {
  return doc.res.nationalities.matchAt(doc.tokens, j, false)?.to === j + 1;
}

function isHonorificTitle(t: TitleInfo): boolean {
  return t.category === 'honorific';
}

function isDefiniteComplement(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  const n = t.norm;
  if (doc.res.firstNames.has(n) || doc.res.known.matchAt(doc.tokens, j, false)) return false;
  // ("… للخطوط الجوية القطرية للصحفيين في الدوحة": whom he spoke to, no part of the office)
  if (/^لل(صحفيين|صحافيين|صحافه|اعلاميين|مراسلين|حضور|حاضرين)$/.test(n)) return false;
  const bare = n.replace(/^(و|ف)/, '');
  // "والي الجزيرة الطاهر إبراهيم الخير": a first name with the article, a first name after it, opens the name.
  const next = doc.tokens[j + 1];
  // (or a first name in عبد / أبو: "نظيره السوداني الطاهر عبد الرحيم")
  if (bare === n && bare.startsWith('ال') && doc.res.firstNames.has(bare.slice(2)) && next && !lineBreakBefore(doc, j + 1) && (doc.res.firstNames.has(next.norm) || /^(عبد|ابو)$/.test(next.norm))) return false;
  // ("مدير عام وزارة الصحة في جنوب كردفان الطيب أبكر": after the place the office serves, such a first name (also a
  // word) and a word no lexicon knows open the name.)
  const afterPlace = j > 0 && doc.res.places.matchAt(doc.tokens, j - 1, false)?.to === j || (j > 1 && doc.res.places.matchAt(doc.tokens, j - 2, false)?.to === j);
  if (bare === n && afterPlace && bare.startsWith('ال') && (doc.res.ambiguousFirstNames.has(bare) || doc.res.ambiguousFirstNames.has(bare.slice(2)) || doc.res.firstNames.has(bare.slice(2))) && next && next.kind === 'word' && !lineBreakBefore(doc, j + 1) && !isFunctionWord(next.norm) && !/^ال/.test(next.norm) && !isCommonAnyReading(next.norm) && !isMostlyWord(next.norm) && !doc.res.titles.matchAt(doc.tokens, j + 1, true)) return false;
  if (!(bare.startsWith('ال') || bare.startsWith('لل'))) return false;
  if (bare.length < 4) return false;
  // ("ألفة"، "ألكسندر"، "إلهام" read as ال + …: written with hamza, the article is no article)
  const a0 = doc.text.charCodeAt(t.start + (n.length - bare.length));
  if (bare === n && (a0 === 0x0623 || a0 === 0x0625 || a0 === 0x0622)) return false;
  // A place (العراق) ends the role unless it is introduced by لدى; a name-like word with ال (الأنصاري) too.
  if (doc.res.places.matchAt(doc.tokens, j, true)) return false;
  if (isFunctionWord(n)) return false;
  // "الشورى"، "الطوارئ" end in ى or ئ as written: no nisba, whatever the normalised form says.
  const last = doc.text.charCodeAt(t.end - 1);
  if (last === 0x0649 || last === 0x0626) return true;
  return isRoleComplementWord(bare);
}

/**
 * A relational adjective at j that describes the institution the role has just named with the article, or one more
 * after such an adjective, alone or joined by و: "المدير العام للاتحاد البريدي العالمي"، "رئيس الفريق الطبي
 * والجراحي" (a family nisba follows a first name, never a body's noun).
 */
function institutionAdjective(doc: Doc, i: number, j: number): boolean {
  const toks = doc.tokens;
  const nisba = (k: number) => /^ال.{2,}ي(ه)?$/.test(toks[k].norm) && !doc.res.firstNames.has(toks[k].norm) && !isNationalityWord(doc, k) && !doc.res.places.matchAt(toks, k, false);
  // (and one joined by و to such an adjective: "رئيس الفريق الطبي والجراحي")
  const joined = /^وال.{2,}ي(ه)?$/.test(toks[j].norm) && j - 1 > i && nisba(j - 1) && !doc.res.firstNames.has(toks[j].norm.slice(3));
  if ((!nisba(j) && !joined) || lineBreakBefore(doc, j)) return false;
  // (not one whose partner after و the role has no room left for: the two stay together)
  if (j + 1 - i >= MAX_ROLE_TOKENS && !!toks[j + 1] && /^وال.{2,}ي(ه)?$/.test(toks[j + 1].norm)) return false;
  let k = j - 1;
  if (k > i && nisba(k)) k--;
  if (k <= i) return false;
  const m = /^و?(لل|ال)(.+)$/.exec(toks[k].norm);
  return !!m && (INSTITUTION.has(m[2]) || INSTITUTION.has('ال' + m[2]));
}

/** Words with ال that can complete a title: everything but nisba-like family names (ending in ي after ال). */
function isRoleComplementWord(w: string): boolean {
  // Family names with ال are mostly nisbas (الأنصاري، العلاق is not): nisba-like endings stop the role
  // unless they are listed qualifiers.
  if (/ي$/.test(w) && !/(لي|وي)$/.test(w)) return QUALIFIERS.has(w) || INSTITUTION_ADJECTIVES.has(w.replace(/^(لل|ل)/, 'ال'));
  return true;
}

/** The singular title of a plural/dual one: الرئيسان → الرئيس، وزيرا → وزير، الوزراء → (unchanged). */
export function singularTitle(text: string): string {
  const words = text.split(/\s+/);
  const w = words[0];
  let s = w;
  if (/ان$/.test(w) && w.length > 4) s = w.slice(0, -2);
  else if (/ين$/.test(w) && w.length > 4) s = w.slice(0, -2);
  else if (/ا$/.test(w) && w.length > 3) s = w.slice(0, -1);
  // (the dual in construct: "وزيري الثقافة والسياحة")
  else if (/ي$/.test(w) && w.length >= 4) s = w.slice(0, -1);
  // (and its adjectives: "السيناتورين الجمهوريين" → "السيناتور الجمهوري")
  // ("العضوين المستقلين" → "العضو المستقل"، "الرئيسان التنفيذيان" → "الرئيس التنفيذي": the dual of other adjectives)
  // (the adjectives right after the title agree with it; what follows them, "لمجلس مقاطعة الجزيرة", is left as written)
  let agreeing = true;
  const rest = words.slice(1).map((x) => {
    if (/^ال.{2,}ي(ين|ان)$/.test(x)) return x.slice(0, -2);
    if (agreeing && /^ال.{3,}(ين|ان)$/.test(x) && /(ان|ين)$/.test(w)) return x.slice(0, -2);
    agreeing = false;
    return x;
  });
  return [s, ...rest].join(' ');
}

/** A role phrase with its nationality words removed, for counterparts: "وزير الخارجية الروسي" → "وزير الخارجية". */
export function roleWithoutNationality(doc: Doc, role: RoleSpan): string {
  if (!role.nationality) return role.text;
  const [a, b] = role.nationality;
  const before = doc.text.slice(role.start, doc.tokens[a].start).trim();
  const after = b < role.to ? doc.text.slice(doc.tokens[b].start, role.end).trim() : '';
  return [before, after].filter(Boolean).join(' ');
}
