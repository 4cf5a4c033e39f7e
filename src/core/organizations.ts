/**
 * Organizations: names from the dictionary (UN bodies, alliances, parties, agencies, companies...)
 * and the shapes Arabic news gives institutions: a head noun and its complement ("وزارة الخزانة
 * الأمريكية"، "حزب العدالة والتنمية"، "البنك المركزي العراقي"، "بنك مصر")، with an acronym in
 * parentheses joining the same organization ("حركة المقاومة الإسلامية (حماس)").
 */
import { orgRows } from './dictionaries.ts';
import { Claim, isPunct, lineBreakBefore, offsetAfter, orgCanonicals, type Doc } from './doc.ts';
import { isCommonAnyReading, isCommonWord, isFunctionWord, isMostlyWord, isNameLike } from './lexicon.ts';
import { normalizeWord } from './normalize.ts';
import { compoundFirstName, looksLikeVerb, nameForward, RULER_ORDINAL, TITLE_IN_NAME } from './names.ts';
import { DIRECTIONS, isFreeRange, marketAt, PLACE_NAME_OPENERS, STREET_HEAD } from './places.ts';
import { wordFlag, wordTest, type Token } from './tokenize.ts';

export interface OrgMention {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  canonical: string;
  /** Canonical of an acronym or full name given beside it in parentheses, joined to this one. */
  alias: string | null;
  /** Found by the dictionary (strong) or by a head-noun pattern (weaker). */
  /** 'club': a club named by its sports context (a head, a sports noun): strong evidence, as a listed name is. */
  /** 'dateline': the outlet a dateline names ("أربيل – زاغروس بريس:"): its place in the line says what it is. */
  source: 'dictionary' | 'pattern' | 'club' | 'dateline';
}

/** Head nouns that open an organization's name, with what their complement needs. */
const HEADS: Record<string, 'definite' | 'nationality' | 'name'> = {
  'وزاره': 'definite',
  // ("خفر السواحل الإيطالي": a coast guard, with its nationality; five golds count it, one leaves it out as a force)
  'خفر': 'definite',
  'حزب': 'name',
  'حركه': 'name',
  'جامعه': 'name',
  'شركه': 'name',
  'وكاله': 'definite',
  'منظمه': 'definite',
  'جمعيه': 'definite',
  'هيئه': 'definite',
  'موسسه': 'definite',
  'مصرف': 'name',
  'بنك': 'name',
  'صندوق': 'definite',
  'مجلس': 'nationality',
  'اتحاد': 'definite',
  'جبهه': 'definite',
  'تحالف': 'definite',
  'تيار': 'definite',
  'محكمه': 'definite',
  'مفوضيه': 'definite',
  'البنك': 'nationality',
  'المصرف': 'nationality',
  'نادي': 'name',
  'رابطه': 'definite',
  'نقابه': 'definite',
  'دايره': 'definite',
  'مستشفي': 'definite',
  'بورصه': 'name',
  'صحيفه': 'name',
  'جريده': 'name',
  'قناه': 'name',
  // ("إذاعة المهرة"، "إذاعة فرنسا الدولية": a radio station named by its place or its name)
  'اذاعه': 'name',
  'مجموعه': 'name',
  'شبكه': 'name',
  // ("أكاديمية الفنون"، "أكاديمية الشرطة": an academy named by its field, or by its place, "أكاديمية قطر")
  'اكاديميه': 'definite',
  // ("كونسرفتوار موسكو": a conservatory named by its city)
  'كونسرفتوار': 'name',
  'منصه': 'name',
  'ديوان': 'definite',
  'مجمع': 'definite',
  'سوق': 'name',
  'سلطه': 'name',
  'لجنه': 'definite',
  'امانه': 'definite',
  'برلمان': 'name',
  'غرفه': 'definite',
  'نيابه': 'definite',
  // ("منتخب النشامى": a national team named by its nickname is a body, as a club is; one named by its country is the
  // country (the golds: 21 against 4). "المنتخب العراقي" with the adjective names none, as set 24 has it.)
  'منتخب': 'name',
  // ("معهد شنغهاي للدراسات الدولية": an institute named by its city and its field)
  'معهد': 'name',
  // ("جهاز حماية المنافسة"، "جهاز الاستثمار العماني"، "مصلحة الطيران المدني": bodies of the state)
  'جهاز': 'definite',
  'مصلحه': 'definite',
  // ("كتلة اللقاء الديمقراطي"، "تكتل الجمهورية القوية": a parliamentary bloc, named by its definite words)
  'كتله': 'definite',
  'تكتل': 'definite',
  // ("كونفدرالية دول الساحل": a confederation of states)
  'كونفدراليه': 'definite',
  // ("سفارة نيبال"، "السفارة الأمريكية": an embassy named by its country; fifteen gold pages count it, two leave it)
  'سفاره': 'name',
  'السفاره': 'nationality',
  // ("الشرطة اليونانية"، "البحرية الإريترية": a country's police or navy named by its nationality; the golds list them)
  'الشرطه': 'nationality',
  'البحريه': 'nationality',
  // ("التلفزيون الجزائري"، "الإذاعة المصرية": a country's state broadcaster named by its nationality)
  'التلفزيون': 'nationality',
  'الاذاعه': 'nationality',
  // ("القوات الجوية الملكية السعودية"، "سلاح الجو الملكي البحريني": a country's armed forces or one of their arms;
  // read by forcesAt only)
  'القوات': 'nationality',
  'سلاح': 'nationality',
};

/** The degree of a court or a prosecution office, written after its seat. */
const COURT_DEGREE = new Set(['الكليه', 'الجزييه', 'الابتداييه', 'الاستينافيه', 'الاقتصاديه', 'العسكريه']);

/** Heads (of media, and a party's) whose listed name of two words or more after them is read whole: "صحيفة يسرائيل هيوم"، "حزب إسرائيل بيتنا". */
const HEADS_OF_LISTED = new Set(['صحيفه', 'جريده', 'قناه', 'اذاعه', 'شبكه', 'مجله', 'حزب']);

/** Adjectives that describe a body's ties or time rather than name it. */
const DESCRIBING = new Set(['المقرر', 'المقرره', 'المرتقب', 'المرتقبه', 'المزمع', 'المزمعه', 'التابع', 'التابعه', 'التابعين', 'الجديد', 'الجديده', 'الحالي', 'الحاليه', 'السابق', 'السابقه', 'المقبل', 'المقبله', 'الماضي', 'الماضيه', 'المذكور', 'المذكوره', 'نفسه', 'ذاته']);

/** Heads after which a definite ordinary word still names a body when a nationality follows it: "شركة البترول الكويتية". */
const DESCRIBED_BY_NATIONALITY = new Set(['شركه', 'مجموعه', 'مصرف', 'بنك', 'صحيفه', 'جريده', 'شبكه', 'اكاديميه']);

/** Last three letters of every head: a cheap first test before trying proclitic splits. */
const HEAD_TAILS = new Set(Object.keys(HEADS).map((h) => normalizeWord(h).slice(-3)));
/** و ف ب ل ك: the letters a proclitic can start with. */
const PROCLITIC_FIRST = new Set([0x0648, 0x0641, 0x0628, 0x0644, 0x0643]);
/** HEADS as a map: a token is any string ("constructor" is no head), and a map lookup is cheaper. */
const HEAD_OF = new Map(Object.entries(HEADS).map(([k, v]) => [normalizeWord(k), v]));

/** Generic bodies that name no particular organization without a country: not organizations alone. */
const GENERIC = new Set(['لجنه السياسه النقديه', 'الحكومه', 'البرلمان', 'الوزاره', 'المجلس', 'الحزب', 'الحركه', 'البنك', 'الوكاله', 'الهيئه', 'اللجنه', 'الشركه', 'هيئه الدفاع', 'هيئه المحكمه', 'لجنه التحقيق', 'صندوق الثروه السيادي', 'غرفه العمليات', 'غرفه عمليات', 'الجهاز الاداري للدوله', 'البنك المركزي', 'المصرف المركزي', 'هيئه الرياسه', 'هيئه التحكيم', 'هيئه التدريس', 'هيئه تدريس'].map(normalizeWord));

/** A description that names no body in particular ("الحكومة"، "البنك المركزي"): 57 gold pages of 74 leave the bare central bank out. */
export function genericOrgName(text: string): boolean {
  const n = normalizeWord(text);
  // (or a bare head noun: "أعلنت منظمة «كفى عنف واستغلال»" names the body in its quotes)
  return GENERIC.has(n) || (!n.includes(' ') && HEAD_OF.has(n) && !/^ال/.test(n));
}

export function findOrganizations(doc: Doc, from: number, to: number): OrgMention[] {
  const out: OrgMention[] = [];
  const toks = doc.tokens;
  let i = from;
  while (i < to) {
    // (A name in Latin letters only from the lists: "OpenAI"، "G42".)
    if (doc.claimed[i] !== Claim.Free || (toks[i].kind !== 'word' && !(toks[i].kind === 'latin' && doc.res.orgs.matchAt(toks, i, false)))) {
      i++;
      continue;
    }
    const club = clubAt(doc, i);
    if (club) {
      const start = offsetAfter(doc.text, toks[club.from], club.skip);
      out.push({ from: club.from, to: club.to, start, end: toks[club.to - 1].end, text: doc.text.slice(start, toks[club.to - 1].end), canonical: club.canonical, alias: null, source: 'club' });
      for (let k = club.from; k < club.to; k++) doc.claimed[k] = Claim.Org;
      i = club.to;
      continue;
    }
    // ("سوق العطارين"، "سوق الخميس": an old market named by its trade or its day is a place, found with the facilities)
    if (marketAt(doc, i)) {
      i++;
      continue;
    }
    const dict = doc.res.orgs.matchAt(toks, i, true);
    // "دوري روشن السعودي"، "كأس أمم أفريقيا": a competition is no body, and the places and sponsors in its name name
    // nothing in the story (thirteen gold pages leave them out, one marks them).
    if (dict && dict.value.kind === 'sports' && COMPETITION.test(normalizeWord(dict.value.canonical))) {
      for (let k = i; k < dict.to; k++) doc.claimed[k] = Claim.Work;
      i = dict.to;
      continue;
    }
    const shaped = medicalCityAt(doc, i) ?? townClubAt(doc, i) ?? cityClubAt(doc, i) ?? localBodyAt(doc, i) ?? sectorDirectorateAt(doc, i) ?? researchCentreAt(doc, i) ?? festivalAt(doc, i) ?? troupeAt(doc, i) ?? museumAt(doc, i) ?? publisherAt(doc, i) ?? municipalUnionAt(doc, i) ?? hospitalNamedAt(doc, i) ?? policeForceAt(doc, i) ?? securityUnitAt(doc, i) ?? militaryUnitAt(doc, i) ?? departmentAt(doc, i) ?? directorateAt(doc, i) ?? universityOfTownAt(doc, i) ?? namedForPersonAt(doc, i) ?? patternAt(doc, i) ?? definiteHeadAt(doc, i) ?? mediaNameAt(doc, i) ?? nationalCompanyAt(doc, i) ?? namedInstitutionAt(doc, i) ?? suffixCompanyAt(doc, i) ?? olympicCommitteeAt(doc, i) ?? purposeCompanyAt(doc, i);
    // (an outlet in a dateline, "أربيل – زاغروس بريس:", found by its shape or by its place in the line)
    // (only where a dateline's outlet can stand: a line's start, after a dash or a bracket)
    const outlet = i === 0 || lineBreakBefore(doc, i) || (toks[i - 1].kind === 'punct' && /^[-–—(]$/.test(toks[i - 1].norm)) ? datelineOutletAt(doc, i) : null;
    let pat = shaped ?? outlet ?? acronymNamedAt(doc, i) ?? municipalityAt(doc, i) ?? schoolAt(doc, i);
    // ("المديرية العامة للأمن الوطني والدرك الوطني": a listed body after و inside a pattern's name is the next body)
    if (pat) {
      for (let k = i + 2; k < pat.to; k++) {
        if (!/^و/.test(toks[k].norm)) continue;
        const next = doc.res.orgs.matchAt(toks, k, true);
        // (or a body's head with its adjective: "… لاستغلال وتوزيع المياه والمندوبية الجهوية للتنمية الفلاحية")
        const head = DEFINITE_HEADS.has(toks[k].norm.slice(1)) && k + 1 < pat.to && /^ال.{2,}(ي|يه)$/.test(toks[k + 1].norm);
        if (head || (next && next.clitic === 'و' && next.to <= pat.to && next.to - k >= 2)) {
          pat = { ...pat, to: k, canonical: doc.text.slice(offsetAfter(doc.text, toks[i], pat.skip), toks[k - 1].end).replace(/\s+/g, ' ') };
          break;
        }
      }
    }
    // ("نيابة أمن الدولة العليا لموقفهم القانوني": a noun with a pronoun of its own, "their", is the sentence's; no
    // body's name goes through it)
    if (pat) {
      for (let k = i + 2; k < pat.to; k++) {
        if (!hasPronounSuffix(toks[k].norm)) continue;
        pat = k - i >= 2 ? { ...pat, to: k, canonical: doc.text.slice(offsetAfter(doc.text, toks[i], pat.skip), toks[k - 1].end).replace(/\s+/g, ' ') } : null;
        break;
      }
    }
    let m: { to: number; skip: number; canonical: string; source: OrgMention['source'] } | null = null;
    // A country's army is a body (92 gold pages list it, 36 leave it); "جيش الاحتلال" is not (9 pages of 10 leave it).
    const occupation = !!dict && dict.value.kind === 'military' && /^جيش الاحتلال/.test(dict.value.canonical);
    // "العين السخنة": a longer listed place that starts here is the place, not the club "العين".
    const placeHere = dict ? doc.res.places.matchAt(toks, i, true) : null;
    const placeLonger = !!placeHere && !!dict && placeHere.to > dict.to;
    // A club named like its city or like an ordinary word (الريان، الشارقة، التعاون) is the club only
    // with a sports word right around it, not merely somewhere in a sports article.
    const clubLikePlace = !!dict && dict.value.kind === 'sports' && dict.to === i + 1 && (dict.value.ambiguous || doc.res.places.matchAt(toks, i, true)?.to === dict.to);
    const sportsOk = !dict || dict.value.kind !== 'sports' || ((clubLikePlace ? localSports(doc, i) : sportsContext(doc, i)) && !notAClub(doc, i, dict.to, dict.skip, dict.value.canonical));
    // ("الجامع الأزهر": the mosque, a place, where الأزهر alone is the institution)
    const mosque = !!dict && dict.to === i + 1 && dict.skip === 0 && i > 0 && !lineBreakBefore(doc, i) && /^(و|ف)?(ب|ل)?الجامع$/.test(toks[i - 1].norm);
    // ("ساحة الأمم المتحدة"، "شارع جامعة الدول العربية": a street or a square named after a listed body is a place)
    const street = !!dict && i > 0 && !lineBreakBefore(doc, i) && dict.skip === 0 && STREET_HEAD.test(toks[i - 1].norm);
    if (dict && !occupation && !placeLonger && !mosque && !street && cliticOk(dict.clitic) && sportsOk && !GENERIC.has(matchedText(doc, i, dict.to, dict.skip))) {
      // ("لتنمية وإعمار اليمن": a listed name that is also a word, behind a proclitic, is the word.)
      // (Also one the lists know as a place: "الفاو" is the Iraqi port unless "منظمة" or brackets say FAO.)
      // ("إعادة إعمار قطاع غزة"، "حول إعمار المناطق": a listed name that is also a verbal noun, as the noun: after
      // إعادة, or in construct with a definite word or a place)
      const nounUse = dict.value.ambiguous && dict.to === i + 1 && ((i > 0 && !lineBreakBefore(doc, i) && /^(و|ف)?(ب|ل)?اعاده$/.test(toks[i - 1].norm)) || (!!toks[i + 1] && !lineBreakBefore(doc, i + 1) && toks[i + 1].kind === 'word' && (/^ال.{2,}/.test(toks[i + 1].norm) || !!doc.res.places.matchAt(toks, i + 1, false)) && !isFunctionWord(toks[i + 1].norm) && dict.value.kind === 'company'));
      // ("الجمعية العامة" alone is the UN's only in a story that names the UN; else a company's or a club's general
      // assembly: "أقرت الجمعية العامة للبنك توزيع الأرباح")
      const organ = dict.to === i + 2 && generalAssemblyOnly(doc, i, dict.to, dict.skip);
      const ambiguous = organ || !clubLikePlace && dict.value.ambiguous && dict.to === i + 1 && (nounUse || isMostlyWord(firstWordAsMatched(toks[i].norm, dict.skip)) || dict.skip > 0 || (dict.value.kind !== 'sports' && doc.res.places.matchAt(toks, i, true)?.to === i + 1));
      if (!ambiguous || (!organ && (orgContext(doc, i) || knownCanonicals(doc).has(normalizeWord(dict.value.canonical))))) {
        // A listed name with its acronym in parentheses is read as two mentions of one organization.
        let end = dict.to;
        for (let k = i + 1; k < dict.to; k++) if (toks[k].norm === '(') end = Math.min(end, k);
        m = { to: end, skip: dict.skip, canonical: dict.value.canonical, source: 'dictionary' };
      }
    }
    // A listed name is whole: a pattern that only adds a coordinated noun ("منظمة الصحة العالمية والمنظمات الدولية") does not win.
    // Nor one that adds a purpose to a listed name of two words or more ("الاتحاد الأوروبي لتعزيز الصناعات الدفاعية":
    // the lists hold the real longer names, "الاتحاد الأوروبي لكرة القدم").
    // (with the article too after a body named by its nation: "للاتحاد الأوروبي للشؤون الخارجية والسياسة الأمنية" is
    // the body in a role's title; "الجمعية الوطنية للمحافظة على البيئة" goes on)
    const purposeAfterListed = !!m && m.source === 'dictionary' && m.to - i >= 2 && (/^ل[^ل]/.test(toks[m.to]?.norm ?? '') || (/^لل/.test(toks[m.to]?.norm ?? '') && doc.res.nationalities.matchAt(toks, m.to - 1, false)?.to === m.to));
    if (pat && (!m || (pat.to > m.to && !purposeAfterListed && !(m.source === 'dictionary' && /^و/.test(toks[m.to].norm))))) m = { ...pat, source: outlet && outlet.to === pat.to ? 'dateline' : 'pattern' };
    const quoted = quotedCompanyAt(doc, i);
    if (quoted && (!m || quoted.to > m.to)) m = { ...quoted, source: m && m.to === quoted.to ? m.source : 'pattern' };
    // ("في مصلحة الإقليم"، "مصلحة الخرطوم": "the interest of" a place or the people, no government department)
    if (m && m.source === 'pattern' && m.to === i + 2 && /^(و|ف)?(ب|ل)?مصلحه$/.test(toks[i].norm) && (doc.res.places.matchAt(toks, i + 1, false)?.to === i + 2 || /^ال(اقليم|بلاد|وطن|مواطن|مواطنين|شعب|دوله|جميع|طرفين|بلدين|عامه)$/.test(toks[i + 1].norm))) m = null;
    // ("لجنة التحكيم": a festival's or a prize's jury is no body of its own, whatever follows it)
    if (m && m.to > i + 1 && /^(و|ف)?(ب|ل)?لجنه$/.test(toks[i].norm) && toks[i + 1].norm === 'التحكيم') m = null;
    // ("الأصول البحرية الإماراتية"، "مجموعة سيوون البحرية": after a noun, البحرية is "maritime", no navy)
    if (m && m.source === 'pattern' && /^(و|ف)?(ب|ل)?البحريه$/.test(toks[i].norm) && i > 0 && !lineBreakBefore(doc, i) && toks[i - 1].kind === 'word' && !isFunctionWord(toks[i - 1].norm) && !looksLikeVerb(toks[i - 1].norm)) m = null;
    // ("غرفة العمليات الرئيسية"، "غرفة عمليات الطوارئ"، "غرفة الملابس": a room, no body; "المركز الإعلامي للنادي"،
    // "مجمع النادي": a part of "the club" named only by the back-reference)
    if (m && m.source === 'pattern' && m.to > i + 1 && ((/^(و|ف)?(ب|ل)?غرفه$/.test(toks[i].norm) && /^(ال)?(عمليات|ملابس|تحكم|اجتماعات)$/.test(toks[i + 1].norm)) || /^(لل|ال)(نادي|فريق)$/.test(toks[m.to - 1].norm) || GENERIC.has(normalizeWord(m.canonical)))) m = null;
    if (!m || insideTitle(doc, i, m.to)) {
      i++;
      continue;
    }
    // ("شركة قطر للطاقة والخطوط الجوية القطرية": a head before a listed body ends with it when و follows, the next body
    // of a list)
    // (and goes on to its end: "شركة قطر للطاقة تمضي" is no "شركة قطر")
    if (m.source === 'pattern' && m.to >= i + 2 && ORG_HEAD_BEFORE_NAME.test(toks[i].norm)) {
      const inner = doc.res.orgs.matchAt(toks, i + 1, false);
      if (inner && inner.to > i + 2 && ((inner.to < m.to && /^و/.test(toks[inner.to].norm)) || (inner.to > m.to && isFreeRange(doc, m.to, inner.to)))) m = { ...m, to: inner.to, canonical: doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[inner.to - 1].end) };
    }
    // "المكتب التنفيذي للجنة الأولمبية القطرية"، "الأمانة العامة لمجلس الوزراء": an organ of a body is named by the
    // body after ل; the body is the organization.
    if (m.source === 'pattern' && m.to > i + 3 && ORGAN.test(`${toks[i].norm} ${toks[i + 1].norm}`) && /^ل/.test(toks[i + 2].norm)) {
      doc.claimed[i] = doc.claimed[i + 1] = Claim.Organ;
      i += 2;
      continue;
    }
    // "شركتي أوراسكوم للإنشاءات والمقاولون العرب": after a dual head, the first name goes on over its trade.
    if (i > 0 && DUAL_HEAD.test(toks[i - 1].norm) && toks[m.to] && !lineBreakBefore(doc, m.to) && /^لل.{3,}/.test(toks[m.to].norm) && doc.claimed[m.to] === Claim.Free && !NOT_A_PURPOSE.has(toks[m.to].norm)) {
      m = { ...m, to: m.to + 1, canonical: doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[m.to].end), source: 'pattern' };
    }
    // ("الوداد الرياضي"، "الرجاء الرياضي": a listed club with the word "sporting" of its full name)
    if (m.source === 'dictionary' && dict?.value.kind === 'sports' && m.to === dict.to && SPORTING.test(toks[m.to]?.norm ?? '') && doc.claimed[m.to] === Claim.Free && !lineBreakBefore(doc, m.to)) m = { ...m, to: m.to + 1 };
    const start = offsetAfter(doc.text, toks[i], m.skip);
    const end = toks[m.to - 1].end;
    const mention: OrgMention = { from: i, to: m.to, start, end, text: doc.text.slice(start, end), canonical: m.canonical, alias: null, source: m.source };
    // "شركة مبادلة للاستثمار" ... "مبادلة": a listed name inside a name found by its shape is the same body.
    // (Only a company or group named by one listed word after its head: "مفوضية الأمم المتحدة ..." is no alias of the UN.)
    if (m.source === 'pattern' && m.to - i >= 2 && HEAD_OF.get(toks[i].norm.slice(m.skip)) === 'name') {
      const inner = doc.res.orgs.matchAt(toks, i + 1, false);
      if (inner && inner.to === i + 2) mention.alias = inner.value.canonical;
    }
    out.push(mention);
    for (let k = i; k < m.to; k++) doc.claimed[k] = Claim.Org;
    // "(حماس)" right after: an alias of the same organization.
    // "(حماس)"، «أرامكو السعودية»: an acronym or short name in brackets, guillemets or quotes right after.
    // (also after the quoted name's closing mark: "شركة «كيستريل ميتالز» (Kestrel Metals)")
    const after = quoted && m.to === quoted.to && /^[»"”]$/.test(toks[m.to]?.norm ?? '') && toks[m.to + 1]?.norm === '(' ? m.to + 1 : m.to;
    const opener = toks[after]?.norm;
    const closer = opener === '(' ? ')' : opener === '«' ? '»' : opener === '"' || opener === '“' ? '"”' : null;
    if (closer && (closer.includes(toks[after + 2]?.norm ?? '#') || closer.includes(toks[after + 3]?.norm ?? '#'))) {
      const close = closer.includes(toks[after + 2]?.norm ?? '#') ? after + 2 : after + 3;
      const inner = doc.res.orgs.matchAt(toks, after + 1, false);
      const a = after + 1;
      // (A word, not "و" between two quoted titles: "ليل الفاو" و"مرايا الكرخ".)
      if ((toks[a].kind === 'word' && toks[a].norm.length >= 2 && !isFunctionWord(toks[a].norm)) || toks[a].kind === 'latin') {
        const aStart = toks[a].start;
        const aEnd = toks[close - 1].end;
        const aliasText = doc.text.slice(aStart, aEnd);
        const canonical = inner && inner.to === close ? inner.value.canonical : mention.canonical;
        mention.alias = canonical;
        out.push({ from: a, to: close, start: aStart, end: aEnd, text: aliasText, canonical, alias: mention.canonical, source: inner ? 'dictionary' : 'pattern' });
        for (let k = a; k < close; k++) doc.claimed[k] = Claim.Org;
        i = close + 1;
        continue;
      }
    }
    // "ناديا كاظمة والقادسية"، "حزبا الوفد والتجمع": after a dual head the second name is a body too.
    const second = i > 0 && DUAL_HEAD.test(toks[i - 1].norm) ? m.to : -1;
    if (second >= 0 && toks[second]?.kind === 'word' && doc.claimed[second] === Claim.Free && !lineBreakBefore(doc, second) && /^و.{3,}/.test(toks[second].norm) && !isFunctionWord(toks[second].norm)) {
      const listed = doc.res.orgs.matchAt(toks, second, true);
      const to2 = listed && listed.clitic === 'و' ? listed.to : second + 1;
      const start2 = offsetAfter(doc.text, toks[second], 1);
      const text2 = doc.text.slice(start2, toks[to2 - 1].end);
      out.push({ from: second, to: to2, start: start2, end: toks[to2 - 1].end, text: text2, canonical: listed && listed.clitic === 'و' ? listed.value.canonical : text2, alias: null, source: 'pattern' });
      for (let k = second; k < to2; k++) doc.claimed[k] = Claim.Org;
      i = to2;
      continue;
    }
    i = m.to;
  }
  for (const m of out) embassyCanonical(doc, m);
  return out;
}

/**
 * "سفارة الجمهورية العربية السورية"، "السفارة السورية"، "سفارة سوريا": one embassy, named after its country
 * ("سفارة سوريا"), so that its spellings join.
 */
function embassyCanonical(doc: Doc, m: OrgMention): void {
  const toks = doc.tokens;
  const head = toks[m.from].norm.replace(/^[وفبلك]{1,2}(?=(ال)?سفاره$)/, '').replace(/^لل(?=سفاره$)/, 'ال');
  if (head !== 'سفاره' && head !== 'السفاره') return;
  const k = m.from + 1;
  if (k >= m.to) return;
  const place = doc.res.places.matchAt(toks, k, false);
  let country = place && place.to === m.to ? place.value.canonical : null;
  // ("سفارة المملكة الأردنية الهاشمية": the state's style, ending in its nationality)
  if (!country) {
    for (let j = m.to - 1; j >= k && !country; j--) {
      const nat = doc.res.nationalities.matchAt(toks, j, false);
      if (nat && nat.to === m.to) country = nat.value.country;
    }
  }
  if (country) m.canonical = 'سفارة ' + country;
}

/** Heads of a province's departments, named by a chain of nouns and the province: "دائرة توزيع كهرباء ميسان". */
/** Heads of bodies that, right after مصلحة, make it "the interest of" that body ("لمصلحة المؤسسة …"). */
const BODY_HEAD_AFTER_INTEREST = /^ال(موسسه|شركه|وزاره|هييه|جمعيه|دوله|حكومه|بلديه|مجلس|صندوق|بنك|جامعه)$/;
const DEPARTMENT_HEAD = new Set(['دايره', 'مديريه', 'اداره', 'هييه', 'مصلحه', 'قسم', 'شعبه']);

/** Organs of a body, named with the body after ل (see findOrganizations). */
/** Heads written before a company's or a body's own name: "شركة قطر للطاقة"، "مجموعة …". */
const ORG_HEAD_BEFORE_NAME = /^(و|ف|ب|ل)?(ال)?(شركه|شركتي|مجموعه|موسسه)$/;

const ORGAN = /^(المكتب التنفيذي|المجلس التنفيذي|اللجنه التنفيذيه|الامانه العامه|الهييه الاداريه|الجمعيه العموميه|المكتب السياسي|الهييه البرلمانيه|الكتله البرلمانيه)$/;

/** Institutions named after a dated day (see patternAt). */
const DATED_NAME_HEAD = new Set(['جامعه', 'مستشفي', 'مدرسه', 'ثانويه']);


/** Dual heads of two names: ناديا/ناديي، حزبا/حزبي، شركتا/شركتي، حركتا، صحيفتا، قناتا. */
const DUAL_HEAD = /^(و|ف|ب|ل)?(ال)?(ناديا|ناديي|حزبا|حزبي|شركتا|شركتي|حركتا|حركتي|صحيفتا|صحيفتي|قناتا|قناتي|جماعتا|جماعتي)$/;

function matchedText(doc: Doc, from: number, to: number, skip: number): string {
  return doc.tokens.slice(from, to).map((t, k) => (k === 0 ? t.norm.slice(skip) : t.norm)).join(' ');
}

const HEAD_BEFORE = /^(و|ف|ب|ل)?(ال)?(حركه|حزب|قناه|صحيفه|جريده|وكاله|شركه|نادي|ناديا|ناديي|منظمه|جماعه|تنظيم|موقع)$/;

/**
 * "أعلنت بلدية بيروت"، "بالتنسيق مع بلدية بيروت": the municipality acting is a body (six gold sets against two);
 * "في بلدية حجوط"، "ببلدية العلمة" (a commune where something happens) stays a place.
 */
/** A word that ends in بلديه (municipalityAt's first test), once per word. */
const endsBaladiya = wordFlag((w) => w.endsWith('بلديه'));

function municipalityAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!endsBaladiya(t)) return null;
  const m = /^(و|ف)?(ل)?بلديه$/.exec(t.norm);
  if (!m || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  const prev = i > 0 && !lineBreakBefore(doc, i) ? toks[i - 1].norm : '';
  if (/^[وف]?(في|داخل|بمنطقه)$/.test(prev)) return null;
  // (after its head's title, "رئيس بلدية الخيام"، "عميد بلدية أوباري", five gold pages count the town, as a place)
  if (prev && doc.res.titles.matchAt(toks, i - 1, true)) return null;
  const place = doc.res.places.matchAt(toks, i + 1, false);
  // (a town no list holds stays a place: "بلدية تاجرونة" is an Algerian commune, as the golds of sets 110, 121, 133 read it)
  if (!place) return null;
  const to = place.to;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, t, skip);
  return { to, skip, canonical: doc.text.slice(start, toks[to - 1].end).replace(/\s+/g, ' ') };
}

/** Levels of a school, which name one after its name: "الابتدائية"، "الثانوية". */
const SCHOOL_LEVEL = /^(الابتداييه|الاعداديه|الثانويه|المتوسطه|الاساسيه|النموذجيه|الشامله)$/;

/** "مدرسة النهضة الثانوية للبنات"، "مدرسة السودة الابتدائية": a school named with its level ("مدرسة الحياة" is none). */
/** The word ends in مدرسه (asked at every token: once per word). */
const endsMadrasa = wordFlag((w) => w.endsWith('مدرسه'));

function schoolAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  // "ثانوية الأندلس للبنات"، "متوسطة الفارابي": a school named by its level and a definite proper word.
  const lv = mayOpenInstitution(t) ? /^(و|ف)?(ب|ل)?(ثانويه|متوسطه|ابتداييه|اعداديه)$/.exec(t.norm) : null;
  // ("ثانوية العقيد عميروش"، "ثانوية الإخوة بوخالفة": a school named after a titled man or a family)
  if (lv && toks[i + 2] && !lineBreakBefore(doc, i + 1) && !lineBreakBefore(doc, i + 2) && doc.claimed[i + 1] === Claim.Free && doc.claimed[i + 2] === Claim.Free && (TITLE_IN_NAME.test(toks[i + 1].norm) || /^ال(اخوه|شهيد|شهيده|مجاهد)$/.test(toks[i + 1].norm) || doc.res.titles.matchAt(toks, i + 1, false)?.value.category === 'military_rank') && toks[i + 2].kind === 'word' && !isFunctionWord(toks[i + 2].norm) && !isCommonAnyReading(toks[i + 2].norm)) {
    const name = nameForward(doc, i + 2, 4);
    const j = name && name[0] === i + 2 ? name[1] : i + 3;
    const skip = (lv[1]?.length ?? 0) + (lv[2]?.length ?? 0);
    const start = offsetAfter(doc.text, t, skip);
    return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
  }
  if (lv && toks[i + 1] && !lineBreakBefore(doc, i + 1) && doc.claimed[i + 1] === Claim.Free && /^ال.{3,}/.test(toks[i + 1].norm) && !isCommonAnyReading(toks[i + 1].norm) && !doc.res.nationalities.matchAt(toks, i + 1, false)) {
    let j = i + 2;
    if (toks[j] && !lineBreakBefore(doc, j) && /^لل(بنات|بنين)$/.test(toks[j].norm)) j++;
    const skip = (lv[1]?.length ?? 0) + (lv[2]?.length ?? 0);
    const start = offsetAfter(doc.text, t, skip);
    return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
  }
  if (!endsMadrasa(t)) return null;
  const m = /^(و|ف)?(ب|ل)?مدرسه$/.exec(t.norm);
  if (!m) return null;
  let j = i + 1;
  // (up to five words: "مدرسة الشهيد عبد المنعم رياض الثانوية بنات")
  while (j < toks.length && j - i <= 5 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && toks[j].kind === 'word' && !SCHOOL_LEVEL.test(toks[j].norm) && !isFunctionWord(toks[j].norm)) j++;
  if (j === i + 1 || !toks[j] || lineBreakBefore(doc, j) || !SCHOOL_LEVEL.test(toks[j].norm)) return null;
  j++;
  // ("مدرسة طنطا الثانوية العسكرية بنين"، "مدرسة السادات الثانوية المشتركة": the school's kind after its level)
  if (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && /^ال(عسكريه|حديثه|مشتركه|رسميه|خاصه|تجريبيه|فنيه|صناعيه|تجاريه|زراعيه|نموذجيه|دوليه|قوميه)$/.test(toks[j].norm)) j++;
  if (toks[j] && !lineBreakBefore(doc, j) && /^(لل)?(بنات|بنين)$/.test(toks[j].norm)) j++;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, t, skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/** Generic heads of a body (an administration, a mission, a unit) that name one only with an acronym after them. */
const ACRONYM_HEADS = new Set(['اداره', 'مديريه', 'مصلحه', 'سلطه', 'وحده', 'بعثه', 'قوه', 'مكتب', 'جهاز', 'برنامج', 'مرصد', 'شبكه', 'تجمع', 'ايتلاف', 'منتدي', 'مبادره', 'خليه', 'قياده']);

/** Last three letters of every acronym head: a cheap first test. */
const ACRONYM_TAILS = new Set([...ACRONYM_HEADS].map((h) => h.slice(-3)));
/** ACRONYM_TAILS.has(t.norm.slice(-3)), once per word. */
const hasAcronymTail = wordFlag((w) => ACRONYM_TAILS.has(w.slice(-3)));

/**
 * "إدارة الكوارث والطوارئ (آفاد)"، "بعثة الاتحاد الأفريقي الانتقالية في الصومال (أتميس)": a generic head, its
 * definite words (or a place, a nationality, "في" + a place last), then an acronym of one word in parentheses:
 * the acronym says a particular body is named.
 */
function acronymNamedAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!hasAcronymTail(t)) return null;
  const skip = ACRONYM_HEADS.has(t.norm) ? 0 : PROCLITIC_FIRST.has(t.norm.charCodeAt(0)) ? procliticSkip(t.norm) : -1;
  if (skip < 0) return null;
  let j = i + 1;
  let words = 0;
  while (j < toks.length && words < 8 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) {
    const w = toks[j];
    if (w.kind !== 'word') break;
    const place = doc.res.places.matchAt(toks, j, true);
    if (place && (place.clitic === '' || place.clitic === 'و')) {
      j = place.to;
      words++;
      continue;
    }
    if (/^و?ال..+/.test(w.norm) && !isFunctionWord(w.norm) && !doc.res.titles.matchAt(toks, j, false)) {
      j++;
      words++;
      continue;
    }
    if (words > 0 && w.norm === 'في') {
      const inPlace = doc.res.places.matchAt(toks, j + 1, false);
      if (inPlace && isPunct(doc, inPlace.to, '(')) j = inPlace.to;
    }
    break;
  }
  if (words === 0 || !isPunct(doc, j, '(') || !isPunct(doc, j + 2, ')')) return null;
  const a = toks[j + 1];
  // (An acronym may spell a word, "آفاد"; an aside in brackets is none: "(سابقا)"، "(أرشيف)", a place, an agency.)
  if (!a || (a.kind !== 'word' && a.kind !== 'latin') || a.norm.length < 3 || isFunctionWord(a.norm) || BRACKET_ASIDE.test(a.norm) || doc.res.places.matchAt(toks, j + 1, true) || doc.res.nationalities.matchAt(toks, j + 1, true) || doc.res.orgs.matchAt(toks, j + 1, false)?.value.kind === 'media') return null;
  const start = offsetAfter(doc.text, t, skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/** Words set in brackets that are asides, not acronyms. */
const BRACKET_ASIDE = /^(مثلا|تقريبا|سابقا|حاليا|لاحقا|ارشيف|ارشيفيه|يمين|يسار|وسط|صور|صوره|فيديو|تصوير|مصدر|وكالات|اعلان)$/;

/** The length of a proclitic run (و ف then ب ل ك) before one of the acronym heads, or -1. */
function procliticSkip(w: string): number {
  const rest = w.replace(/^(و|ف)?(ب|ل|ك)?/, '');
  return rest.length < w.length && ACRONYM_HEADS.has(rest) ? w.length - rest.length : -1;
}

/** A head noun right before a one-word name ("حركة حماس"، "قناة العربية"), or quotes/parentheses around it. */
function orgContext(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (prev && HEAD_BEFORE.test(prev.norm)) return true;
  // "المنامة في 16 سبتمبر/ بنا/": an agency's dateline mark between slashes.
  if (prev && prev.norm === '/' && doc.tokens[i + 1]?.norm === '/') return true;
  // "إزمير/ الأناضول"، "الحديدة - سبأ": the agency that ends a dateline line.
  const next = doc.tokens[i + 1];
  if (prev && /^[/\-–]$/.test(prev.norm) && (!next || lineBreakBefore(doc, i + 1) || /^[:：]$/.test(next.norm))) return true;
  return !!prev && (prev.norm === '(' || prev.norm === '"' || prev.norm === '«') && /^[)"»]$/.test(doc.tokens[i + 1]?.norm ?? '');
}

/**
 * "الجمعية العامة" at [i, to) names a company's or a club's general assembly, not the UN's: the story names no UN and
 * no listed body follows ("الجمعية العامة العادية لشركة …"). The tagger's span there is no organization either.
 */
export function generalAssemblyOnly(doc: Doc, i: number, to: number, skip: number): boolean {
  return to === i + 2 && matchedText(doc, i, to, skip) === 'الجمعيه العامه' && !knownCanonicals(doc).has('الامم المتحده') && !doc.res.orgs.matchAt(doc.tokens, to, true);
}

/** Canonicals of the organizations named unambiguously (two words or more) anywhere in the document. */
function knownCanonicals(doc: Doc): Set<string> {
  return orgCanonicals(doc);
}

/**
 * The body is the office itself: "رئيس مجلس الوزراء" is the prime minister and "رئيس مجلس النواب" the speaker,
 * titles of government and of parliaments that readers do not split into a person and a body. A body inside
 * any other listed title is named: "رئيسة المفوضية الأوروبية"، "المتحدث باسم الكرملين"، "الأمين العام لحلف
 * شمال الأطلسي", and so is a council that is a collective head of state ("رئيس مجلس السيادة"، "رئيس مجلس القيادة
 * الرئاسي") or a chamber a member sits in ("عضو مجلس الشيوخ").
 */
const OFFICE_TITLE = new Set(['government', 'legislature', 'monarch']);

function insideTitle(doc: Doc, from: number, to: number): boolean {
  for (let k = Math.max(0, from - 2); k < from; k++) {
    const t = doc.res.titles.matchAt(doc.tokens, k, true);
    // (the body may carry the nationality of the office: "رئيس مجلس الوزراء المصري"، "رئيس مجلس الدولة الصيني")
    const natTail = t && t.to < to && doc.res.nationalities.matchAt(doc.tokens, t.to, false)?.to === to;
    if (!t || !t.value.isRole || (t.to < to && !natTail) || !OFFICE_TITLE.has(t.value.category) || /^(?:ال)?(?:متحدث|ناطق)/.test(doc.tokens[k].norm)) continue;
    // A parliament's member is no speaker: "عضو مجلس الشيوخ" names the chamber.
    if (t.value.category === 'legislature' && /^(?:ال)?عضو/.test(doc.tokens[k].norm)) continue;
    return true;
  }
  return false;
}

/** "نادي الاتفاق"، "فريق الخليج": a club head before a definite word. */
const CLUB_HEAD = /^(?:و|ف)?(?:ب|ل)?(?:نادي|فريق)$/;
/** Sports nouns whose complement is a club: "مدرب الخليج"، "مهاجم الشرطة"، "لاعبي القوة الجوية"، "ضيفه الخليج". */
const CLUB_OF = /^(?:و|ف)?(?:ب|ل)?(?:ال)?(?:مدرب|مدربي|مهاجم|مهاجمي|لاعب|لاعبي|لاعبو|حارس|مرمي|مدافع|مدافعي|نجم|نجوم|هداف|جماهير|مشجعي|رصيد|ضيفه|مضيفه|نظيره|منافسه|شباك|فريقي|ناديي)$/;
/** Teams that are no clubs: "فريق العمل"، "فريق الإنقاذ"، "فريق الدفاع" (lawyers), "نادي الصحافة". */
const NOT_A_CLUB_WORD = new Set(['العمل', 'الانقاذ', 'البحث', 'التحقيق', 'الخبراء', 'الدفاع', 'الاطفاء', 'الاسعاف', 'الطبي', 'التفاوض', 'المفاوضين', 'الاممي', 'الرياضي', 'الاول', 'الاخر', 'الضيف', 'المضيف', 'المنافس', 'الخصم', 'الصحافه', 'الصحفيين', 'القضاه', 'الاعلامي', 'الرئاسي', 'الوطني', 'المحلي', 'الزاير', 'الكبير', 'الصغير', 'التطوع', 'المتطوعين', 'الادعاء', 'الحكومي', 'العمال', 'الفني', 'التقني', 'الهندسي', 'الاعمال', 'الكتاب', 'القراءه', 'السينما', 'الكره', 'القدم', 'المدرب', 'المدربين', 'الاطباء', 'المحامين', 'المنتخب', 'الفريق', 'النادي', 'المباراه', 'الدوري']);

interface ClubName {
  /** Normalised words of the club's name ("القوه الجويه"). */
  words: string[];
  canonical: string;
}

let listedClubBases: Map<string, string[][]> | null = null;

/**
 * The bare names of listed clubs that the lists give only with their country ("الخليج السعودي"، "القوة الجوية
 * العراقي"), by first word: alone such a name is a place or a common word, and needs a club's context.
 */
function clubBases(): Map<string, string[][]> {
  if (listedClubBases) return listedClubBases;
  listedClubBases = new Map();
  for (const [name, , kind] of orgRows) {
    if (kind !== 'sports') continue;
    const ws = name.split(/\s+/).map(normalizeWord);
    if (ws.length < 2 || ws.length > 3 || !/^ال.+ي$/.test(ws[ws.length - 1])) continue;
    const base = ws.slice(0, -1);
    if (!/^ال/.test(base[0])) continue;
    const list = listedClubBases.get(base[0]) ?? [];
    if (!list.some((b) => b.join(' ') === base.join(' '))) list.push(base);
    listedClubBases.set(base[0], list);
  }
  return listedClubBases;
}

const clubNamesMemo = new WeakMap<Doc, Map<string, ClubName[]>>();

/**
 * The clubs a sports story names unmistakably, by first word: after a club head ("نادي الاتفاق"، "فريق الخليج"),
 * or a listed club's bare name after a sports noun ("مدرب الخليج"، "مهاجم الشرطة"). Anywhere in the story that
 * name alone, near sport, is then the club and not the place or common word it also is.
 */
function clubNames(doc: Doc): Map<string, ClubName[]> {
  let m = clubNamesMemo.get(doc);
  if (m) return m;
  m = new Map();
  clubNamesMemo.set(doc, m);
  if (!clearSportsArticle(doc)) return m;
  const toks = doc.tokens;
  const bases = clubBases();
  const add = (i: number, words: string[]) => {
    const list = m!.get(words[0]) ?? [];
    if (list.some((c) => c.words.join(' ') === words.join(' '))) return;
    list.push({ words, canonical: doc.text.slice(toks[i].start, toks[i + words.length - 1].end) });
    list.sort((a, b) => b.words.length - a.words.length);
    m!.set(words[0], list);
  };
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].kind !== 'word' || lineBreakBefore(doc, i + 1)) continue;
    const head = CLUB_HEAD.test(toks[i].norm);
    // "يحل ضيفا على القادسية": the host of a match
    if (toks[i].norm === 'ضيفا' && toks[i + 1].norm === 'علي' && toks[i + 2] && !lineBreakBefore(doc, i + 2)) i++;
    else if (!head && !CLUB_OF.test(toks[i].norm)) continue;
    const w = toks[i + 1];
    if (w.kind !== 'word' || !/^ال.{3,}$/.test(w.norm) || NOT_A_CLUB_WORD.has(w.norm)) continue;
    const listed = bases.get(w.norm)?.find((b) => b.every((x, k) => toks[i + 1 + k]?.norm === x && (k === 0 || !lineBreakBefore(doc, i + 1 + k))));
    // ("المدافع المصري": a nationality after a sports noun is the player's.)
    if (listed && !(listed.length === 1 && doc.res.nationalities.matchAt(toks, i + 1, false)?.to === i + 2)) add(i + 1, listed);
    else if (head && !doc.res.titles.matchAt(toks, i + 1, true) && !doc.res.nationalities.matchAt(toks, i + 1, false) && !(isNisba(w.norm) && !doc.res.places.getNormalized(w.norm))) add(i + 1, [w.norm]);
  }
  if (!m.size) return m;
  // The story's listed full name of the club ("الوحدة الإماراتي") is its canonical, so both are one entity.
  for (let i = 0; i < toks.length; i++) {
    const list = m.get(toks[i].norm);
    if (!list) continue;
    const dict = doc.res.orgs.matchAt(toks, i, false);
    if (!dict || dict.value.kind !== 'sports') continue;
    for (const c of list) if (dict.to === i + c.words.length + 1) c.canonical = dict.value.canonical;
  }
  return m;
}

/** A club of clubNames at i: "نادي X" (the head is part of the name), "فريق X" (X alone), or X alone near sport. */
function clubAt(doc: Doc, i: number): { from: number; to: number; skip: number; canonical: string } | null {
  const names = clubNames(doc);
  if (!names.size) return null;
  const toks = doc.tokens;
  const t = toks[i];
  if (t.kind !== 'word') return null;
  const fits = (c: ClubName, at: number, first: string) => c.words.every((x, k) => (k === 0 ? first === x : toks[at + k]?.norm === x && doc.claimed[at + k] === Claim.Free && !lineBreakBefore(doc, at + k)));
  if (CLUB_HEAD.test(t.norm) && toks[i + 1] && doc.claimed[i + 1] === Claim.Free && !lineBreakBefore(doc, i + 1)) {
    const c = names.get(toks[i + 1].norm)?.find((c) => fits(c, i + 1, toks[i + 1].norm));
    if (!c) return null;
    const to = i + 1 + c.words.length;
    return /نادي$/.test(t.norm) ? { from: i, to, skip: t.norm.length - 4, canonical: c.canonical } : { from: i + 1, to, skip: 0, canonical: c.canonical };
  }
  const m = /^(و|ف)?(ب|ل|ك)?/.exec(t.norm)!;
  for (let skip = m[0].length; skip >= 0; skip--) {
    const rest = t.norm.slice(skip);
    // (ل + ال is written لل: "للخليج" is ل + "الخليج")
    const first = names.has(rest) ? rest : skip > 0 && t.norm[skip - 1] === 'ل' && rest[0] === 'ل' ? 'ا' + rest : '';
    const c = names.get(first)?.find((c) => fits(c, i, first));
    if (!c || !localSports(doc, i)) continue;
    // A longer body that starts here is that body: "الاتحاد السعودي لكرة القدم" is no club "الاتحاد".
    const to = i + c.words.length;
    const longer = Math.max(doc.res.orgs.matchAt(toks, i, true)?.to ?? 0, (patternAt(doc, i) ?? definiteHeadAt(doc, i))?.to ?? 0);
    if (longer > to) return null;
    return { from: i, to, skip, canonical: c.canonical };
  }
  return null;
}

/**
 * "لوكا زيدان (غرناطة الإسباني)"، "انتقل إلى نيس الفرنسي": in a sports story, a listed city followed by its own
 * country's adjective in the masculine (a city takes the feminine: "مدينة نيس الفرنسية") is the club named after it.
 * The mention is the city's name alone; the adjective says which country's league.
 */
function cityClubAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  // (a sports story first: asked at every free word, and answered once per text; then a masculine relational
  // adjective within three words, before any list is asked)
  if (!clearSportsArticle(doc)) return null;
  const toks = doc.tokens;
  if (!(mayBeMasculineNisba(toks[i + 1]) || mayBeMasculineNisba(toks[i + 2]) || mayBeMasculineNisba(toks[i + 3]))) return null;
  // ("نادي رويال أنتويرب البلجيكي": after the club's noun, which the mention keeps, as clubAt does)
  if (/^(و|ف)?(ب|ل)?نادي$/.test(toks[i].norm) && toks[i + 1] && !lineBreakBefore(doc, i + 1) && doc.claimed[i + 1] === Claim.Free) {
    const c = cityClubAt(doc, i + 1);
    return c ? { to: c.to, skip: toks[i].norm.length - 4, canonical: c.canonical } : null;
  }
  const here = cityWithAdjective(doc, i, i, true);
  if (here) return here;
  // ("رويال أنتويرب البلجيكي"، "فاب ياوندي الكاميروني": a word of the club's own before the city, no list's word)
  const w = toks[i];
  if (w.kind !== 'word' || !toks[i + 1] || lineBreakBefore(doc, i + 1) || w.norm.length < 3 || isFunctionWord(w.norm) || isCommonAnyReading(w.norm) || isMostlyWord(w.norm) || doc.res.firstNames.has(w.norm) || doc.res.titles.matchAt(toks, i, true) || doc.res.orgs.matchAt(toks, i, true)) return null;
  const after = cityWithAdjective(doc, i, i + 1, false);
  return after ? { to: after.to, skip: 0, canonical: doc.text.slice(w.start, toks[after.to - 1].end).replace(/\s+/g, ' ') } : null;
}

/** /^ال.{3,}ي$/ on a token's word (none past the text's end), once per word. */
const masculineNisba = wordTest(/^ال.{3,}ي$/);
function mayBeMasculineNisba(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && masculineNisba(t);
}

/** A listed city at `at` and its country's adjective in the masculine after it, free from `from` (cityClubAt has asked for a sports story). */
function cityWithAdjective(doc: Doc, from: number, at: number, clitics: boolean): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const place = doc.res.places.matchAt(toks, at, clitics);
  if (!place || (place.value.kind !== 'city' && place.value.kind !== 'capital') || !place.value.iso2 || !/^[وفبل]{0,2}$/.test(place.clitic)) return null;
  const j = place.to;
  const adj = toks[j];
  if (!adj || adj.kind !== 'word' || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free || !/^ال.{3,}ي$/.test(adj.norm)) return null;
  const nat = doc.res.nationalities.matchAt(toks, j, false);
  if (!nat || nat.to !== j + 1 || nat.value.iso2 !== place.value.iso2) return null;
  for (let k = from; k < j; k++) if (doc.claimed[k] !== Claim.Free) return null;
  return { to: j, skip: place.skip, canonical: place.value.canonical };
}

/** Heads of Maghreb clubs named after their town: "شبيبة سكيكدة"، "مولودية وجدة"، "وفاق سطيف"، "اتحاد بن قردان". */
const TOWN_CLUB_HEAD = /^(و|ف)?(ب|ل)?(شبيبه|مولوديه|وفاق|اولمبيك|اتحاد|مستقبل|شباب)$/;
/** TOWN_CLUB_HEAD.test(t.norm), once per word (townClubAt asks at every free token). */
const mayBeTownClubHead = wordTest(TOWN_CLUB_HEAD);

/**
 * A club head and a listed town (no country, no region) in a story about sport: the club named after the town. The
 * heads that are words too ("مستقبل"، "شباب"، "اتحاد": the future, the youth, a union of) need a sports word nearby.
 */
function townClubAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (t.kind !== 'word' || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  if (!mayBeTownClubHead(t)) return null;
  const m = TOWN_CLUB_HEAD.exec(t.norm)!;
  const town = doc.res.places.matchAt(toks, i + 1, false);
  if (!town || !/^(city|capital|district)$/.test(town.value.kind) || town.value.ambiguous) return null;
  for (let k = i + 1; k < town.to; k++) if (doc.claimed[k] !== Claim.Free || (k > i + 1 && lineBreakBefore(doc, k))) return null;
  const plain = /^(شبيبه|مولوديه|وفاق|اولمبيك)$/.test(m[3]);
  if (!(plain ? clearSportsArticle(doc) || localSports(doc, i) : wordNear(doc, i, CLEAR_SPORTS_WORD, 6, 7, false) || (clearSportsArticle(doc) && localSports(doc, i)))) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const text = doc.text.slice(offsetAfter(doc.text, t, skip), toks[town.to - 1].end).replace(/\s+/g, ' ');
  return { to: town.to, skip, canonical: text };
}

function cliticOk(c: string): boolean {
  return c === '' || /^[وفبلك]{1,2}$/.test(c);
}

/** Sports clubs whose names are ordinary words (الأهلي، الهلال) need a sports word nearby. */
const SPORTS_WORD = /^(و|ف|ب|ل)?(ال)?(مباراه|دوري|كاس|نادي|فريق|هدف|اهداف|مدرب|لاعب|بطوله|فوز|تعادل|مواجهه|ملعب|ستاد|الجوله|جوله|القمه|الديربي|ديربي|مهاجم|حارس|الشوط|شوط|سباق|حلبه|سايق|سايقي|الفورمولا|فورمولا)/;

/** The first word as the dictionary matched it: "للتعاون" (skip 1) → "التعاون". */
function firstWordAsMatched(norm: string, skip: number): string {
  const rest = norm.slice(skip);
  return skip > 0 && norm.startsWith('لل', skip - 1) ? 'ا' + rest : rest;
}

/**
 * A one-word club name that is something else here: a portfolio ("وزير الدولة لشؤون الشباب") or the
 * short form of a body named in full before ("الاتحاد الكويتي لكرة اليد" ... "جدد الاتحاد الثقة").
 */
function notAClub(doc: Doc, i: number, to: number, skip: number, canonical: string): boolean {
  if (to !== i + 1) return false;
  const toks = doc.tokens;
  // A club named by an ordinary noun ("الشباب"، "التعاون"، "الوحدة") used as the noun, even in a sports report: with a
  // nationality after it ("الشباب الخليجي"), coordinated with a word that is no club ("الشباب والشابات"، "الشباب
  // والرياضة"), or as an age group after ل ("البطولة الآسيوية للشباب"، "كأس العالم للشباب").
  if (isMostlyWord(firstWordAsMatched(toks[i].norm, skip))) {
    const next = toks[i + 1] && !lineBreakBefore(doc, i + 1) ? toks[i + 1] : null;
    if (next && doc.res.nationalities.matchAt(toks, i + 1, false)?.to === i + 2) return true;
    if (next && next.kind === 'word' && /^و.{3,}/.test(next.norm) && (isMostlyWord(next.norm.slice(1)) || isCommonAnyReading(next.norm.slice(1))) && !doc.res.orgs.matchAt(toks, i + 1, true)) return true;
    if (skip > 0 && /ل/.test(toks[i].norm.slice(0, skip)) && wordNear(doc, i, AGE_GROUP_HEAD, 4, 0, false)) return true;
  }
  if (i > 0 && /^(ل|و)?(شوون|وزاره|وزير|وزيره|رعايه)$/.test(toks[i - 1].norm)) return true;
  // ("ابن الجهراء"، "المنحدر من الفحيحيل": where a man was born or comes from is the town; "القادم من ميلان" is a
  // player's last club, so not after قادم)
  if (i >= 2 && toks[i - 1].norm === 'من' && /^(ال)?(اصله|المنحدر|المنحدره|ينحدر|تنحدر)$/.test(toks[i - 2].norm)) return true;
  if (i >= 1 && /^(في|بمدينه|بمنطقه|بمحافظه|سكان|اهالي|ابناء)$/.test(toks[i - 1].norm) && doc.res.places.matchAt(toks, i, false)?.to === to && !CLUB_ROLE_BEFORE.test(toks[i - 2]?.norm ?? '')) return true;
  // "الريال اليمني": a club word with a nationality the lists do not give the club is something else (here the
  // currency), outside a sports report.
  if (!clearSportsArticle(doc) && toks[i + 1] && !lineBreakBefore(doc, i + 1) && doc.res.nationalities.matchAt(toks, i + 1, false)?.to === i + 2) return true;
  const word = firstWordAsMatched(toks[i].norm, skip);
  for (let k = 0; k < i - 1; k++) {
    if (doc.claimed[k] !== Claim.Org || doc.claimed[k + 1] !== Claim.Org || (k > 0 && doc.claimed[k - 1] === Claim.Org)) continue;
    const first = toks[k].norm;
    if (first !== word && !(first.length === word.length + 1 && /^[وفبل]/.test(first) && first.endsWith(word))) continue;
    // (Not when the longer name is the club's own: "الهلال السعودي" ... "الهلال".)
    let end = k;
    while (end < toks.length && doc.claimed[end] === Claim.Org) end++;
    const listed = doc.res.orgs.matchAt(toks, k, true);
    // (nor its full name with "sporting": "الوداد الرياضي" ... "للوداد")
    if (!listed || listed.value.canonical !== canonical || (listed.to !== end && !(listed.to === end - 1 && SPORTING.test(toks[end - 1].norm)))) return true;
  }
  return false;
}

/** Words a few places before "للشباب" that make it an age group: a championship, a cup, a team, a category. */
const AGE_GROUP_HEAD = /^(و|ف|ب|ل)?(ال)?(بطوله|كاس|منتخب|منتخبات|دوري|فيه|فئه|فئات|اولمبياد|العاب|مدينه|مركز|مراكز|وزاره|وزير|وزيره|مهرجان|ملتقي|مخيم|جايزه)$/;

/** Words before «في» that put a club there, not a town: "لاعب في الجهراء"، "مدرب في القادسية". */
const CLUB_ROLE_BEFORE = /^(لاعب|لاعبا|مدرب|مدربا|محترف|محترفا|حارس|حارسا|مهاجم|مهاجما|عضو|عضوا|رييس|مدافع|مدافعا|لعب|يلعب|احترف|انتقل)$/;

/** "Sporting", the last word of many clubs' full names ("الوداد الرياضي"). */
const SPORTING = /^الرياضي(ه)?$/;

/** A sports word within a few words of the name, or a club head right before it ("نادي الريان"). */
function localSports(doc: Doc, i: number): boolean {
  return orgContext(doc, i) || clearSportsArticle(doc) || wordNear(doc, i, CLEAR_SPORTS_WORD, 6, 7, false);
}

/** A sports report: several words that belong to sport alone (a political piece may have فوز، جولة، القمة). */
/**
 * The whole-text facts the organization rules ask of a document (is it a sports story, which clubs it names, is a
 * sports word anywhere), worked out at once: the engine asks for them in a step of their own, so that the first
 * chunk does not pay for the whole text in one go (a long task on a 50,000-word page).
 */
export function prepareOrganizations(doc: Doc): void {
  clubNames(doc);
  inArticle(doc, SPORTS_WORD);
}

export function clearSportsArticle(doc: Doc): boolean {
  return inArticle(doc, CLEAR_SPORTS_WORD);
}


export function teamSportsArticle(doc: Doc): boolean {
  return inArticle(doc, TEAM_SPORTS_WORD);
}

/** Sports words that are nothing else (not فوز، جولة، القمة، مواجهة, which politics uses too; nor فريق, a team of
 * engineers or of rescuers as often: "فريق المركز"، "فريق العمليات" in a story of a satellite). */
const SPORT_ONLY_WORDS = 'مباراه|مباراتي|دوري|كاس|نادي|ناديا|ناديي|انديه|هدف|هدفين|اهداف|مدرب|لاعب|لاعبي|بطوله|تعادل|ملعب|ستاد|الديربي|ديربي|مهاجم|حارس|الشوط|شوط';
const CLEAR_SPORTS_WORD = new RegExp(`^(و|ف|ب|ل)?(ال)?(${SPORT_ONLY_WORDS})$`);
/** The same with «فريق»: where «الفريق» is the team, not the rank (roles ask it). */
const TEAM_SPORTS_WORD = new RegExp(`^(و|ف|ب|ل)?(ال)?(${SPORT_ONLY_WORDS}|فريق)$`);

/** A sports word near the name, or a sports article (several sports words anywhere). */
function sportsContext(doc: Doc, i: number): boolean {
  return inArticle(doc, SPORTS_WORD) || wordNear(doc, i, SPORTS_WORD, 12, 12, true);
}

const articleWords = new WeakMap<Doc, Map<RegExp, boolean>>();

/** re.test(t.norm) once per word, for the patterns inArticle is given. */
const wordTests = new Map<RegExp, (t: Token) => boolean>();

/** Four words or more of the document match `re` (counted once per document and pattern). */
function inArticle(doc: Doc, re: RegExp): boolean {
  let byPattern = articleWords.get(doc);
  if (!byPattern) articleWords.set(doc, (byPattern = new Map()));
  let yes = byPattern.get(re);
  if (yes === undefined) {
    let n = 0;
    let test = wordTests.get(re);
    if (!test) wordTests.set(re, (test = wordTest(re)));
    for (const t of doc.tokens) if (t.kind === 'word' && test(t) && ++n >= 4) break;
    yes = n >= 4;
    byPattern.set(re, yes);
  }
  return yes;
}

/** A token in [i - before, i + after) matches `re` (token i itself only when `self`). */
function wordNear(doc: Doc, i: number, re: RegExp, before: number, after: number, self: boolean): boolean {
  const hi = Math.min(doc.tokens.length, i + after);
  for (let k = Math.max(0, i - before); k < hi; k++) if ((self || k !== i) && re.test(doc.tokens[k].norm)) return true;
  return false;
}

/** The word is a head of HEAD_OF, as written or after its proclitics (patternAt's first test), once per word. */
const mayBeHead = wordFlag((head) => {
  if (HEAD_OF.get(head)) return true;
  if (!PROCLITIC_FIRST.has(head.charCodeAt(0)) || !HEAD_TAILS.has(head.slice(-3))) return false;
  const rest = head.replace(/^(و|ف)?(ب|ل|ك)?/, '');
  if (HEAD_OF.has(rest)) return !!HEAD_OF.get(rest);
  return head.startsWith('لل') && !!HEAD_OF.get('ال' + head.slice(2));
});

/** What moves, after حركة: traffic, trade, travel, migration ("حركة العبور"، "حركة الملاحة"، "حركة النزوح"). */
const TRAFFIC = new Set(['العبور', 'المرور', 'السير', 'الملاحه', 'التجاره', 'النقل', 'الطيران', 'البيع', 'الشراء', 'السفر', 'النزوح', 'الهجره', 'التنقل', 'الشحن', 'المسافنه', 'الحاويات', 'البضايع', 'التداول', 'الاسواق', 'السياحه', 'الاستيراد', 'التصدير', 'السفن', 'الشاحنات', 'المسافرين', 'الزوار', 'الركاب', 'الاسعار', 'الاموال', 'الرياح', 'القطارات', 'الحافلات', 'السيارات', 'الدخول', 'الخروج', 'العوده']);

/** A definite noun at j, a singular nationality and a listed first name: "الناقدة البحرينية منى", a person by trade. */
function personByTradeAt(doc: Doc, j: number): boolean {
  const toks = doc.tokens;
  const nat = toks[j + 2] && !lineBreakBefore(doc, j + 1) && !lineBreakBefore(doc, j + 2) ? doc.res.nationalities.matchAt(toks, j + 1, false) : null;
  if (!nat || nat.to !== j + 2 || !/(ي|يه)$/.test(toks[j + 1].norm)) return false;
  const first = toks[j + 2].norm;
  return doc.res.firstNames.has(first) || doc.res.ambiguousFirstNames.has(first);
}

/** The arms named after "القوات" or "سلاح" in a country's forces. */
const FORCE_ARMS: Record<string, ReadonlySet<string>> = {
  'القوات': new Set(['المسلحه', 'الجويه', 'البريه', 'البحريه']),
  'سلاح': new Set(['الجو', 'البحريه']),
};
const ROYAL = new Set(['الملكيه', 'الملكي', 'السلطانيه', 'السلطاني', 'الاميريه', 'الاميري']);

/**
 * "القوات الجوية الملكية السعودية"، "سلاح الجو الملكي البحريني"، "للقوات المسلحة المالية": a country's armed forces or
 * one of their arms, named by the arm, a royal adjective or none, and the nationality (the golds list 40 such names
 * and leave 2). Without an arm, "القوات الأمريكية" are troops, no body's name.
 */
function forcesAt(doc: Doc, i: number, skip: number, head: string): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  let j = i + 1;
  const free = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  if (!free(j) || !FORCE_ARMS[head].has(toks[j].norm)) return null;
  const armed = toks[j].norm === 'المسلحه';
  j++;
  const plain = j;
  if (free(j) && ROYAL.has(toks[j].norm)) j++;
  // ("القوات المسلحة العربية الليبية": "Arab" before the country's own adjective)
  if (free(j) && /^العربيه$/.test(toks[j].norm) && free(j + 1) && doc.res.nationalities.matchAt(toks, j + 1, false)?.to === j + 2) j++;
  if (!free(j)) return null;
  const nat = doc.res.nationalities.matchAt(toks, j, false);
  if (!nat || nat.to !== j + 1 || !/^ال/.test(toks[j].norm)) return null;
  j++;
  // ("القوات المسلحة اللبنانية" … "الجيش اللبناني": the armed forces are the country's army, one body; the lists name
  // the listed ones so)
  if (armed && j === plain + 1) return { to: j, skip, canonical: 'الجيش ' + doc.text.slice(toks[j - 1].start, toks[j - 1].end).replace(/[ةه]$/, '') };
  const text = doc.text.slice(offsetAfter(doc.text, toks[i], skip), toks[j - 1].end).replace(/\s+/g, ' ');
  return { to: j, skip, canonical: toks[i].norm.slice(skip).startsWith('ل') ? 'ا' + text : text };
}

/** Adjectives of a committee or an authority that no noun shares: "اللجنة المستقلة"، "اللجنة المشتركة". */
const COMMITTEE_ADJECTIVE = /^(المستقله|المشتركه|المختصه|المكلفه|العليا|الدايمه|الموقته)$/;

/** A financial market's word within the four words from j: "سوق دبي المالي"، "سوق مسقط للأوراق المالية". */
function financialMarketAfter(doc: Doc, j: number): boolean {
  for (let k = j; k < j + 4 && k < doc.tokens.length && !lineBreakBefore(doc, k); k++) if (/^(المالي|الماليه|للاوراق|العالمي)$/.test(doc.tokens[k].norm)) return true;
  return false;
}

/** Indefinite adjectives of size or age: after a body's head they describe a thing of its kind. */
const HEAD_SIZE = new Set(['كبير', 'كبيره', 'صغير', 'صغيره', 'جديد', 'جديده', 'قديم', 'قديمه', 'ضخم', 'ضخمه', 'عملاق', 'عملاقه', 'واسع', 'واسعه', 'ضيق', 'ضيقه', 'مظلم', 'مظلمه', 'مغلق', 'مغلقه', 'صغيرتين', 'كبيرتين']);

function patternAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  // (Most words are no head: answered once per word.)
  if (!mayBeHead(t)) return null;
  let skip = 0;
  let head = t.norm;
  let need = HEAD_OF.get(head);
  if (!need && PROCLITIC_FIRST.has(head.charCodeAt(0)) && HEAD_TAILS.has(head.slice(-3))) {
    const rest = head.replace(/^(و|ف)?(ب|ل|ك)?/, '');
    if (HEAD_OF.has(rest)) {
      skip = head.length - rest.length;
      head = rest;
      need = HEAD_OF.get(rest);
    } else if (head.startsWith('لل') && HEAD_OF.has('ال' + head.slice(2))) {
      skip = 1;
      head = 'ال' + head.slice(2);
      need = HEAD_OF.get(head);
    }
  }
  if (!need) return null;
  // ("بغرفة صغيرة بحي المزة"، "في قناة جديدة": an indefinite adjective of size or age right after the head describes a
  // room, a channel, a company; no body is named so)
  if (toks[i + 1] && !lineBreakBefore(doc, i + 1) && HEAD_SIZE.has(toks[i + 1].norm)) return null;
  if (head === 'القوات' || head === 'سلاح') return forcesAt(doc, i, skip, head);
  // ("للجنة المستقلة للانتخابات": ل + "اللجنة", the three lams written two, is the definite head's body)
  if (skip > 0 && /^[وف]?لل/.test(t.norm) && head.startsWith('ل') && DEFINITE_HEADS.has('ال' + head)) {
    const definite = definiteHeadAt(doc, i);
    if (definite) return definite;
  }
  // ("تحالف جلفار للهندسة والمقاولات وتروجان …"، "تحالف سيمنز موبيليتي": an alliance of companies named after it is no
  // body of its own; the companies are)
  if (head === 'تحالف' && toks[i + 1] && !lineBreakBefore(doc, i + 1) && (purposeCompanyAt(doc, i + 1) || suffixCompanyAt(doc, i + 1) || doc.res.orgs.matchAt(toks, i + 1, false)?.value.kind === 'company')) return null;
  // ("شبكة الري"، "شبكة الكهرباء الأوكرانية"، "شبكة استغلت": a network of pipes, wires or people, named by an ordinary
  // word or followed by a verb, is no body; a media network says so, "شبكة أفق الإخبارية")
  if (head === 'شبكه' && toks[i + 1] && !lineBreakBefore(doc, i + 1) && toks[i + 1].kind === 'word' && !doc.res.orgs.matchAt(toks, i, true)) {
    const w1 = toks[i + 1].norm;
    const media = toks.slice(i + 2, i + 4).some((t) => /^ال(اخباريه|اعلاميه|تلفزيونيه|اذاعيه)$/.test(t.norm));
    // (or a verbal noun of a derived form, which the lexicon may not hold: "شبكة الإنارة العامة"، "شبكة الاتصال")
    if (!media && (looksLikeVerb(w1) || (/^ال/.test(w1) && (isCommonAnyReading(w1) || isMostlyWord(w1))) || isCommonAnyReading(w1) || /^ال(است..ا.|ت..ي.|ت.ا..|ا..ا.|ان..ا.|ا.ت.ا.|ا.ا.ه)$/.test(w1))) return null;
  }
  // ("حركة العبور"، "حركة الملاحة"، "قناة الري"، "مجموعة مستوطنين": the traffic of a crossing, an irrigation canal, a
  // group of people of some kind; no movement, channel or group by name)
  if (toks[i + 1] && !lineBreakBefore(doc, i + 1) && !doc.res.orgs.matchAt(toks, i, true)) {
    const w1 = toks[i + 1].norm;
    // (a movement's name goes on with its adjective: "حركة البناء الوطني")
    const named = !!toks[i + 2] && !lineBreakBefore(doc, i + 2) && /^ال.{2,}(ي|يه)$/.test(toks[i + 2].norm);
    if (head === 'حركه' && TRAFFIC.has(w1) && !named) return null;
    // ("حركة نشطة"، "حركة الفلسطينيين": an indefinite adjective, or a people in the plural, moves; it names no party)
    // ("حركة الكثبان الرملية": sands on the move, adjective or not)
    if (head === 'حركه' && ((!/^ال/.test(w1) && /ه$/.test(w1) && doc.text.charCodeAt(toks[i + 1].end - 1) === 0x0629) || /^ال.{2,}يين$/.test(w1) || /^ال(كثبان|رمال)$/.test(w1))) return null;
    // ("حركة تصديره"، "حركة السوق وتقلباتها": a verbal noun with a possessive pronoun is no movement's name)
    if (head === 'حركه' && /^[^ا].{3,}(ه|ها|هم)$/.test(w1) && doc.text.charCodeAt(toks[i + 1].end - 1) !== 0x0629) return null;
    if (head === 'قناه' && /^ال(ري|صرف|مياه|تصريف|ملاحه)$/.test(w1)) return null;
    // ("بمقر ديوان عام المحافظة": the governorate's head office, a building, no body's name)
    if (head === 'ديوان' && w1 === 'عام') return null;
    // ("منصة الاستجواب"، "منصة التتويج": a podium named by what happens on it; a platform has a name, "منصة إحسان")
    // (a verbal noun of a derived form: "الاستجواب"، "التتويج"، "الانطلاق")
    if (head === 'منصه' && /^ال.{3,}/.test(w1) && (isCommonAnyReading(w1) || isMostlyWord(w1) || /^ال(است..ا.|ت..ي.|ت.ا..|ا..ا.|ان..ا.|ا.تا.)$/.test(w1))) return null;
    if (head === 'مجموعه' && /^[^ا].{3,}ين$/.test(w1) && !doc.res.orgs.matchAt(toks, i + 1, false) && !doc.res.places.matchAt(toks, i + 1, false)) return null;
  }
  // ("قناة السويس"، "قناة بنما": a listed place whose name opens with قناة is the canal, no channel)
  const listedPlace = head === 'قناه' ? doc.res.places.matchAt(toks, i, true) : null;
  if (listedPlace && listedPlace.from === i && listedPlace.to > i + 1) return null;
  // "دائرة الداموس"، "دائرة سبها": a district (the Maghreb's daira, a constituency) is named by a proper word or a
  // place; a department is named by what it does ("دائرة الأراضي والأملاك"، "دائرة السياحة").
  if (head === 'دايره' && toks[i + 1] && toks[i + 1].kind === 'word' && !lineBreakBefore(doc, i + 1)) {
    const w = toks[i + 1].norm;
    const bare = w.replace(/^ال/, '');
    // ("دائرة الأرصاد الجوية"، "دائرة الأحوال المدنية": an adjective after it describes a department.)
    const adj = toks[i + 2] && !lineBreakBefore(doc, i + 2) && /^ال.{2,}(ي|يه|ه)$/.test(toks[i + 2].norm) && !doc.res.places.matchAt(toks, i + 2, false);
    if (doc.res.places.matchAt(toks, i + 1, false) || (!adj && bare.length >= 3 && !isMostlyWord(w) && !isCommonAnyReading(w) && !isCommonAnyReading(bare) && !isFunctionWord(w))) return null;
  }
  // "مجلس جهة الدار البيضاء سطات"، "مجلس محافظة كركوك": the council of a division named with its place.
  if (head === 'مجلس' && toks[i + 2] && COUNCIL_DIVISION.test(toks[i + 1].norm) && !lineBreakBefore(doc, i + 1) && !lineBreakBefore(doc, i + 2) && doc.claimed[i + 2] === Claim.Free) {
    const place = doc.res.places.matchAt(toks, i + 2, false);
    if (place) {
      let j = place.to;
      // (a region of two places side by side: "جهة الدار البيضاء سطات"، or joined by a hyphen: "جهة بني ملال-خنيفرة")
      if (isPunct(doc, j, '-‐‑') && !toks[j].spaceBefore && toks[j + 1] && !toks[j + 1].spaceBefore && toks[j + 1].kind === 'word') j++;
      const second = toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free ? doc.res.places.matchAt(toks, j, false) : null;
      if (second) j = second.to;
      const start = offsetAfter(doc.text, t, skip);
      return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
    }
  }
  // "كتلة الاتحاد الوطني الكردستاني": a bloc named by a listed party is the party, named as such.
  if ((head === 'كتله' || head === 'تكتل') && toks[i + 1] && !lineBreakBefore(doc, i + 1) && doc.res.orgs.matchAt(toks, i + 1, false)) return null;
  // ("تشكيل لجنة لحصر الأضرار"، "لجنة لصياغة البيان": a committee for a task, named by ل and its task, is ad hoc)
  if (head === 'لجنه' && toks[i + 1] && !lineBreakBefore(doc, i + 1) && /^ل[^ل]/.test(toks[i + 1].norm) && !doc.res.orgs.matchAt(toks, i, true)) return null;
  // "300 شركة ناشئة": a counted head is a kind of body, not one body's name.
  if (i > 0 && toks[i - 1].kind === 'number') return null;
  let j = i + 1;
  let words = 0;
  let sawNationality = false;
  let sawPlaceOrName = false;
  while (j < toks.length && words < 5 && !lineBreakBefore(doc, j)) {
    const w = toks[j];
    // "جامعة 20 أوت 1955"، "مستشفى 8 ماي 1945": an institution named after a dated day.
    if (words === 0 && w.kind === 'number' && DATED_NAME_HEAD.has(head) && toks[j + 2] && toks[j + 1].kind === 'word' && toks[j + 2].kind === 'number' && /^(1[89]|20)\d\d$/.test(toks[j + 2].norm) && !lineBreakBefore(doc, j + 1) && !lineBreakBefore(doc, j + 2) && !isFunctionWord(toks[j + 1].norm)) {
      j += 3;
      words += 3;
      sawPlaceOrName = true;
      break;
    }
    if (w.kind !== 'word' && w.kind !== 'latin') break;
    if (doc.claimed[j] !== Claim.Free) break;
    // ("وزارة الداخلية ألقت القبض": a past verb written with a hamza on its alef is no definite word of the name, though
    // its letters read ال once normalised)
    if (words > 0 && /^[أإ]ل/.test(doc.text.slice(w.start, w.start + 2)) && looksLikeVerb(w.norm)) break;
    // ("وطالبت وزارة الخارجية والمغتربين الأمم المتحدة بتوفير الحماية": after a name that ended on a word in و, a listed
    // body of two words or more is the verb's object, another body)
    if (words > 1 && /^و/.test(toks[j - 1].norm) && (doc.res.orgs.matchAt(toks, j, false)?.to ?? 0) >= j + 2) break;
    // ("صحيفة يسرائيل هيوم": a listed name of two words or more right after the head is the name, whole)
    // (a paper's, a channel's, a radio's, a network's or a party's: a company's head keeps its own reading, "شركة قطر
    // للطاقة")
    if (words === 0 && HEADS_OF_LISTED.has(head)) {
      const listed = doc.res.orgs.matchAt(toks, j, false);
      if (listed && listed.to > j + 1 && !lineBreakBefore(doc, listed.to - 1)) {
        let free = true;
        for (let k = j; k < listed.to; k++) if (doc.claimed[k] !== Claim.Free) free = false;
        if (free) {
          words += listed.to - j;
          j = listed.to;
          sawPlaceOrName = true;
          break;
        }
      }
    }
    const nat = doc.res.nationalities.matchAt(toks, j, false);
    if (nat && nat.to === j + 1) {
      if (words === 0 && need !== 'nationality' && head !== 'البنك') {
        // "وزارة الخارجية" needs its portfolio first; "حزب الروسي" is nothing.
        if (need === 'definite') break;
        // "شركة صينية"، "صحيفة أمريكية": an indefinite head with an indefinite nationality is a kind, not a name.
        // (Not "مصرف سورية المركزي": سورية is the country too.)
        if (!/^ال/.test(w.norm) && !/^ال/.test(head) && !doc.res.places.matchAt(toks, j, false)) break;
      }
      sawNationality = true;
      j++;
      words++;
      // "العربية السعودية"، "العربية السورية": after "Arab" the country's own adjective belongs to the name.
      if (/^ال?عربي(ه)?$/.test(w.norm) && doc.res.nationalities.matchAt(toks, j, false)?.to === j + 1 && !lineBreakBefore(doc, j)) j++;
      // "شركة البترول الكويتية العالمية": a body adjective after the nationality is still the name.
      if (toks[j] && BODY_ADJECTIVES.has(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) j++;
      break;
    }
    // "... السامية لشؤون اللاجئين"، "... لحقوق الإنسان": ل on an indefinite noun with its definite complement.
    // ("هيئة الانتخابات لإعلان الشغور": after a head and its definite noun, such a ل says what the body did.)
    const prev = toks[j - 1].norm;
    // ("وزارة التخطيط الاتحادية والأمانة العامة لمجلس الوزراء": و on a body's head opens the next body.)
    if (words > 0 && /^وال/.test(w.norm) && (DEFINITE_HEADS.has(w.norm.slice(1)) || w.norm === 'والامانه')) break;
    // ("وزارة الصحة والدفاع المدني": و on a listed body of two words or more opens that body)
    if (words > 0 && /^و/.test(w.norm)) {
      const next = doc.res.orgs.matchAt(toks, j, true);
      if (next && next.to >= j + 2 && next.clitic === 'و') break;
    }
    // ("خطة وزارة البلدية لزيادة المساحات الخضراء": a ministry is named by its portfolios; ل after them says what it
    // does, except «لشؤون»)
    if (words > 0 && head === 'وزاره' && /^ل[^ل]/.test(w.norm) && w.norm !== 'لشوون' && !doc.res.orgs.matchAt(toks, i, false)) break;
    // ("وزارة الحج والعمرة لتقييم الموسم": also after a coordinated noun.)
    if (words > 0 && /^ل[^ل]/.test(w.norm) && /^و?ال/.test(prev) && !isNisba(prev) && !BODY_ADJECTIVES.has(prev) && (!/ه$/.test(prev) || /^وال/.test(prev)) && !doc.res.orgs.matchAt(toks, i, false)) break;
    // ("هيئة الربط الكهربائي لدول مجلس التعاون الخليجي": the states of a listed body the organization serves)
    if (words > 0 && w.norm === 'لدول' && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
      const body = doc.res.orgs.matchAt(toks, j + 1, false);
      if (body && !lineBreakBefore(doc, body.to - 1)) {
        let ok = true;
        for (let k = j + 1; k < body.to; k++) if (doc.claimed[k] !== Claim.Free) ok = false;
        if (ok) {
          words += body.to - j;
          j = body.to;
          continue;
        }
      }
    }
    // (not after a hospital: "مستشفى المنصورة الدولي لتلقي العلاج" is where someone went to be treated)
    if (words > 0 && head !== 'مستشفي' && /^ل[^ل]/.test(w.norm) && w.norm.length > 3 && !isFunctionWord(w.norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال/.test(toks[j + 1].norm) && doc.claimed[j + 1] === Claim.Free && !isFunctionWord(toks[j + 1].norm)) {
      j += 2;
      words += 2;
      continue;
    }
    // "وكالة الأسوشيتد برس": the outlet's last word.
    if (words > 0 && MEDIA_SUFFIX.has(w.norm)) {
      j++;
      words++;
      break;
    }
    if (w.norm === 'الله' && head === 'حزب') {
      j++;
      words++;
      sawPlaceOrName = true;
      break;
    }
    if (isFunctionWord(w.norm) && !/^و?ال/.test(w.norm)) break;
    // ("لجنة تحكيم الأفلام الروائية الناقدة البحرينية منى العلوي": a definite noun, a nationality and a first name
    // are a person's trade and name, after the body)
    if (words > 0 && /^ال/.test(w.norm) && personByTradeAt(doc, j)) break;
    // ("سوق السمك": a common noun with the article, that the lexicon lists bare only, says what is sold; it names no
    // market body. A company or a bank is named so often: "بنك الواحة"، "شركة الرمال الذهبية".)
    if (words === 0 && head === 'سوق' && /^ال.{3,}/.test(w.norm) && !isCommonAnyReading(w.norm) && isCommonWord(w.norm.slice(2)) && isMostlyWord(w.norm.slice(2)) && !doc.res.firstNames.has(w.norm.slice(2)) && !isNameLike(w.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.orgs.matchAt(toks, i, true) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && (/^لل/.test(toks[j + 1].norm) || NAME_TAIL_ADJECTIVES.has(toks[j + 1].norm)))) break;
    // ("بنك ناصر الاجتماعي"، "بنك فيصل الإسلامي المصري": a bank named after a man, by his first name and its adjectives,
    // before a place of that name is tried: «فيصل» is a Giza district too)
    if (words === 0 && (head === 'بنك' || head === 'مصرف') && (doc.res.firstNames.has(w.norm) || doc.res.ambiguousFirstNames.has(w.norm)) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free && (NAME_TAIL_ADJECTIVES.has(toks[j + 1].norm) || /^ال(اجتماعي|استثماري|تنموي)$/.test(toks[j + 1].norm))) {
      j += 2;
      words += 2;
      while (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && (NAME_TAIL_ADJECTIVES.has(toks[j].norm) || doc.res.nationalities.matchAt(toks, j, false)?.to === j + 1) && /^ال/.test(toks[j].norm)) {
        j++;
        words++;
      }
      sawPlaceOrName = true;
      break;
    }
    const place = doc.res.places.matchAt(toks, j, false);
    // A market names no body but an exchange ("سوق دبي المالي"، "سوق مسقط للأوراق المالية"; every market the golds
    // count as a body is one): a town's market is a place in it ("سوق القامشلي"، "سوق مقاطعة السبخة"), one by its own
    // name a place ("سوق الشورجة"), one of goods what is sold ("سوق الخضار"، "سوق التمور"); a listed body or a
    // duty-free company ("… الحرة") goes on, unless a town names it.
    if (head === 'سوق' && words === 0 && !financialMarketAfter(doc, j) && (place || COUNCIL_DIVISION.test(w.norm) || (!(toks[j + 1]?.norm === 'الحره' && !lineBreakBefore(doc, j + 1)) && !doc.res.orgs.matchAt(toks, i, true)))) return null;
    // ("منتخب مصر"، "منتخب آيسلندا": a national team named by its country is the country for the golds, 21 of them
    // against 4 that list the team; "منتخب النشامى" by its nickname stays a body)
    if (head === 'منتخب' && words === 0 && place) return null;
    if (place && (need === 'name' || head === 'جامعه' || head === 'موسسه') && words === 0) {
      j = place.to;
      words++;
      sawPlaceOrName = true;
      break;
    }
    // "سوق شعبي"، "شركة لوجستية": an indefinite relational adjective that is an ordinary word makes a kind, no name
    // (not a noun in construct with a definite word: "سلطة وادي الأردن").
    if (words === 0 && need === 'name' && !/^ال/.test(w.norm) && /^[^ا].{2,}(ي|يه)$/.test(w.norm) && (isCommonAnyReading(w.norm) || isMostlyWord(w.norm) || isCommonAnyReading(w.norm.replace(/ه$/, '')) || isCommonAnyReading('ال' + w.norm) || isCommonAnyReading('ال' + w.norm.replace(/ه$/, ''))) && !doc.res.places.matchAt(toks, j, false) && !doc.res.orgs.matchAt(toks, j, false) && !isNameLike(w.norm) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال/.test(toks[j + 1].norm) && !isFunctionWord(toks[j + 1].norm))) break;
    // ("شركة مقاولات تعمل في …"، "لوكالة توظيف في كاتماندو": an indefinite verbal noun or plural of the common
    // patterns, with nothing definite or proper after it, says what kind of body; it names none. "شركة تسويق النفط" goes on.)
    if (words === 0 && need === 'name' && /^(ت..ي.|م.ا..ات)$/.test(w.norm) && !doc.res.orgs.matchAt(toks, j, false) && !doc.res.places.matchAt(toks, j, false) && !isNameLike(w.norm)) {
      const nx = toks[j + 1];
      // (nor before its name in quotes: "شركة مواصلات «كروة»")
      const goesOn = !!nx && !lineBreakBefore(doc, j + 1) && ((nx.kind === 'word' && (/^(و)?ال/.test(nx.norm) || !!doc.res.places.matchAt(toks, j + 1, false) || properWord(doc, j + 1))) || isPunct(doc, j + 1, '«"“('));
      if (!goesOn) break;
    }
    // ("بتشكيل لجنة لمعاينة المواقع": ل on a verbal noun of a derived form right after the head is what a body is for;
    // it names none)
    if (words === 0 && /^ل[^ل]/.test(w.norm) && /^ل(م.ا..ه|ت..ي.|ا..ا.|است..ا.|ان..ا.|ت.ا..|ت...ي.)$/.test(w.norm) && !doc.res.orgs.matchAt(toks, j, true)) break;
    // "شبكة لتصريف مياه الأمطار": ل or ب on an ordinary word after the head is a purpose, no name.
    // (ل + a verbal noun of the تفعيل/تفاعل forms: "لتصريف"، "لتطوير"، "لتعزيز".)
    if (words === 0 && need === 'name' && /^[لب][^ا]/.test(w.norm) && (isCommonAnyReading(w.norm.slice(1)) || /^لت.{4,}$/.test(w.norm)) && !doc.res.orgs.matchAt(toks, j, true)) break;
    // "شركة مياه اليرموك"، "شركة كهرباء القدس": an indefinite noun in construct with a place or a proper name.
    if (words === 0 && need === 'name' && TAKES_TAIL.has(head) && !/^(و|ف|ب|ل|ك)?ال/.test(w.norm) && !isFunctionWord(w.norm) && w.norm.length >= 3 && !doc.res.orgs.matchAt(toks, j, false)) {
      const nx1 = toks[j + 1];
      const pl = nx1 && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free ? doc.res.places.matchAt(toks, j + 1, false) : null;
      if (pl || (nx1 && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free && /^ال.{3,}/.test(nx1.norm) && !isCommonAnyReading(nx1.norm) && !isMostlyWord(nx1.norm) && !isNisba(nx1.norm) && !doc.res.nationalities.matchAt(toks, j + 1, false))) {
        j = pl ? pl.to : j + 2;
        words += 2;
        sawPlaceOrName = true;
        break;
      }
    }
    // "حركة الدولار"، "قناة النادي": a head that wants a name does not take an ordinary word
    // (the dictionary has the real ones: حركة المقاومة الإسلامية، حزب العدالة والتنمية).
    // ("شركة مدار كابيتال": an ordinary word with a company's trade word in transliteration after it is a name)
    if (words === 0 && need === 'name' && toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free && COMPANY_SUFFIX.has(toks[j + 1].norm) && !isFunctionWord(w.norm)) {
      j += 2;
      words++;
      sawPlaceOrName = true;
      break;
    }
    // ("حركة البناء الوطني"، "تيار المستقبل الديمقراطي": a movement named by a definite word and its national or
    // ideological adjective)
    if (words === 0 && (head === 'حركه' || head === 'جبهه' || head === 'تيار') && /^ال.{3,}/.test(w.norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free && (IDEOLOGY.has(toks[j + 1].norm) || NATIONAL_SCOPE.has(toks[j + 1].norm) || /^الشعبي(ه)?$/.test(toks[j + 1].norm))) {
      j += 2;
      words += 2;
      sawPlaceOrName = true;
      break;
    }
    // ("لشركة أطلس كابلاج،": a company named by two proper words no list or lexicon knows, where the name plainly ends)
    if (words === 0 && (head === 'شركه' || head === 'مجموعه') && properWord(doc, j) && properWord(doc, j + 1) && !lineBreakBefore(doc, j + 1) && (!toks[j + 2] || lineBreakBefore(doc, j + 2) || toks[j + 2].kind === 'punct' || isFunctionWord(toks[j + 2].norm) || /^ل[^ل]/.test(toks[j + 2].norm))) {
      j += 2;
      words += 2;
      sawPlaceOrName = true;
      break;
    }
    if (words === 0 && need === 'name' && head !== 'حزب' && (isCommonAnyReading(w.norm) || isMostlyWord(w.norm))) {
      // ... unless it is definite and a nationality follows: "شركة البترول الكويتية"، "مجموعة الاتصالات السعودية".
      const natNext = doc.res.nationalities.matchAt(toks, j + 1, false);
      // ... or a company's definite word with its purpose: "شركة الاتحاد للماء والكهرباء"، "شركة الخليج للتأمين".
      const purpose = TAKES_TAIL.has(head) && /^ال/.test(w.norm) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^لل.{3,}/.test(toks[j + 1].norm) && doc.claimed[j + 1] === Claim.Free && !isFunctionWord(toks[j + 1].norm);
      // ("شركة النفط الوطنية النيجيرية": a body adjective may come before the nationality)
      const natAfterAdj = !natNext && !!toks[j + 1] && BODY_ADJECTIVES.has(toks[j + 1].norm) && !lineBreakBefore(doc, j + 2) ? doc.res.nationalities.matchAt(toks, j + 2, false) : null;
      if (DESCRIBED_BY_NATIONALITY.has(head) && /^ال/.test(w.norm) && natAfterAdj && natAfterAdj.to === j + 3 && !lineBreakBefore(doc, j + 1)) {
        j += 3;
        words += 3;
        sawNationality = true;
        break;
      }
      // ... or a bank named by a definite word, alone or with its adjective: "بنك التضامن"، "بنك التضامن الإسلامي".
      const nx = toks[j + 1];
      const bankEnd = !nx || lineBreakBefore(doc, j + 1) || nx.kind === 'punct' || isFunctionWord(nx.norm);
      if ((head === 'بنك' || head === 'مصرف') && /^ال.{3,}/.test(w.norm) && !doc.res.nationalities.matchAt(toks, j, false) && (bankEnd || NAME_TAIL_ADJECTIVES.has(nx.norm))) {
        j += bankEnd ? 1 : 2;
        words++;
        sawPlaceOrName = true;
        break;
      }
      if (!purpose && !(DESCRIBED_BY_NATIONALITY.has(head) && /^ال/.test(w.norm) && natNext && natNext.to === j + 2 && !lineBreakBefore(doc, j + 1))) break;
      j++;
      words++;
      if (purpose) {
        sawPlaceOrName = true;
        break;
      }
      continue;
    }
    // "دائرة توزيع كهرباء ميسان"، "مديرية زراعة محافظة دهوك": indefinite nouns in construct up to a place.
    if (words === 0 && (need === 'definite' || DEPARTMENT_HEAD.has(head)) && !/^(و)?ال/.test(w.norm)) {
      let k = j;
      while (k < j + 3 && toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free && !/^(و|ف|ب|ل|ك)?ال/.test(toks[k].norm) && !isFunctionWord(toks[k].norm) && (isCommonAnyReading(toks[k].norm) || !isNameLike(toks[k].norm)) && toks[k].norm.length >= 3 && !doc.res.titles.matchAt(toks, k, false) && !doc.res.firstNames.has(toks[k].norm) && !doc.res.ambiguousFirstNames.has(toks[k].norm) && !doc.res.places.matchAt(toks, k, false)) k++;
      const pl = k > j && k - j >= 2 && toks[k] && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free ? doc.res.places.matchAt(toks, k, false) : null;
      // (a place that is also a word, "طويلة"، "ميسان", only after a department's head: "غرفة واحدة ساعات طويلة")
      if (pl && (!pl.value.ambiguous || DEPARTMENT_HEAD.has(head))) {
        words += k - j + 1;
        j = pl.to;
        sawPlaceOrName = true;
        break;
      }
    }
    // "مجمع كوسيدار"، "وكالة كازينفورم": a body named by one foreign word no list holds, the name ending there.
    // (not a plural or an adjective of the idafa: "محكمة جنايات القاهرة"، "نقابة معلمي كوردستان"، "لجنة تسييرية")
    // ("تحالف تقوده كولومبيا"، "شبكة يديرها": a present verb with its object pronoun right after the head is the
    // sentence's, no name)
    if (words === 0 && w.kind === 'word' && w.norm.length >= 4 && /^[يت]/.test(w.norm) && /(ه|ها|هم|هما)$/.test(w.norm) && doc.text.charCodeAt(w.end - 1) !== 0x0629 && !isNameLike(w.norm) && !doc.res.places.matchAt(toks, j, false)) break;
    // (nor an indefinite adjective in the feminine: "لجنة مختصة"، "هيئة مستقلة")
    if (words === 0 && need === 'definite' && w.kind === 'word' && w.norm.length >= 4 && !/(ات|ي|يه|ين|ون)$/.test(w.norm) && !(/ه$/.test(w.norm) && doc.text.charCodeAt(w.end - 1) === 0x0629 && isCommonAnyReading(w.norm.slice(0, -1))) && !/^(و|ف|ب|ل|ك)?ال/.test(w.norm) && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && !isMostlyWord('ال' + w.norm) && !isNameLike(w.norm) && !doc.res.firstNames.has(w.norm) && !doc.res.ambiguousFirstNames.has(w.norm) && !doc.res.titles.matchAt(toks, j, false) && !doc.res.places.matchAt(toks, j, true) && !doc.res.nationalities.matchAt(toks, j, true)) {
      j++;
      words++;
      sawPlaceOrName = true;
      // (what may follow: its adjective or its purpose, "جمعية رفيدة الخيرية"، "جمعية تيويزي للتنمية"; not the
      // sentence's next word, "وقع مجمع كوسيدار العقد")
      const nx = toks[j];
      if (!nx || lineBreakBefore(doc, j) || nx.kind !== 'word' || !(/^ال.{2,}(ي|يه)$/.test(nx.norm) || /^لل/.test(nx.norm))) break;
      continue;
    }
    // An idafa chain: an indefinite noun that takes a definite word or a place after it
    // ("وكالة أنباء الإمارات"، "هيئة كبار العلماء"، "منظمة حقوق الإنسان").
    // (Not "بديوان عام الوزارة": a bare anaphoric head after the chain names no particular body.)
    // ("جمعية سيدات عنجرة الخيرية": an indefinite noun, a village no list holds, and the body's kind in agreement)
    if (words === 0 && need === 'definite' && /ه$/.test(head) && !/^(و|ف|ب|ل|ك)?ال/.test(w.norm) && !isFunctionWord(w.norm) && w.norm.length > 2 && (isCommonAnyReading(w.norm) || isMostlyWord(w.norm)) && !doc.res.firstNames.has(w.norm) && !doc.res.titles.matchAt(toks, j, false) && !lineBreakBefore(doc, j + 1) && properWord(doc, j + 1) && !lineBreakBefore(doc, j + 2) && kindAdjective(doc, j + 2, head)) {
      j += 3;
      words += 3;
      sawPlaceOrName = true;
      break;
    }
    // (not a day or a time of day before a date: "للجنة يوم الخميس 22 مايو" meets on a day)
    if (words === 0 && need === 'definite' && !/^(و)?ال/.test(w.norm) && !isFunctionWord(w.norm) && w.norm.length > 2 && toks[j + 1] && !lineBreakBefore(doc, j + 1) && !(doc.claimed[j + 1] !== Claim.Free && /^(يوم|ليله|صباح|مساء|ظهر|عصر|فجر|نهايه|مطلع|منتصف|اواخر|اوايل|بدايه)$/.test(w.norm)) && (/^ال/.test(toks[j + 1].norm) || (doc.res.places.matchAt(toks, j + 1, false) && !doc.res.firstNames.has(toks[j + 1].norm))) && !GENERIC.has(toks[j + 1].norm) && !doc.res.titles.matchAt(toks, j, false) && !doc.res.firstNames.has(w.norm)) {
      j++;
      words++;
      continue;
    }
    // "جمعية تيويزي للتنمية والتضامن": a proper word no list holds, then the body's purpose with لل.
    // (a first name too, for an association: "جمعية وئام للزواج والتنمية الأسرية")
    if (words === 0 && need === 'definite' && !/^(و|ف|ب|ل|ك)?ال/.test(w.norm) && w.norm.length >= 3 && /^[\u0621-\u064a]/.test(w.norm) && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && (!doc.res.firstNames.has(w.norm) || /^(جمعيه|موسسه|مبادره|رابطه)$/.test(head)) && !doc.res.titles.matchAt(toks, j, false) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^لل.{3,}/.test(toks[j + 1].norm) && doc.claimed[j + 1] === Claim.Free && !isFunctionWord(toks[j + 1].norm)) {
      j += 2;
      words += 2;
      sawPlaceOrName = true;
      continue;
    }
    // "محكمة سيدي امحمد"، "مستشفى عين النعجة": a place named with a Maghrebi or Levantine particle after the head.
    if (words === 0 && need !== 'nationality' && PLACE_NAME_OPENERS.has(w.norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free && toks[j + 1].kind === 'word' && toks[j + 1].norm.length >= 3 && !isFunctionWord(toks[j + 1].norm)) {
      j += 2;
      words += 2;
      sawPlaceOrName = true;
      break;
    }
    // "وكالة أنباء جونغهوا": a news agency named by one proper word no list holds.
    if (words === 0 && head === 'وكاله' && w.norm === 'انباء' && toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free) {
      const n = toks[j + 1].norm;
      // (a first name too when the agency's nationality follows: "وكالة أنباء فارس الإيرانية")
      const natAfter = toks[j + 2] && !lineBreakBefore(doc, j + 2) ? doc.res.nationalities.matchAt(toks, j + 2, false) : null;
      const nameOk = !doc.res.firstNames.has(n) || (!!natAfter && natAfter.to === j + 3);
      if (n.length >= 3 && /^[\u0621-\u064a]/.test(n) && !/^(و|ف|ب|ل|ك)?ال/.test(n) && !isFunctionWord(n) && !isCommonAnyReading(n) && !isMostlyWord(n) && nameOk && !doc.res.titles.matchAt(toks, j + 1, false)) {
        j += natAfter && natAfter.to === j + 3 ? 3 : 2;
        words += 2;
        sawPlaceOrName = true;
        break;
      }
    }
    // ("مركز مراقبة ومكافحة الأمراض"، "هيئة تنظيم وإدارة المياه": two indefinite nouns joined by و before a definite one)
    if (words === 0 && need === 'definite' && !/^(و|ف|ب|ل|ك)?ال/.test(w.norm) && !isFunctionWord(w.norm) && w.norm.length > 2 && !doc.res.firstNames.has(w.norm) && !doc.res.titles.matchAt(toks, j, false) && toks[j + 2] && /^و.{3,}/.test(toks[j + 1].norm) && !/^وال/.test(toks[j + 1].norm) && !lineBreakBefore(doc, j + 1) && !lineBreakBefore(doc, j + 2) && doc.claimed[j + 1] === Claim.Free && doc.claimed[j + 2] === Claim.Free && (isCommonAnyReading(w.norm) || isMostlyWord(w.norm)) && isCommonAnyReading(toks[j + 1].norm.slice(1)) && /^ال.{3,}/.test(toks[j + 2].norm) && !isFunctionWord(toks[j + 2].norm) && !doc.res.nationalities.matchAt(toks, j + 2, false)) {
      j += 3;
      words += 3;
      sawPlaceOrName = true;
      continue;
    }
    // Two indefinite nouns joined by و before the place: "هيئة كهرباء ومياه دبي".
    if (words === 0 && need === 'definite' && !/^(و)?ال/.test(w.norm) && !isFunctionWord(w.norm) && w.norm.length > 2 && !doc.res.firstNames.has(w.norm) && !doc.res.titles.matchAt(toks, j, false) && toks[j + 2] && /^و[^ا].{2,}/.test(toks[j + 1].norm) && !/^وال/.test(toks[j + 1].norm) && !lineBreakBefore(doc, j + 1) && !lineBreakBefore(doc, j + 2) && doc.claimed[j + 1] === Claim.Free) {
      const place = doc.res.places.matchAt(toks, j + 2, false);
      if (place && !doc.res.firstNames.has(toks[j + 2].norm) && isCommonAnyReading(toks[j + 1].norm.slice(1))) {
        j = place.to;
        words += 3;
        break;
      }
    }
    // A place completes the name ("وكالة أنباء الإمارات"): what follows belongs to the sentence.
    // (after an indefinite noun: "وكالة أنباء الإمارات"; after a definite one only a place written with the article, as
    // an adjective is, "هيئة المجتمعات العمرانية الجديدة": "كونفدرالية دول الساحل مالي وبوركينا فاسو" lists the members)
    const placeHere = words > 0 && need === 'definite' && (!/^(و)?ال/.test(toks[j - 1].norm) || /^ال/.test(w.norm)) ? doc.res.places.matchAt(toks, j, false) : null;
    // ("لجنة الشؤون القانونية رشيد بلعربي": an ambiguous place that is a first name, a name word after it, is a person)
    if (placeHere && placeHere.value.ambiguous && doc.res.firstNames.has(w.norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && !isFunctionWord(toks[j + 1].norm) && !isCommonAnyReading(toks[j + 1].norm)) break;
    if (placeHere) {
      j = placeHere.to;
      words++;
      // "نيابة شرق القاهرة الكلية"، "محكمة جنوب القاهرة الابتدائية": a court's or prosecution's degree after its place.
      if (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && COURT_DEGREE.has(toks[j].norm)) j++;
      // ("جمعية سيدات مادبا الخيرية"، "هيئة كهرباء دبي الحكومية": a feminine body's kind after its place, in agreement)
      else if (kindAdjective(doc, j, head)) j++;
      break;
    }
    // "وزارة التجهيز والماء والمديرية العامة ...": a coordinated head starts the next organization.
    // (also a plural one: "صندوق الزكاة والجمعيات الخيرية" is the fund, then the charities)
    if (words > 0 && /^وال/.test(w.norm) && (DEFINITE_HEADS.has(w.norm.slice(1)) || PLURAL_HEADS.has(w.norm.slice(1)))) break;
    if (/^(و)?ال/.test(w.norm) && w.norm.length > 3 && !isFunctionWord(w.norm)) {
      // "مستشفى البشير الدكتورة ...": a title (a role or an honorific) opens a person, not the body's name.
      if (doc.res.titles.matchAt(toks, j, false)) break;
      // "مجمع البتروكيماويات التابع لأرامكو": what describes the body's ties or time is not its name.
      if (words > 0 && DESCRIBING.has(w.norm)) break;
      j++;
      words++;
      continue;
    }
    // "شركة Kestrel Metals"، "بنك HSBC": a name in Latin letters, each word capitalised (up to four).
    // (a listed one is read by its list entry: "شركة OpenAI" is أوبن إيه آي)
    // (a brand written in small letters after a company's head, one word: "مجموعة stc"، "شركة inwi")
    const smallBrand = (head === 'شركه' || head === 'مجموعه') && w.kind === 'latin' && /^[a-z][a-z0-9&]{1,9}$/.test(doc.text.slice(w.start, w.end)) && toks[j + 1]?.kind !== 'latin';
    if (need === 'name' && words === 0 && w.kind === 'latin' && (/^[A-Z0-9]/.test(doc.text[w.start]) || smallBrand) && !doc.res.orgs.matchAt(toks, j, false)) {
      let k = smallBrand ? j + 1 : j;
      while (k < toks.length && k - j < 4 && toks[k].kind === 'latin' && /^[A-Z0-9&]/.test(doc.text[toks[k].start]) && doc.claimed[k] === Claim.Free && !lineBreakBefore(doc, k)) k++;
      words = k - j;
      j = k;
      sawPlaceOrName = true;
      break;
    }
    // "مجموعة شركاتها": a noun with a possessive suffix names nothing.
    const possessive = /(ها|هم|هما|هن)$/.test(w.norm) && w.norm.length > 4 && isCommonAnyReading(w.norm.slice(0, -2).replace(/ه$/, ''));
    // ("سوق بالأبيض": a preposition on a definite word says where; it is no name.)
    if (need === 'name' && words === 0 && !possessive && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && /^[\u0621-\u064a]/.test(w.norm) && w.norm.length >= 3 && !/^[وف]?(بال|لل|كال)/.test(w.norm)) {
      // "شركة أرامكو"، "حركة حماس": one proper word.
      j++;
      words++;
      sawPlaceOrName = true;
      // ("شركة آشتي بتروليوم"، "مجموعة ألفا هولدينغ": a company's trade word in transliteration after it)
      if (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && COMPANY_SUFFIX.has(toks[j].norm)) j++;
      break;
    }
    break;
  }
  if (words === 0) return null;
  // ("حزب التجمع الوطني الديمقراطي القرار"، "خفضت لجنة السوق المفتوحة الفيدرالية النطاق المستهدف": after a body's noun
  // and its relational adjective, a definite noun that is no adjective, no participle in م, no place or nationality, is
  // the verb's object, no part of the name)
  {
    const listed = doc.res.orgs.matchAt(toks, i, true);
    for (let k = i + 3; k < j; k++) {
      if (listed && k < listed.to) continue;
      const n = toks[k].norm;
      if (/^ال.{2,}(ي|يه)$/.test(toks[k - 1].norm) && /^ال/.test(toks[k - 2].norm) && /^ال.{3,}/.test(n) && !/(ي|يه|يين|يون|ين)$/.test(n) && !/^الم/.test(n) && !NAME_TAIL_ADJECTIVES.has(n) && !BODY_ADJECTIVES.has(n) && !COURT_DEGREE.has(n) && !/^ال(ا...|عامه|عام|عليا|كبري|صغري|اولي|اول|حر|حره|خاص|خاصه|جديد|جديده|كبير|كبيره)$/.test(n) && !doc.res.places.matchAt(toks, k, false) && !doc.res.nationalities.matchAt(toks, k, false)) {
        j = k;
        break;
      }
    }
  }
  if (sawPlaceOrName && TAKES_TAIL.has(head)) j = nameTail(doc, j);
  // ("جامعة وهران 1 أحمد بن بلة"، "جامعة الجزائر 3": a university of a town with its number, and the name of the man
  // it honours where the name ends)
  if (head === 'جامعه' && sawPlaceOrName && toks[j]?.kind === 'number' && /^[1-9]$/.test(toks[j].norm) && !lineBreakBefore(doc, j)) {
    j++;
    const name = toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && doc.res.firstNames.has(toks[j].norm) ? nameForward(doc, j, 4) : null;
    if (name && name[1] - name[0] >= 2 && (!toks[name[1]] || toks[name[1]].kind === 'punct' || lineBreakBefore(doc, name[1]))) j = name[1];
  }
  // "نقابة الأطباء في طرابلس"، "نقابة المحامين في بيروت": a syndicate with the place it serves.
  if (head === 'نقابه' && toks[j]?.norm === 'في' && toks[j + 1] && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free) {
    const pl = doc.res.places.matchAt(toks, j + 1, false);
    if (pl) j = pl.to;
  }
  const text = toks.slice(i, j).map((x, k) => (k === 0 ? head : x.norm)).join(' ');
  if (GENERIC.has(text)) return null;
  // ("مجلس التخطيط الأعلى"، "مجلس الأمن القومي": a council's field and a body adjective name it as a nationality does.)
  if (need === 'nationality' && !sawNationality) {
    const bodyAdj = (n: string) => BODY_ADJECTIVES.has(n) || n === 'القومي';
    const adj = toks[j];
    if (words === 2 && bodyAdj(toks[j - 1].norm)) {
      // (already read: "مجلس التخطيط الأعلى")
    } else if (words === 1 && adj && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && bodyAdj(adj.norm)) j++;
    else return null;
  }
  if (need === 'name' && !sawPlaceOrName && words < 1) return null;
  // "جهاز الكمبيوتر"، "جهاز التكييف": one word after جهاز names a device; a body has two ("جهاز الإسعاف والطوارئ"،
  // "جهاز المخابرات العامة"، "جهاز حماية المنافسة"، "جهاز الاستثمار العماني").
  if (head === 'جهاز' && j - i < 3) return null;
  // ("مصلحة للاتحاد الأوروبي" is an interest; "مصلحة الطيران المدني" a service: the definite word follows at once.)
  // ("لمصلحة المؤسسة العامة للرعاية السكنية": "in favour of" another body, whose head follows at once)
  if ((head === 'مصلحه' && (!/^ال/.test(toks[i + 1].norm) || BODY_HEAD_AFTER_INTEREST.test(toks[i + 1].norm))) || (head === 'جهاز' && /^[لب]/.test(toks[i + 1].norm))) return null;
  const to0 = j;
  // A trailing coordination belongs to the next phrase, not the name.
  // (not a place whose name opens with و: "جامعة وهران"، "ولاية ورقلة")
  while (j - 1 > i && /^و/.test(toks[j - 1].norm) && !/^و?ال/.test(toks[j - 1].norm) && doc.res.places.matchAt(toks, j - 1, false)?.to !== j) j--;
  // ("شركة ويبيلد": a proper name that opens with و is the company's whole name, no coordination; a head left alone
  // names nothing)
  if (j === i + 1) {
    const w = toks[i + 1];
    const rest = w?.norm.slice(1) ?? '';
    if (!w || w.kind !== 'word' || !(head === 'شركه' || head === 'مجموعه') || to0 !== i + 2 || rest.length < 3 || isFunctionWord(w.norm) || isCommonAnyReading(w.norm) || isCommonAnyReading(rest) || isMostlyWord(rest) || doc.res.firstNames.has(rest) || doc.res.places.matchAt(toks, i + 1, true) || doc.res.nationalities.matchAt(toks, i + 1, true)) return null;
    j = i + 2;
  }
  const start = offsetAfter(doc.text, t, skip);
  const canonical = doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ');
  // ("للجنة الأولمبية": ل + "اللجنة", its two lams written once; the body is "اللجنة …")
  // (only when an adjective follows, which agrees with a definite head; "للجنة البنيات" is ل + a committee of …)
  // ("للجنة المستقلة للانتخابات": or a committee's adjective of the kind no noun has)
  const lilLam = skip === 1 && /^[وف]?لل/.test(t.norm) && head.startsWith('ل') && DEFINITE_HEADS.has('ال' + head) && !!toks[i + 1] && ((isNisba(toks[i + 1].norm) && /ي[ةه]?$/.test(doc.text.slice(toks[i + 1].start, toks[i + 1].end).replace(/[\u064b-\u0652]/g, ''))) || COMMITTEE_ADJECTIVE.test(toks[i + 1].norm));
  return { to: j, skip, canonical: head.startsWith('ال') && skip === 1 && t.norm.startsWith('لل') ? 'ا' + canonical : lilLam ? 'ال' + canonical : canonical };
}

/** Heads of bodies often named after a person (a centre only with its purpose: without one it is a place). */
const NAMED_FOR_PERSON = /^(و|ف)?(ب|ل)?(جامعه|موسسه|جمعيه|اكاديميه|مجمع|مركز|صندوق|جايزه)$/;
const isNamedForPersonHead = wordTest(NAMED_FOR_PERSON);

/**
 * "جامعة حمد بن خليفة"، "جامعة محمد الخامس"، "مؤسسة محمد بن راشد للمعرفة"، "مركز محمد بن راشد للفضاء": a body
 * named after a person, whose name (and purpose) is the body's.
 */
/**
 * The Maghreb's universities named after a person and their town: "جامعة فرحات عباس سطيف 1"، "جامعة الإخوة منتوري
 * قسنطينة 1"، "جامعة وهران 1 أحمد بن بلة"، "جامعة الشهيد حمة لخضر بالوادي" (the town behind ب is where it stands,
 * no part of the name). The person's words need the town after them, or a martyr's or brothers' title before.
 */
function universityOfTownAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const m = toks[i].norm.endsWith('جامعه') ? /^(و|ف)?(ب|ل|لل)?(جامعه)$/.exec(toks[i].norm) : null;
  if (!m || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  const free = (k: number) => !!toks[k] && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  const ordinal = (k: number) => free(k) && toks[k].kind === 'number' && /^[1-3]$/.test(toks[k].norm);
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const result = (to: number) => ({ to, skip, canonical: doc.text.slice(offsetAfter(doc.text, toks[i], skip), toks[to - 1].end).replace(/\s+/g, ' ') });
  let k = i + 1;
  // ("جامعة وهران 1 أحمد بن بلة": the town, its number, then the person)
  const town0 = doc.res.places.matchAt(toks, k, false);
  if (town0 && /^(city|capital)$/.test(town0.value.kind) && ordinal(town0.to) && free(town0.to + 1) && (doc.res.firstNames.has(toks[town0.to + 1].norm) || compoundFirstName(doc, town0.to + 1))) {
    // (the person's name in two words, or three with بن: the holder's name may follow it)
    const p0 = town0.to + 1;
    const end = toks[p0 + 1]?.norm === 'بن' && free(p0 + 1) && free(p0 + 2) && toks[p0 + 2].kind === 'word' ? p0 + 3 : free(p0 + 1) && toks[p0 + 1].kind === 'word' && !isFunctionWord(toks[p0 + 1].norm) ? p0 + 2 : -1;
    // (only where the holder's name follows it: "جامعة باتنة 1 رشيد لوصيف إن …" is the university and its rector)
    if (end > 0 && isFreeRange(doc, p0, end) && free(end) && (doc.res.firstNames.has(toks[end].norm) || compoundFirstName(doc, end))) return result(end);
  }
  const titled = free(k) && /^ال(شهيد|اخوه|امير|شيخ|علامه|مجاهد|مجاهدين)$/.test(toks[k].norm);
  if (titled) k++;
  const from = k;
  while (k < from + 4 && free(k) && toks[k].kind === 'word' && !isFunctionWord(toks[k].norm) && !/^و/.test(toks[k].norm)) {
    const pl = doc.res.places.matchAt(toks, k, true);
    if (pl && k > from) break;
    if (/^ال/.test(toks[k].norm) && (isCommonAnyReading(toks[k].norm) || isMostlyWord(toks[k].norm))) return null;
    k++;
  }
  if (k === from) return null;
  const town = free(k) ? doc.res.places.matchAt(toks, k, true) : null;
  if (town && town.clitic === '' && /^(city|capital)$/.test(town.value.kind) && !town.value.ambiguous) return result(ordinal(town.to) ? town.to + 1 : town.to);
  if (titled && (!free(k) || toks[k].kind !== 'word' || (town && /^[بف]?[ب]$/.test(town.clitic)) || isFunctionWord(toks[k].norm))) return result(k);
  return null;
}

function namedForPersonAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const m = isNamedForPersonHead(toks[i]) ? NAMED_FOR_PERSON.exec(toks[i].norm) : null;
  if (!m || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  // ("جامعة الملك فهد للبترول والمعادن"، "جامعة الإمام عبدالرحمن بن فيصل": a ruler's or a scholar's title before his name)
  // (or the Maghreb's مولاي / سيدي: "جامعة مولاي إسماعيل بمكناس"، "جامعة سيدي محمد بن عبد الله")
  const titled = (TITLE_IN_NAME.test(toks[i + 1].norm) || /^(مولاي|سيدي)$/.test(toks[i + 1].norm)) && !!toks[i + 2] && !lineBreakBefore(doc, i + 2) && doc.claimed[i + 2] === Claim.Free && (doc.res.firstNames.has(toks[i + 2].norm) || compoundFirstName(doc, i + 2));
  const at = titled ? i + 2 : i + 1;
  // ("جامعة ابن طفيل"، "جامعة ابن خلدون"، "جامعة أبو بكر بلقايد": a scholar named by his kunya or his nasab)
  const kunya = !titled && /^(ابن|ابو)$/.test(toks[at].norm) && !!toks[at + 1] && !lineBreakBefore(doc, at + 1) && toks[at + 1].kind === 'word' && doc.claimed[at + 1] === Claim.Free && !isFunctionWord(toks[at + 1].norm) && !/^[وبلف]/.test(toks[at + 1].norm);
  // ("مركز الحسين للسرطان": a first name written with the article, its purpose right after it; not a town no one reads
  // otherwise, "مركز الرياض للمعارض")
  const articleName = !titled && !kunya && /^ال/.test(toks[at].norm) && doc.res.firstNames.has(toks[at].norm.slice(2)) && !(doc.res.places.matchAt(toks, at, false)?.value.ambiguous === false) && !!toks[at + 1] && !lineBreakBefore(doc, at + 1) && /^لل.{2,}/.test(toks[at + 1].norm) && !NOT_A_PURPOSE.has(toks[at + 1].norm) && doc.claimed[at + 1] === Claim.Free;
  if (!titled && !kunya && !articleName && !(doc.res.firstNames.has(toks[at].norm) || compoundFirstName(doc, at))) return null;
  let span = articleName ? ([at, at + 1] as [number, number]) : nameForward(doc, at, 5, true);
  if (kunya && (!span || span[1] < at + 2)) span = [at, at + 2];
  if (!span) return null;
  // ("جامعة محمد الخامس": a ruler's ordinal)
  if (span[1] - span[0] === 1 && RULER_ORDINAL.test(toks[span[1]]?.norm ?? '') && !lineBreakBefore(doc, span[1])) span[1]++;
  // ("جامعة الملك عبدالعزيز بجدة": a place behind ب where it stands is no part of the name)
  for (let k = span[0] + 1; k < span[1]; k++) {
    const pl = doc.res.places.matchAt(toks, k, true);
    if (pl && /^[وف]?[بل]$/.test(pl.clitic)) {
      span[1] = k;
      break;
    }
  }
  if (span[1] - span[0] < (titled || articleName ? 1 : 2)) return null;
  let j = span[1];
  const purpose = !!toks[j] && !lineBreakBefore(doc, j) && /^لل.{2,}/.test(toks[j].norm) && !NOT_A_PURPOSE.has(toks[j].norm) && doc.claimed[j] === Claim.Free;
  if (purpose) {
    j++;
    // ("للبترول والمعادن": a second field joined by و)
    if (toks[j] && !lineBreakBefore(doc, j) && /^وال.{3,}/.test(toks[j].norm) && doc.claimed[j] === Claim.Free) j++;
    // ("للدراسات والبحوث البترولية"، "للإغاثة والأعمال الإنسانية": and the fields' adjective, not a nationality)
    if (toks[j] && !lineBreakBefore(doc, j) && /^ال.{3,}(ي|يه)$/.test(toks[j].norm) && doc.claimed[j] === Claim.Free && !doc.res.nationalities.matchAt(toks, j, false) && !doc.res.places.matchAt(toks, j, false)) j++;
  }
  else if (m[3] === 'مركز' || (titled && m[3] !== 'جامعه' && m[3] !== 'اكاديميه')) return null;
  // (a prize named for a ruler is an award, not a body)
  if (titled && m[3] === 'جايزه') return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/**
 * Words that may open a hospital named after a person, a school named by its level, a security unit or a prison
 * (answered once per word: these readers run on every free token).
 */
const mayOpenInstitution = wordFlag((w) => /^(و|ف)?(ب|ل|لل)?(المستشفي|مستشفي|المركز|المستوصف|المركب|ثانويه|متوسطه|ابتداييه|اعداديه|مركز|مديريه|قياده|اداره|فرع|قسم|سجن|شعبه)$/.test(w));

/**
 * "مديرية التوجيه"، "مديرية المخابرات"، "شعبة المعلومات": a directorate or a branch named by a verbal noun of the
 * تفعيل pattern or a plural is a body (with a place's name, "مديرية المواسط", it is a district).
 */
function directorateAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== 'word' || !mayOpenInstitution(t)) return null;
  const m = /^(و|ف)?(ب|ل)?(مديريه|شعبه)$/.exec(t.norm);
  const w = toks[i + 1];
  if (!m || !w || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || w.kind !== 'word') return null;
  if (m[3] === 'مديريه') {
    const named = serviceDirectorateAt(doc, i, (m[1]?.length ?? 0) + (m[2]?.length ?? 0));
    if (named) return named;
  }
  if (!/^الت..ي[هة]$/.test(w.norm) && !/^ال.{3,}ات$/.test(w.norm)) return null;
  if (doc.res.places.matchAt(toks, i + 1, false)) return null;
  let e = i + 2;
  // ("مديرية المخابرات العامة"، "شعبة المعلومات في قوى الأمن": an adjective of the body)
  if (toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && BODY_ADJECTIVES.has(toks[e].norm)) e++;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, t, skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/**
 * "مديرية الأمن العام"، "مديرية الأحوال المدنية"، "مديرية الصحة والسكان"، "مديرية التجارة لولاية وهران": a directorate
 * named by the service it runs, a listed body or a definite ordinary noun with its adjectives and a second noun after و,
 * and the wilaya it serves after ل. Not a Yemeni district, "مديرية المواسط"، "مديرية التحيتا": a place's name, a word
 * no lexicon knows. (A place after ب or في is where it is, outside the name: "مديرية الشؤون الصحية بالمنيا".)
 */
function serviceDirectorateAt(doc: Doc, i: number, skip: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const free = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  let e: number;
  const listed = doc.res.orgs.matchAt(toks, i + 1, false);
  if (listed && listed.from === i + 1 && /^ال/.test(toks[i + 1].norm) && toks.slice(i + 1, listed.to).every((_, k) => free(i + 1 + k))) e = listed.to;
  else {
    const serviceWord = (n: string) => /^ال.{3,}/.test(n) && isMostlyWord(n) && !isFunctionWord(n) && !/^ال(يوم|عام|شهر|اسبوع|سنه|مديريه|محافظه|ولايه|منطقه|مدينه|قطاع|وزاره|هييه|بلديه|دوله)$/.test(n);
    const n = toks[i + 1].norm;
    if (!serviceWord(n) || doc.res.places.matchAt(toks, i + 1, true) || doc.res.firstNames.has(n.slice(2)) || doc.res.nationalities.matchAt(toks, i + 1, false)) return null;
    e = i + 2;
    // (its adjectives and a second service: "الأحوال المدنية"، "الصحة والسكان"، "الموارد المائية والري")
    for (let n2 = 0; n2 < 3 && free(e); n2++) {
      const w = toks[e].norm;
      if (/^ال.{2,}(ي|يه)$/.test(w) && !doc.res.places.matchAt(toks, e, false) && !doc.res.nationalities.matchAt(toks, e, false)) e++;
      else if (/^وال.{3,}/.test(w) && serviceWord(w.slice(1)) && !doc.res.places.matchAt(toks, e, true)) e++;
      else break;
    }
  }
  // (the wilaya or governorate it serves, after ل: "لولاية وهران"، "لمحافظة البصرة")
  if (free(e) && /^ل(ولايه|محافظه)$/.test(toks[e].norm) && free(e + 1)) {
    const place = doc.res.places.matchAt(toks, e + 1, false);
    if (place) e = place.to;
  }
  // (one ordinary word alone, "مديرية الصحة"، "مديرية الزراعة في المحافظة", is the sector's office wherever the story
  // is: no body in particular)
  if (e === i + 2 && !listed) return null;
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/** Sectors a governorate's directorate or a district's department serves ("مديرية أوقاف المنيا"، "إدارة الزراعة بكفر الشيخ"). */
const SECTORS = new Set(['اشغال', 'اوقاف', 'زراعه', 'صحه', 'تربيه', 'تعليم', 'تضامن', 'ري', 'تموين', 'اسكان', 'شباب', 'رياضه', 'طرق', 'كهرباء', 'مياه', 'بييه', 'سياحه', 'ثقافه', 'عمل', 'اثار', 'نقل', 'صناعه', 'تجاره', 'اعلام', 'جمارك', 'اسعاف', 'شوون']);

/**
 * "مديرية أوقاف المنيا"، "مديرية الزراعة بكفر الشيخ"، "مديرية التضامن الاجتماعي بالدقهلية"، "إدارة أوقاف سمالوط": the
 * directorate of a sector with the governorate or district it serves (the place is part of its name). Without the place
 * it names no body in particular.
 */
const mayOpenDirectorate = wordFlag((w) => /^(و|ف)?(ب|ل)?(مديريه|اداره|مكتب)$/.test(w));
function sectorDirectorateAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenDirectorate(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(مديريه|اداره|مكتب)$/.exec(toks[i].norm);
  if (!m || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  let j = i + 1;
  const sector = (k: number) => SECTORS.has(toks[k].norm.replace(/^(و)?(ال)?/, ''));
  if (!sector(j) || /^و/.test(toks[j].norm)) return null;
  j++;
  // (an adjective or a second sector: "التضامن الاجتماعي"، "التربية والتعليم")
  for (let n = 0; n < 3 && toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free; n++) {
    if ((/^ال.{2,}(ي|يه)$/.test(toks[j].norm) || /^ال(عامه|عام)$/.test(toks[j].norm)) && !doc.res.places.matchAt(toks, j, false)) j++;
    else if (/^وال/.test(toks[j].norm) && sector(j)) j++;
    else break;
  }
  if (!toks[j] || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return null;
  // ("مكتب الأشغال العامة والطرق بمحافظة شبوة": or ب on the division and its place)
  const end = m[3] === 'مكتب' ? -1 : placeAfter(doc, j);
  const divided = divisionPlaceEnd(doc, j);
  const to = Math.max(end, divided);
  if (to < 0) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to, skip, canonical: doc.text.slice(start, toks[to - 1].end).replace(/\s+/g, ' ') };
}

/** A listed place at j, bare or behind ب: the token after it, or -1. */
function placeAfter(doc: Doc, j: number): number {
  const place = doc.res.places.matchAt(doc.tokens, j, true);
  if (!place || place.from !== j || !(place.clitic === '' || place.clitic === 'ب')) return -1;
  return place.to;
}

/**
 * "بمحافظة شبوة"، "بمديرية عسيلان"، "في محافظة المهرة": ب or في on an administrative division and its name (a listed
 * place or a proper word no list holds, where the phrase ends): the token after it, or -1.
 */
function divisionPlaceEnd(doc: Doc, j: number): number {
  const toks = doc.tokens;
  let k = j;
  if (toks[k]?.norm === 'في' && !lineBreakBefore(doc, k + 1)) k++;
  const head = toks[k] ? /^(ب)?(محافظه|مديريه|ولايه|منطقه|مدينه|امانه|محليه|قضاء|ناحيه)$/.exec(toks[k].norm) : null;
  if (!head || (k === j && !head[1]) || (k > j && head[1]) || !toks[k + 1] || lineBreakBefore(doc, k + 1) || doc.claimed[k + 1] !== Claim.Free) return -1;
  const place = doc.res.places.matchAt(toks, k + 1, false);
  if (place) return place.to;
  const w = toks[k + 1];
  const next = toks[k + 2];
  if (w.kind !== 'word' || w.norm.length < 3 || isFunctionWord(w.norm) || isCommonAnyReading(w.norm) || isMostlyWord(w.norm) || /^[وبلف]/.test(w.norm)) return -1;
  if (next && !lineBreakBefore(doc, k + 2) && next.kind === 'word' && !/^و/.test(next.norm) && !isFunctionWord(next.norm)) return -1;
  return k + 2;
}

/** "المجلس المحلي بمديرية عسيلان"، "السلطة المحلية بمحافظة شبوة"، "المجلس البلدي بمحافظة صبيا": a local body with its division. */
const LOCAL_BODY = /^(و|ف)?(ل|لل)?(المجلس|مجلس|السلطه|سلطه)$/;
/** LOCAL_BODY.test(t.norm), once per word. */
const mayOpenLocalBody = wordTest(LOCAL_BODY);
function localBodyAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenLocalBody(toks[i])) return null;
  const m = LOCAL_BODY.exec(toks[i].norm);
  const adj = toks[i + 1];
  if (m && m[3] === 'مجلس' && adj && !lineBreakBefore(doc, i + 1)) {
    // "مجلس كابول المحلي"، "مجلس اللقية المحلي": a town's council, its name between the noun and the adjective (a
    // listed place, or one or two proper words no lexicon knows as ordinary)
    const listed = doc.res.places.matchAt(toks, i + 1, false);
    let j = listed ? listed.to : i + 1;
    if (!listed) while (j < i + 3 && toks[j] && toks[j].kind === 'word' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && !/^ال(محلي|بلدي|اقليمي)$/.test(toks[j].norm) && !isFunctionWord(toks[j].norm) && !isCommonAnyReading(toks[j].norm) && !isMostlyWord(toks[j].norm)) j++;
    const end = toks[j];
    if (j > i + 1 && end && !lineBreakBefore(doc, j) && /^ال(محلي|بلدي|اقليمي)$/.test(end.norm)) {
      const skip = (m[1]?.length ?? 0) + (m[2] === 'لل' ? 1 : (m[2]?.length ?? 0));
      const start = offsetAfter(doc.text, toks[i], skip);
      const text = doc.text.slice(start, end.end).replace(/\s+/g, ' ');
      return { to: j + 1, skip, canonical: m[2] === 'لل' ? 'ا' + text : text };
    }
  }
  if (!m || !adj || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || !/^ال(محلي|محليه|بلدي|بلديه|قروي|تنفيذي|تنفيذيه)$/.test(adj.norm)) return null;
  const to = divisionPlaceEnd(doc, i + 2);
  if (to < 0) return null;
  const skip = (m[1]?.length ?? 0) + (m[2] === 'لل' ? 1 : (m[2]?.length ?? 0));
  const start = offsetAfter(doc.text, toks[i], skip);
  const text = doc.text.slice(start, toks[to - 1].end).replace(/\s+/g, ' ');
  return { to, skip, canonical: m[2] === 'لل' ? 'ا' + text : text };
}

/** Heads of a security unit and the branch they belong to: "مركز شرطة طوخ"، "مديرية أمن القليوبية"، "قيادة عمليات ديالى". */
const UNIT_HEAD = /^(و|ف)?(ب|ل)?(مركز|مديريه|قياده|اداره|فرع|قسم)$/;
const UNIT_BRANCH = /^(شرطه|امن|عمليات|مرور|نجده|جوازات)$/;

/**
 * "شرطة رأس الخيمة"، "شرطة منطقة مكة المكرمة"، "القيادة العامة لشرطة الشارقة"، "أمن ولاية وهران": a police force
 * named by the emirate, region, governorate or country it serves (a listed place), with the general command over it
 * when the story names that.
 */
const mayOpenPolice = wordFlag((w) => /^(و|ف)?(ب|ل)?(شرطه|القياده|قياده|امن)$/.test(w));
function policeForceAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== 'word' || !mayOpenPolice(t)) return null;
  const m = /^((?:و|ف)?(?:ب|ل)?)(شرطه|القياده|قياده|امن)$/.exec(t.norm);
  if (!m) return null;
  const at = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  let j = i + 1;
  if (m[2] === 'القياده' || m[2] === 'قياده') {
    // (the general command of a police force: "القيادة العامة لشرطة دبي")
    if (!at(j) || !/^ال?عامه$/.test(toks[j].norm) || !at(j + 1) || !/^ل?شرطه$/.test(toks[j + 1].norm)) return null;
    j += 2;
  } else if (m[2] === 'امن') {
    // (an Algerian wilaya's police: "أمن ولاية وهران"؛ not "أمن المنطقة", the region's safety)
    if (!at(j) || toks[j].norm !== 'ولايه') return null;
  }
  // (the division's noun before its name: "شرطة منطقة الرياض"، "شرطة محافظة ظفار")
  // (there a name that is also a word is the place: "شرطة محافظة جدة")
  const division = at(j) && /^(منطقه|محافظه|ولايه|اماره|مدينه)$/.test(toks[j].norm) && at(j + 1) && !!doc.res.places.matchAt(toks, j + 1, false);
  if (division) j++;
  if (!at(j)) return null;
  const pl = doc.res.places.matchAt(toks, j, false);
  if (!pl || (pl.value.ambiguous && !division) || !/^(country|city|capital|governorate|region|district)$/.test(pl.value.kind) || !toks.slice(j, pl.to).every((_, k) => at(j + k))) return null;
  const skip = m[1].length;
  const start = offsetAfter(doc.text, t, skip);
  return { to: pl.to, skip, canonical: doc.text.slice(start, toks[pl.to - 1].end).replace(/\s+/g, ' ') };
}

/**
 * A police station, a security directorate or an operations command named with its place (listed, or one
 * proper word: "مركز أمن المقابلين"), a direction allowed before it ("مديرية شرطة جنوب عمّان"); a reform centre
 * named by its place ("مركز إصلاح وتأهيل ماركا").
 */
function securityUnitAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== 'word' || !mayOpenInstitution(t)) return null;
  let m = UNIT_HEAD.exec(t.norm);
  let j = i + 1;
  if (m && toks[j] && !lineBreakBefore(doc, j) && UNIT_BRANCH.test(toks[j].norm)) {
    j++;
  } else {
    // "مركز إصلاح وتأهيل ماركا" (a prison named by its town is a place: "سجن رومية", found with the facilities)
    const c = /^(و|ف)?(ب|ل)?(مركز)$/.exec(t.norm);
    if (!c || toks[j]?.norm !== 'اصلاح' || toks[j + 1]?.norm !== 'وتاهيل' || lineBreakBefore(doc, j + 1)) return null;
    m = c;
    j += 2;
  }
  if (!toks[j] || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return null;
  if (DIRECTIONS.has(toks[j].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) j++;
  const pl = doc.res.places.matchAt(toks, j, false);
  let e = pl ? pl.to : -1;
  const w = toks[j];
  // (one proper word no list holds: a neighbourhood's or a town's name)
  if (e < 0 && w.kind === 'word' && w.norm.length >= 3 && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && !doc.res.firstNames.has(w.norm) && !doc.res.titles.matchAt(toks, j, false) && !doc.res.nationalities.matchAt(toks, j, false)) e = j + 1;
  if (e < 0) return null;
  // ("سجن رومية المركزي")
  if (toks[e] && !lineBreakBefore(doc, e) && /^ال(مركزي|عسكري)$/.test(toks[e].norm)) e++;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, t, skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/**
 * What a state's department or unit does, as its name says it: "إدارة مكافحة المخدرات"، "إدارة البحث الجنائي"،
 * "وحدة التحريات المالية"، "إدارة الخبراء". (Normalised; one or two words.)
 */
const DEPARTMENT_DOMAIN = new Set(['مكافحه المخدرات', 'مكافحه الفساد', 'مكافحه الارهاب', 'مكافحه التهريب', 'البحث الجنايي', 'المباحث الجناييه', 'المباحث العامه', 'الادله الجناييه', 'التحقيقات', 'التحريات الماليه', 'التحريات', 'الخبراء', 'الجوازات', 'الهجره', 'الدفاع المدني', 'الامن الوقايي', 'السجون', 'الاحوال المدنيه', 'الامن الجنايي', 'الشرطه القضاييه', 'المعلومات الماليه']);
const mayOpenDepartment = wordFlag((w) => /^(و|ف)?(ب|ل)?(اداره|وحده)$/.test(w));

/**
 * "إدارة مكافحة المخدرات"، "إدارة البحث الجنائي"، "وحدة التحريات المالية الكويتية": a department or a unit named by
 * what a state's security or justice service does is a body, with its adjective of rank or its nation after it.
 * ("إدارة الأزمة"، "إدارة الملف" are the act of managing: their words are no such service.)
 */
function departmentAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenDepartment(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(اداره|وحده)$/.exec(toks[i].norm)!;
  let e = -1;
  for (const n of [2, 1]) {
    if (!toks[i + n] || lineBreakBefore(doc, i + n)) continue;
    let phrase = '';
    let free = true;
    for (let k = i + 1; k <= i + n; k++) {
      phrase += (k > i + 1 ? ' ' : '') + toks[k].norm;
      if (doc.claimed[k] !== Claim.Free || toks[k].kind !== 'word') free = false;
    }
    if (free && DEPARTMENT_DOMAIN.has(phrase)) {
      e = i + n + 1;
      break;
    }
  }
  if (e < 0) return null;
  if (toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && BODY_ADJECTIVES.has(toks[e].norm)) e++;
  const nat = toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free ? doc.res.nationalities.matchAt(toks, e, false) : null;
  if (nat && nat.to === e + 1 && /^ال/.test(toks[e].norm)) e++;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/** Military units: a brigade, a division, a battalion, a company. */
const MILITARY_UNIT_HEAD = /^(و|ف)?(ب|ل)?(ال)?(كتيبه|لواء|فرقه|سريه|فوج)$/;
const mayOpenUnit = wordTest(MILITARY_UNIT_HEAD);
/** Arms named after a unit: "اللواء 217 مشاة"، "الفرقة السادسة مدرعة". */
const UNIT_ARMS = /^(مشاه|مدرع|مدرعه|مدفعيه|ميكانيكي|ميكانيكيه|مغاوير|صاعقه|مظليين|حرس)$/;
const UNIT_ORDINAL = /^ال(اولي|اول|ثاني|ثانيه|ثالث|ثالثه|رابع|رابعه|خامس|خامسه|سادس|سادسه|سابع|سابعه|ثامن|ثامنه|تاسع|تاسعه|عاشر|عاشره)$/;

/**
 * "اللواء 217 مشاة"، "الفرقة السادسة مشاة"، "كتيبة السلام ٤٥"، "كتيبة شهداء الزريق"، "سرية المطرد للمهام الخاصة": a
 * military unit named by its number or ordinal and its arms, or (a battalion or a company) by its own name. Not the
 * rank "اللواء" before a man's name, nor "تحت لواء" (under the banner), nor "سرية المعلومات" (secrecy).
 */
function militaryUnitAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!mayOpenUnit(t)) return null;
  const m = MILITARY_UNIT_HEAD.exec(t.norm)!;
  const head = m[4];
  const definite = !!m[3];
  const free = (k: number): boolean => !!toks[k] && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  let j = i + 1;
  if (!free(j)) return null;
  const arms = (k: number): number => (free(k) && UNIT_ARMS.test(toks[k].norm) ? k + 1 : k);
  // by number: "اللواء 217 مشاة"، "الكتيبة 17" ("لواء 5" with no article needs its arms: "لواء 5 مشاة")
  if (toks[j].kind === 'number') {
    j = arms(j + 1);
    if (head === 'لواء' && !definite && j === i + 2) return null;
  } else if (definite && (head === 'فرقه' || head === 'لواء' || head === 'كتيبه') && UNIT_ORDINAL.test(toks[j].norm) && free(j + 1) && UNIT_ARMS.test(toks[j + 1].norm)) {
    // by ordinal and arms: "الفرقة السادسة مشاة"
    j = arms(j + 1);
  } else if (!definite && (head === 'كتيبه' || head === 'سريه' || head === 'فوج')) {
    // by its own name: up to two words, the last definite or a proper word, then a number or a purpose
    const w = toks[j];
    if (w.kind !== 'word' || isFunctionWord(w.norm) || doc.res.nationalities.matchAt(toks, j, false) || doc.res.titles.matchAt(toks, j, false)) return null;
    const properOrDefinite = (k: number): boolean => free(k) && toks[k].kind === 'word' && !isFunctionWord(toks[k].norm) && !/(ي|يه)$/.test(toks[k].norm.replace(/^ال/, '')) && (/^ال.{3,}/.test(toks[k].norm) || (!isCommonAnyReading(toks[k].norm) && !isMostlyWord(toks[k].norm) && !looksLikeVerb(toks[k].norm)));
    // (an indefinite noun in construct with a definite word, "شهداء الزريق", or one definite or proper word, "السلام")
    const twoWords = !/^ال/.test(w.norm) && !/(ه|ي)$/.test(w.norm.replace(/ء$/, '')) && free(j + 1) && /^ال.{3,}/.test(toks[j + 1].norm) && properOrDefinite(j + 1);
    if (twoWords) j += 2;
    else if (properOrDefinite(j)) j++;
    else return null;
    let named = false;
    if (free(j) && toks[j].kind === 'number') {
      j++;
      named = true;
    }
    // ("سرية المطرد للمهام الخاصة": its task after لل, with the task's adjective)
    if (free(j) && /^لل.{3,}/.test(toks[j].norm) && !isFunctionWord(toks[j].norm)) {
      j++;
      if (free(j) && /^ال.{3,}(ي|يه|ه)$/.test(toks[j].norm)) j++;
      named = true;
    }
    // (a company needs its number or task: "سرية المعلومات" is secrecy)
    if (head === 'سريه' && !named) return null;
  } else return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, t, skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/** Definite heads of hospitals, with the adjectives that rank them (the Maghreb's "المستشفى الجهوي"، "المركز الاستشفائي الجامعي"). */
const HOSPITAL_HEAD = /^(و|ف)?(ب|ل|لل)?(المستشفي|المركز الاستشفايي|المستوصف|المركب الاستشفايي|مستشفي)$/;
const HOSPITAL_ADJ = /^ال(جامعي|جهوي|اقليمي|استشفايي|عسكري|ميداني|مركزي|عمومي|حكومي|تخصصي|محلي|وطني|دولي)$/;

/**
 * "المستشفى الجهوي الحسن الثاني"، "المركز الاستشفائي الجامعي ابن رشد"، "مستشفى مولاي يوسف": a hospital named after
 * a ruler, a saint or a scholar, after its rank.
 */
function hospitalNamedAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!t || t.kind !== 'word' || !mayOpenInstitution(t)) return null;
  let head = HOSPITAL_HEAD.exec(t.norm);
  let j = i + 1;
  // (two words: "المركز الاستشفائي")
  if (!head && toks[i + 1] && !lineBreakBefore(doc, i + 1)) {
    head = HOSPITAL_HEAD.exec(`${t.norm} ${toks[i + 1].norm}`);
    if (head) j = i + 2;
  }
  if (!head) return null;
  while (j < toks.length && j - i < 5 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && HOSPITAL_ADJ.test(toks[j].norm)) j++;
  const w = toks[j];
  if (!w || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free || w.kind !== 'word') return null;
  let e = -1;
  if ((w.norm === 'ابن' || /^(مولاي|سيدي|لاله)$/.test(w.norm)) && toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && !isFunctionWord(toks[j + 1].norm)) e = j + 2;
  else if (doc.res.firstNames.has(w.norm) || (/^ال/.test(w.norm) && doc.res.firstNames.has(w.norm.slice(2)))) {
    e = j + 1;
    // (a ruler's ordinal: "الحسن الثاني"، "محمد الخامس")
    if (toks[e] && !lineBreakBefore(doc, e) && RULER_ORDINAL.test(toks[e].norm)) e++;
    else return null;
  }
  if (e < 0 || (j === i + 1 && !/^(و|ف)?(ب|ل|لل)?مستشفي$/.test(t.norm) && !/^ابن|^(مولاي|سيدي|لاله)$/.test(w.norm))) return null;
  const skip = (head[1]?.length ?? 0) + (head[2] === 'لل' ? 1 : (head[2]?.length ?? 0));
  const start = offsetAfter(doc.text, t, skip);
  const text = doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ');
  return { to: e, skip, canonical: head[2] === 'لل' ? 'ا' + text : text };
}

/** Divisions whose council is a body: "مجلس محافظة البصرة"، "مجلس جهة سوس ماسة"، "مجلس مدينة الخليل". */
const COUNCIL_DIVISION = /^(محافظه|جماعه|جهه|ولايه|اقليم|عماله|مدينه|بلديه|قضاء|ناحيه|مقاطعه|منطقه)$/;

const INSTITUTION_HEAD = /^(و|ف)?(ب|ل)?(مدينه|مركز|مجمع|معهد|موسسه|مكتبه)$/;
const isInstitutionHead = wordTest(INSTITUTION_HEAD);

/**
 * "مدينة الملك عبدالعزيز للعلوم والتقنية"، "مركز الملك سلمان للإغاثة"، "مدينة الملك عبدالله الطبية": an
 * institution named after a ruler, told from a town or a district named after him ("مدينة الملك عبدالله
 * الاقتصادية" stays a place) by its purpose after لل or by a medical or academic adjective.
 */
function namedInstitutionAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const m = isInstitutionHead(toks[i]) ? INSTITUTION_HEAD.exec(toks[i].norm) : null;
  if (!m || !toks[i + 2] || lineBreakBefore(doc, i + 1) || !TITLE_IN_NAME.test(toks[i + 1].norm)) return null;
  let j = i + 2;
  while (j < toks.length && j - i <= 7 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && toks[j].kind === 'word') {
    const n = toks[j].norm;
    const firstLike = doc.res.firstNames.has(n) || doc.res.particles.has(n) || (/^عبد/.test(n) && doc.res.firstNames.has(n)) || (n === 'عبد' && !!toks[j + 1]) || (/^ال/.test(n) && doc.res.firstNames.has(n.slice(2)));
    if (!firstLike && !(j > i + 2 && (doc.res.particles.has(toks[j - 1].norm) || toks[j - 1].norm === 'عبد'))) break;
    j++;
  }
  if (j === i + 2 || !toks[j] || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return null;
  const tail = toks[j].norm;
  let end = j;
  if (/^لل.{3,}/.test(tail) && !NOT_A_PURPOSE.has(tail)) {
    end = j + 1;
    // "للعلوم والتقنية": one more purpose joined by و.
    if (toks[end] && !lineBreakBefore(doc, end) && /^وال.{3,}/.test(toks[end].norm) && doc.claimed[end] === Claim.Free) end++;
    // ("... للإغاثة والأعمال الإنسانية": and its adjective.)
    if (toks[end] && !lineBreakBefore(doc, end) && /^ال.{3,}(يه|ي)$/.test(toks[end].norm) && doc.claimed[end] === Claim.Free && !doc.res.nationalities.matchAt(toks, end, false)) end++;
  } else if (/^ال(طبيه|جامعيه|تخصصي|تخصصيه|بحثيه)$/.test(tail)) end = j + 1;
  else return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: end, skip, canonical: doc.text.slice(start, toks[end - 1].end).replace(/\s+/g, ' ') };
}

/**
 * "مركز أوديسا لدراسات البحر الأسود"، "مركز تمبكتو للدراسات الاستراتيجية"، "معهد واشنطن لسياسة الشرق الأدنى": a centre
 * or an institute named by a place or a proper word and its field of study.
 */
const mayOpenCentre = wordFlag((w) => /^(و|ف)?(ب|ل)?(مركز|معهد|مكتبه)$/.test(w));
/** What a venue is for, after a place: "مركز مصر للمعارض" is a place, as the golds have it. */
const VENUE_PURPOSE = /^لل(معارض|موتمرات|فعاليات|مناسبات|حفلات|رياضه|تسوق)$/;
function researchCentreAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenCentre(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(مركز|معهد|مكتبه)$/.exec(toks[i].norm);
  if (!m || !toks[i + 2] || lineBreakBefore(doc, i + 1)) return null;
  let j = i + 1;
  const place = doc.res.places.matchAt(toks, j, false);
  if (place) j = place.to;
  // "مركز أبوظبي للغة العربية"، "مركز الرياض للأورام": after a listed place, any field after لل (not a venue's);
  // "مكتبة قطر الوطنية"، "مكتبة مصر العامة": a library by its place and its scope.
  if (place && toks[j] && !lineBreakBefore(doc, j) && toks[j].kind === 'word' && doc.claimed[j] === Claim.Free) {
    const n = toks[j].norm;
    let e = -1;
    if (/^لل.{2,}/.test(n) && !NOT_A_PURPOSE.has(n) && !VENUE_PURPOSE.test(n) && !PUBLISHING.test(n)) {
      e = j + 1;
      if (toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && /^ال.{3,}(يه|ي)$/.test(toks[e].norm) && !doc.res.nationalities.matchAt(toks, e, false)) e++;
      else if (toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && doc.res.nationalities.matchAt(toks, e, false)?.to === e + 1 && /^ال/.test(toks[e].norm)) e++;
    } else if (m[3] === 'مكتبه' && /^ال(وطنيه|عامه|مركزيه)$/.test(n)) e = j + 1;
    if (e > 0) {
      for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
      const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
      return { to: e, skip, canonical: doc.text.slice(offsetAfter(doc.text, toks[i], skip), toks[e - 1].end).replace(/\s+/g, ' ') };
    }
  }
  // (a proper word, not an indefinite adjective: "مركز إقليمي لأبحاث الكلى" names no centre)
  // (the text may end right after the head or its place: "… بمركز بني مزار")
  else if (toks[j] && toks[j].kind === 'word' && !/^ال/.test(toks[j].norm) && !/ي$/.test(toks[j].norm) && !isFunctionWord(toks[j].norm) && !isCommonAnyReading(toks[j].norm) && !isMostlyWord(toks[j].norm)) j++;
  else return null;
  if (!toks[j] || lineBreakBefore(doc, j) || !/^(لل|ل)(دراسات|ابحاث|بحوث|سياسه|سياسات)$/.test(toks[j].norm.replace(/^لل/, 'لل'))) return null;
  let e = j + 1;
  while (e < toks.length && e - j <= 3 && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && /^(و)?ال.{2,}/.test(toks[e].norm) && !isFunctionWord(toks[e].norm)) e++;
  for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/** What a museum is of, after its head: "متحف الفن الحديث"، "متحف التاريخ الطبيعي"، "متحف الحضارة". */
const MUSEUM_SUBJECTS = new Set(['الفن', 'الفنون', 'الحضاره', 'الحضارات', 'التاريخ', 'الاثار', 'الطفل', 'العلوم', 'الشمع', 'الخط', 'النسيج', 'الفسيفساء', 'المستقبل', 'الاستقلال', 'المقاومه', 'الشهداء', 'المجاهد', 'الجيش', 'الشرطه', 'البحريه', 'الطيران', 'السيارات', 'الذهب', 'العملات', 'المخطوطات', 'الموسيقي', 'الكتاب', 'التراث', 'الهولوكوست', 'الذاكره', 'الصحراء', 'البحر', 'الحرب', 'السلام']);
/** Adjectives a museum's name ends with: "متحف زايد الوطني"، "متحف البحرين الوطني"، "المتحف الحربي". */
const MUSEUM_ADJECTIVES = new Set(['الوطني', 'الوطنيه', 'الدولي', 'الكبير', 'الحربي', 'الاثري', 'المفتوح', 'العسكري', 'القومي', 'الحديث', 'المعاصر', 'الطبيعي', 'الاسلامي', 'الملكي', 'البحري', 'الوطنيه']);
const mayOpenMuseum = wordFlag((w) => /^(و|ف)?(ب|ل)?متحف$/.test(w));
/**
 * "متحف اللوفر أبوظبي"، "متحف زايد الوطني"، "متحف الشارقة للآثار"، "متحف الفن الحديث"، "متحف جوجنهايم": a museum is an
 * institution (34 gold entries count one as a body, 4 as a place), named by a place, a person, a proper word or
 * its subject, with the branch's city, its adjective and its field after لل.
 */
function museumAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (mayOpenDefiniteMuseum(toks[i])) return definiteMuseumAt(doc, i);
  if (!mayOpenMuseum(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?متحف$/.exec(toks[i].norm);
  const free = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  if (!m || !free(i + 1)) return null;
  let j = i + 1;
  const first = toks[j].norm;
  const place = doc.res.places.matchAt(toks, j, false);
  if (place) j = place.to;
  else if (MUSEUM_SUBJECTS.has(first)) {
    j++;
    // (with its adjective: "متحف الفن الحديث"، "متحف التاريخ الطبيعي")
    if (free(j) && /^ال.{2,}(ي|يه)$/.test(toks[j].norm) && !doc.res.places.matchAt(toks, j, false)) j++;
  } else if (doc.res.firstNames.has(first) || doc.res.ambiguousFirstNames.has(first)) {
    // a person's name: "متحف زايد"، "متحف محمود مختار"، "متحف أحمد شوقي"
    j++;
    while (j - i <= 3 && free(j) && !/^ال/.test(toks[j].norm) && !/^[وبلف]/.test(toks[j].norm) && !isFunctionWord(toks[j].norm) && (isNameLike(toks[j].norm) || doc.res.firstNames.has(toks[j].norm) || !isCommonAnyReading(toks[j].norm))) j++;
  } else {
    // a proper word no lexicon knows: "متحف جوجنهايم"، "متحف اللوفر"، "متحف إمحتب"
    while (j - i <= 2 && free(j) && toks[j].norm.length >= 3 && !isFunctionWord(toks[j].norm) && !isCommonAnyReading(toks[j].norm) && !isMostlyWord(toks[j].norm) && !isMostlyWord(toks[j].norm.replace(/^ال/, '')) && !/^(و|ب|ل|ف)/.test(toks[j].norm) && !doc.res.nationalities.matchAt(toks, j, false)) j++;
    if (j === i + 1) return null;
    // (a branch in its city: "متحف اللوفر أبوظبي"، "متحف جوجنهايم أبوظبي")
    const branch = free(j) ? doc.res.places.matchAt(toks, j, false) : null;
    if (branch && branch.skip === 0) j = branch.to;
  }
  if (j === i + 1) return null;
  // its adjective and its field: "… الوطني"، "… للآثار"، "… للفن الإسلامي"
  if (free(j) && MUSEUM_ADJECTIVES.has(toks[j].norm)) j++;
  if (free(j) && /^لل.{2,}/.test(toks[j].norm) && !NOT_A_PURPOSE.has(toks[j].norm)) {
    j++;
    if (free(j) && /^ال.{2,}(ي|يه)$/.test(toks[j].norm) && !doc.res.places.matchAt(toks, j, false)) j++;
  }
  for (let k = i + 1; k < j; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

const mayOpenDefiniteMuseum = wordFlag((w) => /^(و|ف)?(ب|ك)?المتحف$|^(و|ف)?للمتحف$/.test(w));
/**
 * "المتحف الوطني العراقي"، "بالمتحف الحربي المصري": the definite museum is one country's when its nationality follows
 * (after the museum's adjectives); golds count 62 museums as bodies, 6 as places.
 */
function definiteMuseumAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const free = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  const m = /^((?:و|ف)?(?:ب|ك|ل)?)(المتحف|لمتحف)$/.exec(toks[i].norm);
  if (!m || !free(i + 1)) return null;
  const skip = m[1].length;
  let j = i + 1;
  while (j - i <= 2 && free(j) && MUSEUM_ADJECTIVES.has(toks[j].norm)) j++;
  const nat = free(j) ? doc.res.nationalities.matchAt(toks, j, false) : null;
  if (!nat || nat.to !== j + 1 || !/^ال/.test(toks[j].norm)) return null;
  j++;
  const start = offsetAfter(doc.text, toks[i], skip);
  const text = doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ');
  // ("للمتحف": ل + "المتحف", its lams written once)
  return { to: j, skip, canonical: m[2] === 'لمتحف' ? 'ا' + text : text };
}

/** An indefinite noun with a plural or dual pronoun attached: "لموقفهم"، "بلادهم"، "وحقوقكم" (no definite word takes one). */
function hasPronounSuffix(norm: string): boolean {
  return norm.length >= 5 && /(هم|هما|هن|كم|كما)$/.test(norm) && !/^(و|ف)?(ب|ل|ك)?ال/.test(norm) && !isFunctionWord(norm);
}

const mayOpenMedicalCity = wordFlag((w) => /^(و|ف)?(ب|ل)?مدينه$/.test(w));
/**
 * "مدينة الحسين الطبية"، "مدينة الشيخ شخبوط الطبية"، "مدينة الملك عبدالله الطبية": a medical city is a hospital body
 * (golds count all 11 as bodies), named by a person or a place, ending in «الطبية».
 */
function medicalCityAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenMedicalCity(toks[i])) return null;
  const m = /^((?:و|ف)?(?:ب|ل)?)مدينه$/.exec(toks[i].norm);
  if (!m) return null;
  let j = i + 1;
  while (j - i <= 5 && toks[j] && toks[j].kind === 'word' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && toks[j].norm !== 'الطبيه' && !isFunctionWord(toks[j].norm)) j++;
  if (j === i + 1 || !toks[j] || toks[j].norm !== 'الطبيه' || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return null;
  j++;
  const skip = m[1].length;
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/** A listed sports name that is a competition, not a club or a federation. */
const COMPETITION = /^(دوري|كاس|بطوله|الدوري|البطوله) /;

/** A token that may be اتحاد with its proclitics, once per word. */
const mayOpenUnion = wordTest(/^(و|ف)?(ب|ل)?اتحاد$/);

/**
 * "اتحاد بلديات قضاء صور"، "اتحاد بلديات الضاحية الجنوبية"، "اتحاد بلديات جبل عامل": a union of municipalities is
 * named by the district or the region it joins (a listed place, behind its administrative noun, or a definite name).
 */
function municipalUnionAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenUnion(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(اتحاد)$/.exec(toks[i].norm);
  if (!m || !toks[i + 2] || toks[i + 1].norm !== 'بلديات' || lineBreakBefore(doc, i + 1) || lineBreakBefore(doc, i + 2)) return null;
  let j = i + 2;
  if (/^(قضاء|منطقه|محافظه)$/.test(toks[j].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) j++;
  const place = doc.res.places.matchAt(toks, j, false);
  if (place) j = place.to;
  else {
    const start = j;
    while (j < toks.length && j - start < 2 && !lineBreakBefore(doc, j) && toks[j].kind === 'word' && (j === start ? /^ال.{2,}|^جبل$/.test(toks[j].norm) || !isMostlyWord(toks[j].norm) : /^ال.{2,}/.test(toks[j].norm) || toks[j - 1].norm === 'جبل') && !isFunctionWord(toks[j].norm) && !doc.res.firstNames.has(toks[j].norm)) j++;
    if (j === start) return null;
  }
  // (a region's adjective after the place: "اتحاد بلديات صيدا الزهراني" is listed as one place or stops here)
  for (let k = i + 1; k < j; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: j, skip, canonical: doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/** A token that may be مهرجان with its proclitics, once per word. */
const mayOpenFestival = wordTest(/^(و|ف)?(ب|ل)?(ال)?(مهرجان|مهرجانات|معرض)$/);
/** The arts a festival is of, named right after it ("مهرجان الموسيقى العربية"، "مهرجان المسرح العربي"). */
const FESTIVAL_ARTS = new Set(['الموسيقي', 'المسرح', 'السينما', 'الفيلم', 'الافلام', 'الفنون', 'الشعر', 'الجاز', 'الرقص', 'الاغنيه', 'الكتاب', 'الفن']);
/** The arts a festival that is a body is of, after لل ("للفيلم القصير"، "للثقافة والفنون"، "للرواية العربية"). */
const FESTIVAL_PURPOSE_ARTS = new Set([...FESTIVAL_ARTS, 'الثقافه', 'الروايه', 'الدراما', 'المونودراما', 'الانشاد', 'التصوير', 'الخط', 'الطفل', 'الفلكلور', 'التراث', 'الادب', 'القصه', 'الترجمه', 'الموسيقا']);

/**
 * "مهرجان القاهرة السينمائي الدولي"، "مهرجان البتراء الدولي للموسيقى"، "مهرجان كان": a festival named by its city
 * (a listed place, or a proper word no lexicon knows) organises, invites and awards: a body, as five golds have it,
 * with its adjectives and its art after ل ("للفيلم القصير"). "مهرجان الرمان"، "مهرجان ربيع الثقافة" name an
 * occasion and no place: no body.
 */
/** What a publishing house does, after its name: "للنشر"، "للنشر والتوزيع"، "للطباعة والنشر"، "للكتاب". */
const PUBLISHING = /^(للنشر|للطباعه|للكتاب|للكتب|للترجمه|للتوزيع)$/;
const mayOpenPublisher = wordTest(/^(و|ف)?(ب|ل)?(دار|منشورات)$/);

/**
 * "دار النيلين للنشر"، "دار الريم للنشر والتوزيع"، "منشورات ضفاف الأطلس": a publishing house, named by one or two words
 * and what it does (دار), or by the words after منشورات up to where the name plainly ends.
 */
function publisherAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenPublisher(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(دار|منشورات)$/.exec(toks[i].norm)!;
  const word = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free && !isFunctionWord(toks[k].norm) && !/^و/.test(toks[k].norm) && !PUBLISHING.test(toks[k].norm);
  let e = i + 1;
  if (m[3] === 'دار') {
    // one or two words, then the trade with لل (and its coordinated second trade)
    while (e < i + 3 && word(e)) e++;
    if (e === i + 1 || !toks[e] || lineBreakBefore(doc, e) || !PUBLISHING.test(toks[e].norm)) return houseNamedAt(doc, i, m[1]?.length ?? 0, m[2]?.length ?? 0);
    e++;
    if (toks[e] && !lineBreakBefore(doc, e) && /^وال(نشر|توزيع|طباعه|ترجمه)$/.test(toks[e].norm)) e++;
  } else {
    // "منشورات ضفاف الأطلس،": up to three words, closed by punctuation or a function word
    // (not an indefinite accusative after the name: "ومنشورات المتوسط أعمالا أخرى")
    const accusative = (k: number) => k > i + 1 && word(k) && /[^ا]ا$/.test(toks[k].norm) && !/^ال/.test(toks[k].norm) && (isCommonAnyReading(toks[k].norm.slice(0, -1)) || isMostlyWord(toks[k].norm.slice(0, -1)));
    while (e < i + 4 && word(e) && !looksLikeVerb(toks[e].norm, true) && !accusative(e)) e++;
    if (e === i + 1 || (toks[e] && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && !isFunctionWord(toks[e].norm) && !accusative(e))) return null;
    // (not a kind of publications: "منشورات رسمية"، "منشورات الوزارة")
    const n1 = toks[i + 1].norm;
    if (e === i + 2 && (isCommonAnyReading(n1) || isMostlyWord(n1))) return null;
  }
  for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/** What «دار» names as a verb ("دار الحديث حول …", it turned on) or as a house no one publishes from. */
const NOT_A_HOUSE = new Set(['الحديث', 'النقاش', 'الحوار', 'الجدل', 'الخلاف', 'الكلام', 'الصراع', 'القتال', 'الاشتباك', 'السجال', 'الزمن', 'الدهر', 'الامر', 'الاوبرا', 'المسنين', 'العجزه', 'الايتام', 'الحضانه', 'المحافظه', 'الضيافه', 'البلديه', 'الحكومه', 'الرياسه', 'السلام', 'الحرب', 'الاسلام', 'الكفر', 'البقاء', 'الفناء', 'الدنيا', 'الاخره', 'القرار', 'العباده', 'الندوه']);
/** Words before «دار X» where X is a house's name: a preposition or a stand of a fair ("صدرت عن دار الشروق"، "في جناح دار الآداب"). */
const BEFORE_HOUSE = /^(عن|من|لدي|مع|ضمن|لصالح|جناح|منشورات|اصدارات|اصدار|مدير|مديره|صاحب|صاحبه|موسس|موسسه|ناشر|الناشر|ناشره|نشرت|اصدرت|طبعت|تصدر|ستصدر|اصدرتها|نشرتها|سيما|اجنحه|مثل|ابرزها|بينها)$/;

/**
 * "صدرت عن دار الشروق"، "(لبنان)، دار الآداب."، "منشورات دار الشؤون الثقافية العامة"، "دار ممدوح عدوان": a house (a
 * publisher, most often) named by one proper or definite word, or by a person's name, after a preposition, a fair's
 * stand or a comma, with no trade after it (golds count 30 such houses and leave out «دار نشر» and the like).
 */
function houseNamedAt(doc: Doc, i: number, conj: number, prep: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const x = toks[i + 1];
  if (!x || x.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || isFunctionWord(x.norm)) return null;
  const prev = toks[i - 1];
  const after = prep > 0 || (!!prev && !lineBreakBefore(doc, i) && (BEFORE_HOUSE.test(prev.norm.replace(/^[وف]/, '')) || isPunct(doc, i - 1, '،,')));
  // ("نشرت دار الشروق ودار التنوير": و on a house right after another house)
  const afterHouse = conj > 0 && prep === 0 && i >= 2 && doc.claimed[i - 1] === Claim.Org && [2, 3].some((d) => i - d >= 0 && doc.claimed[i - d] === Claim.Org && /^(و|ف)?(ب|ل)?(دار|منشورات)$/.test(toks[i - d].norm));
  if ((!after && !afterHouse) || (conj > 0 && prep === 0 && !isPunct(doc, i - 1, '،,') && !afterHouse)) return null;
  let e = i + 2;
  if (/^ال/.test(x.norm)) {
    if (x.norm.length < 5 || NOT_A_HOUSE.has(x.norm) || doc.res.nationalities.matchAt(toks, i + 1, false)) return null;
    // (its adjectives: "دار الشؤون الثقافية العامة")
    while (e < i + 4 && toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && (/^ال.{2,}(ي|يه)$/.test(toks[e].norm) || toks[e].norm === 'العامه' || toks[e].norm === 'العام') && !doc.res.places.matchAt(toks, e, false)) e++;
  } else if (doc.res.firstNames.has(x.norm)) {
    // (a person's name, "دار ممدوح عدوان", or a first name alone, "دار نوفل")
    const span = nameForward(doc, i + 1, 3);
    if (span && span[1] - span[0] >= 2) e = span[1];
  } else if (x.norm.length < 3 || isCommonAnyReading(x.norm) || isMostlyWord(x.norm) || looksLikeVerb(x.norm, true) || doc.res.places.matchAt(toks, i + 1, false)) return null;
  for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = conj + prep;
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

function festivalAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenFestival(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(ال)?(مهرجان|مهرجانات|معرض)$/.exec(toks[i].norm);
  if (!m || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  // (a book fair is a body only with its trade: "معرض الشارقة الدولي للكتاب"; the definite festival only with an adjective
  // and its art, "المهرجان الوطني للفيلم")
  const fair = m[4] === 'معرض';
  const definite = !!m[3];
  let j = i + 1;
  const place = definite ? null : doc.res.places.matchAt(toks, j, false);
  if (definite) {
    if (!/^ال.{2,}(ي|يه)$/.test(toks[j].norm) || doc.res.nationalities.matchAt(toks, j, false)) return null;
  } else if (place) j = place.to;
  // ("مهرجان الموسيقى العربية": the art right after the head)
  else if (!fair && FESTIVAL_ARTS.has(toks[j].norm)) {
    j++;
    // (with the art's nationality: "مهرجان الموسيقى العربية")
    if (toks[j] && !lineBreakBefore(doc, j) && /^ال/.test(toks[j].norm) && doc.res.nationalities.matchAt(toks, j, false)?.to === j + 1) j++;
  }
  else if (toks[j].kind === 'word' && !/^ال/.test(toks[j].norm) && toks[j].norm.length >= 3 && !isFunctionWord(toks[j].norm) && !isCommonAnyReading(toks[j].norm) && !isMostlyWord(toks[j].norm) && !doc.res.firstNames.has(toks[j].norm) && !doc.res.ambiguousFirstNames.has(toks[j].norm)) j++;
  // (a city named like a word or a name, with the festival's adjective after it: "مهرجان طيبة الدولي"، "مهرجان كان
  // السينمائي"; Cannes alone too)
  else if (toks[j].kind === 'word' && !/^ال/.test(toks[j].norm) && (toks[j].norm === 'كان' || (doc.res.firstNames.has(toks[j].norm) || doc.res.ambiguousFirstNames.has(toks[j].norm))) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && (/^ال.{2,}ي$/.test(toks[j + 1].norm) || (toks[j].norm === 'كان' && (toks[j + 1].kind === 'punct' || /^و/.test(toks[j + 1].norm))))) j++;
  else return null;
  // its adjectives (السينمائي، الدولي، الوطني) and its art after ل (للموسيقى العربية، للفيلم القصير، للمسرح)
  let e = j;
  let art = false;
  while (e < toks.length && e - j < 5 && !lineBreakBefore(doc, e) && toks[e].kind === 'word' && doc.claimed[e] === Claim.Free) {
    const n = toks[e].norm;
    if (!art && /^ال.{2,}(ي|يه)$/.test(n) && !doc.res.nationalities.matchAt(toks, e, false)) e++;
    else if (!art && /^لل.{3,}/.test(n) && !NOT_A_PURPOSE.has(n)) {
      // (a festival of a crop, a beast or a game is a season's event, no body: "مهرجان بريدة للتمور"، "مهرجان ليوا
      // للرطب"، "المهرجان الدولي للصحراء"; one of an art organises, selects and awards: "مهرجان جرش للثقافة")
      if (!fair && !FESTIVAL_PURPOSE_ARTS.has('ال' + n.slice(2))) return null;
      art = true;
      e++;
    } else if (art && /^ال.{2,}/.test(n) && !isFunctionWord(n) && (!doc.res.places.matchAt(toks, e, false) || /^لل/.test(toks[e - 1].norm))) e++;
    else break;
  }
  if ((fair || definite) && !art) return null;
  for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/**
 * "شبكة منظمة لتهريب المخدرات"، "جريمة منظمة.": «منظمة» at i right after an indefinite noun, with no name after it (the
 * phrase ends, or a function word, و, or ل on a verbal noun follows), is that noun's adjective, "organised", no body;
 * "رئيسة منظمة المرأة العربية" is a noun in construct with the body. (The tagger takes such a span for a name.)
 */
export function organisedAdjective(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const prev = toks[i - 1];
  if (toks[i]?.norm !== 'منظمه' || !prev || prev.kind !== 'word' || lineBreakBefore(doc, i)) return false;
  if (/^[وف]?(ال|لل|بال)/.test(prev.norm) || !/ه$/.test(prev.norm) || !(isCommonAnyReading(prev.norm) || isMostlyWord(prev.norm))) return false;
  const t = toks[i + 1];
  return !t || lineBreakBefore(doc, i + 1) || t.kind !== 'word' || isFunctionWord(t.norm) || /^ل[^ال]/.test(t.norm) || /^و/.test(t.norm);
}

/** A token that may open a troupe or an orchestra, with its proclitics, once per word. */
const mayOpenTroupe = wordTest(/^(و|ف)?(ب|ل)?(ال)?(فرقه|اوركسترا|اوركسترا|جوقه|كورال)$/);
/** The arts a troupe is of, right after its head ("فرقة المسرح الشعبي"، "فرقة المقام العراقي"). */
const TROUPE_ARTS = new Set([...FESTIVAL_ARTS, 'المقام', 'الانشاد', 'التراث', 'الفلكلور', 'الدبكه', 'الموشحات', 'المالوف', 'الطرب', 'الاوبرا', 'الباليه']);
/** The adjectives a national troupe or orchestra is named by ("الفرقة القومية العربية للموسيقى"، "الأوركسترا السمفونية التونسية"). */
const TROUPE_ADJECTIVE = /^ال(وطنيه|قوميه|سمفونيه|سيمفونيه|فيلهارمونيه|فلهارمونيه|ملكيه|ماسيه|شعبيه|موسيقيه|سمفوني|سيمفوني|فيلهارموني|وطني|قومي|ملكي)$/;

/**
 * "فرقة الرشيدية"، "فرقة رضا للفنون الشعبية"، "فرقة عبد الحليم نويرة للموسيقى العربية"، "الفرقة الوطنية للفنون
 * الشعبية"، "الأوركسترا السمفونية التونسية": a troupe, a band or an orchestra named by a place, a person, an art or a
 * word no lexicon reads as ordinary (32 golds count one as a body, none as anything else), with its adjectives and its
 * art after لل. The definite head is a body only with a national adjective or an art after لل ("الفرقة الموسيقية" is
 * the band on stage); a kind of unit is none ("فرقة إنقاذ"، "فرقة الإطفاء"، "فرقة مدرعة").
 */
function troupeAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (!mayOpenTroupe(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(ال)?(فرقه|اوركسترا|جوقه|كورال)$/.exec(toks[i].norm);
  if (!m || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || toks[i + 1].kind !== 'word') return null;
  // (a troupe is written with ة: "فرقه" is "his teams", "أزالت فرقه الأنقاض")
  if (/ه$/.test(m[4]) && doc.text.charCodeAt(toks[i].end - 1) !== 0x0629) return null;
  const free = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  const definite = !!m[3];
  const x = toks[i + 1].norm;
  let j = i + 1;
  if (definite) {
    if (!TROUPE_ADJECTIVE.test(x)) return null;
  } else {
    const place = doc.res.places.matchAt(toks, j, false);
    if (place && isFreeRange(doc, j, place.to)) j = place.to;
    else if (TROUPE_ARTS.has(x)) {
      j++;
    } else if (doc.res.firstNames.has(x) || compoundFirstName(doc, j)) {
      // (a person's name: "فرقة رضا"، "فرقة عبد الحليم نويرة")
      const span = nameForward(doc, j, 4);
      j = span ? Math.max(span[1], j + 1) : j + 1;
    } else if (/^(اولاد|ولاد|بنات|ابناء|ال)$/.test(x) && free(j + 1)) {
      // ("فرقة أولاد الجبل"، "فرقة ولاد البامبرا")
      j += 2;
    } else if (x.length >= 3 && !isFunctionWord(x) && !isCommonAnyReading(x) && !isMostlyWord(x) && !looksLikeVerb(x, true) && !/^[وبل]/.test(x) && !/[هي]$/.test(x) && !x.startsWith('ال') && !(/^[اأإ]/.test(doc.text.charAt(toks[j].start)) && /(ت|وا)$/.test(x))) {
      // (a word no lexicon reads as ordinary, and the foreign words of the same name after it: "فرقة كانتو ديل ماري";
      // not an indefinite adjective, "فرقة مدرعة")
      j++;
      while (j < i + 5 && free(j) && !/^[وال]/.test(toks[j].norm) && !isFunctionWord(toks[j].norm) && !isCommonAnyReading(toks[j].norm) && (!isMostlyWord(toks[j].norm) || isNameLike(toks[j].norm)) && !looksLikeVerb(toks[j].norm, true)) j++;
    } else if (x.startsWith('ال') && x.length >= 5 && !isFunctionWord(x) && free(j + 1) && /^لل.{3,}/.test(toks[j + 1].norm) && TROUPE_ARTS.has('ال' + toks[j + 1].norm.slice(2))) {
      // (a definite word is a troupe's name only with its art after it: "فرقة الأصالة للفنون الشعبية"; "فرقة الإطفاء"
      // is a unit)
      j++;
    } else return null;
  }
  // its adjectives (الوطنية، العراقي، الشعبي) and its art after لل (للفنون الشعبية، للموسيقى العربية)
  let e = j;
  let art = false;
  let adjectives = 0;
  while (e < toks.length && e - j < 5 && free(e)) {
    const n = toks[e].norm;
    if (!art && /^ال.{2,}(ي|يه)$/.test(n) && !doc.res.places.matchAt(toks, e, false)) {
      adjectives++;
      e++;
    } else if (!art && /^لل.{3,}/.test(n) && !NOT_A_PURPOSE.has(n) && TROUPE_ARTS.has('ال' + n.slice(2))) {
      art = true;
      e++;
    } else if (art && /^ال.{2,}/.test(n) && !isFunctionWord(n) && !doc.res.places.matchAt(toks, e, false)) e++;
    else if (art && /^وال.{2,}/.test(n) && TROUPE_ARTS.has(n.slice(1))) e++;
    else break;
  }
  if (definite && !art && adjectives < 2) return null;
  for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  return { to: e, skip, canonical: doc.text.slice(start, toks[e - 1].end).replace(/\s+/g, ' ') };
}

/** Time nouns a ل-phrase can count by ("للعام الثاني"، "للمرة الأولى"): no company's purpose. */
const NOT_A_PURPOSE = new Set(['للعام', 'للمره', 'للشهر', 'لليوم', 'للسنه', 'للاسبوع', 'للموسم', 'للدوره', 'للحظه', 'للفتره']);

/** /^ال.{3,}يه$/ on a token's norm, once per word. */
const nisbaFeminine = wordTest(/^ال.{3,}يه$/);

/**
 * "الجزائرية للمياه"، "المصرية للاتصالات"، "السعودية للكهرباء": a nationality adjective standing as a noun, with
 * the company's trade after لل, is a company named the way the Arab public companies are. Not after a noun the
 * adjective describes ("الحكومة الجزائرية للمياه"), and not a country's own name with a purpose ("زار السعودية
 * للمشاركة": the adjective must not be a place, or a head must come before it).
 */
function nationalCompanyAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (!nisbaFeminine(t) || !toks[i + 1] || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  const nat = doc.res.nationalities.matchAt(toks, i, false);
  if (!nat || nat.to !== i + 1) return null;
  const prev = i > 0 && !lineBreakBefore(doc, i) ? toks[i - 1] : null;
  const headed = !!prev && /^(و|ف|ب|ل)?(موسسه|شركه|مجموعه)$/.test(prev.norm);
  if (!headed && doc.res.places.matchAt(toks, i, false)) return null;
  if (prev && !headed && prev.kind === 'word' && /^(و|ف|ب|ل)?ال/.test(prev.norm) && !isFunctionWord(prev.norm)) return null;
  // ("شركة «نوفاكور» الأمريكية للحوسبة": the adjective describes the name just closed.)
  if (prev && prev.kind !== 'word' && /^[»")\]”]$/.test(prev.norm)) return null;
  const trade = toks[i + 1].norm;
  if (!/^لل.{3,}/.test(trade) || NOT_A_PURPOSE.has(trade) || isFunctionWord(trade)) return null;
  let j = i + 2;
  // "... للنفط والغاز": one more trade joined by و.
  if (toks[j] && !lineBreakBefore(doc, j) && /^وال.{3,}/.test(toks[j].norm) && doc.claimed[j] === Claim.Free && !doc.res.nationalities.matchAt(toks, j, true)) j++;
  return { to: j, skip: 0, canonical: doc.text.slice(t.start, toks[j - 1].end) };
}

/** Words after which a name in guillemets or quotes is a company: "سهم «أدنوك للتوزيع»"، "شركة «إعمار العقارية»". */
// (and a body's: "منظمة "ييغا أفريقيا""، "جمعية «أصدقاء البيئة»")
const QUOTED_COMPANY_CUE = /^(و|ف|ب|ل)?(ال)?(سهم|اسهم|سهمي|شركه|شركتي|مجموعه|مصرف|بنك|علامه|وكاله|صحيفه|جريده|قناه|مجله|موقع|صندوق|صندوقي|منصه|تطبيق|منظمه|جمعيه|موسسه|حزب|ايتلاف|تحالف|رابطه|مرصد|شبكه)$/;
const CLOSERS = new Map([['«', '»'], ['"', '"'], ['“', '”']]);

/** Words of speaking: "قال لـ«…»"، "في تصريح لـ«…»"، "أضاف في حديث لـ«…»". */
const SPOKE = /^(و|ف)?(قال|قالت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|صرح|صرحت|كشف|كشفت|افاد|افادت|تصريح|تصريحات|حديث|حديثه|حديثها|مقابله|تصريحه|تصريحها|تصريحات|بيان|رسميه|خاصه)$/;

/** Words before an outlet's quoted name that tell what its people do: its correspondent, a statement it received, what it learned. */
const OUTLET_CUE = /^(و|ف)?(ل|ب)?(مراسل|مراسله|مراسلي|موفد|موفده|مندوب|تلقت|تلقته|تلقتها|تلقاه|علمت)$/;
/** A round of visits ل names the outlet of: "في جولة لـ«…»". */
const OUTLET_VISIT = /^(و|ف|ب)?(جوله|جولات|زياره|استطلاع)$/;
/** What an outlet did, with the thing done before it: "جولة أجرتها «…»"، "الأرقام التي جمعتها «…»". */
const OUTLET_DID = /^(اجرتها|اجراها|جمعتها|جمعها|رصدتها|رصدها|اعدتها|اعدها|نشرتها|نشرها|اطلعت|اطلع)$/;
/** "عليه"، "إليهم" ... after a verb whose doer is the outlet: "النص الذي حصل عليه «…»"، "مراقبون تحدثت إليهم «…»". */
const OUTLET_TO = /^(عليه|عليها|عليهم|اليه|اليها|اليهم)$/;
const OUTLET_DID_TO = /^(حصل|حصلت|تحدث|تحدثت|اطلع|اطلعت)$/;
/** What follows the name of an outlet someone spoke to: إن or أن, or a colon, after a comma at most ("… لـ«…»، إن"). */
function saidAfter(doc: Doc, k: number): boolean {
  if (isPunct(doc, k, '،,')) k++;
  const t = doc.tokens[k];
  // (not "إن شاء الله")
  return !!t && !lineBreakBefore(doc, k) && (t.kind === 'punct' ? t.norm === ':' : /^(ان|انه|انها|انهم)$/.test(t.norm) && doc.tokens[k + 1]?.norm !== 'شاء');
}
/** A call or a meeting that «مع» names the outlet of: "في اتصال هاتفي مع «…»"، "في لقاء مع «…»". */
const CALL_BEFORE = /^(اتصال|اتصالا|لقاء|حوار|مقابله|هاتفي|هاتفيا|هاتفيه|حديث)$/;
/** A word of speaking among the three words before k (on its line). */
function spokeBefore(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (lineBreakBefore(doc, j + 1)) return false;
    if (SPOKE.test(doc.tokens[j].norm)) return true;
  }
  return false;
}

/** A word of speaking earlier in the sentence of token k (up to 15 words back, not over a full stop or a line). */
function spokeInSentence(doc: Doc, k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 15); j--) {
    if (lineBreakBefore(doc, j + 1) || isPunct(doc, j, '.؟!')) return false;
    if (SPOKE.test(doc.tokens[j].norm)) return true;
  }
  return false;
}

/** A company's name in guillemets or quotes after a cue word: the whole quoted name (one to four words). */
function quotedCompanyAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  if (i < 2 || toks[i - 1].kind !== 'punct') return null;
  const closer = CLOSERS.get(toks[i - 1].norm);
  // (or the outlet someone spoke to: "وقال لـ«صدى المحروسة» إن"، "في تصريح لـ«الأطلس بريس»")
  // (the speaker may be named at length before it, "وقال الباحث … بدر ناصر المطيري لـ«الفنار» إن": a word of speaking
  // earlier in the sentence)
  const lam = toks[i - 2].norm === 'ل' && !lineBreakBefore(doc, i - 2);
  const toldOutlet = lam && (spokeBefore(doc, i - 2) || spokeInSentence(doc, i - 2));
  // ("بحسب أرقام «الدولية للمعلومات»"، "وفق «…»"، "نقلا عن «…»": the source of figures or news)
  const source = /^(بحسب|حسب|وفق|وفقا|نقلا|معلومات|ارقام|لمصادر|مصادر)$/.test(toks[i - 2].norm) || (toks[i - 2].norm === 'عن' && i >= 3 && /^(نقلا|ونقلا)$/.test(toks[i - 3].norm));
  // (or an outlet by what its people do: "أفاد مراسل «ليبيا 360»"، "لمراسل «الفرات اليوم»"، "في بيان تلقته «صوت
  // الفرات»"، "بيان تلقت «الفرات اليوم» نسخة منه"، "وعلمت «الوسيط المغربي» أن"، "في اتصال هاتفي مع «بوابة النهار»")
  // (or what its people did: "في جولة لـ«الأفق» في شوارع …"، "بحسب جولة أجرتها «…»"، "النص الذي حصل عليه «…»"،
  // "مراقبون تحدثت إليهم «…»")
  const outletCue =
    OUTLET_CUE.test(toks[i - 2].norm) ||
    (toks[i - 2].norm === 'مع' && (CALL_BEFORE.test(toks[i - 3]?.norm ?? '') || CALL_BEFORE.test(toks[i - 4]?.norm ?? ''))) ||
    (lam && i >= 3 && OUTLET_VISIT.test(toks[i - 3].norm)) ||
    OUTLET_DID.test(toks[i - 2].norm) ||
    (i >= 3 && OUTLET_TO.test(toks[i - 2].norm) && OUTLET_DID_TO.test(toks[i - 3].norm));
  if (!closer || lineBreakBefore(doc, i - 1)) return null;
  // (no cue of any kind, and no ل that a word of speaking or a said إن could make one: out before reading the quote)
  if (!lam && !(QUOTED_COMPANY_CUE.test(toks[i - 2].norm) || source || outletCue)) return null;
  let j = i;
  // (a number may end an outlet's name: "«الأطلس 24»"، "«ليبيا 360»")
  while (j < toks.length && j - i < 4 && (toks[j].kind === 'word' || toks[j].kind === 'latin' || (j > i && toks[j].kind === 'number')) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) j++;
  if (j === i || toks[j]?.norm !== closer) return null;
  // (the outlet a speaker told what the quote or إن that follows says, after his name and titles however long:
  // "أستاذ العلوم السياسية في الجامعة اللبنانية، لـ«بوابة النيل» إن «…»"، "هشام الشناوي لـ«بوابة النيل»: …")
  const told = toldOutlet || (lam && j - i <= 3 && saidAfter(doc, j + 1));
  if (!(QUOTED_COMPANY_CUE.test(toks[i - 2].norm) || told || source || outletCue)) return null;
  // A quoted phrase that reads as ordinary words is a slogan, not a name.
  // (not the outlet someone spoke to or whose people did something, whose name is often a word: "في حديث لـ«الأفق»"،
  // "مراسل «المدار»")
  if (j === i + 1 && (isFunctionWord(toks[i].norm) || (isMostlyWord(toks[i].norm) && !((told || outletCue) && /^ال/.test(toks[i].norm))))) return null;
  const dict = doc.res.orgs.matchAt(toks, i, false);
  // (so is one that opens with a particle or a verb the corpora know: "الوكالة «فقدت استمرارية المعرفة»"، "من الوكالة
  // «في أقرب وقت ممكن»" quote what was said)
  // (after the body's noun with the article, which names none: a name comes after a bare "وكالة «…»")
  if (!(dict && dict.to === j) && (/^(في|من|علي|الي|عن|مع|منذ|حتي|لدي)$/.test(toks[i].norm) || (/^ال/.test(toks[i - 2].norm) && looksLikeVerb(toks[i].norm) && isCommonAnyReading(toks[i].norm)))) return null;
  const text = doc.text.slice(toks[i].start, toks[j - 1].end);
  return { to: j, skip: 0, canonical: dict && dict.to === j ? dict.value.canonical : text };
}

/** Heads of companies, markets and authorities whose names go on after the place or proper word. */
const TAKES_TAIL = new Set(['بنك', 'مصرف', 'شركه', 'سوق', 'سلطه', 'بورصه', 'مجموعه', 'هيئه', 'موسسه', 'صندوق', 'معهد', 'اذاعه'].map(normalizeWord));
/** Adjectives that close such a name: "بنك أبوظبي الأول"، "سوق دبي المالي". */
const NAME_TAIL_ADJECTIVES = new Set(['المالي', 'الماليه', 'الاول', 'الوطني', 'الوطنيه', 'الدولي', 'الدوليه', 'الاسلامي', 'التجاري', 'العقاري', 'العقاريه', 'القابضه', 'المتحده', 'المركزي', 'العربي', 'الاهلي', 'الشعبي', 'الشعبيه', 'التعاوني', 'الزراعي', 'الصناعي']);

/**
 * What goes on after a company's or authority's place or proper word: a closing adjective and a
 * purpose with لل ("سوق أبوظبي للأوراق المالية"، "سلطة دبي للخدمات المالية"، "بنك الإسكان للتجارة والتمويل").
 * The purpose is taken only when the phrase ends there or goes on with its adjective or a coordinate,
 * not with a verb's complement ("... للإفراج عن").
 */
function nameTail(doc: Doc, j: number): number {
  const toks = doc.tokens;
  const free = (k: number) => k < toks.length && toks[k].kind === 'word' && doc.claimed[k] === Claim.Free && !lineBreakBefore(doc, k);
  if (free(j) && NAME_TAIL_ADJECTIVES.has(toks[j].norm)) j++;
  if (!free(j) || !/^لل.{3,}/.test(toks[j].norm) || isFunctionWord(toks[j].norm)) return j;
  let k = j + 1;
  // (a title opens the person who follows: "... للنقل التعليمي المهندس فهد العتيبي")
  while (free(k) && k - j < 3 && (/^و?ال.{3,}/.test(toks[k].norm)) && !DESCRIBING.has(toks[k].norm) && !isFunctionWord(toks[k].norm) && !doc.res.titles.matchAt(toks, k, false)) k++;
  const next = toks[k];
  const ends = !next || next.kind === 'punct' || lineBreakBefore(doc, k) || isFunctionWord(next.norm) && !/^(في|من|عن|علي|الي|مع)$/.test(next.norm);
  return ends || k > j + 1 ? k : j;
}

/** Transliterated trade words that end a company's name: "آشتي بتروليوم"، "ألفا هولدينغ"، "نوفا إنرجي". */
export const COMPANY_SUFFIX = new Set(['بتروليوم', 'انرجي', 'اينرجي', 'غروب', 'جروب', 'هولدينغ', 'هولدنغ', 'هولدينج', 'كابيتال', 'تكنولوجي', 'تكنولوجيز', 'موتورز', 'ايرلاينز', 'فارما', 'سيستمز', 'سوليوشنز', 'انترناشيونال', 'فنتشرز', 'فينتشرز', 'فنتشر', 'فينتشر', 'بارتنرز', 'لابز', 'انفستمنتس', 'فنتشورز', 'كونستراكشون', 'كونستركشن', 'موبيليتي', 'انجينيرينغ', 'انجنيرنج']);

/**
 * "ميدان كابيتال"، "نجد فنتشرز"، "ساحل بارتنرز": a word (or a listed place) and a company's trade word in
 * transliteration, with no head before them; the word may be an ordinary one or a place, the trade word makes the name.
 */
function suffixCompanyAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  // (most words have no trade word one to three words after them: out at once)
  if (t.kind !== 'word' || !toks[i + 1] || !(isCompanySuffix(toks[i + 1]) || (!!toks[i + 2] && isCompanySuffix(toks[i + 2])) || (!!toks[i + 3] && isCompanySuffix(toks[i + 3])))) return null;
  const place = doc.res.places.matchAt(toks, i, true);
  let k = place && place.to > i + 1 ? place.to : i + 1;
  // ("وادي الرمال كابيتال": two words, the first a place-name opener or a word no lexicon knows)
  if (!COMPANY_SUFFIX.has(toks[k]?.norm ?? '') && k === i + 1 && toks[i + 2] && COMPANY_SUFFIX.has(toks[i + 2].norm) && toks[i + 1].kind === 'word' && !isFunctionWord(toks[i + 1].norm) && (PLACE_NAME_OPENERS.has(t.norm) || (!isCommonAnyReading(t.norm) && !isMostlyWord(t.norm) && !doc.res.firstNames.has(t.norm)))) k = i + 2;
  if (!toks[k] || lineBreakBefore(doc, k) || doc.claimed[k] !== Claim.Free || !COMPANY_SUFFIX.has(toks[k].norm)) return null;
  for (let x = i; x < k; x++) if (doc.claimed[x] !== Claim.Free || (x > i && lineBreakBefore(doc, x))) return null;
  // (a proclitic on the first word: "لميدان كابيتال"، "ونجد فنتشرز"، "لنوردهافن إنرجي": the word left is an ordinary word
  // of four letters or more, or written bare elsewhere in the text; "بلوم كابيتال" keeps its ب)
  let skip = place ? place.skip : 0;
  if (!place) {
    const conj = /^[وف]/.test(t.norm) && t.norm.length >= 4 ? 1 : 0;
    for (const cut of [conj + 1, conj]) {
      if (cut === 0) continue;
      const bare = t.norm.slice(cut);
      if (cut > conj && !/^[بلك]/.test(t.norm.slice(conj))) continue;
      // (و alone goes where the word as written is no word of its own: "وبلوم", not "وادي")
      const wordLeft = bare.length >= 4 && !bare.startsWith('ا') && (isCommonAnyReading(bare) || isMostlyWord(bare));
      const conjOnly = cut === conj && !isCommonAnyReading(t.norm) && !isMostlyWord(t.norm) && !PLACE_NAME_OPENERS.has(t.norm);
      if (bare.length >= 3 && (wordLeft || conjOnly || toks.some((x, n) => n !== i && x.norm === bare))) {
        skip = cut;
        break;
      }
    }
  }
  const w = t.norm.slice(skip);
  if (w.length < 2 || isFunctionWord(w) || COMPANY_SUFFIX.has(w) || looksLikeVerb(w) || doc.res.titles.matchAt(toks, i, true)) return null;
  const start = offsetAfter(doc.text, t, skip);
  return { to: k + 1, skip, canonical: doc.text.slice(start, toks[k].end).replace(/\s+/g, ' ') };
}

/**
 * "اللجنة الوطنية الأولمبية المغربية"، "اللجنة الأولمبية والبارالمبية السعودية"، "للجنة الأولمبية الدولية": a national
 * Olympic committee, named by its nationality (or «الدولية»).
 */
function olympicCommitteeAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  // (a committee's head, and the word after it on the way to «الأولمبية»: out at once for every other word)
  if (!endsLajna(toks[i]) || !toks[i + 1] || !(toks[i + 1].norm === 'الاولمبيه' || toks[i + 1].norm === 'الوطنيه')) return null;
  const m = /^((?:و|ف)?(?:ب|ل)?)(?:ال|ل)لجنه$/.exec(toks[i].norm);
  if (!m || toks[i].kind !== 'word') return null;
  let j = i + 1;
  const at = (k: number, re: RegExp) => !!toks[k] && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free && re.test(toks[k].norm);
  if (at(j, /^الوطنيه$/)) j++;
  if (!at(j, /^الاولمبيه$/)) return null;
  j++;
  if (at(j, /^والبارالمبيه$|^والبارالومبيه$|^والباراولمبيه$/)) j++;
  const nat = toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free ? doc.res.nationalities.matchAt(toks, j, false) : null;
  if (nat && /^ال/.test(toks[j].norm)) j = nat.to;
  else if (at(j, /^الدوليه$/)) j++;
  else return null;
  // (لل on the head: ل + ال, the name keeps its article)
  const lil = toks[i].norm.slice(m[1].length).startsWith('لل');
  const skip = m[1].length + (lil ? 1 : 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  const text = doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ');
  return { to: j, skip, canonical: lil ? 'ال' + text : text };
}

/** Currencies, which a purpose after them makes no company of ("مليار دولار للاستثمار"). */
const CURRENCY = new Set(['دولار', 'يورو', 'دينار', 'ريال', 'جنيه', 'درهم', 'ليره', 'فرنك', 'روبيه', 'ين']);

/** A company's trades after لل: "جلفار للهندسة والمقاولات"، "تروجان للمقاولات العامة" (normalised, without لل). */
const COMPANY_TRADES = new Set(['مقاولات', 'هندسه', 'استثمار', 'استثمارات', 'تطوير', 'تجاره', 'خدمات', 'صناعات', 'صناعه', 'اتصالات', 'تامين', 'نقل', 'طاقه', 'سياحه', 'عقارات', 'انشاءات', 'استشارات', 'تقنيه', 'برمجيات', 'اغذيه', 'ادويه', 'بتروكيماويات', 'شحن', 'طيران', 'حديد', 'اسمنت']);
/** The word is لل + a company's trade, once per word. */
const isTradeLil = wordFlag((w) => w.startsWith('لل') && COMPANY_TRADES.has(w.slice(2)));

/**
 * "جلفار للهندسة والمقاولات"، "تروجان للمقاولات العامة": a proper word no list or lexicon knows and a company's trade
 * after لل (with its coordinated trades and «العامة»), with no head before them.
 */
function purposeCompanyAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  const next = toks[i + 1];
  if (!next || !isTradeLil(next) || t.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  const n = t.norm;
  // (a name's shape: no inflected ending of an ordinary word, "داعما"، "استراتيجيتنا"، "منشأة"، and no currency, "دولار")
  if (n.length < 3 || /^(ال|و|ف|ب|ل|ك)/.test(n) || /(ا|نا|ها|هم|ه|ات|ين|ون)$/.test(n) || CURRENCY.has(n) || isFunctionWord(n) || isCommonAnyReading(n) || isMostlyWord(n) || looksLikeVerb(n) || doc.res.firstNames.has(n) || doc.res.ambiguousFirstNames.has(n) || doc.res.places.matchAt(toks, i, true) || doc.res.titles.matchAt(toks, i, true) || doc.res.nationalities.matchAt(toks, i, true)) return null;
  // (the company named elsewhere with its head, "شركة سديم للخدمات", is read there, and this mention joins it as its
  // short form)
  for (let k = 1; k < toks.length; k++) if (k !== i && toks[k].norm === n && /^(و|ف|ب|ل)?(شركه|مجموعه|شركتي)$/.test(toks[k - 1].norm)) return null;
  let j = i + 2;
  while (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && /^وال/.test(toks[j].norm) && COMPANY_TRADES.has(toks[j].norm.slice(3))) j++;
  if (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && /^ال(عامه|متحده|حديثه|دوليه|وطنيه)$/.test(toks[j].norm)) j++;
  return { to: j, skip: 0, canonical: doc.text.slice(t.start, toks[j - 1].end).replace(/\s+/g, ' ') };
}

/** COMPANY_SUFFIX.has(t.norm), once per word (asked of the next three tokens at every word). */
const isCompanySuffix = wordFlag((w) => COMPANY_SUFFIX.has(w));
/** The word ends in لجنه, once per word. */
const endsLajna = wordFlag((w) => w.endsWith('لجنه'));

/** Last words of news sites' and papers' names: "قرطاج بوست"، "سكاي نيوز"، "نيويورك تايمز"، "هسبريس". */
const MEDIA_SUFFIX = new Set(['بوست', 'نيوز', 'تايمز', 'برس', 'بريس', 'انفو', 'اونلاين', 'تايم', 'تريبيون', 'جورنال', 'سبور']);
/** MEDIA_SUFFIX.has(t.norm), once per word (asked of the next two tokens at every word). */
const isMediaSuffix = wordFlag((w) => MEDIA_SUFFIX.has(w));

/** "موقع"، "صحيفة" ... before the name are the kind of outlet, not part of its name. */
const MEDIA_HEAD = /^[وفبل]?(ال)?(موقع|صحيفه|جريده|قناه|مجله|شبكه|منصه)$/;

/** A word (or two) and a media suffix: the name of a news outlet, whatever the word before it is (a place, often). */
function mediaNameAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  let j = i + 1;
  // (The suffix first: it rules out almost every word at the cost of a set lookup.)
  if (!toks[j] || !(isMediaSuffix(toks[j]) || (toks[j + 1] && isMediaSuffix(toks[j + 1])))) return null;
  // ("نقلته الأسوشيتد برس": a verb with its object pronoun is no part of the outlet's name.)
  if (t.kind !== 'word' || isFunctionWord(t.norm) || MEDIA_HEAD.test(t.norm) || (/(ه|ها|هم)$/.test(t.norm) && isCommonAnyReading(t.norm.replace(/(ه|ها|هم)$/, '')))) return null;
  if (lineBreakBefore(doc, j) || (toks[j].kind !== 'word' && toks[j].kind !== 'latin')) return null;
  if (!MEDIA_SUFFIX.has(toks[j].norm)) {
    // "وول ستريت جورنال": two words before the suffix.
    if (!toks[j + 1] || lineBreakBefore(doc, j + 1) || !MEDIA_SUFFIX.has(toks[j + 1].norm) || isFunctionWord(toks[j].norm)) return null;
    // ("تعلن مؤسسة تايمز": a verb before them is the sentence's)
    if (looksLikeVerb(t.norm) && isCommonAnyReading(t.norm) && !doc.res.orgs.matchAt(toks, i, true)) return null;
    // ("وقال المحمدي لنخيل نيوز": ل on the second word after a speaker's name is the outlet he spoke to)
    if (toldOutletAfter(doc, i, j)) return null;
    j++;
  }
  j++;
  // "سكاي نيوز عربية"
  if (toks[j] && !lineBreakBefore(doc, j) && /^عربي(ه)?$/.test(toks[j].norm)) j++;
  for (let k = i; k < j; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const told = i > 0 && toldOutletAfter(doc, i - 1, i);
  // ("تصريح للأطلس بريس": ل on the article, written لل, is the outlet's الأطلس)
  const lam = !told && /^لل.{3,}/.test(t.norm) && j === i + 2;
  const skip = told || lam ? 1 : /^[وفبل]/.test(t.norm) && !doc.res.places.matchAt(toks, i, false) && doc.res.places.matchAt(toks, i, true)?.skip === 1 ? 1 : 0;
  const start = offsetAfter(doc.text, t, skip);
  const text = doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ');
  return { to: j, skip, canonical: lam ? 'ا' + text : text };
}

/** The word at k is ل + an outlet's first word, right after a speaker (a verb of saying, a family name, a first name) at p. */
function toldOutletAfter(doc: Doc, p: number, k: number): boolean {
  const toks = doc.tokens;
  const w = toks[k].norm;
  if (!/^ل[^ال]/.test(w) || w.length < 4 || lineBreakBefore(doc, k) || toks[p].kind !== 'word') return false;
  const prev = toks[p].norm;
  return /^(و|ف)?(قال|قالت|صرح|صرحت|اكد|اكدت|اوضح|اوضحت|اضاف|اضافت|كشف|كشفت|افاد|افادت|ذكر|ذكرت|اشار|اشارت)$/.test(prev) || (/^ال.{3,}/.test(prev) && !isFunctionWord(prev)) || doc.res.firstNames.has(prev);
}

/** Words that open a news site's name: "أنباء الساحل"، "بوابة الأهرام"، "أخبار اليوم". */
const OUTLET_HEAD = new Set(['انباء', 'اخبار', 'بوابه', 'موقع', 'صحيفه', 'جريده', 'راديو', 'اذاعه', 'قناه', 'شبكه', 'وكاله']);

/** Words a dateline or a kicker opens with that name no outlet ("عاجل - ..."، "خاص - ..."). */
const KICKER = new Set(['عاجل', 'خاص', 'حصري', 'بالفيديو', 'بالصور', 'فيديو', 'صور', 'تقرير', 'تحليل', 'متابعه', 'مباشر', 'تحديث', 'محدث']);

/**
 * The site's own name in a paragraph's dateline: "الدوحة - اللؤلؤة:" (a place, a dash, the outlet, a colon or
 * the line's end) or "حبر سوري – ريف دمشق:"، "نبض عمّان - أدى ..." (the outlet, then a dash). One to three words
 * that are no place, no person's first name and no ordinary word alone.
 */
function isDashAt(doc: Doc, k: number): boolean {
  const t = doc.tokens[k];
  return !!t && t.kind === 'punct' && /^[-–—]$/.test(t.norm);
}

/** Tokens [a, b) could be an outlet's name: free words, no kicker, no place, no person's first name, no title. */
function outletWords(doc: Doc, a: number, b: number, anyWord = false): boolean {
  const toks = doc.tokens;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if ((t.kind !== 'word' && t.kind !== 'latin' && !(t.kind === 'number' && k === b - 1 && k > a)) || doc.claimed[k] !== Claim.Free || isFunctionWord(t.norm) || KICKER.has(t.norm) || (k > a && lineBreakBefore(doc, k))) return false;
  }
  if (doc.res.places.matchAt(toks, a, false)?.to === b || doc.res.firstNames.has(toks[a].norm) || doc.res.titles.matchAt(toks, a, false)) return false;
  return anyWord || !(b === a + 1 && (isMostlyWord(toks[a].norm) || isCommonAnyReading(toks[a].norm)));
}

function bracketOutletAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const close = isPunct(doc, i + 1, ')') ? i + 1 : isPunct(doc, i + 2, ')') ? i + 2 : -1;
  // (in this strict shape one word is the agency even when it is also a word: "(كيان)"، "(صدى)")
  if (close < 0 || !outletWords(doc, i, close, true)) return null;
  // ("ميتشي (ولاية وداي) –": the region the town lies in, a listed place or a division's head and its name)
  if (doc.res.places.matchAt(toks, i, false)?.to === close || /^(ولايه|محافظه|اقليم|منطقه|مقاطعه|جهه|عماله|قضاء|مديريه|ناحيه|بلديه)$/.test(toks[i].norm)) return null;
  const after = toks[close + 1];
  if (!after || after.kind !== 'punct' || !/^(?:[-–—]+|[:：])$/.test(after.norm)) return null;
  // the line opens with a place (listed, or one unknown word), then only the date's tokens
  let p = i - 2;
  while (p > 0 && !lineBreakBefore(doc, p) && i - p < 9) p--;
  if (!(p === 0 || lineBreakBefore(doc, p))) return null;
  const place = doc.res.places.matchAt(toks, p, false);
  let k = place ? place.to : p + 1;
  if (!place && (toks[p].kind !== 'word' || isMostlyWord(toks[p].norm) || isCommonAnyReading(toks[p].norm) || isFunctionWord(toks[p].norm))) return null;
  // (the date may be the wire's day and month between dashes: "الكويت – 4 – 11 (كيان) --")
  for (; k < i - 1; k++) if (doc.claimed[k] !== Claim.Date && toks[k].kind !== 'number' && !isPunct(doc, k, '،,-–—')) return null;
  return { to: close, skip: 0, canonical: doc.text.slice(toks[i].start, toks[close - 1].end) };
}

function datelineOutletAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const atLineStart = i === 0 || lineBreakBefore(doc, i);
  // (c) in brackets after the place (and the date) that open the line, then a dash or a colon:
  // "تشنغدو 22 أكتوبر 2025 (جونغهوا) --"
  if (i >= 2 && isPunct(doc, i - 1, '(') && !lineBreakBefore(doc, i - 1)) return bracketOutletAt(doc, i);
  // (most words are neither at a line's start nor after a dash: out at once)
  if (!atLineStart && !isDashAt(doc, i - 1)) return null;
  // (b) the outlet first: "حبر سوري – ريف دمشق:" (two words at least: one unknown word before a dash is a town)
  if (atLineStart) {
    // (not a sentence that opens with و and a verb, "ويعد خط الغردقة – شرم الشيخ من أكثر …", nor a route between two
    // places, "خط صفاقس-قرقنة: طوابير …")
    if (/^[وف][يت]/.test(toks[i].norm) && looksLikeVerb(toks[i].norm)) return null;
    const route = /^(خط|طريق|رحله|رحلات|محور|جسر|معبر)$/.test(toks[i].norm);
    for (let b = i + 1; b <= i + 3 && b < toks.length; b++) {
      if (route && isDashAt(doc, b) && doc.res.places.matchAt(toks, b - 1, false)?.to === b) return null;
      if (isDashAt(doc, b) && b - i >= 2 && !doc.res.places.matchAt(toks, i, true) && outletWords(doc, i, b)) return { to: b, skip: 0, canonical: doc.text.slice(toks[i].start, toks[b - 1].end) };
      if (toks[b].kind === 'punct') break;
    }
    return null;
  }
  // (a) after a place and a dash at the line's start: "الدوحة - اللؤلؤة:"
  if (!isDashAt(doc, i - 1) || i < 2) return null;
  let p = i - 2;
  while (p > 0 && !lineBreakBefore(doc, p) && toks[p - 1].kind === 'word') p--;
  // (the town may be one no list holds: "ازويرات – أنباء الساحل:")
  const town = doc.res.places.matchAt(toks, p, false)?.to === i - 1 || (p === i - 2 && !isMostlyWord(toks[p].norm) && !isCommonAnyReading(toks[p].norm) && !isFunctionWord(toks[p].norm) && !doc.res.firstNames.has(toks[p].norm));
  if (!(p === 0 || lineBreakBefore(doc, p)) || !town) return null;
  for (let b = i + 1; b <= i + 3; b++) {
    const end = b >= toks.length || lineBreakBefore(doc, b) || (toks[b].kind === 'punct' && /^[:：|]$/.test(toks[b].norm));
    // (a reporter's name may stand there too, "بيروت - رلى حداد": the site's name has the article or a media word)
    // (or a word and a place, "منارة ليبيا"، "مرآة الإمارات", or a number, "المدى 24": no one's name ends so)
    const placeEnd = b - i >= 2 && !doc.res.places.matchAt(toks, i, false) && toks.slice(i + 1, b).some((_, k) => doc.res.places.matchAt(toks, i + 1 + k, false)?.to === b);
    const numberEnd = b - i >= 2 && toks[b - 1].kind === 'number';
    const outletLike = /^ال/.test(toks[i].norm) || MEDIA_SUFFIX.has(toks[b - 1].norm) || OUTLET_HEAD.has(toks[i].norm) || toks[i].kind === 'latin' || placeEnd || numberEnd;
    if (end) return outletLike && outletWords(doc, i, b) ? { to: b, skip: 0, canonical: doc.text.slice(toks[i].start, toks[b - 1].end) } : null;
    if (toks[b].kind === 'punct') return null;
  }
  return null;
}

/** A word no list or lexicon knows, of a name's shape: no article, no clitic phrase, no verb. */
function properWord(doc: Doc, k: number): boolean {
  const w = doc.tokens[k];
  if (!w || w.kind !== 'word' || doc.claimed[k] !== Claim.Free || w.norm.length < 3) return false;
  const n = w.norm;
  return !/^(و|ف|ب|ل|ك)?ال/.test(n) && !/^[وبلف]/.test(n) && !isFunctionWord(n) && !isCommonAnyReading(n) && !isMostlyWord(n) && !looksLikeVerb(n) && !doc.res.firstNames.has(n) && !doc.res.places.matchAt(doc.tokens, k, true) && !doc.res.nationalities.matchAt(doc.tokens, k, true) && !doc.res.titles.matchAt(doc.tokens, k, true);
}

/**
 * Token k is the kind of a feminine body, in agreement after its name ("الخيرية"، "التعاونية"، "الحكومية"): a definite
 * feminine relational adjective that is neither a nationality nor a place.
 */
function kindAdjective(doc: Doc, k: number, head: string): boolean {
  const w = doc.tokens[k];
  if (!w || w.kind !== 'word' || lineBreakBefore(doc, k) || doc.claimed[k] !== Claim.Free || !/ه$/.test(head)) return false;
  return /^ال.{3,}يه$/.test(w.norm) && !isFunctionWord(w.norm) && !doc.res.nationalities.matchAt(doc.tokens, k, false) && !doc.res.places.matchAt(doc.tokens, k, false) && !doc.res.titles.matchAt(doc.tokens, k, false);
}

/** Plurals of the heads: "والجمعيات"، "والشركات" after a body's name start a list of other bodies. */
const PLURAL_HEADS = new Set(['الجمعيات', 'الشركات', 'المنظمات', 'الهييات', 'الموسسات', 'المصارف', 'البنوك', 'الوزارات', 'النقابات', 'الاحزاب', 'الاتحادات', 'المجالس', 'اللجان', 'الدواير', 'المديريات', 'الصناديق', 'الجامعات', 'المعاهد', 'المراكز']);
/** Definite heads of a described organization: "الوكالة الفرنسية للتنمية"، "المرصد السوري لحقوق الإنسان". */
const DEFINITE_HEADS = new Set(['الاتحاد', 'المتحف', 'المكتبه', 'المندوبيه', 'الجبهه', 'الاتحاديه', 'الجامعه', 'الوكاله', 'المكتب', 'المجمع', 'الهيئه', 'الموسسه', 'الشركه', 'المجلس', 'الجمعيه', 'المنظمه', 'المفوضيه', 'الصندوق', 'المرصد', 'المركز', 'الجهاز', 'الديوان', 'الرابطه', 'النقابه', 'اللجنه', 'المحكمه', 'المعهد', 'المديريه', 'الوحده', 'الحزب', 'التحالف', 'البرلمان', 'القطب', 'الاداره'].map(normalizeWord));
/** DEFINITE_HEADS.has(t.norm), once per word. */
const isDefiniteHead = wordFlag((w) => DEFINITE_HEADS.has(w));
/** Adjectives that make such a head a particular body. */
const BODY_ADJECTIVES = new Set(['البلدي', 'البلديه', 'النيابي', 'الوطني', 'الوطنيه', 'القومي', 'القوميه', 'الشريف', 'الدولي', 'الدوليه', 'العام', 'العامه', 'الاعلي', 'العليا', 'المركزي', 'المركزيه', 'الاتحادي', 'الاتحاديه', 'المستقل', 'المستقله', 'العالمي', 'العالميه', 'القابضه']);

/** Adjectives of a nation's scope. */
const NATIONAL_SCOPE = new Set(['الوطني', 'الوطنيه', 'القومي', 'القوميه', 'الاتحادي', 'الاتحاديه']);

/** Creeds that name a party or an alliance by one adjective. */
const IDEOLOGY = new Set(['المسيحي', 'الشيوعي', 'الاشتراكي', 'الليبرالي', 'الديمقراطي', 'الجمهوري', 'الاتحادي', 'الاسلامي', 'القومي', 'الدستوري', 'التقدمي', 'البعثي', 'الناصري', 'الاخضر', 'العمالي', 'المحافظ']);

/** Kinds of court that name one court of a state: "المحكمة الإدارية"، "المحكمة الدستورية". */
const COURT_KIND = new Set(['الاداريه', 'الدستوريه', 'العليا', 'الاتحاديه', 'الجنائيه', 'العسكريه', 'الجزاييه', 'الكليه', 'الشرعيه', 'الاقتصاديه'].map(normalizeWord));

/** Words in ل that stay function words before a definite noun: "لدى الوزارة"، "لكن الشركة". */
const L_FUNCTION = /^(لدي|لكن|لان|لذا|لذلك|لعل|ليس|ليست|لما|لم|لن|لو|لولا|لاجل|لصالح|لهذا|لهذه|لتلك|لذلك)$/;

/** A definite relational adjective (nisba): "الجهوي"، "الابتدائية"، "الكيميائي". */
function isNisba(norm: string): boolean {
  return /^ال..+(ي|يه)$/.test(norm) && !isFunctionWord(norm);
}

/** The shapes the readings below accept ([وف]ال، [وف]?[بك]ال، [وف]?لل: a head behind its proclitics), tested once per word. */
const cliticDefinite = wordTest(/^[وف][بك]?ال|^[بك]ال|^[وف]?لل/);

/**
 * A definite head, a nationality or a body adjective, then what it is for, introduced by ل:
 * "الاتحاد المصري لكرة القدم"، "المكتب الوطني للكهرباء والماء الصالح للشرب". Without the ل-complement
 * the phrase is too generic ("المجلس الوطني") and only the dictionary may name it.
 */
function definiteHeadAt(doc: Doc, i: number): { to: number; skip: number; canonical: string } | null {
  const toks = doc.tokens;
  const t = toks[i];
  let skip = 0;
  let head = t.norm;
  if (!isDefiniteHead(t)) {
    if (!cliticDefinite(t)) return null;
    if (/^[وف]ال/.test(head) && DEFINITE_HEADS.has(head.slice(1))) {
      skip = 1;
      head = head.slice(1);
    } else if (/^[وف]?لل/.test(head)) {
      const k = head.indexOf('لل');
      // ("للجنة المستقلة": ل + "اللجنة", the three lams written two)
      const lams = !DEFINITE_HEADS.has('ال' + head.slice(k + 2)) && DEFINITE_HEADS.has('ال' + head.slice(k + 1));
      if (!lams && !DEFINITE_HEADS.has('ال' + head.slice(k + 2))) return null;
      skip = k + 1;
      head = 'ال' + head.slice(lams ? k + 1 : k + 2);
    } else if (/^[وف]?[بك]ال/.test(head) && DEFINITE_HEADS.has(head.replace(/^[وف]?[بك]/, ''))) {
      // "بالمحكمة الابتدائية بتونس"
      const rest = head.replace(/^[وف]?[بك]/, '');
      skip = head.length - rest.length;
      head = rest;
    } else return null;
  }
  const adj = toks[i + 1];
  if (!adj || adj.kind !== 'word' || lineBreakBefore(doc, i + 1)) return null;
  // ("للجنة الطوارئ الوطنية" is ل + a committee in construct: ل + "اللجنة" only before its adjective, as written)
  if (head.startsWith('الل') && /^[وف]?لل/.test(t.norm) && !t.norm.slice(skip).startsWith('لل') && !BODY_ADJECTIVES.has(adj.norm) && !COMMITTEE_ADJECTIVE.test(adj.norm) && !/ي[ةه]?$/.test(doc.text.slice(adj.start, adj.end).replace(/[\u064b-\u0652]/g, ''))) return null;
  const nat = doc.res.nationalities.matchAt(toks, i + 1, false);
  const isNat = !!nat && nat.to === i + 2;
  // Any relational adjective may describe the body ("الاتحاد الجهوي للشغل"، "المحكمة الابتدائية بقفصة"),
  // but then a complement or a nationality must make it particular (below).
  const describedOnly = !isNat && !BODY_ADJECTIVES.has(adj.norm);
  if (describedOnly && !isNisba(adj.norm)) return null;
  let j = i + 2;
  let complements = 0;
  // "المجمع الكيميائي التونسي": a nationality after the adjective makes the body particular.
  const natAfter = doc.res.nationalities.matchAt(toks, j, false);
  if (describedOnly && natAfter && natAfter.to === j + 1 && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) {
    j++;
    complements++;
  } else if (describedOnly && toks[j] && NATIONAL_SCOPE.has(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) {
    // "المجلس الاقتصادي الوطني": the nation's scope after the relational adjective ("اللجنة التنسيقية العليا" is
    // any committee's rank, no name).
    j++;
    complements++;
  } else if (describedOnly && (head === 'اللجنه' || head === 'الكتله') && toks[j] && /^(النيابيه|البرلمانيه)$/.test(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) {
    // "اللجنة المالية النيابية": a committee of the House is named by its field and "parliamentary"
    j++;
    complements++;
  } else if (describedOnly && (head === 'الحزب' || head === 'التحالف' || head === 'القطب')) {
    // "الحزب المسيحي الاجتماعي البافاري"، "التحالف المسيحي الديمقراطي": a party named by two adjectives or more.
    // (Algeria's specialised court divisions too: "القطب الجزائي الاقتصادي والمالي".)
    let k = j;
    while (k < toks.length && k - j < 3 && toks[k].kind === 'word' && doc.claimed[k] === Claim.Free && !lineBreakBefore(doc, k) && (isNisba(toks[k].norm) || (k > j && /^وال/.test(toks[k].norm) && isNisba(toks[k].norm.slice(1)))) && !DESCRIBING.has(toks[k].norm)) k++;
    if (head === 'القطب' && k === j) return null;
    // (or by one adjective of its creed: "التحالف المسيحي"، "الحزب الشيوعي")
    if (k > j || IDEOLOGY.has(adj.norm)) {
      j = k;
      complements++;
    }
  }
  // "المجلس السياسي الأعلى"، "المجلس الإسلامي الأعلى": a council's field and its supreme rank name one council
  // ("اللجنة التنسيقية العليا" is any committee's rank).
  if (describedOnly && complements === 0 && (head === 'المجلس' || head === 'الهييه') && toks[j] && /^(الاعلي|العليا)$/.test(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) {
    j++;
    complements++;
  }
  // "البرلمان الهندي": a parliament is particular by its nation alone.
  if (isNat && head === 'البرلمان') complements++;
  // "الهيئة المصرية العامة لحماية الشواطئ": a body adjective after the nationality.
  if (isNat && toks[j] && BODY_ADJECTIVES.has(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j)) j++;
  // "الهيئة العليا المستقلة للانتخابات": more body adjectives before the complement.
  else if (!describedOnly) {
    for (let n = 0; n < 2 && toks[j] && BODY_ADJECTIVES.has(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j); n++) j++;
    // "المجلس الوطني الكردي"، "المكتبة الوطنية الجزائرية"، "المعهد الوطني التونسي": a nationality after the body
    // adjectives makes the body one nation's.
    const natLast = toks[j] && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j) && /^ال/.test(toks[j].norm) ? doc.res.nationalities.matchAt(toks, j, false) : null;
    if (natLast && natLast.to === j + 1) {
      j++;
      complements++;
    }
  }
  // "المحكمة الإدارية"، "المحكمة الدستورية العليا": a court named by its kind is that state's court.
  if (head === 'المحكمه' && j === i + 2 && COURT_KIND.has(adj.norm)) {
    complements++;
    // ("المحكمة الجزائية المتخصصة": Saudi Arabia's specialised criminal court)
    if (toks[j] && (toks[j].norm === 'العليا' || toks[j].norm === 'الاتحاديه' || toks[j].norm === 'المتخصصه') && !lineBreakBefore(doc, j)) j++;
  }
  while (j < toks.length && j - i < 9 && !lineBreakBefore(doc, j)) {
    const w = toks[j];
    if (w.kind !== 'word' || doc.claimed[j] !== Claim.Free) break;
    const n = w.norm;
    // (a verbal noun that also reads as ل + a reporting verb, "لنقل الكهرباء", is the body's purpose when a
    // definite word follows it)
    const purposeNoun = /^ل[^ل]/.test(n) && !L_FUNCTION.test(n) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال/.test(toks[j + 1].norm);
    // (ل + a division's noun takes its place, "المجلس المحلي لمدينة سراقب"; with a place no list holds the name
    // ends before it, and the role reads the rest: "رئيس الإدارة العسكرية لمقاطعة خاركيف أوليغ ...")
    if (/^ل(مدينه|محافظه|ولايه|بلده|بلديه|قريه|منطقه|قضاء|اقليم|ناحيه|مقاطعه)$/.test(n) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.res.places.matchAt(toks, j + 1, false))) break;
    if (/^(لل|ل)/.test(n) && n.length > 3 && (!isFunctionWord(n) || purposeNoun)) {
      // "اجتماعا للمجلس الوزاري للأمن الوطني لمتابعة عملية ...": after the name's complement, an indefinite
      // one says what the meeting is for.
      // (Not "لقناة السويس", "لكرة القدم": an indefinite noun with its definite word or place is the name's.)
      if (complements > 0 && !/^لل/.test(n) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && (/^ال/.test(toks[j + 1].norm) || doc.res.places.matchAt(toks, j + 1, false)))) break;
      // ("المديرية العامة للأحوال المدنية لتسجيل العائدين": after the complement, ل on a verbal noun of a derived form
      // says what the body is doing, whatever follows it)
      if (complements > 0 && /^ل(ت..ي.|ا..ا.|است..ا.|ان..ا.|م.ا..ه)$/.test(n)) break;
      // "المكتب السياسي للحركة": "of the movement" points back to a body named before, it names none;
      // "المكتب الإعلامي لرئيس الوزراء": the office of an office-holder is no organization either.
      // ("الهيئة الإدارية للجامعة العامة ...": the board of a body named after it is that body's, no body of its own.)
      // ("للمحافظة العقارية"، "للمحافظة على البيئة": the verbal noun "preserving", not the woman governor's title)
      if (complements === 0 && ((/^لل/.test(n) && (GENERIC.has('ال' + n.slice(2)) || DEFINITE_HEADS.has('ال' + n.slice(2)))) || (n !== 'للمحافظه' && doc.res.titles.matchAt(toks, j, true)?.value.isRole))) return null;
      // ("المديرية العامة لقوى الأمن الداخلي"، "المديرية الجهوية لسوناطراك": a directorate of a listed body is that body,
      // which the lists find on their own.)
      if (complements === 0 && head === 'المديريه' && doc.res.orgs.matchAt(toks, j, true)) return null;
      complements++;
      j++;
      // "المجلس المحلي لمدينة سراقب": ل + a town's or a province's noun takes the place it names.
      const pl = !/^لل/.test(n) && /^ل(مدينه|محافظه|ولايه|بلده|بلديه|قريه|منطقه|قضاء|اقليم|ناحيه|مقاطعه)$/.test(n) && toks[j] && !lineBreakBefore(doc, j) ? doc.res.places.matchAt(toks, j, false) : null;
      if (pl) {
        j = pl.to;
        continue;
      }
      // ("المؤسسة العامة لجسر الملك فهد": a facility named after a king, a prince or a martyr, with his name)
      const royal = /^ل(جسر|مطار|ميناء|مستشفي|جامعه|مدينه|مركز|ملعب|استاد|شارع|طريق|مسجد|جامع|قاعه|مجمع|برج|متحف|مكتبه|جايزه|حديقه|ساحه|ميدان|قاعده)$/.test(n) && !!toks[j + 1] && TITLE_IN_NAME.test(toks[j]?.norm ?? '') && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && doc.claimed[j + 1] === Claim.Free ? nameForward(doc, j + 1, 4) : null;
      if (royal) {
        j = royal[1];
        continue;
      }
      // "لكرة القدم": an indefinite noun after ل takes its definite complement ("لإدارة مخيمات النازحين": through
      // one more indefinite noun of the chain).
      if (!/^لل/.test(n) && toks[j] && /^ال/.test(toks[j].norm) && !lineBreakBefore(doc, j)) j++;
      // ("الاتحاد القطري للكرة الطائرة"، "للكرة الطائرة الشاطئية": the ball's game after "the ball")
      else if (n === 'للكره' && toks[j] && /^ال(طايره|شاطييه|قدم|سله|يد)$/.test(toks[j].norm) && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) {
        j++;
        if (toks[j] && toks[j].norm === 'الشاطييه' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) j++;
      }
      else if (!/^لل/.test(n) && toks[j + 1] && toks[j].kind === 'word' && !/^(و|ف)?ال/.test(toks[j].norm) && !isFunctionWord(toks[j].norm) && doc.claimed[j] === Claim.Free && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && /^ال/.test(toks[j + 1].norm) && doc.claimed[j + 1] === Claim.Free && !isFunctionWord(toks[j + 1].norm) && isCommonAnyReading(toks[j].norm)) j += 2;
      // ("الجمعية الوطنية للمحافظة على البيئة"، "للحفاظ على التراث": a verbal noun of keeping with its object)
      else if (/^(للمحافظه|للحفاظ)$/.test(n) && toks[j + 1] && toks[j].norm === 'علي' && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && /^ال.{2,}/.test(toks[j + 1].norm) && doc.claimed[j + 1] === Claim.Free) j += 2;
      continue;
    }
    // "... والمجمع الشريف للفوسفاط": a coordinated head starts the next organization.
    if (/^وال/.test(n) && DEFINITE_HEADS.has(n.slice(1))) break;
    // "بقفصة": the place where the body sits ends its name ("المحكمة الابتدائية بقفصة").
    if (/^ب/.test(n)) {
      const where = doc.res.places.matchAt(toks, j, true);
      if (where && where.clitic === 'ب' && where.from === j) {
        complements++;
        j = where.to;
      } else if (/^ب(منطقه|محافظه|ولايه|مدينه|اماره|اقليم)$/.test(n) && complements > 0 && toks[j + 1] && !lineBreakBefore(doc, j + 1)) {
        // ("الإدارة العامة للتعليم بمنطقة القصيم": with the division's noun before the place)
        const pl = doc.res.places.matchAt(toks, j + 1, false);
        if (pl) j = pl.to;
      }
      break;
    }
    // After a complement: a coordinate (والصرف) or an adjective (الصحي، الاجتماعي); a plain definite noun is the
    // sentence's ("الشركة القابضة لمياه الشرب والصرف الصحي المشروع": المشروع is the object).
    // (Not a participle with its object: "الهيئة ... القاضية بإسقاط"، "الرامية إلى"، "المكلفة بـ".)
    const nx = toks[j + 1]?.norm ?? '';
    // (a participle, فاعلة or مُفعِّلة; not a relational adjective, "للتنمية الفلاحية إلى …")
    const governs = /ه$/.test(n) && !BODY_ADJECTIVES.has(n) && !lineBreakBefore(doc, j + 1) && (/^ب/.test(nx) || ((nx === 'الي' || nx === 'علي') && (/^ال.ا.{1,2}ه$/.test(n) || /^الم/.test(n))));
    // (one relational adjective after the complement: "للجماعات الترابية الاتفاقية" ends before the object)
    const secondNisba = isNisba(n) && !BODY_ADJECTIVES.has(n) && !/^وال/.test(n) && !doc.res.nationalities.matchAt(toks, j, false) && isNisba(toks[j - 1].norm) && !BODY_ADJECTIVES.has(toks[j - 1].norm) && !/^(لل|ل)/.test(toks[j - 1].norm);
    if (complements > 0 && !governs && !secondNisba && (/^وال/.test(n) || isNisba(n) || BODY_ADJECTIVES.has(n)) && n.length > 3 && !isFunctionWord(n)) {
      j++;
      continue;
    }
    break;
  }
  if (complements === 0) return null;
  const start = offsetAfter(doc.text, t, skip);
  const text = doc.text.slice(start, toks[j - 1].end).replace(/\s+/g, ' ');
  return { to: j, skip, canonical: head.startsWith('الل') && t.norm.slice(skip).startsWith('ل') && !t.norm.slice(skip).startsWith('لل') ? 'ال' + text : t.norm.slice(skip).startsWith('ل') ? 'ا' + text : text };
}

/**
 * "مجموعة أوكيو" ... "أوكيو ستتولى": once a company, group or movement is named by its head noun and one proper
 * word, that word alone (with a proclitic or not) names it again anywhere in the article.
 */
/**
 * "الجيش اللبناني" … "وأكد الجيش أن …": where the story names one army, the bare "الجيش" is that army again (39 of
 * the 112 armies of the golds list it so). Not before a word that names another ("الجيش الحر"، "الجيش الوطني").
 */
export function findBareArmy(doc: Doc, orgs: readonly OrgMention[], from: number, to: number): OrgMention[] {
  let army: string | null = null;
  for (const o of orgs) {
    // (a country's army, named by its nationality: "الجيش اللبناني"، "الجيش الوطني الصومالي")
    const words = o.canonical.trim().split(/\s+/);
    if (words[0] !== 'الجيش' || words.length > 3 || !doc.res.nationalities.getNormalized(normalizeWord(words[words.length - 1]))) continue;
    if (army && army !== o.canonical) return [];
    army = o.canonical;
  }
  if (!army) return [];
  const toks = doc.tokens;
  const out: OrgMention[] = [];
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') continue;
    const m = /^((?:و|ف)?(?:ب|ك)?)الجيش$|^((?:و|ف)?ل)لجيش$/.exec(toks[i].norm);
    if (!m) continue;
    const next = toks[i + 1];
    if (next && !lineBreakBefore(doc, i + 1) && next.kind === 'word' && /^ال/.test(next.norm) && (/(ي|يه)$/.test(next.norm) || doc.res.nationalities.matchAt(toks, i + 1, false))) continue;
    const skip = m[1] !== undefined ? m[1].length : m[2].length;
    const start = offsetAfter(doc.text, toks[i], skip);
    out.push({ from: i, to: i + 1, start, end: toks[i].end, text: doc.text.slice(start, toks[i].end), canonical: army, alias: null, source: 'pattern' });
    doc.claimed[i] = Claim.Org;
  }
  return out;
}

/** The names findOrgShortForms looks for, indexed from a list of organizations that only grows, in its order. */
interface ShortFormIndex {
  byWord: Map<string, OrgMention>;
  byPair: Map<string, OrgMention>;
  whole: Map<string, { org: OrgMention; rest: string[] }>;
  /** How many of the list's organizations are indexed. */
  seen: number;
}
const shortFormIndexes = new WeakMap<readonly OrgMention[], ShortFormIndex>();

export function findOrgShortForms(doc: Doc, orgs: readonly OrgMention[], from: number, to: number): OrgMention[] {
  // (The engine asks once a chunk with the list found so far: the index is built once and grows with the list, so
  // that a page ten times longer costs ten times, not a hundred.)
  let index = shortFormIndexes.get(orgs);
  if (!index || index.seen > orgs.length) {
    index = { byWord: new Map(), byPair: new Map(), whole: new Map(), seen: 0 };
    shortFormIndexes.set(orgs, index);
  }
  const { byWord, byPair, whole } = index;
  for (; index.seen < orgs.length; index.seen++) {
    const o = orgs[index.seen];
    // (a body named by one word, "(جونغهوا)" of a dateline or "(آفاد)" beside its full name, named again)
    if ((o.source === 'pattern' || o.source === 'dateline') && o.to - o.from === 1 && doc.tokens[o.from].kind === 'word') {
      const w = doc.tokens[o.from].norm;
      if (w.length >= 3 && !isCommonAnyReading(w) && !isMostlyWord(w) && !isFunctionWord(w) && !doc.res.places.getNormalized(w) && !doc.res.firstNames.has(w) && !byWord.has(w)) byWord.set(w, o);
      continue;
    }
    // (an outlet a dateline names in two or three words, "منارة ليبيا", named again whole: "في تصريح لمنارة ليبيا")
    if (o.source === 'dateline' && o.to - o.from >= 2 && o.to - o.from <= 3) {
      const ws = doc.tokens.slice(o.from, o.to).map((t) => t.norm);
      if (!whole.has(ws[0])) whole.set(ws[0], { org: o, rest: ws.slice(1) });
      continue;
    }
    if (o.source !== 'pattern' || o.to - o.from < 2) continue;
    // (the head as written first: "بنك" is no ب + "نك")
    const written = doc.tokens[o.from].norm;
    if (HEAD_OF.get(written) !== 'name' && HEAD_OF.get(written.replace(/^(و|ف)?(ب|ل|ك)?/, '')) !== 'name') continue;
    const w = doc.tokens[o.from + 1].norm;
    if (w.length < 3 || isCommonAnyReading(w) || isMostlyWord(w) || doc.res.places.getNormalized(w)) {
      // ("بنك الصفاة الوطني" ... «الصفاة الوطني»: a common first word, named again with the word after it)
      const w2 = o.to - o.from >= 3 ? doc.tokens[o.from + 2] : undefined;
      // (not a place named in the body's name: "منتخب غينيا بيساو" ... "غينيا بيساو" is the country)
      if (w2 && w2.kind === 'word' && w.length >= 3 && !isFunctionWord(w) && !isFunctionWord(w2.norm) && !doc.res.places.matchAt(doc.tokens, o.from + 1, false) && !byPair.has(`${w} ${w2.norm}`)) byPair.set(`${w} ${w2.norm}`, o);
      continue;
    }
    if (!byWord.has(w)) byWord.set(w, o);
  }
  const out: OrgMention[] = [];
  if (!byWord.size && !byPair.size && !whole.size) return out;
  const toks = doc.tokens;
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') continue;
    const n = toks[i].norm;
    if (whole.size) {
      const m = /^(و|ف)?(ب|ل|ك)?/.exec(n);
      const s = m && m[0] && whole.has(n.slice(m[0].length)) ? m[0].length : 0;
      const w = whole.get(n.slice(s));
      const e = i + 1 + (w ? w.rest.length : 0);
      if (w && w.org.from !== i && e <= to && w.rest.every((r, k) => toks[i + 1 + k].norm === r && doc.claimed[i + 1 + k] === Claim.Free && !lineBreakBefore(doc, i + 1 + k))) {
        const start = offsetAfter(doc.text, toks[i], s);
        out.push({ from: i, to: e, start, end: toks[e - 1].end, text: doc.text.slice(start, toks[e - 1].end), canonical: w.org.canonical, alias: null, source: 'pattern' });
        for (let k = i; k < e; k++) doc.claimed[k] = Claim.Org;
        i = e - 1;
        continue;
      }
    }
    let skip = -1;
    let org: OrgMention | undefined;
    if ((org = byWord.get(n))) skip = 0;
    else {
      const m = /^(و|ف)?(ب|ل|ك)?/.exec(n);
      if (m && m[0] && (org = byWord.get(n.slice(m[0].length)))) skip = m[0].length;
    }
    if (!org && byPair.size && i + 1 < to && doc.claimed[i + 1] === Claim.Free && !lineBreakBefore(doc, i + 1)) {
      const m = /^(و|ف)?(ب|ل|ك)?/.exec(n);
      for (const s of m && m[0] ? [0, m[0].length] : [0]) {
        if ((org = byPair.get(`${n.slice(s)} ${toks[i + 1].norm}`))) {
          skip = s;
          break;
        }
      }
    }
    if (!org || skip < 0) continue;
    // ("بنك الصفاة الوطني" ... "الصفاة الوطني": the rest of the name after the head comes along)
    let e = i + 1;
    if (org.to - org.from >= 3 && toks[org.from].norm !== n) {
      for (let k = org.from + 2; k < org.to && e < to && doc.claimed[e] === Claim.Free && !lineBreakBefore(doc, e) && toks[e].norm === doc.tokens[k].norm; k++) e++;
    }
    const start = offsetAfter(doc.text, toks[i], skip);
    out.push({ from: i, to: e, start, end: toks[e - 1].end, text: doc.text.slice(start, toks[e - 1].end), canonical: org.canonical, alias: null, source: 'pattern' });
    for (let k = i; k < e; k++) doc.claimed[k] = Claim.Org;
    i = e - 1;
  }
  return out;
}
