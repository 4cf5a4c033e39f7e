/**
 * Generated pages: an article assembled from the usual parts of Arabic news pages in random order and
 * number, with meaningless (hashed) class names so that only text signals are left. Whatever the mix,
 * every body paragraph must be in the text and no boilerplate may be.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { detectArticle } from './article.ts';

const SENTENCES = [
  'أعلنت وزارة الخارجية في بيان رسمي، اليوم الاثنين، أن الوزير سيتوجه إلى العاصمة الفرنسية باريس للمشاركة في مؤتمر دولي حول الأمن الإقليمي.',
  'وقال المتحدث باسم الوزارة إن المباحثات ستتناول سبل تعزيز التعاون الاقتصادي، إضافة إلى ملفات الطاقة والهجرة ومكافحة الإرهاب.',
  'وأضاف أن بلاده تتطلع إلى دور أوروبي أكبر في دعم جهود التهدئة، مشيرا إلى أن الاتصالات مستمرة مع الأطراف المعنية كافة.',
  'من جهته، رحب الاتحاد الأوروبي بالزيارة، معتبرا أنها تأتي في توقيت مهم بالنظر إلى التطورات المتسارعة في المنطقة.',
  'وكانت العلاقات بين البلدين قد شهدت توترا العام الماضي، قبل أن تعود إلى مسارها الطبيعي بعد سلسلة من اللقاءات على مستوى رفيع.',
  'ويرى محللون أن الزيارة قد تمهد لتوقيع اتفاقيات جديدة في مجالات الاستثمار والطاقة المتجددة والتعليم العالي.',
  'وأشار الخبير في العلاقات الدولية إلى أن التوازنات الإقليمية تفرض على الجميع البحث عن حلول سياسية، بعيدا عن منطق القوة.',
  'وفي سياق متصل، أعلن البنك المركزي عن حزمة إجراءات لدعم الشركات الصغيرة والمتوسطة، تشمل قروضا ميسرة بفائدة منخفضة.',
  'وبحسب الأرقام الرسمية، ارتفع حجم التبادل التجاري بين البلدين إلى أكثر من خمسة مليارات دولار خلال الأشهر التسعة الأولى من العام.',
  'ومن المقرر أن يلتقي الوزير خلال الزيارة عددا من المسؤولين الفرنسيين، بينهم رئيس الوزراء ووزير الاقتصاد.',
  'وتأتي هذه الخطوة في إطار سياسة الانفتاح التي تنتهجها الحكومة منذ توليها مهامها مطلع العام الجاري.',
  'وختم المتحدث بالقول إن الوزارة ستصدر بيانا مفصلا عن نتائج الزيارة فور انتهائها، داعيا وسائل الإعلام إلى تحري الدقة.',
];

const TITLE = 'وزير الخارجية يتوجه إلى باريس للمشاركة في مؤتمر دولي حول الأمن الإقليمي';

/** Boilerplate parts: each carries a phrase that must never reach the text. */
const NOISE: { html: (c: () => string) => string; phrase: string }[] = [
  { html: (c) => `<div class="${c()}"><h3>اقرأ أيضا</h3><ul><li><a href="/1">وزير الداخلية يتفقد المعابر الحدودية</a></li><li><a href="/2">ارتفاع أسعار الذهب في الأسواق المحلية</a></li></ul></div>`, phrase: 'وزير الداخلية يتفقد المعابر' },
  { html: (c) => `<p class="${c()}">اقرأ أيضًا: <a href="/3">الحكومة تقر موازنة العام المقبل</a></p>`, phrase: 'الحكومة تقر موازنة العام المقبل' },
  { html: (c) => `<div class="${c()}">إعلان</div>`, phrase: 'إعلان' },
  { html: (c) => `<div class="${c()}"><span>مساحة إعلانية</span></div>`, phrase: 'مساحة إعلانية' },
  { html: (c) => `<p class="${c()}">📢 تابعوا آخر الأخبار عبر قناتنا على تلغرام</p>`, phrase: 'قناتنا على تلغرام' },
  { html: (c) => `<figure class="${c()}"><img src="x.jpg" alt=""><figcaption>الوزير خلال مؤتمر صحفي سابق</figcaption></figure>`, phrase: 'الوزير خلال مؤتمر صحفي سابق' },
  { html: (c) => `<div class="${c()}"><img src="y.jpg" alt=""><span>صورة أرشيفية من الوكالة</span></div>`, phrase: 'صورة أرشيفية من الوكالة' },
  { html: (c) => `<div class="${c()}"><h4>ذات صلة</h4><a href="/4">مباحثات عربية أوروبية في بروكسل</a></div>`, phrase: 'مباحثات عربية أوروبية في بروكسل' },
  { html: (c) => `<div class="${c()}"><a href="/5"><img src="r.jpg" alt=""></a><h4><a href="/5">قمة ثلاثية في القاهرة الأسبوع المقبل</a></h4><p>يبحث القادة خلال القمة ملفات الطاقة والمياه، وفق مصادر دبلوماسية.</p></div>`, phrase: 'يبحث القادة خلال القمة ملفات الطاقة' },
];

const AROUND: { html: (c: () => string) => string; phrase: string; where: 'before' | 'after' }[] = [
  { html: (c) => `<nav class="${c()}"><a href="/">الرئيسية</a> <a href="/p">سياسة</a> <a href="/e">اقتصاد</a> <a href="/s">رياضة</a></nav>`, phrase: 'الرئيسية', where: 'before' },
  { html: (c) => `<div class="${c()}">عاجل: انقطاع الكهرباء عن عدة مناطق في العاصمة</div>`, phrase: 'انقطاع الكهرباء عن عدة مناطق', where: 'before' },
  { html: (c) => `<div class="${c()}"><span>الوسوم:</span> <a href="/t/1">فرنسا</a> <a href="/t/2">الخارجية</a></div>`, phrase: 'الوسوم', where: 'after' },
  { html: (c) => `<div class="${c()}"><span>شارك</span> <a href="#">فيسبوك</a> <a href="#">واتساب</a></div>`, phrase: 'واتساب', where: 'after' },
  { html: (c) => `<div class="${c()}"><h3>الأكثر قراءة</h3><ol><li><a href="/m/1">موعد صرف المعاشات لشهر أكتوبر</a></li><li><a href="/m/2">نتيجة الثانوية العامة بالاسم</a></li></ol></div>`, phrase: 'موعد صرف المعاشات', where: 'after' },
  { html: (c) => `<div class="${c()}"><h3>التعليقات</h3><div><p>مقال رائع، وأتمنى أن تنجح الزيارة في تحقيق أهدافها، فالمنطقة بحاجة إلى الاستقرار والتنمية.</p></div><div><p>لا أعتقد أن هذه الزيارات تغير شيئا على الأرض، والمواطن لا يرى أي نتائج ملموسة.</p></div></div>`, phrase: 'مقال رائع، وأتمنى', where: 'after' },
  { html: (c) => `<div class="${c()}">جميع الحقوق محفوظة © 2024</div>`, phrase: 'جميع الحقوق محفوظة', where: 'after' },
];

const page = fc.record({
  nParas: fc.integer({ min: 4, max: 12 }),
  splits: fc.integer({ min: 1, max: 3 }),
  noise: fc.array(fc.tuple(fc.integer({ min: 0, max: NOISE.length - 1 }), fc.integer({ min: 1, max: 11 })), { maxLength: 4 }),
  around: fc.subarray(AROUND.map((_, i) => i)),
  seed: fc.integer({ min: 0, max: 1e9 }),
  wrapEach: fc.boolean(),
  brBody: fc.boolean(),
  byline: fc.boolean(),
  titleOutside: fc.boolean(),
  sidebar: fc.constantFrom('none', 'before', 'after'),
  linkify: fc.boolean(),
});

/** A sidebar of teasers: linked headlines, each with a sentence of summary (text that must stay out). */
const SIDEBAR = (c: () => string) =>
  `<div class="${c()}"><h3>اخترنا لكم</h3>` +
  ['انتخابات بلدية مبكرة في ثلاث محافظات', 'الأمطار تغرق شوارع المدينة القديمة', 'افتتاح معرض الكتاب بمشاركة مئتي دار نشر', 'منتخب الشباب يتأهل إلى النهائي', 'ارتفاع صادرات التمور بنسبة عشرين بالمئة']
    .map((t, k) => `<div class="${c()}"><h4><a href="/s/${k}">${t}</a></h4><p>ملخص الخبر: ${t}، وفق ما أعلنته الجهات الرسمية اليوم.</p></div>`)
    .join('') +
  '</div>';

/** Entity names linked to tag pages, as many portals do. */
const linkify = (p: string) => p.replace(/(الوزير|الاتحاد الأوروبي|باريس|البنك المركزي|رئيس الوزراء)/g, '<a href="/tag/x">$1</a>');

describe('generated pages with hashed class names', () => {
  it('keep every body paragraph and no boilerplate', () => {
    fc.assert(
      fc.property(page, (p) => {
        let n = p.seed;
        const c = () => `c${((n = (n * 1103515245 + 12345) % 2147483648) >>> 0).toString(36)}`;
        const paras = SENTENCES.slice(0, p.nParas);
        const noiseAt = new Map<number, number[]>();
        for (const [k, at] of p.noise) noiseAt.set(Math.min(at, p.nParas - 1), [...(noiseAt.get(at) ?? []), k]);
        const per = Math.ceil(paras.length / p.splits);
        const blocks: string[] = [];
        for (let s = 0; s < p.splits; s++) {
          const parts: string[] = [];
          for (let i = s * per; i < Math.min(paras.length, (s + 1) * per); i++) {
            for (const k of noiseAt.get(i) ?? []) parts.push(NOISE[k].html(c));
            const text = p.linkify ? linkify(paras[i]) : paras[i];
            if (p.brBody) parts.push(`${text}<br><br>\n`); // old layouts: bare text and <br><br>
            else parts.push(p.wrapEach ? `<div class="${c()}"><p>${text}</p></div>` : `<p>${text}</p>`);
          }
          blocks.push(`<div class="${c()}">${parts.join('')}</div>`);
        }
        const before = p.around.filter((i) => AROUND[i].where === 'before').map((i) => AROUND[i].html(c)).join('');
        const after = p.around.filter((i) => AROUND[i].where === 'after').map((i) => AROUND[i].html(c)).join('');
        const byline = p.byline ? `<div class="${c()}"><span>كتب: سامي النجار</span> <span>الاثنين 14 أكتوبر 2024 - 10:30 ص</span></div>` : '';
        const h1 = `<h1 class="${c()}">${TITLE}</h1>`;
        const main = p.titleOutside
          ? `<div class="${c()}">${h1}${byline}</div><div class="${c()}">${blocks.join('')}${after}</div>`
          : `<div class="${c()}">${h1}${byline}${blocks.join('')}${after}</div>`;
        const side = p.sidebar === 'none' ? '' : SIDEBAR(c);
        const cols = p.sidebar === 'before' ? `${side}<div class="${c()}">${main}</div>` : `<div class="${c()}">${main}</div>${side}`;
        const html = `<html lang="ar" dir="rtl"><head><title>${TITLE} - موقع الخبر</title></head><body>${before}<div class="${c()}">${cols}</div></body></html>`;
        const r = detectArticle(new JSDOM(html).window.document);
        expect(r.isArticle, r.reason ?? '').toBe(true);
        expect(r.title).toBe(TITLE);
        for (const s of paras) expect(r.text).toContain(s);
        for (const [k] of p.noise) expect(r.text).not.toContain(NOISE[k].phrase);
        for (const i of p.around) expect(r.text).not.toContain(AROUND[i].phrase);
        expect(r.text).not.toContain('سامي النجار');
        expect(r.text).not.toContain('ملخص الخبر');
        expect(r.text).not.toContain('اخترنا لكم');
        if (p.byline) expect(r.published).toBe('2024-10-14T10:30');
      }),
      { numRuns: 200 },
    );
  });
});

describe('generated list pages with hashed class names', () => {
  it('are never articles', () => {
    const list = fc.record({
      n: fc.integer({ min: 5, max: 20 }),
      headings: fc.boolean(),
      summaries: fc.integer({ min: 0, max: 2 }),
      intro: fc.boolean(),
      seed: fc.integer({ min: 0, max: 1e9 }),
    });
    fc.assert(
      fc.property(list, (p) => {
        let n = p.seed;
        const c = () => `c${((n = (n * 1103515245 + 12345) % 2147483648) >>> 0).toString(36)}`;
        const items = Array.from({ length: p.n }, (_, k) => {
          const t = `${SENTENCES[k % SENTENCES.length].split('،')[0].slice(0, 70)} ${k}`;
          const head = p.headings ? `<h3 class="${c()}"><a href="/n/${k}">${t}</a></h3>` : `<a class="${c()}" href="/n/${k}">${t}</a>`;
          const sum = SENTENCES.slice(k % 5, (k % 5) + p.summaries).map((x) => `<p class="${c()}">${x.slice(0, 110)}</p>`).join('');
          return `<div class="${c()}"><a href="/n/${k}"><img src="t.jpg" alt=""></a>${head}${sum}<span>منذ ${k + 1} ساعات</span></div>`;
        }).join('');
        const intro = p.intro ? `<p class="${c()}">تابع آخر الأخبار السياسية في المنطقة والعالم، وتصريحات المسؤولين وقرارات الحكومات، لحظة بلحظة.</p>` : '';
        const html = `<html lang="ar" dir="rtl"><head><title>سياسة - موقع الخبر</title></head><body><nav class="${c()}"><a href="/">الرئيسية</a> <a href="/p">سياسة</a></nav><div class="${c()}"><h1 class="${c()}">سياسة</h1>${intro}<div class="${c()}">${items}</div></div></body></html>`;
        const r = detectArticle(new JSDOM(html).window.document);
        expect(r.isArticle, r.text.slice(0, 200)).toBe(false);
        expect(r.reason).toMatch(/^no article body found: /);
      }),
      { numRuns: 150 },
    );
  });
});
