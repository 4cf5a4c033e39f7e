import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { detectArticle, rangeForText, type ArticleResult } from './article.ts';
import { isSpaceCode } from './textmap.ts';
import { isoToLocal, readJsonLd } from './published.ts';

const here = dirname(fileURLToPath(import.meta.url));
const OWN = join(here, '../../test/pages');
const SHARED = ['/work/shared/fixtures/seed', '/work/shared/fixtures/dev'];

interface Gold {
  is_article?: boolean;
  title?: string;
  published?: string;
  body_must_include?: string[];
  body_must_exclude?: string[];
}

function pages(dir: string): { name: string; html: string; gold: Gold }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html') && existsSync(join(dir, f.replace(/\.html$/, '.gold.json'))))
    .sort()
    .map((f) => ({
      name: f,
      html: readFileSync(join(dir, f), 'utf8'),
      gold: JSON.parse(readFileSync(join(dir, f.replace(/\.html$/, '.gold.json')), 'utf8')) as Gold,
    }));
}

/** The shared scorer's folding (tools/score_pages.py norm): phrases are compared after it too. */
function fold(s: string): string {
  return s
    .normalize('NFKC')
    .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/[٠-٩]/g, (d) => String(d.charCodeAt(0) - 0x660))
    .replace(/[۰-۹]/g, (d) => String(d.charCodeAt(0) - 0x6f0))
    .replace(/[^\p{L}\p{N}\p{M}_\s/:-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .join(' ');
}

function parse(html: string): Document {
  return new JSDOM(html).window.document;
}

/** Pieces are exact, ordered, inside the text, and the segments tile the text in order. */
function checkInvariants(r: ArticleResult): void {
  let prev = 0;
  for (const p of r.pieces) {
    expect(p.textStart).toBeGreaterThanOrEqual(prev);
    prev = p.textStart + p.length;
    const a = r.text.slice(p.textStart, p.textStart + p.length);
    const b = p.node.data.slice(p.nodeStart, p.nodeStart + p.length);
    expect(b.length).toBe(a.length);
    for (let i = 0; i < a.length; i++) {
      if (a[i] === ' ') expect(isSpaceCode(b.charCodeAt(i))).toBe(true);
      else expect(b[i]).toBe(a[i]);
    }
  }
  expect(prev).toBeLessThanOrEqual(r.text.length);
  let end = 0;
  for (const s of r.segments) {
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.end).toBeGreaterThan(s.start);
    end = s.end;
  }
  if (r.isArticle && !r.truncated) {
    expect(r.segments[r.segments.length - 1].kind).toBe('body');
    expect(end).toBe(r.text.length);
  }
}

function checkGold(html: string, gold: Gold): void {
  const r = detectArticle(parse(html));
  const isArticle = gold.is_article ?? true;
  expect(r.isArticle, r.reason ?? '').toBe(isArticle);
  if (!isArticle) {
    expect(r.reason).toMatch(/^no article body found: /);
    expect(r.text).toBe('');
    expect(r.pieces).toEqual([]);
    expect(r.root).toBeNull();
    return;
  }
  expect(r.reason).toBeNull();
  if (gold.title !== undefined) expect(r.title).toBe(gold.title);
  if (gold.published !== undefined) expect(r.published).toBe(gold.published);
  const body = r.segments.find((s) => s.kind === 'body')!;
  const bodyText = r.text.slice(body.start, body.end);
  for (const s of gold.body_must_include ?? []) expect(bodyText, 'must include').toContain(s);
  for (const s of gold.body_must_exclude ?? []) expect(r.text, 'must exclude').not.toContain(s);
  const folded = fold(r.text);
  for (const s of gold.body_must_include ?? []) expect(folded, 'must include (folded)').toContain(fold(s));
  for (const s of gold.body_must_exclude ?? []) expect(folded, 'must exclude (folded)').not.toContain(fold(s));
  const title = r.segments.find((s) => s.kind === 'title');
  if (title && gold.title) expect(r.text.slice(title.start, title.end).replace(/\s+/g, ' ')).toBe(gold.title);
  const dateline = r.segments.find((s) => s.kind === 'dateline');
  if (dateline) expect(dateline.end - dateline.start).toBeLessThan(60);
  checkInvariants(r);
}

const shared = SHARED.flatMap((d) => pages(d).map((p) => ({ ...p, dir: d })));

describe.skipIf(shared.length === 0)('shared fixtures (/work/shared)', () => {
  for (const p of shared) it(p.name, () => checkGold(p.html, p.gold));
});

describe('own test pages (test/pages)', () => {
  const own = pages(OWN);
  it('has at least 8 pages with gold', () => expect(own.length).toBeGreaterThanOrEqual(8));
  for (const p of own) it(p.name, () => checkGold(p.html, p.gold));
});

describe('non-article reasons are specific', () => {
  const want: Record<string, RegExp> = {
    'home-page.html': /list of headlines/,
    'section-front.html': /list of headlines/,
    'section-front-no-headings.html': /list of headlines/,
    'tag-page.html': /list of headlines/,
    'search-results.html': /search results/,
    'video-gallery.html': /video gallery/,
  };
  for (const p of pages(OWN).filter((x) => want[x.name])) {
    it(p.name, () => {
      const r = detectArticle(parse(p.html));
      expect(r.reason).toMatch(want[p.name]);
      expect(r.published).toBeNull();
    });
  }
});

describe('class-less pages (hashed or missing class names): text signals alone', () => {
  // strip every class and id: what is left to go on is text density, links, punctuation, tags and Arabic labels
  const all = [...shared, ...pages(OWN)].filter((p) => (p.gold.is_article ?? true) === true);
  let kept = 0;
  let leaks = 0;
  for (const p of all) {
    it(p.name, () => {
      const d = parse(p.html);
      for (const el of Array.from(d.querySelectorAll('[class], [id]'))) {
        el.removeAttribute('class');
        el.removeAttribute('id');
      }
      const r = detectArticle(d);
      expect(r.isArticle, r.reason ?? '').toBe(true);
      expect(r.title).toBe(p.gold.title);
      for (const s of p.gold.body_must_include ?? []) expect(r.text).toContain(s);
      for (const s of p.gold.body_must_exclude ?? []) {
        if (r.text.includes(s)) leaks++;
        else kept++;
      }
    });
  }
  it('keeps out nearly all boilerplate without class names', () => {
    // known: an embedded tweet is recognisable only by its class
    expect(leaks).toBeLessThanOrEqual(2);
    expect(kept).toBeGreaterThan(50);
  });
});

describe('pages buried in boilerplate: a mega menu, 30 suggested-story teasers with summaries, a big script', () => {
  const mega =
    '<div>' +
    Array.from({ length: 60 }, (_, k) => `<div><h4>قسم ${k}</h4><ul>${Array.from({ length: 8 }, (_, j) => `<li><a href="/s/${k}/${j}">عنوان فرعي رقم ${j} في القسم ${k}</a></li>`).join('')}</ul></div>`).join('') +
    '</div>';
  const teasers =
    '<section>' +
    Array.from({ length: 30 }, (_, k) => `<div><a href="/x/${k}"><img src="x.jpg"></a><h3><a href="/x/${k}">خبر مقترح رقم ${k} عن تطورات الأوضاع في المنطقة العربية</a></h3><p>ملخص قصير للخبر المقترح رقم ${k}، يتحدث عن تطورات الأوضاع في المنطقة.</p></div>`).join('') +
    '</section>';
  const script = `<script>${'var a = "نص";'.repeat(5000)}</script>`;
  const all = [...shared, ...pages(OWN)].filter((p) => (p.gold.is_article ?? true) === true);
  for (const p of all) {
    it(p.name, () => {
      const html = p.html.replace(/<body([^>]*)>/, `<body$1>${mega}`).replace('</body>', `${teasers}${script}</body>`);
      const r = detectArticle(parse(html));
      expect(r.isArticle, r.reason ?? '').toBe(true);
      expect(r.title).toBe(p.gold.title);
      for (const s of p.gold.body_must_include ?? []) expect(r.text).toContain(s);
      for (const s of p.gold.body_must_exclude ?? []) expect(r.text).not.toContain(s);
      expect(r.text).not.toContain('ملخص قصير');
      expect(r.text).not.toContain('عنوان فرعي');
    });
  }
});

describe('standard DOM only: the same results on linkedom documents', () => {
  for (const p of [...shared, ...pages(OWN)]) {
    it(p.name, () => {
      const a = detectArticle(parse(p.html));
      const b = detectArticle(parseHTML(p.html).document as unknown as Document);
      expect(b.isArticle).toBe(a.isArticle);
      expect(b.title).toBe(a.title);
      expect(b.published).toBe(a.published);
      expect(b.text).toBe(a.text);
      expect(b.segments).toEqual(a.segments);
    });
  }
});

const ARTICLE = `<!DOCTYPE html><html lang="ar" dir="rtl"><head><title>عنوان الخبر - الموقع</title></head><body>
<nav><a href="/">الرئيسية</a> <a href="/a">سياسة</a></nav>
<h1>لافروف يلتقي بلينكن في ستوكهولم</h1>
<div class="meta"><span class="by">كتب محمد علي</span> <time datetime="2021-12-02T13:39:00+02:00">الخميس 02 ديسمبر 2021 - 01:39 م</time></div>
<div class="body">
<p>التقى وزير الخارجية الروسي <a href="/p/1">سيرجي</a>
   <a href="/p/1">لافروف</a> نظيره الأمريكي، اليوم الخميس، في العاصمة السويدية، وبحثا ملفات عدة.</p>
<p>وقال مصدر دبلوماسي إن اللقاء استمر ساعة، وتناول الأزمة الأوكرانية، والملف النووي الإيراني، وقضايا الأمن الأوروبي.</p>
<p>اقرأ أيضًا: <a href="/x">بوتين يستقبل وفدا صينيا</a></p>
<p>والتقى الوزير الأمريكي <span>ب</span><a href="/p/1">لافروف</a> على هامش اجتماع منظمة الأمن والتعاون في أوروبا، وفق ما ذكرت وكالات الأنباء.</p>
</div>
<footer>جميع الحقوق محفوظة</footer>
</body></html>`;

describe('detectArticle', () => {
  it('builds headline, dateline and body with exact ranges on live nodes', () => {
    const d = parse(ARTICLE);
    const r = detectArticle(d);
    expect(r.isArticle).toBe(true);
    expect(r.title).toBe('لافروف يلتقي بلينكن في ستوكهولم');
    expect(r.published).toBe('2021-12-02T13:39');
    expect(r.segments.map((s) => s.kind)).toEqual(['title', 'dateline', 'body']);
    const dl = r.segments[1];
    expect(r.text.slice(dl.start, dl.end)).toBe('الخميس 02 ديسمبر 2021 - 01:39 م');
    expect(r.text).not.toContain('كتب محمد علي');
    expect(r.text).not.toContain('بوتين يستقبل');
    expect(r.text).not.toContain('الرئيسية');
    expect(r.root?.className).toBe('body');
    checkInvariants(r);

    const i = r.text.indexOf('سيرجي لافروف');
    expect(i).toBeGreaterThan(0);
    const range = rangeForText(r, i, i + 'سيرجي لافروف'.length)!;
    expect(range.toString().replace(/\s+/g, ' ')).toBe('سيرجي لافروف');
    expect(range.startContainer.parentElement?.tagName).toBe('A');
    expect(range.endContainer.parentElement?.tagName).toBe('A');
    expect(range.startContainer).not.toBe(range.endContainer);

    const j = r.text.indexOf('بلافروف');
    const r2 = rangeForText(r, j, j + 'بلافروف'.length)!;
    expect(r2.toString()).toBe('بلافروف');
    expect(r2.startContainer.parentElement?.tagName).toBe('SPAN');

    const t = rangeForText(r, 0, r.segments[0].end)!;
    expect(t.toString()).toBe('لافروف يلتقي بلينكن في ستوكهولم');
  });

  it('drops promo lines but keeps prose that mentions the same words', () => {
    const paras = [
      'قال المتحدث الرسمي إن الاجتماع تناول عدة ملفات، أبرزها الأمن والاقتصاد والتعاون الإقليمي بين البلدين.',
      'وتابع الوزير في تغريدة على تويتر أن بلاده ماضية في الإصلاحات، مشيرا إلى أن الحكومة ستعلن خطة جديدة.',
      '📢 تابعوا آخر الأخبار عبر قناتنا على تلغرام',
      'حمل تطبيق الموقع على هاتفك لتصلك الأخبار العاجلة',
      'وأضاف أن الحكومة حملت المسؤولية للجهات المعنية في تطبيق القانون، وأن الإجراءات ستطال الجميع.',
      'كتب: أحمد علي',
    ];
    const html = `<html><body><h1>الحكومة تعلن خطة إصلاح جديدة</h1><div>${paras.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('وتابع الوزير في تغريدة على تويتر');
    expect(r.text).toContain('حملت المسؤولية للجهات المعنية في تطبيق القانون');
    expect(r.text).not.toContain('قناتنا على تلغرام');
    expect(r.text).not.toContain('حمل تطبيق الموقع');
    expect(r.text).not.toContain('أحمد علي');
  });

  it('leaves out an audio player, a scoreboard and line-ups set inside the body container', () => {
    const p = 'وقال المدرب في المؤتمر الصحفي إن فريقه قدم مباراة كبيرة أمام منافس قوي، وإن اللاعبين نفذوا الخطة بدقة طوال الشوطين.';
    const html = `<html><body><h1>الهلال يتغلب على الوحدة بثلاثية</h1><div class="match-report">
      <div class="scoreboard"><div class="team">الهلال</div><div class="score">3 - 1</div><div class="team">الوحدة</div></div>
      <p>${p}</p><p>${p.replace('المدرب', 'القائد')}</p>
      <div class="audio-box">استمع إلى تصريح المدرب في برنامج المساء مع سامي الغربي</div>
      <div class="lineups-wrap"><h3>التشكيلة الأساسية</h3><table class="lineups"><tr><td>ياسين بونو</td><td>محمد الشامسي</td></tr></table></div>
      <p>${p.replace('المدرب', 'الحارس')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('وقال الحارس في المؤتمر الصحفي');
    for (const out of ['3 - 1', 'سامي الغربي', 'التشكيلة الأساسية', 'ياسين بونو']) expect(r.text).not.toContain(out);
  });

  it('leaves out boxes of figures, results and safety advice set inside the body', () => {
    const p = 'رفعت المديرية العامة للدفاع المدني درجة الجاهزية القصوى في جميع مراكزها اعتبارا من مساء اليوم تحسبا للمنخفض الجوي.';
    const html = `<html><body><h1>الدفاع المدني يرفع الجاهزية استعدادا للمنخفض</h1><div class="news-text"><p>${p}</p>
      <div class="alert-box"><strong>إرشادات السلامة أثناء المنخفض</strong><ul><li>تجنب التنقل إلا للضرورة</li></ul></div><p>${p.replace('رفعت', 'أكدت')}</p>
      <div class="results-box"><strong>ملخص المقاعد حسب الكتل</strong></div><div class="chiffres"><b>أرقام أساسية</b><br>عجز الميزانية: 3,1%</div><p>${p.replace('رفعت', 'أعلنت')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('أعلنت المديرية العامة');
    for (const out of ['إرشادات السلامة', 'ملخص المقاعد', 'أرقام أساسية']) expect(r.text).not.toContain(out);
  });

  it('leaves out a caption box between the headline and the body (news-img-cap)', () => {
    const p = 'أعلن المكتب الإعلامي لرئيس الوزراء اليوم الأحد أن القوات الأمنية بدأت عملية واسعة لملاحقة الخلايا في المناطق الصحراوية.';
    const html = `<html><body><div class="news-card"><h1>عملية أمنية واسعة في ديالى</h1><div class="news-img-cap">رئيس الوزراء خلال ترؤسه اجتماع المجلس الوزاري في بغداد</div>
      <div class="news-text"><p>${p}</p><p>${p.replace('المكتب', 'البيان')}</p><p>${p.replace('المكتب', 'المتحدث')}</p></div></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('أعلن البيان الإعلامي');
    expect(r.text).not.toContain('خلال ترؤسه اجتماع');
  });

  it('leaves out a standfirst between the headline and the body, keeps a lead paragraph in its own box', () => {
    const p = 'أعلن المكتب الإعلامي لرئيس الوزراء اليوم الأحد أن القوات الأمنية بدأت عملية واسعة لملاحقة الخلايا في المناطق الصحراوية.';
    const body = `<div class="rich-text"><p>${p}</p><p>${p.replace('المكتب', 'البيان')}</p><p>${p.replace('المكتب', 'المتحدث')}</p></div>`;
    for (const sf of [
      '<p class="teaser-text">أقر البرلمان موازنة قياسية للإنفاق الدفاعي، فيما اتهمت المعارضة الحكومة بإغراق البلاد في الديون.</p>',
      '<p class="dek">القادة يطالبون بمقعدين دائمين في مجلس الأمن ويبحثون أزمات الساحل والسودان</p>',
      '<div class="detay-spot"><h4>الوزير: الحرائق أتت على نحو 4 آلاف هكتار من الأراضي الحرجية والزراعية في الولايات الغربية</h4></div>',
      '<p>القادة يطالبون بمقعدين دائمين في مجلس الأمن ويبحثون أزمات الساحل والسودان والقرن الأفريقي</p>',
    ]) {
      const r = detectArticle(parse(`<html><body><article><h1>عملية أمنية واسعة في ديالى</h1>${sf}${body}</article></body></html>`));
      expect(r.text).toContain('أعلن البيان الإعلامي');
      expect(r.text).not.toMatch(/الديون|مقعدين|هكتار/);
    }
    const lead = '<div class="lead"><p>يتابع الموقع لحظة بلحظة مجريات الانتخابات التشريعية المبكرة، التي دعي إليها نحو 59 مليون ناخب. (جميع الأوقات بتوقيت مكة المكرمة)</p></div>';
    const r = detectArticle(parse(`<html><body><article><h1>عملية أمنية واسعة في ديالى</h1>${lead}${body}</article></body></html>`));
    expect(r.text).toContain('يتابع الموقع لحظة بلحظة');
  });

  it('drops a table of figures and a French-named box inside the body, keeps a line marked as the dateline', () => {
    const p = 'أعلن محافظ البنك المركزي اليوم الاثنين حزمة إجراءات جديدة لضبط سوق الصرف بعد أسابيع من التراجع الحاد في سعر العملة.';
    const html = `<html><body><h1>العملة تستعيد جزءا من خسائرها</h1><div class="article-body"><p class="dateline">أبوظبي - سكاي نيوز عربية</p>
      <p>${p}</p><table class="rates"><caption>أسعار الصرف مساء اليوم</caption><tr><th>العملة</th><th>شراء</th></tr><tr><td>الدولار</td><td>2465</td></tr></table>
      <p>${p.replace('اليوم', 'أمس')}</p><div class="encadre"><b>إطار:</b> الجهة تضم عمالتين وخمسة أقاليم وتعد من أكثر الجهات تضررا.</div><p>${p.replace('جديدة', 'إضافية')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('أبوظبي - سكاي نيوز عربية');
    for (const out of ['أسعار الصرف مساء', 'عمالتين']) expect(r.text).not.toContain(out);
  });

  it('keeps a table the paragraph before announces with a colon (blind sets 117, 134)', () => {
    const p = 'أعلنت الشركة الناشئة اليوم إغلاق جولة تمويلية من الفئة أ بقيمة 22 مليون دولار لتوسيع خدماتها في مصر والسعودية.';
    const table = '<table><tr><th>المستثمر</th><th>الدولة</th></tr><tr><td>نجد فنتشرز</td><td>السعودية</td></tr><tr><td>صندوق النيل</td><td>مصر</td></tr></table>';
    const html = (lead: string) => `<html><body><h1>جولة تمويلية لشركة ناشئة</h1><div class="article-body"><p>${p}</p><p>${lead}</p>${table}<p>${p.replace('اليوم', 'أمس')}</p></div></body></html>`;
    expect(detectArticle(parse(html('وجاءت خريطة المستثمرين في الجولة التي قادها صندوق خليجي على النحو التالي:'))).text).toContain('نجد فنتشرز');
    // (without the announcing colon the table is a box of figures, as before)
    expect(detectArticle(parse(html('وقادت الجولة صناديق من الخليج ومصر بمشاركة مستثمرين أفراد من المنطقة.'))).text).not.toContain('نجد فنتشرز');
  });

  it('drops a tools bar set among the paragraphs and the boilerplate after a release\'s end mark (blind sets 135, 137)', () => {
    const p = 'أعلنت جمعية الهلال الأحمر اليوم وصول فرقها إلى القرى المتضررة من انهيار السد بعد ساعات من السيول التي جرفت المنازل.';
    const html = `<html><body><h1>الهلال الأحمر يستجيب لانهيار السد</h1><div class="release-body"><p>${p}</p>
      <div class="report-tools"><span>حجم الخط</span><span>طباعة</span><span>أرسل لصديق</span></div>
      <p>${p.replace('اليوم', 'أمس')}</p><p>${p.replace('فرقها', 'متطوعيها')}</p><p class="end-mark">– انتهى –</p>
      <div class="about"><b>نبذة عن الجمعية:</b> تأسست الجمعية عام 1956 وهي جمعية وطنية مساعدة للسلطات العامة في المجال الإنساني.</div></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('– انتهى –');
    for (const out of ['حجم الخط', 'تأسست الجمعية']) expect(r.text).not.toContain(out);
  });

  it('drops a map legend, a match\'s key events, a visit-information box and an AMP ad set in the story (blind sets 203-207)', () => {
    const p = 'أعلن الجيش اليوم استعادة السيطرة على بلدة بارا شمال الأبيض بعد معارك استمرت أياما، وفق ما أفاد به مسؤولون محليون.';
    const html = `<html><body><h1>الجيش يستعيد بارا</h1><div class="article-body"><p>${p}</p>
      <div class="map-legend"><h4>خريطة السيطرة</h4><ul><li>قوات الدعم السريع: النهود، الخوي، الفولة</li></ul></div>
      <p>${p.replace('اليوم', 'أمس')}</p>
      <section class="match-events"><h3>أحداث المباراة</h3><ul><li>23' هدف أول - جواو فيليبي</li></ul></section>
      <amp-ad width="300" height="250" type="doubleclick"><div placeholder>إعلان – عرض سمارت بالتقسيط</div><div fallback>تعذّر تحميل الإعلان</div></amp-ad>
      <p>${p.replace('بارا', 'أم روابة')}</p>
      <div class="visit-info"><h3>معلومات الزيارة</h3><ul><li>تذاكر الدخول: 30 جنيهاً للمصريين</li></ul></div></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('أم روابة');
    for (const out of ['النهود', 'جواو', 'سمارت', 'تعذّر', 'تذاكر الدخول']) expect(r.text).not.toContain(out);
  });

  it('says a page of a few short sections under headings is no article, and keeps a short story with two subheads (blind sets 192, 203, 206)', () => {
    const sec = (h: string, t: string) => `<h2>${h}</h2><p>${t}</p>`;
    const info = `<html><body><h1>أوقات الزيارة والتذاكر</h1><div class="content">
      ${sec('مواعيد الفتح', 'يفتح المتحف يوميا عدا الثلاثاء من التاسعة صباحا حتى الخامسة مساء، وآخر دخول قبل الإغلاق بساعة.')}
      ${sec('أسعار التذاكر', 'الدخول مجاني لجميع الزوار في اليوم العالمي للمتاحف، وتقبل بطاقة الأردن باس عند المدخل.')}
      ${sec('الجولات المرشدة', 'تنظم جولات مرشدة باللغتين العربية والإنجليزية يوميا، مدة كل جولة ستون دقيقة.')}
      ${sec('كيف تصل إلينا', 'يقع المتحف في منطقة رأس العين وسط عمّان، بجوار مبنى أمانة عمّان الكبرى.')}
      ${sec('أسئلة متكررة', 'يسمح بالتصوير دون فلاش في جميع القاعات، ويوفر المتحف كراسي متحركة عند المدخل.')}
      </div></body></html>`;
    const r = detectArticle(parse(info));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/short sections under headings/);
    const p = 'افتتح وزير السياحة اليوم قاعة جديدة في متحف الأردن تضم مخطوطات البحر الميت وقطعا أثرية من العصر الحجري، بحضور سفراء ومسؤولين.';
    const story = `<html><body><h1>افتتاح قاعة جديدة في متحف الأردن</h1><div class="content"><p>${p}</p>
      <h2>مخطوطات نادرة</h2><p>${p.replace('اليوم', 'أمس')}</p><h2>جولات للطلاب</h2><p>${p.replace('سفراء', 'طلاب')}</p></div></body></html>`;
    expect(detectArticle(parse(story)).isArticle).toBe(true);
  });

  it('drops a before/after picture slider and a hashtag wall, keeps hashtags in the text, and says a newsletter\'s sign-up page is no article (blind sets 211, 212)', () => {
    const p = 'أطلق صندوق التنمية اليوم المرحلة الثانية من مشروع إعادة تأهيل المساكن المتضررة في حمص، وتصدر وسم <a class="hashtag" href="/tag/حمص">#حمص_تعود</a> النقاشات.';
    const html = `<html><body><h1>إعادة تأهيل المساكن في حمص</h1><div class="article-body"><p>${p}</p>
      <div class="ba-compare"><span>قبل: شارع الحميدية في حمص القديمة</span><span>بعد: الشارع نفسه</span></div><p>${p.replace('اليوم', 'أمس')}</p>
      <div class="hashtag-wall"><h4>تابعوا الحملة</h4><div class="post"><b>نورهان سليم</b>: كنت فاكرة إني لوحدي</div></div><p>${p.replace('الثانية', 'الثالثة')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('#حمص_تعود');
    for (const out of ['الحميدية', 'نورهان']) expect(r.text).not.toContain(out);
    // (and an embedded PDF viewer's text layer: blind set 218)
    const pdf = `<html><body><h1>قرار المحافظ</h1><div class="article-body"><p>${p}</p><div class="pdfemb-viewer"><div class="pdfemb-page"><canvas></canvas><div class="textLayer"><span>قرار محافظ كفر الشيخ رقم 1187 لسنة 2025</span></div></div></div><p>${p.replace('اليوم', 'أمس')}</p><p>${p}</p></div></body></html>`;
    expect(detectArticle(parse(pdf)).text).not.toContain('1187');
    const teaser = 'عرضت وزيرة الاقتصاد والمالية نادية فتاح، أمس الأربعاء أمام المجلس الوزاري بالرباط، توجهات مشروع قانون المالية للسنة المقبلة، وفي مقدمتها تعميم الحماية الاجتماعية.';
    const signup = (form: string) => `<html><body><h1>نساء وقرار: نشرتك الأسبوعية كل جمعة</h1><div class="content"><p>${teaser}</p><p>${teaser.replace('أمس', 'اليوم')}</p><p>${teaser.replace('الاقتصاد', 'التضامن')}</p>${form}</div></body></html>`;
    expect(detectArticle(parse(signup('<form><input type="email" placeholder="بريدك"><button>اشتركي</button></form>'))).reason).toMatch(/newsletter/);
    expect(detectArticle(parse(signup(''))).isArticle).toBe(true);
  });

  it('says a listing of items with the same field is no article, and keeps a story with one such line (blind set 227)', () => {
    const offer = (who: string) => `<article class="offer"><h3>عاملة منزلية ذات خبرة</h3><p>${who}، 34 عاماً، من مقاطعة باتانغاس، عملت ست سنوات لدى أسرة في أبوظبي وتجيد الطبخ الخليجي ورعاية كبار السن.</p><p>الراتب: 1,500 درهم + السكن والطعام</p></article>`;
    const page = (items: string) => `<html><body><h1>عروض الاستقدام والوظائف المتاحة</h1><div class="content"><p>عاملات منزليات وسائقون وطهاة من الفلبين والهند ونيبال بعقود موحدة.</p>${items}</div></body></html>`;
    expect(detectArticle(parse(page(offer('جوزفين رييس') + offer('ماريا سانتوس') + offer('أنيش كومار')))).reason).toMatch(/listing/);
    expect(detectArticle(parse(page(offer('جوزفين رييس')).replace('<article class="offer">', '<article class="offer"><p>' + 'أعلنت وزارة الموارد البشرية اليوم قواعد جديدة لاستقدام العمالة المنزلية تشمل حدا أدنى للأجور وفترة ضمان أطول للأسر. '.repeat(3) + '</p>'))).isArticle).toBe(true);
  });

  it('reads the hidden rest of a story that a «اقرأ المزيد» button shows, and no other hidden box (blind set 220)', () => {
    const p = 'يستعد صيادو خصب وصلالة لموسم الطلب وسط ارتفاع أسعار الكنعد في الأسواق المحلية وتراجع الكميات المعروضة.';
    const html = (label: string) => `<html><body><h1>صيادو خصب يستعدون</h1><div class="article-body"><p>${p}</p><p>${p}</p>
      <button class="read-more" type="button">${label}</button><div class="article-rest" hidden><p>وقال والي خصب إن السفن تعبر مضيق هرمز يوميا.</p><p>${p}</p></div>
      <div class="modal" hidden><p>اشترك في نشرتنا البريدية</p><p>أدخل بريدك</p></div></div></body></html>`;
    const r = detectArticle(parse(html('اقرأ المزيد')));
    expect(r.text).toContain('مضيق هرمز');
    expect(r.text).not.toContain('اقرأ المزيد');
    expect(r.text).not.toContain('نشرتنا');
    expect(detectArticle(parse(html('إغلاق'))).text).not.toContain('مضيق هرمز');
  });

  it('says a glossary in alphabetical order is no article (blind set 216)', () => {
    const term = (t: string) => `<dt>${t}</dt><dd>مصطلح يتكرر في أخبار المناخ ومؤتمراته، ويشرح هنا بلغة مبسطة لمن يتابع المفاوضات بين الدول.</dd>`;
    const html = `<html><body><h1>قاموس المناخ: مصطلحات لفهم ما يجري</h1><div class="content"><p>جمعنا هنا أبرز مصطلحات المناخ مرتبة أبجدياً مع شرح مبسط لكل منها.</p>
      <h2>أ</h2><dl>${term('اتفاق باريس')}${term('الاحتباس الحراري')}</dl><h2>ب</h2><dl>${term('البصمة الكربونية')}</dl><h2>ت</h2><dl>${term('التصحر')}${term('التكيف')}</dl></div></body></html>`;
    expect(detectArticle(parse(html)).reason).toMatch(/alphabetical/);
  });

  it('reads the publication date from a long labelled line of fields and from an agency dateline opening the body (blind sets 218, 220)', () => {
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const line = '<div class="meta-line"><span class="authors">كتب: أحمد الشناوي ومحمد بدر</span> — نُشر في: الإثنين 12 جمادى الأولى 1447 هـ - 3 نوفمبر 2025 م | 10:15 ص — آخر تحديث: 12:40 م</div>';
    expect(detectArticle(parse(`<html><body><h1>ماذا تغير في قرى البحيرة والدقهلية؟</h1>${line}<div class="article-body">${p}${p}${p}</div></body></html>`)).published).toBe('2025-11-03T10:15');
    const wire = '<p>صحار في 12 جمادى الآخرة 1447هـ الموافق 3 ديسمبر 2025م /العُمانية/ تفقد وزير النقل والاتصالات اليوم سير العمل في مشروع توسعة رصيف الحاويات بميناء صحار.</p>';
    expect(detectArticle(parse(`<html><body><h1>وزير النقل يتفقد ميناء صحار</h1><div class="article-body">${wire}${p}${p}</div></body></html>`)).published).toBe('2025-12-03');
  });

  it('says a tag page of headlines each with its own date line, and a printed edition\'s page, are no article (blind sets 444, 445)', () => {
    const item = (h: string, d: string) => `<tr><td><b>${h}</b><br>${d}<br>قال رئيسها التنفيذي إن الشركة ستتوسع في الرياض والقاهرة خلال العام المقبل، وإن الجولة ستمول توظيف مهندسين جدد.</td></tr>`;
    const rows = [['«سيولا» المصرية تجمع 40 مليون دولار بقيادة صندوق سعودي', 'الإثنين 13 تشرين الأول 2025 - 05:40 م'], ['صندوق الريادة الأردني يضخ 50 مليون دينار في 120 شركة ناشئة', 'الأحد 28 أيلول 2025 - 01:15 م'], ['«كاشيا» المغربية تجمع 18 مليون دولار من صناديق خليجية', 'الثلاثاء 23 أيلول 2025 - 07:05 م'], ['البنك المركزي يطلق البيئة التجريبية الثانية لشركات التكنولوجيا المالية', 'الخميس 4 أيلول 2025 - 12:20 م'], ['شركتا اتصالات توسعان تغطية الجيل الخامس لتشمل مادبا وجرش', 'الأربعاء 23 تموز 2025 - 09:50 ص']].map(([h, d]) => item(h, d)).join('');
    const tag = `<html><body><h1>شركات ناشئة</h1><table class="news">${rows}</table></body></html>`;
    expect(detectArticle(parse(tag)).isArticle).toBe(false);
    const p = (h: string) => `<h3>${h}</h3><p>أيدت محكمة التمييز أمس حكم محكمة الاستئناف بحبس مدير إدارة سابق سبع سنوات مع الشغل والنفاذ، وإلزامه برد مليون دينار بعد إدانته بتسهيل الاستيلاء على أموال عامة.</p>`;
    const paper = `<html><body><h1>النسخة الورقية</h1><div class="page">${p('«التمييز» تؤيد حبس مدير سابق')}${p('الجنايات تقضي بالإعدام لمتهم')}${p('النائب العام يأمر بحبس 4 موظفين')}</div></body></html>`;
    expect(detectArticle(parse(paper)).reason).toMatch(/printed edition/);
  });

  it('reads every entry of a live blog whose stamps are text at the head of each entry, with no <time> (blind set 452)', () => {
    const entry = (hm: string, h: string) => `<div class="entry"><div class="entry-head">${hm} <span class="tag">محافظات</span></div><div class="entry-text"><strong>${h}</strong><p>وقال المحافظ إن غرفة العمليات المركزية ستظل في حالة انعقاد دائم حتى مساء الثلاثاء، وإن المعدات ستبقى متمركزة في المناطق المنخفضة لسحب مياه الأمطار من الشوارع.</p></div></div>`;
    const feed = ['04:50 م', '03:30 م', '02:10 م', '12:40 م', '11:15 ص'].map((t, k) => entry(t, `العنوان رقم ${k + 1} في التغطية المباشرة للأمطار`)).join('');
    const page = `<html><body><main><h1>لحظة بلحظة.. الأمطار تغرق شوارع الإسكندرية</h1><div class="live-feed">${feed}</div></main></body></html>`;
    const r = detectArticle(parse(page));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('العنوان رقم 5 في التغطية المباشرة للأمطار');
  });

  it('reads a live blog whose entries cross midnight as a story, not a feed of dated items (blind set 445)', () => {
    const entry = (iso: string, hm: string, h: string) => `<article class="lb-entry"><span class="lb-time"><time datetime="${iso}">${hm}</time></span><h3>${h}</h3><p>وقال محامي الدفاع إن موكله كان ينفذ التعليمات الإدارية، وإن الملف لا يتضمن ما يثبت حصوله على أي منفعة شخصية من الصفقات موضوع التتبع.</p></article>`;
    const entries = [['2025-11-12T00:40:00+01:00', '00:40', 'الحكم'], ['2025-11-11T21:10:00+01:00', '21:10', 'القضية محجوزة للمفاوضة'], ['2025-11-11T16:45:00+01:00', '16:45', 'النيابة تطالب بالترفيع'], ['2025-11-11T12:30:00+01:00', '12:30', 'استنطاق المتهم الأول'], ['2025-11-11T09:05:00+01:00', '09:05', 'تذكير بالحكم الابتدائي']].map(([a, b, c]) => entry(a, b, c)).join('');
    const page = `<html><body><h1>مباشر | استئناف قضية الصفقات: المحكمة تحسم الملف</h1><div class="lb-meta">انطلقت التغطية: <time datetime="2025-11-11T08:45:00+01:00">الثلاثاء 11 نوفمبر 2025 - 08:45</time></div><div class="lb-feed">${entries}</div></body></html>`;
    const r = detectArticle(parse(page));
    expect(r.isArticle).toBe(true);
    expect(r.published).toBe('2025-11-11T08:45');
    // (the same cards a week apart are a feed)
    const feed = page.replace('2025-11-12T00:40', '2025-11-18T00:40').replace('2025-11-11T21:10', '2025-11-15T21:10');
    expect(detectArticle(parse(feed)).isArticle).toBe(false);
  });

  it('reads the publication date from a labelled <time> whose text is only the time of day, not from its update stamp (blind set 436)', () => {
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const row = '<div class="meta-row">نُشر: <time class="published" datetime="2025-03-17T10:05:00+03:00">10:05 (بتوقيت مكة المكرمة)</time> آخر تحديث: <time class="updated" datetime="2025-03-17T19:00:00+03:00">19:00</time></div>';
    expect(detectArticle(parse(`<html><body><h1>مؤتمر بروكسل التاسع: تعهدات جديدة</h1>${row}<div class="article-body">${p}${p}${p}</div></body></html>`)).published).toBe('2025-03-17T10:05');
    // (an unlabelled bare time is still no dateline)
    const bare = '<div class="meta-row"><time datetime="2025-03-17T19:00:00+03:00">19:00</time></div>';
    expect(detectArticle(parse(`<html><body><h1>مؤتمر بروكسل التاسع: تعهدات جديدة</h1>${bare}<div class="article-body">${p}${p}${p}</div></body></html>`)).published).toBeNull();
  });

  it('reads the publication date from a «PLACE: DATE (OUTLET) –» dateline opening the body (blind set 252)', () => {
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const line = '<p>كسلا: الاثنين ١١ ربيع الأول ١٤٤٨هـ الموافق ٢٤ أغسطس ٢٠٢٦م (المشهد السوداني) – ارتفع عدد ضحايا السيول في ولاية كسلا إلى ٢٣ قتيلا.</p>';
    expect(detectArticle(parse(`<html><body><h1>ضحايا السيول في كسلا</h1><div class="article-body">${line}${p}${p}</div></body></html>`)).published).toBe('2026-08-24');
    const comma = '<p>نواكشوط، الخميس ٢٤ ربيع الآخر ١٤٤٧ هـ الموافق ١٦ أكتوبر ٢٠٢٥ (شنقيط الإخبارية) – أطلقت وزارة الصحة، صباح اليوم، حملة تلقيح.</p>';
    expect(detectArticle(parse(`<html><body><h1>حملة تلقيح في روصو</h1><div class="article-body">${comma}${p}${p}</div></body></html>`)).published).toBe('2025-10-16');
    // (a body that opens with a place, a colon and a sentence holding a date is no dateline)
    const said = '<p>الخرطوم: أعلنت الحكومة أنها ستعقد مؤتمرا في 5 مايو 2026 (بحسب وكالة السودان) – لمناقشة الأوضاع.</p>';
    expect(detectArticle(parse(`<html><body><h1>مؤتمر في الخرطوم</h1><div class="article-body">${said}${p}${p}</div></body></html>`)).published).toBeNull();
  });

  it('ends a release at «# # #» alone in its paragraph (blind set 203)', () => {
    const p = 'وصلت أول قافلة مساعدات غذائية إلى ود مدني اليوم بعد أشهر من انقطاع الإمدادات عن القرى المحيطة بالمدينة.';
    const html = `<html><body><h1>أول قافلة غذاء تصل إلى ود مدني</h1><div class="release"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p>
      <p>${p.replace('أول', 'ثاني')}</p><p style="text-align:center">#        #        #</p>
      <p><strong>نبذة عن البرنامج</strong></p><p>البرنامج أكبر منظمة إنسانية في العالم، حاصل على جائزة نوبل للسلام لعام 2020.</p>
      <p>ليلى حامد، البرنامج/ بورتسودان، الهاتف: 00249912345678</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('ثاني قافلة');
    for (const out of ['نوبل', 'ليلى حامد']) expect(r.text).not.toContain(out);
  });

  it('reads every entry of a live blog whose entries carry a header with their time and a heading (blind set 260)', () => {
    const entry = (k: number) => `<li class="entry"><div class="entry-header"><time datetime="2025-10-10T1${k}:00">${k}:00 م</time><h3>عنوان التحديث رقم ${k} عن وقف إطلاق النار</h3></div>
      <div class="entry-content"><p>قال المتحدث باسم الدفاع المدني في التحديث رقم ${k} إن الطواقم انتشلت جثامين من تحت الأنقاض في أحياء المدينة منذ ساعات الصباح.</p>
      <p>وأضاف أن الطواقم تعمل بمعدات بدائية، وأن آلاف المفقودين ما زالوا تحت الركام في أنحاء القطاع، مطالبا بإدخال معدات ثقيلة.</p></div>
      <div class="entry-share"><a href="#">فيسبوك</a><a href="#">إكس</a><a href="#">واتساب</a></div></li>`;
    const html = `<html><body><article class="liveblog"><h1>لحظة بلحظة.. بدء سريان وقف إطلاق النار</h1><div class="liveblog-body">
      <div class="liveblog-lead"><p>نتابع لحظة بلحظة تطورات اليوم الأول لوقف إطلاق النار في القطاع بعد توقيع المرحلة الأولى من الاتفاق.</p></div>
      <ul class="liveblog-entries">${[5, 4, 3, 2, 1].map(entry).join('')}</ul></div></article></body></html>`;
    const r = detectArticle(parse(html));
    for (const k of [5, 3, 1]) expect(r.text).toContain(`التحديث رقم ${k} إن`);
    expect(r.text).not.toContain('واتساب');
  });

  it('drops a code sample in a <pre>, keeps an Arabic message quoted in one (blind sets 169, 263)', () => {
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const code = '<pre><code>import requests\nresponse = requests.post("https://api.example.com/v1/chat", json={"model": "allam", "prompt": prompt})\nprint(response.json())</code></pre>';
    const sms = '<pre class="sms">عميلنا العزيز، شحنتك متوقفة في مركز فرز الدمام بسبب عدم اكتمال العنوان الوطني، يرجى تحديث البيانات.</pre>';
    const r = detectArticle(parse(`<html lang="ar"><body><h1>نموذج لغوي عربي جديد</h1><div class="article-body">${p}${code}${sms}${p}${p}</div></body></html>`));
    expect(r.text).not.toContain('requests.post');
    expect(r.text).toContain('شحنتك متوقفة');
  });

  it('says a daily deaths listing, each entry with its condolence address and a phone, is no article (blind set 267)', () => {
    const entry = (n: string, ph: string) => `<p>${n} - 79 عاماً - يشيع بعد صلاة العصر في مقبرة الصليبيخات. العزاء: الرجال: العديلية، ق 2، ش 23. النساء: القادسية، ق 8. ت: ${ph}</p>`;
    const html = `<html><body><h1>وفيات اليوم</h1><div class="list"><p>تنشر الصحيفة يوميا أسماء المتوفين في الكويت كما ترد من إدارة شؤون الوفيات ومن ذوي المتوفين.</p>${entry('عبدالعزيز يعقوب يوسف المطوع', '99006123')}${entry('جاسم محمد عبدالرحمن الكندري', '97719304')}${entry('مريم عبدالله يوسف الرومي', '99861204')}${entry('حصة راشد مبارك العجمي', '55093877')}</div></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });

  it('drops a live visitors counter set in the story (blind set 270)', () => {
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const counter = '<div class="visitor-counter" aria-live="polite"><div class="lbl">عدد الزائرين حتى الآن</div><div class="num">13,482,906</div><div class="src">المصدر: منظومة العد الإلكتروني · آخر تحديث 15:30</div></div>';
    const r = detectArticle(parse(`<html><body><h1>اكتمال الخطة الأمنية</h1><div class="news-body">${p}${p}${counter}${p}</div></body></html>`));
    expect(r.text).toContain('وقال المحافظ');
    expect(r.text).not.toContain('عدد الزائرين');
  });

  it('drops a summary box in another language set in the story (blind set 261)', () => {
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const fr = '<div class="resume-fr" lang="fr"><h4>Résumé</h4><p>La ministre de l\'Industrie, des Mines et de l\'Énergie a annoncé jeudi à Gabès que la production du champ gazier passera à 2,7 millions de m3 par jour.</p></div>';
    const r = detectArticle(parse(`<html lang="ar" dir="rtl"><body><h1>إنتاج الغاز يرتفع</h1><div class="entry-content">${fr}${p}${p}${p}</div></body></html>`));
    expect(r.text).toContain('وقال المحافظ');
    expect(r.text).not.toContain('ministre');
  });

  it('says a results page with tables and a grid of dated news cards with plain headings is no article (blind set 255)', () => {
    const card = (d: string, h: string) => `<div class="card"><time datetime="${d}">${d.slice(0, 10)}</time><h3>${h}</h3><p>قال المتحدث باسم الحزب إن النتائج في المحافظة رسالة ثقة من الشارع، معلنا استعداد الحزب للتحالف مع الجميع في المجلس الجديد.</p></div>`;
    const cards = ['2026-04-20T20:05', '2026-04-20T18:40', '2026-04-20T16:15', '2026-04-19T22:10', '2026-04-19T17:30'].map((d, k) => card(d, `عنوان الخبر رقم ${k + 1} عن نتائج الانتخابات في الإقليم`)).join('');
    const table = '<table><tr><th>القائمة</th><th>المقاعد</th></tr><tr><td>الحزب الديمقراطي</td><td>17</td></tr><tr><td>الاتحاد الوطني</td><td>12</td></tr></table>';
    const html = `<html><body><main><h1>نتائج انتخابات مجالس المحافظات 2026</h1><p>النتائج الأولية حسب المفوضية – نسبة الفرز 100%</p>${table}${table}<p class="note">* النتائج أولية وقابلة للطعن أمام الهيئة القضائية خلال ثلاثة أيام من إعلانها، ولا تصبح نهائية إلا بعد مصادقة المحكمة.</p><section><h2>تغطية الانتخابات</h2><div class="cards">${cards}</div></section></main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
    // (a story with the same grid of cards under it stays a story)
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const story = `<html><body><main><h1>المحافظ يتفقد المشروعات</h1><div class="body">${p}${p}${p}${p}${p}</div><section><h2>أخبار ذات صلة</h2><div class="cards">${cards}</div></section></main></body></html>`;
    expect(detectArticle(parse(story)).isArticle).toBe(true);
  });

  it('says a channel\'s schedule, a list of timed programmes with a heading each, is no article (blind set 344)', () => {
    const slot = (h: number, name: string) => `<li><time datetime="2025-12-04T${String(h).padStart(2, '0')}:00+03:00">${String(h).padStart(2, '0')}:00</time><div class="prog"><h3>${name}</h3><span class="genre">أخبار</span><p>أبرز أخبار اليوم من العواصم العربية والأفريقية، وتغطية خاصة لوصول الرئيس الكيني ويليام روتو إلى أديس أبابا ولقائه رئيس الوزراء الإثيوبي آبي أحمد.</p></div><a class="remind" href="#">ذكّرني</a></li>`;
    const slots = ['نشرة منتصف الليل', 'الطريق إلى بولي', 'صباح المدار', 'اقتصاد أفريقيا', 'المهجر', 'نشرة الظهيرة', 'حوار المدار', 'رياضة أفريقيا'].map((n, k) => slot(k * 3, n)).join('');
    const html = `<html><body><main class="schedule"><h1>جدول البرامج</h1><div class="sub">الخميس 4 ديسمبر 2025 — جميع المواعيد بتوقيت مكة المكرمة</div><ul class="slots">${slots}</ul></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/schedule/);
    // (a story with a short list of timed items in it stays a story)
    const p = '<p>وقال المحافظ إن المشروعات الجديدة في القرى تشمل شبكات الصرف الصحي ومحطات المعالجة ومياه الشرب، وإن العمل فيها يسير وفق الجدول الزمني المحدد منذ البداية.</p>';
    const story = `<html><body><main><h1>المحافظ يتفقد المشروعات</h1><div class="body">${p}${p}${p}<ul>${['الجلسة الافتتاحية', 'جولة في المشروعات', 'المؤتمر الصحفي'].map((n, k) => slot(k + 9, n)).join('')}</ul>${p}${p}</div></main></body></html>`;
    expect(detectArticle(parse(story)).isArticle).toBe(true);
  });

  it('leaves out a caption in <font> right after the picture in an old layout (blind set 348)', () => {
    const body = 'تفقد أمير المنطقة مساء أمس جاهزية المسجد النبوي والساحات المحيطة به لاستقبال ضيوف الرحمن القادمين من مكة المكرمة بعد أداء مناسك الحج، ورافقه في الجولة نائب أمير المنطقة وعدد من المسؤولين.';
    const side = '<td width="190"><div class="sidehead">أخبار المحافظات</div><font size="2">• <a href="n1.aspx">محافظ العلا يستقبل وفد هيئة التراث</a><br>• <a href="n2.aspx">بلدية المهد تنفذ مشروعات للطرق</a><br></font></td>';
    const main = `<td width="600"><span id="lblTitle" class="newstitle">أمير المدينة يتفقد جاهزية المسجد النبوي</span><br><span id="lblDate" class="newsdate">المدينة المنورة - الأربعاء ٣ يونيو ٢٠٢٦م</span><br><br><img src="a.gif" width="580" height="300" alt=""><br><font size="1" color="#777">سمو أمير المنطقة خلال جولته في ساحات المسجد النبوي (تصوير: فايز العوفي)</font><br><br><span id="lblBody" class="newstext"><b>المدينة المنورة:</b> ${body}<br><br>${body}<br><br>${body}</span><br><br><div class="tools"><a href="p.aspx">طباعة</a> | <a href="s.aspx">أرسل لصديق</a></div></td>`;
    const html = `<html><body><table width="990"><tr valign="top">${side}${main}</tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('تفقد أمير المنطقة');
    expect(r.text).not.toContain('تصوير');
  });

  it('says a hub of headings and one-line teasers under a lead teaser is no article (blind set 136)', () => {
    const lead = 'أعلن رئيس السلطة الوطنية المستقلة للانتخابات مساء اليوم السبت أن نسبة المشاركة في انتخابات المجالس البلدية بلغت 36 بالمائة عند غلق مكاتب الاقتراع، مؤكدا أن النتائج المؤقتة ستعلن تباعا ابتداء من يوم غد.';
    const wilayas = ['الجزائر العاصمة', 'وهران', 'تيزي وزو', 'قسنطينة', 'ورقلة', 'تمنراست'];
    const lines = ['الصراع بين قائمتين على رئاسة المجلس البلدي', 'مرشحة تتصدر قائمة حزبها في مواجهة رئيس البلدية', 'عودة الوجوه القديمة على رأس القوائم'];
    const cards = wilayas.map((w, k) => `<div class="wilaya"><h3>${w}</h3><div class="facts">${20 + k} بلدية · ${40 + k} مقعدا ولائيا</div><ul>${lines.map((l) => `<li>${l}</li>`).join('')}</ul></div>`).join('');
    const hub = `<html><body><h1>المحليات 2021: الدوائر والقوائم والمرشحون</h1><main><article class="card"><h2><a href="/a">المشاركة تفوق التشريعيات</a></h2><p>${lead}</p></article><h2>الدوائر الانتخابية</h2>${cards}</main></body></html>`;
    const r = detectArticle(parse(hub));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/hub of headings/);
  });

  it('drops a WordPress share box and an editor\'s initials closing the story (blind set 139)', () => {
    const p = 'أعلنت وزارة التجارة اليوم توفير كميات إضافية من السكر في الأسواق قبل العودة المدرسية بعد أسابيع من النقص في المحلات.';
    const html = `<html><body><h1>السكر يعود إلى الأسواق</h1><div class="entry-content"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p><p>${p.replace('إضافية', 'جديدة')}</p>
      <p>تحرير: ف.ح</p><div class="sharedaddy"><h3>شارك هذا:</h3><div><a href="#">فيسبوك</a><a href="#">تويتر</a></div></div></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['شارك هذا', 'تحرير: ف.ح']) expect(r.text).not.toContain(out);
    expect(r.text).toContain('توفير كميات جديدة');
  });

  it('keeps a collapsible «اقرأ المزيد» part of the story, drops references, an about-the-company box and media contacts (blind sets 144–146)', () => {
    const p = 'أعلنت هيئة الآثار اليوم نتائج موسم التنقيب الجديد في الموقع الأثري بعد أسابيع من العمل المتواصل للبعثة المشتركة.';
    const html = `<html><body><h1>نتائج موسم التنقيب</h1><div class="article-body"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p>
      <details class="read-more"><summary>اقرأ المزيد</summary><p>${p.replace('الجديد', 'الثاني')}</p><p>${p.replace('الجديد', 'الثالث')}</p></details>
      <div class="refs"><h4>الهوامش والمصادر</h4><ol><li>بيان الهيئة العامة للآثار، بغداد، 2025.</li><li>دراسة عن تاريخ التنقيبات، برلين، 2022.</li></ol></div>
      <div class="about-company"><h2>حول الشركة</h2><p>تقود الشركة التي يقع مقرها في باريس مسار التحول نحو تنقل منخفض الكربون في أكثر من ستين بلدا حول العالم.</p></div>
      <div class="media-contacts">للتواصل الإعلامي: مديرة التواصل · الهاتف 0522</div>
      <dl class="glossary"><dt>الوحدة الفلكية</dt><dd>متوسط المسافة بين الأرض والشمس.</dd></dl></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const kept of ['موسم التنقيب الثاني', 'موسم التنقيب الثالث']) expect(r.text).toContain(kept);
    for (const out of ['الهوامش والمصادر', 'بيان الهيئة العامة', 'يقع مقرها في باريس', 'للتواصل الإعلامي', 'اقرأ المزيد', 'متوسط المسافة']) expect(r.text).not.toContain(out);
  });

  it('drops a subtitle row of an old table layout, keeps a dateline that names the site rather than a reporter', () => {
    const p = 'أعلنت المفوضية الوطنية العليا للانتخابات مساء أمس تأجيل الاقتراع لانتخاب المجالس البلدية في ثلاث بلديات بسبب الظروف الأمنية.';
    const html = `<html><body><table><tr><td class="ntitle">تأجيل الانتخابات البلدية في الجنوب</td></tr>
      <tr><td class="nsub">السائح: الاقتراع في موعده في 23 بلدية.. والمؤسسة تعلن القوة القاهرة</td></tr>
      <tr><td id="NewsText"><b>طرابلس – الساحل الليبي</b><br><br>${p}<br><br>${p.replace('مساء', 'صباح')}<br><br>${p.replace('ثلاث', 'أربع')}</td></tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('طرابلس – الساحل الليبي');
    expect(r.text).not.toContain('الاقتراع في موعده');
  });

  it('says a table of scores or a forecast is no article, and keeps a short story of short sentences', () => {
    const rows = ['النصر 20:00 الشباب لم تبدأ', 'الملعب: الأول بارك، الرياض · القناة: SSC 2 HD · المعلق: فهد العتيبي', 'الأهلي 1 - 1 القادسية انتهت', 'الأهداف: رياض محرز 33 — ناهيتان نانديز 78 · الملعب: الإنماء، جدة', 'الزمالك 21:30 المصري البورسعيدي لم تبدأ', 'الملعب: استاد السلام · القناة: أون سبورت 2', 'ليفربول 19:30 توتنهام لم تبدأ', 'الملعب: آنفيلد · القناة: beIN SPORTS 2 · المعلق: عصام الشوالي'];
    const scores = `<html><body><h1>مباريات اليوم السبت 21 مارس 2026</h1><div class="matches">${rows.map((r) => `<div class="match"><p>${r}</p></div>`).join('')}</div></body></html>`;
    expect(detectArticle(parse(scores)).isArticle).toBe(false);
    const cities = ['الرباط', 'الدار البيضاء', 'فاس', 'مراكش', 'طنجة', 'أكادير', 'وجدة', 'مكناس', 'تطوان', 'العيون', 'الداخلة', 'الناظور', 'آسفي', 'إفران', 'ورزازات', 'بني ملال'];
    const days = ['الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'];
    const table = `<table><caption>الحرارة العليا والدنيا</caption><tr><th>المدينة</th>${days.map((d) => `<th>${d}</th>`).join('')}</tr>${cities.map((c, k) => `<tr><td>${c}</td>${days.map((_, d) => `<td>${18 + k - d}° / ${8 + k - d}° غائم جزئيا</td>`).join('')}</tr>`).join('')}</table>`;
    const forecast = detectArticle(parse(`<html><body><h1>توقعات الطقس في المدن المغربية</h1><div class="content"><p>القيم تقريبية وقابلة للتحيين كل ست ساعات.</p>${table}<p>من طنجة إلى السعيدية: هائج إلى قوي الهيجان، ارتفاع الموج 3 إلى 4 أمتار.</p><p>من العرائش إلى الجديدة: هائج، ارتفاع الموج 2.5 إلى 3.5 أمتار.</p><p>من آسفي إلى طانطان: قليل الهيجان إلى هائج، والرياح قوية نسبيا في المساء.</p></div></body></html>`));
    expect(forecast.isArticle).toBe(false);
    expect(forecast.reason).toMatch(/table of data/);
    const story = ['التقى وزير الخارجية السعودي اليوم نظيره الإيراني في جدة لبحث العلاقات.', 'وبحث الوزيران الاتفاق الثلاثي الموقع في بكين وإعادة فتح السفارات.', 'وأكد الوزير السعودي أهمية تعزيز التعاون في المجالات الاقتصادية.', 'وتأتي الزيارة بعد ثلاثة أشهر من اتفاق استئناف العلاقات برعاية الصين.'];
    const short = detectArticle(parse(`<html><body><h1>وزير الخارجية السعودي يلتقي نظيره الإيراني</h1><div class="article-body">${story.map((p) => `<p>${p}</p>`).join('')}</div></body></html>`));
    expect(short.isArticle).toBe(true);
  });

  it('keeps a first line that names the news agency (a dateline), drops a photo box inside the body', () => {
    const p = 'أعلن وزير الزراعة والغابات اليوم الأربعاء السيطرة على حرائق الغابات التي اندلعت في أربع ولايات بعد جهود متواصلة.';
    for (const dl of ['منى – واس<br><br>', '<p>إزمير/ الأناضول</p>', '<p>الحديدة - سبأ:</p>']) {
      const html = `<html><body><h1>السيطرة على حرائق الغابات</h1><div class="detay-icerik"><div class="detay-foto"><div class="ph" role="img"></div><span>فرق الإطفاء تكافح النيران في قضاء سفري حصار بولاية إزمير</span></div>
        ${dl}<p>${p}</p><p>${p.replace('وزير', 'نائب وزير')}</p><p>${p.replace('اليوم', 'مساء اليوم')}</p></div></body></html>`;
      const r = detectArticle(parse(html));
      expect(r.text).toContain(dl.replace(/<[^>]+>/g, '').trim());
      expect(r.text).not.toContain('تكافح النيران');
    }
  });

  it('keeps a first line that announces a statement, drops a video box and an ad cell inside the body', () => {
    const p = 'وأوضح البيان أن دورية من الجيش داهمت المنزل فجر اليوم وأوقفت المطلوب بعد تبادل لإطلاق النار مع مرافقيه.';
    const html = `<html><body><h1>الجيش يوقف مطلوبا بارزا بعد تبادل لإطلاق النار</h1><div class="news-details">
      <p>صدر عن قيادة الجيش - مديرية التوجيه البيان الآتي:</p><p>${p}</p>
      <div class="video-box"><div class="vtitle">فيديو | تصريح قائد الفوج من موقع العملية</div></div>
      <p>${p.replace('دورية', 'قوة')}</p><div class="adv">إعلان - مساحة إعلانية متاحة للحجز</div><p>${p.replace('دورية', 'وحدة')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('صدر عن قيادة الجيش - مديرية التوجيه البيان الآتي:');
    for (const out of ['تصريح قائد الفوج', 'مساحة إعلانية']) expect(r.text).not.toContain(out);
  });

  it("takes a dateline above the headline from the headline's box, never the masthead's date of today", () => {
    const para = '<p>قال المتحدث الرسمي إن الاجتماع تناول عدة ملفات، أبرزها الأمن والاقتصاد والتعاون الإقليمي بين البلدين.</p>'.repeat(4);
    const dateOf = (body: string) => {
      const r = detectArticle(parse(`<html><body>${body}</body></html>`));
      const s = r.segments.find((x) => x.kind === 'dateline');
      return { dateline: s ? r.text.slice(s.start, s.end) : null, published: r.published };
    };
    expect(dateOf(`<header class="masthead"><div class="today">الأربعاء 29 أيار 2024</div></header><main><div class="art"><h1>عنوان الخبر الطويل هنا عن الاجتماع</h1><div>${para}</div></div></main>`)).toEqual({ dateline: null, published: null });
    expect(dateOf(`<header><div class="today">الأربعاء 29 مايو 2024</div></header><main><div class="art"><div class="hd"><span class="date">الثلاثاء 28 مايو 2024</span><h1>عنوان الخبر الطويل هنا عن الاجتماع</h1></div><div>${para}</div></div></main>`)).toEqual({ dateline: null, published: '2024-05-28' });
    // (the same stamp as a <time> is also read as the story's dateline; as plain text it is the byline's metadata)
    expect(dateOf(`<header><div class="today">الأربعاء 29 مايو 2024</div></header><main><div class="art"><div class="hd"><time>الثلاثاء 28 مايو 2024</time><h1>عنوان الخبر الطويل هنا عن الاجتماع</h1></div><div>${para}</div></div></main>`)).toEqual({ dateline: 'الثلاثاء 28 مايو 2024', published: '2024-05-28' });
  });

  it('never takes a subheading of the body for the headline', () => {
    const para = '<p>قال المتحدث الرسمي إن الاجتماع تناول عدة ملفات، أبرزها الأمن والاقتصاد والتعاون الإقليمي بين البلدين.</p>';
    const r = detectArticle(parse(`<html><head><title>الحكومة تعلن خطة إصلاح اقتصادي شاملة - موقع</title></head><body><div class="art"><div class="t">الحكومة تعلن خطة إصلاح اقتصادي شاملة</div><div>${para}${para}<h2>ردود فعل المعارضة</h2>${para}${para}</div></div></body></html>`));
    expect(r.title).toBe('الحكومة تعلن خطة إصلاح اقتصادي شاملة');
    expect(r.text).toContain('ردود فعل المعارضة');
  });

  it('ignores an og:title that is only the site name', () => {
    const para = '<p>قال المتحدث الرسمي إن الاجتماع تناول عدة ملفات، أبرزها الأمن والاقتصاد والتعاون الإقليمي بين البلدين.</p>'.repeat(4);
    const r = detectArticle(parse(`<html><head><title>الحكومة تعلن خطة إصلاح اقتصادي شاملة - المدار</title><meta property="og:title" content="المدار"><meta property="og:site_name" content="المدار"></head><body><div class="logo">المدار</div><div class="art"><h2>الحكومة تعلن خطة إصلاح اقتصادي شاملة</h2><div>${para}</div></div></body></html>`));
    expect(r.title).toBe('الحكومة تعلن خطة إصلاح اقتصادي شاملة');
    expect(r.segments.map((x) => x.kind)).toEqual(['title', 'body']);
    expect(rangeForText(r, 0, r.segments[0].end)?.toString()).toBe('الحكومة تعلن خطة إصلاح اقتصادي شاملة');
  });

  it('gives a date-only published value the time of the visible dateline of the same day', () => {
    const para = '<p>قال المتحدث الرسمي إن الاجتماع تناول عدة ملفات، أبرزها الأمن والاقتصاد والتعاون الإقليمي بين البلدين.</p>'.repeat(4);
    const r = detectArticle(parse(`<html><head><meta property="article:published_time" content="2024-05-05"></head><body><h1>عنوان الخبر الطويل هنا عن الاجتماع</h1><div class="d">الأحد 5 مايو 2024 - 10:30 ص</div><div>${para}</div></body></html>`));
    expect(r.published).toBe('2024-05-05T10:30');
  });

  it('keeps paragraphs that merely start with a label word, each in its own div (BBC-style)', () => {
    const paras = [
      'شارك الآلاف في مظاهرة حاشدة وسط العاصمة للمطالبة بإصلاحات اقتصادية.',
      'إعلان الحكومة عن الخطة جاء بعد أسابيع من المشاورات مع النقابات.',
      'تعليقات الوزير أثارت جدلا واسعا في البرلمان، وطالب نواب باستجوابه.',
      'الأكثر تضررا من الأزمة هم صغار الموظفين والمتقاعدون، بحسب خبراء.',
      'عاجلا أم آجلا ستضطر الحكومة إلى مراجعة سياسة الدعم، وفق محللين اقتصاديين.',
    ];
    const html = `<html><body><h1>مظاهرات حاشدة في العاصمة للمطالبة بالإصلاح</h1><main>${paras.map((p) => `<div><p>${p}</p></div>`).join('')}</main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle, r.reason ?? '').toBe(true);
    for (const p of paras) expect(r.text).toContain(p);
  });

  it('reads a live blog whose short entries have same-page permalink titles as an article', () => {
    const entry = (k: number) => `<div class="entry" id="e${k}"><h3><a href="#e${k}">تحديث ${k}: غارات جديدة على أطراف المدينة</a></h3><p>أفادت مصادر محلية بأن الغارات استهدفت مواقع عدة في الجنوب، فيما أعلنت السلطات فتح مراكز إيواء جديدة للنازحين.</p></div>`;
    const html = `<html><head><title>تغطية مباشرة: التصعيد في الجنوب - موقع</title></head><body><h1>تغطية مباشرة: التصعيد في الجنوب</h1><div class="live">${Array.from({ length: 8 }, (_, k) => entry(k)).join('')}</div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle, r.reason ?? '').toBe(true);
    expect(r.text).toContain('تحديث 7: غارات جديدة على أطراف المدينة');
    // the same items linking away to other pages are a list of headlines
    expect(detectArticle(parse(html.replace(/href="#e(\d)"/g, 'href="/live/$1"'))).isArticle).toBe(false);
  });

  it('respects maxChars and says so', () => {
    const r = detectArticle(parse(ARTICLE), { maxChars: 150 });
    expect(r.isArticle).toBe(true);
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(150);
    checkInvariants(r);
    expect(detectArticle(parse(ARTICLE)).truncated).toBe(false);
    // a limit inside the headline still reports the article, with what fits
    const tiny = detectArticle(parse(ARTICLE), { maxChars: 10 });
    expect(tiny.isArticle).toBe(true);
    expect(tiny.truncated).toBe(true);
    expect(tiny.text.length).toBeLessThanOrEqual(10);
    expect(tiny.segments.map((x) => x.kind)).toEqual(['title']);
  });

  it('calls a very short text-only page no article', () => {
    const r = detectArticle(parse('<html><body><h1>من نحن</h1><p>موقع إخباري عربي مستقل، تأسس عام 2010.</p></body></html>'));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/too short|almost no text/);
    expect(r.text).toBe('');
  });

  it('calls an empty page no article', () => {
    const r = detectArticle(parse('<html><body></body></html>'));
    expect(r.isArticle).toBe(false);
    expect(r.pieces).toEqual([]);
  });

  it('takes the title from <title> minus the site name when there is no heading', () => {
    const body = Array.from({ length: 6 }, (_, k) => `<p>هذه فقرة رقم ${k} من نص الخبر، وفيها ما يكفي من الكلمات لتكون فقرة حقيقية في متن المقال.</p>`).join('');
    const r = detectArticle(parse(`<html><head><title>ارتفاع أسعار النفط في الأسواق العالمية | موقع الاقتصاد</title></head><body><div>${body}</div></body></html>`));
    expect(r.isArticle).toBe(true);
    expect(r.title).toBe('ارتفاع أسعار النفط في الأسواق العالمية');
  });

  it('is linear: a 10× live blog costs about 10× and a 50,000-word page stays bounded', () => {
    const entry = (k: number) =>
      `<div class="entry"><time datetime="2024-09-23T12:00">12:${String(k % 60).padStart(2, '0')}</time><h3>تحديث رقم ${k}</h3><p>أفادت مصادر محلية بأن الغارات استهدفت مواقع عدة في الجنوب، فيما أعلنت السلطات فتح مراكز إيواء جديدة للنازحين، وسط دعوات دولية للتهدئة.</p><p>وقال مسؤول حكومي إن فرق الإسعاف تعمل على مدار الساعة، مضيفا أن الوضع الإنساني يزداد صعوبة.</p></div>`;
    const page = (n: number) =>
      `<html><head><title>تغطية مباشرة</title></head><body><nav><a href="/">الرئيسية</a></nav><h1>تغطية مباشرة لتطورات الجنوب</h1><div class="live">${Array.from({ length: n }, (_, k) => entry(k)).join('')}</div><aside><h3>الأكثر قراءة</h3><ul><li><a href="/1">خبر</a></li></ul></aside></body></html>`;
    const time = (n: number) => {
      const d = parse(page(n));
      let r = detectArticle(d); // warm-up
      let ms = Infinity;
      for (let k = 0; k < 3; k++) {
        const t0 = performance.now();
        r = detectArticle(d);
        ms = Math.min(ms, performance.now() - t0); // best of three: robust to a busy machine
      }
      return { ms, r };
    };
    const small = time(120);
    const big = time(1200); // ~50,000 words
    expect(big.r.isArticle).toBe(true);
    expect(big.r.text).toContain('تحديث رقم 1199');
    expect(big.r.text.split(/\s+/).length).toBeGreaterThan(45_000);
    // 10× the input: linear is ~10×, quadratic would be ~100× (generous bounds: CI machines are busy)
    expect(big.ms / Math.max(small.ms, 1)).toBeLessThan(40);
    expect(big.ms).toBeLessThan(10_000);
    const cut = detectArticle(parse(page(1200)), { maxChars: 5000 });
    expect(cut.truncated).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(5000);
  });
});

describe('published metadata', () => {
  it('keeps the wall-clock time the page writes', () => {
    expect(isoToLocal('2021-12-02T13:39:00+02:00')).toBe('2021-12-02T13:39');
    expect(isoToLocal('2024-02-14T09:05:31.000Z')).toBe('2024-02-14T09:05');
    expect(isoToLocal('2024-06-10')).toBe('2024-06-10');
    expect(isoToLocal('٢٠٢٣-١١-١٤ ١٤:٢٥')).toBe('2023-11-14T14:25');
    expect(isoToLocal('14/11/2023')).toBeNull();
  });

  it('reads JSON-LD datePublished inside @graph, preferring the article object', () => {
    const d = parse(`<html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","datePublished":"2020-01-01"},{"@type":"NewsArticle","datePublished":"2024-12-01T08:15:00+03:00"}]}</script><script type="application/ld+json">{broken</script></head><body></body></html>`);
    const ld = readJsonLd(d);
    expect(ld.published).toBe('2024-12-01T08:15');
    expect(ld.types).toContain('NewsArticle');
  });
});

describe('tools repeated under every item', () => {
  it('drops a line of link labels that recur under each live-blog entry, and keeps the entries', () => {
    const entry = (t: string, body: string) =>
      `<div class="entry"><a href="#e${t}">${t}</a><p>${body}</p><div class="entry-tools"><a href="#e${t}">رابط التحديث</a> <a href="#">نسخ</a></div></div>`;
    const body = [
      entry('10:05 ص', 'فتحت مراكز الاقتراع أبوابها صباح اليوم في جميع أنحاء البلاد أمام ملايين الناخبين، في انتخابات مبكرة تهيمن عليها ملفات الاقتصاد والهجرة.'),
      entry('11:30 ص', 'أعلنت اللجنة العليا للانتخابات أن نسبة المشاركة حتى منتصف النهار بلغت اثنين وخمسين في المئة، وهي أعلى من نظيرتها في الدورة السابقة.'),
      entry('1:15 م', 'أدلى رئيس الوزراء بصوته في مسقط رأسه وسط إجراءات أمنية مشددة، ودعا المواطنين إلى المشاركة الواسعة في الاقتراع قبل إغلاق الصناديق.'),
      entry('3:40 م', 'قالت مصادر في الحزب الحاكم إن النتائج الأولية تشير إلى تقدم مرشحيه في معظم الدوائر، فيما طالبت المعارضة بالتريث حتى إعلان النتائج الرسمية.'),
    ].join('\n');
    const html = `<html><head><title>تغطية مباشرة</title></head><body><nav><a href="/">الرئيسية</a></nav><main><h1>تغطية مباشرة للانتخابات التشريعية</h1>${body}</main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('أدلى رئيس الوزراء بصوته');
    expect(r.text).toContain('3:40 م');
    expect(r.text).not.toContain('رابط التحديث');
    expect(r.text).not.toContain('نسخ');
  });
});

describe('embedded posts inside the body', () => {
  it('leaves out a tweet quoted inside the article container', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = `<html><head><title>لاجئون</title></head><body><main><h1>آلاف اللاجئين يعبرون الحدود</h1><div class="wire__content">
      ${p('عبر أكثر من أربعة عشر ألف لاجئ الحدود خلال الأيام العشرة الأخيرة هربا من تجدد المعارك في محيط المدينة، بحسب ما أعلنته المفوضية اليوم.')}
      ${p('وقال ممثل المفوضية للصحفيين إن الوافدين الجدد يصلون منهكين، وأغلبهم نساء وأطفال قطعوا عشرات الكيلومترات سيرا على الأقدام من القرى الحدودية.')}
      <blockquote class="embedded-tweet"><p>فرقنا في المعبر الحدودي تستقبل مئات العائلات يوميا. نحتاج دعما عاجلا قبل أن تغمر السيول طرق الإمداد.</p><span class="handle">— مفوضية اللاجئين (@UNHCR)</span></blockquote>
      ${p('من جهته، أعلن وزير الداخلية أن بلاده لن تغلق حدودها، مطالبا المجتمع الدولي بتحمل مسؤولياته، وذلك عقب لقائه أمس نظيره في المدينة الحدودية.')}
    </div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('لن تغلق حدودها');
    expect(r.text).not.toContain('نحتاج دعما عاجلا');
  });
});

describe('polls and results tables inside the body', () => {
  it('leaves out a poll and a results table set inside the article container', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = `<html><head><title>نتائج</title></head><body><main><h1>نتائج الانتخابات البلدية في الجنوب</h1><div class="story-body">
      ${p('أظهرت النتائج الرسمية للانتخابات البلدية في محافظة الجنوب فوز اللوائح المدعومة من الأحزاب الكبرى في معظم البلدات، وسط نسبة اقتراع قاربت أربعين في المئة.')}
      <table class="results-table"><caption>المقاعد المحسومة في البلدات</caption><tr><td>بلدة أولى</td><td>15</td></tr></table>
      ${p('وقال مسؤول في وزارة الداخلية إن عمليات الفرز جرت بهدوء في جميع الأقلام، وإن الطعون ستدرس خلال المهلة القانونية المحددة في الأيام المقبلة.')}
      <div class="poll"><p>هل تتوقع تغيرا في المجالس البلدية المنتخبة؟</p></div>
      ${p('ومن المنتظر أن تعقد المجالس المنتخبة جلساتها الأولى الأسبوع المقبل لانتخاب رؤسائها ونوابهم، بحسب ما ينص عليه قانون البلديات المعمول به.')}
    </div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('عمليات الفرز جرت بهدوء');
    expect(r.text).not.toContain('المقاعد المحسومة');
    expect(r.text).not.toContain('هل تتوقع تغيرا');
  });
});

describe('match cards and figures boxes inside the body', () => {
  it('leaves out a match card and an infographic set inside the article container', () => {
    const p = (t: string) => `<p>${t}</p>`;
    const html = `<html><head><title>مباراة</title></head><body><main><h1>المنتخب يختتم التصفيات</h1><div class="details-body">
      ${p('يخوض المنتخب مواجهته الأخيرة في التصفيات أمام ضيفه غدا الأحد في تمام الساعة التاسعة مساء، في ختام منافسات المجموعة الأولى بعد حسم التأهل رسميا.')}
      <div class="match-card"><strong>بطاقة المباراة</strong><br>القناة الناقلة: قناة رياضية</div>
      ${p('وكان المنتخب قد ضمن التأهل بفوزه في الجولة الماضية بثلاثية نظيفة، ليرفع رصيده إلى ثلاث وعشرين نقطة في الصدارة بفارق خمس نقاط عن أقرب منافسيه.')}
      <div class="infographic"><strong>بالأرقام:</strong> الطاقة التخزينية القصوى للسد ستة مليارات متر مكعب</div>
      ${p('ويأمل الجهاز الفني أن يستغل المباراة لتجربة عناصر جديدة قبل المعسكر المقبل، على أن يعلن القائمة النهائية للبطولة في الأسابيع المقبلة بحسب ما أكده المدرب.')}
    </div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('ويأمل الجهاز الفني');
    expect(r.text).not.toContain('القناة الناقلة');
    expect(r.text).not.toContain('الطاقة التخزينية');
  });
});

describe('standfirsts, editor notes and lists of notices (blind sets 33–37)', () => {
  const p = (t: string) => `<p>${t}</p>`;
  const story = [
    'اتفق البلدان أمس الأربعاء على خطة مشتركة لرفع الطاقة الاستيعابية للميناء وتسريع أعمال الصيانة على الخط الحديدي الذي يربط العاصمتين.',
    'وقال وزير البنية التحتية في مؤتمر صحفي مشترك عقب التوقيع إن الخطة تشمل إنشاء ساحة جديدة للحاويات وتوسيع الأرصفة خلال العامين المقبلين.',
    'ومن المنتظر أن تعقد اللجنة الوزارية المشتركة دورتها المقبلة في العاصمة الأخرى مطلع العام المقبل لمتابعة تنفيذ ما اتفق عليه الجانبان.',
  ];
  it('leaves out a standfirst set inside the container (<p class="chapo">) and an editor line at the end', () => {
    const html = `<html><head><title>ميناء</title></head><body><main><article><h1>اتفاق على رفع طاقة الميناء</h1>
      <div class="article-contenu"><p class="chapo">في ختام الدورة الثالثة، البلدان يعتمدان خارطة طريق للممر حتى 2027</p>
      ${story.map(p).join('')}<p class="editor-note">(المحرر: وانغ لي لي)</p></div></article></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('اتفق البلدان');
    expect(r.text).not.toContain('يعتمدان خارطة طريق');
    expect(r.text).not.toContain('وانغ لي لي');
  });
  it('reads a lead box joined by ".." as a standfirst, and keeps a lead box written as a sentence', () => {
    const page = (lead: string) => `<html><head><title>مهرجان</title></head><body><main class="story"><h1>الهرم الذهبي لفيلم مكسيكي</h1>
      <p class="article-lead">${lead}</p><div class="writer">كتبت: منة الله صبري</div>
      <div class="article-content">${story.map(p).join('')}</div></main></body></html>`;
    expect(detectArticle(parse(page('ثلاث دول تقتسم الجوائز العربية.. وتكريم فنانة قديرة يخطف الأنظار في ليلة الختام'))).text).not.toContain('تقتسم الجوائز');
    expect(detectArticle(parse(page('أعلنت لجنة التحكيم مساء أمس أسماء الفائزين بجوائز الدورة في حفل أقيم بدار الأوبرا وسط حضور كبير من الفنانين والنقاد.'))).text).toContain('أعلنت لجنة التحكيم');
  });
  it('says a list of notices, each stamped with its own publication time, is no article', () => {
    const card = (name: string, i: number) => `<div class="obit"><h3>${name}</h3><span class="age">80 عاما</span>
      <div><span class="lbl">التشييع:</span> بعد صلاة الظهر اليوم الاثنين من المسجد الكبير في البلدة، ويوارى الثرى في مقبرة البلدة الجديدة.</div>
      <div><span class="lbl">العزاء:</span> للرجال في ديوان العائلة وللنساء في منزل الفقيد، أيام الاثنين والثلاثاء والأربعاء من كل أسبوع.</div>
      <span class="posted">نُشر: 24/11/2025 – 07:${10 + i} ص</span></div>`;
    const names = ['الحاج محمود سالم العدوان', 'السيدة نوال يوسف حداد', 'المهندس رائد فايز الزعبي', 'الحاجة آمنة أحمد الخوالدة'];
    const r = detectArticle(parse(`<html><head><title>وفيات اليوم</title></head><body><main><h1>وفيات اليوم</h1><section class="cards">${names.map(card).join('')}</section></main></body></html>`));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/published one by one/);
  });
  it('says an exchange-rates page (tables beside a paragraph of explanation) is no article', () => {
    const row = (c: string) => `<tr><td>${c}</td><td>10.8420</td><td>10.9150</td><td>11.0230</td></tr>`;
    const table = `<table><tr><th>العملة</th><th>الشراء</th><th>البيع</th><th>التغير</th></tr>${['الأورو', 'الدولار الأمريكي', 'الجنيه الإسترليني', 'الفرنك السويسري', 'الريال السعودي', 'الدينار الكويتي', 'الدرهم الإماراتي'].map(row).join('')}</table>`;
    const r = detectArticle(parse(`<html><head><title>أسعار العملات</title></head><body><main><h1>أسعار العملات اليوم مقابل الدرهم</h1><section class="panel">
      <p>تعرض هذه الصفحة أسعار صرف العملات الأجنبية الرئيسية مقابل الدرهم، ويتم تحديثها عدة مرات في اليوم. الأسعار استرشادية وقد تختلف في الوكالات البنكية ومكاتب الصرف.</p>${table}
      <p>* أسعار الأوراق النقدية في الشبابيك، ولا تشمل العمولات. أسعار مكاتب الصرف في المدن الكبرى قد تقل عن أسعار الأبناك ببضعة سنتيمات.</p></section></main></body></html>`));
    expect(r.isArticle).toBe(false);
  });
});

describe('blind sets 38–42: intros, quote boxes, agency datelines with a slash, the next part, pasted bylines, site pages', () => {
  const p = (t: string) => `<p>${t}</p>`;
  const story = [
    'اتفق الشركاء في الائتلاف الحاكم فجر اليوم على حزمة لدعم أسعار الكهرباء للأسر والشركات الصغيرة بعد مفاوضات استمرت أكثر من اثنتي عشرة ساعة.',
    'وقال المتحدث باسم الحكومة في مؤتمر صحفي إن الحزمة ستكلف نحو عشرة مليارات يورو في العام المقبل وإن تمويلها سيأتي من صندوق خاص.',
    'وانتقدت المعارضة الاتفاق ووصفته بأنه رشوة انتخابية قبل عام من الانتخابات المحلية في الولايات الشرقية، مطالبة بإصلاح شامل لنظام الضرائب.',
  ];
  it('leaves out an intro above the container, a quote box and the teaser of the next part inside it', () => {
    const html = `<html><head><title>ائتلاف</title></head><body><div id="bodyContent"><h1>الائتلاف يتفق على دعم أسعار الكهرباء</h1>
      <p class="intro">تسوية بين المحافظين والاشتراكيين تنهي أسابيع من الخلاف داخل الحكومة، والمعارضة تتحدث عن رشوة انتخابية.</p>
      <ul class="smallList"><li>التاريخ 08.10.2025</li></ul>
      <div class="longText">${p(story[0])}<blockquote class="quote-box">«لن نعود إلى طباعة النقود لتمويل العجز»</blockquote>${p(story[1])}${p(story[2])}${p(story[1].replace('المتحدث', 'الوزير'))}${p(story[2].replace('المعارضة', 'النقابات'))}
      <div class="next-part"><strong>في الجزء الثاني:</strong> المعاصر تحت ضغط الأسعار ومخاوف من زيت مغشوش</div></div></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('اتفق الشركاء');
    expect(r.text).not.toContain('تسوية بين المحافظين');
    expect(r.text).not.toContain('طباعة النقود');
    expect(r.text).not.toContain('زيت مغشوش');
  });
  it('keeps an agency dateline written with a slash, and drops a byline set before the first sentence with one <br>', () => {
    const html = `<html><head><title>انتخابات</title></head><body><main><h1>نتائج الانتخابات الفرعية</h1><div class="article-body">
      <p><strong>نيودلهي/ طوروس</strong></p>
      <div class="MsoNormal"><span>كتب: عبد الرحيم أيت سي</span><br><span>${story[0]}</span></div>${p(story[1])}${p(story[2])}</div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('نيودلهي/ طوروس');
    expect(r.text).not.toContain('عبد الرحيم أيت سي');
    expect(r.text).toContain('اتفق الشركاء');
  });
  it("says a site's own page (contact, about) is no article", () => {
    const html = `<html><head><title>اتصل بنا | الموقع</title></head><body><main><h1>اتصل بنا</h1><div class="content">${story.map(p).join('')}<p>الهاتف: 418 332 71</p></div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/site's own pages/);
    expect(detectArticle(parse(html.replace(/<h1>اتصل بنا<\/h1>/, '<h1>من نحن في عيون الآخرين؟ سؤال يطرحه الجميع</h1>'))).isArticle).toBe(true);
  });
});

describe('live-blog entries and labelled posting stamps (blind sets 43–47)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
  ];
  it('reads every entry of a live blog whose entries wrap their text between a time and a share bar', () => {
    const entry = (t: string, k: number) => `<article class="lb-post" id="post-${k}"><div class="lb-meta"><time class="lb-time" datetime="2025-11-03T1${k}:00:00+03:00">1${k}:00</time></div><div class="lb-body"><p>${t}</p></div><div class="lb-share">مشاركة هذا التحديث</div></article>`;
    const html = `<html><head><title>تسمم جماعي</title></head><body><main><h1>مباشر | تسمم جماعي بعد وليمة عرس</h1>
      <div class="lb-feed">${story.map(entry).join('')}</div></main><aside><h3>الأكثر قراءة</h3><ul><li><a href="/a">خبر أول</a></li></ul></aside></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    expect(r.text).not.toContain('مشاركة هذا التحديث');
  });
  it('leaves out a source credit closing the story and a picture table set among a table layout\'s lines', () => {
    const html = `<html><head><title>بقعة نفطية</title></head><body><table><tr><td><font size="5">بقعة نفطية على الساحل</font></td></tr>
      <tr><td id="news_body">${story[0]}<br><br>${story[1]}<br><br><table><tr><td><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="250"></td></tr><tr><td>متطوعون ينظفون الرمال على الشاطئ (صورة: الموقع)</td></tr></table>${story[2]}<br><br>${story[3]}<br><br>المصدر: الساحل برس - تعز</td></tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain(story[2].slice(0, 30));
    expect(r.text).not.toContain('متطوعون ينظفون');
    expect(r.text).not.toContain('الساحل برس');
  });
  it('says a board of cards (a heading and a picture each) with a few lines around them is no article', () => {
    const card = (k: number) => `<article class="card"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><div><span>مفقود</span><h2>سامر عدنان رقم ${k}</h2><dl><dt>العمر</dt><dd>17 عاما</dd><dt>آخر مكان</dt><dd>حي الميدان، دمشق</dd></dl><p>كان يرتدي كنزة رمادية وبنطال جينز. للتواصل: والده</p></div></article>`;
    const html = `<html><head><title>لوحة المفقودين</title></head><body><main><h1>لوحة المفقودين: بلاغات الأهالي</h1>
      <p>ننشر هنا بلاغات الأهالي كما وصلتنا، بعد التحقق من أرقام التواصل مع كل عائلة على حدة، ونحدث اللوحة كل صباح.</p>
      <p>${story[0]}</p>
      <div class="grid">${Array.from({ length: 10 }, (_, k) => card(k)).join('')}</div>
      <p>لإضافة بلاغ عن شخص مفقود أرسلوا الاسم الكامل والصورة وآخر مكان شوهد فيه عبر البريد، ولا ننشر أي بلاغ قبل التحقق منه.</p></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/board of cards/);
  });
  it("leaves out a fact check's verdict and claim boxes, its sources, a company's boilerplate and the media contact", () => {
    const html = `<html><head><title>تحقق</title></head><body><main><h1>هل حذرت ناسا من عاصفة شمسية؟</h1><div class="fc-body">
      <div class="verdict-box"><span class="stamp">زائف</span><span>الحكم: الادعاء لا أساس له من الصحة.</span></div>
      <div class="claim-card"><span class="k">الادعاء:</span> عاصفة شمسية تقطع الإنترنت ثلاثة أيام.</div>
      ${story.map((t) => `<p>${t}</p>`).join('')}
      <div class="fc-sources"><h4>المصادر</h4><ol><li>النشرة الصادرة عن مركز التنبؤ</li></ol></div>
      <div class="pr-about"><h3>نبذة عن الشركة</h3><p>تأسست الشركة عام 2009 في جدة وتدير شبكة من المستودعات في المملكة.</p></div>
      <p class="pr-contact">للتواصل الإعلامي: ريم الغامدي، إدارة الاتصال المؤسسي</p></div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain(story[0].slice(0, 30));
    for (const x of ['لا أساس له', 'تقطع الإنترنت', 'مركز التنبؤ', 'تأسست الشركة', 'ريم الغامدي']) expect(r.text, x).not.toContain(x);
  });
  it('takes the publication date from a last-updated stamp when the page has no other, and leaves out a correction box and footnotes', () => {
    const html = `<html><head><title>بروكسل</title></head><body><div class="date-strip">الثلاثاء 18 تشرين الثاني 2025 - العدد 9714</div><main><h1>مصطفى يبحث في بروكسل دعم المؤسسات</h1>
      <div class="author">بروكسل - مراسل الميثاق | آخر تحديث: 18-11-2025 08:00</div>
      <div class="article-body">${story.map((t) => `<p>${t}</p>`).join('')}
      <div class="correction"><h4>تصحيح وتوضيح</h4><p>ورد في نسخة سابقة من هذا الخبر أن الأعمال تبدأ في آذار 2026، والصحيح كانون الثاني.</p></div>
      <ol class="footnotes"><li id="fn1">تشمل المرحلة الأولى محطة التحلية في العقبة ومحطات الضخ.</li></ol></div></main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.published).toBe('2025-11-18T08:00');
    expect(r.text).not.toContain('آخر تحديث');
    expect(r.text).not.toContain('نسخة سابقة');
    expect(r.text).not.toContain('محطة التحلية');
  });
  it('keeps a wire dateline of a place, the date and the agency with no dash (SPA style)', () => {
    const html = `<html><head><title>أوامر ملكية</title></head><body><main><h1>أوامر ملكية: إعفاء وتعيين</h1>
      <div class="news-date">18 رمضان 1446 هـ الموافق 18 مارس 2025 م 09:47 م</div>
      <div class="news-content"><p>جدة 18 رمضان 1446 هـ الموافق 18 مارس 2025 م واس</p>${story.map((t) => `<p>${t}</p>`).join('')}</div></main></body></html>`;
    expect(detectArticle(parse(html)).text).toContain('جدة 18 رمضان 1446 هـ الموافق 18 مارس 2025 م واس');
  });
  it("drops the page's posting line above the story, and keeps the story's own place-and-date dateline", () => {
    const html = `<html><head><title>أزمة الكهرباء</title></head><body><table><tr><td><h1>الحكومة تعالج أزمة الكهرباء</h1></td></tr>
      <tr><td class="news_date">تاريخ النشر: الأحد 13 أبريل 2025 - الساعة 11:20 صباحاً | القسم: أخبار محلية | قراءات: 2418</td></tr>
      <tr><td class="news_body">عدن - الأحد 15 شوال 1446هـ الموافق 13 أبريل 2025م<br><br>${story.join('<br><br>')}</td></tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).not.toContain('قراءات');
    expect(r.text).toContain('عدن - الأحد 15 شوال 1446هـ');
    expect(r.published).toBe('2025-04-13T11:20');
  });
  it('leaves a stamp labelled as posting data out of the annotated text, keeping its date as the publication date', () => {
    const body = story.map((t) => `<p>${t}</p>`).join('');
    const labelled = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1>
      <div class="byline">الشرق اليوم - إربد | نشر في <time datetime="2025-11-03T16:20:00+03:00">3 نوفمبر 2025 - 04:20 م</time></div>
      <div class="article-body">${body}</div></main></body></html>`;
    const r = detectArticle(parse(labelled));
    expect(r.text).not.toContain('3 نوفمبر 2025');
    expect(r.published).toBe('2025-11-03T16:20');
    // (an unlabelled dateline under the headline, as the seed page prints it, stays in the story's head)
    const plain = labelled.replace('الشرق اليوم - إربد | نشر في ', '');
    expect(detectArticle(parse(plain)).text).toContain('3 نوفمبر 2025 - 04:20 م');
  });
  it('leaves a byline row\'s plain-text stamp out of the story, reading a <time> one and a stamp in the story\'s box (blind sets 546–549)', () => {
    const body = story.map((t) => `<p>${t}</p>`).join('');
    const page = (meta: string, lead = '') => `<html><head><title>خبر</title><meta property="article:published_time" content="2025-12-08T14:20:00+02:00"></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1>
      <div class="post-meta"><span class="author">كتب: محمود عبد الراضي</span> ${meta}</div>
      <div class="article-body">${lead}${body}</div></main></body></html>`;
    const text = detectArticle(parse(page('<span class="date">الاثنين، 08 ديسمبر 2025 02:20 م</span>')));
    expect(text.text).not.toContain('08 ديسمبر 2025');
    expect(text.published).toBe('2025-12-08T14:20');
    expect(text.segments.map((s) => s.kind)).toEqual(['title', 'body']);
    const timed = detectArticle(parse(page('<time datetime="2025-12-08T14:20">الاثنين، 08 ديسمبر 2025 02:20 م</time>')));
    expect(timed.segments.map((s) => s.kind)).toEqual(['title', 'dateline', 'body']);
    // (an agency's dateline opening the story's own box stays: it is the story's first line)
    const inBox = detectArticle(parse(page('', '<p>الرياض 10 جمادى الآخرة 1447 هـ الموافق 01 ديسمبر 2025 م واس</p>')));
    expect(inBox.text).toContain('الرياض 10 جمادى الآخرة 1447 هـ');
  });
});

describe('update stamps, pull-quotes and a prayer-times page (blind sets 58–62)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
  ];
  const page = (inner: string, head = '') => `<html><head><title>خبر</title>${head}</head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1><div class="article-body">${inner}</div></main></body></html>`;
  it('leaves out an update stamp under the last paragraph, and keeps a sentence that opens with نشر', () => {
    const r = detectArticle(parse(page(story.map((t) => `<p>${t}</p>`).join('') + '<p class="upd">آخر تحديث: 22 أكتوبر 2025 - 19:40 بتوقيت مكة المكرمة</p>')));
    expect(r.text).toContain(story[3].slice(0, 30));
    expect(r.text).not.toContain('آخر تحديث');
    const kept = detectArticle(parse(page(story.map((t) => `<p>${t}</p>`).join('') + '<p>نشر الجيش 500 جندي إضافي في المدينة عام 2024</p>')));
    expect(kept.text).toContain('نشر الجيش 500 جندي');
  });
  it('leaves out a pull-quote set apart with its <cite>, and keeps a quotation inside a paragraph', () => {
    const quote = '<div class="quote-card">«زكاة الفطر تخرج قبل صلاة العيد، ويجوز تعجيلها من اليوم»<cite>— عمر الدرعي</cite></div>';
    const r = detectArticle(parse(page(`<p>${story[0]}</p><p>${story[1]}</p>${quote}<p>${story[2]}</p><p>«${story[3]}»</p>`)));
    expect(r.text).not.toContain('زكاة الفطر تخرج');
    expect(r.text).toContain(story[3].slice(0, 30));
  });
  it('leaves out a reporters\' line after the story', () => {
    const r = detectArticle(parse(page(story.map((t) => `<p>${t}</p>`).join('') + '<p class="reporter">ميس العلي – رشا محفوض</p>')));
    expect(r.text).toContain(story[3].slice(0, 30));
    expect(r.text).not.toContain('رشا محفوض');
    // (a reporter's line inside the paragraph stays the story's)
    const kept = detectArticle(parse(page(story.map((t) => `<p>${t}</p>`).join('') + '<p>وقال مراسلنا <span class="reporter">أحمد سالم</span> إن الحركة عادت إلى طبيعتها في المدينة بعد الظهر.</p>')));
    expect(kept.text).toContain('أحمد سالم');
  });
  it('says a page the metadata calls a website, whose tables of times outweigh its lines about the page, is no article', () => {
    const row = (d: string) => `<tr><td>${d}</td><td>14 ذو القعدة</td><td>12 مايو</td><td>4:17</td><td>5:37</td><td>12:18</td><td>3:37</td><td>6:59</td><td>8:29</td></tr>`;
    const html = `<html><head><title>مواقيت الصلاة في مكة المكرمة</title><meta property="og:type" content="website"></head><body><main>
      <section class="card"><h1>مواقيت الصلاة في مكة المكرمة</h1><div class="daterow">الاثنين 14 ذو القعدة 1446هـ – 12 مايو 2025م</div></section>
      <section class="card"><h2>مواقيت الصلاة لهذا الأسبوع</h2><table class="week"><tr><th>اليوم</th><th>هجري</th><th>ميلادي</th><th>الفجر</th><th>الشروق</th><th>الظهر</th><th>العصر</th><th>المغرب</th><th>العشاء</th></tr>${['الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت', 'الأحد'].map(row).join('')}</table></section>
      <section class="card seo"><h2>عن مواقيت الصلاة في مكة المكرمة</h2><p>تعرض هذه الصفحة مواعيد الأذان في مكة المكرمة وفق تقويم أم القرى المعتمد في المملكة العربية السعودية، حيث يؤذن للعشاء بعد المغرب بتسعين دقيقة.</p><p>يمكنك أيضا الاطلاع على مواقيت الصلاة في المدينة المنورة والطائف وجدة.</p></section>
      </main></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(false);
    // (the same page as an article, og:type article, is judged by its text as before)
    expect(detectArticle(parse(html.replace('content="website"', 'content="article"'))).isArticle).toBe(true);
  });
});

describe('paragraphs wrapped in single-child divs, and a sign-up box (blind set 57)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
    'وأكدت مديرية الصحة أن فرق الرقابة أغلقت مطبخين مخالفين، وأحالت مالكيهما إلى النيابة العامة للتحقيق في ظروف تخزين اللحوم.',
  ];
  it('reads every paragraph of a story whose paragraphs are divs two wrappers deep, without the sign-up box between them', () => {
    const para = (t: string) => `<div><div><div class="t-x">${t}</div></div></div>`;
    const signUp = '<div class="nl-wrap"><div><div>النشرة اليومية</div><div>اشترك لتصلك كل صباح أسعار الزيت والحبوب</div><form action="#"><input type="email"> <button type="button">اشترك</button></form></div></div>';
    const html = `<html><head><title>خبر</title></head><body><div class="wr"><div role="heading" class="hd">المحافظ يأمر بالتحقيق في التسمم</div>
      <div class="pz"><div class="q7x2c">${para(story[0])}${para(story[1])}${signUp}${para(story[2])}${para(story[3])}${para(story[4])}</div></div>
      <div class="c1"><div class="bx"><h4>الأكثر قراءة</h4><div class="li">خبر أول</div><div class="li">خبر ثان</div></div></div></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    expect(r.text).not.toContain('اشترك لتصلك');
  });
});

describe('posting stamps at the foot, boxes of figures and explainers inside the story (blind sets 63–67)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
  ];
  it('leaves out «نُشر في … | آخر تحديث …» under the story, a heading-and-table box and a <details> explainer', () => {
    const box = '<div class="rates-box"><h4>أسعار الفائدة الرئيسية في دول الخليج</h4><table><tr><td>الكويت</td><td>3.50%</td></tr><tr><td>السعودية</td><td>4.25%</td></tr></table></div>';
    const details = '<details class="x"><summary>ما هي كونفدرالية دول الساحل؟</summary><p>تأسست في 6 يوليو 2024 خلال قمة في نيامي، ويبلغ عدد سكانها نحو 72 مليون نسمة.</p></details>';
    const html = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1><div class="article-body">
      <p>${story[0]}</p><p>${story[1]}</p>${box}<p>${story[2]}</p>${details}<p>${story[3]}</p>
      <p class="stamp">نُشر في: الاثنين 24 نوفمبر 2025 - 01:30 م | آخر تحديث: الاثنين 24 نوفمبر 2025 - 03:10 م</p></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    for (const out of ['أسعار الفائدة الرئيسية', 'كونفدرالية', 'نُشر في']) expect(r.text).not.toContain(out);
  });
  it('leaves out a box of figures: a label «… بالأرقام» and the list under it (blind set 69)', () => {
    const facts = '<div class="facts-head">الزيارة بالأرقام</div><ul class="facts"><li>13 مدينة بين كربلاء والنجف</li><li>4300 عجلة نقل حكومية</li></ul>';
    const html = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1><div class="txt">
      <p>${story[0]}</p><p>${story[1]}</p>${facts}<p>${story[2]}</p><ul><li>${story[3]}</li></ul></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    for (const out of ['بالأرقام', '4300 عجلة']) expect(r.text).not.toContain(out);
  });
});

describe('pointers to a next page, embedded posts and topic pages (blind sets 76–77)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
  ];
  it('leaves out «يتبع في الصفحة 2: …» at the end of a paginated story, and keeps a sentence that opens with يتبع', () => {
    const html = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1><div class="article-body">
      <p>${story[0]}</p><p>${story[1]}</p><p>يتبع ذلك اجتماع موسع للجنة الصحية في مقر المحافظة لبحث الإجراءات الوقائية المقبلة.</p><p>${story[2]}</p><p>${story[3]}</p>
      <div class="page-continue"><strong>يتبع في الصفحة 2:</strong> أهالي الضحايا يطالبون بمحاسبة المسؤولين</div></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    expect(r.text).toContain('يتبع ذلك اجتماع موسع');
    expect(r.text).not.toContain('أهالي الضحايا');
  });
  it('leaves out a social post embedded without its widget: @handle · date, the post, its time and views', () => {
    const post = '<div class="_e7"><div class="_u1">محافظة المدينة ✓ <span>@CityGov · 8 نوفمبر</span></div><div>انطلاق أعمال فرق التقصي الوبائي في أحياء المدينة #صحتك_تهمنا</div><div>9:41 ص · 8 نوفمبر 2025 · 1.2 ألف مشاهدة</div></div>';
    const html = `<html><head><title>خبر</title></head><body><div class="_w"><h1 class="_h">المحافظ يأمر بالتحقيق في التسمم</h1><div class="_b">
      <div><div class="_p">${story[0]}</div></div><div><div class="_p">${story[1]}</div></div>${post}<div><div class="_p">${story[2]}</div></div><div><div class="_p">${story[3]}</div></div></div></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    for (const out of ['@CityGov', 'انطلاق أعمال فرق', 'ألف مشاهدة']) expect(r.text).not.toContain(out);
  });
  it('reads a topic page under a one-word headline (an intro and a fact box) as no article', () => {
    const cards = Array.from({ length: 6 }, (_, k) => `<div class="card"><h3><a href="/n/${k}">عنوان خبر رقم ${k + 1} عن البلد وأحداثه الأخيرة</a></h3><p>سطر تعريفي قصير بالخبر</p></div>`).join('');
    const html = `<html><head><title>سوريا - الموقع</title></head><body><section class="hero"><h1>سوريا</h1>
      <p class="intro">تغطية مستمرة للمرحلة الانتقالية في سوريا منذ سقوط النظام السابق: السياسة والأمن والاقتصاد وعودة اللاجئين والعلاقات مع دول الجوار.</p>
      <div class="facts"><h2>بطاقة البلد</h2><dl><dt>العاصمة</dt><dd>دمشق</dd><dt>أكبر المدن</dt><dd>حلب، دمشق، حمص، اللاذقية</dd><dt>العملة</dt><dd>الليرة السورية</dd><dt>دول الجوار</dt><dd>تركيا، العراق، الأردن، لبنان</dd></dl></div>
      <p class="src">● معابر حدودية: باب الهوى، باب السلامة، كسب، نصيب، جديدة يابوس، البوكمال — المصدر: وحدة الخرائط في الموقع، تحديث تشرين الأول 2025</p></section>
      <main>${cards}</main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });
});

describe('decks, credits, pull-quotes and endnotes (blind sets 78–82)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
  ];
  it('leaves out a deck under the headline (class news-sub) and the editors\' initials with the agencies closing the story', () => {
    const html = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1>
      <p class="news-sub">الوزير يعتمد خطة طوارئ.. والأهالي: شكوانا بلا رد منذ أشهر</p><div class="article-body">
      <p>${story[0]}</p><p>${story[1]}</p><p>${story[2]}</p><p>${story[3]}</p><p>م.ش/ ع.ج.م (د ب أ، رويترز، أ ف ب)</p></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    for (const out of ['شكوانا بلا رد', 'رويترز']) expect(r.text).not.toContain(out);
  });
  it('leaves out a pull-quote with its attribution after a dash, the endnotes under «الهوامش» and the markers that point to them', () => {
    const html = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1><div class="analysis-text">
      <p>${story[0]}<sup><a href="#fn1">1</a></sup></p><p>${story[1]}</p><div class="m-quote">"لن نسمح بتكرار ما حدث" — وزير الصحة</div>
      <p>${story[2]}</p><p>${story[3]}</p><h3>الهوامش</h3><ol class="endnotes"><li id="fn1">تقرير المركز الوطني لمكافحة الأوبئة، الرياض، مارس 2025.</li></ol></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    expect(r.text).toContain('في المحافظة.\n\n');
    for (const out of ['لن نسمح بتكرار', 'الهوامش', 'الرياض، مارس 2025']) expect(r.text).not.toContain(out);
  });
});

describe('stamps, profile cards and notice boards (blind sets 83–87)', () => {
  const story = [
    'قال محافظ المدينة عقب اجتماع طارئ مع مديري الدوائر المعنية إن التحقيق سيشمل جميع المطاعم التي تقدم خدمات الولائم في المحافظة.',
    'أعلن المركز الوطني لمكافحة الأوبئة أن الفحوص الأولية ترجح الإصابة ببكتيريا السالمونيلا، مشيرا إلى ثلاث حوادث مماثلة في الشهر الماضي.',
    'روى شقيق العريس أن نحو أربعمئة مدعو حضروا الحفل وأن الوجبة قدمت قرابة الساعة السابعة من مساء الأحد، وأن والدته ما زالت تتلقى العلاج.',
    'وجه وزير الصحة فرق التقصي الوبائي بالتوجه فورا إلى المدينة، وأوعز بفتح قسم إضافي في المستشفى الحكومي لاستقبال المصابين بالتسمم.',
  ];
  it('leaves out a posting stamp in its own element, even inside the last paragraph, and a profile card', () => {
    const html = `<html><head><title>خبر</title></head><body><main><h1>المحافظ يأمر بالتحقيق في التسمم</h1><div class="article-body">
      <p>${story[0]}</p><p>${story[1]}</p><p>${story[2]}</p><p>${story[3]} <span class="upd">آخر تحديث: 08-12-2025 | 12:05</span></p>
      <p class="stamp">نُشر في: 17 سبتمبر 2025 | 9:40 م</p>
      <div class="profile-card"><h4>بطاقة تعريف</h4><p>سامي الكعبي: من مواليد العين عام 1991، درس الهندسة في جامعة خليفة.</p></div></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    for (const out of ['آخر تحديث', 'نُشر في', 'من مواليد العين']) expect(r.text).not.toContain(out);
  });
  it('reads a board of notices, each with its reference and date, as no article', () => {
    const notice = (k: number) => `<h3>إعلان بلدي عن أعمال صيانة رقم ${k}</h3><p>تدعو البلدية المواطنين إلى مراجعة قلم البلدية لإنجاز معاملاتهم خلال الدوام الرسمي قبل نهاية الشهر الجاري، ويمكن الاطلاع على التفاصيل لدى أمين الصندوق.</p><p>إعلان رقم ${110 + k}/2025 · بتاريخ ${20 + k} تشرين الأول 2025</p>`;
    const html = `<html><head><title>لوحة الإعلانات والتعاميم</title></head><body><main><h1>لوحة الإعلانات والتعاميم</h1><div class="content">${[1, 2, 3, 4].map(notice).join('')}</div></main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });
});

describe('a short story under a two-word headline', () => {
  it('stays an article when it has a paragraph of its own, even beside a feed of linked headlines', () => {
    const cards = Array.from({ length: 6 }, (_, k) => `<div class="card"><h3><a href="/n/${k}">عنوان خبر رقم ${k + 1} عن البلد وأحداثه الأخيرة</a></h3></div>`).join('');
    const para = 'ضرب زلزال بقوة 5.8 درجات على مقياس ريختر صباح اليوم الثلاثاء مدينة الحسيمة شمال المغرب، وشعر به السكان في المدن المجاورة، فيما أعلن المعهد الوطني للجيوفيزياء أن مركزه كان في البحر على عمق عشرة كيلومترات، ولم تسجل حتى الآن أي خسائر بشرية أو مادية بحسب السلطات المحلية.';
    const html = `<html><head><title>زلزال الحسيمة</title></head><body><main><h1>زلزال الحسيمة</h1><div class="article-body"><p>${para}</p></div></main><aside>${cards}</aside></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(true);
  });
});

describe('stamps without a colon and a match\'s facts (blind set 90)', () => {
  const story = [
    'خطف الفريق الضيف فوزا ثمينا من مضيفه بهدفين مقابل هدف في المباراة التي أقيمت عصر اليوم السبت على ملعب المدينة الكبير.',
    'وتقدم أصحاب الأرض في الدقيقة السابعة والعشرين إثر هجمة مرتدة سريعة قبل أن يدرك البديل التعادل للضيوف بعد الاستراحة.',
    'وقال مدرب الفريق إن لاعبيه عانوا من ضغط المباريات بعد خوض ثلاث مواجهات في ثمانية أيام، مشيدا بروح المجموعة في الدقائق الأخيرة.',
  ];
  it('leaves out a posting stamp whose date follows the label at once, and the goals and bookings box', () => {
    const html = `<html><head><title>خبر</title></head><body><main><h1>الضيوف يخطفون الفوز</h1><div class="post-content">
      <p class="post-stamp">نُشر في 29 جوان 2025 على الساعة 21:15 · آخر تحديث 29 جوان 2025 على الساعة 22:40</p>
      <p>${story[0]}</p><p>${story[1]}</p>
      <div class="box"><div>النتيجة: 1 – 2</div><div>الأهداف: كوفي منساه (27) – حسين جبار (64)</div><div>الإنذارات: ريبين سليمان، آرام كريم</div></div>
      <p>${story[2]}</p></div></main></body></html>`;
    const r = detectArticle(parse(html));
    for (const t of story) expect(r.text).toContain(t.slice(0, 30));
    for (const out of ['نُشر في', 'الإنذارات', 'الأهداف:']) expect(r.text).not.toContain(out);
  });
  it('keeps a paragraph of the story that opens with «الأهداف»', () => {
    const p = 'الأهداف التي وضعها المدرب قبل الموسم تحققت كلها تقريبا: البقاء في الصدارة، والتأهل إلى الدور الثاني من البطولة القارية، ومنح الفرصة للشبان.';
    const html = `<html><head><title>خبر</title></head><body><main><h1>الضيوف يخطفون الفوز</h1><div class="post-content"><p>${story[0]}</p><p>${p}</p><p>${story[1]}</p></div></main></body></html>`;
    expect(detectArticle(parse(html)).text).toContain(p.slice(0, 40));
  });
});

describe('a table layout with no headline element (blind set 92)', () => {
  it('reads the posting stamp above the body as the publication date, and leaves it out of the text', () => {
    const para = 'أشرف الوزير الأول صباح اليوم الأربعاء على إطلاق أشغال تأهيل المقطع الرابط بين مدينتي كيفه والطينطان، وهو مشروع ينتظره السكان منذ سنوات طويلة، وتبلغ كلفته الإجمالية نحو أربعة مليارات أوقية قديمة بحسب وزارة التجهيز والنقل.';
    const html = `<html><head><title>وكالة الحوض للأنباء :: الوزير الأول يطلق أشغال تأهيل مقطع كيفه - الطينطان من طريق الأمل</title></head><body><table><tr><td><font size="6"><b>الوزير الأول يطلق أشغال تأهيل مقطع كيفه - الطينطان من طريق الأمل</b></font></td></tr>
      <tr><td><font size="1">نشر يوم: الأربعاء 24-09-2025 على الساعة 17:45 &nbsp;|&nbsp; عدد القراءات: 1532</font></td></tr>
      <tr><td id="news_txt"><font>${para}<br><br>${para}<br><br>${para}</font></td></tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.published).toBe('2025-09-24T17:45');
    expect(r.text).not.toContain('عدد القراءات');
  });
});

describe('a video teaser in the story (blind set 95)', () => {
  it('leaves out «▶ فيديو | …» in an element of its own', () => {
    const p = 'وعقب أداء اليمين استمع المحافظ إلى مطالب وفد من أهالي القرية والنجوع المجاورة لها، وفي مقدمتها استكمال شبكة الصرف الصحي ورصف الطريق الرئيسي المؤدي إلى المدرسة الإعدادية الوحيدة في القرية.';
    const html = `<html><head><title>خبر</title></head><body><main><h1>العمدة الجديد يؤدي اليمين</h1><div class="article-body"><p>${p}</p><div class="clip">▶ فيديو | لحظة أداء العمدة اليمين أمام المحافظ (1:42)</div><p>${p}</p></div></main></body></html>`;
    expect(detectArticle(parse(html)).text).not.toContain('لحظة أداء');
  });
});

describe('bylines, comments under a plain label, a live blog with no lead (blind sets 105 and 107)', () => {
  const p = 'لقي سبعة أشخاص مصرعهم وأصيب تسعة آخرون بجروح متفاوتة في حادث تصادم بين شاحنة وحافلة صغيرة على الطريق الرابط بين بعقوبة والخالص، بحسب ما أفادت به مديرية الدفاع المدني في المحافظة صباح اليوم.';
  it('leaves out an interviewer\'s byline «حاوره:» in a story-meta row', () => {
    const html = `<html><head><title>حوار</title></head><body><article><h1>مدرب الفريق: هدفنا نصف النهائي</h1><div class="storymeta">حاوره: حسين المطرود — الرياضة — الاثنين ١٠ ربيع الآخر ١٤٤٨هـ - ٢١ سبتمبر ٢٠٢٦م</div><div class="interview-text"><p>${p}</p><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).text).not.toContain('حاوره');
  });
  it('leaves out the comments after a label that is no heading, and the form after them', () => {
    const html = `<html><head><title>خبر</title></head><body><table><tr><td><span class="title">مصرع سبعة أشخاص في حادث سير</span><br><span class="text">${p}<br><br>${p}</span><br><br>
      <div class="side_head">التعليقات (٣)</div>
      <div><span class="comment_name">أبو مصطفى</span><br><span class="small">والله نطالب بالمجسر من زمن المحافظ السابق ولا أحد يسمع</span></div>
      <div><span class="comment_name">أم زينب</span><br><span class="small">إنا لله وإنا إليه راجعون</span></div>
      <form><div>الاسم:</div><div>التعليق:</div></form></td></tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain(p.slice(0, 40));
    expect(r.text).not.toContain('نطالب بالمجسر');
    expect(r.text).not.toContain('التعليق:');
  });
  it('keeps the first entry\'s time stamp and title in a live blog whose feed opens on it', () => {
    const ld = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"LiveBlogPosting","headline":"مباشر","datePublished":"2026-01-21T07:15:00+03:00"}</script>';
    const entry = (t: string, h: string) => `<div class="entry"><time datetime="2026-01-21T${t}:00+03:00">${t}</time><h3>${h}</h3><p>${p}</p></div>`;
    const html = `<html><head><title>مباشر</title>${ld}</head><body><main><h1>مباشر | عاصفة وفيضانات في ريف حمص الغربي</h1><div class="live-feed">${entry('16:40', 'وزير الطوارئ يتفقد مراكز الإيواء في تلكلخ')}${entry('16:05', 'الرئيس يوجه بتخصيص اعتماد إسعافي للمتضررين')}</div></main></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).toContain('16:40');
    expect(t).toContain('وزير الطوارئ يتفقد');
    expect(t).toContain('16:05');
  });
});

describe('paywalls, standfirsts and credit rows (blind sets 108-110)', () => {
  const p = 'قال وزير الزراعة إن الموسم الحالي شهد توريد كميات كبيرة من القمح إلى الصوامع الحكومية في محافظات الصعيد، وإن الوزارة صرفت مستحقات المزارعين خلال يومين من التوريد بحسب ما أعلنت مديرية التموين.';
  it('leaves out a paywall notice and the locked teaser under it', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>توريد القمح يتجاوز التوقعات</h1><div class="article-body"><p>${p}</p><p>${p}</p><div class="paywall"><h3>هذا التقرير متاح كاملاً للمشتركين</h3><p>اشترك لقراءة بقية التقرير.</p></div><div class="locked-teaser"><p>وفي قسم الهدى قالت المزارعة آمنة إدريس إن...</p></div></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('للمشتركين');
    expect(t).not.toContain('آمنة إدريس');
  });
  it('leaves out a print subtitle, a standfirst that repeats the page description, and a row of labelled fields', () => {
    const dek = 'ثمانية مرشحين يتنافسون على خلافة الرئيس في انتخابات يهيمن عليها ملف الأمن والهجرة';
    const html = `<html><head><title>خبر</title><meta name="description" content="${dek}"></head><body><article><h1>ماذا نعرف عن الانتخابات الرئاسية؟</h1><p class="mn-lead">${dek}.</p><p class="print-sub">وزير التموين: صرف المستحقات خلال ٤٨ ساعة</p><div class="prog-info"><b>البرنامج:</b> سوق وميناء · <b>إعداد وتقديم:</b> عوض الجدحي · <b>إخراج:</b> مبارك بلحاف · <b>الحلقة:</b> 87</div><div class="entry-body"><p>${p}</p><p>${p}</p><p>${p}</p><p>${p}</p><p>${p}</p></div></article><aside class="sidebar"><a href="/1">خبر آخر</a></aside></body></html>`;
    const t = detectArticle(parse(html)).text;
    for (const out of ['ثمانية مرشحين', 'صرف المستحقات خلال', 'إعداد وتقديم']) expect(t).not.toContain(out);
    expect(t).toContain(p.slice(0, 40));
  });
});

describe('a print edition with only its issue line (blind set 108)', () => {
  it('takes the issue\'s date as the publication date', () => {
    const p = 'تجاوزت كميات القمح المحلي التي جرى توريدها إلى الصوامع والشون الحكومية في محافظات الصعيد مليوني طن منذ انطلاق موسم التوريد، بحسب ما أعلنته مديرية التموين في المنيا أمس الأربعاء.';
    const html = `<html><head><title>الطبعة الورقية</title></head><body><table><tr><td class="logo">الأهرام</td><td class="issue">الطبعة الورقية<br>العدد ٤٥٨١٢ — السنة ١٤٦<br>الخميس ٢٧ من ذي القعدة ١٤٤٧ هـ — ١٤ مايو ٢٠٢٦ م</td></tr></table><h1>توريد القمح يتجاوز مليوني طن</h1><div class="print-body"><p>${p}</p><p>${p}</p><p>${p}</p></div></body></html>`;
    expect(detectArticle(parse(html)).published).toBe('2026-05-14');
  });

  it('reads an issue line with a word between «العدد» and its number (blind set 489)', () => {
    const p = 'وصل رئيس الحكومة إلى دمشق أمس على رأس وفد وزاري، في أول زيارة من نوعها منذ سنوات، وعقد جلسة محادثات مع المسؤولين السوريين تناولت ترسيم الحدود وملف النازحين والموقوفين.';
    const html = `<html><head><title>الطبعة الورقية</title></head><body><table><tr><td class="logo">المشرق</td><td class="edition">يومية سياسية مستقلة – تأسست عام 1952<br>العدد الورقي 11486 – السنة الرابعة والسبعون<br>الثلاثاء 15 نيسان/أبريل 2025</td></tr></table><h1>سلام في دمشق</h1><div class="print-text"><p>${p}</p><p>${p}</p><p>${p}</p></div></body></html>`;
    expect(detectArticle(parse(html)).published).toBe('2025-04-15');
  });

  it('reads an issue line split by dashes, with the number in brackets (blind set 491)', () => {
    const p = 'عادت عشرات العائلات إلى أزقة المدينة القديمة في الموصل مع حلول شهر رمضان، بعد سنوات من النزوح، وسط أعمال ترميم تشرف عليها منظمات دولية ودوائر محلية.';
    const html = `<html><head><title>العدد الورقي</title></head><body><table><tr><td class="logo">الشرق الجديد</td><td class="edition">الخميس - 13 رمضان 1446 هـ - 13 مارس 2025 مـ - رقم العدد [17214]<br>لندن - الرياض - القاهرة</td></tr></table><h1>الموصل القديمة تستعيد رمضانها</h1><div class="print-text"><p>${p}</p><p>${p}</p><p>${p}</p></div></body></html>`;
    expect(detectArticle(parse(html)).published).toBe('2025-03-13');
  });
});

describe('datelines with the site\'s name, headline-like leads, Drupal standfirsts and dated teaser feeds (blind sets 113, 115, 117)', () => {
  const p = 'أعلنت المفوضية الوطنية العليا للانتخابات، مساء أمس السبت، النتائج الأولية لانتخابات المجالس البلدية ضمن المجموعة الثالثة، التي شملت سبع وعشرين بلدية في الجنوب والوسط، بعد اقتراع جرى وسط إجراءات أمنية مشددة.';
  it('keeps a dateline that names the site, whatever its name looks like', () => {
    const html = `<html><head><title>صدى فزان | المفوضية تعلن النتائج الأولية</title></head><body><table><tr><td><b>المفوضية تعلن النتائج الأولية</b></td></tr><tr><td id="newsbody">سبها – صدى فزان:<br><br>${p}<br><br>${p}<br><br>${p}</td></tr></table></body></html>`;
    expect(detectArticle(parse(html)).text).toContain('سبها – صدى فزان:');
  });
  it('keeps a dateline of the site\'s own report («خاص») and one with the agency\'s short name (blind sets 727, 728, 729)', () => {
    const page = (title: string, line: string) => `<html><head><title>${title} | المفوضية تعلن النتائج الأولية</title></head><body><table><tr><td><b>المفوضية تعلن النتائج الأولية</b></td></tr><tr><td id="newsbody">${line}<br><br>${p}<br><br>${p}<br><br>${p}</td></tr></table></body></html>`;
    expect(detectArticle(parse(page('شبكة الساحل', 'مصراتة - خاص'))).text).toContain('مصراتة - خاص');
    expect(detectArticle(parse(page('الميناء نت', 'عدن - الميناء نت - خاص:'))).text).toContain('عدن - الميناء نت - خاص:');
    expect(detectArticle(parse(page('وكالة أنباء الرافدين', 'دهوك - رافد'))).text).toContain('دهوك - رافد');
    // (a reporter's name after the place is no dateline, whatever the site)
    expect(detectArticle(parse(page('وكالة أنباء الرافدين', 'دهوك - رلى حداد'))).text).not.toContain('رلى حداد');
  });
  it('leaves out a headline-like lead with a colon inside, and a Drupal standfirst field', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>اتحاد الشغل يقرر إضرابا عاما</h1><p class="lead">الحمروني: «الأبواب أُغلقت من طرف واحد».. والأحمر يرد من البرلمان</p><div class="field field-name-field-chapeau"><div class="field-items"><div class="field-item even">التمست النيابة أقصى العقوبات ضد الوالي الأسبق ومستثمرين متهمين بالاستيلاء على أراض فلاحية.</div></div></div><section itemprop="articleBody"><p>${p}</p><p>${p}</p><p>${p}</p></section></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('الأبواب أُغلقت');
    expect(t).not.toContain('التمست النيابة');
    expect(t).toContain(p.slice(0, 40));
  });
  it('says no article for a feed of dated teasers that link nowhere, but keeps a live blog of one day', () => {
    const item = (d: string, h: string) => `<article class="teaser"><h3>${h}</h3><p>${p}</p><time datetime="${d}">${d}</time></article>`;
    const feed = (days: string[]) => `<html><head><title>الطقس</title></head><body><h1>حالة الطقس ومواقيت الصلاة في مدن المغرب</h1><div class="teasers">${days.map((d, k) => item(d, `عنوان الخبر رقم ${k + 1} عن الأمطار`)).join('')}</div></body></html>`;
    expect(detectArticle(parse(feed(['2025-11-23T08:15', '2025-11-22T18:40', '2025-11-21T16:05', '2025-11-20T10:00', '2025-11-19T09:00']))).isArticle).toBe(false);
    expect(detectArticle(parse(feed(['2025-11-23T18:15', '2025-11-23T16:40', '2025-11-23T15:05', '2025-11-23T12:00', '2025-11-23T09:00']))).isArticle).toBe(true);
  });
  it('says no article for a calendar of dated events sorted under month headings (blind set 232)', () => {
    const item = (d: string, k: number) => `<article class="event-card"><time datetime="${d}">${d}</time><h3>الاجتماع الوزاري رقم ${k}</h3><p>${p}</p></article>`;
    const months = ['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06'];
    const html = `<html><head><title>أجندة</title></head><body><main><h1>أجندة القمم والاجتماعات العربية 2026</h1><p class="intro">دليل لأبرز المواعيد الدبلوماسية المرتقبة خلال السنة الجديدة.</p>${months.map((m, k) => `<h2 class="month">شهر ${k + 1} 2026</h2>${item(`${m}-1${k}`, 2 * k)}${k % 2 ? item(`${m}-2${k}`, 2 * k + 1) : ''}`).join('')}</main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });
});

describe('key points above the story and a download box in it (blind sets 118, 121)', () => {
  const p = 'وقّعت المملكة العربية السعودية والجمهورية العربية السورية في الرياض، أمس الاثنين، اثنتي عشرة مذكرة تفاهم واتفاقية في مجالات الطاقة والبنية التحتية والإسكان والتمويل، خلال اجتماعات مجلس الأعمال المشترك.';
  it('leaves out a key-points box, by its class or its label', () => {
    for (const box of ['<section class="key-points"><h2>النقاط</h2><ul><li>الفالح والشعار يترأسان الاجتماعات وحصرية يلتقي السياري لبحث ربط أنظمة الدفع.</li></ul></section>', '<div class="box"><h2>النقاط الرئيسية</h2><ul><li>الفالح والشعار يترأسان الاجتماعات وحصرية يلتقي السياري لبحث ربط أنظمة الدفع.</li></ul></div>']) {
      const html = `<html><head><title>خبر</title></head><body><article><h1>اتفاقيات سعودية سورية</h1>${box}<div class="article-body"><p>${p}</p><p>${p}</p><p>${p}</p></div></article></body></html>`;
      const t = detectArticle(parse(html)).text;
      expect(t).not.toContain('يترأسان');
      expect(t).toContain(p.slice(0, 40));
    }
  });
  it('leaves out a file to download', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>قرعة الحج</h1><div class="article-body"><p>${p}</p><div class="pdf-box"><span>PDF</span><div><a href="/f.pdf">تحميل اللائحة النهائية لحجاج هذا الموسم حسب الولايات (2,1 ميغابايت)</a></div></div><p>${p}</p><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).text).not.toContain('تحميل اللائحة');
  });
});

describe('a relative time stamp, a video line, a disclaimer and a print issue number (blind sets 123, 124, 126)', () => {
  const p = 'أعلنت كتابة الدولة المكلفة بالصيد البحري، أمس الاثنين، افتتاح موسم صيد الأخطبوط الشتوي ابتداء من فاتح دجنبر المقبل، بحصة إجمالية تبلغ ثمانية وعشرين ألف طن، استنادا إلى توصيات المعهد الوطني.';
  it('takes the datetime of a <time> that only says how long ago, when nothing else dates the page', () => {
    const html = `<html><head><title>موجز</title></head><body><article><h1>افتتاح موسم الأخطبوط الشتوي</h1><div class="meta">صحراء بوست · <time datetime="2026-11-24T10:15:00+01:00">منذ 3 ساعات</time></div><div class="brief-text"><p>${p}</p><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).published).toBe('2026-11-24T10:15');
  });
  it('leaves out a video line, an opinion page\'s disclaimer and a print issue\'s number', () => {
    const html = `<html><head><title>رأي</title></head><body><article><div class="print-date">الخميس - 05 نوفمبر 2026 مـ رقم العدد [17512]</div><h1>من نيويورك إلى القدس</h1><div class="text"><p>${p}</p><div class="lb-video"><div class="player">▶</div><p>فيديو | طوابير الجوعى أمام مراكز التوزيع في رفح (تصوير: إياد البابا)</p></div><p>${p}</p><p class="disclaimer">* الآراء الواردة تعبر عن رأي كاتبها، ولا تعبر بالضرورة عن رأي «المدار».</p></div></article></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['طوابير الجوعى', 'الآراء الواردة', 'رقم العدد']) expect(r.text).not.toContain(out);
    expect(r.published).toBe('2026-11-05');
  });
});

describe('logos, captions in paragraphs, trailers, price cards, gallery lines and donation pages (blind sets 128–132)', () => {
  const p = 'وافق المجلس البلدي، في جلسته العادية التي عقدها اليوم الثلاثاء، على تخصيص ثلاث قطع أراض جديدة لمصلحة المؤسسة العامة للرعاية السكنية في مدينة جنوب سعد العبدالله، تكفي لإنشاء نحو اثني عشر ألف وحدة سكنية.';
  it('does not take a heading that is one link to the front page for the headline', () => {
    const html = `<html><head><title>«التمييز» تؤيد حبس مزور جنسية سبع سنوات | المرقاب</title></head><body><header class="site"><h1><a href="/">المرقاب<small>جريدة كويتية يومية شاملة</small></a></h1></header><article><h2>«التمييز» تؤيد حبس مزور جنسية سبع سنوات</h2><div class="body"><p>${p}</p><p>${p}</p><p>${p}</p></div></article></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.title).toBe('«التمييز» تؤيد حبس مزور جنسية سبع سنوات');
    expect(r.text).not.toContain('جريدة كويتية');
  });
  it('leaves out an image\'s caption in a paragraph, a trailer, a price card and a gallery line', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>البلدي يوافق على تخصيص أراض</h1><div id="content_text"><p>${p}</p><p class="pic"><img src="x.jpg" alt=""><br><em>الهاجري مترئساً جلسة المجلس البلدي (تصوير: بدر الرفاعي)</em></p><p>${p}</p><div class="trailer"><span>▶ شاهد الإعلان الترويجي لفيلم «غبار المرفأ» - المدة 2:14</span></div><div class="stock-card">أكوا باور | 2082 | 412.00 ريال ▲ 3.10%</div><div class="gallery"><div class="ph"></div><p>صور من مسيرة الشربيني: مع فرقة رضا في باريس، وفي استوديو الإذاعة بماسبيرو</p></div><p>${p}</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    for (const out of ['مترئساً', 'الإعلان الترويجي', 'أكوا باور', 'فرقة رضا']) expect(t).not.toContain(out);
  });
  it('says no article for a call for donations', () => {
    const html = `<html><head><title>تبرع</title></head><body><main><h1>تبرّع الآن: ساعد الأسر السودانية اللاجئة في تشاد هذا الشتاء</h1><div class="appeal"><p>${p}</p><p>🔒 دفع آمن · بطاقات فيزا وماستركارد · تبرعك معفى من الضرائب</p><p>${p}</p></div></main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });
});

describe('a video\'s transcript, a list of works and a wire\'s closing credit (blind sets 155–157)', () => {
  const p = 'أعلنت الجالية الفلسطينية في سانتياغو اليوم برنامجا جديدا لدعم الطلاب القادمين من الضفة الغربية بعد أشهر من التحضير.';
  it('leaves them out and keeps the story around them', () => {
    const html = `<html><body><h1>الجالية في تشيلي</h1><div class="article-body"><p>${p}</p>
      <div class="video-transcript"><h4>نص الفيديو</h4><p>المراسلة: نحن الآن في مدرجات الملعب حيث رفع آلاف المشجعين الأعلام الفلسطينية والكوفيات في المباراة.</p></div>
      <p>${p.replace('اليوم', 'أمس')}</p>
      <div class="box"><h4>من أعماله</h4><ul><li>«أغاني الطين» – شعر – بغداد ١٩٦٩</li><li>«مراثي القصب» – شعر – بيروت ١٩٧٤</li></ul></div>
      <p>${p.replace('جديدا', 'ثانيا')}</p>
      <p>(تغطية صحفية: أحمد الغامدي وإيلين بلاك في الرياض - إعداد للنشرة العربية: ليلى بسام - تحرير: رحاب علاء)</p></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['نص الفيديو', 'مدرجات الملعب', 'من أعماله', 'مراثي القصب', 'تغطية صحفية', 'رحاب علاء']) expect(r.text, out).not.toContain(out);
    for (const kept of ['برنامجا جديدا', 'برنامجا ثانيا', 'أمس برنامجا']) expect(r.text, kept).toContain(kept);
  });
});

describe('a calculator in the story; a feed of dated cards (blind sets 159, 161)', () => {
  const p = 'أعلنت وزارة الإسكان اليوم برنامجا جديدا لدعم الأسر في شراء الشقق الأولى بعد أشهر من النقاش في البرلمان والحكومة.';
  it('leaves out a box of form fields', () => {
    const html = `<html><body><h1>دعم السكن</h1><div class="article-content"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p>
      <div class="mortgage-calc"><h4>احسب قسطك الشهري قبل زيارة البنك</h4><label>ثمن الشقة</label><input type="number" value="450000"><label>المدة</label><select><option>25</option></select><button>احسب</button><div>القسط الشهري التقديري: 2.178 درهم</div></div>
      <p>${p.replace('جديدا', 'ثانيا')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).not.toContain('احسب قسطك');
    expect(r.text).toContain('برنامجا ثانيا');
  });
  it('says no article for cards with a linked heading and a date each, in a grid or a list of <article>s', () => {
    const card = (k: number, tag = 'div') => `<${tag} class="card"><h3><a href="/n/${k}">عنوان الخبر رقم ${k} عن العلاقات الاقتصادية</a></h3><p>${p.replace('اليوم', `في اليوم ${k}`)}</p><time datetime="2026-11-${10 + k}T10:00:00+04:00">${10 + k} نوفمبر 2026</time></${tag}>`;
    const grid = `<html><body><header><nav><a href="/">الرئيسية</a></nav></header><main><h1>اليابان</h1><div class="grid">${[1, 2, 3, 4, 5, 6].map((k) => card(k)).join('')}</div></main></body></html>`;
    expect(detectArticle(parse(grid)).isArticle).toBe(false);
    const listing = `<html><body><main><h1>شقق للبيع في عمان</h1>${[1, 2, 3, 4, 5].map((k) => card(k, 'article')).join('')}</main></body></html>`;
    expect(detectArticle(parse(listing)).isArticle).toBe(false);
    // (a story among related cards holds most of their text: still a story)
    const story = `<html><body><main><article><h1>برنامج جديد لدعم الأسر</h1><time datetime="2026-11-20T10:00:00+04:00">20 نوفمبر</time><div class="article-body">${[1, 2, 3, 4, 5, 6].map(() => `<p>${p}</p>`).join('')}</div></article><section class="related">${[1, 2, 3, 4].map((k) => card(k)).join('')}</section></main></body></html>`;
    expect(detectArticle(parse(story)).isArticle).toBe(true);
  });
});

describe('a «▶ شاهد أيضا» carousel and a «للتواصل» box (blind set 163)', () => {
  it('leaves them out', () => {
    const p = 'قالت وزارة الزراعة اليوم إن التقديرات الأولية لموسم الزيتون الحالي تشير إلى إنتاج أقل من نصف إنتاج الموسم الماضي.';
    const html = `<html><body><h1>موسم الزيتون</h1><div class="article-body"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p>
      <div class="carousel-x"><h4>▶ شاهد أيضا</h4><div><p>معصرة أبو جابر في عرابة تعمل على مدار الساعة</p></div></div>
      <p>${p.replace('الحالي', 'المقبل')}</p>
      <div class="box-x"><h4>للتواصل</h4>المكتب الإعلامي – وزارة الزراعة<br>بئر حسن، بيروت<br>مسؤولة الإعلام: جنى الحاج</div></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['معصرة أبو جابر', 'بئر حسن', 'جنى الحاج']) expect(r.text, out).not.toContain(out);
    expect(r.text).toContain('الزيتون المقبل');
  });
});

describe('a «كيف تحمي نفسك؟» or «نصائح للمستهلك» tips box (blind sets 169, 186)', () => {
  it('leaves it out', () => {
    const p = 'أعلنت مديرية مكافحة الجرائم الإلكترونية اليوم تفكيك شبكة احتيال استهدفت عملاء المصارف عبر رسائل نصية مزيفة.';
    for (const label of ['كيف تحمي نفسك؟', 'نصائح للمستهلك']) {
      const html = `<html><body><h1>تفكيك شبكة احتيال</h1><div class="article-body"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p>
        <div class="box-y"><h4>${label}</h4><ul><li>لا تشارك رمز التحقق مع أي شخص.</li><li>بلّغ عن أي محاولة احتيال عبر الرقم المجاني.</li></ul></div>
        <p>${p.replace('تفكيك', 'ملاحقة')}</p></div></body></html>`;
      const r = detectArticle(parse(html));
      for (const out of [label, 'رمز التحقق']) expect(r.text, out).not.toContain(out);
      expect(r.text).toContain('ملاحقة شبكة');
    }
  });
});

describe('a result button, a box of questions, and a review\'s verdict (blind sets 174, 175)', () => {
  const p = 'أعلنت وزارة التربية والتعليم اليوم نتائج امتحان الثانوية العامة بنسبة نجاح بلغت 65 بالمئة في الفرع العلمي.';
  it('leaves out a call-to-action button and a questions box whose heading stays outside the <details>', () => {
    const html = `<html><body><h1>نتائج التوجيهي</h1><div class="article-body"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p>
      <div class="result-cta"><a class="btn" href="/r">رابط النتيجة</a><small>اضغط هنا للاستعلام عن نتيجتك</small></div>
      <p>${p.replace('أعلنت', 'نشرت')}</p>
      <section class="box-q"><h2>أسئلة شائعة حول الامتحان</h2><details><summary>متى تعلن النتائج؟</summary><p>في تموز عادة.</p></details></section></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['رابط النتيجة', 'اضغط هنا', 'أسئلة شائعة', 'متى تعلن']) expect(r.text, out).not.toContain(out);
    expect(r.text).toContain('نشرت وزارة');
  });

  it('keeps a review\'s verdict of its own paragraphs, and still leaves out a fact-check\'s one-line verdict', () => {
    const verdict = 'تقدم السيارة المجمعة محليا صفقة أفضل من سابقتها المستوردة: تجهيزات غنية وسعر أقل وضمان طويل، لكنها لم تتخلص من تردد ناقل الحركة في الزحام، وإذا كان الاستهلاك أولويتك فهي خيار منطقي في فئتها هذا العام.';
    const html = `<html><body><h1>تجربة قيادة</h1><div class="article-body"><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p><p>${p.replace('أعلنت', 'نشرت')}</p><p>${p.replace('أعلنت', 'أكدت')}</p>
      <section class="verdict"><h2>الحكم النهائي</h2><p>${verdict}</p><ul><li>سعر أقل</li><li>ضمان أطول</li></ul></section></div></body></html>`;
    expect(detectArticle(parse(html)).text).toContain('تقدم السيارة المجمعة محليا');
    const fc = `<html><body><h1>هل تقطع العاصفة الإنترنت؟</h1><div class="article-body"><div class="verdict-box"><span>زائف</span><span>الحكم: الادعاء لا أساس له.</span></div><p>${p}</p><p>${p.replace('اليوم', 'أمس')}</p><p>${p.replace('أعلنت', 'نشرت')}</p><p>${p.replace('أعلنت', 'أكدت')}</p></div></body></html>`;
    expect(detectArticle(parse(fc)).text).not.toContain('الادعاء لا أساس');
  });
});

describe('photo essays, lookbooks, product cards and a feed of link-headed teasers (blind sets 178, 179, 182)', () => {
  const p = 'في غابات الأرز الممتدة بين إفران وأزرو وعين اللوح يعيش آخر معاقل قرد المكاك البربري في شمال إفريقيا منذ قرون طويلة.';
  const cap = (k: number) => `<figure class="essay-photo"><div class="ph"></div><figcaption><span class="cap-num">${k}/3</span><span class="cap-text">عند أرزة غورو، على بعد كيلومترات قليلة من مدينة أزرو، تتجمع مجموعة من القردة رقم ${k} كل صباح في انتظار السياح وما يحملونه من طعام، ويقول الحارس إدريس بنحدو إن الإطعام يغير سلوكها ويجعلها أكثر عدوانية مع الزوار والسكان.</span><span class="photo-credit">تصوير: أيوب الشرقاوي</span></figcaption></figure>`;
  it('keeps the long captions of a photo essay, not their credits', () => {
    const html = `<html><body><article class="essay"><h1>قرد الأطلس</h1><div class="essay-intro"><p>${p}</p></div>${cap(1)}${cap(2)}${cap(3)}<div class="essay-outro"><p>${p.replace('في غابات', 'وفي غابات')}</p></div></article></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('القردة رقم 2');
    expect(r.text).not.toContain('تصوير: أيوب');
  });

  it('leaves out a lookbook\'s short captions and a shop\'s product cards set between paragraphs', () => {
    const html = `<html><body><h1>ليلة الطرز الفاسي</h1><div class="article-body"><p>${p}</p><p>${p.replace('يعيش', 'تعيش')}</p>
      <div class="lookbook"><h3>ألبوم الصور: إطلالات من العرض</h3><div class="grid"><figure><figcaption>قفطان من الموبرة الزرقاء</figcaption></figure></div></div>
      <div class="shop-strip">منتجات من المعرض متاحة للشراء أونلاين · محتوى إعلاني</div>
      <div class="product-card"><h4>شال أخميمي قطن مصري</h4><div class="seller">من ورشة عم مكرم - أخميم</div><a class="btn" href="/p">تسوق الآن</a></div>
      <p>${p.replace('في غابات', 'وفي غابات')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['ألبوم الصور', 'قفطان من الموبرة', 'منتجات من المعرض', 'شال أخميمي', 'عم مكرم']) expect(r.text, out).not.toContain(out);
    expect(r.text).toContain('وفي غابات');
  });

  it('reads a page of teasers whose headline is a link first in each card, each with its own date, as no article', () => {
    const teaser = (k: number) => `<div class="teaser"><a href="/n${k}">عنوان الخبر رقم ${k} عن جاهزية مراكز الدفاع المدني</a><p>${p}</p><time datetime="2026-11-2${k}">2${k} تشرين الثاني 2026</time></div>`;
    const html = `<html><body><main><h1>أرقام الطوارئ في محافظات المملكة</h1><section class="more-news"><h3>آخر الأخبار</h3>${[1, 2, 3, 4, 5].map(teaser).join('')}</section></main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });
});

describe('a live price board, a sign-language note, a quote card and a quoted outlet in the dateline (blind sets 189, 190)', () => {
  const p = 'أكد وزير الطاقة أن الدولة ماضية في دعم استقرار أسواق النفط العالمية بالتنسيق مع الدول المنتجة خلال العام المقبل.';
  it('leaves out the boxes', () => {
    const more = ['وأوضح', 'وبين', 'وأشار', 'ولفت', 'وأضاف'].map((v) => `<p>${p.replace('أكد', v)}</p>`).join('');
    const html = `<html><body><h1>أوبك+ تمدد الخفض</h1><div class="article-body"><p>${p}</p>${more}
      <div class="sign-video-note"><strong>هذا الخبر متاح بلغة الإشارة</strong> شاهد ملخص الخبر مترجما</div>
      <p>${p.replace('أكد', 'وأكد')}</p>
      <div class="box-p"><div>مباشر | أسعار النفط الآن</div><table><tr><td>برنت</td><td>67.12 $</td><td>▼ 0.48%</td></tr><tr><td>خام البصرة المتوسط</td><td>66.35 $</td><td>▲ 0.12%</td></tr><tr><td>سلة أوبك</td><td>67.88 $</td><td>▼ 0.22%</td></tr></table></div>
      <div class="quote-card"><blockquote>«لم أكن أعرف أن ابنتي تحلم»</blockquote><p>فاطمة أوبلا، أم إحدى المستفيدات</p></div>
      <p>${p.replace('أكد', 'وشدد')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['لغة الإشارة', 'أسعار النفط الآن', 'خام البصرة', 'لم أكن أعرف', 'فاطمة أوبلا']) expect(r.text, out).not.toContain(out);
    expect(r.text).toContain('وشدد وزير');
  });

  it('keeps a dateline that names the paper in quotes', () => {
    const html = `<html><body><h1>أوبك+ تمدد الخفض</h1><div class="article-content"><p><b>فيينا - «الخليج»:</b></p><p>${p}</p><p>${p.replace('أكد', 'وأكد')}</p><p>${p.replace('أكد', 'وشدد')}</p></div></body></html>`;
    expect(detectArticle(parse(html)).text).toContain('فيينا - «الخليج»:');
  });
});

describe('italic captions with no picture, a dashed ad label and a timetable box (blind sets 193, 194, 196)', () => {
  const p = 'بحث وزير الخارجية مع المفوض العام للوكالة سبل دعم عملها في مخيمات اللاجئين خلال العام المقبل في ظل العجز المالي.';
  const more = ['وأوضح', 'وبين', 'وأشار', 'ولفت'].map((v) => `<p>${p.replace('بحث', v)}</p>`).join('');
  it('leaves them out, and keeps an italic verse', () => {
    const html = `<html><body><h1>دعم الأونروا</h1><div class="article-body"><p>${p}</p>${more}
      <p><em>الوزير والمفوض العام خلال لقائهما في مقر الوزارة أمس (بترا)</em></p>
      <div class="ad-x">— إعلان —</div>
      <div class="box-t"><h4>مواعيد الرحلات الجديدة</h4><table><thead><tr><th>الرحلة</th><th>الإقلاع</th></tr></thead><tbody><tr><td>SV1561</td><td>07:25</td></tr></tbody></table><small>المصدر: الخطوط السعودية</small></div>
      <p class="verse"><em>يا مأرب العز إن الصلح مكرمة ... والثأر نار على الأحياء تضطرم</em></p>
      <p>${p.replace('بحث', 'وشدد')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['خلال لقائهما', 'إعلان', 'مواعيد الرحلات', 'SV1561', 'المصدر: الخطوط']) expect(r.text, out).not.toContain(out);
    expect(r.text).toContain('يا مأرب العز');
    expect(r.text).toContain('وشدد وزير');
  });
});

describe('an embassy\'s contact box and a live-timing board (blind sets 201, 202)', () => {
  const p = 'استأنفت السفارة الأردنية في الجزائر اليوم منح التأشيرات للمواطنين الجزائريين بعد توقف دام أشهرا بسبب أعمال الصيانة.';
  const more = ['وأوضح', 'وبين', 'وأشار', 'ولفت'].map((v) => `<p>${p.replace('استأنفت', v + ' أن السفارة استأنفت')}</p>`).join('');
  it('leaves them out', () => {
    const html = `<html><body><h1>استئناف التأشيرات</h1><div class="article-body"><p>${p}</p>${more}
      <div class="box-e"><h4>سفارة الأردن بالجزائر – القسم القنصلي</h4><ul><li>العنوان: 6 نهج الشهيد محمد بوسليماني، حيدرة</li><li>الهاتف: 023 47 12 30</li><li>استقبال الجمهور: من الأحد إلى الخميس</li></ul></div>
      <div class="live-timing"><div>● مباشر | التوقيت الحي</div><table><tr><td>1</td><td>أوسكار بياستري</td></tr></table></div>
      <p>${p.replace('استأنفت', 'وشدد على أن السفارة استأنفت')}</p></div></body></html>`;
    const r = detectArticle(parse(html));
    for (const out of ['القسم القنصلي', 'نهج الشهيد', 'استقبال الجمهور', 'التوقيت الحي', 'بياستري']) expect(r.text, out).not.toContain(out);
    expect(r.text).toContain('وشدد على');
  });
});

describe('a dateline paragraph with its place, an editor\'s note and a list of sources (blind sets 235, 237)', () => {
  const p = 'افتتح أمير المنطقة اليوم فعاليات مهرجان الزيتون في نسخته الثامنة عشرة، الذي تنظمه أمانة المنطقة بالشراكة مع وزارة البيئة والمياه والزراعة، ويستمر عشرة أيام بمشاركة مئة وخمسين مزارعا.';
  it('keeps the place that opens a dateline paragraph of the body', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>افتتاح مهرجان الزيتون</h1><div class="news-text"><p>سكاكا 12 جمادى الأولى 1447 هـ الموافق 03 نوفمبر 2025 م واس</p><p>${p}</p><p>${p}</p><p>${p}</p></div></article></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('سكاكا 12 جمادى الأولى 1447 هـ');
    expect(r.published).toBe('2025-11-03');
  });
  it('leaves out an editor\'s note labelled تنويه and a line that lists the sources', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>أسعار التمور</h1><div class="news-text"><p>${p}</p><p>${p}</p><p>${p}</p><p><strong>تنويه:</strong> الأسعار الواردة في هذا التقرير رصدها محرر الصحيفة من ساحات المزاد، وهي أسعار استرشادية تتغير بحسب العرض والطلب.</p><p class="src">المصدر: الصحافة الفرنسية + الصحافة البريطانية + الصحافة الأميركية + الصحافة الروسية</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('استرشادية');
    expect(t).not.toContain('الصحافة الروسية');
    expect(t).toContain(p.slice(0, 40));
  });
});

describe('an advertiser\'s labelled line, a «هامش:» note and a «من نحن» box in the story (blind sets 241, 246)', () => {
  const p = 'شرع نواب المجلس الشعبي الوطني، صباح اليوم الثلاثاء، في جلسة علنية ترأسها رئيس المجلس في مناقشة مشروع القانون العضوي المتعلق بالأحزاب السياسية، بحضور وزير الداخلية والجماعات المحلية.';
  it('leaves them out and keeps the story', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="td-post-content"><p>${p}</p><div class="td-a-rec">إعلان - موبيليس: استمتع بالجيل الخامس في 10 ولايات</div><p>${p}</p><p>${p}</p><p class="hamesh"><strong>هامش:</strong> يضم المجلس في عهدته التاسعة 407 نواب، تتوزع مقاعدهم بين حزب جبهة التحرير الوطني (98 مقعدا) والمستقلين (84 مقعدا) وحركة مجتمع السلم (65 مقعدا) والتجمع الوطني الديمقراطي (58 مقعدا) وجبهة المستقبل (48 مقعدا) وحركة البناء الوطني (39 مقعدا)، حسب النتائج النهائية لتشريعيات 12 جوان 2021.</p><div class="about-box"><h4>من نحن</h4><p>«اللؤلؤة» صحيفة يومية سياسية شاملة تصدر في الدوحة منذ 2006 عن دار اللؤلؤة للطباعة والنشر.</p></div></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    for (const x of ['موبيليس', 'عهدته التاسعة', 'صحيفة يومية سياسية']) expect(t).not.toContain(x);
    expect(t).toContain(p.slice(0, 40));
  });
  it('leaves out an advertiser\'s line whose label a middle dot closes (blind set 385)', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="td-post-content"><p>${p}</p><div class="td-a-rec">إعلان · أوريدو تونس: عروض العودة المدرسية بداية من 19 دينارا</div><p>${p}</p><p>${p}</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('أوريدو');
    expect(t).toContain(p.slice(0, 40));
  });
});

describe('a pagination bar and a line of hashtags after the story (blind set 279)', () => {
  it('drops «الصفحة 1 من 2» with its next-page teaser, and a paragraph of hashtags, keeping a hashtag inside the text', () => {
    const p = 'قال المحافظ إن مستوطنين أقاموا خلال الأسبوعين الماضيين بؤرتين رعويتين جديدتين قرب خربة سمرة، ومنعوا رعاة الأغنام من الوصول إلى المراعي في موسم الزيتون.';
    const r = detectArticle(parse(`<html><body><h1>موسم الزيتون تحت الحصار</h1><div class="entry-content"><p>${p}</p><p>${p} وتصدر وسم <a class="hashtag" href="/tag/x">#بيتا</a> النقاشات.</p><p>${p}</p>
      <p class="hashtags"><a href="/tag/a">#نابلس</a> <a href="/tag/b">#الشكعة</a></p>
      <div class="page-links"><span>الصفحة 1 من 2</span> <a href="/2/">التالي</a><span class="next-teaser">في الصفحة التالية: ماذا قال ويتكوف عن معبر رفح</span></div></div></body></html>`));
    expect(r.text).toContain('#بيتا');
    for (const leak of ['#الشكعة', 'الصفحة 1 من 2', 'ويتكوف']) expect(r.text).not.toContain(leak);
  });
});

describe('the rest of a story in <noscript> (blind set 287)', () => {
  const p = 'وقال المحافظ إن الشحنة الأولى من السيولة ستصل خلال الأيام المقبلة إلى غريان والزنتان ومصراتة، على أن توزع على فروع المصارف التجارية وفق جدول زمني معلن.';
  it('reads the paragraphs a parser without scripts finds in <noscript>', () => {
    const r = detectArticle(parse(`<html><body><h1>السيولة تصل إلى الجنوب</h1><div class="post-body"><p>${p}</p><p>${p}</p><div class="lazy-loader">جارٍ تحميل بقية المقال…</div><noscript><p>وقال المزارع ميلاد أبو زريبة إنه باع محصوله بصكوك مصدقة. ${p}</p><p>${p}</p></noscript></div></body></html>`));
    expect(r.text).toContain('ميلاد أبو زريبة');
  });
});

describe('a Blogger post\'s date (blind set 284)', () => {
  it('reads the date in the title of <abbr class="published">', () => {
    const p = 'تتفاقم أزمة المياه في عدد من قرى قضاء الشوف مع دخول موجة الحر أسبوعها الثالث، إذ جفت الخزانات في منازل الباروك والفريديس وعين زحلتا ومرستي.';
    const r = detectArticle(parse(`<html><body><h2 class="date-header"><span>الثلاثاء، 12 آب 2025</span></h2><h3 class="post-title">العطش يضرب قرى الشوف</h3><div class="post-body"><p>${p}</p><p>${p}</p><p>${p}</p></div><div class="post-footer"><span class="post-timestamp">في <a class="timestamp-link" href="/2025/08/x.html"><abbr class="published" itemprop="datePublished" title="2025-08-12T09:40:00+03:00">9:40 ص</abbr></a></span></div></body></html>`));
    expect(r.published).toBe('2025-08-12T09:40');
  });
});

describe('a site name in the <h1>, a live vote tally in the story (blind sets 290, 291)', () => {
  const p = 'شهد صاحب السمو الشيخ محمد بن راشد آل مكتوم أمس افتتاح الدورة التاسعة عشرة من معرض دبي للطيران، بمشاركة أكثر من ألف وخمسمئة عارض من مختلف دول العالم.';
  it('takes the story\'s <h2> for the headline when the <h1> is og:site_name and its motto', () => {
    const r = detectArticle(parse(`<html><head><title>البيان اليوم | اقتصاد</title><meta property="og:site_name" content="البيان اليوم"></head><body><header class="site-header"><h1>البيان اليوم<span>صحيفة يومية تصدر من دبي</span></h1></header><article class="story"><h2 class="story-title">«طيران الإمارات» تطلب 65 طائرة في افتتاح معرض دبي للطيران</h2><div class="article__content"><p>${p}</p><p>${p}</p><p>${p}</p></div></article></body></html>`));
    expect(r.title).toBe('«طيران الإمارات» تطلب 65 طائرة في افتتاح معرض دبي للطيران');
  });
  it('leaves out a live vote tally set in the story', () => {
    const r = detectArticle(parse(`<html><body><h1>النواب يقرون الموازنة</h1><div class="article-text"><p>${p}</p><p>${p}</p><div class="vote-live"><div class="vl-head"><strong>نتائج التصويت - مباشر</strong><span>آخر تحديث: ٦:٥٢ م</span></div><table><tr><th>الكتلة</th><th>موافق</th></tr><tr><td>كتلة الميثاق</td><td>21</td></tr></table></div><p>${p}</p></div></body></html>`));
    expect(r.text).not.toContain('نتائج التصويت');
  });
});

describe('a list of notices, each an <article> with its heading and date (blind set 292)', () => {
  it('says a ministry\'s tenders page is no article', () => {
    const item = (n: number) => `<article class="tender"><div class="type">مناقصة وطنية مفتوحة رقم ${n}/2025</div><h2>إنجاز الطريق الوطني رقم ${n} بين عين صالح وتمنراست – الشطر ${n}</h2><p>تعلن مديرية الأشغال العمومية لولاية عين صالح عن مناقصة وطنية ودولية لإنجاز الشطر الثالث من ازدواجية الطريق الوطني، في إطار استكمال الطريق العابر للصحراء، تنفيذا لتعليمات الوزير خلال زيارته للولاية في ماي الماضي، ويمكن للمتعهدين سحب دفتر الشروط من مقر المديرية.</p><div class="meta"><span>تاريخ النشر: <time datetime="2025-06-${10 + n}">${10 + n} جوان 2025</time></span></div></article>`;
    const r = detectArticle(parse(`<html><body><h1>إعلانات المناقصات</h1><div class="tenders">${[1, 2, 3, 4, 5, 6].map(item).join('')}</div></body></html>`));
    expect(r.isArticle).toBe(false);
  });
});

describe('an interactive map with its pins set in the story (blind set 298)', () => {
  it('leaves out the map\'s heading and pins', () => {
    const p = 'أعلن وزير السياحة المصري أن خط الرحلات البحرية الجديد سيربط موانئ البحر الأحمر في البلدين اعتبارا من الموسم المقبل، بمشاركة شركات سعودية ومصرية.';
    const r = detectArticle(parse(`<html><body><h1>خط بحري جديد</h1><div class="article-body"><p>${p}</p><p>${p}</p><div class="interactive-map" id="m"><div class="map-head">الخريطة التفاعلية: مسار خط الرحلات البحرية المقترح</div><div class="map-canvas"><span class="pin">شرم الشيخ</span><span class="pin">الغردقة</span></div></div><p>${p}</p></div></body></html>`));
    expect(r.text).not.toContain('الخريطة التفاعلية');
    expect(r.text).not.toContain('الغردقة');
  });
});

describe('a read-also link in brackets inside the story (blind set 304)', () => {
  it('leaves out «(اقرأ أيضاً: <a>…</a>)»', () => {
    const p = 'قالت رئيسة دار الأوبرا المصرية إن أوركسترا القاهرة السيمفوني تقدم حفلها الأول على مسرح دار أوبرا دبي مساء الجمعة المقبل، بمشاركة نخبة من العازفين والمغنين المصريين.';
    const r = detectArticle(parse(`<html><body><h1>الأوركسترا في دبي</h1><div class="article-body"><p>${p}</p><p>${p}</p><p>${p}</p><p class="source-line">(اقرأ أيضاً: <a href="/n/7781">أوبرا القاهرة تعلن برنامج مهرجان الموسيقى العربية</a>)</p></div></body></html>`));
    expect(r.text).not.toContain('تعلن برنامج');
    expect(r.text).toContain('مساء الجمعة المقبل');
  });
});

describe('a dateline of its own line opening the body (blind set 312)', () => {
  it('reads «الرباط - الجمعة 14 نونبر 2025» as the publication day when the page has no other date', () => {
    const p = 'أجرى وزير الشؤون الخارجية اليوم بمقر الوزارة بالرباط مباحثات مع نظيره الغاني، الذي يقوم بزيارة عمل إلى المملكة تستمر يومين، تناولت سبل تعزيز التعاون الثنائي.';
    const r = detectArticle(parse(`<html><body><h1>بوريطة ونظيره الغاني يوقعان خارطة طريق</h1><div class="article-body"><p><b>الرباط - الجمعة 14 نونبر 2025</b><br>${p}</p><p>${p}</p><p>${p}</p></div></body></html>`));
    expect(r.published).toBe('2025-11-14');
    expect(r.text).toContain('الرباط - الجمعة 14 نونبر 2025');
    // (also closed by a second dash on the story's first line)
    const r2 = detectArticle(parse(`<html><body><h1>بعثة صندوق النقد تختتم زيارتها</h1><div class="article-body"><p>بيروت – الخميس 13 تشرين الثاني 2025 – ${p}</p><p>${p}</p><p>${p}</p></div></body></html>`));
    expect(r2.published).toBe('2025-11-13');
  });
});

describe('an e-services page (blind set 329)', () => {
  it('says a municipality\'s «الخدمات الإلكترونية» page is no article', () => {
    const card = (n: number) => `<div class="card"><h3>خدمة رقم ${n}</h3><p>إصدار وتجديد رخص المحلات التجارية والمطاعم والورش في جازان وصبيا وأبو عريش وصامطة وسائر المحافظات إلكترونياً بعد اعتماد المخططات من مكتب هندسي معتمد.</p></div>`;
    const r = detectArticle(parse(`<html><body><div class="page"><h1>الخدمات الإلكترونية</h1><p class="intro">تتيح أمانة منطقة جازان لعملائها من الأفراد وقطاع الأعمال إنجاز معاملاتهم البلدية إلكترونياً دون الحاجة إلى مراجعة مقار الأمانة والبلديات التابعة لها في المحافظات.</p><div class="grid">${[1, 2, 3, 4, 5, 6, 7, 8].map(card).join('')}</div></div></body></html>`));
    expect(r.isArticle).toBe(false);
  });
});

describe('a list the story announces with a colon, whatever its class (blind set 391)', () => {
  it('keeps «<ul class="squad">» after «… على النحو التالي:» in the body', () => {
    const p = 'أعلن الناخب الوطني ظهر اليوم الثلاثاء قائمة تضم اثنين وعشرين لاعبا تحسبا للجولتين الأخيرتين من تصفيات كأس العالم، وشهدت القائمة أول استدعاء لحارس مرمى جديد.';
    const html = `<html><body><article><h1>قائمة الخضر</h1><div class="entry-content"><p>${p}</p><p>${p}</p><p>وجاءت قائمة اللاعبين المستدعين على النحو التالي:</p><ul class="squad"><li><b>الدفاع:</b> عيسى ماندي (ليل الفرنسي)، رامي بن سبعيني (بوروسيا دورتموند الألماني).</li><li><b>الوسط:</b> رامز زروقي (فينورد الهولندي).</li></ul><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).text).toContain('عيسى ماندي');
  });
});


describe('a chart\'s note and a video teaser labelled «شاهد أيضاً» in the story (blind sets 398, 399, 401)', () => {
  it('leaves both out and keeps the story', () => {
    const p = 'وأوضح رئيس الجمعية أن فنادق الخمس نجوم العاملة في المنطقة سجلت نسب إشغال مرتفعة خلال عطلة العيد، مقارنة بالفترة ذاتها من العام الماضي، بفضل السياحة الداخلية.';
    const html = `<html><body><article><h1>إشغال فنادق البحر الميت</h1><div class="article-body"><p>${p}</p><div class="inline-chart-note"><div class="chart" role="img" aria-label="رسم بياني"></div><p>رسم بياني: نسب الإشغال الشهرية في فنادق المنطقة (المصدر: الجمعية)</p></div><p>${p}</p><div class="inline-video">▶ <b>شاهد أيضاً:</b> جولة في منتجعات الشاطئ الشرقي مع الخبير البيئي رامي العكشة</div><p>${p}</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('نسب الإشغال الشهرية');
    expect(t).not.toContain('رامي العكشة');
    expect(t).toContain(p.slice(0, 40));
  });
});

describe('a court\'s verdicts listed after «بما يلي:» (blind set 403)', () => {
  it('keeps the list a short colon line announces, whatever its class', () => {
    const p = 'قضت محكمة التمييز صباح أمس بتأييد أحكام الإدانة الصادرة بحق خمسة متهمين في قضية عقود صيانة المستشفيات الحكومية، وبتعديل العقوبات المقضي بها على اثنين منهم.';
    const html = `<html><body><article><h1>التمييز تؤيد الإدانة</h1><div class="article-body"><p>${p}</p><p>${p}</p><p>وقضت المحكمة بما يلي:</p><ul class="verdicts"><li>المتهم الأول، طلال الرشيدي: السجن 10 سنوات.</li><li>المتهم الثالث، جاسم فهد البذالي: السجن 5 سنوات.</li></ul><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).text).toContain('جاسم فهد البذالي');
  });
});

describe('an author\'s page under a profile\'s metadata (blind set 408)', () => {
  const bio = '<p>أستاذ الاقتصاد النقدي في جامعة صلاح الدين بأربيل، عمل مستشاراً في وزارة التخطيط بين 2012 و2018، ويكتب عن الموازنة والنفط والرواتب والعلاقة المالية بين أربيل وبغداد.</p>';
  const item = (n: number) => `<div class="column-item"><time datetime="2025-11-${10 + n}">${10 + n} تشرين الثاني 2025</time><h3><a href="/opinion/${n}">عنوان المقال رقم ${n} عن النفط والرواتب</a></h3><p>يتساءل الكاتب عما إذا كانت الحكومة المقبلة ستلتزم بالترتيب المالي.</p></div>`;
  const page = (ld: string) => `<html><head><script type="application/ld+json">{"@type":"${ld}"}</script></head><body><main><section class="profile"><div><h1>د. شيرزاد عبد الرحمن</h1><div class="job">كاتب وباحث اقتصادي</div>${bio}</div></section><h2>مقالات الكاتب</h2>${[1, 2, 3, 4].map(item).join('')}</main></body></html>`;
  it('says a ProfilePage whose text is a bio above the columns is no article', () => {
    expect(detectArticle(parse(page('ProfilePage'))).isArticle).toBe(false);
  });
});

describe('a rates page with its news feed, a travel post\'s table of contents (blind sets 418, 419)', () => {
  it('says a page the metadata calls a website, mostly a list of dated headline links, is no article', () => {
    const li = (n: number) => `<li><time datetime="2026-01-${10 + n}">${10 + n} كانون الثاني 2026</time><a href="/news/${n}">عنوان الخبر رقم ${n} عن الليرة الجديدة والأسواق</a><p>قال مسؤول في المصرف المركزي إن سقف الاستبدال اليومي سيلغى مطلع الشهر المقبل بعد تراجع الطوابير.</p></li>`;
    const html = `<html><head><meta property="og:type" content="website"></head><body><main><h1>أسعار صرف العملات اليوم</h1><p>نشرة المصارف وشركات الصرافة ليوم الأحد. الأسعار استرشادية ولا يتحمل الموقع مسؤولية أي تعامل.</p><table class="rates"><caption>النشرة</caption><tr><th>العملة</th><th>الشراء</th></tr><tr><td>الدولار</td><td>110</td></tr></table><h2>آخر الأخبار</h2><ul class="news-list">${[1, 2, 3, 4, 5, 6].map(li).join('')}</ul></main></body></html>`;
    expect(detectArticle(parse(html)).isArticle).toBe(false);
  });
  it('leaves a «toc» box and an «affiliate» line out of the story', () => {
    const p = 'عدت قبل أسبوع من رحلة طال انتظارها إلى مصر، رحلة خططت لها منذ الإعلان عن موعد افتتاح المتحف، وقررت أن أوثقها هنا يوما بيوم لكل من سألني عن البرنامج والتكاليف.';
    const html = `<html><body><article><h1>أسبوع في مصر</h1><div class="entry-content"><p>${p}</p><div class="toc"><div class="toc-title">محتويات المقال</div><ol><li><a href="#d1">اليوم الأول: المتحف</a></li><li><a href="#d2">اليوم الثاني: سقارة</a></li></ol></div><h2 id="d1">اليوم الأول: المتحف</h2><p>${p}</p><div class="affiliate"><strong>احجزوا فندقكم:</strong> <a href="/go/b">قارنوا الأسعار على بوكينج</a></div><h2 id="d2">اليوم الثاني: سقارة</h2><p>${p}</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('محتويات المقال');
    expect(t).not.toContain('بوكينج');
    expect(t).toContain(p.slice(0, 30));
  });
});

describe('a print edition\'s pointers to other pages (blind sets 469, 480)', () => {
  it('leaves out «اقرأ في الصفحة ٥: …» and «(التفاصيل ص ٣)»', () => {
    const p = 'أعلنت الهيئة الشرعية لرؤية الأهلة أن يوم السبت هو أول أيام شهر رمضان المبارك، بعد أن تعذرت رؤية الهلال مساء أمس في مختلف مناطق البلاد بسبب الغبار الكثيف.';
    const html = `<html><head><title>الطبعة الورقية</title></head><body><h1>السبت أول أيام رمضان</h1><div class="print-body"><p>${p}</p><div class="box-inline">اقرأ في الصفحة ٥: «البلدية» تشدد الرقابة على المطاعم قبل الإفطار</div><p>${p}</p><p>${p}</p><p class="tatimma">(التفاصيل ص ٣)</p></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).not.toContain('تشدد الرقابة');
    expect(r.text).not.toContain('التفاصيل ص');
    expect(r.text).toContain('أول أيام شهر رمضان');
  });
});

describe('a live blog entry holding an embedded post (blind set 477)', () => {
  it('keeps the entry\'s paragraph and leaves out the post', () => {
    const p = 'قبيل دخوله الجلسة، قال وزير المال للصحافيين إن الخزينة لا تحتمل أكثر مما هو مطروح، وأي زيادة من دون إيرادات تعني العودة إلى طباعة الليرة. وكشف الوزير أنه تلقى اتصالا من نظيره القطري، جرى خلاله البحث في دعم قطري لرواتب الأساتذة في المدارس الرسمية خلال العام الدراسي المقبل، على أن تستكمل المحادثات في الأيام المقبلة بين الفرق الفنية في البلدين.';
    const entry = (t: string, body: string) => `<div class="entry"><div class="entry-meta"><time datetime="2025-06-26T${t}:00+03:00">${t}</time></div>${body}</div>`;
    const html = `<html><head><title>مباشر</title><meta property="article:published_time" content="2025-06-26T08:10:00+03:00"></head><body><h1>إضراب القطاع العام</h1><div class="live-feed">${entry('16:20', `<p>${p}</p>`)}${entry('14:50', `<p>وكشف جابر ${p}</p><div class="card"><div class="handle">@LebMoF · وزارة المال</div><p>الوزير: لا زيادات من دون تمويل</p></div>`)}${entry('13:40', `<p>${p}</p>`)}</div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.text).toContain('وكشف جابر');
    expect(r.text).not.toContain('LebMoF');
  });
});

describe('a live blog without metadata whose entries are small cards (blind set 493)', () => {
  it('reads entries stamped with the time of day as a story, not as a feed of dated teasers', () => {
    const p = 'تفقد رئيس الوزراء محطة معالجة الصرف الصحي في قرية النخيلة، واستمع إلى شرح عن مراحل التنفيذ.';
    const entry = (t: string, h: string) => `<div class="live-entry"><div class="entry-meta"><time datetime="2025-10-18T${t}:00+03:00">${t} م</time></div><h3>${h}</h3><p>${p}</p></div>`;
    const related = [1, 2, 3, 4, 5].map((d) => `<li><article><time datetime="2025-10-0${d}T10:00:00+03:00">0${d} أكتوبر 2025</time><h3><a href="/n${d}">خبر ذو صلة رقم ${d} عن الجولات الميدانية</a></h3></article></li>`).join('');
    const html = `<html><head><title>مباشر</title><meta property="article:published_time" content="2025-10-18T08:15:00+03:00"></head><body><div class="page"><div class="live-head"><h1>مدبولي يتفقد مشروعات حياة كريمة في أسيوط</h1></div><div class="live-feed">${entry('03:40', 'مدبولي في ختام الجولة')}${entry('02:10', 'قوافل طبية إلى القرى')}${entry('01:05', 'مزارعو النخيلة يتحدثون')}${entry('12:20', 'صور من الجولة')}${entry('11:30', 'بدء الجولة في أبنوب')}</div><ul class="related">${related}</ul></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(true);
    expect(r.text).toContain('النخيلة');
  });
});

describe('an ad whose label stands in an element of its own (blind sets 504, 505, 508, 509)', () => {
  const p = 'شرع نواب المجلس الشعبي الوطني، صباح اليوم الثلاثاء، في جلسة علنية ترأسها رئيس المجلس في مناقشة مشروع القانون العضوي المتعلق بالأحزاب السياسية، وسط تباين في مواقف الكتل النيابية من مواده الخلافية.';
  const page = (ad: string) => `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="x9Kq"><p>${p}</p>${ad}<p>${p.replace('الثلاثاء', 'الأربعاء')}</p><p>${p.replace('الثلاثاء', 'الخميس')}</p></div></article></body></html>`;
  it('leaves out the offer beside, under or after the label', () => {
    for (const ad of [
      '<div class="_ad2Kp"><span>إعلان</span><a href="#">عروض شيري تيجو 4 برو من الوكيل الرسمي - مقدم يبدأ من 250 ألف جنيه</a></div>',
      '<div class="css-ad31xe"><span>إعلان</span><div class="css-0">موبيليس: عرض «عطلة» الجديد.. أنترنت بلا حدود بـ 1000 دج</div></div>',
      '<div class="td-a-rec"><span>إعلان</span><br>شركة الجنوب للتوريد والتصدير - جرجيس: قطع غيار الشاحنات بأفضل الأسعار</div>',
      '<div class="td-a-rec"><span class="t">- إعلان -</span><div>عروض الربيع من مكتبات ديوان: خصم 20% على روايات القائمة القصيرة</div></div>',
    ]) {
      const t = detectArticle(parse(page(ad))).text;
      for (const x of ['شيري', 'موبيليس', 'قطع غيار', 'مكتبات ديوان']) expect(t, ad).not.toContain(x);
      for (const d of ['الثلاثاء', 'الأربعاء', 'الخميس']) expect(t, ad).toContain(p.slice(0, 40).replace('الثلاثاء', d));
    }
  });
  it('keeps a story\'s short paragraph after an ad slot that opens the story\'s box', () => {
    const short = 'وقال رئيس الكتلة إن التصويت سيجري الأسبوع المقبل.';
    const html = `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="x9Kq"><div class="slot"><span>إعلان</span></div><p>${short}</p><p>${p}</p><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).text).toContain(short);
    // (a small box of the slot and two short paragraphs of the story)
    const two = `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="x9Kq"><div class="b1"><p>${p}</p><p>${p}</p></div><div class="b2"><div class="slot">إعلان</div><p>${short}</p><p>${short.replace('الكتلة', 'المجلس')}</p></div><div class="b3">${short.replace('الكتلة', 'اللجنة')}<br><br>${p}</div></div></article></body></html>`;
    const t2 = detectArticle(parse(two)).text;
    for (const x of ['الكتلة', 'المجلس', 'اللجنة']) expect(t2).toContain(short.replace('الكتلة', x));
  });
});

describe('ad labels inline, on the first line of their box or before a phone number; a live entry\'s head; a post without its widget (blind sets 550, 551, 554, 557)', () => {
  const p = 'شرع نواب المجلس الشعبي الوطني، صباح اليوم الثلاثاء، في جلسة علنية ترأسها رئيس المجلس في مناقشة مشروع القانون العضوي المتعلق بالأحزاب السياسية، وسط تباين في مواقف الكتل النيابية من مواده الخلافية.';
  const page = (inner: string) => `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="x9Kq">${inner}</div></article></body></html>`;
  it('leaves out the label and the offer, keeping the story around them', () => {
    const t1 = detectArticle(parse(page(`${p}<br><br>${p.replace('الثلاثاء', 'الأربعاء')}<br><br><span class="gad">إعلان Google</span>\n${p.replace('الثلاثاء', 'الخميس')}`))).text;
    expect(t1).not.toContain('Google');
    expect(t1).toContain(p.replace('الثلاثاء', 'الخميس'));
    for (const ad of [
      '<div class="pub-inread">Publicité — إعلان<br>اتصالات تونس: عرض الصيف 4G بـ 15 دينار فقط</div>',
      '<div class="bannergroup"><div class="banneritem">إشهار - مجمع بلعيد للخرسانة الجاهزة: توصيل إلى كامل ولايات الغرب - 041.33.xx.xx</div></div>',
    ]) {
      const t = detectArticle(parse(page(`<p>${p}</p>${ad}<p>${p.replace('الثلاثاء', 'الأربعاء')}</p><p>${p.replace('الثلاثاء', 'الخميس')}</p>`))).text;
      for (const x of ['اتصالات تونس', 'الخرسانة', 'Publicit']) expect(t, ad).not.toContain(x);
      expect(t).toContain(p.replace('الثلاثاء', 'الخميس'));
    }
  });
  it('leaves out a live entry\'s stamp and reporter line and an embedded post with its handle and stamp', () => {
    const entry = (time: string, body: string, extra = '') => `<div class="_en2Wq"><div class="_tm4Zr"><time datetime="2025-02-09T${time}:00+03:00">${time} م</time><span>الرياض - فهد الدوسري</span></div><p>${body}</p>${extra}</div>`;
    const post = '<blockquote class="_xpost"><p><b>الغولف السعودي</b> <span>@GolfSaudi</span></p><p>مبروك للبطل! ختام مميز لنسخة 2025 في نادي الرياض للغولف، وشكرا لجماهيرنا.</p><p>5:31 م · 9 فبراير 2025</p></blockquote>';
    const r = detectArticle(parse(page(entry('5:35', p, post) + entry('4:40', p.replace('الثلاثاء', 'الأربعاء')) + entry('3:55', p.replace('الثلاثاء', 'الخميس')))));
    expect(r.text).not.toContain('الدوسري');
    expect(r.text).not.toContain('مبروك للبطل');
    expect(r.text).toContain(p.replace('الثلاثاء', 'الخميس'));
    // (the entry that holds the post keeps its own paragraph: the post is the innermost box with a handle and a stamp)
    expect(r.text).toContain(p);
  });
});

describe('a date field in a row of the page\'s fields over the headline (blind set 572)', () => {
  it('reads the publication date from «التاريخ:» in a meta row and leaves the row out of the story', () => {
    const p = 'عثرت فرق البحث والإنقاذ في المديرية العامة للدفاع المدني فجر اليوم السبت على ثلاثة شبان فقدوا منذ ليل الخميس في رمال الدهناء، بعد أن تعطلت مركبتهم ونفدت بطاريات هواتفهم خلال رحلة تخييم.';
    const html = `<html><head><title>خبر</title></head><body><div id="story"><div class="story-meta"><b>رقم الخبر:</b> MNA-250118-0417 &nbsp;|&nbsp; <b>الخدمة:</b> الشأن العربي &nbsp;|&nbsp; <b>الأولوية:</b> عادية &nbsp;|&nbsp;
      <b>التاريخ:</b> السبت ١٨ يناير ٢٠٢٥ - ١٧:٢٥ بتوقيت مكة المكرمة &nbsp;|&nbsp; <b>عدد الكلمات:</b> ٤٨٥</div>
      <h1 class="story-title">تائهون في الرمال.. موسم التخييم الشتوي يستنفر فرق الإنقاذ</h1><div class="story-text"><p>${p}</p><p>${p}</p><p>${p}</p></div></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.published).toBe('2025-01-18T17:25');
    expect(r.text).not.toContain('رقم الخبر');
    expect(r.text).not.toContain('١٨ يناير');
  });
  it('reads a posting stamp in the headline\'s box above it, and leaves out an agency\'s end slug (blind sets 578, 574)', () => {
    const p = 'سلطت لجنة الانضباط على مستوى الرابطة المحترفة لكرة القدم، خلال اجتماعها المنعقد أمس السبت، جملة من العقوبات على عدد من أندية الرابطة الأولى، على خلفية أحداث الجولة.';
    const html = `<html><head><title>خبر</title></head><body><div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">نشر في : الأحد, 16 فيفري 2025 18:42</span>
      <h2 class="itemTitle">البطولة المحترفة: عقوبات ضد مولودية وهران وشبيبة القبائل</h2><span class="itemAuthor">أنباء الجزائر - القسم الرياضي</span></div>
      <div class="itemBody"><p>${p}</p><p>${p}</p><p>${p}</p><p class="end-mark">//انتهى// 14:32 ت م 0127</p></div></div></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.published).toBe('2025-02-16T18:42');
    expect(r.text).not.toContain('14:32');
    expect(r.text).toContain(p);
  });
});

describe('an archive box, a stamp whose fields touch, a bare «تحديث:» field (blind sets 529, 533, 84, 106)', () => {
  const p = 'شرع نواب المجلس الشعبي الوطني، صباح اليوم الثلاثاء، في جلسة علنية ترأسها رئيس المجلس في مناقشة مشروع القانون العضوي المتعلق بالأحزاب السياسية، وسط تباين في مواقف الكتل النيابية من مواده الخلافية.';
  it('leaves out a «من الأرشيف» box of links', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="body"><p>${p}</p><div class="inline-box"><b>من الأرشيف</b><br><a href="#">هكذا تأهل المنتخب إلى كأس آسيا من بوابة الرياض</a><br><a href="#">فؤاد شهاب وملعب الحكمة: حكاية سبعين عاماً</a></div><p>${p}</p><p>${p}</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).not.toContain('هكذا تأهل');
    expect(t).toContain(p.slice(0, 40));
  });
  it('reads «… 3:20 مساءً» beside «آخر تحديث:» in touching spans as the posting stamp, no story line', () => {
    // (the page of set 84 where it was found: its stamp's fields are a <span>, a <time> and a <span>, side by side)
    const page = readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'test', 'gold-pages-blind-84', '03-dubai-ruler-decree.html'), 'utf8');
    const r = detectArticle(parse(page));
    expect(r.text).not.toContain('3:20 مساءً');
    expect(r.published).toBe('2025-10-14T15:20');
  });
  it('leaves out a byline with a bare «تحديث:» field, and keeps a wire\'s update note', () => {
    const html = `<html><head><title>خبر</title></head><body><article><h1 class="detail-title">تركيا تحيي الذكرى الثانية لزلزالي 6 فبراير</h1><h2 class="detail-spot">وزير البيئة: تسليم 201 ألف وحدة سكنية لأصحابها</h2><div class="detail-date">إسماعيل جوشكون, أحمد دميرجي | 06.02.2025 - 11:45 | تحديث: 06.02.2025 - 13:10</div><figure><figcaption>مواطنون يضيئون الشموع في أنطاكيا</figcaption></figure><div class="news-detail-text"><p>${p}</p><p>${p}</p><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(html)).text).not.toContain('جوشكون');
    const wire = `<html><head><title>خبر</title></head><body><article><h1>مناقشة قانون الأحزاب</h1><div class="body"><p class="update"><strong>تحديث:</strong> (الساعة 1105 بتوقيت جرينتش) يضيف تفاصيل عن وصول الطاقم إلى ميناء جدة الإسلامي وحالتهم الصحية.</p><p>${p}</p><p>${p}</p><p>${p}</p></div></article></body></html>`;
    expect(detectArticle(parse(wire)).text).toContain('يضيف تفاصيل عن وصول الطاقم');
  });
});

describe('a stamp among fields parted by "::" (blind set 603)', () => {
  it('reads the posting date out of an old portal\'s info row', () => {
    const p = 'أعلن وزير الإعلام معمر الإرياني، أمس الاثنين، تشكيل لجنة تحقيق حكومية في عمليات تهريب قطع أثرية من محافظتي مأرب والجوف وبيعها في صالات مزادات أوروبية، بعد رصد أكثر من أربعين قطعة معروضة للبيع.';
    const html = `<html><head><title>الحكومة تحقق في تهريب آثار مأرب</title></head><body><table><tr><td><h1>الحكومة تحقق في تهريب آثار مأرب</h1></td></tr><tr><td class="info">عدن - المرصد اليمني نت &nbsp;::&nbsp; نشر بتاريخ: الثلاثاء ٢٧/٠١/٢٠٢٦ - الساعة ١١:٠٥ صباحاً &nbsp;::&nbsp; قراءات: ٣٢١٤ &nbsp;::&nbsp; <a href="print.php">طباعة</a></td></tr><tr><td class="ndetails">${p}<br><br>${p}<br><br>${p}</td></tr></table></body></html>`;
    expect(detectArticle(parse(html)).published).toBe('2026-01-27T11:05');
  });
});

describe('an X post embedded as <blockquote class="x-post"> (blind set 612)', () => {
  it('leaves the post out of the story', () => {
    const p = 'قال رئيس الوزراء الإثيوبي آبي أحمد في كلمته خلال حفل التدشين، الذي انطلق في العاشرة صباحا بالتوقيت المحلي، إن سد النهضة ليس تهديدا لمصر ولا للسودان بل فرصة للتعاون بين دول الحوض.';
    const html = `<html><head><title>خبر</title></head><body><article><h1>تدشين سد النهضة</h1><div class="entry"><p>${p}</p><blockquote class="x-post"><div class="acc">Abiy Ahmed Ali @AbiyAhmedAli</div><p>اليوم نحتفل بإنجاز سد النهضة، هدية إثيوبيا إلى أفريقيا.</p><div class="acc">9 سبتمبر 2025</div></blockquote><p>${p}</p><p>${p}</p></div></article></body></html>`;
    const t = detectArticle(parse(html)).text;
    expect(t).toContain('حفل التدشين');
    expect(t).not.toContain('اليوم نحتفل');
  });
});

describe('a page that calls itself search results (blind set 646)', () => {
  const s = 'قرر مجلس إدارة البنك المركزي العراقي، في اجتماعه يوم الأحد الماضي، خفض سعر السياسة النقدية من ستة في المئة إلى خمسة ونصف، وقال محافظ البنك إن القرار يهدف إلى تنشيط الإقراض للقطاع الخاص وخفض كلفة التمويل على المشاريع الصغيرة حتى نهاية آذار المقبل، بعد أشهر من التشاور مع المصارف الحكومية والأهلية';
  const rows = [1, 2, 3, 4].map((i) => `<table class="r"><tr><td><b>خبر رقم ${i}</b><br>${s}...<br><span>اقتصاد | ٢٤/١١/٢٠٢٦ - ٠٤:٣٠ م</span></td></tr></table>`).join('');
  it('is no article however long its snippets, by its headline or by its <title>', () => {
    const html = `<html><head><title>نتائج البحث عن: البنك المركزي - الفرات برس</title></head><body><table><tr><td><h1>نتائج البحث عن: «البنك المركزي» (١١٤ نتيجة)</h1>${rows}</td></tr></table></body></html>`;
    const r = detectArticle(parse(html));
    expect(r.isArticle).toBe(false);
    expect(r.reason).toMatch(/search results/);
    const byTitle = html.replace(/<h1>.*?<\/h1>/, '');
    expect(detectArticle(parse(byTitle)).isArticle).toBe(false);
  });
  it('keeps a story whose headline speaks of a search, its results or a study', () => {
    for (const head of ['فرق الإنقاذ تواصل البحث عن ناجين تحت الأنقاض', 'نتائج البحث عن المفقودين في حادث الغرق', 'بحث: القهوة تقلل خطر الإصابة بالسكري']) {
      const html = `<html><head><title>${head} - الفرات برس</title></head><body><article><h1>${head}</h1><div class="body"><p>${s}.</p><p>${s}.</p><p>${s}.</p></div></article></body></html>`;
      expect(detectArticle(parse(html)).isArticle, head).toBe(true);
    }
  });
});

describe('a box of links headed by any kind of item "related" (blind set 814)', () => {
  const s = 'بدأت عائلات في حي الجميزة ببيروت زراعة الخضار على أسطح المباني منذ الأزمة الاقتصادية، وقالت المهندسة الزراعية إن المشروع يوفر للأسر جزءا من حاجتها من البندورة والخس والبقدونس في الصيف، ويخفف عنها أعباء الأسعار التي تضاعفت منذ عام 2019';
  it('leaves out «قصص ذات صلة» and «تقارير ذات صلة» inside the article, and keeps the paragraphs around them', () => {
    for (const label of ['قصص ذات صلة', 'تقارير ذات صلة']) {
      const html = `<html><body><article><h1>حدائق على أسطح بيروت</h1><p>${s}.</p><p>${s}.</p><section data-component="links-block"><h2>${label}</h2><ul><li><a href="#">لبنان: صندوق النقد الدولي يحذر من أزمة لا نهاية لها</a></li><li><a href="#">مزارعو عكار يهجرون القمح</a></li></ul></section><p>${s}، في الختام.</p></article></body></html>`;
      const r = detectArticle(parse(html));
      expect(r.text, label).not.toContain('صندوق النقد');
      expect(r.text).toContain('في الختام');
    }
  });
});
