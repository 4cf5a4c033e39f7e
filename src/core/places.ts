/**
 * Places from the gazetteer, with proclitics ("بموسكو") and multi-word names ("الولايات المتحدة"),
 * aliases merged to one canonical ("أمريكا" → "الولايات المتحدة"). Nationality adjectives are not
 * places ("الروسي"); a word that is both ("السعودية") is a place only where a place can stand.
 */
import { Claim, hasTanween, isPunct, lineBreakBefore, offsetAfter, type Doc } from './doc.ts';
import { isCommonAnyReading, isCommonWord, isFunctionWord, isMostlyWord, isNameLike } from './lexicon.ts';
import { compoundFirstName, isJoiningHyphen, isParticle, looksLikeVerb, nameForward, possessedNoun, TITLE_IN_NAME } from './names.ts';
import { isMonthWord } from './dates.ts';
import { inDialectQuote } from './dialect.ts';
import { normalizeKeepShadda } from './resources.ts';
import type { PlaceEntry } from './dictionaries.ts';
import { analyses, wordFlag, wordTest } from './tokenize.ts';
import { normalizeWord } from './normalize.ts';

export interface PlaceMention {
  from: number;
  to: number;
  start: number;
  end: number;
  text: string;
  canonical: string;
  kind: string;
}

const PREPOSITIONS = new Set(['في', 'الي', 'من', 'مع', 'بين', 'عن', 'علي', 'تجاه', 'حول', 'لدي', 'داخل', 'خارج', 'نحو', 'عبر', 'ضد', 'وفي', 'والي', 'ومن', 'ومع', 'وبين', 'زار', 'وزار', 'غادر', 'وصل', 'دخل', 'و', 'او', 'حتي', 'شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);

export function findPlaces(doc: Doc, from: number, to: number, familyNames?: ReadonlySet<string>): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = doc.tokens;
  let i = from;
  while (i < to) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') {
      i++;
      continue;
    }
    // "المقاطعة الغربية"، "المحافظة الشمالية": a province named by its direction (seven gold mentions of seven)
    const byDir = provinceByDirectionAt(doc, i);
    if (byDir) {
      out.push(byDir);
      doc.claimed[i] = doc.claimed[i + 1] = Claim.Place;
      i += 2;
      continue;
    }
    const shadda = shaddaPlaceAt(doc, i);
    if (shadda) {
      out.push(shadda);
      doc.claimed[i] = Claim.Place;
      i++;
      continue;
    }
    let m = doc.res.places.matchAt(toks, i, true, 2);
    // ("كلباً"، a dog in the accusative, is no "كلباء": a one-word place written with the tanween of the accusative)
    if (m && m.to === i + 1 && hasTanween(doc, i)) m = null;
    // ("وكان صالح" is no و + ك + "إن صالح": a listed name whose first word is two letters under a hamza, written behind
    // proclitics without that hamza, is a little word: كان، لأن، بأن)
    if (m && m.skip > 0 && /^[أإ]/.test(m.value.name) && normalizeWord(m.value.name.split(' ')[0]).length <= 2 && doc.text.charAt(offsetAfter(doc.text, toks[i], m.skip)) !== m.value.name.charAt(0)) m = null;
    // ("الحسين ولد سيدي عبد الله": a place named like a man, after ولد / بن, is the father's name in a chain)
    if (m && m.to > i + 1 && m.skip === 0 && i > 0 && !lineBreakBefore(doc, i) && /^(ولد|بنت|منت|بن|ابن)$/.test(toks[i - 1].norm) && (doc.res.firstNames.has(toks[i].norm) || isParticle(doc, i))) m = null;
    // ("فاطمة" is a woman's name, not ف + "أطمة": a word that is whole a listed first name carries no proclitic)
    if (m && m.to === i + 1 && m.skip > 0 && doc.res.firstNames.has(toks[i].norm) && !doc.res.places.getNormalized(toks[i].norm)) m = null;
    // ("عمان" without its shadda in a Jordanian story: the capital, not the sultanate)
    if (m && m.value.others.length && m.to === i + 1 && toks[i].norm.endsWith('عمان') && jordanianStory(doc)) {
      const amman = m.value.others.find((e) => e.kind === 'capital' && e.iso2 === 'JO');
      if (amman) m = { ...m, value: amman };
    }
    // ("بالقصبة" in a Tunisian story: the seat of Tunisia's government, not the Casbah of Algiers) a name two countries
    // have is the one of the country the story names, when it names only that one.
    else if (m && m.value.others.length && m.value.iso2) {
      const countries = storyPlaces(doc).countries;
      if (!countries.has(m.value.iso2)) {
        const other = m.value.others.find((e) => e.iso2 && countries.has(e.iso2));
        if (other) m = { ...m, value: { ...other, others: [m.value, ...m.value.others.filter((e) => e !== other)] } };
      }
    }
    // "الرياض وجدة والدمام": in a list of places, a listed name that is و + another listed name is the second
    // (Jeddah, not Oujda).
    if (m && m.to === i + 1 && m.skip === 0 && i > 0 && doc.claimed[i - 1] === Claim.Place && /^و../.test(toks[i].norm)) {
      const rest = doc.res.places.getNormalized(toks[i].norm.slice(1));
      if (rest) m = { value: rest, from: i, to: i + 1, skip: 1, clitic: 'و' };
    }
    // "فأس" (an axe) is no "فاس": a hamza written inside a short word the list spells without one is another word.
    // (claimed as a word, so that no tagger span makes it a place again)
    // ("بئرين" (two wells) is no "بيرين": so a hamza on its seat, ئ or ؤ, in a word of up to six letters)
    const written = m && m.to === i + 1 ? doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[i].end) : '';
    if (m && m.to === i + 1 && ((hamzaInside(written) && !hamzaInside(m.value.name) && normalizeWord(m.value.name).length <= 4) || (/[ئؤ]/.test(written.slice(1)) && !/[ئؤ]/.test(m.value.name) && normalizeWord(m.value.name).length <= 6))) {
      doc.claimed[i] = Claim.Common;
      i++;
      continue;
    }
    // ("في إطار" is no "أطار"، "عنه" no "عنة": a one-word name that is also a word, written with another hamza on its
    // first alef or with ه for the list's ة, is the word)
    if (m && m.to === i + 1 && m.value.ambiguous && spelledOtherwise(doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[i].end), m.value.name)) {
      doc.claimed[i] = Claim.Common;
      i++;
      continue;
    }
    // ("بعد صلاة المغرب"، "أذان المغرب"، "الظهر والعصر والمغرب": the sunset prayer, no Morocco)
    // ("قبل المغرب"، "من بعد المغرب"، "حتى المغرب": a time of day, unless another country follows, "بعد المغرب وتونس";
    // "صار ظلمة من المغرب" in a quote in dialect)
    if (m && m.to === i + 1 && /^(و|ف|ب|ل)?المغرب$/.test(toks[i].norm) && i > 0 && !lineBreakBefore(doc, i) && (/^(و|ف|ب|ل)?(صلاه|صلاتي|اذان|وقت|موعد|صلاتا)$/.test(toks[i - 1].norm) || /^(و)?(العصر|العشاء)$/.test(toks[i - 1].norm) || /^(و)?(العشاء)$/.test(toks[i + 1]?.norm ?? '') || sunsetAfter(doc, i))) {
      doc.claimed[i] = Claim.Common;
      i++;
      continue;
    }
    // ("المنشأة الغازية": a definite name in ية right after a definite feminine noun agrees with it as its adjective)
    // (after a feminine plural too, "الفئات العمرية"; and so does a name in ة that is an ordinary adjective, "الأحياء
    // السكنية الجديدة", not "العاصمة المنامة")
    if (m && m.to === i + 1 && m.skip === 0 && i > 0 && !lineBreakBefore(doc, i) && doc.text.charCodeAt(toks[i].end - 1) === 0x0629 && (/^ال.{2,}يه$/.test(toks[i].norm) || (/^ال.{2,}ه$/.test(toks[i].norm) && (m.value.ambiguous || isMostlyWord(toks[i].norm) || isCommonAnyReading(toks[i].norm)))) && ((/^(و|ف|ب|ل)?ال.{2,}ه$/.test(toks[i - 1].norm) && doc.text.charCodeAt(toks[i - 1].end - 1) === 0x0629) || /^(و|ف|ب|ل)?ال.{2,}ات$/.test(toks[i - 1].norm)) && doc.claimed[i - 1] === Claim.Free && !doc.res.places.matchAt(toks, i - 1, true) && !doc.res.orgs.matchAt(toks, i - 1, true) && !doc.res.titles.matchAt(toks, i - 1, true)) {
      i++;
      continue;
    }
    // A two-letter name ("إب") only in a list of places: "محافظات تعز وحجة وإب".
    const tooShort = !!m && m.to === i + 1 && toks[i].norm.length - m.skip < 3 && !(m.clitic === 'و' && doc.claimed[i - 1] === Claim.Place);
    // ("للحج" is ل + الحج, not ل + the governorate لحج.)
    const lilAl = !!m && m.to === i + 1 && /^[وف]?لل/.test(toks[i].norm) && /ل$/.test(m.clitic) && isCommonAnyReading('ال' + toks[i].norm.slice(toks[i].norm.indexOf('لل') + 2));
    // ("كلاوس برانت" is a name, not ك + Laos: "like" goes on a place with its article, "كالعراق", or one that ends a
    // phrase or opens a list, "مدن كبرى كدنيبرو وسومي"; not on a word a second name word follows.)
    // (The next word last: it asks isFunctionWord of the next token, which every word would pay for otherwise.)
    const kaf =
      !!m && m.to === i + 1 && /ك$/.test(m.clitic) && !/^ال/.test(toks[i].norm.slice(m.skip)) &&
      !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && toks[i + 1].kind === 'word' && !/^و/.test(toks[i + 1].norm) && !isFunctionWord(toks[i + 1].norm);
    // ("دون المتوسط"، "في المتوسط خلال الربع": المتوسط alone is the average; the sea is named with البحر, or by a shore
    // or a basin of it)
    const average = !!m && m.to === i + 1 && toks[i].norm.slice(m.skip) === 'المتوسط' && !(i > 0 && !lineBreakBefore(doc, i) && /^(و|ف|ب|ل)?(ال)?(بحر|البحر|الابيض|حوض|ضفه|ضفتي|ضفاف|شرق|غرب|جنوب|شمال|عبر|دول|سواحل|ساحل)$/.test(toks[i - 1].norm));
    if (!m || !/^([وف]?[بلك]?)$/.test(m.clitic) || tooShort || lilAl || kaf || average) {
      const village = namedByPlaceNoun(doc, i) ?? coordinatedVillage(doc, i, out) ?? placeWithNationality(doc, i);
      if (village) {
        out.push(village);
        for (let k = village.from; k < village.to; k++) doc.claimed[k] = Claim.Place;
        i = village.to;
        continue;
      }
      i++;
      continue;
    }
    // A title's words are not places ("القائم بأعمال" is an office, not the town).
    const title = doc.res.titles.matchAt(toks, i, true);
    if (title && title.value.category !== 'honorific' && title.to >= m.to) {
      i = title.to;
      continue;
    }
    let free = true;
    for (let k = i; k < m.to; k++) if (doc.claimed[k] !== Claim.Free) free = false;
    if (!free) {
      i++;
      continue;
    }
    // ("وأضاف الوزاني" after "عبد الرحيم الوزاني"، "وقال الزهراني": a one-word town that is the family name of someone
    // the story names in full is him named short, unless the story shows it as the town somewhere ("حي المعادي"، "في
    // الدرعية"); left free for the short forms)
    if (familyNames && m.to === i + 1 && m.value.kind !== 'country' && m.value.kind !== 'capital' && familyNames.has(toks[i].norm.slice(m.skip)) && !shownAsPlace(doc, m.value)) {
      i++;
      continue;
    }
    // ("مدينة عنتيبي المطلة على بحيرة فيكتوريا": a town named like a participle of place, right before على, is that
    // participle, "overlooking")
    if (m.to === i + 1 && m.skip === 0 && PLACE_DESCRIBING.has(toks[i].norm) && /^(علي|عليها|عليه)$/.test(toks[i + 1]?.norm ?? '') && !lineBreakBefore(doc, i + 1)) {
      i++;
      continue;
    }
    // ("بمشاركة 84 راميا ورامية"، "14 رامية من أربعة أندية": a one-word town named like a noun, counted by a number or
    // paired with its masculine, is that noun, "archer")
    if (m.to === i + 1 && m.value.kind !== 'country' && m.value.kind !== 'capital' && ((m.skip === 0 && countedNoun(doc, i)) || pairedFeminine(doc, i, m.skip))) {
      i++;
      continue;
    }
    // ("أفران الخبز": a town whose name opens with إ, written with أ, is the word spelled so, "ovens", not إفران)
    // ("عن أبيه وجده": a town whose name ends in ة, written with ه after an ordinary word, is that word and a pronoun)
    if (m.to === i + 1 && (hamzaOtherWay(doc, i, m.skip, m.value.name) || pronounNotTown(doc, i, m.skip, m.value))) {
      i++;
      continue;
    }
    if (m.to === i + 1 && m.value.ambiguous && isCommonNounUse(doc, i)) {
      doc.claimed[i] = Claim.Common;
      i++;
      continue;
    }
    if (m.to === i + 1 && (isAdjectiveUse(doc, i, m.clitic) || directionAdjective(doc, i, m.skip) || (m.value.ambiguous && (isMostlyWord(toks[i].norm.slice(m.skip)) || !isNameLike(toks[i].norm.slice(m.skip)) || strayTown(doc, m.value)) && !placeContext(doc, i)))) {
      i++;
      continue;
    }
    // ("مركزي أبو حمص وكفر الدوار"، "دير حلب": a listed name after a place opener is another place, named with it)
    const opener = i > 0 && m.skip === 0 && !lineBreakBefore(doc, i) && doc.claimed[i - 1] === Claim.Free ? /^(و|ف|ب|ل)?(ابو|بني|دير|كفر|تل|سيدي|اولاد|ايت|راس)$/.exec(toks[i - 1].norm) : null;
    // (not a person's family name in أبو used alone: "هاني أبو ريدة … وقال أبو ريدة")
    const kunya = !!opener && opener[2] === 'ابو' && toks.some((x, k) => k > 0 && k !== i && doc.claimed[k] === Claim.Person && x.norm === toks[i].norm && doc.tokens[k - 1].norm.endsWith('ابو'));
    if (kunya) {
      i = m.to;
      continue;
    }
    if (opener) {
      const start = offsetAfter(doc.text, toks[i - 1], opener[1]?.length ?? 0);
      const end = toks[m.to - 1].end;
      const text = doc.text.slice(start, end);
      out.push({ from: i - 1, to: m.to, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'village' });
      for (let k = i - 1; k < m.to; k++) doc.claimed[k] = Claim.Place;
      i = m.to;
      continue;
    }
    // "محافظة الأنبار"، "بولاية كسلا": the administrative noun written with the name is part of the mention.
    const head = i > 0 && m.skip === 0 ? headBefore(doc, i - 1) : -1;
    const namedDivision = i > 0 && m.skip === 0 && headBefore(doc, i - 1, false) >= 0;
    const from = head >= 0 ? i - 1 : i;
    const start = head >= 0 ? head : offsetAfter(doc.text, toks[i], m.skip);
    let to = m.to;
    let canonical = m.value.canonical;
    // "مدينة العلمين الجديدة": a listed "مدينة العلمين" inside a longer listed name that starts one word later.
    if (m.to - i >= 2) {
      const inner = doc.res.places.matchAt(toks, i + 1, false);
      let free = true;
      if (inner) for (let k = m.to; k < inner.to; k++) if (doc.claimed[k] !== Claim.Free || lineBreakBefore(doc, k)) free = false;
      if (inner && inner.to > m.to && free) {
        to = inner.to;
        canonical = inner.value.canonical;
      }
    }
    // "عمالة إنزكان آيت ملول"، "جهة مراكش آسفي": after an administrative noun, two names side by side are one division.
    if (namedDivision && to < toks.length && !lineBreakBefore(doc, to) && doc.claimed[to] === Claim.Free) {
      // (also joined by a hyphen: "جهة الدار البيضاء-سطات")
      const hy = isJoiningHyphen(doc, to) ? 1 : 0;
      const second = doc.res.places.matchAt(toks, to + hy, false);
      // (not a place named by a direction, which says where the first lies: "قضاء صور جنوب لبنان")
      if (second && !DIRECTIONS.has(toks[to + hy].norm)) {
        canonical = doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[second.to - 1].end);
        to = second.to;
      }
    }
    // "الدار البيضاء-سطات"، "مراكش-آسفي": two listed places joined by a hyphen with no space are one region.
    // (not the two ends of a line or a road: "خط صفاقس-قرقنة"، "رحلات جدة-القاهرة")
    if (head < 0 && to < toks.length && isJoiningHyphen(doc, to) && doc.claimed[to] === Claim.Free && !(i > 0 && !lineBreakBefore(doc, i) && /^[وب]?(ال)?(خط|خطوط|طريق|رحله|رحلات|محور|مسار|معبر|جسر)$/.test(toks[i - 1].norm))) {
      const second = doc.res.places.matchAt(toks, to + 1, false);
      if (second && second.to <= toks.length) {
        canonical = doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[second.to - 1].end);
        to = second.to;
      }
    }
    // "ريف إدلب الجنوبي"، "بيروت الغربية": a direction after a multi-word region or a city names its part.
    if (to < toks.length && !lineBreakBefore(doc, to) && doc.claimed[to] === Claim.Free && PLACE_DIRECTIONS.has(toks[to].norm) && (to - i >= 2 || m.value.kind === 'city' || m.value.kind === 'capital' || m.value.kind === 'region')) {
      to++;
      canonical = doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[to - 1].end);
    }
    // "القاهرة الكبرى"، "دمياط الجديدة": a city and an adjective of its extent name one place (its metropolis, the new
    // town built beside it); not a country ("سوريا الجديدة" is a slogan), not a municipality ("بلدية كفرنجة الجديدة").
    // (an old town, "طرابلس القديمة", is the city in some golds and a place of its own in others: left as the city)
    if (to < toks.length && !lineBreakBefore(doc, to) && doc.claimed[to] === Claim.Free && CITY_EXTENT.has(toks[to].norm) && m.value.kind !== 'country' && m.value.kind !== 'continent' && (head < 0 || /مدينه$/.test(toks[i - 1].norm))) {
      to++;
      canonical = doc.text.slice(offsetAfter(doc.text, toks[i], m.skip), toks[to - 1].end);
    }
    const end = toks[to - 1].end;
    // "مخيم جنين" is the camp, not the city it is named after: its own place.
    const camp = head >= 0 && /(مخيم|معسكر)$/.test(toks[i - 1].norm) && /^(city|capital|governorate|region)$/.test(m.value.kind);
    // ("ولاية الجزائر"، "محافظة الكويت": a division named like the country is the division, not the country.)
    const division = namedDivision && m.value.kind === 'country' && to === m.to && !/جمهوريه$/.test(toks[i - 1].norm);
    if (camp || division) canonical = doc.text.slice(head, end).replace(/\s+/g, ' ');
    out.push({ from, to, start, end, text: doc.text.slice(start, end), canonical, kind: camp ? 'camp' : m.value.kind });
    for (let k = from; k < to; k++) doc.claimed[k] = Claim.Place;
    i = to;
  }
  return withListedBetween(doc, out);
}

/**
 * "من أم العرائس والمظيلة والرديف": an unknown word coordinated between two places of one list is a
 * place too (not an ordinary word, not a verb).
 */
function withListedBetween(doc: Doc, found: PlaceMention[]): PlaceMention[] {
  const toks = doc.tokens;
  const out: PlaceMention[] = [];
  for (let n = 0; n < found.length; n++) {
    out.push(found[n]);
    const a = found[n];
    const b = found[n + 1];
    const k = a.to;
    if (!b || b.from !== k + 1 || !/^و/.test(toks[b.from].norm) || doc.claimed[k] !== Claim.Free || toks[k].kind !== 'word') continue;
    if (lineBreakBefore(doc, k) || lineBreakBefore(doc, k + 1)) continue;
    const t = toks[k];
    const stem = t.norm.slice(1);
    if (!/^و./.test(t.norm) || stem.length < 3 || PLACE_NOUNS.test(t.norm) || isMostlyWord(stem) || isCommonAnyReading(stem) || isFunctionWord(stem) || looksLikeVerb(t.norm) || doc.res.nationalities.matchAt(toks, k, true)) continue;
    const start = offsetAfter(doc.text, t, 1);
    const text = doc.text.slice(start, t.end);
    out.push({ from: k, to: k + 1, start, end: t.end, text, canonical: text, kind: 'village' });
    doc.claimed[k] = Claim.Place;
  }
  return out;
}

/**
 * A word that is a place name and also a nationality adjective (السعودية، اللبنانية? no: only listed
 * ones) is an adjective after a noun it can qualify (الخارجية السعودية، العاصمة السعودية) and a place
 * after a preposition, a verb, a conjunction with a place, or at the start of a clause.
 */
function isAdjectiveUse(doc: Doc, i: number, clitic: string): boolean {
  const t = doc.tokens[i];
  const bare = clitic ? t.norm.slice(clitic.length) : t.norm;
  const nat = doc.res.nationalities.getNormalized(bare);
  if (!nat) return false;
  if (/[بلك]/.test(clitic)) return false;
  if (i === 0 || lineBreakBefore(doc, i)) return false;
  const prev = doc.tokens[i - 1];
  if (prev.kind === 'punct') return false;
  if (PREPOSITIONS.has(prev.norm)) return false;
  // ("إلى أن السعودية وقطر"، "بعد السعودية ولبنان"، "وكانت السعودية": after a function word, or before و and a
  // country, the word is the country, no adjective)
  // (a definite one only: "وهي سورية الأصل" is the predicate adjective)
  if (!clitic && /^ال/.test(bare) && isFunctionWord(prev.norm) && !/^(و|ف)?(هو|هي|هم|انه|انها)$/.test(prev.norm)) return false;
  const next = doc.tokens[i + 1];
  if (!clitic && next && /^و./.test(next.norm) && !lineBreakBefore(doc, i + 1) && doc.res.places.matchAt(doc.tokens, i + 1, true)?.value.kind === 'country' && !doc.res.nationalities.getNormalized(next.norm.slice(1))) return false;
  // ("في وسط مالي"، "شمال مالي": a direction takes the country as its genitive)
  if (!clitic && DIRECTIONS.has(prev.norm.replace(/^[وفبل]/, ''))) return false;
  if (clitic === 'و' && doc.claimed[i - 1] === Claim.Place) return false;
  // A definite adjective cannot qualify an indefinite noun: after one ("إنتاج السعودية"، "صادرات قطر")
  // the word is the noun's genitive, the country. (Not after a name: "أرامكو السعودية".)
  if (!clitic && !/^ال/.test(prev.norm) && prev.kind === 'word' && doc.claimed[i - 1] === Claim.Free && isMostlyWord(prev.norm) && !isFunctionWord(prev.norm) && !doc.res.nationalities.getNormalized(prev.norm)) return false;
  // After a definite noun or any noun: the adjective reading.
  return true;
}

/**
 * A governorate named by a direction ("الغربية"، "الشرقية"، "الوسطى") read as the adjective it also is: after another
 * direction ("المناطق الجنوبية والغربية"، "الولايات الجنوبية الغربية"), or after a name no list knows whose part it is
 * ("إقليم سولاويسي الغربية").
 */
function directionAdjective(doc: Doc, i: number, skip: number): boolean {
  const toks = doc.tokens;
  if (!PLACE_DIRECTIONS.has(toks[i].norm.slice(skip)) || i === 0 || lineBreakBefore(doc, i)) return false;
  const prev = toks[i - 1];
  if (prev.kind !== 'word') return false;
  if (PLACE_DIRECTIONS.has(prev.norm.replace(/^و/, ''))) return true;
  return skip === 0 && doc.claimed[i - 1] === Claim.Free && !/^ال/.test(prev.norm) && prev.norm.length >= 4 && !isMostlyWord(prev.norm) && !isFunctionWord(prev.norm) && isNameLike(prev.norm) && !PLACE_NOUNS.test(prev.norm);
}

/** Token i is counted by the number right before it ("14 رامية"), a number that is no date's. */
function countedNoun(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  return !!prev && prev.kind === 'number' && !lineBreakBefore(doc, i) && doc.claimed[i - 1] !== Claim.Date && /^[0-9٠-٩۰-۹]+$/.test(doc.text.slice(prev.start, prev.end));
}

/** Token i is و + the feminine in ة of the noun right before it ("راميا ورامية"، "لاعبين ولاعبة"). */
function pairedFeminine(doc: Doc, i: number, skip: number): boolean {
  const toks = doc.tokens;
  if (i < 1 || lineBreakBefore(doc, i) || !/^و/.test(toks[i].norm) || skip !== 1 || !toks[i].norm.endsWith('ه')) return false;
  const stem = toks[i].norm.slice(1, -1);
  const prev = toks[i - 1].norm.replace(/^(و|ف|ب|ل)/, '');
  return stem.length >= 3 && (prev === stem || prev === stem + 'ا' || prev === stem + 'ين' || prev === stem + 'ون');
}

/**
 * Token i, a one-word listed place, is written with the other hamza on its first alef (أ for إ or the reverse) and
 * reads as an ordinary word so: "أفران" (ovens) is not the town إفران.
 */
function hamzaOtherWay(doc: Doc, i: number, skip: number, name: string): boolean {
  const listed = name.charAt(0);
  if (listed !== 'إ' && listed !== 'أ') return false;
  const written = doc.text.charAt(offsetAfter(doc.text, doc.tokens[i], skip));
  return (written === 'إ' || written === 'أ') && written !== listed && isMostlyWord(doc.tokens[i].norm.slice(skip));
}

/**
 * Token i, a one-word listed town (no country, no capital) whose name ends in ة, is written with ه after a word the
 * lexicon knows: "وجده" in "عن أبيه وجده" is "his grandfather", not وجدة.
 */
function pronounNotTown(doc: Doc, i: number, skip: number, entry: PlaceEntry): boolean {
  if (entry.kind === 'country' || entry.kind === 'capital' || !entry.name.endsWith('ة')) return false;
  const t = doc.tokens[i];
  if (doc.text.charCodeAt(t.end - 1) !== 0x0647 || !isCommonAnyReading(t.norm.slice(skip, -1))) return false;
  // (not in a list of places: "جاؤوا من كيفه والنعمة وأطار")
  const next = doc.tokens[i + 1];
  return !(next && /^و/.test(next.norm) && !lineBreakBefore(doc, i + 1) && doc.res.places.matchAt(doc.tokens, i + 1, true)?.clitic === 'و');
}

/**
 * A name that is also a common noun, used as the noun: after a word of cause ("إثر سيول"، "جراء سيول") or
 * with an indefinite adjective after it ("سيول جارفة"، "سيول مماثلة"). A city takes no indefinite adjective.
 */
function isCommonNounUse(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  // ("موسم السيول"، "أمطار غزيرة وسيول"، "منذ سيول 12 مايو": floods, in a story that never names Korea; the city
  // is where one goes or is, "إلى سيول"، "في سيول")
  if (toks[i].norm.endsWith('سيول') && /^(و|ف)?(ب|ل|ك)?(ال)?سيول$/.test(toks[i].norm) && !mentionsKorea(doc)) {
    // ("في سيول كسلا": floods of a place named right after)
    const ofPlace = !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && !!doc.res.places.matchAt(toks, i + 1, false);
    const toCity = toks[i].norm === 'سيول' && i > 0 && !lineBreakBefore(doc, i) && /^(الي|في|من|عن)$/.test(toks[i - 1].norm) && !ofPlace;
    if (!toCity) return true;
  }
  if (i > 0 && !lineBreakBefore(doc, i) && CAUSE_WORDS.has(toks[i - 1].norm)) return true;
  // (an indefinite adjective qualifies an indefinite noun only: "مدينة الأبيض عاصمة …" is an apposition)
  if (/^(و|ف)?(ب|ل|ك)?ال/.test(toks[i].norm)) return false;
  const next = toks[i + 1];
  if (!next || next.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return false;
  // (not a preposition's phrase: "نوى بقدرة 3 ميغاواط")
  if (/^[بلك]/.test(next.norm) && isMostlyWord(next.norm.slice(1))) return false;
  return /^[^و].{2,}ه$/.test(next.norm) && !/^ال/.test(next.norm) && isMostlyWord(next.norm) && !isFunctionWord(next.norm) &&
    !doc.res.places.matchAt(toks, i + 1, true) && !doc.res.nationalities.getNormalized(next.norm) && !doc.res.firstNames.has(next.norm);
}
const CAUSE_WORDS = new Set(['اثر', 'جراء', 'بسبب', 'بفعل']);

/**
 * Token i opens a listed one-word town that is also a word, in a story that names nothing else of its country and
 * never shows it as the town ("وسط مشهد دمار"، "الريف" of no Morocco): the rules read the word (strayTown), and a learned
 * tagger's place on it alone is not taken either. (A word the rules reject for its own sake, "من بنزرت إلى قبلي", the
 * tagger may still read as the town: there its context speaks.)
 */
export function wordNotTown(doc: Doc, i: number): boolean {
  const m = doc.res.places.matchAt(doc.tokens, i, true);
  if (!m || m.to !== i + 1 || !m.value.ambiguous) return false;
  return strayTown(doc, m.value) && !placeContext(doc, i);
}

/**
 * A town whose name is also a word ("مشهد" a scene, "الوادي" the valley, "الريف" the countryside), in a story that names
 * nothing else of its country: no place, no nationality. Then only a place's context makes it the town.
 */
function strayTown(doc: Doc, entry: PlaceEntry): boolean {
  const readings = [entry, ...entry.others];
  if (readings.some((e) => e.kind === 'country' || !e.iso2)) return false;
  const story = storyPlaces(doc);
  if (readings.some((e) => story.countries.has(e.iso2!))) return false;
  // (nor where the story shows it as the town once: "إلى جدة" makes every "جدة" of the story the city)
  const seen = story.ambiguous.get(entry);
  if (!seen) return true;
  if (seen.inContext === undefined) seen.inContext = seen.at.some((k) => placeContext(doc, k));
  return !seen.inContext;
}

/**
 * The countries a story names by a place or a nationality that is no ordinary word too, and where it writes each
 * one-word name that is also a word; gathered once per text.
 */
const storyMemo = new WeakMap<object, { countries: Set<string>; ambiguous: Map<PlaceEntry, { at: number[]; inContext?: boolean }> }>();
function storyPlaces(doc: Doc): { countries: Set<string>; ambiguous: Map<PlaceEntry, { at: number[]; inContext?: boolean }> } {
  let v = storyMemo.get(doc);
  if (v) return v;
  v = { countries: new Set<string>(), ambiguous: new Map() };
  const toks = doc.tokens;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].kind !== 'word') continue;
    const p = doc.res.places.matchAt(toks, k, true);
    if (p) {
      for (const e of [p.value, ...p.value.others]) if (e.iso2 && !e.ambiguous) v.countries.add(e.iso2);
      if (p.value.ambiguous && p.to === k + 1) {
        const seen = v.ambiguous.get(p.value);
        if (seen) seen.at.push(k);
        else v.ambiguous.set(p.value, { at: [k] });
      }
    }
    const n = doc.res.nationalities.matchAt(toks, k, true);
    if (n) for (const e of [n.value, ...n.value.others]) if (e.iso2) v.countries.add(e.iso2);
  }
  storyMemo.set(doc, v);
  return v;
}

/** The story names Korea or a Korean (Seoul is then the city, not floods); asked once per text. */
const koreaMemo = new WeakMap<object, boolean>();
function mentionsKorea(doc: Doc): boolean {
  let v = koreaMemo.get(doc);
  if (v === undefined) {
    v = /كوري/.test(doc.text);
    koreaMemo.set(doc, v);
  }
  return v;
}

/** Number words that count a noun after them ("ثلاث قرى"، "عشرات القرى"، "آلاف المنازل"). */
const COUNT_BEFORE = /^(ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|ست|سته|سبع|سبعه|ثماني|ثمانيه|تسع|تسعه|عشر|عشره|عده|بضع|بضعه|عشرات|مئات|الاف|ملايين|احدي|عشرين|ثلاثين|اربعين|خمسين)$/;
/** Nouns that announce a place: "بلدتي عيتا الشعب والخيام"، "مدينة القائم". */
const PLACE_NOUNS = /^(و|ف|ب|ل)?(ال)?(بلد|بلده|بلدتي|بلدات|مدين|مدينه|مدينتي|مدن|قريه|قري|قريتي|محافظه|محافظتي|محافظات|ولايه|ولايتي|ولايات|منطقه|منطقتي|مناطق|مخيم|مخيمي|مخيمات|حي|احياء|اقليم|جزيره|ناحيه|قضاء|قضاءي|قضايي|اقضيه|مديريه|مديريات|مديريتي|محليه|محليات|بلديه|عماله|اقاليم|مركز|عاصمه|العاصمه|دوار|دواوير|جماعه|جماعات|جماعتي|مشيخه|عزبه|نجع|كفر|حاره|حارات|معسكر|معسكرات|جهه|دايره|بلديتي|بلديات|مقاطعه|مقاطعتي|مقاطعات|ضاحيه|ضواحي|معتمديه|معتمديات|معتمديتي|عزله|لواء|الويه|عماده|نواحي|ناحيتي|اهالي|محليتي|محيط|ضواحي|تخوم|مشته|مشتات|دشره|دشرات)$/;
/** PLACE_NOUNS.test(t.norm), once per word. */
const isPlaceNoun = wordTest(PLACE_NOUNS);
/** A noun of a town or district before a person's name (findAnnouncedPlaces), once per word. */
const isDistrictNoun = wordTest(/^(و|ف|ب|ل)?(مدينه|ضاحيه|منطقه)$/);

/** A present verb of a derived form ("تتآكل"، "يتوسط"، "يستقبل"): never a place's name. */
const DERIVED_PRESENT = /^(يت|تت|يست|تست).{3,}$/;

/** Administrative nouns written as part of a place's name ("محافظة نينوى"، "مديرية صرواح"، "مخيم جنين"); not قرية/مدينة, which only announce it. */
const NAME_HEADS = /^((?:و|ف)?(?:ب|ل)?)(محافظه|ولايه|مديريه|قضاء|اقليم|ناحيه|عماله|مقاطعه|مخيم|حاره|معسكر|جهه|دايره|جمهوريه|دوار|معتمديه|عزله|جماعه|بلده|لواء|عماده|محليه|عزبه)$/;

/**
 * Nouns that announce a town or a district ("قرية الجبلية"، "بلدية منصورة"، "حي التفاح"): written in the mention,
 * so a reader sees what kind of place it is, but the canonical stays the bare name, and they do not join
 * two names side by side as NAME_HEADS do.
 */
const ANNOUNCING_HEADS = /^((?:و|ف)?(?:ب|ل)?)(قريه|مدينه|منطقه|حي|بلديه|جزيره|واحه)$/;

/** Start offset of a place-kind noun at k (after its proclitic) that heads the name after it, or -1. */
function headBefore(doc: Doc, k: number, announcing = true): number {
  const t = doc.tokens[k];
  if (doc.claimed[k] !== Claim.Free || lineBreakBefore(doc, k + 1)) return -1;
  const m = NAME_HEADS.exec(t.norm) ?? (announcing ? ANNOUNCING_HEADS.exec(t.norm) : null);
  if (!m) return -1;
  return offsetAfter(doc.text, t, m[1].length);
}

/**
 * The story writes the listed place somewhere where one goes or is, after a place noun, or as the first word of a
 * longer listed place ("المعادي الجديدة"); asked once per place and text.
 */
const shownMemo = new WeakMap<object, Map<PlaceEntry, boolean>>();
function shownAsPlace(doc: Doc, entry: PlaceEntry): boolean {
  let memo = shownMemo.get(doc);
  if (!memo) shownMemo.set(doc, (memo = new Map()));
  let v = memo.get(entry);
  if (v !== undefined) return v;
  v = false;
  const toks = doc.tokens;
  const name = normalizeWord(entry.name);
  for (let k = 0; k < toks.length && !v; k++) {
    if (toks[k].kind !== 'word' || !toks[k].norm.endsWith(name)) continue;
    const p = doc.res.places.matchAt(toks, k, true, 2);
    if (!p) continue;
    if (p.value !== entry) v = p.to > k + 1 && normalizeWord(p.value.name).startsWith(name + ' ');
    else v = goneToOrIn(doc, k) || (k > 0 && !lineBreakBefore(doc, k) && isPlaceNoun(toks[k - 1]));
  }
  memo.set(entry, v);
  return v;
}

/** An indefinite kind of land in construct before a place: "ريف"، "ساحل"، "بادية" (as written or behind و/ب/ل/ف). */
export function isTerrainWord(norm: string): boolean {
  const w = norm.replace(/^(و|ف)?(ب|ل)?/, '');
  return LAND_IN_CONSTRUCT.has(w);
}
/** (not جبل، وادي، سهل, which open names of their own: "جبل عامل"، "وادي خالد") */
const LAND_IN_CONSTRUCT = new Set(['ريف', 'ارياف', 'ساحل', 'بادية', 'باديه', 'اطراف', 'ضواحي', 'تخوم']);

/** The listed place of one word at i is a district of the same country as `other`, another district. */
function sameCountryPair(doc: Doc, i: number, other: PlaceEntry): boolean {
  const m = doc.res.places.matchAt(doc.tokens, i, true);
  if (!m || m.to !== i + 1 || !m.value.iso2 || m.value === other) return false;
  // (two districts: two towns or regions so joined may be two words, "وشرح معان والمفرق بين الكلمات")
  const local = (e: PlaceEntry) => e.kind === 'district';
  // (not two adjectives after a definite noun: "الكنائس الشرقية والغربية")
  const afterDefinite = i > 0 && !lineBreakBefore(doc, i) && /^(و|ف|ب|ل)?ال/.test(doc.tokens[i - 1].norm);
  return m.value.iso2 === other.iso2 && local(m.value) && local(other) && !afterDefinite;
}

/** Listed places that are also a noun used in one fixed phrase only, with the word that makes the phrase. */
const ONE_PHRASE_NOUNS = new Map<string, RegExp>([['مسقط', /^(ال)?راس/]]);

/** Context that makes a one-word ambiguous name a place: a place noun just before, or a place it is coordinated with. */
function placeContext(doc: Doc, i: number): boolean {
  // ("تستضيف مسقط الاجتماع"، "زيارتها مسقط"، "عاد من مسقط للعمل": a name whose ordinary sense lives in one fixed phrase
  // only, "مسقط رأسه" (a birthplace), is the place anywhere else)
  const fixed = ONE_PHRASE_NOUNS.get(doc.tokens[i].norm.replace(/^(و|ف)?(ب|ل)?/, ''));
  if (fixed && !(doc.tokens[i + 1] && !lineBreakBefore(doc, i + 1) && fixed.test(doc.tokens[i + 1].norm))) return true;
  // ("في الوادي،"، "إلى الريف": a kind of land after a preposition is the valley or the countryside, not the town named
  // so; its town needs more than that)
  if (!TERRAIN.has(doc.tokens[i].norm.replace(/^(و|ف)?(ب|ل|ك)?(?=ال)/, '')) && goneToOrIn(doc, i)) return true;
  // ("عند الساعة الثالثة عصرا بتوقيت مسقط": the city whose clock is meant)
  if (i > 0 && !lineBreakBefore(doc, i) && /^(ب)?توقيت$/.test(doc.tokens[i - 1].norm)) return true;
  // ("أبناء الصعيد"، "سكان البقاع"، "مواقع سوسة والجم": the people or the sites of a place)
  // (not an ordinary definite noun: "سكان القصر" are the ksar's)
  // (and its airports, libraries, schools, villages, whatever else the word means: "مطارات الصعيد"، "مكتبات الصعيد")
  if (i > 0 && !lineBreakBefore(doc, i) && /^(و|ف|ب|ل|من)?(مطارات|موانئ|مواني|مكتبات|مستشفيات|مدارس|جامعات|قري|محافظات|احياء|شواطي)$/.test(doc.tokens[i - 1].norm)) return true;
  if (i > 0 && !lineBreakBefore(doc, i) && /^(و|ف|ب|ل|من)?(ابناء|سكان|مواقع|اهالي|مدن|عاصمه)$/.test(doc.tokens[i - 1].norm) && !(/^ال/.test(doc.tokens[i].norm) && isCommonAnyReading(doc.tokens[i].norm))) return true;
  // ("في وسط مالي وشمالها"، "شمال مالي": a direction in construct with it says where in the place)
  if (i > 0 && !lineBreakBefore(doc, i) && DIRECTIONS.has(doc.tokens[i - 1].norm.replace(/^[وفبل]/, '')) && !/^ال/.test(doc.tokens[i].norm)) return true;
  // ("بالعقبة وجيبوتي": coordinated with a place no one reads otherwise; not an adjective after a place, "مرتفعات
  // عمّان الغربية وعجلون")
  const next = doc.tokens[i + 1];
  const adjective = i > 0 && /^ال/.test(doc.tokens[i].norm) && !lineBreakBefore(doc, i) && doc.claimed[i - 1] === Claim.Place;
  if (next && /^و/.test(next.norm) && !lineBreakBefore(doc, i + 1) && !adjective) {
    const p = doc.res.places.matchAt(doc.tokens, i + 1, true);
    if (p && p.clitic === 'و' && (!p.value.ambiguous || sameCountryPair(doc, i, p.value))) return true;
  }
  // ("جانبي الكرخ والرصافة": two places of one country coordinated, the second behind its و)
  if (i > 0 && /^و/.test(doc.tokens[i].norm) && !lineBreakBefore(doc, i)) {
    const here = doc.res.places.matchAt(doc.tokens, i, true);
    if (here && here.clitic === 'و' && here.to === i + 1 && sameCountryPair(doc, i - 1, here.value)) return true;
  }
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    // (a comma or a full stop ends the phrase: "بالولاية، في إطار" gives إطار no place context)
    if (lineBreakBefore(doc, k + 1) || doc.tokens[k].kind === 'punct') break;
    if (PLACE_NOUNS.test(doc.tokens[k].norm)) {
      // "والمناطق الشرقية": a definite noun and a definite word after it are noun and adjective.
      const definiteNoun = /^(و|ف|ب|ل)?ال/.test(doc.tokens[k].norm) && !/عاصمه$/.test(doc.tokens[k].norm);
      if (!(definiteNoun && k === i - 1 && /^(و|ف|ب|ل)?ال/.test(doc.tokens[i].norm))) return true;
    }
    if (doc.claimed[k] === Claim.Place && doc.tokens[i].norm.startsWith('و')) return true;
  }
  return false;
}

const TO_OR_IN = new Set(['في', 'الي', 'من', 'نحو', 'بين']);
/** TO_OR_IN.has(t.norm), once per word. */
const isToOrIn = wordFlag((w) => TO_OR_IN.has(w));
/** The same preposition, also behind a conjunction ("وفي مسقط،"، "ومن بيروت"). */
const isToOrInJoined = wordFlag((w) => TO_OR_IN.has(w) || (/^[وف]/.test(w) && TO_OR_IN.has(w.slice(1))));
const TIME_WORDS = /^(و)?(يوم|اليوم|امس|غدا|صباح|مساء|الاسبوع|الشهر|العام|خلال|منذ|حيث)$/;

/**
 * "إلى مسقط يوم السبت"، "بمسقط خلال": a word that is also an ordinary noun is the place when it is
 * where someone goes or is (a preposition before, or ب on it) and nothing hangs on it as on a noun in
 * construct ("في مسقط رأسه" is a birthplace): a break, a function word, a date or a time word after it.
 */
function goneToOrIn(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const t = toks[i];
  // A dateline: the place opens a paragraph and a dash follows ("مسقط - أصدر ...").
  if ((i === 0 || lineBreakBefore(doc, i)) && toks[i + 1]?.kind === 'punct' && /^[-–—]$/.test(toks[i + 1].norm)) return true;
  // (a line of a count by place: "الخليل: 126 اعتداء، …")
  if ((i === 0 || lineBreakBefore(doc, i)) && isPunct(doc, i + 1, ':') && toks[i + 2]?.kind === 'number' && !lineBreakBefore(doc, i + 2)) return true;
  // (or the agencies' "مسقط في 21 يوليو /العمانية/"; and "في مسقط في فبراير الماضي": في and a date after it)
  const inDate = toks[i + 1]?.norm === 'في' && doc.claimed[i + 2] === Claim.Date && !lineBreakBefore(doc, i + 1) && !lineBreakBefore(doc, i + 2);
  if ((i === 0 || lineBreakBefore(doc, i)) && inDate) return true;
  // (or a comma and the date: "الأبيض، الأحد 23 جمادى الآخرة 1447هـ")
  if ((i === 0 || lineBreakBefore(doc, i)) && toks[i + 1]?.kind === 'punct' && /^[،,]$/.test(toks[i + 1].norm) && doc.claimed[i + 2] === Claim.Date && !lineBreakBefore(doc, i + 2)) return true;
  const before = i > 0 && !lineBreakBefore(doc, i) && isToOrInJoined(toks[i - 1]);
  if (!before && !/^و?ب/.test(t.norm)) return false;
  // ("إذنا بالعبور": ب on a definite word that is also a verbal noun is the noun's preposition, no "in")
  if (!before && /^و?بال/.test(t.norm)) return false;
  // ("إطلاق بطاقة «ركاز»": a word that begins with ب as written, "card", not ب + the town)
  if (!before && isCommonWord(t.norm.replace(/^و(?=ب)/, ''))) return false;
  const next = toks[i + 1];
  if (!next || lineBreakBefore(doc, i + 1) || next.kind === 'punct') return true;
  // (Not any function word: "إلى الحد من الطلب" is a verbal noun with its preposition.)
  // ("في سحاب جنوب عمّان": where it lies, a direction and a listed place.)
  const located = (DIRECTIONS.has(next.norm) || /^(شمالي|جنوبي|شرقي|غربي)$/.test(next.norm)) && !!toks[i + 2] && !lineBreakBefore(doc, i + 2) && !!doc.res.places.matchAt(toks, i + 2, false);
  // ("في عرفات ومزدلفة": coordinated with a place no one reads otherwise; after a preposition, with any listed
  // place: "في معان والمفرق")
  const nextPlace = /^و/.test(next.norm) ? doc.res.places.matchAt(toks, i + 1, true) : null;
  const coordinated = !!nextPlace && nextPlace.clitic === 'و' && (!nextPlace.value.ambiguous || (before && nextPlace.to === i + 2));
  // ("من مالي والمخيم يقترب": و opening the next clause or a place's noun)
  const nextClause = /^و(ال)?(مخيم|مدينه|بلده|قريه|منطقه|ولايه|محافظه|عاصمه)$/.test(next.norm);
  // ("من مسقط ومن خارج السلطنة": a second preposition after و opens the next phrase)
  const nextPhrase = before && /^و(في|من|الي|نحو)$/.test(next.norm);
  return doc.claimed[i + 1] === Claim.Date || TIME_WORDS.test(next.norm) || AFTER_PLACE.has(next.norm) || located || coordinated || inDate || nextClause || nextPhrase;
}

/** Words that follow where one goes or is, not a verbal noun: "إلى مسقط قبل…"، "من مسقط إلى…"، "في مسقط مع نظيره". */
const AFTER_PLACE = new Set(['قبل', 'بعد', 'الي', 'حتي', 'لحضور', 'بحضور', 'للمشاركه', 'للقاء', 'لبحث', 'مع']);

/** Adjectives that, after a city, name a place of its own: its metropolis, its new town. */
const CITY_EXTENT = new Set(['الكبري', 'الجديده']);

/** Head words that name a kind of place: "قطاع غزة" is "غزة" with its head. */
const PLACE_HEADS = new Set(['قطاع', 'مشته', 'دشره', 'اقليم', 'مدينه', 'محافظه', 'ولايه', 'منطقه', 'جزيره', 'جزر', 'مقاطعه', 'بلده', 'قريه', 'مخيم', 'العاصمه', 'نهر', 'حي', 'ناحيه', 'قضاء', 'مديريه', 'بلديه', 'عماله', 'جماعه', 'دايره', 'جمهوريه', 'دوار', 'معتمديه', 'عزله', 'معسكر', 'مركز', 'قصر'].map(normalizeWord));

/** The canonical without a direction after it ("الساحل الشمالي الغربي" → "الساحل الشمالي"), or null. */
export function withoutDirection(canonical: string): string | null {
  const words = normalizeWord(canonical).split(' ');
  if (words.length >= 2 && PLACE_DIRECTIONS.has(words[words.length - 1])) return words.slice(0, -1).join(' ');
  return null;
}

/** The canonical without a place-kind head ("قطاع غزة" → "غزة"), or null. */
export function withoutHead(canonical: string): string | null {
  const words = normalizeWord(canonical).split(' ');
  if (words.length >= 2 && PLACE_HEADS.has(words[0])) return words.slice(1).join(' ');
  // (a crossing named by a gate is the gate: "معبر باب السلامة" … "عبر باب السلامة")
  if (words.length >= 3 && (words[0] === 'معبر' || words[0] === 'منفذ') && words[1] === 'باب') return words.slice(1).join(' ');
  return null;
}

/**
 * The story is Jordanian and names no Oman: it names Jordan, a Jordanian or Petra (Jordan's agency), or writes Amman
 * with its shadda, and never the sultanate, Muscat or an Omani. Asked once per text.
 */
const jordanMemo = new WeakMap<object, boolean>();
function jordanianStory(doc: Doc): boolean {
  let v = jordanMemo.get(doc);
  if (v === undefined) {
    const t = doc.text;
    v = /الأردن|الاردن|أردني|اردني|\(بترا\)|عمّان/.test(t) && !/سلطن[ةه]\s+عمان|مسقط|عماني|عُمان/.test(t);
    jordanMemo.set(doc, v);
  }
  return v;
}

/** "عمّان" written with its shadda is Amman, whatever "عمان" means elsewhere. */
function shaddaPlaceAt(doc: Doc, i: number): PlaceMention | null {
  const t = doc.tokens[i];
  // (the shadda is read in the original text, without slicing the token out of it: this runs on every token)
  let shadda = false;
  for (let k = t.start; k < t.end && !shadda; k++) shadda = doc.text.charCodeAt(k) === 0x0651;
  if (!shadda) return null;
  for (const a of analyses(t.norm, 3)) {
    if (!/^[وفبلك]{0,2}$/.test(a.clitic)) continue;
    const entry = doc.res.places.getNormalized(a.stem);
    if (!entry) continue;
    const start = offsetAfter(doc.text, t, a.skip);
    const written = normalizeKeepShadda(doc.text.slice(start, t.end));
    const info = [entry, ...entry.others].find((e) => normalizeKeepShadda(e.name) === written);
    if (info) return { from: i, to: i + 1, start, end: t.end, text: doc.text.slice(start, t.end), canonical: info.canonical, kind: info.kind };
  }
  return null;
}

/** Words that continue a place name after its first word: أبو، أم، ود، آيت، بني، عين ... */
/** Words that open a place's name of two words or more ("دير البلح"، "بيت لحم"، "سيدي بوزيد"). */
export const PLACE_PARTICLES = new Set(['ابو', 'ابي', 'ام', 'ود', 'سان', 'سانت', 'سانتا', 'سانتو', 'ساو', 'بورت', 'ريو', 'لوس', 'لاس', 'ايت', 'بني', 'بن', 'عين', 'تل', 'بيت', 'كفر', 'دير', 'جسر', 'راس', 'سيدي', 'مرج', 'وادي', 'واد', 'جبل', 'خربه', 'ال', 'الشيخ', 'بير', 'حاسي', 'تيزي', 'اولاد', 'ميت', 'منشاه', 'عزبه', 'نجع', 'كوم', 'منيه']);

/** Adjectives that describe a place just named (where it lies, how it is), not part of its name. */
const PLACE_DESCRIBING = new Set(['العابر', 'العابره', 'المطل', 'المطله', 'الموقت', 'الموقته', 'القريب', 'القريبه', 'البعيد', 'البعيده', 'المجاور', 'المجاوره', 'الحدودي', 'الحدوديه', 'المذكور', 'المذكوره', 'المكتظ', 'المكتظه', 'الشهير', 'الشهيره', 'الواقع', 'الواقعه', 'المحاذي', 'المحاذيه', 'المحاصر', 'المحاصره', 'المنكوب', 'المنكوبه', 'الاسبق', 'الاسبقه', 'السابق', 'السابقه', 'الرابط', 'الرابطه', 'الناقل', 'الناقله']);

/** Directions written after a region's or a city's name as part of it. */
const PLACE_DIRECTIONS = new Set(['الجنوبي', 'الشمالي', 'الشرقي', 'الغربي', 'الجنوبيه', 'الشماليه', 'الشرقيه', 'الغربيه', 'الوسطي']);

/**
 * "بلدة التكينة"، "قرية أم القرى"، "منطقة الربصة": a name no dictionary holds, announced by a place noun.
 * The mention is the name without the noun; one to three words that are not ordinary words.
 */
/** Directions that open a region's name (شمال سيناء، جنوب لبنان). */
/** Words that open a place's name in the Maghreb, the Levant and Egypt: "أيت تامليل"، "أولاد تايمة"، "سيدي بنور"، "أبو تيج". */
export const PLACE_NAME_OPENERS = new Set(['ايت', 'اولاد', 'بني', 'سيدي', 'تيزي', 'عين', 'بير', 'حاسي', 'تل', 'كفر', 'دير', 'وادي', 'ابو', 'ام']);

export const DIRECTIONS = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط', 'شمالي', 'جنوبي', 'شرقي', 'غربي']);

/** The nouns of an Egyptian hamlet named after its founder ("عزبة الحاج سليم"، "نزلة الحاج مبارك"). */
const HAMLET_NOUN = /^(عزبه|نجع|منشاه|كفر|نزله)$/;

function namedByPlaceNoun(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (i === 0 || lineBreakBefore(doc, i) || hasTanween(doc, i)) return null;
  if (!isPlaceNoun(toks[i - 1]) || /^(و|ف|ب|ل)?(ال)/.test(toks[i - 1].norm) && !/عاصمه/.test(toks[i - 1].norm)) return null;
  // ("المنضوية تحت لواء الكونفدرالية": under the banner of a body, no district)
  if (toks[i - 1].norm === 'لواء' && i >= 2 && /^(و)?(تحت|بلواء)$/.test(toks[i - 2].norm) && !lineBreakBefore(doc, i - 1)) return null;
  // ("من أهالي أبو كرمة": the residents of a place; "أهالي المجني عليه"، "أهالي الضحايا" are a victim's family)
  if (/^(و|ف|ب|ل|من)?اهالي$/.test(toks[i - 1].norm) && /^ال/.test(toks[i].norm) && !doc.res.places.matchAt(toks, i, false)) return null;
  // ("مخيم غرب مأرب": a direction after a camp says where it lies; "ولاية شمال الراين"، "منطقة جنوب السرة" are names)
  if (DIRECTIONS.has(toks[i].norm) && /(مخيم|معسكر)/.test(toks[i - 1].norm)) return null;
  // ("مناطق شرق كركوك"، "قرى جنوب الخليل": after a plural noun, a direction before a listed place says which of its
  // parts; the place is found apart.)
  if (DIRECTIONS.has(toks[i].norm) && PLACE_LIST_NOUN.test(toks[i - 1].norm) && toks[i + 1] && !lineBreakBefore(doc, i + 1) && doc.res.places.matchAt(toks, i + 1, false)) return null;
  // "13 مدينة زائرين"، "ثلاث قرى احترازيا": a place noun counted by a number is the common noun, and names no place.
  // (a listed place after it is found apart)
  if (i >= 2 && !lineBreakBefore(doc, i - 1) && (toks[i - 2].kind === 'number' || COUNT_BEFORE.test(toks[i - 2].norm)) && !doc.res.places.matchAt(toks, i, false)) return null;
  // "مناطق الظل"، "مناطق النزاع": areas named by what they are, not a place's name (a listed place is found apart).
  if (/^(و|ف|ب|ل)?(ال)?مناطق$/.test(toks[i - 1].norm) && /^ال/.test(toks[i].norm) && !doc.res.places.matchAt(toks, i, false)) return null;
  // "ضاحية عبدالله السالم"، "مدينة صباح الأحمد السكنية": a district named after a person, his whole name with it.
  const district = /^(و|ف|ب|ل)?(ضاحيه|منطقه|مدينه)$/.exec(toks[i - 1].norm);
  // (a first name that is also a word, before a family name made of a first name: "صباح الأحمد"، "صباح السالم")
  const familyNext = !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && /^ال/.test(toks[i + 1].norm) && doc.res.firstNames.has(toks[i + 1].norm.slice(2));
  // ("منطقة جنوب سعد العبدالله": the district south of the one named after the person)
  // ("مدينة جنوب صباح الأحمد": a first name that is also a word, before a family name made of a first name)
  const familyAfterDir = !!toks[i + 2] && !lineBreakBefore(doc, i + 2) && /^ال/.test(toks[i + 2].norm) && doc.res.firstNames.has(toks[i + 2].norm.slice(2));
  const dir = district && /^(جنوب|شمال|غرب|شرق)$/.test(toks[i].norm) && !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && (doc.res.firstNames.has(toks[i + 1].norm) || compoundFirstName(doc, i + 1) || (doc.res.ambiguousFirstNames.has(toks[i + 1].norm) && familyAfterDir)) ? 1 : 0;
  // ("مدينة الأمير محمد بن فهد الرياضية": with the person's title before his name)
  const titledPerson = !!district && TITLE_IN_NAME.test(toks[i].norm) && !!toks[i + 1] && !lineBreakBefore(doc, i + 1) && doc.res.firstNames.has(toks[i + 1].norm) ? 1 : 0;
  if (district && doc.claimed[i - 1] === Claim.Free && (dir || titledPerson || doc.res.firstNames.has(toks[i].norm) || compoundFirstName(doc, i) || (doc.res.ambiguousFirstNames.has(toks[i].norm) && familyNext))) {
    const span0 = nameForward(doc, i + dir + titledPerson, 4, false);
    const span: [number, number] | null = span0 ? [i, span0[1]] : null;
    // ("مدينة غازي عنتاب التركية": the country's adjective after the name is no part of it)
    // (nor the sentence's verb after it: "منطقة قرني أوقفنا مسلحون")
    if (span) for (let k = i + 1; k < span[1]; k++) if ((/^ال/.test(toks[k].norm) && doc.res.nationalities.matchAt(toks, k, false)?.to === k + 1) || verbNotName(doc, k)) span[1] = k;
    if (span && span[1] - i >= 2 && isFreeRange(doc, i, span[1])) {
      let e = span[1];
      if (toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && /^ال(سكنيه|جديده|صناعيه|عماليه|رياضيه)$/.test(toks[e].norm)) e++;
      // (a district named with a direction is named without its noun: "جنوب سعد العبدالله")
      const start = dir ? toks[i].start : offsetAfter(doc.text, toks[i - 1], district[1]?.length ?? 0);
      const text = doc.text.slice(start, toks[e - 1].end);
      return { from: dir ? i : i - 1, to: e, start, end: toks[e - 1].end, text, canonical: text.replace(/\s+/g, ' '), kind: 'village' };
    }
  }
  // "مناطق مكتظة بالسكان"، "ولايات متأرجحة": after a plural place noun, an indefinite word in ة agrees with it as its
  // adjective; it names no place.
  // (nor a verb that agrees with it, "مخيمات تفتقر إلى …")
  if (/^(و|ف|ب|ل)?(مناطق|ولايات|محافظات|مدن|قري|بلدات|احياء|مديريات|اقاليم|مقاطعات|مخيمات|جماعات)$/.test(toks[i - 1].norm) && !doc.res.places.matchAt(toks, i, false) && ((/^[^ا].{2,}ه$/.test(toks[i].norm) && doc.text.charCodeAt(toks[i].end - 1) === 0x0629) || (/^ت/.test(toks[i].norm) && looksLikeVerb(toks[i].norm)))) return null;
  // ("جماعات استيطانية"، "جماعات إرهابية": groups described by a relational adjective are no communes)
  if (/^(و|ف|ب|ل)?جماعات$/.test(toks[i - 1].norm) && /^.{3,}يه$/.test(toks[i].norm) && doc.text.charCodeAt(toks[i].end - 1) === 0x0629 && !doc.res.places.matchAt(toks, i, false)) return null;
  // "جماعة نصرة الإسلام والمسلمين"، "جماعة أنصار السنة": a group named by its faith is no commune.
  if (/^(و|ف|ب|ل)?(ال)?جماعه$/.test(toks[i - 1].norm)) {
    for (let k = i; k < i + 3 && toks[k] && !lineBreakBefore(doc, k); k++) if (/^(و)?(ال)?(اسلام|الاسلام|مسلمين|المسلمين|الله|جهاد|الجهاد|السنه|الدعوه|الشريعه)$/.test(toks[k].norm)) return null;
  }
  // "عزبة الحاج سليم"، "نجع الشيخ علي": an Egyptian hamlet named after its founder, his honorific with his name.
  // ("قرية نزلة الحاج مبارك": a village whose name is a hamlet's noun, an honorific and a founder's name)
  if (HAMLET_NOUN.test(toks[i].norm) && toks[i + 2] && /^(الحاج|الشيخ)$/.test(toks[i + 1].norm) && doc.res.places.matchAt(toks, i, false)?.to !== i + 2 && !lineBreakBefore(doc, i + 1) && !lineBreakBefore(doc, i + 2) && (doc.res.firstNames.has(toks[i + 2].norm) || doc.res.ambiguousFirstNames.has(toks[i + 2].norm)) && isFreeRange(doc, i, i + 3)) {
    const text = doc.text.slice(toks[i].start, toks[i + 2].end);
    return { from: i, to: i + 3, start: toks[i].start, end: toks[i + 2].end, text, canonical: text, kind: 'village' };
  }
  // (the hamlet's noun is written with its name, as the golds have it: "عزبة الحاج سليم"، "نزلة الحاج مبارك")
  const hamlet = /^(و|ف|ب|ل)?(عزبه|نجع|منشاه|كفر|نزله)$/.exec(toks[i - 1].norm);
  if (hamlet && /^(الحاج|الشيخ)$/.test(toks[i].norm) && doc.res.places.matchAt(toks, i - 1, true)?.to !== i + 1 && toks[i + 1] && !lineBreakBefore(doc, i + 1) && (doc.res.firstNames.has(toks[i + 1].norm) || doc.res.ambiguousFirstNames.has(toks[i + 1].norm)) && isFreeRange(doc, i - 1, i + 2)) {
    const start = offsetAfter(doc.text, toks[i - 1], hamlet[1]?.length ?? 0);
    const text = doc.text.slice(start, toks[i + 1].end);
    return { from: i - 1, to: i + 2, start, end: toks[i + 1].end, text, canonical: text, kind: 'village' };
  }
  // "قضاء علي الغربي"، "ناحية علي الشرقي": a district named by a first name and a direction (no person takes one).
  if (/^(و|ف|ب|ل)?(قضاء|ناحيه|مديريه)$/.test(toks[i - 1].norm) && (doc.res.firstNames.has(toks[i].norm) || doc.res.ambiguousFirstNames.has(toks[i].norm)) && toks[i + 1] && !lineBreakBefore(doc, i + 1) && /^ال(غربي|شرقي|شمالي|جنوبي)$/.test(toks[i + 1].norm) && isFreeRange(doc, i, i + 2)) {
    const text = doc.text.slice(toks[i].start, toks[i + 1].end);
    return { from: i, to: i + 2, start: toks[i].start, end: toks[i + 1].end, text, canonical: text, kind: 'village' };
  }
  // ("منطقة امتيازها"، "مدينتهم": a noun with a possessive pronoun is whose area it is, no name)
  // ("جزيرة تتآكل": a present verb of a derived form, تتـ / يتـ / يستـ, is the sentence's, no name)
  if (DERIVED_PRESENT.test(toks[i].norm) && !doc.res.places.matchAt(toks, i, false) && !isNameLike(toks[i].norm) && !doc.res.firstNames.has(toks[i].norm)) return null;
  // ("مسجد قريتنا": and our, after a feminine noun's ت)
  if (toks[i].norm.length >= 5 && (/(ها|هم|هما)$/.test(toks[i].norm) || /تنا$/.test(toks[i].norm)) && !doc.res.places.matchAt(toks, i, false) && !isNameLike(toks[i].norm)) return null;
  // ("مركز التغذية"، "مركز الاستقبال"، "منطقة التجارة": a verbal noun of a derived form says what it is for)
  if (PURPOSE_NOUN.test(toks[i].norm) && !doc.res.places.matchAt(toks, i, false) && !isNameLike(toks[i].norm)) return null;
  let j = i;
  while (j < toks.length && j - i < 3 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) {
    const t = toks[j];
    // "أم" and "ابو" open place names (أم القرى), though "أم" is also the conjunction "or".
    // ("بلدية بـ2.4 مليار": a proclitic written apart is no name.)
    if (t.kind !== 'word' || t.norm.length < 2 || (isFunctionWord(t.norm) && !PLACE_PARTICLES.has(t.norm))) break;
    if (j > i && /^و/.test(t.norm) && !PLACE_PARTICLES.has(t.norm)) break;
    // ("منطقة قرني أوقفنا السيارة"، "حي سيتألف من": the sentence's verb)
    if (verbNotName(doc, j)) break;
    // ("قرى ريف جبلة": a kind of land in construct, the countryside of a town, names no village)
    if (isTerrainWord(t.norm)) break;
    // "بولاية شمال الراين-وستفاليا": a direction opens the name, as a particle does.
    const particle = PLACE_PARTICLES.has(t.norm) || isParticle(doc, j) || (j === i && DIRECTIONS.has(t.norm));
    // ("ناحية العدل"، "ناحية الخير": after ناحية a definite word names the sub-district, ordinary word or not.)
    const nahiya = j === i && /^(و|ف|ب|ل)?ناحيه$/.test(toks[i - 1].norm) && /^ال.{3,}$/.test(t.norm) && !TIME_NOUNS.has(t.norm) && !PLACE_DESCRIBING.has(t.norm) && !isFunctionWord(t.norm) && (j + 1 >= toks.length || lineBreakBefore(doc, j + 1) || toks[j + 1].kind === 'punct' || /^و/.test(toks[j + 1].norm) || isFunctionWord(toks[j + 1].norm) || DIRECTIONS.has(toks[j + 1].norm));
    if (nahiya) {
      j++;
      break;
    }
    // ("جهة للحفلات"، "منطقة للطب": ل or ب on an ordinary word right after the noun says what the place is for)
    // (the word after the preposition is an ordinary word with the article: "بلقاس" is a town, not ب + "لقاس")
    if (j === i && /^(لل|ل|ب)[^ا]/.test(t.norm) && !doc.res.places.matchAt(toks, j, true) && (/^لل/.test(t.norm) || isCommonAnyReading('ال' + t.norm.replace(/^(ل|ب)/, '')))) return null;
    // ("في العاصمة مقرا": an ordinary word in the accusative; names end in ان and ون too, "قبلان"، "التون")
    // (after a definite place noun only: "ولاية سيلا" is a name that spells "a flood" in the accusative)
    // (after the first word of the name, a verbal noun of a derived form in the accusative, "جزيرة لامبيدوزا اكتظاظا")
    const accusative = (/^(و|ف|ب|ل)?ال/.test(toks[i - 1].norm) && accusativeWord(t.norm) && !doc.res.places.matchAt(toks, j, false)) || (j > i && /^(ا.ت.ا.|ان..ا.|است..ا.|ت..ي.)ا$/.test(t.norm) && !doc.res.places.matchAt(toks, j, false));
    // ("حي سكني"، "منطقة منكوبة": a word that describes the head, after a noun that announces a town or a district; an
    // administrative head takes any name, "قضاء سفري حصار")
    if (j === i && /^(و|ف|ب|ل)?(حي|منطقه|مدينه|قريه|بلده)$/.test(toks[i - 1].norm) && !doc.res.places.matchAt(toks, j, false) && describesHead(doc, j)) return null;
    // ("لولاية رئاسية رابعة": an indefinite adjective in ة, the feminine of an ordinary word, describes the noun:
    // a presidential term, no state)
    if (j === i && (SIZE_ADJECTIVES.has(t.norm) || (/^[^ا].{2,}يه$/.test(t.norm) && doc.text.charCodeAt(t.end - 1) === 0x0629 && (isCommonAnyReading(t.norm.slice(0, -1)) || isCommonAnyReading('ال' + t.norm) || isCommonAnyReading('ال' + t.norm.slice(0, -1))))) && !doc.res.places.matchAt(toks, j, false)) return null;
    if (!particle && (isMostlyWord(t.norm) || isCommonAnyReading(t.norm) || accusative) && !(j > i && PLACE_PARTICLES.has(toks[j - 1].norm))) break;
    if (doc.res.nationalities.matchAt(toks, j, false)?.to === j + 1) break;
    // "مخيم امبره القريب من مدينة باسكنو": an adjective of where or what the place is, not its name.
    if (j > i && PLACE_DESCRIBING.has(t.norm)) break;
    // "مديرية التوجيه"، "مديرية المخابرات": a directorate named by a verbal noun or a plural is a body, not a district.
    if (j === i && /مديريه$/.test(toks[i - 1].norm) && (/^الت..ي[هة]$/.test(t.norm) || /^ال.{2,}ات$/.test(t.norm))) break;
    // "قرى وبلدات ريف إدلب": another place noun is no name.
    if (PLACE_NOUNS.test(t.norm) && !(PLACE_PARTICLES.has(t.norm) && toks[j + 1]?.kind === 'word' && !lineBreakBefore(doc, j + 1)) && !(j > i && PLACE_PARTICLES.has(toks[j - 1].norm))) break;
    // "23 قرية يقطنها ...": a present verb with an object pronoun; "مركز لوجستي": an indefinite adjective.
    // ("معسكر إعدادي": the same after a camp.)
    // (a word in ي that no reading makes an adjective of is a town's name: "بمدينة مستري")
    if (/^[يت][^ا].{1,3}(ها|هم|هما)$/.test(t.norm) || (j === i && /^.{3,}(ي|يه)$/.test(t.norm) && t.norm.length >= 5 && !/^ال/.test(t.norm) && !isNameLike(t.norm) && relationalAdjective(t.norm) && doc.tokens[i - 1] && !/^(و|ف|ب|ل)?ال/.test(doc.tokens[i - 1].norm) && /^(و|ف|ب|ل)?(مركز|منطقه|مدينه|معسكر|مخيم)$/.test(doc.tokens[i - 1].norm))) break;
    j++;
    // "الراين-وستفاليا": a hyphen with no space joins two parts of one name.
    if (!particle && isJoiningHyphen(doc, j) && toks[j + 1]?.kind === 'word') j += 2;
    if (!particle) {
      // "ساقية الزيت"، "برج العرب": a proper word in construct with a definite noun that ends the name (no
      // adjective, no time word, nothing after it but a break, و or a preposition).
      if (j === i + 1 && constructTail(doc, j)) {
        j++;
        break;
      }
      // "قضاء سفري حصار"، "قضاء إينه غول": after an administrative head, a second proper word that ends the name.
      // (also after the residents of a place: "أهالي قره هنجير")
      if (j === i + 1 && (NAME_HEADS.test(toks[i - 1].norm) || /^(و|ف|ب|ل|من)?اهالي$/.test(toks[i - 1].norm)) && secondProperWord(doc, j)) {
        j++;
        break;
      }
      // A name after a particle may go on by one more word ("ود أبو شنب").
      if (!(j < toks.length && PLACE_PARTICLES.has(toks[j].norm))) break;
    }
  }
  // (a definite word after an opener is its name, not a dangling opener: "واد الشيخ")
  while (j > i && (PLACE_PARTICLES.has(toks[j - 1].norm) || DIRECTIONS.has(toks[j - 1].norm)) && !(j - 1 > i && /^ال./.test(toks[j - 1].norm) && PLACE_PARTICLES.has(toks[j - 2].norm))) j--;
  if (j === i) return null;
  // ("قرية الحصين الشرقي": a definite direction after a one-word village's name is part of it; so after a province's,
  // "إقليم سولاويسي الغربية")
  if (j === i + 1 && toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && PLACE_DIRECTIONS.has(toks[j].norm) && /^(و|ف|ب|ل)?(قريه|اقليم|ولايه|مقاطعه|محافظه)$/.test(toks[i - 1].norm)) j++;
  const name = doc.text.slice(toks[i].start, toks[j - 1].end);
  // A singular noun written with the name is part of the mention ("مديرية صرواح"); the canonical is the name.
  let head = headBefore(doc, i - 1);
  // "مدينة سلمان"، "مدينة عيسى"، "مدينة زايد": a town named after a person keeps مدينة in its name.
  // ("ضاحية عبدالله السالم"، "مدينة صباح الأحمد السكنية": so does a district, with the person's whole name.)
  const town = /^(و|ف|ب|ل)?(مدينه|ضاحيه|منطقه)$/.exec(toks[i - 1].norm);
  const afterPerson = !!town && doc.claimed[i - 1] === Claim.Free && (doc.res.firstNames.has(toks[i].norm) || doc.res.ambiguousFirstNames.has(toks[i].norm) || compoundFirstName(doc, i));
  if (afterPerson) head = offsetAfter(doc.text, toks[i - 1], town![1]?.length ?? 0);
  const start = head >= 0 ? head : toks[i].start;
  const end = toks[j - 1].end;
  return { from: head >= 0 ? i - 1 : i, to: j, start, end, text: doc.text.slice(start, end), canonical: afterPerson ? doc.text.slice(start, end) : name, kind: 'village' };
}

/** What a hall, a terminal or a room is for: "صالة الوصول"، "قاعة الانتظار"، "صالة المغادرة" (normalised). */
const ROOM_PURPOSE = new Set(['الوصول', 'المغادره', 'الانتظار', 'الاستقبال', 'الالعاب', 'الافراح', 'المناسبات', 'الطعام', 'العمليات', 'الطواري', 'الجمنازيوم', 'السينما', 'العرض', 'الترانزيت', 'الركاب', 'المسافرين']);

/**
 * An indefinite word after a place's head that describes the head rather than naming it: a relational adjective of an
 * ordinary word ("حي سكني"، "حي شعبي"), a passive participle in ة ("منطقة منكوبة"), or a participle's plural
 * ("مدينة مهربين"، "قرية مستوطنين"). Not a word the lists know as a name.
 */
function describesHead(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (!t || t.kind !== 'word' || lineBreakBefore(doc, j)) return false;
  const n = t.norm;
  if (/^(و|ف|ب|ل|ك)?ال/.test(n) || isNameLike(n) || doc.res.firstNames.has(n) || doc.res.ambiguousFirstNames.has(n) || doc.res.known.matchAt(doc.tokens, j, false)) return false;
  const taMarbuta = doc.text.charCodeAt(t.end - 1) === 0x0629;
  // (a nisba of an ordinary word: "سكن" → "سكني"; not a town's name in ي, "كولويزي")
  const nisba = (stem: string) => isCommonAnyReading(stem) || isCommonAnyReading('ال' + stem);
  // (a participle whose masculine singular is an ordinary word, no first name: "منكوب" → "منكوبة"; not "منصورة")
  const common = (stem: string) => isCommonAnyReading(stem) && !doc.res.firstNames.has(stem) && !doc.res.ambiguousFirstNames.has(stem);
  return (n.length >= 4 && /^[^ا].{2,}ي$/.test(n) && nisba(n.slice(0, -1))) || (/^[^ا].{2,}يه$/.test(n) && taMarbuta && nisba(n.slice(0, -2))) || (taMarbuta && /^م[^ا]{2}و[^ا]ه$/.test(n) && common(n.slice(0, -1))) || (/^م.{3,5}(ين|ون)$/.test(n) && common(n.slice(0, -2)));
}

/**
 * A word in ي or يه that reads as a relational adjective: it, its stem or its other gender is an ordinary word with or
 * without the article ("لوجستي" as "اللوجستي"، "تجاري"), or its stem is a verbal noun of the تفعيل form ("ترفيهي").
 */
function relationalAdjective(n: string): boolean {
  const stem = n.replace(/يه$|ي$/, '');
  // (or it is a nisba of a noun in ة or ات: "توراتية"، "معلوماتي"، "مؤسساتية")
  if (/^ت..ي.$/.test(stem) || /ات$/.test(stem)) return true;
  // (a noun in ة keeps its ت before the ending: "توراة" → "توراتية")
  const words = /ت$/.test(stem) ? [n, stem, stem + 'ي', stem + 'يه', stem.slice(0, -1) + 'ه'] : [n, stem, stem + 'ي', stem + 'يه'];
  for (const w of words) if (isCommonAnyReading(w) || isCommonAnyReading('ال' + w)) return true;
  return false;
}

/** The word at j can end a district's name (no list reads it as anything else, no verb, no article) and the name ends after it. */
function secondProperWord(doc: Doc, j: number): boolean {
  const toks = doc.tokens;
  const t = toks[j];
  if (!t || t.kind !== 'word' || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return false;
  const n = t.norm;
  // (It may be a word as well: "حصار" of "سفري حصار", "غول" of "إينه غول"; the first word was none.)
  if (n.length < 3 || /^(ال|و|ب|ل|ف|ك)/.test(n) || isFunctionWord(n) || looksLikeVerb(n) || PLACE_NOUNS.test(n) || /(ها|هم|هما|ات)$/.test(n)) return false;
  // ("دوار إمزيلن معزولا"، "... معزولان": an ordinary word in the accusative or the dual describes the place.)
  if (inflectedWord(n)) return false;
  if (doc.res.firstNames.has(n) || doc.res.ambiguousFirstNames.has(n) || doc.res.nationalities.matchAt(toks, j, false) || doc.res.titles.matchAt(toks, j, false) || doc.res.places.matchAt(toks, j, false)) return false;
  const after = toks[j + 1];
  return !after || lineBreakBefore(doc, j + 1) || after.kind === 'punct' || /^و/.test(after.norm) || isFunctionWord(after.norm) || !!doc.res.places.matchAt(toks, j + 1, true) || PLACE_NOUNS.test(after.norm) || inflectedWord(after.norm);
}

/** Token j is a free word (no function word, nationality, title or time) after which a place's name plainly ends. */
function personNamedPlaceEnd(doc: Doc, j: number): boolean {
  const toks = doc.tokens;
  const t = toks[j];
  if (!t || t.kind !== 'word' || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return false;
  const n = t.norm;
  if (n.length < 3 || /^(و|ب|ل|ف|ك)/.test(n) || isFunctionWord(n) || TIME_NOUNS.has(n) || DIRECTIONS.has(n) || PLACE_NOUNS.test(n) || inflectedWord(n) || looksLikeVerb(n)) return false;
  if (doc.res.nationalities.matchAt(toks, j, false) || doc.res.titles.matchAt(toks, j, false) || PLACE_DESCRIBING.has(n)) return false;
  const after = toks[j + 1];
  return !after || lineBreakBefore(doc, j + 1) || after.kind === 'punct' || /^و/.test(after.norm) || isFunctionWord(after.norm) || DIRECTIONS.has(after.norm) || /^(قرب|بالقرب|داخل|خارج)$/.test(after.norm);
}

/** An ordinary word with the accusative alef or a dual/plural ending: "معزولا"، "معزولان"، "معزولين". */
function inflectedWord(n: string): boolean {
  if (n.length < 5) return false;
  return accusativeWord(n) || (/(ان|ين|ون)$/.test(n) && isCommonAnyReading(n.slice(0, -2)));
}

/** An ordinary word with the accusative alef: "معزولا"، "مقرا". */
function accusativeWord(n: string): boolean {
  return n.length >= 4 && /[^ا]ا$/.test(n) && isCommonAnyReading(n.slice(0, -1));
}

/** Definite nouns that say when, not which place: "في بلدة القصر الأسبوع الماضي". */
const TIME_NOUNS = new Set(['الاسبوع', 'الشهر', 'العام', 'اليوم', 'الليله', 'الصباح', 'المساء', 'الموسم', 'السنه', 'الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

/** The definite noun at j completes a two-word place name in construct ("ساقية الزيت"). */
function constructTail(doc: Doc, j: number): boolean {
  const toks = doc.tokens;
  const t = toks[j];
  if (!t || t.kind !== 'word' || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return false;
  const n = t.norm;
  if (!/^ال.{3,}$/.test(n) || /(ي|يه|يين|يون|ين)$/.test(n) || TIME_NOUNS.has(n) || PLACE_DESCRIBING.has(n) || PLACE_DIRECTIONS.has(n) || PLACE_NOUNS.test(n) || isFunctionWord(n)) return false;
  if (doc.res.nationalities.matchAt(toks, j, false) || doc.res.titles.matchAt(toks, j, false) || doc.res.places.matchAt(toks, j, false) || doc.res.firstNames.has(n.slice(2))) return false;
  const after = toks[j + 1];
  // (or a person's name: "النائب عن دائرة ساقية الزيت محمد علي")
  // (or where it lies: "معسكر قوز السلام شرقي كوستي")
  return !after || lineBreakBefore(doc, j + 1) || after.kind === 'punct' || /^و/.test(after.norm) || isFunctionWord(after.norm) || doc.res.firstNames.has(after.norm) || /^(شرقي|غربي|شمالي|جنوبي)$/.test(after.norm);
}

/** No token in [a, b) is claimed yet. */
export function isFreeRange(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.claimed[k] !== Claim.Free) return false;
  return true;
}

/** Facilities named in news as places: a head noun and its name ("ستاد القاهرة الدولي"، "ملعب مختار التتش"، "سد يوسف بن تاشفين"). */
const FACILITY_HEADS = new Set(['مسرح', 'مستشفي', 'مركز', 'ملعب', 'حلبه', 'ستاد', 'استاد', 'مطار', 'ميناء', 'مرفا', 'سد', 'سده', 'شارع', 'ساحه', 'ميدان', 'جسر', 'معبر', 'قصر', 'مسجد', 'جامع', 'كنيسه', 'كاتدراييه', 'برج', 'قلعه', 'حي', 'مخيم', 'جزيره', 'نهر', 'بحيره', 'جبل', 'سهل', 'وادي', 'صحراء', 'قاعده', 'صاله', 'قاعه', 'مركب', 'ترعه', 'هور', 'حقل', 'مصفاه', 'حوض', 'منفذ', 'انبوب', 'كوبري', 'محور', 'حقول', 'محميه', 'خور', 'روضه', 'جبال', 'جزر', 'غابات', 'شاطي', 'حديقه', 'ساحل', 'بحر', 'سراي', 'سجن', 'معبد', 'مقبره', 'مقابر', 'ضريح', 'هرم', 'حصن', 'كهف', 'مغاره', 'طريق', 'خزان', 'حمام']);
/** Indefinite adjectives of size, age or rank that describe a head noun and name nothing: "مسجد كبير"، "سوق جديدة". */
const SIZE_ADJECTIVES = new Set(['كبير', 'كبيره', 'صغير', 'صغيره', 'جديد', 'جديده', 'قديم', 'قديمه', 'ضخم', 'ضخمه', 'حديث', 'حديثه', 'عملاق', 'عملاقه', 'رئيسي', 'رئيسيه', 'واحد', 'واحده', 'اخر', 'اخري', 'اول', 'ثان', 'ثاني', 'ثانيه', 'ثالث', 'ثالثه', 'رابع', 'رابعه']);
/** Adjectives after a facility's place that are part of its name ("مطار القاهرة الجديد"). */
const FACILITY_ADJECTIVES = new Set(['الجديد', 'الجديده', 'القديم', 'القديمه', 'الكبير', 'الكبري', 'الصغير', 'الاول', 'الثاني', 'الثالث', 'الشمالي', 'الجنوبي', 'الشرقي', 'الغربي', 'الكبيره']);
/** Heads that are also ordinary words: their name must start with a proper word. */
/** What a stage is the scene of, no theatre's name: "مسرح الجريمة"، "مسرح الأحداث"، "مسرح الحرب". */
const STAGE_OF = new Set(['الجريمه', 'الاحداث', 'الحدث', 'الحادث', 'الحادثه', 'العمليات', 'الحرب', 'الصراع', 'المعارك', 'المعركه', 'القتال', 'الاشتباكات', 'الجرايم', 'الطفل', 'الاطفال', 'الدمي', 'الشارع', 'الحياه', 'السياسه', 'الشرق', 'الغرب', 'العالم', 'التاريخ', 'الدوله', 'المدرسه', 'الجامعه', 'المتحف', 'المركز', 'المعهد', 'الكليه', 'القصر', 'المجمع', 'النادي', 'الدار', 'الاوبرا']);
const AMBIGUOUS_HEADS = new Set(['مسرح', 'مستشفي', 'مركز', 'سد', 'سده', 'شارع', 'ساحه', 'جسر', 'قصر', 'برج', 'حي', 'جبل', 'سهل', 'قاعده', 'نهر', 'وادي', 'مركب', 'حقل', 'حقول', 'حوض', 'منفذ', 'انبوب', 'محور', 'خور', 'روضه', 'جبال', 'جزر', 'غابات', 'شاطي', 'حديقه', 'ساحل', 'بحر', 'سراي', 'سجن', 'مقبره', 'مقابر', 'هرم', 'حصن', 'كهف', 'مغاره', 'خزان']);
/** Ancient and burial sites: "معبد حورس"، "هرم زوسر"، "مقبرة الصليبيخات". */
const ANTIQUITY_HEADS = new Set(['معبد', 'مقبره', 'مقابر', 'ضريح', 'هرم', 'حصن', 'كهف', 'مغاره']);
/** Facilities named after a dated day ("ملعب 5 جويلية"). */
const DATED_FACILITY = new Set(['ملعب', 'ستاد', 'استاد', 'شارع', 'ساحه', 'ميدان', 'جسر', 'مطار', 'حي', 'كوبري', 'محور']);
/** A definite verbal noun of a derived form (تفعيل، افتعال، انفعال، استفعال): what a facility is for. */
const PURPOSE_NOUN = /^ال(?:ت..ي.|ا.ت.ا.|ان..ا.|است..ا.)$/;
/** A definite plural in ات: what a hall, a centre or a square is for ("قاعة المؤتمرات"); mountains and bridges are named so ("جبل العوينات"). */
const PURPOSE_PLURAL = /^ال.{3,}ات$/;
const ROOM_HEADS = new Set(['قاعه', 'صاله', 'مركز', 'ساحه', 'ميدان', 'مركب', 'مستشفي']);
/** Oil and gas sites and border posts ("حقل الشرارة النفطي"، "منفذ الوديعة الحدودي"): the adjective says what the site is. */
const SITE_HEADS = new Set(['حقل', 'حقول', 'حوض', 'منفذ', 'انبوب', 'مصفاه']);
const SITE_ADJECTIVES = new Set(['النفطي', 'النفطيه', 'الغازي', 'الغازيه', 'الحدودي', 'الحدوديه', 'البري', 'البحري']);

/** Dual facility heads in construct: "معبري"، "مخيمي"، "مطاري"، "ميناءي"، "حقلي" (and "مخيما"، "معبرا" as subjects). */
const DUAL_HEADS = new Set(['معبري', 'مخيمي', 'مطاري', 'ميناءي', 'مينايي', 'حقلي', 'سجني', 'ملعبي', 'معسكري', 'معبرا', 'مخيما', 'مطارا', 'ميناءا', 'حقلا', 'معسكرا', 'منفذي', 'منفذا', 'جسري', 'جسرا'].map(normalizeWord));

/** A dual head as written or after its proclitics, once per word. */
const mayBeDualHead = wordFlag((w) => DUAL_HEADS.has(w.slice(procliticLength(w))));

/** Words that open a place's name in construct with what follows: "عين بيت الماء"، "كرم أبو سالم"، "دير البلح". */
const NAME_OPENER = /^(ابو|ام|بني|كرم|بير|عين|تل|راس|بيت|دير|كفر|برج|خان|باب)$/;

/**
 * The two places after a dual head at i, "معبري كرم أبو سالم والعوجة": each a listed place or one to three words no
 * lexicon reads as ordinary, the second opening with و; null unless both are there.
 */
function dualFacilities(doc: Doc, i: number): [PlaceMention, PlaceMention] | null {
  const toks = doc.tokens;
  const name = (a: number, skip: number): number => {
    if (!toks[a] || lineBreakBefore(doc, a) || toks[a].kind !== 'word' || doc.claimed[a] !== Claim.Free) return -1;
    const listed = doc.res.places.matchAt(toks, a, skip > 0);
    if (listed && listed.skip === skip && isFreeRange(doc, a, listed.to)) return listed.to;
    let e = a;
    while (e < a + 3 && toks[e] && toks[e].kind === 'word' && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && (e === a || !/^و/.test(toks[e].norm) || isParticle(doc, e))) {
      const w = e === a ? toks[e].norm.slice(skip) : toks[e].norm;
      // (a camp or a field named by one definite word that is also a word, where the phrase plainly ends: "مخيمي البقعة
      // والوحدات.")
      if (e === a && /^ال../.test(w) && !isFunctionWord(w) && (!toks[e + 1] || lineBreakBefore(doc, e + 1) || isPunct(doc, e + 1, '.،,؛:') || /^و./.test(toks[e + 1].norm))) {
        e++;
        break;
      }
      // (a dual or plural adjective after the names describes the pair: "منفذي سفوان والشلامجة الحدوديين")
      if (e > a && /^ال.{3,}(يين|يتين|يان|يتان|ين)$/.test(w) && !doc.res.places.matchAt(toks, e, false)) break;
      const opener = NAME_OPENER.test(w);
      // (what an opener is in construct with is the name's, whatever the word: "عين بيت الماء")
      const prev = e > a ? (e - 1 === a ? toks[a].norm.slice(skip) : toks[e - 1].norm) : '';
      // (or a first name and the word after it, as camps are named after people: "مخيمي طولكرم ونور شمس")
      const afterOpener = e > a && (NAME_OPENER.test(prev) || doc.res.firstNames.has(prev) || doc.res.ambiguousFirstNames.has(prev));
      if (isFunctionWord(w) || (isMostlyWord(w) && !isParticle(doc, e) && !doc.res.firstNames.has(w) && !doc.res.ambiguousFirstNames.has(w) && !opener && !afterOpener) || w.length < 2) break;
      // (a verb after the name ends it: "مخيمي دبة نايرة وتارنق يستقبلان")
      if (e > a && (looksLikeVerb(w) || looksLikeVerb(w, true)) && !doc.res.firstNames.has(w) && !opener && !afterOpener) break;
      e++;
    }
    return e > a ? e : -1;
  };
  const e1 = name(i + 1, 0);
  if (e1 < 0 || !toks[e1] || !/^و./.test(toks[e1].norm)) return null;
  const e2 = name(e1, 1);
  if (e2 < 0) return null;
  // (the second ends the pair: punctuation, a function word, a verb or a line's end after it)
  const next = toks[e2];
  if (next && !lineBreakBefore(doc, e2) && next.kind === 'word' && !isFunctionWord(next.norm) && !/^[بلف]/.test(next.norm) && !/^ال.{3,}(يين|يتين|يان|يتان|ين)$/.test(next.norm) && !isMostlyWord(next.norm) && !looksLikeVerb(next.norm) && !looksLikeVerb(next.norm, true)) return null;
  const singular = doc.text.slice(offsetAfter(doc.text, toks[i], procliticLength(toks[i].norm)), toks[i].end).replace(/[يىا]$/, '').replace(/ئ$/, 'اء');
  // (an airport, a port or a crossing named by a listed town is the town, as the golds read "ميناء الحديدة"; a field,
  // a camp or a prison keeps its head, "حقل الرميلة")
  const byTown = /^(مطار|ميناء|معبر)$/.test(normalizeWord(singular));
  const mention = (a: number, b: number, skip: number): PlaceMention => {
    const start = offsetAfter(doc.text, toks[a], skip);
    const text = doc.text.slice(start, toks[b - 1].end);
    for (let k = a; k < b; k++) doc.claimed[k] = Claim.Place;
    // (else named as the singular head names it, "حقل الرميلة"، "مخيم شاتيلا", so that the two join)
    const listed = doc.res.places.matchAt(toks, a, skip > 0);
    // ("مطاري الرياض وجدة": the second is و + "جدة", not "وجدة")
    const entry = b === a + 1 ? doc.res.places.getNormalized(toks[a].norm.slice(skip)) : listed && listed.to === b && listed.skip === skip ? listed.value : null;
    if (byTown && entry) return { from: a, to: b, start, end: toks[b - 1].end, text, canonical: entry.canonical, kind: entry.kind };
    return { from: a, to: b, start, end: toks[b - 1].end, text, canonical: `${singular} ${text.replace(/\s+/g, ' ')}`, kind: /مخيم$/.test(singular) ? 'camp' : 'facility' };
  };
  return [mention(i + 1, e1, 0), mention(e1, e2, 1)];
}

/**
 * A verb, not a name's word, after a place noun or inside a name: a future ("سيتألف"، "ستبدأ") or a past with a
 * hamza on its first alef and a subject's ending ("أوقفنا"، "أعلنت"، "أكدوا"); unless a list knows it.
 */
function verbNotName(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  if (doc.res.places.matchAt(doc.tokens, j, false) || doc.res.firstNames.has(t.norm) || isNameLike(t.norm)) return false;
  // (a future is a present the lexicon knows after its س: "سيتألف", not "سينما")
  // (the lexicon knows it as a word: a town in ت, "تندلة"، "تنجداد", looks like a present too)
  // (or a present in the plural, "ينتشلون")
  if (looksLikeVerb(t.norm, true) && (/^س/.test(t.norm) ? isCommonAnyReading(t.norm.slice(1)) : isCommonAnyReading(t.norm) || /^[يت].{3,}ون$/.test(t.norm))) return true;
  // (a past with its subject "we" no lexicon holds, "أوقفنا"; other endings only as the lexicon knows the verb, not
  // "أربعات"، "أشنوت")
  // ("وبحيرة ناصر استوعبت الجزء الأكبر": a past of the derived forms that open with a bare alef, استفعل، افتعل، انفعل,
  // with the ending of its subject)
  if (doc.text.charAt(t.start) === 'ا' && /^(است...|ا.ت..|ان...)(ت|وا)$/.test(t.norm) && looksLikeVerb(t.norm)) return true;
  return /^[أإ]/.test(doc.text.charAt(t.start)) && t.norm.length >= 5 && (/نا$/.test(t.norm) || (/(ت|وا|تم)$/.test(t.norm) && looksLikeVerb(t.norm) && isCommonAnyReading(t.norm)));
}

/** The word before j is a first name or a word of names ("الحبيب"): a name may go on after it. */
function personWordBefore(doc: Doc, j: number): boolean {
  const p = doc.tokens[j - 1].norm;
  return doc.res.firstNames.has(p) || doc.res.ambiguousFirstNames.has(p) || doc.res.firstNames.has(p.replace(/^ال/, '')) || isNameLike(p);
}

/** After its proclitics the word is a word, a name or a place (or an article follows): the proclitic opens a phrase. */
function procliticOpensPhrase(doc: Doc, j: number): boolean {
  const w = doc.tokens[j].norm;
  const rest = w.slice(Math.max(1, procliticLength(w)));
  // (و and ف join: what follows them is another name)
  if (/^[وف]/.test(w) || rest.length < 3 || FACILITY_HEADS.has(rest) || /^ال|^ل/.test(rest)) return true;
  // (an ordinary word, also as the lexicon knows it with its article ("بريف"), or with a pronoun ("بقاربه"))
  const stem = rest.replace(/(ه|ها|هم|هما|هن|نا)$/, '');
  for (const x of [rest, 'ال' + rest, 'ال' + stem]) if (isCommonAnyReading(x) || isMostlyWord(x)) return true;
  if (isFunctionWord(rest) || doc.res.firstNames.has(rest) || doc.res.ambiguousFirstNames.has(rest) || doc.res.places.getNormalized(rest) || looksLikeVerb(rest) || isNameLike(rest)) return true;
  // ("ببولاق الدكرور": a listed place of several words behind the proclitic)
  const listed = doc.res.places.matchAt(doc.tokens, j, true);
  return !!listed && listed.skip > 0;
}

/** Length of what /^(و|ف)?(ب|ل|ك)?/ matches at the start of w. */
function procliticLength(w: string): number {
  const c0 = w.charCodeAt(0);
  const n = c0 === 0x0648 || c0 === 0x0641 ? 1 : 0;
  const c1 = w.charCodeAt(n);
  return c1 === 0x0628 || c1 === 0x0644 || c1 === 0x0643 ? n + 1 : n;
}

/** "ملعب المملكة أرينا": «أرينا» two or three words after the head, words all the way. */
function arenaAhead(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  for (let d = 2; d <= 3; d++) {
    if (toks[i + d]?.norm !== 'ارينا') continue;
    let ok = true;
    for (let k = i + 1; k <= i + d; k++) if (toks[k].kind !== 'word' || lineBreakBefore(doc, k)) ok = false;
    if (ok) return true;
  }
  return false;
}

/** A facility head as written or after its proclitics (findFacilities' first test), once per word. */
const mayBeFacilityHead = wordFlag((w) => FACILITY_HEADS.has(w) || facilitySkip(w) > 0);

/** "المغرب" at i after a word of time ("قبل"، "بعد"، "حتى"، "عقب"), or after "من" in a quote in dialect: the sunset. */
function sunsetAfter(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  const next = toks[i + 1];
  if (next && !lineBreakBefore(doc, i + 1) && /^و/.test(next.norm) && doc.res.places.matchAt(toks, i + 1, true)) return false;
  if (/^(و|ف|من)?(بعد|قبل|حتي|عقب)$/.test(toks[i - 1].norm)) return true;
  return toks[i - 1].norm === 'من' && toks[i].norm === 'المغرب' && inDialectQuote(doc, i, i + 1);
}

/**
 * Words before «طريق» that say a road on the ground is meant: where on it («على»، «عبر»، «قرب»، «تقاطع»، «جانبي») or
 * the works done on it («توسعة»، «صيانة»، «ازدواج»، «رصف»، «إنارة»).
 */
const ROAD_CUES = new Set(['علي', 'عبر', 'قرب', 'بمحاذاه', 'محاذاه', 'امتداد', 'بامتداد', 'طول', 'تقاطع', 'وتقاطع', 'بتقاطع', 'جانبي', 'مدخل', 'مداخل', 'توسعه', 'بتوسعه', 'صيانه', 'بصيانه', 'ازدواج', 'ازدواجيه', 'تاهيل', 'رصف', 'تعبيد', 'اناره', 'باناره', 'اغلاق', 'افتتاح', 'تطوير', 'مستوي']);
/** Street heads a road coordinated with «و» follows: "شارع الأردن وطريق المطار". */
const STREET_BEFORE = /^[وب]?(شارع|طريق|ميدان|دوار|جسر|كورنيش|ساحه|تقاطع)$/;
/**
 * What a road leads to when it is a way, not a road: "على طريق العودة"، "على طريق السلام"، "عبر طريق الإمداد". A verbal
 * noun of a derived form is one too ("على طريق الإصلاح"، "على طريق التعافي").
 */
const ROAD_ABSTRACT = new Set(['العوده', 'الذهاب', 'الاياب', 'الامداد', 'السلام', 'الحق', 'الخطا', 'الصواب', 'النجاح', 'المجد', 'الخلاص', 'الموت', 'الهاويه', 'الالام', 'النصر', 'الخير', 'الشر', 'الحل', 'التنميه', 'الحرير', 'الهجره', 'النجاه', 'الحياه', 'الوحده', 'الاستقلال', 'المستقبل', 'الامل', 'الشهاده', 'الجنه', 'النار', 'الرشاد', 'الهدايه', 'الضلال', 'التسويه', 'التطبيع']);
const ROAD_MASDAR = /^ال(?:ا..ا.|ت..ي.|ت.ا..|ا.ت.ا.|ان..ا.|است..ا.)$/;

/**
 * "على طريق المطار"، "توسعة طريق الحرمين"، "شارع الأردن وطريق المطار": «طريق» with a word that says a road on the ground
 * is meant (or after another street, with «و»), to be named by the definite word after it as a street is ("شارع
 * المطار"). Not "عن طريق", "في طريق العودة".
 */
function roadCued(doc: Doc, i: number, skip: number): boolean {
  const toks = doc.tokens;
  if (i === 0 || lineBreakBefore(doc, i)) return false;
  // ("خطوة على طريق الاتفاقات"، "تمضي على طريق …": a step on the way, no road)
  if (skip === 0) return toks[i - 1].kind === 'word' && ROAD_CUES.has(toks[i - 1].norm.replace(/^و(?=.{3})/, '')) && !(i >= 2 && /^(خطوه|خطوات|ماضيه|ماض|ماضون|يمضي|تمضي|المضي|يسير|تسير|السير|سايره|سايرون)$/.test(toks[i - 2].norm));
  if (toks[i].norm !== 'وطريق') return false;
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (lineBreakBefore(doc, k + 1) || toks[k].kind !== 'word') return false;
    if (STREET_BEFORE.test(toks[k].norm)) return true;
  }
  return false;
}

/** Streets and squares, which are named after an officer or a doctor too, and the titles they keep in the name. */
const STREET_NAMED_HEADS = new Set(['شارع', 'ساحه', 'ميدان', 'حي', 'طريق', 'جسر']);
const STREET_RANK = /^ال(عقيد|عميد|لواء|رايد|مقدم|نقيب|ملازم|مشير|مجاهد|زعيم|دكتور|حاج|شاعر|فنان)$/;

/** What kind of bridge it is, after «جسر»: no bridge's name. */
const BRIDGE_KIND = new Set(['المشاه', 'المعلق', 'الجديد', 'القديم', 'الحالي', 'المؤقت', 'الموقت', 'المتحرك', 'الواصل', 'الرابط', 'الجوي', 'البري', 'البحري', 'الوحيد', 'الاول', 'الثاني', 'الاخير', 'المذكور', 'المنهار', 'المتضرر', 'المدمر']);

/** The definite word that names a cued road ("طريق الواحات" too): no way's goal, no listed place (which stays a mention of the town). */
function roadNameWord(doc: Doc, j: number): boolean {
  const t = doc.tokens[j];
  return !!t && t.kind === 'word' && /^ال.{2,}/.test(t.norm) && !ROAD_ABSTRACT.has(t.norm) && !ROAD_MASDAR.test(t.norm) && !TIME_NOUNS.has(t.norm) && !PLACE_DESCRIBING.has(t.norm) && !isFunctionWord(t.norm) && !doc.res.places.matchAt(doc.tokens, j, false) && !doc.res.nationalities.matchAt(doc.tokens, j, false);
}

/**
 * The proclitics before a facility head ("بميناء"، "وبحيرة"), 0 when there are none or the word is no head. (و + a head
 * that opens with ب or ل, "وبحيرة"، "ولبنان", keeps its letter: the longest proclitics are tried first, then و alone.)
 */
function facilitySkip(w: string): number {
  const p = procliticLength(w);
  if (p > 0 && FACILITY_HEADS.has(w.slice(p))) return p;
  const c0 = w.charCodeAt(0);
  return p === 2 && (c0 === 0x0648 || c0 === 0x0641) && FACILITY_HEADS.has(w.slice(1)) ? 1 : 0;
}

/** Adjectives of a free or economic zone: "المنطقة الحرة"، "المنطقة الاقتصادية الخاصة" (an industrial area, "المنطقة الصناعية بسوسة", is where, not a zone with a name). */
const ZONE_ADJECTIVES = new Set(['الحره', 'الاقتصاديه', 'الخاصه']);

/**
 * "المنطقة الحرة بصحار"، "المنطقة الاقتصادية الخاصة بالدقم": a free or economic zone with the town it lies in is a
 * place of its own (the town inside it is no mention of the town). Without the town it names no zone in particular.
 */
const mayOpenZone = wordFlag((w) => /^(و|ف)?(ب|ل)?(المنطقه|منطقه)$/.test(w));
function zoneAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (!mayOpenZone(toks[i])) return null;
  const m = /^(و|ف)?(ب|ل)?(المنطقه|منطقه)$/.exec(toks[i].norm);
  if (!m) return null;
  let j = i + 1;
  while (j < i + 4 && toks[j] && !lineBreakBefore(doc, j) && ZONE_ADJECTIVES.has(toks[j].norm) && doc.claimed[j] === Claim.Free) j++;
  if (j === i + 1 || !toks[j] || lineBreakBefore(doc, j) || doc.claimed[j] !== Claim.Free) return null;
  const town = doc.res.places.matchAt(toks, j, true);
  if (!town || town.from !== j || !/^ب$/.test(town.clitic)) return null;
  const skip = (m[1]?.length ?? 0) + (m[2]?.length ?? 0);
  const start = offsetAfter(doc.text, toks[i], skip);
  const end = toks[town.to - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: town.to, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

const mayOpenMosque = wordFlag((w) => /^(و|ف)?(ب|ل)?(المسجد|الجامع)$|^(و|ف)?للمسجد$|^(و|ف)?للجامع$/.test(w));
/** Relational adjectives that describe a mosque and name none: "المسجد المركزي"، "الجامع الرئيسي". */
const MOSQUE_DESCRIBING = new Set(['المركزي', 'الرييسي', 'المحلي', 'الحكومي', 'التاريخي', 'الاثري', 'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'القبلي', 'البحري']);

/**
 * "المسجد العباسي"، "الجامع المنصوري"، "المسجد الأحمدي": a great mosque named by the relational adjective of a person
 * (its founder, a saint) is a place, with its head noun; the adjective is no town ("الأحمدي" in Kuwait).
 */
function mosqueAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (!mayOpenMosque(toks[i])) return null;
  const m = /^((?:و|ف)?(?:ب|ل)?)(?:المسجد|الجامع)$|^((?:و|ف)?ل)ل(?:مسجد|جامع)$/.exec(toks[i].norm);
  const a = toks[i + 1];
  if (!m || !a || a.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  // (and "الجامع الأزهر", the mosque, where الأزهر alone is the institution)
  const azhar = a.norm === 'الازهر' && /الجامع$/.test(toks[i].norm);
  if (!azhar && (!/^ال.{3,}ي$/.test(a.norm) || MOSQUE_DESCRIBING.has(a.norm) || doc.res.nationalities.matchAt(toks, i + 1, false))) return null;
  const skip = (m[1] ?? m[2] ?? '').length;
  const start = offsetAfter(doc.text, toks[i], skip);
  const end = a.end;
  const text = (m[2] !== undefined ? 'ا' : '') + doc.text.slice(start, end);
  return { from: i, to: i + 2, start, end, text: doc.text.slice(start, end), canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

/** A street's, a square's or a road's noun, its proclitics in group 1. */
export const STREET_HEAD = /^((?:و|ف)?(?:ب|ل)?)(شارع|ساحه|ميدان|جاده|نهج|زنقه|كورنيش)$/;

export function findFacilities(doc: Doc, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  const toks = doc.tokens;
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] === Claim.Free && toks[i].kind === 'word') {
      const zone = zoneAt(doc, i) ?? mosqueAt(doc, i);
      if (zone) {
        out.push(zone);
        for (let k = zone.from; k < zone.to; k++) doc.claimed[k] = Claim.Place;
        i = zone.to - 1;
        continue;
      }
    }
    // ("محمد عبده أرينا"، "المملكة أرينا": an arena named after a person or a word, "أرينا" last)
    if (toks[i].norm === 'ارينا' && i > 0 && !lineBreakBefore(doc, i) && doc.claimed[i] === Claim.Free) {
      let a = i;
      while (a > 0 && i - a < 3 && !lineBreakBefore(doc, a) && toks[a - 1].kind === 'word' && doc.claimed[a - 1] === Claim.Free && !isFunctionWord(toks[a - 1].norm) && !FACILITY_HEADS.has(toks[a - 1].norm) && !/^(مسرح|صاله|قاعه|ملعب)$/.test(toks[a - 1].norm.replace(/^(و|ف)?(ب|ل)?/, ''))) a--;
      if (a < i) {
        const skip = /^(و|ف)?(ب|ل)?/.exec(toks[a].norm)![0].length;
        const w0 = toks[a].norm.slice(skip);
        const keep = skip > 0 && (doc.res.firstNames.has(w0) || doc.res.places.matchAt(toks, a, true) || /^ال/.test(w0)) ? skip : 0;
        const start = offsetAfter(doc.text, toks[a], keep);
        const text = doc.text.slice(start, toks[i].end);
        out.push({ from: a, to: i + 1, start, end: toks[i].end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' });
        for (let k = a; k <= i; k++) doc.claimed[k] = Claim.Place;
        continue;
      }
    }
    // "سوق العطارين"، "خان الخياطين"، "سوق الخميس": an old market named by its trade or its day.
    const market = doc.claimed[i] === Claim.Free ? marketAt(doc, i) : null;
    if (market) {
      out.push(market);
      for (let k = market.from; k < market.to; k++) doc.claimed[k] = Claim.Place;
      i = market.to - 1;
      continue;
    }
    // "محطة عدلي منصور"، "محطة الاستاد"، "كورنيش الدوحة"، "طريق الخور السريع": a station, a corniche or a road by its name.
    const route = doc.claimed[i] === Claim.Free && toks[i].kind === 'word' && mayOpenRoute(toks[i]) ? stationAt(doc, i) ?? cornicheAt(doc, i) ?? roadByAdjectiveAt(doc, i) ?? roadByNumberAt(doc, i) ?? ancientTheatreAt(doc, i) : null;
    if (route) {
      out.push(route);
      for (let k = route.from; k < route.to; k++) doc.claimed[k] = Claim.Place;
      i = route.to - 1;
      continue;
    }
    // "المركب الرياضي محمد الخامس"، "المركب الرياضي الأمير مولاي عبد الله": a sports complex named after a person.
    const complex = doc.claimed[i] === Claim.Free ? sportsComplexAt(doc, i) : null;
    if (complex) {
      out.push(complex);
      for (let k = complex.from; k < complex.to; k++) doc.claimed[k] = Claim.Place;
      i = complex.to - 1;
      continue;
    }
    // ("ساحة الأمم المتحدة"، "شارع جامعة الدول العربية": a street or a square named after a listed body)
    const streetOrg = doc.claimed[i] === Claim.Free && toks[i].kind === 'word' && STREET_HEAD.test(toks[i].norm) && toks[i + 1] && !lineBreakBefore(doc, i + 1) ? doc.res.orgs.matchAt(toks, i + 1, false) : null;
    if (streetOrg && !lineBreakBefore(doc, streetOrg.to - 1) && toks.slice(i + 1, streetOrg.to).every((_, k) => doc.claimed[i + 1 + k] === Claim.Free)) {
      const skip = STREET_HEAD.exec(toks[i].norm)![1]?.length ?? 0;
      const start = offsetAfter(doc.text, toks[i], skip);
      const text = doc.text.slice(start, toks[streetOrg.to - 1].end);
      out.push({ from: i, to: streetOrg.to, start, end: toks[streetOrg.to - 1].end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' });
      for (let k = i; k < streetOrg.to; k++) doc.claimed[k] = Claim.Place;
      i = streetOrg.to - 1;
      continue;
    }
    // ("عبر معبري كرم أبو سالم والعوجة"، "مخيمي فرشنا وأورانغ": a dual head before two names joined by و, one place each)
    const pair = doc.claimed[i] === Claim.Free && toks[i].kind === 'word' && mayBeDualHead(toks[i]) ? dualFacilities(doc, i) : null;
    if (pair) {
      out.push(...pair);
      i = pair[1].to - 1;
      continue;
    }
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word' || !mayBeFacilityHead(toks[i])) continue;
    // ("وأدى السفيران اليمين"، "وأدى طقوسا": و + the verb أدّى, written with a hamza or a final ى, is no valley)
    if (/وادي$/.test(toks[i].norm) && /[أإآ]|ى$/.test(doc.text.slice(toks[i].start, toks[i].end))) continue;
    let skip = 0;
    let head = toks[i].norm;
    if (!FACILITY_HEADS.has(head)) {
      // The proclitics /^(و|ف)?(ب|ل|ك)?/ would match, by code (this runs on every free word).
      const p = facilitySkip(head);
      if (p > 0) {
        skip = p;
        head = head.slice(p);
      } else continue;
    }
    let j = i + 1;
    // "ملعب 5 جويلية"، "ملعب 8 ماي 1945"، "ساحة 20 أغسطس": a stadium, a square or a street named after a dated day.
    // ("ساحة أول ماي"، "شارع أول نوفمبر": the first of a month, written as a word)
    if (DATED_FACILITY.has(head) && toks[j + 1] && (toks[j].kind === 'number' || toks[j].norm === 'اول') && toks[j].norm.length <= 3 && toks[j + 1].kind === 'word' && isMonthWord(toks[j + 1].norm) && !lineBreakBefore(doc, j) && !lineBreakBefore(doc, j + 1) && doc.claimed[j] === Claim.Free && doc.claimed[j + 1] === Claim.Free) {
      let e = j + 2;
      if (toks[e] && toks[e].kind === 'number' && /^(1[89]|20)\d\d$/.test(toks[e].norm) && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free) e++;
      const start = offsetAfter(doc.text, toks[i], skip);
      const text = doc.text.slice(start, toks[e - 1].end);
      out.push({ from: i, to: e, start, end: toks[e - 1].end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' });
      for (let k = i; k < e; k++) doc.claimed[k] = Claim.Place;
      i = e - 1;
      continue;
    }
    // ("ملعب المملكة أرينا": the arena's own name follows the head; it is read at «أرينا»)
    if (arenaAhead(doc, i)) continue;
    // ("عن طريق الشيخ محمد": by way of, no road)
    const cuedRoad = head === 'طريق' && roadCued(doc, i, skip) && roadNameWord(doc, j) && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free;
    // ("جسر الأحرار"، "جسر الجمهورية"، "جسر الزيتون": a bridge is named by a definite noun as a street is; not by what
    // kind of bridge it is, "جسر المشاة"، "جسر المعلق", nor by a verbal noun, "جسر التواصل")
    // (a plural of the أفعال shape names one, "جسر الأحرار", as a verbal noun of the إفعال shape may: "جسر الإخاء")
    // ("جسّر المسافة": the verb, written with its shadda)
    const namedBridge = head === 'جسر' && !doc.text.slice(toks[i].start, toks[i].end).includes('\u0651') && (roadNameWord(doc, j) || (/^ال(ا..ا.)$/.test(toks[j]?.norm ?? '') && doc.claimed[j] === Claim.Free)) && !BRIDGE_KIND.has(toks[j].norm) && !/^ال.{3,}ي$/.test(toks[j].norm) && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free;
    if (head === 'طريق' && !cuedRoad && (skip > 0 || (i > 0 && /^(عن|من)$/.test(toks[i - 1].norm)))) continue;
    // ("الكرة في ملعب الحكومة", "والكرة اليوم في ملعب الحكومة": the ball is in someone's court, no stadium)
    if (head === 'ملعب' && i >= 2 && toks[i - 1].norm === 'في' && [2, 3].some((d) => i - d >= 0 && /^و?(ال)?كره$/.test(toks[i - d].norm))) continue;
    // ("2800 مسجد"، "6 آلاف مسجد": a head counted by a number is the common noun)
    if (i > 0 && !lineBreakBefore(doc, i) && skip === 0 && (toks[i - 1].kind === 'number' || /^(الاف|الف|مئات|عشرات|ملايين|مليون)$/.test(toks[i - 1].norm))) continue;
    // ("محور دونيتسك"، "محور بارا": an axis named by a place is a front or a route, no place of its own; the Egyptian
    // roads named after a day are, "محور 26 يوليو", and the roads and corridors named after a person or by a proper
    // word no list holds: "محور الشهيد مصطفى عبيد"، "محور محمد بن زايد"، "محور نتساريم")
    if (head === 'محور') {
      const w = toks[j];
      const free = !!w && w.kind === 'word' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free;
      const person = free && ((TITLE_IN_NAME.test(w.norm) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.res.firstNames.has(toks[j + 1].norm)) || doc.res.firstNames.has(w.norm) || compoundFirstName(doc, j));
      const proper = free && w.norm.length >= 4 && !/^[وفبلك]?ال/.test(w.norm) && !/^[لب]/.test(w.norm) && !isFunctionWord(w.norm) && !isCommonAnyReading(w.norm) && !isMostlyWord(w.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.nationalities.matchAt(toks, j, false) && !looksLikeVerb(w.norm);
      if (!person && !proper) continue;
      // (a proper word names the corridor alone, with its direction at most; one between two towns is the route,
      // "محور نارا – غوغي", whose towns are the places)
      if (!person) {
        if (isPunct(doc, j + 1, '-–—‐')) continue;
        let e = j + 1;
        if (toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && PLACE_DIRECTIONS.has(toks[e].norm)) e++;
        const start = offsetAfter(doc.text, toks[i], skip);
        const text = doc.text.slice(start, toks[e - 1].end);
        out.push({ from: i, to: e, start, end: toks[e - 1].end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' });
        for (let k = i; k < e; k++) doc.claimed[k] = Claim.Place;
        i = e - 1;
        continue;
      }
    }
    // (A name with particles is longer: "مركز الشيخ إبراهيم بن محمد آل خليفة".)
    let particles = 0;
    while (j < toks.length && j - i <= 4 + particles && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) {
      const t = toks[j];
      // ("مديرية أسبوعياً": a word with the tanween of the accusative is an adverb or an object, no name)
      if (hasTanween(doc, j)) break;
      const particle = j > i + 1 && isParticle(doc, j) && !!toks[j + 1] && toks[j + 1].kind === 'word' && !lineBreakBefore(doc, j + 1);
      // ("مقبرة سيدي علي": after a particle, a first name that is also a function word is the name)
      if (t.kind !== 'word' || (isFunctionWord(t.norm) && !particle && !(j > i + 1 && isParticle(doc, j - 1) && doc.res.firstNames.has(t.norm)))) break;
      if (verbNotName(doc, j)) break;
      if (particle) particles++;
      // ("في جبال النوبة يوسف أحمد": a first name and a name after a definite word that is no title is the next person)
      if (j > i + 1 && /^ال/.test(toks[j - 1].norm) && !TITLE_IN_NAME.test(toks[j - 1].norm) && !/^ال(دكتور|سيد|سيده|حاج|مهندس|استاذ|راحل|موسس|قاضي|فقيه|علامه|قديس|قديسه|شريف|ولي|مرحوم)$/.test(toks[j - 1].norm) && !doc.res.titles.matchAt(toks, j - 1, false) && doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(toks, j, false) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && !/^ال/.test(toks[j + 1].norm) && (doc.res.firstNames.has(toks[j + 1].norm) || isNameLike(toks[j + 1].norm))) break;
      // A proclitic ب/ل/و opens a new phrase ("ملعب مختار التتش بالجزيرة").
      // (not the word a place opener takes: "سد بني بهدل")
      // (nor the name after a person's particle: "معبر الشهيد مصطفى بن بولعيد")
      // (a name's own first letter is no proclitic when what follows it is no word, after a first name: "شارع الحبيب بورقيبة")
      if (j > i + 1 && !particle && /^(و|ب|ل|ف|ك)/.test(t.norm) && !doc.res.firstNames.has(t.norm) && (!personWordBefore(doc, j) || procliticOpensPhrase(doc, j)) && !doc.res.places.matchAt(toks, j, false) && !/^ال/.test(t.norm) && !(PLACE_NAME_OPENERS.has(toks[j - 1].norm) && !/^و/.test(t.norm)) && !(/^(بن|ابن|بنت|ولد)$/.test(toks[j - 1].norm) && !/^و/.test(t.norm))) break;
      if (j === i + 1) {
        // (a place particle opens the name too: "وادي بني حبيب"، "سد بني بهدل")
        const opener = PLACE_NAME_OPENERS.has(t.norm) && !!toks[j + 1] && toks[j + 1].kind === 'word' && !lineBreakBefore(doc, j + 1) && !isFunctionWord(toks[j + 1].norm);
        // "مركز الملك خالد الحضاري"، "ملعب الأمير فيصل بن فهد": a title opens the name when a first name follows.
        // (also with an epithet between: "مستشفى الملك المؤسس عبدالله الجامعي")
        // (or a title of his own: "مستشفى الشهيد الدكتور أيمن الفقي"، "مدرسة الشهيد اللواء …")
        const epithet = !!toks[j + 2] && (/^(الموسس|الراحل|الشهيد|الباني)$/.test(toks[j + 1]?.norm ?? '') || (TITLE_IN_NAME.test(t.norm) && /^ال(دكتور|مهندس|لواء|عميد|عقيد|مقدم|رايد|نقيب|ملازم|طيار|حاج|استاذ)$/.test(toks[j + 1]?.norm ?? ''))) && !lineBreakBefore(doc, j + 1) && !lineBreakBefore(doc, j + 2) && doc.res.firstNames.has(toks[j + 2].norm);
        // (a first name that is also a word is a name after such a title: "مستشفى الأميرة بسمة")
        // ("شارع العقيد لطفي"، "ساحة الشهيد …": a street or a square is named after an officer or a doctor too)
        const titled = (TITLE_IN_NAME.test(t.norm) || (STREET_NAMED_HEADS.has(head) && STREET_RANK.test(t.norm))) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && (doc.res.firstNames.has(toks[j + 1].norm) || doc.res.ambiguousFirstNames.has(toks[j + 1].norm) || epithet);
        // ("مركز لوجستي": an indefinite adjective in ي describes the head, it names nothing.)
        // (a word in ي no reading makes an adjective of is a name: "سجن رومية")
        const adjective = !/^ال/.test(t.norm) && /(ي|يه)$/.test(t.norm) && t.norm.length >= 5 && !isNameLike(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(toks, j, false) && relationalAdjective(t.norm);
        // ("سد الشغور"، "بسد فجوة الأجور": after لسد / بسد only a listed place or a name names a dam; "fill the vacancy"
        // is a verbal noun.)
        const unlisted = !isMostlyWord(t.norm) && !adjective && !(head === 'سد' && skip > 0 && /[لب]/.test(toks[i].norm.slice(0, skip)) && !isNameLike(t.norm));
        // ("طريق المطار"، "طريق الحرير": a road is a place only by the person it is named after; "طريق بعقوبة" is a
        // mention of the town, as the golds count it)
        if (head === 'طريق' && !titled && !cuedRoad && !(doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(toks, j, false))) break;
        // (a site named by an ordinary word, with what it is after it: "حقل الشرارة النفطي"، "منفذ الوديعة الحدودي")
        // (or by a proper word no lexicon knows: "منفذ زرباطية الحدودي"، "منفذ صرفيت الحدودي")
        const site = SITE_HEADS.has(head) && (/^ال.{2,}/.test(t.norm) || (t.norm.length >= 3 && !isMostlyWord(t.norm) && !isCommonAnyReading(t.norm) && !isFunctionWord(t.norm) && !/^[لب]/.test(t.norm))) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && SITE_ADJECTIVES.has(toks[j + 1].norm);
        // (but not a kind of site: "حقل زيتون"، "منفذ بحري"، "منفذ لقرارات الولاية")
        // ("أول منفذ بري"، "منفذ بحري": a land or sea port of entry, whatever else «بري» names)
        if (SITE_HEADS.has(head) && j === i + 1 && /^(بري|بحري|جوي|حدودي|بريه|بحريه|جويه|حدوديه)$/.test(t.norm)) break;
        if (SITE_HEADS.has(head) && !/^ال/.test(t.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && ((/^[لب]/.test(t.norm) && (isCommonAnyReading(t.norm.slice(1)) || isMostlyWord('ال' + t.norm.slice(1)))) || /ي$/.test(t.norm) || isMostlyWord('ال' + t.norm))) break;
        // (the fields of a region are no field's name: "حقول إقليم كردستان")
        if (head === 'حقول' && (isPlaceNoun(t) || doc.res.places.matchAt(toks, j, false)?.value.kind === 'country')) break;
        // (a camp west of a town is no camp's name: "مخيم غرب مأرب"، "مخيم شمال غزة")
        // ("مخيم قرب بلدة اللبوة"، "طريق آمنة": nor one near a town, nor a kind of road)
        if ((head === 'مخيم' || head === 'معسكر') && (DIRECTIONS.has(t.norm) || /^(قرب|قرابه|بمحاذاه|قباله|داخل|خارج|عند|حول)$/.test(t.norm))) break;
        if (head === 'طريق' && /^(امن|امنه|سالك|سالكه|طويل|طويله|وعر|وعره|سريع|سريعه|جديد|جديده|بديل|بديله|ترابي|ترابيه|زراعي|زراعيه)$/.test(t.norm)) break;
        // (not a purpose or a spread after the head: "مسجد للاعتكاف"، "ساحة للمزايدات"، "مسجد بمختلف المحافظات")
        // ("ساحة لتراشق المقذوفات": nor a verbal noun of the تفاعل or تفعيل form after ل)
        if (/^[لب]/.test(t.norm) && !opener && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && (/^لل/.test(t.norm) || isCommonAnyReading(t.norm.slice(1)) || isMostlyWord('ال' + t.norm.replace(/^(لل|ل|ب)/, '')) || isMostlyWord(t.norm.slice(1)) || /^ل(ت.ا..|ت..ي.)$/.test(t.norm))) break;
        // (nor an indefinite adjective in ة, "قاعة تابعة لبلدية الحامة", nor the place it belongs to, "مسجد القرية")
        if (!/^ال/.test(t.norm) && /ه$/.test(t.norm) && isMostlyWord(t.norm) && !isNameLike(t.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && !doc.res.ambiguousFirstNames.has(t.norm) && !doc.res.known.matchAt(toks, j, false)) break;
        if (/^ال(قريه|مدينه|بلده|بلد|منطقه|محافظه|ولايه|حي|مخيم|عاصمه|جزيره)$/.test(t.norm)) break;
        // ("قاعة المؤتمرات"، "ساحة وقوف الطائرات"، "مركز التغذية"، "مركز الاستقبال": a definite plural in ات or a verbal
        // noun of a derived form says what the facility is for; it names none. Not a district: "حي الجابريات".)
        if (head !== 'حي' && head !== 'مخيم' && head !== 'شارع' && (PURPOSE_NOUN.test(t.norm) || (ROOM_HEADS.has(head) && PURPOSE_PLURAL.test(t.norm))) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm.slice(2)) && !isNameLike(t.norm)) break;
        // ("قاعة المعارض"، "قاعة التداول"، "قاعة الحفل": a hall named by an ordinary definite noun is the room for it; a
        // hall's name is a proper word, "قاعة الكوليزي"، "قاعة الجواهري", or goes on with its adjective, "قاعة الشعب الكبرى")
        // (a title opens the name of the man it honours: "صالة الشيخ سعد العبدالله")
        if ((head === 'قاعه' || head === 'صاله') && /^ال.{2,}/.test(t.norm) && !titled && !TITLE_IN_NAME.test(t.norm) && !STREET_RANK.test(t.norm) && (isCommonAnyReading(t.norm) || isMostlyWord(t.norm)) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm.slice(2)) && !isNameLike(t.norm) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال.{2,}(ي|يه|ه|ي|ى)$/.test(toks[j + 1].norm) && !isFunctionWord(toks[j + 1].norm))) break;
        // ("حمام الزاجل"، «حمّام العروس»: carrier pigeons and the bride's bath, no bathhouse's name)
        // (a bathhouse is named by a definite word or a first name, "حمام السراي"، "حمام عز الدين"; "أبو حمام" is a town)
        if (head === 'حمام' && (/^ال(زاجل|عروس|عروسه|عريس|سباحه)$/.test(t.norm) || (!/^ال../.test(t.norm) && !doc.res.firstNames.has(t.norm) && toks[j + 1]?.norm !== 'الدين') || (i > 0 && /^(و|ف|ب|ل)?(ابو|ابي)$/.test(toks[i - 1].norm)))) break;
        // ("ميدان تدريب مغطى"، "قاعة تدريب": an indefinite verbal noun of the تفعيل form right after a hall's or a square's
        // noun says what it is for, with nothing definite after it to name it)
        if (j === i + 1 && ROOM_HEADS.has(head) && /^ت[^ا]{2}ي[^ا]$/.test(t.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && !(toks[j + 1] && !lineBreakBefore(doc, j + 1) && /^ال/.test(toks[j + 1].norm))) break;
        // ("ميناء الصيد البحري"، "مرفأ الصيادين"، "ميناء الحاويات": a port for fishing or for containers, no port's name)
        if ((head === 'ميناء' || head === 'مرفا') && (/^ال(صيد|صيادين)$/.test(t.norm) || PURPOSE_PLURAL.test(t.norm)) && !doc.res.places.matchAt(toks, j, false)) break;
        // (a basin named by a definite noun in ة is a pool or a tank: "حوض السباحة")
        if (head === 'حوض' && /^ال.{2,}ه$/.test(t.norm) && !site && !doc.res.places.matchAt(toks, j, false)) break;
        // (a border post is named by a definite word: "منفذ الوديعة"، "منفذ طريبيل" is a listed place)
        // (but a crossing named after a person is: "منفذ إبراهيم الخليل"، "منفذ حاج عمران")
        if (head === 'منفذ' && !/^ال/.test(t.norm) && !site && !(doc.res.places.matchAt(toks, j, false) && !/ي$/.test(t.norm)) && !((doc.res.firstNames.has(t.norm) || t.norm === 'حاج') && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && !isFunctionWord(toks[j + 1].norm))) break;
        // ("مسرح لبنان": a theatre of a country is the country's stage, no theatre's name)
        // (a national theatre goes on with its adjective, "مسرح البحرين الوطني"; a town's is named by it, "مسرح المروج")
        const stage = head === 'مسرح' ? doc.res.places.matchAt(toks, j, false) : null;
        if (stage && stage.value.kind === 'country' && !/^ال.{2,}(ي|يه)$/.test(toks[stage.to]?.norm ?? '')) break;
        // ("مسرح سيد درويش": a first name that is also a word, before a name, names a theatre after a person)
        const namedStage = head === 'مسرح' && doc.res.ambiguousFirstNames.has(t.norm) && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && toks[j + 1].kind === 'word' && doc.claimed[j + 1] === Claim.Free && (doc.res.firstNames.has(toks[j + 1].norm) || isNameLike(toks[j + 1].norm)) && !isCommonAnyReading(toks[j + 1].norm);
        const proper = namedStage || site || titled || doc.res.places.matchAt(toks, j, false) || doc.res.firstNames.has(t.norm) || doc.res.known.matchAt(toks, j, false) || unlisted || isParticle(doc, j) || opener || (t.norm === 'حاج' && !!toks[j + 1] && !lineBreakBefore(doc, j + 1) && doc.res.firstNames.has(toks[j + 1].norm));
        // "حي الجمارك"، "حي الموظفين": a neighbourhood is named by any definite noun (one word, then the name ends).
        // ("شارع الاستقلال"، "شارع النجمة"، "شارع المطار": a street too, as the golds list them)
        // ("مسرح الجمهورية"، "مسرح البالون": a theatre too, not a scene, "مسرح الجريمة"، "مسرح العمليات")
        if ((head === 'حي' || head === 'شارع' || cuedRoad || namedBridge || (head === 'مسرح' && !STAGE_OF.has(t.norm) && !/ات$/.test(t.norm))) && !proper && /^ال.{3,}/.test(t.norm) && !TIME_NOUNS.has(t.norm) && !PLACE_DESCRIBING.has(t.norm) && !isFunctionWord(t.norm) && !doc.res.nationalities.matchAt(toks, j, false) && !doc.res.titles.matchAt(toks, j, false)) {
          j++;
          // (with the direction that is part of its name: "حي الهضبة الشرقية")
          if (toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && PLACE_DIRECTIONS.has(toks[j].norm)) j++;
          break;
        }
        // "سد الفجوة" is no dam: heads that are also ordinary words need a proper name after them.
        if (AMBIGUOUS_HEADS.has(head) && !proper) break;
        // ("حي سكني"، "حي شعبي"، "سد فجوة تمويلية"، "صالة الوصول": a word that describes the head, or what the room is for)
        if (!doc.res.places.matchAt(toks, j, false) && !titled && !opener && (describesHead(doc, j) || (ROOM_HEADS.has(head) && ROOM_PURPOSE.has(t.norm)) || (AMBIGUOUS_HEADS.has(head) && !/^ال/.test(t.norm) && /يه$/.test(toks[j + 1]?.norm ?? '') && describesHead(doc, j + 1)))) break;
        // "في ملعب صعب وأمام جمهور كبير": one ordinary indefinite word alone describes the head ("ملعب شهداء
        // بنينا" goes on with a name).
        const nx = toks[j + 1];
        // ("افتتاح مسجد كبير بمدينة تييس": an adjective of size or age describes the head, whatever follows)
        if (SIZE_ADJECTIVES.has(t.norm)) break;
        // ("خزان شاحنته"، "ساحة منزلها": a noun with a pronoun says whose, it names nothing)
        // (the pronoun is written ه, never ة: "مسجد نمرة" is no tiger's)
        if (!/^ال/.test(t.norm) && possessedNoun(doc, j) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm)) break;
        // ("مقبرة نبطية"، "مقبرة منحوتة"، "معبد صغيرة": after a tomb or a temple, an unlisted indefinite word in ة describes it)
        if (ANTIQUITY_HEADS.has(head) && !/^ال/.test(t.norm) && /ه$/.test(t.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && !doc.res.known.matchAt(toks, j, false)) break;
        // ("ميثاق جامع يحمي الأسرة": a present verb right after the head makes the head an adjective or a subject;
        // "مسجد قريتنا": a noun with "our" is whose it is)
        // ("جزيرة تتآكل"، "كنيسة عرفتها المدينة": a present verb of a derived form, or a past verb with its object pronoun, is the
        // sentence's; "ملعب النادي": the back-reference to "the club" names no ground)
        if (!doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && !isNameLike(t.norm) && ((/^[يت][^اوي]/.test(t.norm) && looksLikeVerb(t.norm) && isCommonAnyReading(t.norm) && !!toks[j + 1] && /^ال/.test(toks[j + 1].norm)) || (t.norm.length >= 5 && /تنا$/.test(t.norm)) || DERIVED_PRESENT.test(t.norm) || /^[^ا]{3}ت(ها|هم|هما|نا)$/.test(t.norm) || /^(النادي|الفريق)$/.test(t.norm))) break;
        const alone = !nx || lineBreakBefore(doc, j + 1) || nx.kind !== 'word' || /^و/.test(nx.norm) || isFunctionWord(nx.norm);
        if (!/^ال/.test(t.norm) && alone && isCommonAnyReading(t.norm) && !titled && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && !doc.res.known.matchAt(toks, j, false)) break;
      // ("مطار آل مكتوم": after a particle a word is the name, whatever else it means)
      // ("ميناء عدن يومه الثالث": nor an ordinary noun with a pronoun, which is the sentence's)
      // ("مخيم نور شمس شرق مدينة طولكرم": a camp named like a person, two first names that are words too, where the
      // name plainly ends)
      // ("حي وادي قدوم": nor after a word that opens a place's name, in construct with whatever word follows)
      } else if ((isMostlyWord(t.norm) || (possessedNoun(doc, j) && !doc.res.places.matchAt(toks, j, false))) && !/^ال/.test(t.norm) && !isParticle(doc, j) && !(isParticle(doc, j - 1) && !/^[وف]/.test(t.norm)) && !(j - 1 > i && PLACE_NAME_OPENERS.has(toks[j - 1].norm) && !/^[وف]/.test(t.norm) && !isFunctionWord(t.norm)) && !doc.res.firstNames.has(t.norm) && !(TITLE_IN_NAME.test(toks[j - 1].norm) && doc.res.ambiguousFirstNames.has(t.norm)) && !(j === i + 2 && head === 'مخيم' && (doc.res.firstNames.has(toks[i + 1].norm) || doc.res.ambiguousFirstNames.has(toks[i + 1].norm)) && doc.res.ambiguousFirstNames.has(t.norm) && personNamedPlaceEnd(doc, j))) break;
      // ("خور كلباء تخزن الكربون": a present verb after the name is the sentence's)
      else if (/^[يت][^اوي]/.test(t.norm) && looksLikeVerb(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(toks, j, false) && !isNameLike(t.norm)) break;
      // ("جبال الأوراس علمتنا الصبر": a past verb with an object pronoun after the name is the sentence's)
      else if (j > i + 1 && /^[^ا]{3,4}ت(نا|ني|ه|ها|هم|كم)$/.test(t.norm) && !/^ال/.test(t.norm) && !doc.res.firstNames.has(t.norm) && !doc.res.places.matchAt(toks, j, false) && !isNameLike(t.norm)) break;
      // ("مزارعو وادي البوانيس خسروا موسمهم": a past verb in the plural, و + alef, after the name is the sentence's)
      else if (j > i + 1 && /^[^اوي]{2}[^و]?[^او]وا$/.test(t.norm) && !doc.res.places.matchAt(toks, j, false) && !isNameLike(t.norm) && !doc.res.firstNames.has(t.norm)) break;
      // "نهر النيل موضوعا": an indefinite accusative after the name belongs to the sentence.
      // ("حلبة ياس مارينا": a foreign name ending in ا is no accusative.)
      else if (j > i + 1 && /[^ا]ا$/.test(t.norm) && !/^ال/.test(t.norm) && t.norm.length >= 4 && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm) && (isCommonAnyReading(t.norm.slice(0, -1)) || isMostlyWord(t.norm) || /^(ا.ت.ا.|ان..ا.|است..ا.|ت..ي.)ا$/.test(t.norm))) break;
      // "ميناء جيهان التركي": the nationality describes the facility, it is not its name.
      // (not a first name that is also a nationality, after a title and before بن: "جامع الإمام تركي بن عبدالله")
      if (j > i + 1 && doc.res.nationalities.matchAt(toks, j, false)?.to === j + 1 && !(TITLE_IN_NAME.test(toks[j - 1].norm) && doc.res.firstNames.has(t.norm) && /^(بن|ابن)$/.test(toks[j + 1]?.norm ?? ''))) break;
      // ("حقل ميسكار قبالة صفاقس"، "حقل الشرارة جنوب طرابلس": where it lies begins after the name)
      if (j > i + 1 && (/^(قباله|قرب|بالقرب|بمحاذاه|محاذاه)$/.test(t.norm) || (DIRECTIONS.has(t.norm) && !!toks[j + 1] && !!doc.res.places.matchAt(toks, j + 1, false)))) break;
      // "مخيم امبره القريب من ...": nor does an adjective of where it lies, nor a verb ("سد دوكان ستخفض").
      if (j > i + 1 && (PLACE_DESCRIBING.has(t.norm) || SITE_ADJECTIVES.has(t.norm) || looksLikeVerb(t.norm, true) || (/^س[يتن].{3,}$/.test(t.norm) && !doc.res.places.matchAt(toks, j, false) && !doc.res.firstNames.has(t.norm)))) break;
      // ("ميناء الحديدة الشريان الرئيسي": after the place, a definite noun is an apposition; an adjective in ي, "ميناء
      // جدة الإسلامي"، "مطار القاهرة الدولي", or a listed one goes on with the name)
      if (j > i + 1 && doc.claimed[j - 1] === Claim.Free && doc.res.places.matchAt(toks, j - 1, false)?.to === j && /^ال/.test(t.norm) && !/(ي|يه)$/.test(t.norm) && !FACILITY_ADJECTIVES.has(t.norm) && !doc.res.firstNames.has(t.norm.slice(2)) && !doc.res.places.matchAt(toks, j, false)) break;
      const place = doc.res.places.matchAt(toks, j, false);
      // ("ساحة معبد الأقصر": a listed landmark after the head is the place; the head only says where in it)
      if (place && j === i + 1 && place.value.kind === 'landmark' && place.to - j >= 2) break;
      j = place ? place.to : j + 1;
      // "حاكم جزيرة أنجوان إبراهيم سيدي مولانا": a first name after a listed place is the next person.
      if (place && toks[j] && doc.res.firstNames.has(toks[j].norm)) break;
      // "عمدة حي المفتاحة الشيخ ظافر بن سعد"، "رئيس مركز السودة مشبب بن علي": an honorific before a first name, or a
      // word that opens a بن chain, is the next person.
      const nx = toks[j];
      if (nx && j > i + 1 && !lineBreakBefore(doc, j) && ((doc.res.titles.matchAt(toks, j, false) && toks[j + 1] && doc.res.firstNames.has(toks[j + 1].norm) && !TITLE_IN_NAME.test(toks[j - 1].norm)) || (toks[j + 1] && !lineBreakBefore(doc, j + 1) && (toks[j + 1].norm === 'بن' || toks[j + 1].norm === 'بنت') && !PLACE_PARTICLES.has(nx.norm) && !TITLE_IN_NAME.test(toks[j - 1].norm) && !/^(سيدي|مولاي)$/.test(toks[j - 1].norm)))) break;
      // After a definite adjective (الدولي) the name is complete.
      if (/^ال.*(ي|يه)$/.test(toks[j - 1].norm) && j > i + 2) break;
    }
    // (A name is never cut after a particle: "... بن محمد آل" goes back to "... بن محمد".)
    while (j > i + 2 && isParticle(doc, j - 1)) j--;
    if (j === i + 1 || (j === i + 2 && isParticle(doc, i + 1))) continue;
    // ("مقبرة دير البلح"، "مقابر الحوطة": a town's cemetery is a place in the town; readers mark the town)
    if ((head === 'مقبره' || head === 'مقابر') && doc.res.places.matchAt(toks, i + 1, false)?.to === j) continue;
    // ("مستشفى الشهيد … الفقي التخصصي": the hospital's rank after the name of the man it is named for)
    if (head === 'مستشفي' && j >= i + 3 && toks[j] && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && /^ال(تخصصي|عام|مركزي|جامعي|عسكري|ميداني|دولي|تعليمي|نموذجي)$/.test(toks[j].norm)) j++;
    // "مركز الملك سلمان للإغاثة": a centre with a purpose is an institution, not a place.
    // (also with its field, "مركز أوديسا لدراسات البحر الأسود", or named by an ordinary word and what it deals in,
    // "مركز تدريب المعلمين": named by what it does)
    if (head === 'مركز' && toks[j] && (/^لل/.test(toks[j].norm) || /^ل(دراسات|ابحاث|بحوث|تدريب|تنميه|حقوق|رصد)$/.test(toks[j].norm) || (j === i + 2 && !/^ال/.test(toks[i + 1].norm) && !doc.res.places.matchAt(toks, i + 1, false) && /^ال/.test(toks[j].norm) && isCommonAnyReading(toks[i + 1].norm)))) {
      i = j - 1;
      continue;
    }
    const start = offsetAfter(doc.text, toks[i], skip);
    const end = toks[j - 1].end;
    const text = doc.text.slice(start, end);
    // A listed name for the whole ("مخيم النصيرات" is النصيرات; "مخيم جنين" is its own place) decides the canonical.
    const listed = doc.res.places.matchAt(toks, i, true);
    const canonical = listed && listed.to === j && listed.skip === skip ? listed.value.canonical : text.replace(/\s+/g, ' ');
    // (A hospital is an institution: readers mark it as a body, not a place. The engine files it with them.)
    const hospital = head === 'مستشفي' && !(listed && listed.to === j);
    out.push({ from: i, to: j, start, end, text, canonical, kind: hospital ? 'hospital' : listed && listed.to === j ? listed.value.kind : 'facility' });
    for (let k = i; k < j; k++) doc.claimed[k] = hospital ? Claim.Org : Claim.Place;
    i = j - 1;
  }
  return out;
}

/** "مديريات الزيدية والمراوعة": a name coordinated with an announced place just before it is a place too. */
/** Words that open a village's name in the Levant and the Maghreb, with a proclitic maybe: "دير أبي سعيد"، "كفر أبيل". */
const VILLAGE_OPENER = /^(و|ف|ب|ل|وب|ول)?(دير|كفر|عين|خربه|بني|اولاد|ايت|تل)$/;
/** VILLAGE_OPENER.test(t.norm), once per word. */
const mayOpenVillage = wordTest(VILLAGE_OPENER);

/**
 * "في مقدمتها دير أبي سعيد وكفر أبيل وجديتا"، "قرب عين قانا": an opener of village names and a proper word no list
 * holds (or أبو/أبي and a first name), where a place is meant: after a preposition of place, or in a list of places.
 */
function openerVillage(doc: Doc, i: number, chain: PlaceMention[]): PlaceMention | null {
  const toks = doc.tokens;
  if (!mayOpenVillage(toks[i])) return null;
  const op = VILLAGE_OPENER.exec(toks[i].norm);
  if (!op || !toks[i + 1] || lineBreakBefore(doc, i + 1) || toks[i + 1].kind !== 'word' || doc.claimed[i + 1] !== Claim.Free) return null;
  const n1 = toks[i + 1].norm;
  let e = i + 2;
  if (/^(ابي|ابو|ام)$/.test(n1)) {
    // ("دير أبي سعيد": a kunya names the village)
    if (!toks[i + 2] || lineBreakBefore(doc, i + 2) || doc.claimed[i + 2] !== Claim.Free || !(doc.res.firstNames.has(toks[i + 2].norm) || doc.res.ambiguousFirstNames.has(toks[i + 2].norm))) return null;
    e = i + 3;
  } else if (n1.length < 3 || /^[وفبلك]ال/.test(n1) || /^و/.test(n1) || isFunctionWord(n1) || isCommonAnyReading(n1) || isMostlyWord(n1) || looksLikeVerb(n1, true) || doc.res.titles.matchAt(toks, i + 1, true) || doc.res.nationalities.matchAt(toks, i + 1, true)) return null;
  // where a place is meant: a preposition of place before, or a list of places around it
  const prev = i > 0 && !lineBreakBefore(doc, i) ? toks[i - 1] : null;
  const clitic = op[1] ?? '';
  const after = toks[e];
  const listNext = !!after && !lineBreakBefore(doc, e) && (/^[،,]$/.test(after.norm) || /^و./.test(after.norm)) && (!!doc.res.places.matchAt(toks, /^و./.test(after.norm) ? e : e + 1, true) || VILLAGE_OPENER.test((/^و./.test(after.norm) ? after : toks[e + 1])?.norm ?? ''));
  const listPrev = /و/.test(clitic) && (!!prev && (doc.claimed[i - 1] === Claim.Place || chain.some((c) => c.to === i) || !!doc.res.places.matchAt(toks, i - 1, true)));
  const placed = !!prev && /^(في|من|الي|قرب|بين|نحو|بلدات|قري|مقدمتها|قريه|بلده)$/.test(prev.norm) && clitic === '';
  // (ب on the opener alone is no sign: "بعين الاعتبار")
  if (!placed && !listPrev && !listNext) return null;
  const start = offsetAfter(doc.text, toks[i], clitic.length);
  const end = toks[e - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: e, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'village' };
}

function coordinatedVillage(doc: Doc, i: number, found: PlaceMention[]): PlaceMention | null {
  // (No read past the end of an empty list: such a read is slow, and the list is empty for most words.)
  if (found.length === 0) return null;
  const prev = found[found.length - 1];
  const t = doc.tokens[i];
  if (prev.to !== i || !/^و./.test(t.norm) || lineBreakBefore(doc, i)) return null;
  if (prev.kind !== 'village' && !listAnnounced(doc, found)) return null;
  const stem = t.norm.slice(1);
  // "وصلت" is a verb, not و + a place: the word as written must not be an ordinary word either.
  // ("وبير سليبة": a place particle is tested by the word after it.)
  const particle = PLACE_PARTICLES.has(stem) && stem !== 'ال' && !!doc.tokens[i + 1] && doc.tokens[i + 1].kind === 'word' && !lineBreakBefore(doc, i + 1);
  const w = particle ? doc.tokens[i + 1].norm : stem;
  // (a word that only looks like a verb is a name when the list goes on after it: "قرى قبلان ويتما وأوصرين")
  const nx = doc.tokens[i + 1];
  // (the next item may be a listed place or a definite word no lexicon knows: "ولايات هيما ومحوت والجازر والدقم")
  const nextItem = (k: number) => {
    const x = doc.tokens[k];
    if (!x || lineBreakBefore(doc, k) || !/^و./.test(x.norm)) return false;
    if (unknownPlaceWord(doc, k, 1)) return true;
    const listedNext = doc.res.places.matchAt(doc.tokens, k, true);
    if (listedNext && listedNext.clitic === 'و') return true;
    const d = x.norm.slice(1);
    return /^ال.{3,}$/.test(d) && !isMostlyWord(d) && !isCommonAnyReading(d) && !isFunctionWord(d) && !doc.res.nationalities.getNormalized(d);
  };
  const listGoesOn = !!nx && nextItem(i + 1);
  // (after a particle the name may be an ordinary word too: "وكفر دان"، "وبيت أمر")
  // (a present verb ends in no ي or ا: "وتندلاي" ending a list of villages is the last village)
  const verbLike = looksLikeVerb(t.norm) && !(prev.kind === 'village' && /(اي|ي|ا)$/.test(w) && !isCommonAnyReading(w));
  // (after examples of a list of places a definite name may be an ordinary word too: "مثل الملقا والنرجس والياسمين")
  const example = exampleChains.has(prev) && !particle && definiteExample(doc, i, 1);
  if (example) {
    const start = offsetAfter(doc.text, t, 1);
    const text = doc.text.slice(start, t.end);
    // (a listed place keeps its canonical: "مثل جو والدور وسترة")
    const listed = doc.res.places.matchAt(doc.tokens, i, true);
    const m: PlaceMention = { from: i, to: i + 1, start, end: t.end, text, canonical: listed && listed.to === i + 1 && listed.clitic === 'و' ? listed.value.canonical : text, kind: 'village' };
    exampleChains.add(m);
    return m;
  }
  if (w.length < 3 || (!particle && PLACE_NOUNS.test(t.norm)) || (!particle && (isMostlyWord(w) || isCommonAnyReading(w))) || isFunctionWord(w) || (!particle && (isMostlyWord(t.norm) || (verbLike && !listGoesOn)))) return null;
  let j = i + 1;
  // "وبيت الفقيه": a place particle takes the next word.
  if (PLACE_PARTICLES.has(stem) && doc.tokens[j] && doc.tokens[j].kind === 'word' && !lineBreakBefore(doc, j)) {
    j++;
    // ("وعين بيت الماء": a second particle takes its word too)
    if (PLACE_PARTICLES.has(doc.tokens[j - 1].norm) && doc.tokens[j] && doc.tokens[j].kind === 'word' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && !isFunctionWord(doc.tokens[j].norm)) j++;
    // ("وأيت عبد الله": a name in عبد takes its second half)
    else if (doc.tokens[j - 1].norm === 'عبد' && doc.tokens[j] && doc.tokens[j].kind === 'word' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) j++;
  }
  // ("وقره هنجير": a second word no lexicon knows, where the list goes on or ends)
  // ("وخشم القربة،": or a definite word no lexicon knows)
  else if (doc.tokens[j] && doc.tokens[j].kind === 'word' && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free && (unknownPlaceWord(doc, j) || (/^ال.{3,}/.test(doc.tokens[j].norm) && !isCommonAnyReading(doc.tokens[j].norm) && !isMostlyWord(doc.tokens[j].norm) && !isFunctionWord(doc.tokens[j].norm) && !doc.res.nationalities.matchAt(doc.tokens, j, false) && !TIME_NOUNS.has(doc.tokens[j].norm))) && (!doc.tokens[j + 1] || lineBreakBefore(doc, j + 1) || doc.tokens[j + 1].kind === 'punct' || /^و/.test(doc.tokens[j + 1].norm))) j++;
  const start = offsetAfter(doc.text, t, 1);
  const end = doc.tokens[j - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: j, start, end, text, canonical: text, kind: 'village' };
}

/** Plural place nouns that announce a list of places: "في مدن كبرى كدنيبرو وسومي وتشيرنيغوف"، "من قرى مورني وكرينك". */
const PLACE_LIST_NOUN = /^(و|ف|ب|ل|ك)?(ال)?(مدن|بلدات|قري|مناطق|محافظات|ولايات|مقاطعات|عواصم|مخيمات|مخيمي|احياء|مديريات|اقاليم|مدينتي|بلدتي|قريتي|محافظتي|ولايتي|قضاءي|قضايي|اقضيه|بلديات|بلديتي|دواير|جماعات|جماعتي|عمالات|مقاطعتي|نواحي|ناحيتي|مديريتي|محليتي|معتمديتي|مراكز|منطقتي)$/;

/**
 * "مظفر آباد"، "أسد آباد"، "ومظفر آباد": a word and «آباد» ("abode", the Persian ending of towns from Iran to India)
 * make a town, whatever the word (often a first name). A proclitic on the word is cut.
 */
function abadTownAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const t = toks[i];
  const next = toks[i + 1];
  if (!next || next.norm !== 'اباد' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || t.kind !== 'word') return null;
  const bare = t.norm.replace(/^(و|ف)?(ب|ل|ك)?/, '');
  const skip = bare.length >= 3 ? t.norm.length - bare.length : 0;
  const w = t.norm.slice(skip);
  if (w.length < 3 || isFunctionWord(w) || /^ال/.test(w)) return null;
  const start = offsetAfter(doc.text, t, skip);
  const text = doc.text.slice(start, next.end);
  return { from: i, to: i + 2, start, end: next.end, text, canonical: text.replace(/\s+/g, ' '), kind: 'city' };
}

/** The word at i is the first example after a plural place noun: "مخيمات مثل …"، "أماكن مثل …"، "مدن منها …". */
function listExample(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (i < 2 || !LIST_EXAMPLE.has(toks[i - 1].norm) || lineBreakBefore(doc, i) || lineBreakBefore(doc, i - 1)) return false;
  if (PLACE_LIST_NOUN.test(toks[i - 2].norm) || /^(و|ف|ب|ل|ك|في)?(ال)?اماكن$/.test(toks[i - 2].norm)) return true;
  return farListNoun(doc, i - 1);
}

/**
 * "أحياء شمال الرياض، مثل …"، "مدن ومحافظات مجاورة لا يشملها القرار، مثل …"، "20 مدينة جديدة، من بينها …": the plural
 * place noun a few words before the word that brings the examples, in the same sentence, a comma before that word.
 */
function farListNoun(doc: Doc, ex: number): boolean {
  const toks = doc.tokens;
  let k = ex - 1;
  // ("من بينها")
  if (toks[ex].norm === 'بينها' && toks[k]?.norm === 'من' && !lineBreakBefore(doc, ex)) k--;
  // (no comma: "في القرى الواقعة شمال مدينة بريدة مثل الشقة والطرفية", the noun a few words before in one phrase)
  const comma = isPunct(doc, k, '،,') && !lineBreakBefore(doc, k + 1);
  if (!comma) k++;
  for (let d = k - 1; d >= Math.max(0, k - 7); d--) {
    if (toks[d].kind === 'punct' || lineBreakBefore(doc, d + 1)) return false;
    if (PLACE_LIST_NOUN.test(toks[d].norm)) return true;
    // (a number's counted noun: "في 20 مدينة جديدة")
    if (/^(مدينه|بلده|قريه|منطقه|محافظه|حيا)$/.test(toks[d].norm) && toks[d - 1]?.kind === 'number') return true;
  }
  return false;
}

/** Plural nouns of villages and hamlets, which name the list after them with no "مثل". */
const VILLAGES_NOUN = /^(و|ف|ب|ل|من)?(قري|بلدات|قريتي|بلدتي|دواوير|نجوع|عزب|ضيع|مداشر)$/;
/** VILLAGES_NOUN.test(t.norm), once per word (villageList asks at every token). */
const isVillagesNoun = wordTest(VILLAGES_NOUN);
/** A word that may name a village of a list: no time, no description, no kind of land. */
function plainVillageWord(w: string): boolean {
  return !TIME_NOUNS.has(w) && !PLACE_DESCRIBING.has(w) && !TERRAIN.has(w);
}
/** Kinds of land that villages are "of" ("قرى الساحل والجبل"), no village's name. */
const TERRAIN = new Set(['الساحل', 'الجبل', 'الجبال', 'السهل', 'السهول', 'الريف', 'الوادي', 'البحر', 'الصحراء', 'الباديه', 'الداخل', 'الحدود', 'الواحات', 'الضفه', 'القطاع', 'المنطقه', 'المحافظه', 'الولايه', 'الاطراف', 'الضواحي']);

/**
 * "في قرى الحصان والخريطة والتبني،": after villages' plural noun, two or more definite words joined by و up to a break
 * are the villages' names, whatever else the words mean. Token i is the first.
 */
function villageList(doc: Doc, i: number): boolean {
  const toks = doc.tokens;
  if (i < 1 || lineBreakBefore(doc, i) || !isVillagesNoun(toks[i - 1]) || !definiteExample(doc, i) || !plainVillageWord(toks[i].norm)) return false;
  let k = i + 1;
  while (k < toks.length && !lineBreakBefore(doc, k) && /^و/.test(toks[k].norm) && definiteExample(doc, k, 1) && plainVillageWord(toks[k].norm.slice(1))) k++;
  return k - i >= 2 && (k >= toks.length || lineBreakBefore(doc, k) || toks[k].kind === 'punct');
}

/** A district's or a town's name with the article that may be an ordinary word too ("النرجس"، "الياسمين"), taken only as the example of a list of places. */
function definiteExample(doc: Doc, k: number, skip = 0): boolean {
  const n = doc.tokens[k].norm.slice(skip);
  return /^ال.{3,}$/.test(n) && !isFunctionWord(n) && !doc.res.nationalities.getNormalized(n) && !doc.res.titles.matchAt(doc.tokens, k, true) && !DIRECTIONS.has(n) && !PLACE_NOUNS.test(n) && !/^ال(مدينه|عاصمه|منطقه|دوله|محافظه|مدن|قري)$/.test(n);
}
/** Places read as the examples of a list of places (see definiteExample): the و-items after them may be such words too. */
const exampleChains = new WeakSet<PlaceMention>();
const LIST_EXAMPLE = new Set(['مثل', 'منها', 'ابرزها', 'بينها', 'اهمها', 'خاصه']);

/** The places just found (the last of `found` and those joined to it by و or a comma) follow a plural place noun. */
function listAnnounced(doc: Doc, found: PlaceMention[]): boolean {
  const toks = doc.tokens;
  let n = found.length - 1;
  let first = found[n];
  while (n > 0) {
    const p = found[n - 1];
    const gap = first.from - p.to;
    if (!(gap === 0 && /^و/.test(toks[first.from].norm)) && !(gap === 1 && toks[p.to].kind === 'punct' && '،,'.includes(toks[p.to].norm))) break;
    first = p;
    n--;
  }
  if (exampleChains.has(first) && listExample(doc, first.from)) return true;
  // The noun right before the first place, or before one adjective (مدن كبرى) or a preposition (مدن مثل).
  for (let k = first.from - 1; k >= Math.max(0, first.from - 3); k--) {
    if (lineBreakBefore(doc, k + 1) || toks[k].kind === 'punct') return false;
    if (PLACE_LIST_NOUN.test(toks[k].norm)) return true;
  }
  if (listExample(doc, first.from)) return true;
  return false;
}

/**
 * "في كاناناسكيس الكندية"، "إلى بوتشا الأوكرانية": an unknown proper word where someone goes or is, described by a
 * feminine nationality adjective (as towns are), is a town of that country.
 */
function placeWithNationality(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const t = toks[i];
  if (i === 0 || !isToOrIn(toks[i - 1]) || lineBreakBefore(doc, i) || lineBreakBefore(doc, i + 1)) return null;
  const n = t.norm;
  if (t.kind !== 'word' || n.length < 4 || /^ال/.test(n) || isMostlyWord(n) || isCommonAnyReading(n) || isFunctionWord(n) || doc.res.firstNames.has(n) || doc.res.ambiguousFirstNames.has(n) || looksLikeVerb(n)) return null;
  // ("من نظيرته الإيطالية": a title, a counterpart's above all, with its nationality is a person's office)
  if (doc.res.titles.matchAt(toks, i, true)) return null;
  const nat = doc.res.nationalities.matchAt(toks, i + 1, false);
  if (!nat || nat.to !== i + 2 || !/^ال.+يه$/.test(toks[i + 1].norm) || doc.claimed[i + 1] !== Claim.Free) return null;
  const text = doc.text.slice(t.start, t.end);
  return { from: i, to: i + 1, start: t.start, end: t.end, text, canonical: text, kind: 'city' };
}

/** Dual nouns of administrative places in construct: "ولايتي"، "محافظتي"، "مديريتي" (not "مدينتي"، "قريتي"، "بلدتي", also "my town"). */
const DUAL_PLACE_NOUN = /^(و|ف|ب|ل)?(ولايتي|محافظتي|مديريتي|بلديتي|مقاطعتي|ناحيتي|محليتي|معتمديتي|قضاءي|قضايي|جماعتي|منطقتي)$/;
/** DUAL_PLACE_NOUN.test(t.norm), once per word. */
const isDualPlaceNoun = wordTest(DUAL_PLACE_NOUN);

/**
 * "ولايتي سنار والجزيرة"، "محافظتي الخضراء والمنيعة": a dual place noun names exactly two places joined by و. Where one
 * of them is a listed place that is no word too, the other is a place as well, even a name that is an ordinary word
 * ("الجزيرة" the island, "الخضراء" green) that no rule would read alone. Returns that other one (the listed place is
 * left to findPlaces), or null.
 */
function dualPlaceOther(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (!isDualPlaceNoun(toks[i])) return null;
  // one member at a (skip: the length of its و): a listed place or one free word
  const member = (a: number, skip: number): { to: number; listed: boolean; canonical: string | null } | null => {
    const t = toks[a];
    if (!t || t.kind !== 'word' || lineBreakBefore(doc, a) || doc.claimed[a] !== Claim.Free) return null;
    const m = doc.res.places.matchAt(toks, a, skip > 0);
    if (m && m.skip === skip && isFreeRange(doc, a, m.to)) return { to: m.to, listed: !m.value.ambiguous, canonical: m.value.canonical };
    return { to: a + 1, listed: false, canonical: null };
  };
  const x = member(i + 1, 0);
  if (!x || !toks[x.to] || !/^و../.test(toks[x.to].norm)) return null;
  const y = member(x.to, 1);
  if (!y || x.listed === y.listed) return null;
  // (the pair ends there: punctuation, a line's end, a function word, a verb or a word with a preposition; after the
  // listed one, an ordinary word too, but a name no list holds may go on, "وصلاح الدين")
  const next = toks[y.to];
  if (next && !lineBreakBefore(doc, y.to) && next.kind === 'word' && !isFunctionWord(next.norm) && !looksLikeVerb(next.norm) && !looksLikeVerb(next.norm, true) && !/^[بلف]/.test(next.norm) && (!y.listed || !isMostlyWord(next.norm))) return null;
  const other = x.listed ? y : x;
  const a = x.listed ? x.to : i + 1;
  const skip = x.listed ? 1 : 0;
  // (a listed name that is also a word is the place its list names: "محافظتي كركوك وصلاح الدين")
  if (other.canonical) {
    const start = offsetAfter(doc.text, toks[a], skip);
    const text = doc.text.slice(start, toks[other.to - 1].end);
    return { from: a, to: other.to, start, end: toks[other.to - 1].end, text, canonical: other.canonical, kind: 'village' };
  }
  const w = toks[a].norm.slice(skip);
  // (a name: no function word, time, nationality, direction, plural place noun or number; a place noun may name it,
  // "ولايتي سنار والجزيرة")
  if (w.length < 3 || isFunctionWord(w) || TIME_NOUNS.has(w) || DIRECTIONS.has(w) || PLACE_LIST_NOUN.test(w) || doc.res.nationalities.getNormalized(w) || /\d/.test(w)) return null;
  const start = offsetAfter(doc.text, toks[a], skip);
  const text = doc.text.slice(start, toks[a].end);
  return { from: a, to: a + 1, start, end: toks[a].end, text, canonical: text, kind: 'village' };
}

/**
 * Places announced by a place noun ("قرية أبو حجار"، "مديريات الزيدية والمراوعة"), found before people so a
 * village named like a person ("أبو حجار") stays a place.
 */
export function findAnnouncedPlaces(doc: Doc, from: number, to: number): PlaceMention[] {
  const out: PlaceMention[] = [];
  // (the places of a list read so far, with the listed ones findPlaces will take: "مديريتي باجل والمراوعة" goes on
  // after a listed باجل)
  let chain: PlaceMention[] = out;
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || doc.tokens[i].kind !== 'word') continue;
    const pairOther = dualPlaceOther(doc, i);
    if (pairOther) {
      out.push(pairOther);
      for (let k = pairOther.from; k < pairOther.to; k++) doc.claimed[k] = Claim.Place;
    }
    // A dictionary place is left to findPlaces (it knows aliases and adjectives), unless a district is named
    // after a person there ("ضاحية عبدالله السالم": the person's name would be read first).
    const personDistrict = i > 0 && isDistrictNoun(doc.tokens[i - 1]) && (doc.res.firstNames.has(doc.tokens[i].norm) || compoundFirstName(doc, i));
    const listed = personDistrict ? null : doc.res.places.matchAt(doc.tokens, i, true, 2);
    if (listed) {
      // (a listed place right after a plural place noun opens a list the next و-items may go on)
      // (a listed place joined by و to examples of a list: the list goes on after it, "مثل الخرج والمزاحمية وضرماء")
      const lastOfChain = chain.length ? chain[chain.length - 1] : null;
      if (lastOfChain && lastOfChain.to === i && exampleChains.has(lastOfChain) && listed.clitic === 'و' && !lineBreakBefore(doc, i)) {
        if (chain === out) chain = out.slice();
        const entry: PlaceMention = { from: i, to: listed.to, start: doc.tokens[i].start, end: doc.tokens[listed.to - 1].end, text: '', canonical: '', kind: 'listed' };
        chain.push(entry);
        exampleChains.add(entry);
      }
      if (i > 0 && !lineBreakBefore(doc, i) && listed.skip === 0 && (PLACE_LIST_NOUN.test(doc.tokens[i - 1].norm) || listExample(doc, i))) {
        // ("مثل الخرج والمزاحمية": a listed name that is also a word, as the first example, is the place)
        if (listed.value.ambiguous && listExample(doc, i) && isFreeRange(doc, i, listed.to)) {
          const t0 = doc.tokens[i];
          const t1 = doc.tokens[listed.to - 1];
          const m: PlaceMention = { from: i, to: listed.to, start: t0.start, end: t1.end, text: doc.text.slice(t0.start, t1.end), canonical: listed.value.canonical, kind: 'village' };
          out.push(m);
          exampleChains.add(m);
          for (let k = i; k < listed.to; k++) doc.claimed[k] = Claim.Place;
          if (chain !== out) chain.push(m);
          i = listed.to - 1;
          continue;
        }
        if (chain === out) chain = out.slice();
        const entry: PlaceMention = { from: i, to: listed.to, start: doc.tokens[i].start, end: doc.tokens[listed.to - 1].end, text: '', canonical: '', kind: 'listed' };
        chain.push(entry);
        if (listExample(doc, i)) exampleChains.add(entry);
      }
      // ("مديريات الشيخ عثمان والمنصورة": a listed place that opens with a title, after a place noun, is the place
      // before a person is read in it)
      // (or joined by و to a listed place before it: "في المعلا والشيخ عثمان")
      const afterPlace = listed.clitic === 'و' && i > 0 && !lineBreakBefore(doc, i) && doc.res.places.matchAt(doc.tokens, i - 1, true)?.to === i && !doc.res.places.matchAt(doc.tokens, i - 1, true)!.value.ambiguous;
      if (listed.to - i >= 2 && (listed.skip === 0 || afterPlace) && i > 0 && !lineBreakBefore(doc, i) && TITLE_IN_NAME.test(doc.tokens[i].norm.slice(listed.skip)) && (afterPlace || isPlaceNoun(doc.tokens[i - 1]) || PLACE_LIST_NOUN.test(doc.tokens[i - 1].norm) || isToOrIn(doc.tokens[i - 1])) && isFreeRange(doc, i, listed.to)) {
        const t1 = doc.tokens[listed.to - 1];
        const start = offsetAfter(doc.text, doc.tokens[i], listed.skip);
        const text = doc.text.slice(start, t1.end);
        const m: PlaceMention = { from: i, to: listed.to, start, end: t1.end, text, canonical: listed.value.canonical, kind: 'village' };
        out.push(m);
        if (chain !== out) chain.push(m);
        for (let k = i; k < listed.to; k++) doc.claimed[k] = Claim.Place;
      }
      // (its later words are no name announced by its first: "كفر الشيخ" is a governorate, not كفر + الشيخ …)
      i = listed.to - 1;
      continue;
    }
    let m = abadTownAt(doc, i) ?? namedByPlaceNoun(doc, i) ?? coordinatedVillage(doc, i, chain) ?? openerVillage(doc, i, chain);
    // ("مخيمات مثل أبوتنقي وفرشانا": the first example of a list of places, a word no list or lexicon knows)
    // (or a list of definite names right after villages' noun: "في قرى الحصان والخريطة والتبني،")
    if (!m && ((listExample(doc, i) && (unknownPlaceWord(doc, i) || definiteExample(doc, i))) || villageList(doc, i))) {
      const t = doc.tokens[i];
      const text = doc.text.slice(t.start, t.end);
      m = { from: i, to: i + 1, start: t.start, end: t.end, text, canonical: text, kind: 'village' };
      exampleChains.add(m);
    }
    if (!m) continue;
    out.push(m);
    if (chain !== out) chain.push(m);
    for (let k = m.from; k < m.to; k++) doc.claimed[k] = Claim.Place;
    i = m.to - 1;
  }
  return out;
}

/**
 * "دوار تاسويت" ... "إن تاسويت معزولة": a place no list holds, found once after its place noun, is the same place
 * when its name comes again alone (with or without proclitics). Only names whose words are no ordinary words,
 * no first names and no nationalities.
 */
export function findPlaceRepeats(doc: Doc, places: readonly PlaceMention[], from: number, to: number): PlaceMention[] {
  const byFirst = new Map<string, { words: string[]; canonical: string }[]>();
  for (const p of places) {
    if (p.kind !== 'village') continue;
    const words = normalizeWord(p.canonical).split(' ');
    if (words.length > 3 || doc.res.places.getNormalized(words.join(' '))) continue;
    const w0 = words[0];
    if (w0.length < 4 || isCommonAnyReading(w0) || isMostlyWord(w0) || isFunctionWord(w0) || doc.res.firstNames.has(w0) || doc.res.ambiguousFirstNames.has(w0) || doc.res.nationalities.getNormalized(w0) || PLACE_PARTICLES.has(w0) || DIRECTIONS.has(w0)) continue;
    const list = byFirst.get(w0) ?? [];
    if (!list.some((x) => x.words.join(' ') === words.join(' '))) list.push({ words, canonical: p.canonical });
    byFirst.set(w0, list);
  }
  const out: PlaceMention[] = [];
  if (!byFirst.size) return out;
  const toks = doc.tokens;
  for (let i = from; i < to; i++) {
    if (doc.claimed[i] !== Claim.Free || toks[i].kind !== 'word') continue;
    const n = toks[i].norm;
    // The proclitics /^(و|ف)?(ب|ل|ك)?/ would match, counted without a match object: the word as written first, then
    // without them.
    let p = 0;
    if (n.charCodeAt(0) === 0x0648 || n.charCodeAt(0) === 0x0641) p = 1;
    const c = n.charCodeAt(p);
    if (c === 0x0628 || c === 0x0644 || c === 0x0643) p++;
    for (let r = 0; r < (p > 0 ? 2 : 1); r++) {
      const skip = r === 0 ? 0 : p;
      const cands = byFirst.get(r === 0 ? n : n.slice(p));
      if (!cands) continue;
      // the longest name that matches here
      let best: { words: string[]; canonical: string } | null = null;
      for (const c of cands) {
        let ok = i + c.words.length <= to;
        for (let k = 1; ok && k < c.words.length; k++) ok = toks[i + k].norm === c.words[k] && doc.claimed[i + k] === Claim.Free && !lineBreakBefore(doc, i + k);
        if (ok && (!best || c.words.length > best.words.length)) best = c;
      }
      if (!best) continue;
      const j = i + best.words.length;
      const start = offsetAfter(doc.text, toks[i], skip);
      out.push({ from: i, to: j, start, end: toks[j - 1].end, text: doc.text.slice(start, toks[j - 1].end), canonical: best.canonical, kind: 'village' });
      for (let k = i; k < j; k++) doc.claimed[k] = Claim.Place;
      i = j - 1;
      break;
    }
  }
  return out;
}

/** A word no list or lexicon reads as anything: no ordinary word, verb, name, nationality or place of its own. */
function unknownPlaceWord(doc: Doc, k: number, skip = 0): boolean {
  const n = doc.tokens[k].norm.slice(skip);
  if (n.length < 3 || /^(ال|و)/.test(n) || isMostlyWord(n) || isCommonAnyReading(n) || isFunctionWord(n) || looksLikeVerb(n)) return false;
  return !doc.res.firstNames.has(n) && !doc.res.ambiguousFirstNames.has(n) && !doc.res.nationalities.getNormalized(n) && (skip > 0 || !doc.res.places.matchAt(doc.tokens, k, true)) && !doc.res.titles.matchAt(doc.tokens, k, true);
}

/** A token that may be المركب with its proclitics, once per word. */
const mayOpenComplex = wordTest(/^(و|ف)?(ب|ل)?(المركب|الملعب)$/);

/** "المركب الرياضي محمد الخامس": the definite sports complex, then the person it is named after (a title may open it). */
function sportsComplexAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (!mayOpenComplex(toks[i])) return null;
  // (and "الملعب الكبير الحسن الثاني"، "الملعب الكبير لمراكش" is no name: the great stadium named after a king)
  const m = /^((?:و|ف)?(?:ب|ل)?)(المركب|الملعب)$/.exec(toks[i].norm);
  if (!m || !toks[i + 2] || toks[i + 1].norm !== (m[2] === 'المركب' ? 'الرياضي' : 'الكبير') || lineBreakBefore(doc, i + 1) || lineBreakBefore(doc, i + 2)) return null;
  let j = i + 2;
  // (the great stadium takes a king's or a prince's name, with his title: "لمراكش" after it is whose it is)
  if (m[2] === 'الملعب' && !(TITLE_IN_NAME.test(toks[j].norm) || doc.res.firstNames.has(toks[j].norm) || doc.res.firstNames.has(toks[j].norm.replace(/^ال/, '')) || doc.res.known.matchAt(toks, j, false))) return null;
  if (TITLE_IN_NAME.test(toks[j].norm) && toks[j + 1] && !lineBreakBefore(doc, j + 1)) j++;
  const span = nameForward(doc, j, 4);
  if (!span) return null;
  // (the town after the name is where it stands: "محمد الخامس بالدار البيضاء")
  let e = span[1];
  for (let k = j + 1; k < span[1]; k++) {
    if (/^(بال|لل|وال)/.test(toks[k].norm) || doc.res.places.matchAt(toks, k, true)?.clitic) {
      e = k;
      break;
    }
  }
  if (!isFreeRange(doc, i, e)) return null;
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const end = toks[e - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: e, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

/** A definite verbal noun of the derived forms, what a market trades in or a door opens to, no name: "سوق التأمين"،
 * "باب التوظيف"، "باب التفاوض"، "باب الانتساب"، "باب الاستثمار". */
const VERBAL_NOUN = /^ال(ت..ي.|ت.ا..|ا..ا.|ان..ا.|است..ا.)$/;
/** A token that may be سوق, خان or باب with its proclitics, once per word. */
const mayOpenMarket = wordTest(/^(و|ف)?(ب|ل)?(سوق|خان|باب)$/);
/** Trades a market is named by, as plurals of people ("العطارين"، "الصاغة"), and the days a weekly market keeps. */
const MARKET_DAYS = new Set(['الاحد', 'الاثنين', 'الثلاثاء', 'الاربعاء', 'الخميس', 'الجمعه', 'السبت']);

/** Words after a market's word that make it an exchange or a market of goods: "سوق … المالي"، "… للأوراق المالية". */
const MARKET_NOT_NAMED = /^(المالي|الماليه|للاوراق|العالمي|للسلع|الحره|للطاقه)$/;

/**
 * "سوق العطارين"، "سوق الصاغة"، "خان الخياطين"، "سوق الخميس": a market named by the trade of its people or its day;
 * and an old city's gate by its name, as a market is ("باب زويلة"، "باب الشعرية"، "باب الأحد").
 */
export function marketAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (!mayOpenMarket(toks[i])) return null;
  const m = /^((?:و|ف)?(?:ب|ل)?)(سوق|خان|باب)$/.exec(toks[i].norm);
  const t = toks[i + 1];
  if (!m || !t || t.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  const n = t.norm;
  // (a trade: a definite plural of people in ين, or a broken plural of a craft, "الصاغه"، "النحاسين")
  const trade = m[2] !== 'باب' && /^ال.{3,}ين$/.test(n) && !/يين$/.test(n) && !VERBAL_NOUN.test(n) && !isFunctionWord(n) && !TIME_NOUNS.has(n) && !doc.res.nationalities.matchAt(toks, i + 1, false) && !doc.res.places.matchAt(toks, i + 1, false);
  const day = (m[2] === 'سوق' || m[2] === 'باب') && MARKET_DAYS.has(n);
  // (or its own name, a definite word no lexicon knows: "سوق الشورجة"، "سوق الرويعي"، "سوق السرجخانة"; golds list 69
  // such markets as places, and every market they count as a body is an exchange, "سوق دبي المالي")
  // (not a plural of goods or of people, "سوق الخضار"، "سوق الأسمدة"، "سوق الدواجن"، "سوق الرساميل"، "سوق الحرفيين":
  // what is sold)
  const named = (m[2] === 'سوق' || m[2] === 'باب') && /^ال.{4,}/.test(n) && !/^ال(ا...?ه|..ا.|..ا..|..و.|..ا.ي.|.+ات|.+ين|.+ون)$/.test(n) && !VERBAL_NOUN.test(n) && !isFunctionWord(n) && !isCommonAnyReading(n) && !isMostlyWord(n.slice(2)) && !isNameLike(n) && !doc.res.nationalities.matchAt(toks, i + 1, false) && !doc.res.places.matchAt(toks, i + 1, false) && !doc.res.orgs.matchAt(toks, i, true) && !MARKET_NOT_NAMED.test(toks[i + 2] && !lineBreakBefore(doc, i + 2) ? toks[i + 2].norm : '');
  // (or a proper word of its own: "سوق بكارو"، "سوق فولوفولو"، "سوق أولوس")
  // (no participle or adjective, "سوق مزدحم"، "سوق شعبي"؛ a first letter that may be a proclitic only when no word is left behind it)
  const proper = (m[2] === 'سوق' || m[2] === 'باب') && !named && !/^(ال|م)/.test(n) && !/(ي|يه|ها|هم|هن|هما|كم|نا)$/.test(n) && !(/^[وفبلك]/.test(n) && (isCommonAnyReading(n.slice(1)) || isMostlyWord(n.slice(1)) || doc.res.places.matchAt(toks, i + 1, true))) && n.length >= 4 && !isFunctionWord(n) && !isCommonAnyReading(n) && !isMostlyWord(n) && !isNameLike(n) && !looksLikeVerb(n) && !doc.res.firstNames.has(n) && !doc.res.nationalities.matchAt(toks, i + 1, false) && !doc.res.places.matchAt(toks, i + 1, false) && !doc.res.orgs.matchAt(toks, i, true) && !MARKET_NOT_NAMED.test(toks[i + 2] && !lineBreakBefore(doc, i + 2) ? toks[i + 2].norm : '');
  // (an old city's gate named by any definite word, after a word that says where or in a list of places: "قرب باب
  // الزاوية"، "في باب الخلق"، "والشهوان وباب الطوب"; not a building's or a vehicle's door, "عند باب المدرسة"، nor
  // what a door opens to, "فتح باب التسجيل"، "من باب الحرص")
  const gate = m[2] === 'باب' && !trade && !day && !named && !proper && gateCued(doc, i, m[1]) && (/^ال.{3,}/.test(n) || (doc.res.firstNames.has(n) && !isFunctionWord(n))) && !DOOR_OF.test(n) && !/^ال.+(ات|ين|ون)$/.test(n) && !VERBAL_NOUN.test(n) && !PURPOSE_NOUN.test(n) && !TIME_NOUNS.has(n) && !isFunctionWord(n) && !doc.res.nationalities.matchAt(toks, i + 1, false) && !doc.res.titles.matchAt(toks, i + 1, false) && !doc.res.orgs.matchAt(toks, i, true) && (doc.res.places.matchAt(toks, i, true)?.to ?? 0) <= i + 1 && !(/يه$/.test(n) && /^(و?من|و?في)$/.test(toks[i - 1]?.norm ?? '') && !m[1]);
  if (!trade && !day && !named && !proper && !gate && n !== 'الصاغه') return null;
  // (not a market of a kind of people in the economy: "سوق المستثمرين"، "سوق العاملين")
  if (/^ال(مستثمر|عامل|متعامل|مستهلك|مضارب|منتج|مورد|مستورد|مصدر|مشتر|بايع)ين$/.test(n)) return null;
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const end = t.end;
  const text = doc.text.slice(start, end);
  return { from: i, to: i + 2, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

/**
 * Buildings, rooms and vehicles whose door «باب» may be ("باب الدار"، "باب المدرسة"، "باب السيارة"), and what a door
 * opens to in a figure of speech ("باب الرزق"، "باب الحوار"، "في باب الفقه"): no gate's name.
 */
const DOOR_OF = /^ال(دار|بيت|منزل|شقه|غرفه|مدرسه|عياده|صاله|قاعه|مسجد|جامع|كنيسه|مستشفي|سياره|حافله|طايره|قطار|محكمه|وزاره|سفاره|مبني|عماره|ثلاجه|خزانه|زنزانه|سجن|مصعد|مخبز|محل|دكان|متجر|مطبخ|حمام|ملعب|حديقه|جامعه|كليه|مكتب|بنك|مصرف|فيلا|حوش|مقر|مركز|مصنع|مدينه|قصر|قلعه|مقبره|مدخل|خيمه|مخيم|كوخ|سور|فندق|مطعم|مقهي|ورشه|مستودع|مخزن|بلديه|مديريه|مجلس|برلمان|نادي|متحف|مكتبه|قاعده|ثكنه|معسكر|مطار|ميناء|معبر|منفذ|بوابه|حرم|مزرعه|اسطبل|زريبه|قفص|بيوت|منازل|رزق|امل|حوار|نقاش|اجتهاد|خير|جنه|رحمه|توبه|فرج|علم|عمل|كرم|مساله|قضيه|موضوع|شعر|نثر|فقه|نحو)$/;

/** A gate's cue: «باب» with ب or و on it, or after a word that says where ("في"، "قرب"، "عبر"، "حي"; not "من", as in
 * "من باب الحرص"). */
function gateCued(doc: Doc, i: number, clitics: string): boolean {
  if (/[بو]/.test(clitics)) return true;
  const p = doc.tokens[i - 1];
  if (!p || p.kind !== 'word' || lineBreakBefore(doc, i)) return false;
  return /^(و|ف)?(في|الي|عند|قرب|بقرب|عبر|حتي|نحو|داخل|وسط|بوسط|محيط|بمحيط|منطقه|بمنطقه|حي|بحي|احياء|باحياء|محله|بمحله|ساحه|بساحه|سوق|بسوق|شارع|بشارع)$/.test(p.norm);
}

/** A station's, a corniche's or a road's noun with its proclitics, once per word (findFacilities asks at every free word). */
const mayOpenRoute = wordTest(/^(و|ف)?(ب|ل)?(محطه|كورنيش|طريق)$|^(و|ف)?(ب|ك)?المسرح$|^(و|ف)?(ب|ل)?(ال|ل)طريق$/);

/** Ways of transport a station serves: in a sentence about them a station is named by a plain definite word ("محطة الاستاد"). */
const TRANSIT_WORD = /^(و|ف)?(ب|ل)?(ال)?(مترو|ميترو|قطار|ترام|ترامواي|مونوريل|محطات|خط|الخط|خطوط|ركاب|حافلات)$/;
/** The mode of transport between a station's noun and its name: "محطة مترو عدلي منصور". */
const STATION_MODE = /^(مترو|ميترو|قطار|قطارات|ترام|ترامواي|مونوريل)$/;
/** What a station pumps, makes, treats or serves, and words that describe it ("محطة الضخ"، "محطة القطار"، "محطة الحاويات"): no name. */
const STATION_KIND = /^ال(مياه|ماء|ضخ|رفع|طاقه|كهرباء|توليد|تحليه|معالجه|تحويل|تنقيه|قياس|رصد|صرف|وقود|غاز|شحن|تعبيه|حاويات|ركاب|شاحنات|بضايع|حافلات|قطار|قطارات|مترو|ترام|فضاء|انزال|استقبال|تكرير|رياح|بحوث|تقويه|ارسال|اذاعه|تلفزيون|نقل|اولي|اخيره|تاليه|سابقه|مقبله|قادمه|رييسيه|رييسه|مركزيه|جديده|حاليه|نهاييه|وسطي|عاصمه|مدينه|منطقه|قريه|مطار|ميناء|حدود|طريق|مخيم|محطه|اقتراع)$/;
/** Titles before the name of the person a station is named after: "محطة المشير طنطاوي". */
const STATION_TITLE = /^ال(مشير|رييس|زعيم|شهيد|ملك|امير|شيخ|دكتور|فريق|لواء|امام|سلطان)$/;

/**
 * "محطة عدلي منصور"، "محطة المشير طنطاوي"، "محطة بشتيل"، "محطة مترو الأهرام"، "محطة الاستاد" (in a sentence on the
 * metro): a station by its name is a place, named with its noun, as the golds list it. A station named by a listed
 * town is left to the town (the golds read "محطة عطبرة" as the town about as often as the station); a station of a
 * kind ("محطة الضخ"، "محطة تحلية مياه"، "محطة القطار") names none.
 */
function stationAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const m = /^((?:و|ف)?(?:ب|ل)?)محطه$/.exec(toks[i].norm);
  if (!m) return null;
  const free = (k: number) => !!toks[k] && toks[k].kind === 'word' && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  let j = i + 1;
  let transit = false;
  if (free(j) && STATION_MODE.test(toks[j].norm)) {
    transit = true;
    j++;
  }
  if (!free(j) || doc.res.places.matchAt(toks, j, false) || isFunctionWord(toks[j].norm) || doc.res.nationalities.matchAt(toks, j, false)) return null;
  const n = toks[j].norm;
  let e = -1;
  const titled = STATION_TITLE.test(n) && free(j + 1) && doc.res.firstNames.has(toks[j + 1].norm);
  if (titled || (doc.res.firstNames.has(n) && !isCommonAnyReading(n) && free(j + 1))) {
    // (a person: his name as far as it goes)
    const span = nameForward(doc, titled ? j + 1 : j, 4);
    if (span && span[1] > (titled ? j + 2 : j + 1)) e = span[1];
  }
  // (the lexicon knows many an ordinary word with its article only: "كهرباء" as "الكهرباء")
  const ordinary = (w: string) => isCommonAnyReading(w) || isMostlyWord(w) || isCommonAnyReading('ال' + w) || isMostlyWord('ال' + w) || FACILITY_HEADS.has(w) || (/يه$/.test(w) && !isNameLike(w));
  // (four letters at least, no ل before it, no plural in ات: "محطة عزل"، "محطة لمناولة"، "محطة محولات" are of a kind)
  if (e < 0 && !/^ال/.test(n) && n.length >= 4 && !/^[وفل]/.test(n) && !/ات$/.test(n) && !(/^[بلك]/.test(n) && procliticOpensPhrase(doc, j)) && !ordinary(n) && !looksLikeVerb(n) && !hasTanween(doc, j)) {
    // (a proper word no lexicon reads, and a second one: "محطة بشتيل"، "محطة سنتربوينت")
    e = j + 1;
    // (or a name after it: "محطة عدلي منصور")
    const w = free(e) ? toks[e].norm : '';
    if (w && !/^[وبلف]/.test(w) && w.length >= 3 && !/^ال/.test(w) && !looksLikeVerb(w) && !doc.res.places.matchAt(toks, e, false) && ((!ordinary(w) && !/ه$/.test(w)) || doc.res.firstNames.has(w) || isNameLike(w))) e++;
  }
  if (e < 0 && /^ال.{3,}/.test(n) && !STATION_KIND.test(n) && !TIME_NOUNS.has(n) && !PLACE_DESCRIBING.has(n) && !PURPOSE_NOUN.test(n) && !/^ال.{3,}ات$/.test(n) && !doc.res.titles.matchAt(toks, j, false)) {
    // (a definite word, in a sentence on trains or the metro: "محطة الاستاد"، "محطة الأهرام")
    if (!transit) for (let k = Math.max(0, i - 12); k <= Math.min(toks.length - 1, j + 12) && !transit; k++) if (k !== i && toks[k].kind === 'word' && TRANSIT_WORD.test(toks[k].norm)) transit = true;
    if (transit) e = j + 1;
  }
  if (e < 0) return null;
  // (with the direction of its name: "محطة الزور الشمالية")
  if (free(e) && PLACE_DIRECTIONS.has(toks[e].norm)) e++;
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const end = toks[e - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: e, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

/**
 * "كورنيش الدوحة"، "كورنيش النيل"، "كورنيش القواسم": a corniche by its town or its own definite name is a place of its
 * own, as the golds list it ("كورنيش المدينة" is the town's, no name).
 */
function cornicheAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const m = /^((?:و|ف)?(?:ب|ل)?)كورنيش$/.exec(toks[i].norm);
  const t = toks[i + 1];
  if (!m || !t || t.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free) return null;
  const listed = doc.res.places.matchAt(toks, i + 1, false);
  let e: number;
  if (listed && listed.value.kind !== 'country') e = listed.to;
  else if (!listed && /^ال.{3,}/.test(t.norm) && !/^ال(مدينه|بحر|بلده|قريه|عاصمه|جديد|بحري|شمالي|جنوبي|شرقي|غربي)$/.test(t.norm) && !TIME_NOUNS.has(t.norm) && !doc.res.nationalities.matchAt(toks, i + 1, false) && !isFunctionWord(t.norm)) e = i + 2;
  else return null;
  for (let k = i + 1; k < e; k++) if (doc.claimed[k] !== Claim.Free) return null;
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const end = toks[e - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: e, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

/** The stages of an ancient site's theatres: "المسرح الجنوبي" (Jerash), "المسرح الأثري بقرطاج". */
const THEATRE_OF_SITE = /^ال(جنوبي|شمالي|اثري|روماني|صغير)$/;

/**
 * "المسرح الجنوبي"، "المسرح الشمالي"، "المسرح الأثري بقرطاج": the definite theatre with the adjective that tells one
 * stage of a site from another is a place, as the golds count it (all 7 such mentions; the national theatre, "المسرح
 * القومي", is a company, "المسرح البلدي" is no name, and "المسرح الكبير" is as often the hall of the moment: 2 of 4).
 */
function ancientTheatreAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const m = /^((?:و|ف)?(?:ب|ك)?)المسرح$/.exec(toks[i].norm);
  const t = toks[i + 1];
  if (!m || !t || t.kind !== 'word' || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || !THEATRE_OF_SITE.test(t.norm)) return null;
  let e = i + 2;
  // (with the town of the site after ب, one word: "المسرح الأثري بقرطاج"; not the hall of "بدار الأوبرا المصرية")
  const town = toks[e] && !lineBreakBefore(doc, e) && doc.claimed[e] === Claim.Free && /^ب[^ا]/.test(toks[e].norm) ? doc.res.places.matchAt(toks, e, true) : null;
  if (town && town.skip === 1 && town.to === e + 1 && town.value.kind !== 'country' && isFreeRange(doc, e, town.to)) e = town.to;
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const end = toks[e - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to: e, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
}

/** The kind of road after its name: "طريق الخور السريع"، "طريق القاهرة الإسكندرية الصحراوي"، "طريق الباطنة الساحلي". */
const ROAD_KIND = /^ال(سريع|صحراوي|ساحلي|دايري|زراعي|اقليمي|جبلي)$/;

/**
 * "طريق الخور السريع"، "طريق القاهرة – الإسكندرية الصحراوي": a road named by one to three words (places, definite or
 * proper words, two towns joined by a dash) and closed by what kind of road it is, is a place with all its words. A
 * road by a town alone ("طريق بعقوبة") stays a mention of the town.
 */
function roadByAdjectiveAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const m = /^((?:و|ف)?(?:ب|ل)?)طريق$/.exec(toks[i].norm);
  if (!m || (i > 0 && /^(عن|من)$/.test(toks[i - 1].norm))) return null;
  let j = i + 1;
  let words = 0;
  while (j < toks.length && j - i <= 6 && !lineBreakBefore(doc, j) && doc.claimed[j] === Claim.Free) {
    const t = toks[j];
    if (t.kind === 'word' && ROAD_KIND.test(t.norm) && words > 0) {
      const start = offsetAfter(doc.text, toks[i], m[1].length);
      const end = t.end;
      const text = doc.text.slice(start, end);
      return { from: i, to: j + 1, start, end, text, canonical: text.replace(/\s+/g, ' '), kind: 'facility' };
    }
    // (two towns joined by a dash: "طريق حائل – بريدة")
    if (t.kind !== 'word') {
      if (words > 0 && isPunct(doc, j, '-–—') && toks[j + 1]?.kind === 'word') {
        j++;
        continue;
      }
      return null;
    }
    const listed = doc.res.places.matchAt(toks, j, false);
    if (listed) {
      j = listed.to;
      words++;
      continue;
    }
    if (words >= 3 || isFunctionWord(t.norm) || /^[وبلف]/.test(t.norm) && !/^ال/.test(t.norm) || (!/^ال/.test(t.norm) && (isCommonAnyReading(t.norm) || isMostlyWord(t.norm))) || looksLikeVerb(t.norm)) return null;
    j++;
    words++;
  }
  return null;
}

/** A road's network before its number: "الطريق الوطنية رقم 8"، "الطريق الجهوية رقم 302"، "الطريق السيار رقم 1". */
const ROAD_NETWORK = /^ال(وطنيه|وطني|جهويه|جهوي|اقليميه|اقليمي|سيار|دولي|سريع|رييسي|رييسيه|محليه|ولاييه|ولايي)$/;
/** What tells one ring or desert road from another: "الطريق الدائري الثالث"، "الطريق الصحراوي الغربي". */
const ROAD_RANK = /^ال(اول|ثاني|ثالث|رابع|خامس|اقليمي|اوسط|غربي|شرقي|شمالي|جنوبي)$/;

/**
 * "الطريق الوطنية رقم 8"، "وطريق رقم 5"، "الطريق الدائري الثالث"، "الطريق الصحراوي الغربي": a road by its number, or a
 * ring or desert road by its rank or side, is one road a reader can find on the map (the golds count 15 of 18 numbered
 * ones and 16 of 20 ranked ones as places; "الطريق الساحلي" alone is a kind of road).
 */
function roadByNumberAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  const m = /^((?:و|ف)?(?:ب|ل)?)(ال|ل)?طريق$/.exec(toks[i].norm);
  if (!m || (i > 0 && /^(عن|من)$/.test(toks[i - 1].norm) && !m[2])) return null;
  const free = (k: number) => !!toks[k] && !lineBreakBefore(doc, k) && doc.claimed[k] === Claim.Free;
  let j = i + 1;
  if (free(j) && ROAD_NETWORK.test(toks[j].norm)) j++;
  let to = -1;
  if (free(j) && toks[j].norm === 'رقم' && free(j + 1) && toks[j + 1].kind === 'number' && /^[0-9٠-٩۰-۹]{1,4}$/.test(doc.text.slice(toks[j + 1].start, toks[j + 1].end))) to = j + 2;
  else if (m[2] && free(i + 1) && /^ال(دايري|صحراوي)$/.test(toks[i + 1].norm) && free(i + 2) && ROAD_RANK.test(toks[i + 2].norm)) to = i + 3;
  if (to < 0) return null;
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const end = toks[to - 1].end;
  const text = doc.text.slice(start, end);
  return { from: i, to, start, end, text, canonical: (m[2] === 'ل' ? 'ال' + text.slice(1) : text).replace(/\s+/g, ' '), kind: 'facility' };
}

/** A hamza on an alef after a word's first letter ("فأس"، "مأرب"), as written. */
/** The word as written differs from the listed name in its first alef's hamza (إ for أ or the reverse) or ends in ه where the name ends in ة. */
function spelledOtherwise(written: string, listed: string): boolean {
  const a = written.charAt(0);
  const b = listed.charAt(0);
  if ((a === 'إ' && b === 'أ') || (a === 'أ' && b === 'إ')) return true;
  return listed.endsWith('ة') && written.endsWith('ه');
}

function hamzaInside(w: string): boolean {
  return /[أإآ]/.test(w.slice(1));
}

/** A token that may be a definite province noun with its proclitics, once per word. */
const mayOpenProvince = wordTest(/^(و|ف)?(ب|ل|لل)?(ال)?(مقاطعه|محافظه)$/);

/** "المقاطعة الغربية"، "بالمحافظة الشمالية": a definite province noun and a direction adjective name the province. */
function provinceByDirectionAt(doc: Doc, i: number): PlaceMention | null {
  const toks = doc.tokens;
  if (!mayOpenProvince(toks[i])) return null;
  const m = /^((?:و|ف)?(?:ب|ل)?)(ال|ل)(مقاطعه|محافظه)$/.exec(toks[i].norm);
  const t = toks[i + 1];
  if (!m || !t || lineBreakBefore(doc, i + 1) || doc.claimed[i + 1] !== Claim.Free || !/^ال(شماليه|جنوبيه|شرقيه|غربيه|وسطي)$/.test(t.norm)) return null;
  // (written لل: the mention keeps the ل of the article, as the engine writes such mentions; the canonical gets its
  // article back)
  const start = offsetAfter(doc.text, toks[i], m[1].length);
  const text = doc.text.slice(start, t.end);
  return { from: i, to: i + 2, start, end: t.end, text, canonical: (m[2] === 'ل' ? 'ال' + text.slice(1) : text).replace(/\s+/g, ' '), kind: 'region' };
}
