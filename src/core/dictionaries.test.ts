import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { getDictionaries, lookupAt, namesData, nationalityRows, orgRows, placeRows, titleRows, phraseKey } from './dictionaries.ts';
import { normalizeWord } from './normalize.ts';
import { tokenize } from './tokenize.ts';

const DATA = join(import.meta.dirname, 'data');

describe('dictionaries: loading', () => {
  it('builds once, quickly, and returns the same object', () => {
    const d = getDictionaries();
    const ms = d.buildMs;
    console.log(`dictionaries built in ${ms.toFixed(1)} ms: places ${d.places.size}, nationalities ${d.nationalities.size}, orgs ${d.orgs.size}, titles ${d.titles.size}, known ${d.known.size}, first names ${d.firstNames.size}`);
    expect(ms).toBeLessThan(1500);
    expect(getDictionaries()).toBe(d);
  });

  it('has sane sizes, and the JSON stays compact', () => {
    expect(placeRows.length).toBeGreaterThan(1500);
    expect(new Set(placeRows.filter((r) => r[2] === 'country').map((r) => r[3])).size).toBeGreaterThan(190);
    expect(new Set(nationalityRows.map((r) => r[1])).size).toBeGreaterThanOrEqual(120);
    expect(orgRows.length).toBeGreaterThanOrEqual(400);
    expect(titleRows.length).toBeGreaterThan(300);
    expect(namesData.known.length).toBeGreaterThanOrEqual(150);
    expect(namesData.first.length).toBeGreaterThan(1000);
    let bytes = 0;
    let gz = 0;
    for (const f of ['places.json', 'nationalities.json', 'orgs.json', 'titles.json', 'names.json']) {
      bytes += statSync(join(DATA, f)).size;
      gz += gzipSync(readFileSync(join(DATA, f))).length;
    }
    console.log(`JSON total ${(bytes / 1024).toFixed(1)} KB, gzip ${(gz / 1024).toFixed(1)} KB`);
    expect(bytes).toBeLessThan(1.5 * 1024 * 1024);
  });

  it('stores rows in the documented shapes', () => {
    const placeKinds = new Set(['country', 'capital', 'city', 'region', 'governorate', 'continent', 'landmark', 'district']);
    for (const r of placeRows) {
      expect(placeKinds.has(r[2]), r.join('|')).toBe(true);
      expect(r[0].trim()).toBe(r[0]);
      expect(r[3] === '' || /^[A-Z]{2}$/.test(r[3]), r.join('|')).toBe(true);
    }
    for (const r of orgRows) expect(r[1].length, r.join('|')).toBeGreaterThan(0);
  });
});

describe('dictionaries: places', () => {
  const d = getDictionaries();
  const place = (text: string) => lookupAt(d.places, text);

  it('finds places behind proclitics', () => {
    expect(place('بموسكو')?.canonical).toBe('موسكو');
    expect(place('والولايات المتحدة')?.canonical).toBe('الولايات المتحدة');
    expect(place('لأمريكا')?.canonical).toBe('الولايات المتحدة');
    expect(place('وللقاهرة')?.canonical).toBe('القاهرة');
    expect(place('بقطاع غزة')?.canonical).toBe('قطاع غزة');
  });

  it('merges aliases into one canonical', () => {
    const same = (a: string, b: string) => expect(place(a)?.canonical, a).toBe(place(b)?.canonical);
    same('أمريكا', 'الولايات المتحدة');
    same('أميركا', 'الولايات المتحدة الأمريكية');
    same('السعودية', 'المملكة العربية السعودية');
    same('الإمارات', 'الإمارات العربية المتحدة');
    same('بريطانيا', 'المملكة المتحدة');
    same('روسيا', 'روسيا الاتحادية');
    same('مصر', 'جمهورية مصر العربية');
    same('أوروبا', 'أوربا');
    same('أفريقيا', 'إفريقيا');
    same('بكين', 'بيجين');
    same('نيودلهي', 'نيو دلهي');
    same('موريتانيا', 'موريطانيا');
    same('أوكرانيا', 'اوكرانيا');
    expect(place('واشنطن')?.kind).toBe('capital');
    expect(place('واشنطن')?.canonical).toBe('واشنطن');
  });

  it('covers multi-word places, regions and Arab subdivisions', () => {
    for (const p of ['قطاع غزة', 'الضفة الغربية', 'تل أبيب', 'خان يونس', 'جنوب أفريقيا', 'كوريا الشمالية', 'البحر الأحمر', 'الشرق الأوسط', 'شرق المتوسط', 'منطقة الخليج', 'إقليم كردستان', 'عين التينة', 'السراي الحكومي', 'العاصمة الإدارية الجديدة', 'نيجني نوفغورود', 'الجليل الأعلى', 'عيتا الشعب', 'شمال دارفور', 'ذي قار', 'كفر الشيخ', 'سيدي بوزيد']) {
      expect(d.places.get(phraseKey(p)), p).toBeDefined();
    }
    expect(place('قطاع غزة في')?.kind).toBe('region');
    expect(place('ستوكهولم')?.iso2).toBe('SE');
  });

  it('keeps ambiguous names with their readings', () => {
    const oman = d.places.get(phraseKey('عمان'))!;
    const readings = [oman, ...oman.others].map((e) => e.canonical);
    expect(readings).toContain('عُمان');
    expect(readings).toContain('عمّان');
    const tripoli = d.places.get(phraseKey('طرابلس'))!;
    expect([tripoli, ...tripoli.others].map((e) => e.iso2).sort()).toEqual(['LB', 'LY']);
    expect(d.places.get(phraseKey('صور'))?.ambiguous).toBe(true);
    expect(d.places.get(phraseKey('الخليل'))?.ambiguous).toBe(true);
    // Common words are not places at all.
    for (const w of ['كيف', 'جبل', 'البحر', 'ميدان', 'ليل']) expect(d.places.get(phraseKey(w)), w).toBeUndefined();
    // Kyiv is كييف, not the common word كيف.
    expect(place('كييف')?.canonical).toBe('كييف');
  });

  it('does not list nationality adjectives as places, except country names that are also adjectives', () => {
    // Allowed: an adjective written exactly like a country name (السعودية، سورية، تشيلي، مالاوي ...).
    const leaks: string[] = [];
    let shared = 0;
    for (const [adj] of nationalityRows) {
      const hit = d.places.get(phraseKey(adj));
      if (!hit) continue;
      if (hit.kind === 'country' || hit.kind === 'region' && hit.iso2 !== null && d.countryByIso2.get(hit.iso2) === hit.canonical) shared++;
      else leaks.push(`${adj} (${hit.canonical}, ${hit.kind})`);
    }
    expect(leaks).toEqual([]);
    expect(shared).toBeLessThan(15);
    expect(d.places.get(phraseKey('السعودية'))?.kind).toBe('country');
    expect(d.places.get(phraseKey('الروسي'))).toBeUndefined();
    expect(d.places.get(phraseKey('الأمريكية'))).toBeUndefined();
  });
});

describe('dictionaries: nationalities', () => {
  const d = getDictionaries();
  const nat = (t: string) => lookupAt(d.nationalities, t);
  it('inflects regular adjectives and lists irregular ones', () => {
    for (const a of ['روسي', 'روسية', 'الروسي', 'الروسية', 'الروس', 'الأمريكي', 'الأميركية', 'الأمريكيين', 'الأمريكيون', 'المصريين', 'اللبنانية', 'الأتراك', 'الألمان']) {
      expect(nat(a)?.country, a).toBeDefined();
    }
    expect(nat('الروسية')?.country).toBe('روسيا');
    expect(nat('الأميركي')?.country).toBe('الولايات المتحدة');
    expect(nat('السوداني')?.iso2).toBe('SD');
    expect(nat('الكورية الشمالية')?.country).toBe('كوريا الشمالية');
    expect(nat('الأوروبي')?.country).toBe('أوروبا');
  });
  it('marks adjectives that are also country names', () => {
    expect(nat('السعودية')?.alsoPlace).toBe(true);
    expect(nat('السعودية')?.country).toBe('المملكة العربية السعودية');
    expect(nat('المصرية')?.alsoPlace).toBe(false);
  });
  it('leaves out adjectives that are ordinary words', () => {
    expect(nat('المالي')).toBeNull();
    expect(nat('القمري')).toBeNull();
  });
});

describe('dictionaries: organizations', () => {
  const d = getDictionaries();
  const org = (t: string) => lookupAt(d.orgs, t);
  it('maps aliases and acronyms to one canonical', () => {
    expect(org('الناتو')?.canonical).toBe('حلف شمال الأطلسي (الناتو)');
    expect(org('حلف الناتو')?.canonical).toBe('حلف شمال الأطلسي (الناتو)');
    expect(org('وحلف شمال الأطلسي')?.canonical).toBe('حلف شمال الأطلسي (الناتو)');
    expect(org('حماس')?.canonical).toBe('حركة المقاومة الإسلامية (حماس)');
    expect(org('حركة المقاومة الإسلامية')?.canonical).toBe('حركة المقاومة الإسلامية (حماس)');
    expect(org('فرانس برس')?.canonical).toBe(org('وكالة الأنباء الفرنسية')?.canonical);
    expect(org('أ ف ب')?.canonical).toBe('وكالة الأنباء الفرنسية');
    expect(org('الحوثيون')?.canonical).toBe(org('أنصار الله')?.canonical);
    expect(org('داعش')?.canonical).toBe(org('تنظيم الدولة')?.canonical);
    expect(org('جوجل')?.canonical).toBe('غوغل');
    expect(org('أوبك+')?.canonical).toBe('أوبك بلس');
    expect(org('للأمم المتحدة')?.canonical).toBe('الأمم المتحدة');
    expect(org('مجلس الأمن')?.canonical).toBe('مجلس الأمن الدولي');
    expect(org('الاحتياطي الفيدرالي')?.canonical).toBe('مجلس الاحتياطي الفيدرالي الأمريكي');
  });
  it('flags organizations whose names are ordinary words', () => {
    expect(org('الأهلي')?.kind).toBe('sports');
    expect(org('الأهلي')?.ambiguous).toBe(true);
    expect(org('العربية')?.ambiguous).toBe(true);
    expect(org('البنك الأهلي المصري')?.kind).toBe('bank');
    expect(org('رويترز')?.ambiguous).toBe(false);
  });
  it('treats metonyms and armies as organizations', () => {
    expect(org('البيت الأبيض')?.kind).toBe('other');
    expect(org('الكرملين')?.kind).toBe('other');
    expect(org('الجيش السوداني')?.kind).toBe('military');
    expect(d.places.get(phraseKey('البيت الأبيض'))).toBeUndefined();
  });
});

describe('dictionaries: titles and names', () => {
  const d = getDictionaries();
  it('tells roles from courtesies', () => {
    const t = (s: string) => lookupAt(d.titles, s);
    expect(t('وزير الخارجية')?.category).toBe('minister');
    expect(t('وزيرة الخارجية')?.category).toBe('minister');
    expect(t('وزير خارجية')?.category).toBe('minister');
    expect(t('وزير الخارجية والمغتربين')?.title).toBe('وزير الخارجية والمغتربين');
    expect(t('رئيس حكومة تصريف الأعمال')?.isRole).toBe(true);
    expect(t('الموفد الشخصي')?.category).toBe('diplomatic');
    expect(t('معالي')?.isRole).toBe(false);
    expect(t('صاحب السمو الملكي')?.category).toBe('honorific');
    expect(t('نظيره')?.category).toBe('counterpart');
    expect(t('الوزيران')?.category).toBe('plural');
    expect(t('د.')?.category).toBe('honorific');
    expect(t('والمتحدث باسم')?.category).toBe('government');
  });
  it('cleans first names and knows public figures', () => {
    expect(d.firstNames.has(normalizeWord('محمد'))).toBe(true);
    expect(d.firstNames.has(normalizeWord('سيرغي'))).toBe(true);
    expect(d.firstNames.has(normalizeWord('أمل'))).toBe(false);
    expect(d.ambiguousFirstNames.has(normalizeWord('أمل'))).toBe(true);
    expect(d.firstNames.has(normalizeWord('على'))).toBe(true); // علي (normalises like the preposition: the engine checks the original)
    expect(d.firstNames.has(normalizeWord('لكن'))).toBe(false);
    expect(d.particles.has(normalizeWord('بن'))).toBe(true);
    const k = (s: string) => lookupAt(d.known, s);
    expect(k('لافروف')?.person.name).toBe('سيرجي لافروف');
    expect(k('سيرغي لافروف')?.person.role).toBe('وزير الخارجية الروسي');
    expect(k('وبلينكين')?.person.name).toBe('أنتوني بلينكن');
    expect(k('أنتوني بلينكن')?.full).toBe(true);
    expect(k('غوتيريس')?.person.name).toBe('أنطونيو غوتيريش');
  });
});

describe('dictionaries: coverage of the fixtures (a sanity check, not a target)', () => {
  const d = getDictionaries();
  it('knows most gold places and organizations of the fixtures', () => {
    const root = join(import.meta.dirname, '../../../shared/fixtures');
    let files: string[] = [];
    try {
      files = ['seed', 'dev'].flatMap((sub) => readdirSync(join(root, sub)).filter((f) => f.endsWith('.gold.json')).map((f) => join(root, sub, f)));
    } catch {
      return; // a clone without ../shared: nothing to compare with
    }
    let found = 0;
    let total = 0;
    const missing: string[] = [];
    for (const f of files) {
      const gold = JSON.parse(readFileSync(f, 'utf8')) as { places: { surface_forms: string[] }[]; organizations: { surface_forms: string[] }[] };
      for (const [kind, list] of [['place', gold.places], ['org', gold.organizations]] as const) {
        for (const e of list) {
          for (const s of e.surface_forms) {
            total++;
            const toks = tokenize(s).tokens;
            const hit = (kind === 'place' ? d.places : d.orgs).matchAt(toks, 0, false);
            if (hit && hit.to === toks.length) found++;
            else missing.push(`${kind}:${s}`);
          }
        }
      }
    }
    console.log(`fixture coverage ${found}/${total}; not listed: ${missing.join(', ')}`);
    expect(found / total).toBeGreaterThan(0.85);
  });
});
