/**
 * A generated live blog for the browser benchmark: many timestamped entries of Arabic news prose (officials with
 * roles, people, places, organizations, dates), about `words` words in all. Deterministic for a seed.
 */

const OFFICIALS = [
  ['وزير الخارجية الروسي', 'سيرجي لافروف'], ['وزير الخارجية الأمريكي', 'أنتوني بلينكن'], ['الرئيس الفرنسي', 'إيمانويل ماكرون'],
  ['الأمين العام للأمم المتحدة', 'أنطونيو غوتيريش'], ['رئيس الوزراء المصري', 'مصطفى مدبولي'], ['وزير الخارجية المصري', 'سامح شكري'],
  ['المستشار الألماني', 'أولاف شولتس'], ['الرئيس التركي', 'رجب طيب أردوغان'], ['وزير الدفاع الأمريكي', 'لويد أوستن'],
];
const PLACES = ['القاهرة', 'موسكو', 'واشنطن', 'باريس', 'جنيف', 'بيروت', 'الرياض', 'عمان', 'بغداد', 'أنقرة', 'برلين', 'ستوكهولم', 'الدوحة', 'تونس'];
const ORGS = ['الأمم المتحدة', 'جامعة الدول العربية', 'الاتحاد الأوروبي', 'حلف شمال الأطلسي', 'منظمة الصحة العالمية', 'البنك الدولي', 'مجلس الأمن'];
const DATES = ['اليوم الخميس', 'أمس الأربعاء', 'يوم الجمعة المقبل', 'في 12 مارس 2023', 'مطلع الشهر الجاري', 'الأسبوع الماضي', 'في حزيران/يونيو الماضي'];
const VERBS = ['قال', 'أكد', 'أعلن', 'أوضح', 'أشار', 'صرح'];
const FILLER = [
  'إن المباحثات تناولت عددا من الملفات الإقليمية والدولية ذات الاهتمام المشترك',
  'أن الجانبين اتفقا على مواصلة التنسيق والتشاور خلال المرحلة المقبلة',
  'إن الوضع الإنساني يتطلب تحركا عاجلا من المجتمع الدولي لتقديم المساعدات',
  'أن الاجتماع جاء في إطار الجهود المبذولة لخفض التصعيد في المنطقة',
  'إن بلاده مستعدة للحوار شرط احترام المصالح المتبادلة والقانون الدولي',
  'أن الوفد سيعود لاستكمال المشاورات بعد عرض النتائج على القيادة',
];

function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

export function liveBlogParagraphs(words: number, seed = 1): { time: string; text: string }[] {
  const r = rng(seed);
  const pick = <T>(a: readonly T[]): T => a[Math.floor(r() * a.length)];
  const out: { time: string; text: string }[] = [];
  let count = 0;
  let minute = 23 * 60 + 59;
  while (count < words) {
    const sentences: string[] = [];
    const n = 2 + Math.floor(r() * 3);
    for (let i = 0; i < n; i++) {
      const [role, name] = pick(OFFICIALS);
      const s = r() < 0.5
        ? `${pick(VERBS)} ${role} ${name} في ${pick(PLACES)} ${pick(DATES)} ${pick(FILLER)}، وذلك خلال لقاء مع ممثلين عن ${pick(ORGS)}.`
        : `وفي ${pick(PLACES)}، ${pick(VERBS)} ${name.split(' ').pop()} ${pick(FILLER)}، فيما دعت ${pick(ORGS)} ${pick(DATES)} إلى ضبط النفس.`;
      sentences.push(s);
    }
    const text = sentences.join(' ');
    count += text.split(/\s+/).length;
    minute = (minute - 1 - Math.floor(r() * 4) + 24 * 60) % (24 * 60);
    out.push({ time: `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`, text });
  }
  return out;
}

export function liveBlogHtml(options: { words?: number; seed?: number } = {}): string {
  const entries = liveBlogParagraphs(options.words ?? 50_000, options.seed ?? 1);
  const body = entries
    .map((e) => `<div class="entry"><time datetime="2023-03-16T${e.time}">${e.time}</time>\n<p>${esc(e.text)}</p></div>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>تغطية مباشرة: تطورات المباحثات الدولية لحظة بلحظة</title>
<meta property="og:type" content="article">
<meta property="article:published_time" content="2023-03-16T08:00:00+02:00">
<script>
  // Registered before any extension code runs: every long task during the test is recorded.
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__longTasksError = String(e); }
</script>
<style>body{font-family:Tahoma,sans-serif;max-width:860px;margin:auto;padding:0 16px;line-height:1.8} time{color:#888;font-size:13px}</style>
</head>
<body>
<header><nav><a href="#">الرئيسية</a> | <a href="#">تغطية مباشرة</a></nav></header>
<main>
<article>
<h1>تغطية مباشرة: تطورات المباحثات الدولية لحظة بلحظة</h1>
<div class="meta"><time datetime="2023-03-16T08:00">الخميس 16 مارس 2023</time></div>
<div class="live-body">
${body}
</div>
</article>
</main>
<footer>جميع الحقوق محفوظة</footer>
</body>
</html>`;
}
