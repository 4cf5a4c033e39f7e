/**
 * Article detection for Arabic news pages, over the standard DOM API only.
 *
 * Three linear passes over the body (each element visited a bounded number of times):
 *  1. a document-order walk that measures every element (text and link characters, paragraphs with their
 *     Arabic/Latin punctuation, linked headings, the first words it shows) — iterative, no recursion;
 *  2. a top-down pass that marks boilerplate (navigation, related/most-read boxes, ads, share bars, tags,
 *     captions, comments...) from tag, role, class/id words (English and Arabic transliteration) and the
 *     Arabic label a box opens with ("اقرأ أيضا", "الأكثر قراءة"...), never when the box holds most of the text;
 *  3. a bottom-up pass that sums the good paragraph mass and a Readability-like content score.
 * The best-scoring container (climbing to a parent that holds clearly more good text: split bodies, live
 * blogs) is the body; the headline is the heading nearest it that agrees with the page title; the dateline is
 * the date-like element next to the headline. The body text is then built paragraph by paragraph with
 * text↔node pieces (textmap.ts), dropping inline noise lines ("اقرأ أيضًا: <a>", bylines, promos).
 */
import type { TextSegment } from '../core/types.ts';
import { normalizeText } from '../core/normalize.ts';
import { parseDateline } from '../core/dates.ts';
import {
  BLOCK_TAGS,
  SKIP_TAGS,
  skipsContent,
  TextBuilder,
  collectText,
  hiddenByAttributes,
  isHiddenElement,
  isNavLink,
  isSpaceCode,
  rangeFromPieces,
  walkInto,
  walkIntoSteps,
  type Paragraph,
  type TextPiece,
} from './textmap.ts';
import { isoToLocal, pageDescription, pageHints, publishedFromMetadata, type PageHints } from './published.ts';

export type { TextPiece } from './textmap.ts';

export interface ArticleResult {
  isArticle: boolean;
  /** Why not an article; null when it is one. */
  reason: string | null;
  title: string | null;
  /** 'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DD', local wall-clock time as the page writes it. */
  published: string | null;
  /** headline + "\n\n" + dateline (if any) + "\n\n" + body paragraphs joined by "\n\n". */
  text: string;
  segments: TextSegment[];
  /** Map from text offsets to live Text nodes. */
  pieces: TextPiece[];
  /** The article body container. */
  root: Element | null;
  /** True when the text was cut at options.maxChars. */
  truncated: boolean;
}

export interface DetectOptions {
  /** Upper bound on result.text length; the body is cut there and `truncated` is set. */
  maxChars?: number;
}

// ---------------------------------------------------------------------------------------------------------
// Vocabulary

/** Class/id words of boilerplate (camelCase is split before matching, so "mostRead" → "most-read"). */
/** A class that names a byline's reporters (matched like NOISE_CLASS, on the class words). */
const REPORTER_CLASS = /(?:^|[\s_-])reporters?(?=$|[\s_-])/;

const NOISE_CLASS = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'nav', 'navbar', 'navigation', 'menu', 'menus', 'breadcrumbs?', 'bread-crumbs?', 'ticker', 'breaking', 'urgent',
      'news-?bar', 'share', 'shares', 'sharing', 'social', 'sharethis', 'addthis', 'tags?', 'tag-?list', 'topics',
      'keywords', 'related', 'more-on', 'read-?also', 'read-?more', 'also-?read', 'most-?read', 'most-?viewed',
      'most-?shared', 'popular', 'trending', 'sidebar', 'side-?bar', 'widgets?', 'ads?', 'advert\\w*', 'ad-?slot',
      'ad-?unit', 'ad-?box', 'dfp', 'gpt', 'banner', 'promo\\w*', 'sponsor\\w*', 'newsletter', 'subscribe', 'pay-?wall', 'locked(?:-\\w+)?', 'premium-?(?:lock|wall|gate)', 'subscribers?-?only', 'meter(?:ed)?-?(?:wall|gate)',
      'subscription', 'cookies?', 'consent', 'gdpr', 'comments?', 'disqus', 'footer', 'copyright', 'captions?',
      'credit', 'desc', 'author', 'authors', 'byline', 'writer', 'write-?by', 'meta', '(?:story|post|article|entry|news|item)meta', 'toolbar', 'tools', 'sharedaddy', 'refs', 'references', 'media-?contacts?', 'press-?contacts?', 'contact-?box', 'contact-?info', 'watch-?also', 'see-?also', 'tips?-?box', 'tips', 'protect-?box', 'about-?(?:company|us|the-?company)', 'boilerplate', 'glossary', '(?:font|text)-?(?:size|tools)',
      'pagination', 'pager', 'page-?links', 'page-?nav', 'hash-?tags', 'rail', 'telegram', 'tg-?join', 'whatsapp', 'follow', 'follow-?us', 'outbrain',
      'taboola', 'recommend\\w*', 'modal', 'popup', 'overlay', 'logo', 'masthead', 'search', 'login', 'signup',
      'rating', 'claim-?card', 'corrections?', 'footnotes?', 'carousel', 'swiper', 'slideshow', 'twitter-?tweet', 'tweets?', 'embedded-?(?:tweet|post|x|instagram)', 'x-?embed', 'x-?post', 'oembed', 'embeds?', 'instagram-?media', 'tiktok-?embed', 'fb-?post', 'social-?embed', 'akhbar-?mota3alqa', 'mawadi3', 'wasom', 'iqra-?aydan',
      // players and boxes of facts set inside a story: audio players, a match's scoreboard and line-ups, pull-quotes
      'cap', 'img-?cap', 'pic-?cap', 'photo-?cap', 'foto', 'fotos', 'photo', 'photos', 'encadre', 'inset-?box', 'side-?box', 'box-?out', 'results?-?(?:box|table|note|list|grid)', '(?:visitors?|live|views?)-?counter', 'votes?-?(?:live|results?|box|table|tally)', 'live-?votes?', 'interactive-?maps?', 'maps?-?(?:canvas|box|embed|widget|container|wrap|legend)', 'polls?', 'surveys?', 'quiz\\w*', 'alert-?box', 'info-?box', 'facts?-?box', 'factbox', 'key-?figures', 'chiffres', 'figures-?box', 'audio\\w*', 'podcasts?', 'listen', 'video-?box', 'vid-?box', 'vid', 'video-?player', 'video-?transcript', 'transcript-?box', 'works-?box', 'sign-?off', 'video-?embed', 'embed-?video', 'adv', 'advs', 'score-?board', 'score-?box', 'match-?box', 'line-?ups?', 'squads?', 'standings', 'match-?(?:stats|facts|info|card)', 'infographics?', 'charts?', 'chart-?(?:note|box|caption|wrap)', 'by-?the-?numbers', 'numbers-?box', 'pull-?quotes?', 'pull', 'numbers', 'list-?box', 'in-?numbers', 'quote-?box', 'next-?part', 'separator', 'profile-?(?:card|box)', 'bio-?(?:box|card)', 'author-?bio', 'bio',
      // a call to action set in the story (a result's link as a button)
      'cta', 'call-?to-?action', 'btn',
      // a shop's product cards and its strip, a lookbook of pictures set in the story («gallery» is no such word: the
      // slideshow and gallery pages of sets 57 and 97 are stories)
      'product-?cards?', 'products?-?(?:box|list|grid|strip)', 'shop-?(?:strip|box|now)', 'lookbook',
      // a card of a quote with its speaker's photo, a note that the story is signed in sign language
      'quote-?card', 'sign-?(?:video|language)', 'live-?timing', 'timing-?widget',
      // a match's key events, a map's legend, a museum's or a site's visiting information
      'match-?events', 'key-?events', 'map-?legend', 'legend', 'map-?embed', 'visit-?info', 'visitors?-?info', 'opening-?hours',
      // a before/after picture slider, a wall of posts under a campaign's hashtag
      'ba-?compare', 'before-?after', 'compare-?slider', 'hashtag-?wall', 'social-?wall',
      // a long post's table of contents (links to its own headings), a travel blog's affiliate box ("قارنوا الأسعار …")
      'toc', 'table-?of-?contents', 'affiliate\\w*',
      // an embedded PDF viewer (pdf.js's text layer under each page's canvas)
      'pdfemb\\w*', 'pdf-?viewer', 'pdf-?embed', 'text-?layer',
      // a story's lead picture with its caption set in a paragraph ("<div class="art-img"><p>شحنة من الأغنام …</p></div>")
      '(?:art|article|story|news|post)-?(?:img|image|photo|pic)',
    ].join('|') +
    ')(?=$|[\\s_-])',
);

/** Class/id words of a verdict box (see isNoise: only a short one is boilerplate). */
const VERDICT_CLASS = /(?:^|[\s_-])verdict\w*(?=$|[\s_-])/;

/** Class/id words of body containers. */
const POSITIVE_CLASS = /(?:^|[\s_-])(?:article|articles|body|content|entry|main|story|text|post|details|wysiwyg|prose|single|matn|nass|khabar|maqal|news)(?=$|[\s_-])/;
const STRONG_BODY_CLASS = /(?:article-?body|story-?body|entry-?content|post-?content|article-?content|article-?text|news-?content|news-?text|news-?body|text-?block|story-?text|article-?details|news-?details)/;
const SOFT_NEGATIVE_CLASS = /(?:^|[\s_-])(?:list|teaser|teasers|card|cards|grid|items|feed|slider|carousel|thumbs?|header|top|bottom)(?=$|[\s_-])/;
const TITLE_CLASS = /(?:headline|title|heading|entry-title|article-title|news-title|post-title|main-title|titre)/;
const LOGO_CLASS = /(?:^|[\s_-])(?:logo|brand|site-?name|site-?title|masthead|branding)(?=$|[\s_-])/;

const NOISE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu', 'menubar', 'toolbar']);

/** Normalised (no tashkeel, ا for أإآ, ه for ة, ي for ى) labels that open a boilerplate box. */
const BOX_LABEL = new RegExp(
  '^(?:' +
    [
      'بالارقام', 'في ارقام', 'ارقام', 'اقرا ايضا', 'اقرا كذلك', 'اقرا المزيد', 'اقرا ايضا', 'شاهد ايضا', 'شاهد كذلك', 'طالع ايضا', 'ذات صله', 'مواضيع ذات صله',
      'اخبار ذات صله', 'مقالات ذات صله', 'موضوعات ذات صله', 'اخبار متعلقه', 'مواضيع متعلقه', 'موضوعات متعلقه', 'قد يهمك',
      'قد يعجبك', 'الاكثر قراءه', 'الاكثر مشاهده', 'الاكثر مشاركه', 'الاكثر تداولا', 'الاكثر تعليقا', 'الاكثر قراءة',
      'اخترنا لكم', 'اخترنا لك', 'الكلمات الداله', 'الكلمات المتعلقه', 'الكلمات المفتاحيه', 'كلمات مفتاحيه', 'كلمات داله',
      'الوسوم', 'وسوم', 'الاوسمه', 'تابعونا', 'تابعوا', 'شارك', 'شاركها', 'مشاركه', 'شارك الخبر', 'شارك المقال', 'اعلان',
      'مساحه اعلانيه', 'المساحه الاعلانيه', 'التعليقات', 'تعليقات', 'اضف تعليق', 'اضف تعليقك', 'اترك تعليقا', 'عاجل',
      'اخر الاخبار', 'احدث الاخبار', 'المزيد من', 'اقرا في', 'روابط', 'النشره البريديه', 'اشترك في', 'اشترك الان',
      'من اعماله', 'من اعمالها', 'ابرز اعماله', 'ابرز اعمالها', 'من مولفاته', 'من مولفاتها', 'نص الفيديو', 'نص المقطع', 'مقتطف من نص الفيديو', 'مقتطفات من نص الفيديو', 'مقتطف من الفيديو', 'نبذه عن الشركه', 'عن الشركه', 'حول الشركه', 'للتواصل الاعلامي', 'للتواصل', 'للاتصال', 'كيف تحمي نفسك', 'كيف تحمين نفسك', 'نصايح للحمايه', 'نصايح للوقايه', 'نصايح للمستهلك', 'نصايح للمستهلكين', 'نصايح', 'نصيحه', 'الهوامش', 'المصادر', 'المراجع', 'الادعاء', 'مصدر الادعاء', 'الحكم', 'تصحيح وتوضيح', 'تصحيح', 'توضيح', 'استدراك',
      'اسئله شايعه', 'الاسئله الشايعه', 'اسئله متكرره', 'الاسئله المتكرره', 'فيديو ذات صله', 'في الجزء الثاني', 'في الجزء التالي', 'الاكثر', 'مرتبط', 'مواضيع مرتبطه', 'اخبار مرتبطه', 'ذو صله', 'مقالات مرتبطه', 'مقالات اخري', 'اخبار اخري', 'في هذا القسم', 'من نفس القسم',
      // ("قصص ذات صلة"، "تقارير ذات صلة"، "روابط ذات صلة": any kind of item "related")
      '\\S+ ذات صله', 'قصص اخري', 'قصص مرتبطه',
    ].join('|') +
    ')(?:$|[\\s:：|\\-–—.،؟?])',
);
/** The label of a box of figures or key lines, at its end ("الزيارة بالأرقام"، "المنافذ البرية في أرقام"، "مؤشرات في سطور"). */
const FIGURES_LABEL = /(?:^|\s)(?:بالارقام|في ارقام|في سطور|ابرز الارقام|اهم الارقام|ابرز النقاط)[\s:：.]*$/;
const LIST_TAGS = new Set(['UL', 'OL', 'DL', 'TABLE']);
/** All the element's text is inside <em>, <small>, <i> or <figcaption> children (an image's caption set in a paragraph). */
function captionOnly(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      if (/\S/.test((c as Text).data)) return false;
      continue;
    }
    if (c.nodeType !== 1) continue;
    const tag = (c as Element).tagName.toUpperCase();
    if (tag === 'IMG' || tag === 'BR' || tag === 'PICTURE') continue;
    if (tag !== 'EM' && tag !== 'SMALL' && tag !== 'I' && tag !== 'FIGCAPTION' && tag !== 'SPAN') return false;
    if (tag === 'SPAN' && !/(?:^|[\s_-])(?:caption|credit|photo|pic)(?=$|[\s_-])/i.test((c as Element).getAttribute('class') ?? '')) return false;
  }
  return true;
}

/** The element holds headings and <details> only, one <details> at least: a box of questions that open on a click. */
function questionsBox(el: Element): boolean {
  let details = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.tagName.toUpperCase();
    if (t === 'DETAILS') details++;
    else if (!HEADING_TAGS.has(t)) return false;
  }
  return details > 0;
}

/** The paragraph's text is a caption's line: no end mark, no verse's dots, no class of a verse or a quotation. */
function italicCaption(el: Element): boolean {
  const t = (el.textContent ?? '').trim();
  if (/[.؟!:؛»"”]$/.test(t) || /\.\.\.|…|\*/.test(t)) return false;
  return !/(?:^|[\s_-])(?:verse|poem|poetry|shi3r|quote|lead|intro|standfirst)(?=$|[\s_-])/.test(classWords(el));
}

/** A download box: "تحميل …" or "PDF" with a file's size ("(2,1 ميغابايت)"). */
const DOWNLOAD_BOX = /^(?:pdf\s*)?(?:تحميل|تنزيل|download)\s|\(\s*[\d.,٫]+\s*(?:ميغابايت|ميجابايت|ميغا|كيلوبايت|كيلو بايت|mb|kb|ko|mo)\s*\)/;
/** A box of the story's key points above it, by its class or its label: "النقاط الرئيسية"، "باختصار"، "أبرز ما جاء". */
const KEY_POINTS_CLASS = /(?:^|[\s_-])(?:key-?points?|highlights|takeaways|tl-?dr|keypoints)(?=$|[\s_-])/;
const KEY_POINTS_LABEL = /^(?:النقاط الرييسيه|نقاط رييسيه|ابرز النقاط|اهم النقاط|باختصار|ابرز ما جاء|اهم ما جاء|ملخص الخبر|الخلاصه|خلاصه القول)[\s:：.]*$/;
/** The same labels standing alone (a box's heading or label text node, not a sentence that starts with the word). */
const BOX_LABEL_ONLY = new RegExp('^(?:' + BOX_LABEL.source.slice(4, BOX_LABEL.source.indexOf(')(?:$')) + ')[\\s:：|\\-–—.،؟?()（）0-9]*$');

/** The heading of a study's endnotes or references ("الهوامش"، "المراجع"): the list under it is no story text. */
const NOTES_LABEL = /^(?:الهوامش|هوامش|الحواشي|حواشي|المراجع|المصادر والمراجع|الهوامش والمراجع|المراجع والهوامش|مراجع|notes|references|footnotes|endnotes)[\s:：()（）0-9]*$/i;

/** The heading of a site's blurb about itself (normalised). */
const ABOUT_LABEL = /^(?:من نحن|عن الصحيفه|عن الجريده|عن الموقع|عن المجله|about us)[\s:：]*$/i;
const COMMENTS_LABEL = /^(?:التعليقات|تعليقات|تعليقات القراء|تعليقات الزوار|اراء القراء|اضف تعليق|اضف تعليقك|اترك تعليقا|اترك تعليق|شارك برايك|شاركنا رايك|comments?)[\s:：()（）0-9]*$/i;

/** A paragraph that opens with this is related-article navigation. */
// (also in brackets: "(اقرأ أيضاً: <a>…</a>)")
// (and a print edition's pointer to another page, "اقرأ في الصفحة ٥: …"، "(التفاصيل ص ٣)"; "يتبع في الصفحة" is CONTINUED_LINE's)
const READ_ALSO_LINE = /^[([«▶►•]?\s*(?:اقرا|طالع|شاهد|تابع|اقرؤوا|اقراوا)\s+(?:ايضا|كذلك|المزيد)|^[([«▶►•]?\s*(?:ذات صله|مواضيع ذات صله|اخبار ذات صله|للمزيد|المزيد)\s*[:：]|^[([«▶►•]?\s*(?:من الارشيف|من ارشيفنا|من ارشيف \S+)(?:\s*[:：]|\s*$|\s+(?=\S))|^[([«▶►•]?\s*(?:(?:اقرا|طالع)\s+في|التفاصيل(?:\s+في)?)\s+(?:ص|صفحه|الصفحه)(?:\s|[:：0-9\u0660-\u0669]|$)/;
/** "يتبع في الصفحة 2: …"، "(يتبع)"، "التتمة في العدد المقبل": a pointer to the rest of the story elsewhere. */
// (also "تابع في الصفحة التالية: …", a paged story's teaser of its next page)
const CONTINUED_LINE = /^[(（]?\s*(?:(?:يتبع|تتمه|التتمه|البقيه)(?:\s*[)）:：.]?\s*$|\s+(?:في|علي)\s+(?:الصفحه|صفحه|ص|العدد|الجزء))|تابع\s+(?:في|علي)\s+(?:الصفحه|صفحه))/;
/** An embedded social post's header: an @handle, then a middle dot before its date. */
const SOCIAL_HANDLE_LINE = /(?:^|\s)@[A-Za-z0-9_]{2,}\s*[·•]/;
/** ... or the handle on its own and the post's time, a middle dot and its date: "@GolfSaudi … 5:31 م · 9 فبراير 2025". */
const SOCIAL_HANDLE = /(?:^|\s)@[A-Za-z0-9_]{2,}(?![A-Za-z0-9_.@])/;
const SOCIAL_STAMP = /[0-9\u0660-\u0669]{1,2}[:：][0-9\u0660-\u0669]{2}\s*(?:ص|م|AM|PM|am|pm)?\s*[·•]\s*[0-9\u0660-\u0669]{1,2}\s+\S+/;
/** The post itself (not the live entry around it: the innermost box that holds both). */
const socialPost = (el: Element): boolean => {
  const t = el.textContent ?? '';
  return SOCIAL_HANDLE.test(t) && SOCIAL_STAMP.test(t);
};
/** A live blog entry's stamp alone on its line: "16:40"، "11:50 م"، "١:٢٠ م" (normalised digits). */
const LIVE_STAMP_LINE = /^\d{1,2}[:：.]\d\d(?:\s*(?:ص|م|صباحا|مساء|ظهرا|عصرا|ليلا|فجرا))?$/;
/** A live entry's head: its stamp and its reporter's line, "4:40 م الرياض - فهد الدوسري" (normalised digits). */
const LIVE_STAMP_BYLINE = /^\d{1,2}[:：.]\d\d\s*(?:(?:ص|م)(?=\s|ال))?\s*[^\s\d.؟!،:][^.؟!،:\d]{1,30}\s[-–—]\s[^.؟!،:\d«»"]{2,30}$/;
const BYLINE_LINE = /^[(（]?\s*(?:كتب|كتبت|كتبه|بقلم|اعداد|تحرير|اعدها|اعده|ترجمه|مراسل|مراسله|متابعه|تقرير|حوار|حاوره|حاورته|حاورها|حاورهم|تصوير|المحرر|المحرره|تدقيق|مراجعه)(?:\s|:)/;
const PROMO_LINE = /^[^\p{L}]*(?:تابعوا|تابعونا|انضموا|انضم الي|اشترك|اشتركوا|حملوا تطبيق|حمل تطبيق|لمتابعه|للاشتراك|يمكنكم متابعه|تابع اخر|تابع اهم|تابع كل|follow us|join us)(?:[^.؟!]{0,100})(?:تلغرام|تلجرام|تيليجرام|تليغرام|تيلغرام|telegram|واتساب|واتس اب|whatsapp|تويتر|twitter|فيسبوك|فيس بوك|facebook|يوتيوب|youtube|انستغرام|انستجرام|instagram|تيك توك|tiktok|نبض|جوجل نيوز|google news|قناتنا|النشره البريديه|النشره الاخباريه|تطبيق)/iu;
const APP_PROMO_LINE = /^[^\p{L}]*(?:حمل|حملوا|نزل|نزلوا|قم بتحميل|لتحميل)\s+تطبيق/u;
const TAGS_LINE = /^(?:شارك|مشاركه|الكلمات الداله|الكلمات المتعلقه|الكلمات المفتاحيه|كلمات مفتاحيه|الوسوم|وسوم|المواضيع|مواضيع)\s*[:：]/;
/** An ad's label alone: "إعلان"، "- إعلان -"، "إعلان Google"، "Publicité — إعلان"، "مساحة إعلانية". */
const AD_LINE = /^[\s—–\-·•|]*(?:(?:publicit[eé]|pub)[\s—–\-·•|]*)?(?:اعلان|اشهار|مساحه اعلانيه|المساحه الاعلانيه|advertisement|ad|إعلان|sponsored|محتوي مدفوع|برعايه|publicit[eé])(?:\s*(?:google|جوجل|غوغل|ممول|مدفوع))?[\s—–\-·•|]*$/i;
/** An advertiser's line under its label: "إعلان - موبيليس: استمتع بالجيل الخامس في 10 ولايات"، "إعلان: بنك الفلاحة …". */
const AD_LABEL_LINE = /^[\s—–\-·•|]*(?:اعلان|اشهار|advertisement)\s*[:：\-–—|·•]\s*\S/i;
/** Wire agencies as datelines name them (normalised). */
const AGENCIES = 'واس|قنا|كونا|وام|بنا|العمانيه|سبا|سانا|واع|بترا|وفا|الاناضول|رويترز|ا ف ب|فرانس برس|ا ش ا|د ب ا|شينخوا|سبوتنيك|ومع|واج|وات|سونا|وال|ام ان ا|الوكالات|وكالات';
/** "PLACE – AGENCY" (normalised): a dateline naming the wire it came from, which is body. */
const AGENCY_DATELINE = new RegExp(`^[^\\s]+(?: [^\\s]+){0,2}\\s*[-–—/]\\s*\\(?(?:${AGENCIES})\\)?\\s*[:：]?$`);
/** "جدة 18 رمضان 1446 هـ الموافق 18 مارس 2025 م واس": a place, the date and the agency, with no dash (SPA's style). */
const DATED_AGENCY_DATELINE = new RegExp(`^[^\\s\\d]+(?: [^\\s\\d]+)?\\s+[^\\n]*\\d[^\\n]*\\s\\(?(?:${AGENCIES})\\)?\\s*[:：]?$`);
/** What follows PLACE_DASH in "فيينا - «الخليج»:": a quoted name (the paper's own). */
const QUOTED_OUTLET = /^[«"“][^«»"“”]{2,30}[»"”]\s*[:：]?$/;
/** One or two words of a place and a dash before a dateline's date. */
const PLACE_DASH = /^[^\s\d\-–—|:]+(?:\s[^\s\d\-–—|:]+)?\s*[-–—]\s*(?=\D)/;

/** A wire's closing credit in brackets, its labels and the names after them (normalised). */
const WIRE_CREDIT_LINE = /^[(（]\s*(?:تغطيه صحفيه|شارك في التغطيه|اعداد للنشره العربيه|اعداد للنشره)[^()]*[:：][^()]*[)）]\s*$/;

/** A source credit closing the story: "المصدر: الساحل برس - تعز". */
const SOURCE_LINE = /^(?:المصدر|المصادر|مصدر الخبر|source|للتواصل الاعلامي|للتواصل|للاستفسارات الاعلاميه|للاستفسارات)\s*[:：]/;
const CAPTION_LINE = /^(?:صوره|الصوره|صور|ارشيفيه|صوره ارشيفيه|صوره من الارشيف|الصوره من)(?:\s|:|$)/;
/** An editor's note set apart by its label: "تنويه: الأسعار الواردة في هذا التقرير … استرشادية"، "هامش: يضم المجلس …". */
const NOTE_LABEL_LINE = /^[*\s]*(?:تنويه|هامش)\s*[:：]/;
/**
 * An opinion page's disclaimer under the column: "* الآراء الواردة تعبر عن رأي كاتبها، ولا تعبر بالضرورة عن رأي …"; see
 * NOTE_LABEL_LINE for an editor's note.
 */
const DISCLAIMER_LINE = /^[*\s]*(?:الاراء الوارده|الاراء المنشوره|الاراء المذكوره|المقال يعبر عن|هذا المقال يعبر|المقالات المنشوره تعبر|ما ورد في (?:هذا )?المقال)/;
const RIGHTS_LINE = /(?:جميع الحقوق محفوظه|حقوق النشر محفوظه|all rights reserved)/i;
/** A byline's label and only initials after it (normalised): "تحرير: ف.ح"، "اعداد: م. ع / س.ك". */
const INITIALS_AFTER_LABEL = /^[^:]{2,12}:\s*(?:[\u0621-\u064a]{1,2}\s*[./]\s*)+[\u0621-\u064a]{1,2}\.?$/;

/** Wire agencies as a story's closing credit names them (normalised): "(د ب أ، رويترز، أ ف ب)"، "فرانس24/ أ ف ب". */
const CREDIT_AGENCY = /(?:رويترز|ا ف ب|اف ب|د ب ا|ا ب|فرانس ?برس|فرانس ?24|الاناضول|اسوشيتد برس|وكالات|وام|واس|قنا|كونا|بنا|سبا|سانا|واج|وات|ومع|dpa|afp|ap|reuters)/gi;

/**
 * "م.ش/ ع.ج.م (د ب أ، رويترز، أ ف ب)": the editors' initials and the agencies a story drew on, closing it. Nothing
 * but agencies, initials and punctuation.
 */
function agencyCredit(norm: string): boolean {
  if (norm.length > 80 || !/[(（]|\//.test(norm)) return false;
  CREDIT_AGENCY.lastIndex = 0;
  if (!CREDIT_AGENCY.test(norm)) return false;
  const rest = norm.replace(CREDIT_AGENCY, ' ').replace(/[()（）/،,.|\-–—]/g, ' ');
  return rest.split(/\s+/).every((w) => w.length <= 3);
}

/** Tags that can be the body container. */
const NOT_CONTAINER = new Set([
  'P', 'A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'U', 'FONT', 'SMALL', 'BIG', 'SUB', 'SUP', 'ABBR', 'TIME', 'LABEL',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DT', 'DD', 'PRE', 'CODE', 'Q', 'CITE', 'MARK', 'HTML', 'TR', 'THEAD',
  'UL', 'OL', 'DL', 'FIGURE', 'FIGCAPTION', 'BLOCKQUOTE',
]);
/** Blocks whose paragraph score goes to their parent (they are paragraphs, not containers). */
const INLINE_LABEL_TAGS = new Set(['SPAN', 'B', 'STRONG', 'SMALL', 'EM', 'I', 'FONT', 'LABEL', 'INS']);
const PARAGRAPH_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DT', 'DD', 'FIGCAPTION', 'CAPTION']);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A short element before element i among its siblings says "التعليقات" (i is a comment or the form) or «– انتهى –» (i is boilerplate after a release's end). */
function afterCommentsLabel(s: Stats, i: number): boolean {
  const label = commentLabels(s).get(s.parent[i]);
  return label !== undefined && label < i;
}

/** By parent: the first child that is a short comments label (not the headline), found in one pass over the page. */
const commentLabelCache = new WeakMap<Stats, Map<number, number>>();
function commentLabels(s: Stats): Map<number, number> {
  let m = commentLabelCache.get(s);
  if (m) return m;
  m = new Map();
  for (let j = 0; j < s.els.length; j++) {
    if (s.textLen[j] === 0 || s.textLen[j] >= 40 || s.tags[j] === 'H1' || !s.firstText[j]) continue;
    const p = s.parent[j];
    // (and the end mark of a press release, «– انتهى –»: what follows it is the sender's boilerplate, "نبذة عن …")
    // (or the English wires' «# # #»)
    if (!m.has(p) && (COMMENTS_LABEL.test(leadLabel(s.firstText[j]!)) || (s.textLen[j] < 40 && s.firstText[j]!.includes('انته') && END_MARK.test(labelNorm(s.els[j].textContent ?? ''))) || (s.firstText[j]!.charCodeAt(0) === 0x23 && HASH_MARK.test(s.els[j].textContent ?? '')))) m.set(p, j);
  }
  commentLabelCache.set(s, m);
  return m;
}

/** A press release's end mark alone in its paragraph (normalised): «– انتهى –»، «(انتهى)»، «-انتهى-». */
/** A wire's end mark: "(انتهى)"، "- انتهى -"، and the agency's with its time and code, "//انتهى// 14:32 ت م 0127". */
const END_MARK = /^[\s\-–—(*#/]*انتهي[\s\-–—).*#/]*(?:\d{1,2}:\d\d(?:\s*ت\s*[مغ])?(?:\s*\d{2,6})?)?\s*$/;
/** «# # #» (three or more hash marks alone in a paragraph): the end of a press release in the English wires' style. */
const HASH_MARK = /^\s*#(?:\s*#){2,}\s*$/;

function labelNorm(s: string): string {
  const n = normalizeText(s);
  // Most labels are already clean once normalised (Arabic letters, ASCII other than capitals, single
  // inner spaces): then the replace, trim and toLowerCase below would each copy the string unchanged.
  return isCleanLabel(n) ? n : n.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** No whitespace but single inner spaces, and only characters without case (Arabic) or lower-case ASCII. */
function isCleanLabel(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 0x20) return false;
    } else if (c >= 0x0600 && c <= 0x06ff) continue;
    else if (c <= 0x20 || c >= 0x7f || (c >= 0x41 && c <= 0x5a)) return false;
  }
  return true;
}

/** classWords by its raw class + id: a page repeats its classes, and a site its layout (bounded). */
const classWordsOf = new Map<string, string>();

function classWords(el: Element): string {
  return classWordsOfAttrs(el.getAttribute('class') ?? '', el.getAttribute('id') ?? '');
}

/** classWords of an element whose class and id attributes are these ('' when absent). */
function classWordsOfAttrs(cls: string, id: string): string {
  const raw = (cls + ' ' + id).slice(0, 300);
  let words = classWordsOf.get(raw);
  if (words !== undefined) return words;
  // camelCase → kebab, then lower-case
  words = raw
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    // page builders wrap everything in layout classes ("elementor-widget-container"): keep only the widget kind
    .replace(/\belementor-(?:widget-container|widget-wrap|element|widget|column|section|container|row|inner|top-section|col-\d+)\b/g, ' ')
    .replace(/\belementor-widget-/g, ' ');
  if (classWordsOf.size >= 4096) classWordsOf.clear();
  classWordsOf.set(raw, words);
  return words;
}

/** classWords of an element without attributes. */
const NO_CLASS_WORDS = classWordsOfAttrs('', '');

/**
 * "PLACE في DATE /AGENCY/", "PLACE في DATE (AGENCY) -" or "PLACE: DATE (AGENCY) –" ("PLACE، DATE …" too) at the start
 * of the body: the date, to the day, or null.
 */
function agencyDateline(head: string): string | null {
  // (or a line of its own, the town and the day: "الرباط - الجمعة 14 نونبر 2025")
  // (or closed by a second dash on the story's first line: "بيروت – الخميس 13 تشرين الثاني 2025 – اختتمت …")
  const line = /^([^\s\d\-–—][^\n\d\-–—]{1,30}?)\s*[-–—]\s*([^\n]{6,50})\n/.exec(head) ?? /^([^\s\d\-–—][^\n\d\-–—]{1,30}?)\s*[-–—]\s*([^\n\-–—]{6,50}?)\s*[-–—]\s/.exec(head);
  if (line) {
    const v = safeParseDateline(line[2]);
    if (v && /^\d{4}-\d\d-\d\d/.test(v)) return v;
  }
  const m = /^([^\n/()]{6,100}?)\s*(?:\/[^/\n]{2,25}\/|\([^()\n]{2,25}\)\s*[-–—])/.exec(head);
  if (!m || !(/\sفي\s/.test(m[1]) || /^[^\s:،]{2,20}(?:\s[^\s:،]{2,20})?\s*[:،]\s/.test(m[1]))) return null;
  const v = safeParseDateline(m[1]);
  return v && /^\d{4}-\d\d-\d\d/.test(v) ? v : null;
}

function safeParseDateline(s: string): string | null {
  try {
    return parseDateline(s);
  } catch {
    return null;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Pass 1: measure

interface Stats {
  els: Element[];
  tags: string[];
  parent: Int32Array;
  /** Non-space characters in the subtree (filled bottom-up). */
  textLen: Float64Array;
  linkLen: Float64Array;
  /** Own paragraphs (text whose nearest block is this element). */
  ownScore: Float64Array;
  ownMass: Float64Array;
  ownTextParas: Float64Array;
  ownLinkLines: Float64Array;
  ownLinkedHeading: Uint8Array;
  ownVideo: Uint8Array;
  /** Has an <img>/<picture>/<amp-img> child. */
  ownImage: Uint8Array;
  /** Characters of the element's own Text children (and of them inside links). */
  directText: Float64Array;
  directLink: Float64Array;
  /** Link characters of linked prose that do not count as links (half of them). */
  ownLinkDiscount: Float64Array;
  /** Good-paragraph mass over the whole subtree, noise not removed (filled bottom-up). */
  rawMass: Float64Array;
  /** Headline links (linked headings and link lines) and images over the whole subtree, noise not removed. */
  rawHeadlines: Float64Array;
  rawImages: Float64Array;
  firstText: (string | undefined)[];
  /** classWords of each element, read once while measuring. */
  classW: string[];
  /** Whether the element has any attribute (none: no role, class or id to read). */
  hasAttrs: Uint8Array;
  index: Map<Element, number>;
  /** Index of the last element of each subtree. */
  last: Int32Array;
  h1: number[];
  titleLike: number[];
  times: number[];
}

interface Acc {
  el: number;
  len: number;
  link: number;
  commas: number;
  stops: number;
  br: number;
  /** <a> elements opened in this paragraph, and text nodes outside links. */
  links: number;
  gaps: number;
}

/**
 * Prose that links many of its names (sites that tag every entity) still has words between the links and
 * punctuation; a list line or a headline link does not.
 */
function isLinkedProse(gaps: number, links: number, commas: number, stops: number, ld: number): boolean {
  return ld < 0.9 && commas + stops >= 1 && gaps >= 2 && gaps * 2 >= links;
}

function* measureSteps(top: Element): Generator<void, Stats> {
  const els: Element[] = [];
  const tags: string[] = [];
  const parentArr: number[] = [];
  const index = new Map<Element, number>();
  const directText: number[] = [];
  const directLink: number[] = [];
  const ownScore: number[] = [];
  const ownMass: number[] = [];
  const ownTextParas: number[] = [];
  const ownLinkLines: number[] = [];
  const ownLinkedHeading: number[] = [];
  const ownVideo: number[] = [];
  const ownImage: number[] = [];
  const ownLinkDiscount: number[] = [];
  const firstText: (string | undefined)[] = [];
  const classW: string[] = [];
  const hasAttrs: number[] = [];
  const lastArr: number[] = [];
  const h1: number[] = [];
  const titleLike: number[] = [];
  const times: number[] = [];

  const accs: Acc[] = [];
  const navLink: number[] = [];
  let linkDepth = 0;
  let headingOpen = -1;

  const flush = (a: Acc) => {
    if (a.len > 0) {
      const o = a.el;
      const rawLd = a.link / a.len;
      const prose = rawLd >= 0.5 && isLinkedProse(a.gaps, a.links, a.commas, a.stops, rawLd);
      // links inside prose count half: the paragraph is still text
      const ld = prose ? rawLd * 0.5 : rawLd;
      if (prose) ownLinkDiscount[o] += a.link * 0.5;
      if (a.len >= 25 && ld < 0.5) {
        ownScore[o] += (1 + a.commas + Math.min(a.len / 100, 3)) * (1 - ld);
        ownMass[o] += a.len * (1 - ld);
        ownTextParas[o] += 1;
      } else if (a.len >= 8 && ld >= 0.7) {
        ownLinkLines[o] += 1;
      }
    }
    a.len = 0;
    a.link = 0;
    a.commas = 0;
    a.stops = 0;
    a.br = 0;
    a.links = 0;
    a.gaps = 0;
  };

  const addElement = (el: Element, tag: string, parent: number, words: string, attrs: boolean): number => {
    const i = els.length;
    els.push(el);
    tags.push(tag);
    classW.push(words);
    hasAttrs.push(attrs ? 1 : 0);
    parentArr.push(parent);
    index.set(el, i);
    directText.push(0);
    directLink.push(0);
    ownScore.push(0);
    ownMass.push(0);
    ownTextParas.push(0);
    ownLinkLines.push(0);
    ownLinkedHeading.push(0);
    ownVideo.push(0);
    ownImage.push(0);
    ownLinkDiscount.push(0);
    firstText.push(undefined);
    return i;
  };

  type Frame = { node: Node; parent: number; exit: number };
  const stack: Frame[] = [{ node: top, parent: -1, exit: -1 }];
  let steps = 0;
  while (stack.length > 0) {
    if (++steps % SLICE_NODES === 0) yield;
    const f = stack.pop()!;
    if (f.exit >= 0) {
      const i = f.exit;
      const tag = tags[i];
      lastArr[i] = els.length - 1;
      if (navLink[i]) linkDepth--;
      if (i === headingOpen) headingOpen = -1;
      if (BLOCK_TAGS.has(tag) || i === 0) {
        const a = accs.pop();
        if (a) flush(a);
      }
      continue;
    }
    const node = f.node;
    const nodeType = node.nodeType;
    if (nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      let len = 0;
      let commas = 0;
      let stops = 0;
      for (let k = 0; k < data.length; k++) {
        const c = data.charCodeAt(k);
        if (isSpaceCode(c)) continue;
        len++;
        if (c === 0x060c || c === 0x2c || c === 0x061b) commas++;
        else if (c === 0x2e || c === 0x061f || c === 0x21 || c === 0x06d4) stops++;
      }
      if (len === 0) continue;
      const p = f.parent;
      directText[p] += len;
      if (linkDepth > 0) directLink[p] += len;
      const a = accs[accs.length - 1];
      if (a) {
        a.len += len;
        if (linkDepth > 0) a.link += len;
        a.commas += commas;
        a.stops += stops;
        a.br = 0;
        if (linkDepth === 0 && len >= 2) a.gaps++;
      }
      // first visible words, set on every ancestor that has none yet (amortised O(1) per element)
      const snippet = data.trim().slice(0, 60);
      for (let q = p; q >= 0 && firstText[q] === undefined; q = parentArr[q]) firstText[q] = snippet;
      continue;
    }
    if (nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (tag === 'BR') {
      const a = accs[accs.length - 1];
      if (a) {
        a.br++;
        if (a.br >= 2) flush(a);
      }
      continue;
    }
    if (skipsContent(el, tag) && f.parent >= 0) {
      if (tag === 'VIDEO' || (tag === 'IFRAME' && /youtube|vimeo|dailymotion|player/i.test(el.getAttribute('src') ?? ''))) {
        ownVideo[f.parent] = 1;
      }
      if (tag === 'IMG' || tag === 'PICTURE') ownImage[f.parent] = 1;
      if (tag === 'IMG' || tag === 'PICTURE' || tag === 'SVG') continue;
      if (BLOCK_TAGS.has(tag)) {
        const a = accs[accs.length - 1];
        if (a) flush(a);
      }
      continue;
    }
    // (the attributes read once: isHiddenElement's tests and the class words)
    const attrs = el.hasAttributes();
    const cls = attrs ? el.getAttribute('class') : null;
    if (f.parent >= 0 && attrs && hiddenByAttributes(el, cls)) continue;
    const i = addElement(el, tag, f.parent, attrs ? classWordsOfAttrs(cls ?? '', el.getAttribute('id') ?? '') : NO_CLASS_WORDS, attrs);
    if (tag === 'AMP-IMG' && f.parent >= 0) ownImage[f.parent] = 1;
    if (tag === 'H1') h1.push(i);
    else if ((tag === 'H2' || tag === 'H3' || tag === 'DIV' || tag === 'SPAN' || tag === 'P' || tag === 'TD') && TITLE_CLASS.test(classW[i])) titleLike.push(i);
    if (tag === 'TIME') times.push(i);
    if (HEADING_TAGS.has(tag)) {
      if (linkDepth > 0) ownLinkedHeading[i] = 1;
      headingOpen = i;
    }
    if (tag === 'A' && isNavLink(el)) {
      navLink[i] = 1;
      if (headingOpen >= 0) ownLinkedHeading[headingOpen] = 1;
      linkDepth++;
      const top = accs[accs.length - 1];
      if (top) top.links++;
    }
    if (BLOCK_TAGS.has(tag) || f.parent < 0) {
      const a = accs[accs.length - 1];
      if (a) flush(a);
      accs.push({ el: i, len: 0, link: 0, commas: 0, stops: 0, br: 0, links: 0, gaps: 0 });
    }
    stack.push({ node: el, parent: f.parent, exit: i });
    // Sibling pointers rather than childNodes[k]: the same nodes, without an indexed NodeList (slow in jsdom).
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, parent: i, exit: -1 });
  }

  const n = els.length;
  const parent = Int32Array.from(parentArr);
  const textLen = new Float64Array(n);
  const linkLen = new Float64Array(n);
  const rawMass = new Float64Array(n);
  const rawHeadlines = new Float64Array(n);
  const rawImages = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    textLen[i] += directText[i];
    linkLen[i] += directLink[i];
    rawMass[i] += ownMass[i];
    rawHeadlines[i] += ownLinkedHeading[i] + ownLinkLines[i];
    rawImages[i] += ownImage[i];
    const p = parent[i];
    if (p >= 0) {
      textLen[p] += textLen[i];
      linkLen[p] += linkLen[i];
      rawMass[p] += rawMass[i];
      rawHeadlines[p] += rawHeadlines[i];
      rawImages[p] += rawImages[i];
    }
  }
  return {
    els,
    tags,
    parent,
    textLen,
    linkLen,
    ownScore: Float64Array.from(ownScore),
    ownMass: Float64Array.from(ownMass),
    ownTextParas: Float64Array.from(ownTextParas),
    ownLinkLines: Float64Array.from(ownLinkLines),
    ownLinkedHeading: Uint8Array.from(ownLinkedHeading),
    ownVideo: Uint8Array.from(ownVideo),
    ownImage: Uint8Array.from(ownImage),
    directText: Float64Array.from(directText),
    directLink: Float64Array.from(directLink),
    ownLinkDiscount: Float64Array.from(ownLinkDiscount),
    rawMass,
    rawHeadlines,
    rawImages,
    firstText,
    classW,
    hasAttrs: Uint8Array.from(hasAttrs),
    index,
    last: Int32Array.from(lastArr),
    h1,
    titleLike,
    times,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Pass 2: boilerplate

const BOX_TAGS = new Set(['DIV', 'SECTION', 'ASIDE', 'ARTICLE', 'UL', 'OL', 'DL', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'FORM', 'NAV', 'HEADER', 'FOOTER', 'MAIN']);

/**
 * Whether the element's first words are its own label (its own text, or a heading/label child) rather than
 * the label of a box nested first inside it: a body block that happens to open with a related box is not
 * itself that box.
 */
function ownLead(s: Stats, i: number): boolean {
  for (let c = s.els[i].firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE) {
      if (/\S/.test((c as Text).data)) return true;
      continue;
    }
    if (c.nodeType !== ELEMENT_NODE) continue;
    const ci = s.index.get(c as Element);
    if (ci === undefined || s.textLen[ci] === 0) continue;
    if (BOX_TAGS.has(s.tags[ci])) return false;
    // a paragraph is the box's label only when it holds nothing else ("<p><b>اقرأ أيضا:</b></p>")
    if (s.tags[ci] === 'P') return s.textLen[ci] <= 25;
    return true;
  }
  return false;
}

/** Whether the element's page has any <input> or <select> at all (most articles have none: no box is asked then). */
const fieldsOf = new WeakMap<Document, boolean>();
function pageHasFields(el: Element): boolean {
  const doc = el.ownerDocument;
  let has = fieldsOf.get(doc);
  if (has === undefined) fieldsOf.set(doc, (has = doc.getElementsByTagName('input').length + doc.getElementsByTagName('select').length >= 2));
  return has;
}

function hasBoxChild(el: Element): boolean {
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (BOX_TAGS.has(c.tagName.toUpperCase())) return true;
  return false;
}

/**
 * labelNorm of the first 40 characters of an element's first words (Stats.firstText), for the page analyse() is
 * reading: an element's ancestors share its first words (the same string), and selfNoise reads them up to twice
 * per element. Emptied by analyse() for each page.
 */
const leadLabels = new Map<string, string>();

function leadLabel(first: string): string {
  let label = leadLabels.get(first);
  // (a play mark or a bullet before the label: "▶ شاهد أيضا")
  if (label === undefined) leadLabels.set(first, (label = labelNorm(first.slice(0, 40)).replace(/^[▶►▸•■●◄◀➤»]+\s*/u, '')));
  return label;
}

/**
 * What the page's text holds at all, read once per page: ▲/▼ price marks, contact labels. The boxes those make are
 * looked for only where the page has them (reading every small box's text for them cost detection 70%).
 */
/** (per document, as pageHasFields is) */
const pageMarkCache = new WeakMap<Document, { prices: boolean; contact: boolean }>();

function pageMarks(el: Element): { prices: boolean; contact: boolean } {
  const doc = el.ownerDocument;
  let m = pageMarkCache.get(doc);
  if (!m) {
    const t = doc.body?.textContent ?? '';
    // (the labels of CONTACT_FIELD as pages write them, before normalisation)
    m = { prices: t.includes('▲') || t.includes('▼'), contact: /(?:العنوان|الهاتف|هاتف|الفاكس|فاكس|البريد|الموقع الإلكتروني|ساعات العمل|ساعات الدوام|استقبال الجمهور|مواعيد العمل)\s*[:：]/.test(t) };
    pageMarkCache.set(doc, m);
  }
  return m;
}

/** Labels of an office's contact lines (normalised): address, phone, fax, e-mail, opening hours. */
const CONTACT_FIELD = /^(?:العنوان|الهاتف|هاتف|الفاكس|فاكس|البريد الالكتروني|البريد|الموقع الالكتروني|ساعات العمل|ساعات الدوام|استقبال الجمهور|مواعيد العمل)\s*[:：]/;

/** The list's items are contact lines: two at least, and most of them. */
function contactList(list: Element | null): boolean {
  if (!list) return false;
  const items = list.tagName.toUpperCase() === 'DL' ? list.getElementsByTagName('dt') : list.getElementsByTagName('li');
  if (items.length < 2 || items.length > 12) return false;
  let fields = 0;
  for (let k = 0; k < items.length; k++) if (CONTACT_FIELD.test(labelNorm((items[k].textContent ?? '').slice(0, 40)))) fields++;
  return fields >= 2 && fields >= 0.6 * items.length;
}

/** How many ▲ / ▼ marks (a price's rise or fall) the text holds, up to four. */
function priceMarks(t: string): number {
  let n = 0;
  for (let k = t.indexOf('▲'); k >= 0 && n < 4; k = t.indexOf('▲', k + 1)) n++;
  for (let k = t.indexOf('▼'); k >= 0 && n < 4; k = t.indexOf('▼', k + 1)) n++;
  return n;
}

/** The <figcaption> the element sits in, three levels up at most (a walk of parents: a selector match is slow in jsdom). */
function captionAbove(el: Element): Element | null {
  let p = el.parentElement;
  for (let d = 0; d < 3 && p; d++, p = p.parentElement) if (p.tagName.toUpperCase() === 'FIGCAPTION') return p;
  return null;
}

/** Captions this long are sentences of a story, not a picture's label. */
const ESSAY_CAPTION = 180;

/**
 * A figure of a photo essay: its caption runs to sentences (ESSAY_CAPTION characters), and so do those of two
 * figures beside it at least ("<figure>…<figcaption>عند أرزة غورو، على بعد كيلومترات … يقول …</figcaption></figure>"
 * seven times, the story told in them). A gallery's or a lookbook's short captions are no story.
 */
function essayFigure(fig: Element | null): boolean {
  if (!fig || fig.tagName.toUpperCase() !== 'FIGURE' || captionLength(fig) < ESSAY_CAPTION) return false;
  const parent = fig.parentElement;
  if (!parent) return false;
  let long = 0;
  let captions = 0;
  let rest = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) {
    const len = c.tagName.toUpperCase() === 'FIGURE' ? captionLength(c) : -1;
    if (len >= ESSAY_CAPTION) {
      long++;
      captions += len;
    } else if (len < 0) rest += (c.textContent ?? '').length;
  }
  // (and the captions carry more of the text than the paragraphs around them: a photo story whose own paragraphs
  // tell it leaves its captions out, however long)
  return long >= 3 && captions >= rest;
}

function captionLength(fig: Element): number {
  const cap = fig.getElementsByTagName('figcaption')[0];
  return cap ? (cap.textContent ?? '').trim().length : 0;
}

/** Boxes that may hold a summary in another language. */
const FOREIGN_BOX_TAGS = new Set(['DIV', 'SECTION', 'BLOCKQUOTE', 'P']);

/** Share of the letters of a text that are Latin (of the Latin and Arabic ones). */
function latinShare(text: string): number {
  let latin = 0;
  let arabic = 0;
  for (let k = 0; k < text.length && k < 2000; k++) {
    const c = text.charCodeAt(k);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0xc0 && c <= 0x24f)) latin++;
    else if (c >= 0x0620 && c <= 0x064a) arabic++;
  }
  return latin + arabic > 0 ? latin / (latin + arabic) : 0;
}

function selfNoise(s: Stats, i: number, totalRaw: number): boolean {
  const el = s.els[i];
  const tag = s.tags[i];
  const ld = s.textLen[i] > 0 ? s.linkLen[i] / s.textLen[i] : 0;
  // a box that holds most of the page's good text is never boilerplate, whatever its class says
  const holdsBody = totalRaw > 0 && s.rawMass[i] > 0.5 * totalRaw && ld < 0.35;
  // (a photo essay's figures, whose long captions tell the story, are the story: see essayFigure)
  if ((tag === 'FIGURE' || tag === 'FIGCAPTION') && essayFigure(tag === 'FIGURE' ? el : el.parentElement)) return false;
  if (tag === 'NAV' || tag === 'FIGURE' || tag === 'FIGCAPTION' || tag === 'MENU' || tag === 'DIALOG') return !holdsBody;
  // a code sample set in a story ("<pre><code>requests.post(…)</code></pre>"): for programmers, not the story's prose
  // (an Arabic text kept as written, a phishing message quoted in a <pre>, is the story's)
  if (tag === 'PRE') return !holdsBody && latinShare(el.textContent ?? '') > 0.5;
  // a collapsible part of the story, whatever its class or its summary says ("<details class="read-more"><summary>اقرأ
  // المزيد</summary><p>…</p><p>…</p></details>"): its paragraphs are the story's last ones
  if (tag === 'DETAILS' && ld < 0.3 && el.getElementsByTagName('p').length >= 2) return false;
  if (tag === 'FOOTER' || tag === 'ASIDE') return !holdsBody;
  if (tag === 'HEADER') {
    // the site's header (a banner, or navigation without a headline), not an article's own <header>
    if (el.getAttribute('role') === 'banner') return !holdsBody;
    if (el.getElementsByTagName('nav').length > 0 && el.getElementsByTagName('h1').length === 0) return !holdsBody;
  }
  const role = s.hasAttrs[i] ? el.getAttribute('role') : null;
  if (role && NOISE_ROLES.has(role.toLowerCase())) return !holdsBody;
  // a box in another language set in an Arabic story ("<div class="resume-fr" lang="fr"><h4>Résumé</h4><p>La
  // ministre …</p></div>"): a summary or a translation for other readers, not the story's text
  if (s.hasAttrs[i] && !holdsBody && FOREIGN_BOX_TAGS.has(tag) && s.textLen[i] >= 80) {
    const lang = el.getAttribute('lang');
    if (lang && !/^ar\b/i.test(lang) && latinShare(el.textContent ?? '') > 0.8) return true;
  }
  const lead = ownLead(s, i) ? s.firstText[i] : undefined;
  // a box that opens with a comments label is the readers' section, however much text it holds
  if (lead && COMMENTS_LABEL.test(leadLabel(lead))) {
    if (!holdsBody) return true;
    // holding most of the text: only when the label is the box's heading and the headline is not inside
    const h = el.querySelector('h1, h2, h3, h4, h5, h6');
    if (h && h.tagName.toUpperCase() !== 'H1' && COMMENTS_LABEL.test(labelNorm((h.textContent ?? '').slice(0, 40)))) return true;
  }
  // a posting or update stamp set in its own element inside the story ("<span class="upd">آخر تحديث: 08-12-2025 |
  // 12:05</span>", "<p>نُشر في: 17 سبتمبر 2025 | 9:40 م</p>"): a label, a date or a time, no sentence
  if (s.textLen[i] > 0 && s.textLen[i] <= 90 && lead && STAMP_ONLY.test(labelNorm(el.textContent ?? '')) && /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d{1,2}:\d\d/.test(el.textContent ?? '') && !/[.؟!]\s*$/.test((el.textContent ?? '').trim())) return true;
  // a video's teaser set in the story ("<div>▶ فيديو | لحظة أداء العمدة اليمين (1:42)</div>"): a label and a duration
  if (s.textLen[i] > 0 && s.textLen[i] <= 200 && lead && !PARAGRAPH_TAGS.has(tag) && /^[▶►]?\s*(?:فيديو|شاهد(?:\s+(?:ايضا|كذلك))?|بالفيديو)\s*[|:：\-–]/.test(labelNorm(el.textContent ?? '').replace(/^[^\u0600-\u06ff▶►]+/, ''))) return true;
  // (and such a teaser in a paragraph of its own: "<p>فيديو | طوابير الجوعى … (تصوير: …)</p>")
  if (tag === 'P' && s.textLen[i] > 0 && s.textLen[i] <= 250 && /^[▶►]?\s*(?:فيديو|بالفيديو)\s*[|:：]/.test(labelNorm((el.textContent ?? '').slice(0, 40)).replace(/^[^\u0600-\u06ff▶►]+/, ''))) return true;
  // (a trailer or a clip announced with a play mark and its length: "▶ شاهد الإعلان الترويجي لفيلم «…» - المدة 2:14")
  if (s.textLen[i] > 0 && s.textLen[i] <= 200 && !PARAGRAPH_TAGS.has(tag) && /^\s*[▶►]\s*(?:شاهد|فيديو|بالفيديو)/.test(el.textContent ?? '') && /\d{1,2}:\d\d/.test(el.textContent ?? '')) return true;
  // an office's contact box set in the story: a list whose lines are its address, phone, fax, e-mail, hours
  // ("<ul><li>العنوان: 6 نهج …</li><li>الهاتف: …</li>…</ul>"), with its heading
  if (s.textLen[i] > 0 && s.textLen[i] < 800 && pageMarks(el).contact) {
    if ((tag === 'UL' || tag === 'DL') && contactList(el)) return true;
    // (its box: the list, a heading, a line of text, nothing else)
    if ((tag === 'DIV' || tag === 'SECTION' || tag === 'ASIDE') && contactList(el.querySelector('ul, dl')) && Array.from(el.children).every((c) => /^(H[1-6]|UL|DL|P)$/.test(c.tagName.toUpperCase()))) return true;
  }
  // a live board of prices set in the story: three rises or falls marked ▲ ▼ at least ("برنت 67.12 $ ▼ 0.48%" …)
  if (s.textLen[i] > 0 && s.textLen[i] < 800 && !PARAGRAPH_TAGS.has(tag) && pageMarks(el).prices && priceMarks(el.textContent ?? '') >= 3) return true;
  // a share's price card set in the story: "أكوا باور | 2082 | 412.00 ريال ▲ 3.10%"
  if (s.textLen[i] > 0 && s.textLen[i] <= 100 && !PARAGRAPH_TAGS.has(tag) && /[▲▼]/.test(el.textContent ?? '') && /%/.test(el.textContent ?? '') && !/[.؟!]\s*$/.test((el.textContent ?? '').trim())) return true;
  // a match's facts in an element of their own, not a paragraph of the story ("<div>الإنذارات: ريبين سليمان، …</div>")
  if (s.textLen[i] > 0 && s.textLen[i] <= 200 && lead && !PARAGRAPH_TAGS.has(tag) && MATCH_FACT.test(labelNorm(el.textContent ?? ''))) return true;
  // a footnote's marker in the text: <sup><a href="#fn1">1</a></sup>
  if (tag === 'SUP' && s.textLen[i] <= 5 && /^\s*[[(]?\d{1,3}[\])]?\s*$/.test(el.textContent ?? '') && el.querySelector('a[href^="#"]')) return true;
  // the heading of the endnotes itself
  if (HEADING_TAGS.has(tag) && s.textLen[i] > 0 && s.textLen[i] < 40 && lead && NOTES_LABEL.test(leadLabel(lead))) return true;
  // the site's own blurb in a box headed «من نحن» ("<div><h4>من نحن</h4><p>«اللؤلؤة» صحيفة يومية …</p></div>")
  if (!PARAGRAPH_TAGS.has(tag) && s.textLen[i] > 0 && s.textLen[i] < 600) {
    const head = el.firstElementChild;
    if (head && HEADING_TAGS.has(head.tagName.toUpperCase()) && ABOUT_LABEL.test(leadLabel(head.textContent ?? ''))) return true;
  }
  // a box announced by the heading just before it ("<h3>التعليقات</h3><div>…</div>", "<h3>اقرأ أيضا</h3><ul>")
  const prev = el.previousElementSibling;
  const pi = prev ? s.index.get(prev) : undefined;
  if (pi !== undefined && HEADING_TAGS.has(s.tags[pi]) && !PARAGRAPH_TAGS.has(tag) && s.textLen[pi] > 0 && s.textLen[pi] < 40 && s.firstText[pi]) {
    const label = leadLabel(s.firstText[pi]!);
    if (COMMENTS_LABEL.test(label) || NOTES_LABEL.test(label) || ABOUT_LABEL.test(label)) return true;
    if (BOX_LABEL_ONLY.test(label) && !label.startsWith('عاجل') && (s.rawMass[i] < 200 || ld > 0.5) && !holdsBody) return true;
  }
  // the readers' comments after a label of their own that is no heading ("<div class="side_head">التعليقات (٣)</div>"
  // then a <div> per comment, then the form): every later sibling of the label
  if (!holdsBody && s.textLen[i] > 0 && afterCommentsLabel(s, i)) return true;
  if (holdsBody) return false;
  // an ad slot's label inline in the story's text, its slot empty: "…<br><br><span class="gad">إعلان Google</span>
  // أما الفاسي الفهري …"
  if (s.textLen[i] > 0 && s.textLen[i] <= 40 && INLINE_LABEL_TAGS.has(tag) && AD_LINE.test(labelNorm(el.textContent ?? ''))) return true;
  // a box of figures set in the story: a short label "… بالأرقام" / "… في سطور" and the list under it ("<div>الزيارة
  // بالأرقام</div><ul>…</ul>"): the label, and the list after such a label
  if (s.textLen[i] > 0 && s.textLen[i] < 60 && !LIST_TAGS.has(tag) && FIGURES_LABEL.test(labelNorm(el.textContent ?? ''))) {
    const next = el.nextElementSibling;
    if (next && LIST_TAGS.has(next.tagName.toUpperCase())) return true;
  }
  if (LIST_TAGS.has(tag) && pi !== undefined && s.textLen[i] < 800 && s.textLen[pi] > 0 && s.textLen[pi] < 60 && FIGURES_LABEL.test(labelNorm(prev!.textContent ?? ''))) return true;
  // a table of figures with its own caption or header cells ("أسعار الصرف ...": currency, results, prices)
  // (not one the paragraph before announces with a colon, "… على النحو التالي:": the story goes on in it)
  if (tag === 'TABLE' && s.textLen[i] < 1500 && (el.getElementsByTagName('caption').length > 0 || el.getElementsByTagName('th').length >= 2) && s.rawMass[i] < 200 && !announcedByColon(el)) return true;
  const words = s.classW[i];
  // (not the parts of a photo essay's caption, "<span class="cap-text">", but its credit)
  // (nor a list the paragraph before announces with a colon, "وجاءت قائمة اللاعبين على النحو التالي:", whatever its
  // class: "<ul class="squad">" is then the story's)
  if (words.length > 1 && NOISE_CLASS.test(words) && !STRONG_BODY_CLASS.test(words) && !(!/credit/.test(words) && essayFigure(captionAbove(el)?.parentElement ?? null)) && !((tag === 'UL' || tag === 'OL') && announcedByColon(el))) return true;
  // a reporters' line set apart after the story ("<p class="reporter">ميس العلي – رشا محفوض</p>"); not a live entry's
  // head of stamp and reporter, which its <time> keeps ("<div class="entry-time"><time>…</time><span class="reporter">")
  if ((tag === 'P' || tag === 'DIV') && words.length > 1 && REPORTER_CLASS.test(words) && s.textLen[i] < 120 && !(el.parentElement && el.parentElement.getElementsByTagName('time').length > 0)) return true;
  // a fact-check's verdict stamp, one line ("زائف — الحكم: …"); a review's verdict, the author's paragraphs of
  // conclusion under «الحكم النهائي», is the story's
  if (words.length > 1 && VERDICT_CLASS.test(words) && !Array.from(el.getElementsByTagName('p')).some((p) => (p.textContent ?? '').length >= 120) && !((tag === 'UL' || tag === 'OL') && announcedByColon(el))) return true;
  // a box of figures: a heading and a table, set inside the story ("أسعار الفائدة الرئيسية في دول الخليج")
  // (a longer one when its table has header cells: "مواعيد الرحلات الجديدة" over a timetable)
  if ((tag === 'DIV' || tag === 'ASIDE' || tag === 'SECTION') && (s.textLen[i] < 800 || (s.textLen[i] < 2500 && el.getElementsByTagName('th').length >= 2)) && isHeadingAndTable(el)) return true;
  // a post from a social network embedded in the story without its widget's markup: the account's @handle, a middle
  // dot and the post's date ("محافظة أسوان ✓ @AswanGovEG · 8 نوفمبر"), the post, its time and views
  // (not a live blog's entry that holds such a post under its own paragraph, longer than any post: 280 characters)
  if (s.textLen[i] < 600 && (!PARAGRAPH_TAGS.has(tag) || tag === 'BLOCKQUOTE') && (SOCIAL_HANDLE_LINE.test(el.textContent ?? '') || (socialPost(el) && !Array.from(el.children).some(socialPost))) && !Array.from(el.getElementsByTagName('p')).some((p) => (p.textContent ?? '').length > 300)) return true;
  // a file to download set in the story: a link that says so and the file's type or size ("PDF تحميل اللائحة النهائية …
  // (2,1 ميغابايت)")
  if (s.textLen[i] > 0 && s.textLen[i] < 300 && !PARAGRAPH_TAGS.has(tag) && s.linkLen[i] > 0 && DOWNLOAD_BOX.test(labelNorm(el.textContent ?? ''))) return true;
  // an explainer that opens on a click: <details><summary>ما هي …؟</summary>…</details>
  if (tag === 'DETAILS' && s.textLen[i] < 1500) return true;
  // (and a box of such questions with its heading: "<section><h2>أسئلة شائعة حول …</h2><details>…</details>…</section>")
  if ((tag === 'DIV' || tag === 'SECTION' || tag === 'ASIDE') && s.textLen[i] < 4000 && questionsBox(el)) return true;
  // a sign-up box: a form with an e-mail field and a few lines around it (a newsletter, "اشترك لتصلك كل صباح …")
  if (s.textLen[i] < 300 && !NOT_CONTAINER.has(tag) && tag !== 'FORM' && emailBoxes(s)[i]) return true;
  // a calculator or a converter set in the story: a small box of form fields ("احسب قسطك الشهري": the price, the
  // deposit, the term in <input>s and <select>s, a button and the result)
  if (s.textLen[i] < 800 && !PARAGRAPH_TAGS.has(tag) && !NOT_CONTAINER.has(tag) && pageHasFields(el) && el.getElementsByTagName('input').length + el.getElementsByTagName('select').length >= 2) return true;
  // a pull-quote: a short quotation set apart with its attribution in a <cite> ("«…»<cite>— عمر الدرعي</cite>")
  if (lead && s.textLen[i] < 300 && /^\s*[«"“„]/.test(lead) && !PARAGRAPH_TAGS.has(tag) && el.getElementsByTagName('cite').length === 1) return true;
  // (or with its attribution after a dash: "«لن نسمح بعودة الجوع …» — لولا دا سيلفا")
  if (lead && s.textLen[i] < 300 && /^\s*[«"“„]/.test(lead) && !PARAGRAPH_TAGS.has(tag) && /[»"”]\s*[—–-]\s*[^\s.،,«»"]+(?:\s+[^\s.،,«»"]+){0,4}\s*$/.test(el.textContent ?? '')) return true;
  // a standfirst set inside the story's container (<p class="chapo">, <p class="standfirst">): one short block of
  // its own, not a box of paragraphs
  if (words.length > 1 && STANDFIRST_CLASS.test(words) && !STRONG_BODY_CLASS.test(words) && s.textLen[i] < 400 &&
    (tag === 'P' || (tag === 'DIV' && el.getElementsByTagName('p').length === 0 && el.getElementsByTagName('div').length === 0))) return true;
  // a teaser card (a picture, a headline link, a line of summary) embedded anywhere: a suggested story
  // (a card holds no boxes of its own: a body block that holds a figure and a related box is no card)
  if (s.rawHeadlines[i] >= 1 && s.rawImages[i] >= 1 && s.textLen[i] < 300 && s.rawMass[i] < 150 && !NOT_CONTAINER.has(tag) && tag !== 'TD' && !hasBoxChild(el)) return true;
  // (or in a paragraph of its own, the caption set in <em>, <small> or <i> after the image: "<p class="pic"><img><br><em>…
  // (تصوير: …)</em></p>")
  if (tag === 'P' && s.ownImage[i] && s.textLen[i] > 0 && s.textLen[i] < 250 && captionOnly(el)) return true;
  // (or with no picture beside it, a short italic line with no end mark: "<p><em>الصفدي ولازاريني خلال لقائهما … (بترا)
  // </em></p>"; not a verse, whose halves a row of dots divides, nor an italic sentence of the story)
  if (tag === 'P' && s.textLen[i] > 0 && s.textLen[i] < 160 && captionOnly(el) && italicCaption(el)) return true;
  // an image with its caption or credit beside it, in a small box of its own
  if (s.ownImage[i] && s.textLen[i] < 160 && !NOT_CONTAINER.has(tag) && tag !== 'TD') return true;
  // (in an old layout, the caption in a <font> or <small> right after the picture, a <br> between: "<img><br><font
  // size="1">سمو أمير المنطقة خلال جولته … (تصوير: …)</font>")
  if ((tag === 'FONT' || tag === 'SMALL') && s.textLen[i] > 0 && s.textLen[i] < 200 && afterPicture(el)) return true;
  // (in a table layout: a small table of one picture and its caption, set among the story's lines)
  if (tag === 'TABLE' && s.rawImages[i] === 1 && s.textLen[i] < 160 && s.rawMass[i] < 100 && el.getElementsByTagName('p').length === 0) return true;
  // a box of links with no paragraph text (related lists under any name): headings and labels go with it
  if (s.textLen[i] >= 20 && ld > 0.6 && s.rawMass[i] === 0 && !NOT_CONTAINER.has(tag)) return true;
  const first = lead;
  if (first && s.textLen[i] < 2500 && (totalRaw === 0 || s.rawMass[i] < 0.35 * totalRaw)) {
    const label = leadLabel(first);
    // "عاجل: …" opens a ticker line: short boxes only
    if (/^عاجل(?:$|[\s:：|\-–—])/.test(label)) return s.textLen[i] < 200;
    // a box whose first words are a label standing alone ("<h3>اقرأ أيضا</h3>", "<b>الوسوم:</b>", "إعلان")
    if (BOX_LABEL_ONLY.test(label)) {
      if (label.startsWith('اعلان') || label.startsWith('مساحه اعلانيه')) return s.textLen[i] < 40;
      // a label box: little paragraph text of its own, or link-heavy
      return s.rawMass[i] < 200 || ld > 0.5;
    }
  }
  return false;
}

/** The element before `el`, line breaks passed over, is a picture. */
function afterPicture(el: Element): boolean {
  let p = el.previousElementSibling;
  while (p && p.tagName === 'BR') p = p.previousElementSibling;
  return !!p && (p.tagName === 'IMG' || p.tagName === 'PICTURE' || (p.tagName === 'A' && p.children.length === 1 && p.children[0].tagName === 'IMG'));
}

interface Analysis {
  stats: Stats;
  noise: Uint8Array;
  mass: Float64Array;
  score: Float64Array;
  textNN: Float64Array;
  linkNN: Float64Array;
  textParas: Float64Array;
  linkLines: Float64Array;
  linkedHeadings: Float64Array;
  videos: Float64Array;
}

/** The element right before `el` is a paragraph of the story whose text ends with a colon: it announces `el`. */
function announcedByColon(el: Element): boolean {
  const prev = el.previousElementSibling;
  if (!prev || prev.tagName.toUpperCase() !== 'P') return false;
  const text = (prev.textContent ?? '').trimEnd();
  // (a short one too when it says "as follows": "وقضت المحكمة بما يلي:")
  return /[:：]$/.test(text) && (text.length >= 40 || /(?:يلي|التالي|كالتالي|الآتي|الاتي)\s*[:：]$/.test(text));
}

/**
 * The body is mostly short lines that end no sentence (under 140 characters, no final stop, quote or colon): twelve or
 * more of them, holding more than a third of its text.
 */
function shortLineHub(body: string): boolean {
  let total = 0;
  let short = 0;
  let count = 0;
  for (const raw of body.split('\n\n')) {
    const p = raw.trim();
    total += p.length;
    if (p.length > 0 && p.length < 140 && !/[.!؟?»:"”)]$/.test(p)) {
      short += p.length;
      count++;
    }
  }
  return count >= 12 && short > 0.35 * total;
}

/** Labels of a listing's fields (normalised): salary, price, address, phone, hours, fees. */
const LISTING_FIELD = /^(الراتب|السعر|الاسعار|العنوان|الهاتف|المده|الخبره|الموهل|الجنسيه|العمر|ساعات العمل|المواعيد|الرسوم)\s*[:：]/;

/** One field label opens three paragraphs or more: the items of a listing (on the golds' articles, never). */
function repeatedField(body: string): boolean {
  const counts = new Map<string, number>();
  // (or a phone number given in three paragraphs or more, two in five at least: a listing's entries, "… العزاء: …
  // ت: 99861204"; a story gives one number, in its last lines)
  const paras = body.split('\n\n');
  let phones = 0;
  for (const p of paras) if (PHONE_FIELD.test(p)) phones++;
  if (phones >= 3 && phones >= 0.4 * paras.length) return true;
  for (const p of paras) {
    const head = p.trimStart().slice(0, 20);
    if (!head.includes(':') && !head.includes('：')) continue;
    const m = LISTING_FIELD.exec(labelNorm(head));
    if (!m) continue;
    const n = (counts.get(m[1]) ?? 0) + 1;
    if (n >= 3) return true;
    counts.set(m[1], n);
  }
  return false;
}

/** A phone number given as a field: "ت: 99861204"، "هاتف: 0096522400000"، "للتواصل: 5509 3877". */
const PHONE_FIELD = /(?:^|[\s(،.-])(?:ت|هاتف|الهاتف|الجوال|جوال|موبايل|للتواصل|للاتصال)\s*[:：]\s*\+?[\d٠-٩][\d٠-٩ -]{6,}/;

/** Paragraphs that are one Arabic letter alone: the section heads of an alphabetical list. */
function letterHeads(body: string): number {
  let n = 0;
  for (const p of body.split('\n\n')) if (/^\s*[\u0621-\u064a]\s*$/.test(p)) n++;
  return n;
}

/**
 * A page of a few short sections under their headings, with less than 1,500 characters in all (a museum's hours and
 * tickets, a dictionary's entry, a campaign's donation page): four headings or more (<h2>–<h6>, none with a digit: a
 * live blog's or a feed's entries carry their times and numbers) and fewer <time>s than headings in the body (a feed's
 * items have one each). No article page of the golds under 1,500 characters has more than two heading lines.
 */
function sectionedInfoPage(builder: TextBuilder, fromPara: number, bodyLen: number, root: Element): boolean {
  if (bodyLen >= 1500) return false;
  let headings = 0;
  for (let k = fromPara; k < builder.paragraphs.length; k++) {
    const b = builder.paragraphs[k].block;
    if (!b || !/^H[2-6]$/.test(b.tagName.toUpperCase())) continue;
    if (/[0-9٠-٩]/.test(builder.text.slice(builder.paragraphs[k].start, builder.paragraphs[k].end))) return false;
    headings++;
  }
  return headings >= 4 && root.getElementsByTagName('time').length < headings;
}

/** The element's children are one heading and one table (and nothing else with text). */
function isHeadingAndTable(el: Element): boolean {
  let heading = 0;
  let table = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) {
    const t = c.tagName.toUpperCase();
    if (HEADING_TAGS.has(t)) heading++;
    else if (t === 'TABLE') table++;
    // (a note of its source under the table: "<small>المصدر: …</small>")
    else if (table > 0 && (t === 'SMALL' || /^\s*المصدر\s*[:：]/.test(c.textContent ?? '')) && (c.textContent ?? '').length < 250) continue;
    else if ((c.textContent ?? '').trim()) return false;
  }
  return heading === 1 && table === 1;
}

const emailBoxCache = new WeakMap<Stats, Uint8Array>();

/** Per element: it holds an <input type="email"> (found once per page, marked on its ancestors). */
function emailBoxes(s: Stats): Uint8Array {
  let marks = emailBoxCache.get(s);
  if (marks) return marks;
  marks = new Uint8Array(s.els.length);
  const inputs = s.els.length ? s.els[0].getElementsByTagName('input') : [];
  for (let k = 0; k < inputs.length; k++) {
    if ((inputs[k].getAttribute('type') ?? '').toLowerCase() !== 'email') continue;
    for (let e: Element | null = inputs[k].parentElement; e; e = e.parentElement) {
      const i = s.index.get(e);
      if (i === undefined) continue;
      if (marks[i]) break;
      marks[i] = 1;
    }
  }
  emailBoxCache.set(s, marks);
  return marks;
}

function analyse(s: Stats): Analysis {
  leadLabels.clear();
  const n = s.els.length;
  const totalRaw = n > 0 ? s.rawMass[0] : 0;
  const noise = new Uint8Array(n);
  const score = new Float64Array(n);
  // Wrappers: an element whose only content is one element child ("<div><div><div class=t-x>…"). They add no level
  // of structure: a paragraph's credit passes through them to the box that holds the paragraphs side by side.
  const children = new Int32Array(n);
  for (let i = 1; i < n; i++) if (s.parent[i] >= 0) children[s.parent[i]]++;
  const wrapper = (q: number) => children[q] === 1 && s.directText[q] === 0;
  const up = (q: number) => {
    let r = s.parent[q];
    while (r > 0 && wrapper(r)) r = s.parent[r];
    return r;
  };
  for (let i = 0; i < n; i++) {
    const p = s.parent[i];
    noise[i] = (p >= 0 && noise[p]) || (i > 0 && selfNoise(s, i, totalRaw)) ? 1 : 0;
    if (noise[i] || s.ownScore[i] === 0) continue;
    // a paragraph credits its container (parent) fully, the next level half, the third a sixth
    let q = PARAGRAPH_TAGS.has(s.tags[i]) ? p : i;
    const w = [1, 0.5, 1 / 6];
    for (let k = 0; k < 3 && q >= 0; k++, q = up(q)) score[q] += s.ownScore[i] * w[k];
  }
  const mass = new Float64Array(n);
  const textNN = new Float64Array(n);
  const linkNN = new Float64Array(n);
  const textParas = new Float64Array(n);
  const linkLines = new Float64Array(n);
  const linkedHeadings = new Float64Array(n);
  const videos = new Float64Array(n);
  const discount = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    if (noise[i]) continue;
    discount[i] += s.ownLinkDiscount[i];
    mass[i] += s.ownMass[i];
    textParas[i] += s.ownTextParas[i];
    linkLines[i] += s.ownLinkLines[i];
    linkedHeadings[i] += s.ownLinkedHeading[i];
    videos[i] += s.ownVideo[i];
    // own (direct) text = total minus children's totals is not tracked; use the subtree totals of non-noise kids
    const p = s.parent[i];
    if (p >= 0) {
      discount[p] += discount[i];
      mass[p] += mass[i];
      textParas[p] += textParas[i];
      linkLines[p] += linkLines[i];
      linkedHeadings[p] += linkedHeadings[i];
      videos[p] += videos[i];
    }
  }
  // non-noise text and link characters: subtract noise subtrees from the raw totals
  // non-noise text and link characters, bottom-up (O(n))
  for (let i = n - 1; i >= 0; i--) {
    if (noise[i]) continue;
    textNN[i] += s.directText[i];
    linkNN[i] += s.directLink[i];
    const p = s.parent[i];
    if (p >= 0) {
      textNN[p] += textNN[i];
      linkNN[p] += linkNN[i];
    }
  }
  for (let i = 0; i < n; i++) linkNN[i] = Math.max(0, linkNN[i] - discount[i]);
  return { stats: s, noise, mass, score, textNN, linkNN, textParas, linkLines, linkedHeadings, videos };
}

// ---------------------------------------------------------------------------------------------------------
// Choosing the body, the headline and the dateline

function classFactor(el: Element): number {
  if (el.getAttribute('itemprop') === 'articleBody') return 1.6;
  const words = classWords(el);
  let f = 1;
  if (STRONG_BODY_CLASS.test(words)) f *= 1.5;
  else if (POSITIVE_CLASS.test(words)) f *= 1.25;
  if (SOFT_NEGATIVE_CLASS.test(words)) f *= 0.75;
  const tag = el.tagName.toUpperCase();
  if (tag === 'ARTICLE') f *= 1.15;
  return f;
}

/** The h1 (or title-classed heading) that reads like the page title, before the body is known. */
function headlineAnchor(a: Analysis, metaTitle: string | null): number {
  if (!metaTitle) return -1;
  const s = a.stats;
  let best = -1;
  let bestSim = 0.5;
  for (const i of [...s.h1, ...s.titleLike].slice(0, 40)) {
    if (s.textLen[i] < 6 || s.textLen[i] > 400) continue;
    const sim = similarity(collectText(s.els[i], { maxChars: 500 }).text, metaTitle);
    if (sim > bestSim || (sim === bestSim && best >= 0 && s.tags[i] === 'H1' && s.tags[best] !== 'H1')) {
      bestSim = sim;
      best = i;
    }
  }
  return best;
}

/** Linked headlines each with a line of summary, or headline links beside one-sentence paragraphs. */
function looksLikeTeasers(a: Analysis, i: number): boolean {
  const headings = a.linkedHeadings[i];
  const lines = a.linkLines[i];
  const paras = a.textParas[i];
  const avgPara = paras > 0 ? a.mass[i] / paras : 0;
  return (headings >= 3 && a.mass[i] / headings < 350) || (lines >= 4 && lines >= 0.6 * paras && avgPara < 300);
}

/**
 * A container made of repeated items, each with its own headline link and a little text (teaser cards
 * with a summary or two): at least four such children, and most of the children that hold text.
 */
function repeatedItems(a: Analysis, root: number): boolean {
  const s = a.stats;
  let box = root;
  for (let depth = 0; depth < 3; depth++) {
    let items = 0;
    let texty = 0;
    let only = -1;
    for (let c = box + 1; c <= s.last[box]; c = s.last[c] + 1) {
      if (a.noise[c] || s.textLen[c] === 0) continue;
      texty++;
      only = c;
      if (a.linkLines[c] + a.linkedHeadings[c] >= 1 && a.mass[c] < 400 && linksAway(s.els[c])) items++;
    }
    if (texty === 1 && only >= 0) {
      box = only; // a single wrapper: look inside it
      continue;
    }
    return items >= 4 && items >= 0.6 * texty;
  }
  return false;
}

/** A list (UL/OL) among the root's children holds at least half its text, and it is a list of linked items (repeatedItems). */
function listDominates(a: Analysis, root: number): boolean {
  const s = a.stats;
  for (let c = root + 1; c <= s.last[root]; c++) {
    if (s.tags[c] !== 'UL' && s.tags[c] !== 'OL') continue;
    if (!a.noise[c] && s.textLen[c] >= 0.5 * s.textLen[root] && linkedItems(s.els[c])) return true;
    c = s.last[c];
  }
  return false;
}

/** At least four items, most of them opening a headline link to another page (with a line of text or a date). */
function linkedItems(list: Element): boolean {
  let items = 0;
  let linked = 0;
  for (const li of Array.from(list.children)) {
    if (li.tagName.toUpperCase() !== 'LI') continue;
    items++;
    const link = li.getElementsByTagName('a')[0];
    if (link && (link.textContent ?? '').trim().length >= 15 && linksAway(li)) linked++;
  }
  return linked >= 4 && linked >= 0.6 * items;
}

/**
 * Text held by the cards inside the body's container (boxes of a heading, a picture and a little text, which
 * the noise rules leave out), when there are at least `min` of them; else 0.
 */
function cardText(a: Analysis, root: number, min: number): number {
  const s = a.stats;
  let cards = 0;
  let text = 0;
  for (let c = root + 1; c <= s.last[root]; c++) {
    if (!a.noise[c] || s.rawImages[c] < 1 || s.textLen[c] >= 300 || NOT_CONTAINER.has(s.tags[c])) continue;
    if (s.rawHeadlines[c] < 1 && !s.els[c].querySelector('h2, h3, h4, h5')) continue;
    cards++;
    text += s.textLen[c];
    c = s.last[c];
  }
  return cards >= min ? text : 0;
}

/** The item's first text link leads to another page (a live-blog entry's permalink is "#…"). */
function linksAway(el: Element): boolean {
  const links = el.getElementsByTagName('a');
  for (let k = 0; k < links.length && k < 5; k++) {
    if (!/\S/.test(links[k].textContent ?? '')) continue;
    const href = (links[k].getAttribute('href') ?? '').trim();
    return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
  }
  return false;
}

function chooseRoot(a: Analysis, anchor: number): number {
  const s = a.stats;
  const n = s.els.length;
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < n; i++) {
    if (a.noise[i] || a.score[i] <= 0) continue;
    const tag = s.tags[i];
    if (NOT_CONTAINER.has(tag)) continue;
    const ld = a.textNN[i] > 0 ? Math.max(0, a.linkNN[i]) / a.textNN[i] : 0;
    let sc = a.score[i] * (1 - Math.min(ld, 0.95)) * classFactor(s.els[i]);
    if (looksLikeTeasers(a, i)) sc *= 0.2;
    // headline proximity: the body follows its headline (or holds it)
    if (anchor >= 0 && ((i > anchor && i - s.last[anchor] < 400) || (i < anchor && anchor <= s.last[i]))) sc *= 1.25;
    if (sc > bestScore) {
      bestScore = sc;
      best = i;
    }
  }
  if (best < 0) return -1;
  // climb while the parent holds clearly more good text (a body split by ads, entries of a live blog)
  let cur = best;
  for (;;) {
    const p = s.parent[cur];
    if (p <= 0 || a.noise[p] || s.tags[p] === 'BODY' || s.tags[p] === 'HTML') break;
    const extraHeadings = a.linkedHeadings[p] - a.linkedHeadings[cur];
    const extraMass = a.mass[p] - a.mass[cur];
    const extraLines = a.linkLines[p] - a.linkLines[cur];
    const extraParas = a.textParas[p] - a.textParas[cur];
    // never climb into a parent whose extra text is a list of teasers
    if ((extraHeadings >= 2 && extraMass / extraHeadings < 350) || (extraLines >= 3 && extraLines >= 0.6 * extraParas)) break;
    if (a.mass[p] >= 1.35 * a.mass[cur] && extraParas >= 1 && extraMass >= 40) cur = p;
    // a wrapper that adds no text of its own (a live-blog entry around its body, between its time and share
    // bar): look past it, and take it only if a box above holds clearly more good text
    // (or only its heading: "<li class="entry"><div class="entry-header"><time>3:40 م</time><h3>…</h3></div>…")
    else if ((extraMass === 0 || (extraMass <= 200 && extraMass < 0.5 * a.mass[cur])) && extraParas <= 1 && entryWrapper(s, p)) {
      const q = s.parent[p];
      if (q <= 0 || a.noise[q] || s.tags[q] === 'BODY' || s.tags[q] === 'HTML') break;
      const qHeadings = a.linkedHeadings[q] - a.linkedHeadings[p];
      const qMass = a.mass[q] - a.mass[p];
      const qLines = a.linkLines[q] - a.linkLines[p];
      const qParas = a.textParas[q] - a.textParas[p];
      if ((qHeadings >= 2 && qMass / qHeadings < 350) || (qLines >= 3 && qLines >= 0.6 * qParas)) break;
      if (a.mass[q] >= 1.35 * a.mass[p] && qParas >= 1 && qMass >= 40) cur = q;
      else break;
    } else break;
  }
  return cur;
}

/**
 * A live-blog entry around its text: an <article>/<li> or a box with its own <time>, one of several such
 * siblings (not a page builder's widget wrapper, whose siblings are share bars and comments).
 */
function entryWrapper(s: Stats, p: number): boolean {
  const el = s.els[p];
  const tag = s.tags[p];
  // (or a box whose head is its stamp written as text: "<div class="entry"><div class="entry-head">04:50 م …</div>")
  const stampHead = (x: Element) => /^\s*[0-9\u0660-\u0669]{1,2}[:：.][0-9\u0660-\u0669]{2}(?:\s|$)/.test(x.firstElementChild?.textContent ?? '');
  const textStamp = tag !== 'ARTICLE' && tag !== 'LI' && el.getElementsByTagName('time').length === 0 && stampHead(el);
  if (tag !== 'ARTICLE' && tag !== 'LI' && el.getElementsByTagName('time').length === 0 && !textStamp) return false;
  const parent = el.parentElement;
  if (!parent) return false;
  let same = 0;
  for (let c = parent.firstElementChild; c; c = c.nextElementSibling) if (c.tagName === el.tagName && (!textStamp || (c.className === el.className && stampHead(c)))) same++;
  return same >= 3;
}

/** Last index inside the subtree rooted at i (pre-order numbering makes subtrees contiguous). */
function subtreeEnd(s: Stats, i: number): number {
  return s.last[i];
}

function cleanTitle(t: string): string {
  return t.replace(/\s+/g, ' ').trim();
}

/** <title> minus " - site" / " | site" (the longest part). */
function titleFromDocTitle(raw: string, siteName: string | null): string | null {
  let t = cleanTitle(raw);
  if (!t) return null;
  if (siteName) {
    const sn = cleanTitle(siteName);
    for (const sep of [' - ', ' | ', ' – ', ' — ', ' :: ', ' » ', ' : ']) {
      if (t.endsWith(sep + sn)) t = t.slice(0, -(sep + sn).length);
      if (t.startsWith(sn + sep)) t = t.slice((sn + sep).length);
    }
  }
  const parts = t.split(/\s+(?:[-|–—»]|::)\s+/).map((x) => x.trim()).filter(Boolean);
  if (parts.length <= 1) return t;
  let best = parts[0];
  for (const p of parts) if (p.split(' ').length > best.split(' ').length) best = p;
  return best;
}

function similarity(a: string, b: string): number {
  const na = labelNorm(a);
  const nb = labelNorm(b);
  if (!na || !nb) return 0;
  if (na === nb) return 1;
  if (na.includes(nb) || nb.includes(na)) return 0.8;
  const wa = new Set(na.split(' '));
  const wb = nb.split(' ');
  let common = 0;
  for (const w of wb) if (wa.has(w)) common++;
  return common / Math.max(wa.size, wb.length);
}

function chooseTitle(a: Analysis, root: number, metaTitle: string | null, siteName: string | null = null): number {
  const s = a.stats;
  const cands = new Set<number>([...s.h1, ...s.titleLike]);
  // h2/h3 just before or at the top of the body (sites that keep h1 for the logo)
  if (root >= 0) {
    for (let j = Math.max(0, root - 60); j < Math.min(s.els.length, root + 40); j++) {
      const t = s.tags[j];
      if (t === 'H2' || t === 'H3') cands.add(j);
    }
  }
  let best = -1;
  let bestScore = 0;
  const end = root >= 0 ? subtreeEnd(s, root) : -1;
  // where the body text starts: a subheading after it is never the headline
  let firstPara = root >= 0 ? end + 1 : s.els.length;
  if (root >= 0) {
    for (let j = root; j <= end && j < root + 400; j++) {
      if (s.ownTextParas[j] > 0) {
        firstPara = j;
        break;
      }
    }
  }
  for (const i of cands) {
    const len = s.textLen[i];
    if (len < 6 || len > 400) continue;
    const el = s.els[i];
    const tag = s.tags[i];
    const sim = metaTitle ? similarity(collectText(el, { maxChars: 500 }).text, metaTitle) : 0;
    // a heading other than h1 must agree with the page title, or (with no page title) come before the body text;
    // a line the page calls its title, above the body, needs no page title ("<td class="titre">" of a print
    // version whose <title> is the site's name)
    const cls = s.classW[i];
    const classTitled = len >= 20 && i < firstPara && TITLE_CLASS.test(cls) && !/(?:^|[\s_-])(?:section|block|widget|box|sidebar|site|page)(?=$|[\s_-])/.test(cls);
    if (tag !== 'H1' && !classTitled && (metaTitle ? sim < 0.5 : i > firstPara)) continue;
    let sc = tag === 'H1' ? 3 : tag === 'H2' ? 1.2 : tag === 'H3' ? 0.8 : 0.6;
    if (TITLE_CLASS.test(cls)) sc += 0.8;
    if (s.textLen[i] > 0 && s.linkLen[i] / s.textLen[i] > 0.6) sc -= 0.8;
    if (len < 15) sc -= 1;
    if (len > 250) sc -= 2;
    // logo / site name, or a heading inside boilerplate
    let logo = false;
    for (let q: number = i, k = 0; q >= 0 && k < 4; q = s.parent[q], k++) {
      if (LOGO_CLASS.test(s.classW[q])) logo = true;
    }
    // (a heading that is all one link to the site's front page: "<h1><a href="/">المرقاب<small>جريدة …</small></a></h1>")
    if (!logo && s.linkLen[i] >= s.textLen[i] && s.textLen[i] > 0) {
      const links = s.els[i].getElementsByTagName('a');
      if (links.length === 1 && /^(?:\/|\.\/|\/?index\.\w+|https?:\/\/[^/]+\/?)$/.test((links[0].getAttribute('href') ?? '').trim())) logo = true;
    }
    // (or the site's name with its motto: "<h1>البيان اليوم<span>صحيفة يومية تصدر من دبي</span></h1>", og:site_name
    // "البيان اليوم", where the story's headline is an <h2>)
    if (!logo && siteName && tag === 'H1' && sim < 0.5) {
      const sn = labelNorm(siteName);
      const own = labelNorm(collectText(el, { maxChars: 500 }).text);
      if (sn.length >= 3 && own.startsWith(sn) && own.length < sn.length + 60) logo = true;
    }
    if (logo) sc -= 4;
    if (a.noise[i]) sc -= 2;
    if (metaTitle) sc += sim >= 1 ? 4 : sim >= 0.8 ? 3 : sim >= 0.5 ? 1.5 : 0;
    if (root >= 0) {
      if (i > root && i <= end) sc += 2;
      else if (i < root) {
        const d = root - i;
        sc += 2.5 * (1 - Math.min(d, 300) / 300);
      } else sc -= 1.5;
    }
    if (sc > bestScore) {
      bestScore = sc;
      best = i;
    }
  }
  if (bestScore >= 2) return best;
  return metaTitle ? elementWithText(a, metaTitle, root) : -1;
}

/** The innermost element whose whole text is the page title (table layouts with <font><b> headlines). */
function elementWithText(a: Analysis, title: string, root: number): number {
  const s = a.stats;
  const want = title.replace(/\s+/g, '').length;
  const limit = root >= 0 ? s.last[root] : s.els.length - 1;
  let found = -1;
  let checks = 0;
  for (let i = 0; i <= limit && checks < 60; i++) {
    if (Math.abs(s.textLen[i] - want) > 2 || s.tags[i] === 'TITLE' || LOGO_CLASS.test(s.classW[i])) continue;
    if (found >= 0 && s.parent[i] !== found && !(i <= s.last[found])) break;
    checks++;
    if (similarity(collectText(s.els[i]).text, title) >= 1) found = i;
  }
  return found;
}

interface Dateline {
  el: Element;
  text: string;
  pieces: TextPiece[];
  iso: string | null;
}

const WEEKDAY = /^(?:ال)?(?:احد|أحد|اثنين|إثنين|ثلاثاء|اربعاء|أربعاء|خميس|جمعة|جمعه|سبت|يوم)[،,]?$/;
const DATE_PREFIX = /^(?:نشر في|نشر بتاريخ|نشر|بتاريخ|تاريخ النشر|تاريخ|published|posted on|posted)\s*[:：]?\s*/i;

/**
 * The first date-like stretch of an element's text (split on | · •), with its pieces. With `than`, null unless its
 * date is a more precise one of that date (widen's test), before the work of trimming the stretch.
 */
function dateStretch(el: Element, update = false, than?: string): { text: string; pieces: TextPiece[]; value: string } | null {
  const b = collectText(el, { maxChars: 200 });
  const full = b.text;
  if (!full || full.length > 160) return null;
  // (a long line of fields is cut at its dashes too: "كتب: … — نُشر في: الإثنين … | 10:15 ص — آخر تحديث: 12:40 م")
  // (and at a double colon, the old portals' field separator: "عدن - الموقع :: نشر بتاريخ: الثلاثاء ٢٧/٠١/٢٠٢٦ - الساعة
  // ١١:٠٥ صباحاً :: قراءات: ٣٢١٤")
  const re = full.length > 100 ? /(?:(?!::)[^|·•\n—])+/g : /(?:(?!::)[^|·•\n])+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(full))) {
    let start = m.index;
    let end = m.index + m[0].length;
    // (the part after a "::" opens on its second colon: that is the separator's, not the part's)
    while (start < end && (/\s/.test(full[start]) || (full[start] === ':' && full[start - 1] === ':'))) start++;
    while (end > start && /\s/.test(full[end - 1])) end--;
    let part = full.slice(start, end);
    const pre = DATE_PREFIX.exec(part);
    if (pre && pre[0].length < part.length) {
      start += pre[0].length;
      part = full.slice(start, end);
    }
    // (not the print issue's number after the date: "… 05 نوفمبر 2026 مـ رقم العدد [17512]")
    const issue = /\s+(?:رقم\s+)?العدد\s*[:：]?\s*[[(]?[\d\u0660-\u0669]/.exec(part);
    if (issue && issue.index > 0) {
      end = start + issue.index;
      part = full.slice(start, end);
    }
    if (part.length < 4) continue;
    const upd = /^(?:اخر|آخر)\s*(?:تحديث|تعديل)\s*[:：]?\s*/.exec(part) ?? /^(?:updated|last updated)\s*[:：]?\s*/i.exec(part);
    if (upd && !update) continue;
    // (asked for a last-updated stamp, when the page gives no other date: "آخر تحديث: 18-11-2025 08:00")
    if (upd) {
      start += upd[0].length;
      part = full.slice(start, end);
    }
    let value = safeParseDateline(part);
    if (value) {
      // "الثلاثاء 05 مارس 2024 | 09:10 م": take in the next parts while they make the date more precise
      let m2: RegExpExecArray | null;
      const more = new RegExp(re.source, 'g');
      more.lastIndex = re.lastIndex;
      while ((m2 = more.exec(full))) {
        // (not into a last-updated stamp: "14 يونيو 2025 · آخر تحديث: 09:10")
        if (/^\s*(?:اخر|آخر)\s*(?:تحديث|تعديل)|^\s*(?:updated|last updated)/i.test(m2[0])) break;
        let e2 = m2.index + m2[0].length;
        while (e2 > m2.index && /\s/.test(full[e2 - 1])) e2--;
        const longer = full.slice(start, e2);
        const v2 = safeParseDateline(longer);
        if (!v2 || v2.length <= value.length || !v2.startsWith(value.slice(0, 10))) break;
        value = v2;
        end = e2;
        part = longer;
      }
      if (than !== undefined && !(value.length > than.length && value.startsWith(than.slice(0, 10)))) return null;
      // drop leading words the date does not need ("موسكو - نشر في 11 يونيو"), but keep a weekday
      for (let guard = 0; guard < 12; guard++) {
        const m3 = /^(\S+)[\s\-–—|:،,]+/.exec(part);
        if (!m3 || WEEKDAY.test(m3[1]) || /[0-9\u0660-\u0669]/.test(m3[1])) break;
        const rest = part.slice(m3[0].length);
        if (!rest || safeParseDateline(rest) !== value) break;
        start += m3[0].length;
        part = rest;
      }
      const pieces: TextPiece[] = [];
      for (const p of b.pieces) {
        const ps = Math.max(p.textStart, start);
        const pe = Math.min(p.textStart + p.length, end);
        if (pe <= ps) continue;
        pieces.push({ node: p.node, nodeStart: p.nodeStart + (ps - p.textStart), textStart: ps - start, length: pe - ps });
      }
      return { text: part, pieces, value };
    }
  }
  return null;
}

/**
 * "<span class=date>18 سبتمبر 2023</span> <span class=time>00:30</span>": when the short parent reads as a
 * more precise date than the element alone, the parent is the dateline.
 */
function widen(s: Stats, j: number, d: Dateline, value: string): Dateline {
  const p = s.parent[j];
  if (p < 0 || s.textLen[p] > 60 || s.textLen[p] <= s.textLen[j]) return d;
  const st = dateStretch(s.els[p], false, value);
  if (!st) return d;
  return { el: s.els[p], text: st.text, pieces: st.pieces, iso: d.iso };
}

/** Labels of a page's posting data (normalised): "نشر في"، "تاريخ النشر"، "بدأت التغطية"، "آخر تحديث". */
const POSTING_LABELS = 'نشر في|نشر بتاريخ|تاريخ النشر|نشر|بدات التغطيه|انطلقت التغطيه|اخر تحديث|اخر تعديل|published|posted|updated';
/** "تحديث: 06.02.2025": the bare update label before a numeric date. */
const UPDATED_DATE = /(?:^|[\s|·•])تحديث\s*[:：]\s*[0-9\u0660-\u0669]{1,4}[./-][0-9\u0660-\u0669]{1,2}[./-][0-9\u0660-\u0669]{1,4}/;
/** The bare update label, "… | تحديث 13:10": a stamp's when its line is no sentence. */
const BARE_UPDATE = /(?:^|[\s|·•:])تحديث(?=$|[\s:：])/;
/** A posting label anywhere in a short line. */
const POSTING_LABEL = new RegExp(`(?:^|[\\s|·•:])(?:${POSTING_LABELS})(?=$|[\\s:：])`);
/** A posting field, label and colon, opening a line or one of its "|"/"·" parts. */
const POSTING_FIELD = new RegExp(`(?:^|[|·•]\\s*)(?:${POSTING_LABELS})\\s*[:：]`);
/** A date field in a row of the page's fields: "رقم الخبر: … | التاريخ: السبت ١٨ يناير ٢٠٢٥ - ١٧:٢٥ | عدد الكلمات: ٤٨٥". */
const DATE_FIELD = /(?:^|[|·•]\s*)(?:ال)?تاريخ\s*[:：]/;
/** A line (normalised) with a date or posting field: "التاريخ: …"، "نشر في : …". */
const labelledField = (norm: string): boolean => DATE_FIELD.test(norm) || POSTING_FIELD.test(norm);
/**
 * A line that is only the story's update stamp, label first: "آخر تحديث: الثلاثاء 15 جويلية 2025 - 16:05". (Not "نُشر: …":
 * posting stamps repeated down a page mark a list of items, see stampedItems.)
 */
const UPDATE_STAMP_LINE = /^(?:اخر تحديث|اخر تعديل|تم التحديث|updated|last updated)\s*[:：]\s*\S+/;
/** A line that is nothing but a posting or update stamp: label, colon, then a date or time (and maybe a second field). */
// (the colon may be missing when a date or a weekday follows at once: "نُشر في 29 جوان 2025 على الساعة 21:15 · آخر تحديث …")
const STAMP_ONLY = /^(?:نشر في|نشر بتاريخ|تاريخ النشر|اخر تحديث|اخر تعديل|تم التحديث|تاريخ التحديث|updated|last updated|published)\s*(?:[:：]\s*[^\s.؟!]|(?=\d|(?:يوم\s+)?(?:الاحد|الاثنين|الثلاثاء|الاربعاء|الخميس|الجمعه|السبت)\s))[^.؟!]{0,80}$/;
/** A line of a match's facts set apart from the story: "الأهداف: …"، "الإنذارات: …"، "الحكم: … | الحضور: …". */
const MATCH_FACT = /^(?:الاهداف|الهدافون|سجل الاهداف|الانذارات|البطاقات الصفراء|البطاقات الحمراء|الطرد|التشكيله|التشكيله الاساسيه|البدلاء|الحضور)\s*[:：]/;

/** The dateline's line (the element, or its short parent) carries a posting label. */
function labelledStamp(el: Element): boolean {
  const host = el.parentElement && (el.parentElement.textContent ?? '').length <= 200 ? el.parentElement : el;
  // (its fields' text apart, as the page shows them: "<span>… 1:25 م</span><span>آخر تحديث: …</span>")
  const norm = labelNorm(spacedText(host));
  // ("إسماعيل جوشكون, أحمد دميرجي | 06.02.2025 - 11:45 | تحديث: 06.02.2025 - 13:10": a bare «تحديث» labels the stamp
  // when a numeric date follows it or the line is no sentence; a wire's «تحديث: (الساعة 1105 بتوقيت جرينتش) يضيف
  // تفاصيل ….» is a note of the story)
  return POSTING_LABEL.test(norm) || DATE_FIELD.test(norm) || UPDATED_DATE.test(norm) || (BARE_UPDATE.test(norm) && !/[.!؟]\s*$/.test(norm));
}

/** An element's text with a space between its text nodes (textContent runs adjacent fields together). */
function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node): void => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) parts.push((c as Text).data);
      else if (c.nodeType === 1) walk(c);
    }
  };
  walk(el);
  return parts.join(' ');
}

/** "آخر تحديث: <time>…</time>": a last-updated stamp, not the publication dateline. */
function isUpdateStamp(s: Stats, j: number): boolean {
  const host = s.parent[j] >= 0 ? s.parent[j] : j;
  const lead = labelNorm((s.firstText[host] ?? '').slice(0, 40));
  return /^(?:اخر تحديث|اخر تعديل|تم التحديث|تحديث|محدث|updated|last updated)/.test(lead);
}

function hasDirectText(el: Element): boolean {
  for (let c = el.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === TEXT_NODE && /\S/.test((c as Text).data)) return true;
  }
  return false;
}

/**
 * A print edition's issue line, "العدد ٤٥٨١٢ — السنة ١٤٦ — الخميس … ١٤ مايو ٢٠٢٦ م": the date of the issue, for a page
 * that gives no other (a masthead's date alone may be the day of reading; one with the issue's number is the paper's).
 */
function issueDate(s: Stats): string | null {
  for (let j = 0; j < s.els.length; j++) {
    const len = s.textLen[j];
    if (len < 12 || len > 160 || !s.firstText[j]) continue;
    const text = collectText(s.els[j], { maxChars: 200 }).text;
    // ("العدد 11486"، "العدد الورقي 11486"، "العدد رقم 11486"; parts split by dashes too, "الخميس - 13 رمضان 1446 هـ -
    // 13 مارس 2025 مـ - رقم العدد [17214]")
    // (or in brackets: "رقم العدد [17214]")
    if (!/العدد(?:\s+[^\s\d\u0660-\u0669]{2,12})?\s*[:：]?\s*[[(]?\s*[0-9\u0660-\u0669]{2,}/.test(text)) continue;
    for (const part of text.split(/[—–|·•\n]|\s-\s/)) {
      const v = safeParseDateline(part.trim());
      if (v && /^\d{4}-\d\d-\d\d/.test(v)) return v;
    }
  }
  return null;
}

/**
 * A <time datetime> under the headline whose text only says how long ago ("منذ 3 ساعات"، "قبل ساعة"): its datetime, for a
 * page that gives no other date. (The text is no dateline: it names no day.)
 */
function relativeStamp(s: Stats, title: number): string | null {
  if (title < 0) return null;
  const from = subtreeEnd(s, title) + 1;
  for (let j = from; j < Math.min(s.els.length, from + 40); j++) {
    if (s.tags[j] !== 'TIME') continue;
    const text = labelNorm((s.els[j].textContent ?? '').slice(0, 40));
    if (!/^(?:منذ|قبل)\s/.test(text)) continue;
    const iso = isoToLocal(s.els[j].getAttribute('datetime'));
    if (iso) return iso;
  }
  return null;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let j = from; j < to; j++) out.push(j);
  return out;
}

function findDateline(a: Analysis, title: number, root: number): Dateline | null {
  const s = a.stats;
  const n = s.els.length;
  const anchor = title >= 0 ? title : root;
  if (anchor < 0) return null;
  // the first good paragraph of the body bounds the search after the headline
  let limit = Math.min(n, anchor + 150);
  if (root >= 0 && root > anchor) {
    for (let j = root; j < Math.min(n, root + 200); j++) {
      if (s.ownTextParas[j] > 0 && s.ownMass[j] > 80) {
        limit = Math.min(limit, j);
        break;
      }
    }
  }
  const start = title >= 0 ? subtreeEnd(s, title) + 1 : anchor;
  const ranges: number[][] = [range(start, limit)];
  if (title >= 0) {
    // above the headline, nearest first, but only inside the headline's own box (not the masthead's "today")
    let box = s.parent[title];
    if (box >= 0 && s.parent[box] >= 0 && s.tags[s.parent[box]] !== 'BODY') box = s.parent[box];
    const above: number[] = [];
    for (let j = title - 1; j > box && j >= title - 40; j--) {
      if (s.last[j] >= title) continue; // an ancestor of the headline
      // (a meta row over the headline is no story, but its labelled date is the page's: "… | التاريخ: السبت ١٨ يناير ٢٠٢٥ - ١٧:٢٥ | …")
      // (or labelled as its posting date: "<span class="itemDateCreated">نشر في : الأحد, 16 فيفري 2025 18:42</span>")
      if (!a.noise[j] || s.tags[j] === 'TIME' || (s.textLen[j] <= 200 && labelledField(labelNorm(spacedText(s.els[j]))))) above.push(j);
    }
    ranges.push(above);
  } else if (root >= 0) {
    // no headline element (a headline in <font><b>, a table layout): the stamp may stand just above the body
    const above: number[] = [];
    for (let j = root - 1; j >= 0 && j >= root - 25; j--) {
      if (s.last[j] >= root) continue; // an ancestor of the body
      if (!a.noise[j] || s.tags[j] === 'TIME') above.push(j);
    }
    ranges.push(above);
  }
  for (const order of ranges) {
    // <time> elements first, then short elements with text of their own
    for (const j of order) {
      if (s.tags[j] !== 'TIME' || s.textLen[j] === 0 || s.textLen[j] > 100) continue;
      const el = s.els[j];
      if (isUpdateStamp(s, j)) continue;
      const st = dateStretch(el);
      const iso = isoToLocal(el.getAttribute('datetime'));
      if (st) return widen(s, j, { el, text: st.text, pieces: st.pieces, iso }, st.value);
      if (iso) {
        // a <time datetime> whose text is a full date the parser did not know (a bare "21:40" is not a dateline)
        const b = collectText(el);
        if (b.text && /[0-9\u0660-\u0669]{4}/.test(b.text)) return { el, text: b.text, pieces: b.pieces, iso };
        // (or a time of day under its posting label: "نُشر: <time datetime="2025-03-17T10:05">10:05</time>", the day
        // in the attribute only)
        if (b.text && labelledStamp(el)) return { el, text: b.text, pieces: b.pieces, iso };
      }
    }
    for (const j of order) {
      const len = s.textLen[j];
      if (len < 4 || len > 160) continue;
      const el = s.els[j];
      if (!hasDirectText(el) && s.tags[j] !== 'TIME') continue;
      // (a longer line only when it labels its posting date: "كتب: … — نُشر في: الإثنين … | 10:15 ص — آخر تحديث: …")
      if (len > 100 && !POSTING_LABEL.test(labelNorm(el.textContent ?? '')) && !DATE_FIELD.test(labelNorm(spacedText(el)))) continue;
      if (s.linkLen[j] > len * 0.5 || isUpdateStamp(s, j)) continue;
      const st = dateStretch(el);
      if (st) return widen(s, j, { el, text: st.text, pieces: st.pieces, iso: isoToLocal(el.getAttribute('datetime') ?? el.getAttribute('content')) }, st.value);
    }
  }
  // No dateline: a last-updated stamp by the headline is the nearest thing to a publication date (it is labelled, so
  // it is never read as part of the story).
  for (const j of ranges[0]) {
    const len = s.textLen[j];
    if (len < 4 || len > 120 || (!hasDirectText(s.els[j]) && s.tags[j] !== 'TIME')) continue;
    const st = dateStretch(s.els[j], true);
    if (st) return { el: s.els[j], text: st.text, pieces: st.pieces, iso: null };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------------
// Non-article pages

/**
 * A title or headline that says the page is search results (normalised): "نتائج البحث عن: …"، "نتائج البحث عن
 * «…»"، "نتائج البحث في الأحكام: …" (the query after a colon or in quotes; a story's "نتائج البحث عن المفقودين" or
 * "بحث: القهوة تقلل …", a study, are headlines).
 */
const SEARCH_HEAD = /^(?:نتايج|نتيجه)\s+(?:ال)?بحث(?:\s+(?:عن|في)(?:\s+[^:：«"“]{1,25}?)?)?\s*[:：«"“]|^search results/;

function looksLikeSearch(doc: Document, titleText: string): boolean {
  const t = labelNorm(titleText);
  if (/نتايج البحث|نتيجه البحث|بحث عن|search results/.test(t)) return true;
  const h = doc.querySelector('h1');
  if (h && /نتايج البحث|نتيجه البحث|search results/.test(labelNorm(h.textContent ?? ''))) return true;
  return false;
}

function listReason(doc: Document, a: Analysis, titleText: string): string {
  const s = a.stats;
  if (looksLikeSearch(doc, titleText)) return 'no article body found: the page looks like search results';
  const videos = a.videos[0] ?? 0;
  let videoItems = videos;
  for (let i = 0; i < s.els.length && videoItems < 200; i++) {
    if (!a.noise[i] && /(?:^|[\s_-])(?:video|videos|play|player)(?=$|[\s_-])/.test(s.classW[i])) videoItems++;
  }
  if (videoItems >= 4 && videoItems >= 0.5 * (a.linkedHeadings[0] + a.linkLines[0])) return 'no article body found: the page looks like a video gallery';
  return 'no article body found: the page looks like a list of headlines';
}

// ---------------------------------------------------------------------------------------------------------
// The body text

/**
 * Short link labels that recur three times or more inside the body ("رابط التحديث", "شارك", "أعجبني"
 * under every live-blog entry or comment): the tools of a repeated item, whatever the site calls them.
 */
function repeatedLinkLabels(root: Element): Set<string> {
  const counts = new Map<string, number>();
  const links = root.getElementsByTagName('a');
  for (let k = 0; k < links.length; k++) {
    const raw = links[k].textContent ?? '';
    if (raw.length > 60) continue;
    const label = labelNorm(raw);
    if (label.length < 2 || label.length > 40) continue;
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [label, n] of counts) if (n >= 3) out.add(label);
  return out;
}

/** The paragraph is nothing but recurring link labels (and separators). */
function onlyRepeatedLabels(norm: string, labels: Set<string>): boolean {
  if (!labels.size || norm.length > 80) return false;
  let rest = norm;
  // Longest labels first, so that "رابط التحديث" goes before a shorter label inside it.
  for (const l of [...labels].sort((a, b) => b.length - a.length)) rest = rest.split(l).join(' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

/** "طرابلس – الساحل الليبي"، "عدن - عدن الغد": one or two words of place, a dash, and a name with the article or a media word. */
const OUTLET_DATELINE = /^[^\s]+(?: [^\s]+)?\s*[-–—]\s*(?:ال[^\s]+(?: [^\s]+){0,2}|[^\s]+ (?:نيوز|برس|نت|اليوم|الغد|24|بوست))$/;

/** Headlines of a site's own pages (normalised): "اتصل بنا"، "من نحن"، "سياسة الخصوصية"، "اشترك في النشرة". */
const SERVICE_PAGE = /^(?:اتصل بنا|اتصلوا بنا|تواصل معنا|من نحن|عن الموقع|عن الصحيفه|سياسه الخصوصيه|شروط الاستخدام|الشروط والاحكام|اعلن معنا|اعلن لدينا|الاسئله الشايعه|اشترك في النشره(?: البريديه| الاخباريه)?|النشره البريديه|هييه التحرير|فريق التحرير|خريطه الموقع|الخدمات الالكترونيه|خدماتنا|الخدمات الرقميه|دليل الخدمات)(?:$|\s*[:：|\-–—.،])/;

/** The printed edition's viewer named as the page's title (normalised): "النسخة الورقية"، "العدد الورقي"، "تصفح العدد". */
const PRINT_EDITION = /^(?:النسخه (?:الورقيه|الرقميه|الالكترونيه|المطبوعه)|العدد الورقي|الجريده الورقيه|الصحيفه الورقيه|تصفح العدد|ارشيف الاعداد|الطبعه الورقيه)(?:$|\s*[:：|\-–—.،]|\s+\S+\s+\S+$|\s+\S+$)/;

/** A newsletter named in a headline (normalised): "نشرتك الأسبوعية"، "النشرة البريدية"، "اشترك في نشرتنا". */
const NEWSLETTER_TITLE = /(?:^|\s)(?:نشرتك|نشرتكم|نشرتنا|النشره (?:البريديه|الاسبوعيه|اليوميه|الاخباريه))(?:$|\s|[:：.،])/;

/** "نيودلهي/ طوروس": a place, a slash, and the agency (one or two words each side). */
const SLASH_DATELINE = /^[^\s/]+(?: [^\s/]+)?\s*\/\s*[^\s/]+(?: [^\s/]+)?$/;

/**
 * The judge's labelNorm(text.slice(0, 200)) for a paragraph of 400 characters or more, where only READ_ALSO_LINE
 * and AD_LINE read it (the other tests that read it are for shorter lines, or their answers are not used): both
 * are decided by the first 20 characters of the label (AD_LINE, anchored at both ends, fails on any label of 29 or
 * more). labelNorm of the first 60 characters, when it is 30 characters or more, is the full one's start (but
 * maybe its last character: a space trimmed, a final sigma), so the tests give the same answers on it.
 */
function longParagraphNorm(text: string): string {
  const lead = labelNorm(text.slice(0, 60));
  return lead.length >= 30 ? lead : labelNorm(text.slice(0, 200));
}

/** A place, a dash and a name (the outlet's, when it is the site's): "سبها – صدى فزان:" → "صدى فزان". */
const PLACE_DASH_NAME = /^[^\s\-–—|:]+(?:\s[^\s\-–—|:]+)?\s*[-–—]\s*([^\-–—|:]+?)\s*[:：]?$/;

/** A place, a dash and «خاص» (the site's own report), maybe after the outlet's name: "مصراتة - خاص"، "عدن - الميناء نت - خاص:". */
const EXCLUSIVE_DATELINE = /^[^\s\-–—|:]+(?:\s[^\s\-–—|:]+)?\s*[-–—]\s*(?:[^\-–—|:]+?\s*[-–—]\s*)?خاص\s*[:：]?$/;

/**
 * The name after a place's dash is the site's: one of its names, or one word that begins a word of them (an
 * agency's short name: "دهوك - رافد" on وكالة أنباء الرافدين).
 */
function isSiteName(name: string, sites: Set<string>): boolean {
  if (sites.has(name)) return true;
  if (name.includes(' ') || name.length < 3) return false;
  const stem = name.replace(/^ال/, '');
  for (const site of sites) {
    for (const w of site.split(' ')) {
      const ws = w.replace(/^ال/, '');
      if (ws.startsWith(stem) && ws.length - stem.length <= 3) return true;
    }
  }
  return false;
}

/**
 * The site's own names (labelNorm): og:site_name, and the short parts of <title> beside the headline ("صدى فزان |
 * المفوضية تعلن …" → "صدى فزان").
 */
function siteNames(siteName: string | null, docTitleRaw: string, title: string | null): Set<string> {
  const out = new Set<string>();
  if (siteName) out.add(labelNorm(siteName));
  for (const part of cleanTitle(docTitleRaw).split(/\s+(?:[-|–—»]|::)\s+/)) {
    const t = part.trim();
    if (t && t !== title && t.split(' ').length <= 4) out.add(labelNorm(t));
  }
  out.delete('');
  return out;
}

/**
 * The block, or the box it opens, starts with an element that is only an ad's label ("إعلان"، "- إعلان -") and holds
 * nothing else but the paragraph (of `len` characters): "<div><span>إعلان</span><a>عروض …</a></div>".
 */
function adLabelled(block: Element | null, len: number): boolean {
  for (let el = block, up = 0; el && up < 2; el = el.parentElement, up++) {
    const label = el.firstElementChild;
    const t = label?.textContent ?? '';
    if (label && t.length <= 40 && AD_LINE.test(labelNorm(t))) {
      // (a box of the label and its offer only, not the story's container that opens with an ad slot)
      const rest = (el.textContent ?? '').replace(/\s+/g, ' ').trim().length - t.replace(/\s+/g, ' ').trim().length;
      return rest <= len + 20;
    }
  }
  return false;
}

function makeJudge(first: () => boolean, toolLabels: Set<string> = new Set(), liveBlog = false, sites: Set<string> = new Set()): (p: Paragraph) => boolean {
  let readAlsoRun = false;
  // (the block an ad's label stood in alone: "<div><span>إعلان</span><div>موبيليس: عرض …</div></div>")
  let adBlock: Element | null = null;
  return (p: Paragraph): boolean => {
    const text = p.text;
    const len = text.length;
    const norm = len >= 400 ? longParagraphNorm(text) : labelNorm(text.slice(0, 200));
    // The ad's own line after its label, in the label's block: the advertiser's offer is no story.
    if (adBlock) {
      const inAd = len < 250 && !!p.block && (p.block === adBlock || adBlock.contains(p.block));
      adBlock = null;
      if (inAd) return false;
    }
    // ("<div><span>إعلان</span><a>عروض شيري تيجو 4 برو …</a></div>": the label, left out on its own, opens the offer's
    // block or the box around it)
    if (len < 250 && adLabelled(p.block, len)) return false;
    if (len <= 80 && onlyRepeatedLabels(norm, toolLabels)) return false;
    const ld = p.linkChars / Math.max(1, len);
    if (READ_ALSO_LINE.test(norm) && (len < 300 || ld > 0.3)) {
      readAlsoRun = true;
      return false;
    }
    if (readAlsoRun) {
      if (ld > 0.6) return false;
      readAlsoRun = false;
    }
    if (ld >= 0.8 && len < 250 && !(p.textRuns >= 3 && /[.،؟!]/.test(text))) return false;
    if (AD_LINE.test(norm)) {
      adBlock = p.block;
      return false;
    }
    // (an ad's label on the first line of its box, the offer under it: "Publicité — إعلان<br>اتصالات تونس: عرض …")
    if (len < 200 && text.includes('\n') && AD_LINE.test(labelNorm(text.slice(0, text.indexOf('\n')))) && !/[؟!]\s*\S|(?<![\dx])\.\s*\S/.test(text)) return false;
    // (a wire's end mark with the agency's time and code, "//انتهى// 14:32 ت م 0127", is its transmission slug; a
    // release's bare «– انتهى –» closes the text it belongs to)
    if (len < 40 && /\d/.test(norm) && END_MARK.test(norm)) return false;
    // (a live entry's head of stamp and reporter: "4:40 م الرياض - فهد الدوسري")
    if (len <= 70 && LIVE_STAMP_BYLINE.test(norm) && norm.split(' ').length <= 8) return false;
    // (a full stop between digits is a phone number's, "041.33.xx.xx", not a sentence's)
    if (len < 120 && AD_LABEL_LINE.test(norm) && !/[؟!]\s*\S|(?<![\dx])\.\s*\S/.test(text)) return false;
    if (len < 400 && CONTINUED_LINE.test(norm)) return false;
    if (len < 300 && PROMO_LINE.test(norm)) return false;
    if (len < 150 && APP_PROMO_LINE.test(norm)) return false;
    if (len < 400 && TAGS_LINE.test(norm)) return false;
    if (len < 200 && RIGHTS_LINE.test(norm)) return false;
    if (len < 250 && DISCLAIMER_LINE.test(norm)) return false;
    if (len < 600 && NOTE_LABEL_LINE.test(norm)) return false;
    if (agencyCredit(norm)) return false;
    // (the editor's initials close it too, their dots no sentence's: "تحرير: ف.ح")
    if (len <= 60 && BYLINE_LINE.test(norm) && (!/[.؟!]/.test(text) || INITIALS_AFTER_LABEL.test(norm))) return false;
    if (len <= 50 && CAPTION_LINE.test(norm)) return false;
    // (a wire's closing credit in brackets: "(تغطية صحفية: … - إعداد للنشرة العربية: … - تحرير: …)")
    if (len <= 250 && WIRE_CREDIT_LINE.test(norm)) return false;
    // (a gallery's caption line: "صور من مسيرة الشربيني: مع فرقة رضا في باريس، …")
    if (len <= 200 && /^(?:صور|صوره|بالصور)\s+(?:من|ل)\s/.test(norm) && !/[.؟!]\s*$/.test(text)) return false;
    // (up to two lines when it only lists them: "المصدر: الصحافة الفرنسية + الصحافة البريطانية + …")
    if (SOURCE_LINE.test(norm) && ((len <= 80 && !/[.؟!]\s*$/.test(text)) || (len <= 160 && !/[.؟!]/.test(text)))) return false;
    // (Whether the story's first paragraph is still to come: the same all through one call. What follows up to the
    // next test is read of that paragraph only, so it is worked out for it alone, not for every body paragraph.)
    const isFirst = first();
    let placeDate = false;
    let datedAgency = false;
    let markedDateline = false;
    // (a live blog's first entry, when no lead comes before it: its time stamp and its title are the coverage's
    // first lines, as every later entry's are)
    if (isFirst && liveBlog && (LIVE_STAMP_LINE.test(norm) || (p.block !== null && HEADING_TAGS.has(p.block.tagName.toUpperCase()) && text.split(/\s+/).length >= 3))) return true;
    if (isFirst) {
      // byline, role and kicker lines above the lead (a real subheading of four words or more stays)
      const heading = p.block !== null && HEADING_TAGS.has(p.block.tagName.toUpperCase()) && text.split(/\s+/).length >= 4;
      // (A lead-in that announces a statement is the story's first sentence: "صدر عن قيادة الجيش - مديرية التوجيه
      // البيان الآتي:".)
      const leadIn = /[:：]\s*$/.test(text) && text.split(/\s+/).length >= 6;
      // (A dateline that names its news agency opens the story: "منى – واس", "إزمير/ الأناضول".)
      // (So is a line the page marks as its dateline: <p class="dateline">أبوظبي - سكاي نيوز عربية</p>.)
      // (And a place with the site's own name, which a byline's reporter never has: "طرابلس – الساحل الليبي",
      // "الخرطوم - السودان اليوم"; a reporter is "بيروت - رلى حداد".)
      // (and the agencies' "place/ agency": "نيودلهي/ طوروس"، "إزمير/ الأناضول")
      // (and a place, a dash and the date: "عدن - الأحد 15 شوال 1446هـ الموافق 13 أبريل 2025م")
      placeDate = len <= 90 && PLACE_DASH.test(text) && !!safeParseDateline(text.replace(PLACE_DASH, ''));
      datedAgency = len <= 90 && DATED_AGENCY_DATELINE.test(norm);
      // (and a place with the site's name, whatever that name looks like: "سبها – صدى فزان:")
      const siteLine = len <= 60 && sites.size > 0 ? PLACE_DASH_NAME.exec(norm) : null;
      // (and a place with the paper's name in quotes, which no reporter's name takes: "فيينا - «الخليج»:")
      markedDateline = (p.block !== null && /(?:^|[\s_-])dateline(?=$|[\s_-])/.test(classWords(p.block))) || OUTLET_DATELINE.test(norm) || SLASH_DATELINE.test(norm) || placeDate || datedAgency || (!!siteLine && isSiteName(siteLine[1], sites)) || (len <= 60 && EXCLUSIVE_DATELINE.test(norm)) || (len <= 60 && PLACE_DASH.test(text) && QUOTED_OUTLET.test(text.replace(PLACE_DASH, '')));
      if (len < 70 && !/[.؟!]/.test(text) && !heading && !leadIn && !AGENCY_DATELINE.test(norm) && !markedDateline) return false;
      // the page's posting line above the story ("بدأت التغطية: … · آخر تحديث: … · إعداد: فريق التحرير")
      // (also a credit line that carries such a field: "بغداد – الملاعب العراقية | نُشر في: 18-03-2025 | 10:40 ص")
      // (or the bare «تحديث:» as one of its fields: "إسماعيل جوشكون, أحمد دميرجي | 06.02.2025 - 11:45 | تحديث: …"; a
      // wire's note that opens with it, "تحديث: (الساعة 1105 بتوقيت جرينتش) يضيف …", is the story's)
      if (len < 200 && (POSTING_FIELD.test(norm) || /[|·•]\s*تحديث\s*[:：]/.test(norm))) return false;
    }
    // (and such a stamp anywhere in the story, most often under its last paragraph: a label, a date and a time, no
    // sentence: "آخر تحديث: 22 أكتوبر 2025 - 19:40 بتوقيت مكة المكرمة")
    // (and the two fields together, "نُشر في: … | آخر تحديث: …", wherever the page sets them)
    if (len <= 140 && POSTING_FIELD.test(norm) && /(?:^|[|·•]\s*)(?:اخر تحديث|اخر تعديل|updated)\s*[:：]/.test(norm) && /\d/.test(text) && !/[.؟!]\s*$/.test(text)) return false;
    if (len <= 90 && UPDATE_STAMP_LINE.test(norm) && /(?:^|\D)(?:1[89]|20)\d\d(?:\D|$)|\d{1,2}:\d\d/.test(text) && !/[.؟!]\s*$/.test(text) && text.split(/\s+/).length <= 12) return false;
    if (isFirst) {
      // "بيروت - رلى حداد": a place and a name before the first paragraph
      const bare = text.replace(/\s*[:：]\s*$/, '');
      if (bare.length <= 45 && !AGENCY_DATELINE.test(norm) && !markedDateline && /\s[-–—]\s?|\s?[-–—]\s/.test(bare) && bare.split(/\s+/).length <= 7 && !/[.،,؟!:]/.test(bare)) return false;
      if (len <= 70 && safeParseDateline(text) && !/[.؟!]$/.test(text) && !placeDate && !datedAgency) return false;
    }
    return true;
  };
}

/**
 * A standfirst (dek, strapline, subtitle): the headline's one-line summary, which the story itself repeats and
 * readers do not count as body. Named so by its class, written as a heading, or a short line without a single
 * full stop. A lead that opens the story (".lead", ".intro", a full paragraph) stays.
 */
const STANDFIRST_CLASS = /(?:^|[\s_-])(?:sub|standfirst|stand-first|dek|deck|teaser|teaser-?text|sub-?title|sub-?head(?:ing|line)?|strap-?line|excerpt|description|summary|spot|abstract|chapeau|chapo)(?=$|[\s_-])/;

/** A whole class word that is a subtitle in short: "nsub" (beside "ntitle"), "sub", "newssub". */
const STANDFIRST_SUB = /(?:^|\s)(?:(?:n|news|post|art|article|story|print|page|main)[-_]?)?sub(?=$|\s)/

function isStandfirst(s: Stats, j: number): boolean {
  for (let k = j; k >= 0 && k <= j + 3 && k <= s.last[j]; k++) {
    const cls = s.classW[k];
    // ("intro" above the body container is its summary; the body's own first paragraph sits inside it)
    if (STANDFIRST_CLASS.test(cls) || STANDFIRST_SUB.test(cls) || /(?:^|[\s_-])intro(?=$|[\s_-])/.test(cls)) return true;
    if (/^H[2-6]$/.test(s.tags[k])) return true;
  }
  if (s.textLen[j] > 260) return false;
  // (".." joins the halves of a headline-like line; it ends no sentence)
  // (a colon inside is a headline's "who: «what»", "الحمروني: «الأبواب أُغلقت».. والأحمر يرد"; one at its end opens
  // a statement)
  const text = collectText(s.els[j], { maxChars: 300 }).text.trim().replace(/\.{2,}/g, ' ');
  return !/[.؟!…]/.test(text) && !/[:：]$/.test(text);
}

/**
 * Paragraph blocks after the headline and before the body container (not inside it, not boilerplate, not
 * the dateline area): sites that keep the lead in a box of its own ("article-lead", "summary").
 */
function leadBlocks(a: Analysis, title: number, root: number): number[] {
  const s = a.stats;
  if (title < 0 || title >= root || root - title > 80) return [];
  const out: number[] = [];
  let j = s.last[title] + 1;
  while (j < root) {
    if (a.noise[j]) {
      j = s.last[j] + 1;
      continue;
    }
    if (root <= s.last[j]) {
      j++; // an ancestor of the body: look inside
      continue;
    }
    // (a box the page names a standfirst, its text in boxes further in: Drupal's "field-name-field-chapeau" around
    // "field-items" and "field-item"; and a box of the story's key points, "<section class="key-points"><h2>النقاط
    // الرئيسية</h2><ul>…")
    if (STANDFIRST_CLASS.test(s.classW[j]) || KEY_POINTS_CLASS.test(s.classW[j]) || (s.firstText[j] !== undefined && KEY_POINTS_LABEL.test(leadLabel(s.firstText[j]!)))) {
      j = s.last[j] + 1;
      continue;
    }
    if (a.mass[j] >= 60 && s.ownMass[j] > 0 && a.linkedHeadings[j] === 0) {
      if (!isStandfirst(s, j)) out.push(j);
      j = s.last[j] + 1;
      continue;
    }
    j++;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------

/**
 * A match centre, a forecast or a programme grid: its lines are not sentences. A story, however short its
 * paragraphs, writes most of its text in sentences (a full stop after eight words or more, or twenty words
 * in a line) and has at least one paragraph of thirty words. Measured over all the gold pages: every article
 * has 0.89 of its body in such lines or more, a match centre 0.13 (a forecast page is told by its tables).
 */
function isDataPage(body: string): boolean {
  return proseShare(body) < 0.5;
}

/**
 * A forecast or a results page whose tables of figures (header cells or a caption) hold much of the page's
 * text: the tables are the page's content, and no story. (An article's rate table is a box
 * beside a few hundred words: on the gold articles the tables hold at most 0.24 of the body's letters; on the
 * forecast, prayer-times and exchange-rate pages 1.19 to 3.36. The bar is 0.6.)
 * With `noise`, over the whole page (root 0) but its boilerplate: for a page the metadata calls a website, whose
 * few lines "about this page" were taken for the body beside its tables (a prayer-times page).
 */
function tableBound(s: Stats, root: number, body: string, noise?: Uint8Array): boolean {
  let table = 0;
  for (let k = root + 1; k <= s.last[root]; k++) {
    // (a table's own box of a heading and the table counts: that is how a data page sets its tables)
    if (s.tags[k] !== 'TABLE' || (noise && s.parent[k] >= 0 && noise[s.parent[k]] && !(s.parent[s.parent[k]] >= 0 && !noise[s.parent[s.parent[k]]] && isHeadingAndTable(s.els[s.parent[k]])))) continue;
    const el = s.els[k];
    if (el.getElementsByTagName('th').length >= 2 || el.getElementsByTagName('caption').length > 0) table += s.textLen[k];
    k = s.last[k];
  }
  return table > 0 && table > 0.6 * body.replace(/\s+/g, '').length;
}

/**
 * Notices, obituaries or announcements in a list: three lines or more that each stamp an item with its own
 * publication time ("نُشر: 24/11/2025 – 07:15 ص"). A story has one such stamp at most, above its text.
 */
function stampedItems(body: string): boolean {
  let stamps = 0;
  for (const line of body.split('\n')) {
    const t = line.trim();
    if (t.length > 60) continue;
    // (also a notice's reference and date under it: "إعلان رقم 117/2025 · بتاريخ 27 تشرين الأول 2025")
    if ((t.length <= 50 && /^(?:نُ?شِ?ر(?:ت)?|تاريخ النشر|أُ?ضيف|أضيف في)\s*(?:في\s*)?[:：]?\s*\S*\d/.test(t)) || (/^(?:إعلان|اعلان|قرار|تعميم|بلاغ|مذكرة) رقم\s*\d/.test(t) && /بتاريخ\s*[:：]?\s*\d/.test(t) && !/[.؟!]$/.test(t))) {
      if (++stamps >= 3) return true;
    }
  }
  return false;
}

/**
 * Four headlines or more, each a line with no full stop at its end, followed by a line that is only a date with its
 * year ("الإثنين 13 تشرين الأول 2025 - 05:40 م"), on three days or more: a list of teasers. (A timeline's date stands
 * before its entry, after the last entry's full stop; a live blog's stamps are times of one day.)
 */
function headlineDateLines(body: string): boolean {
  const lines = body.split('\n').map((l) => l.trim()).filter((l) => l.length > 0);
  const days = new Set<string>();
  let pairs = 0;
  for (let k = 1; k < lines.length; k++) {
    const t = lines[k];
    // (a date written with its month's or its day's name: a table's numeric dates, "1448/03/10هـ", are a schedule's)
    if (t.length > 50 || !/[0-9\u0660-\u0669]{4}/.test(t) || !/[\u0621-\u064a]{3,}/.test(t) || t.split(/\s+/).length > 9) continue;
    const head = lines[k - 1];
    if (head.length < 20 || head.length > 160 || /[.!؟…]["»”)]?$/.test(head)) continue;
    const v = safeParseDateline(t);
    if (!v || !/^\d{4}-\d\d-\d\d/.test(v)) continue;
    pairs++;
    days.add(v.slice(0, 10));
  }
  return pairs >= 4 && days.size >= 3;
}

/**
 * A list of six items or more in the body, most of them each a <time>, a heading and a short text: the programmes of a
 * channel's day, the sessions of a conference. (A live blog's entries are longer, and pages that say they are live
 * blogs never come here.)
 */
function timedListItems(s: Stats, root: number): boolean {
  // (over the measured elements: a DOM query here cost a millisecond a page, on every article)
  for (let k = root; k <= s.last[root]; k++) {
    if (s.tags[k] !== 'UL' && s.tags[k] !== 'OL') continue;
    let items = 0;
    for (let c = k + 1; c <= s.last[k]; c = s.last[c] + 1) if (s.tags[c] === 'LI') items++;
    if (items < 6) continue;
    let timed = 0;
    for (let c = k + 1; c <= s.last[k]; c = s.last[c] + 1) {
      if (s.tags[c] !== 'LI' || s.textLen[c] >= 400) continue;
      let time = false;
      let heading = false;
      for (let d = c + 1; d <= s.last[c]; d++) {
        if (s.tags[d] === 'TIME') time = true;
        else if (/^H[2-5]$/.test(s.tags[d])) heading = true;
      }
      if (time && heading) timed++;
    }
    if (timed >= 6 && timed >= 0.8 * items) return true;
  }
  return false;
}

/**
 * The stamps (datetime attributes) fall on two days or more, and not all within one day's run of hours: a live
 * blog's entries cross midnight ("21:10" … "00:40" the next day), a feed's teasers lie days apart.
 */
function onSeveralDays(stamps: string[]): boolean {
  const days = new Set(stamps.map((v) => v.slice(0, 10)));
  if (days.size < 2) return false;
  const times = stamps.map((v) => (/T\d\d:\d\d/.test(v) ? Date.parse(v) : NaN));
  if (times.some((t) => Number.isNaN(t))) return true;
  return Math.max(...times) - Math.min(...times) > 26 * 3600 * 1000;
}

/**
 * A feed of teasers that link nowhere ("<article class="teaser"><h3>…</h3><p>…</p><time datetime="2025-11-22">"):
 * four or more <article> children of the body (or of its single wrapper), each with a heading and a <time datetime>,
 * and dated on at least two days (a live blog's entries are stamped within one day).
 */
function datedArticleItems(s: Stats, root: number): boolean {
  let box = root;
  for (let depth = 0; depth < 3; depth++) {
    let items = 0;
    let texty = 0;
    let only = -1;
    const stamps = new Set<string>();
    for (let c = box + 1; c <= s.last[box]; c = s.last[c] + 1) {
      if (s.textLen[c] === 0) continue;
      // (a heading between the items, "جانفي 2026", sorts the feed: it is neither an item nor a story's text)
      if (/^H[2-6]$/.test(s.tags[c]) && s.textLen[c] < 40) continue;
      texty++;
      only = c;
      if (s.tags[c] !== 'ARTICLE') continue;
      const el = s.els[c];
      const time = el.getElementsByTagName('time')[0];
      const stamp = time?.getAttribute('datetime') ?? '';
      const day = /^\d{4}-\d\d-\d\d/.exec(stamp)?.[0];
      if (!day || !el.querySelector('h2, h3, h4, h5')) continue;
      items++;
      stamps.add(stamp);
    }
    if (texty === 1 && only >= 0) {
      box = only;
      continue;
    }
    if (items >= 4 && items >= 0.6 * texty && onSeveralDays([...stamps])) return true;
    break;
  }
  return datedCards(s, root);
}

/**
 * A feed of cards, <article> or not, each with a linked heading and its own <time datetime>: the story's box is
 * one of them (a listing's first card) or holds them (a tag page's grid). Four cards at least, on two days or more,
 * none of them holding most of their text (a story among related cards does).
 */
function datedCards(s: Stats, root: number): boolean {
  const rootEl = s.els[root];
  // the box to look in: the story's box, or the one three levels up at most that holds a card around it
  let box: Element | null = rootEl;
  for (let up = 0; up < 4 && box && box.tagName.toUpperCase() !== 'BODY'; up++, box = box.parentElement) {
    const times: HTMLCollectionOf<Element> = box.getElementsByTagName('time');
    // (a feed's first cards are enough to tell it; a long page is not read card by card)
    if (times.length < 4 || times.length > 200) continue;
    const cards = new Map<Element, string>();
    const linkedHeading = (el: Element) => {
      // (only a card-sized box is searched: a search in a big one reads the whole page, for every <time>)
      const c = s.index.get(el);
      if (c !== undefined && s.textLen[c] >= 1500) return false;
      if (el.querySelector('h2 a, h3 a, h4 a, h5 a, a h2, a h3, a h4')) return true;
      // (or a plain heading in a small card of a grid: "<div class="card"><time>…</time><h3>…</h3><p>…</p></div>")
      if (c !== undefined && s.textLen[c] < 500 && el.parentElement && el.parentElement.children.length >= 4 && el.querySelector('h3, h4')) return true;
      // (or an <article> of its own among four or more, with its heading: a list of notices, "<article class="tender">
      // <h2>…</h2><p>…</p><time>…</time></article>" seven times)
      if (c !== undefined && s.textLen[c] < 1200 && el.tagName.toUpperCase() === 'ARTICLE' && el.parentElement && el.parentElement.getElementsByTagName('article').length >= 4 && el.querySelector('h2, h3, h4')) return true;
      // (or a headline that is a link of its own, first in the card: "<div class="teaser"><a>…</a><p>…</p><time>")
      const first = el.firstElementChild;
      return !!first && first.tagName.toUpperCase() === 'A' && (first.textContent ?? '').trim().length >= 25;
    };
    for (let k = 0; k < times.length && k < 60; k++) {
      const stamp = times[k].getAttribute('datetime') ?? '';
      const day = /^\d{4}-\d\d-\d\d/.exec(stamp)?.[0];
      if (!day) continue;
      // (a <time> that shows only the time of day, "03:40 م", stamps a live blog's entry, not a teaser's card)
      if (LIVE_STAMP_LINE.test(labelNorm((times[k].textContent ?? '').trim()))) continue;
      // the card: the nearest box around the <time> (three levels at most) with a heading that is a link
      let card: Element | null = times[k].parentElement;
      let found = false;
      for (let d = 0; d < 3 && card && card !== box && card !== box.parentElement; d++, card = card.parentElement) {
        if (linkedHeading(card)) {
          found = true;
          break;
        }
      }
      if (!found || !card || cards.has(card)) continue;
      cards.set(card, stamp);
    }
    if (cards.size < 4 || !onSeveralDays([...cards.values()])) continue;
    let text = 0;
    let biggest = 0;
    let holdsRoot = false;
    for (const card of cards.keys()) {
      const c = s.index.get(card);
      const len = c === undefined ? (card.textContent ?? '').length : s.textLen[c];
      text += len;
      biggest = Math.max(biggest, len);
      if (card.contains(rootEl)) holdsRoot = true;
    }
    if (biggest > 0.4 * text) return false;
    // (the story's box is one of the cards, or holds them: not a story beside related cards)
    let inside = 0;
    for (const card of cards.keys()) if (rootEl.contains(card)) inside += s.index.has(card) ? s.textLen[s.index.get(card)!] : (card.textContent ?? '').length;
    if (holdsRoot || inside >= 0.6 * s.textLen[root]) return true;
    // (or the cards sit beside tables and lists, with less than 400 characters of prose of the box's own: a results
    // page's grid of news cards under its tables)
    if (inside < 0.3 * s.textLen[root]) continue;
    let prose = 0;
    const paras = rootEl.getElementsByTagName('p');
    for (let k = 0; k < paras.length && prose < 400; k++) {
      const p = paras[k];
      let inCard = false;
      for (const card of cards.keys()) if (card.contains(p)) inCard = true;
      const t = inCard ? '' : (p.textContent ?? '');
      if (wordCount(t) >= 20) prose += t.length;
    }
    if (prose < 400) return true;
  }
  return false;
}

/** Share of the body's characters written in sentences, or 0 when its longest line has thirty words or more (1 then). */
function proseShare(body: string): number {
  let total = 0;
  let prose = 0;
  for (let from = 0; from <= body.length; ) {
    let to = body.indexOf('\n', from);
    if (to < 0) to = body.length;
    const t = body.slice(from, to).trim();
    from = to + 1;
    if (!t) continue;
    const words = wordCount(t);
    // (a line of thirty words settles it: an article's first long paragraph, so the rest is not read)
    if (words >= 30) return 1;
    total += t.length;
    if (words >= 20 || (words >= 8 && /[.؟!…]["»”)]?$/.test(t))) prose += t.length;
  }
  return total === 0 ? 1 : prose / total;
}

/** t.split(/\s+/).length for a trimmed, non-empty t (one more than its runs of whitespace), without the array. */
function wordCount(t: string): number {
  let n = 1;
  let inSpace = false;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    // What \s matches: the WhiteSpace and LineTerminator code points.
    const space = c <= 0x20 ? c === 0x20 || (c >= 0x09 && c <= 0x0d) : c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}

function emptyResult(reason: string, title: string | null, published: string | null): ArticleResult {
  return { isArticle: false, reason, title, published, text: '', segments: [], pieces: [], root: null, truncated: false };
}

/** How many nodes the sliced walks visit between yields. */
const SLICE_NODES = 1500;

export function detectArticle(doc: Document, options: DetectOptions = {}): ArticleResult {
  const steps = detectSteps(doc, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * detectArticle, cooperatively: the same result, yielding to the host (the page) whenever it has worked
 * about `sliceBudgetMs`, so a huge page (a 50,000-word live blog) never blocks the tab for long.
 */
export async function detectArticleInSlices(
  doc: Document,
  options: DetectOptions & { yieldToHost: () => Promise<void>; sliceBudgetMs?: number },
): Promise<ArticleResult> {
  const budget = options.sliceBudgetMs ?? 12;
  const clock = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
  const steps = detectSteps(doc, options);
  let started = clock();
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
    if (clock() - started >= budget) {
      await options.yieldToHost();
      started = clock();
    }
  }
}

function* detectSteps(doc: Document, options: DetectOptions): Generator<void, ArticleResult> {
  const hints: PageHints = pageHints(doc);
  const docTitleRaw = doc.getElementsByTagName('title')[0]?.textContent ?? '';
  const docTitle = titleFromDocTitle(docTitleRaw, hints.siteName);
  // og:title, unless it is only the site's name (misconfigured sites), else <title> minus the site name
  const og = hints.ogTitle ? cleanTitle(hints.ogTitle) : null;
  const siteOnly = og !== null && ((hints.siteName !== null && og === cleanTitle(hints.siteName)) || (docTitle !== null && og !== docTitle && cleanTitle(docTitleRaw).endsWith(og) && og.length < docTitle.length / 2));
  const metaTitle = og && !siteOnly ? og : docTitle;
  const top = doc.body ?? doc.documentElement;
  const metaPublished = publishedFromMetadata(doc, hints.ld);
  if (!top) return emptyResult('no article body found: the document is empty', metaTitle, metaPublished);

  const stats = yield* measureSteps(top);
  yield;
  const a = analyse(stats);
  yield;
  const rootIdx = chooseRoot(a, headlineAnchor(a, metaTitle));
  const titleIdx = chooseTitle(a, rootIdx, metaTitle, hints.siteName);
  const titleEl = titleIdx >= 0 ? stats.els[titleIdx] : null;
  const title = titleEl ? cleanTitle(collectText(titleEl).text) || metaTitle : metaTitle;
  const dateline = findDateline(a, titleIdx, rootIdx);
  const visible = dateline ? (dateline.iso ?? safeParseDateline(dateline.text)) : null;
  // metadata first; but a date-only value gains the time of the visible dateline of that same day
  let published =
    metaPublished && visible && metaPublished.length === 10 && visible.length > 10 && visible.startsWith(metaPublished)
      ? visible
      : (metaPublished ?? visible ?? issueDate(stats) ?? relativeStamp(stats, titleIdx));

  // (a page whose own title or headline says it is search results lists other pages' stories, however much text its
  // snippets hold: "نتائج البحث عن: «البنك المركزي» (١١٤ نتيجة)" over full-sentence teasers in a table)
  if (SEARCH_HEAD.test(labelNorm(docTitleRaw)) || (title !== null && SEARCH_HEAD.test(labelNorm(title)))) {
    return emptyResult('no article body found: the page looks like search results', title, metaPublished);
  }
  if (rootIdx < 0) {
    const reason =
      stats.textLen[0] < 200
        ? 'no article body found: the page has almost no text'
        : listReason(doc, a, docTitleRaw);
    return emptyResult(reason, title, metaPublished);
  }

  const mass = a.mass[rootIdx];
  const headings = a.linkedHeadings[rootIdx];
  const paras = a.textParas[rootIdx];
  const lines = a.linkLines[rootIdx];
  const avgPara = paras > 0 ? mass / paras : 0;
  // a list of teasers: several linked headlines with little text each, or more link lines than paragraphs
  const teaserList = (headings >= 3 && mass / headings < 350 && !(hints.saysArticle && headings < 5)) ||
    (lines >= 6 && lines >= 1.5 * paras && avgPara < 250) ||
    // headline links each followed by a one-sentence summary (teasers without headings)
    (lines >= 4 && lines >= 0.6 * paras && avgPara < 300 && !(hints.saysArticle && lines < 8));
  const liveBlog = hints.ld.types.includes('LiveBlogPosting');
  // (a page the metadata calls a list or a profile whose densest block is a few lines, an author's bio above the list
  // of his columns, is that list)
  // (or one whose text is mostly a list of linked headlines with a line each, under a table the noise rules leave out:
  // a rates page with its news feed)
  if (!liveBlog && (teaserList || repeatedItems(a, rootIdx) || (hints.saysList && (paras < 3 || mass < 500 || listDominates(a, rootIdx))))) {
    return emptyResult(listReason(doc, a, docTitleRaw), title, metaPublished);
  }

  const root = stats.els[rootIdx];
  const noise = a.noise;
  const index = stats.index;
  const skip = (el: Element): boolean => {
    if (el === titleEl || (dateline && el === dateline.el)) return true;
    const i = index.get(el);
    return i !== undefined && noise[i] === 1;
  };

  const builder = new TextBuilder({ maxChars: options.maxChars });
  const segments: TextSegment[] = [];
  if (title) {
    const start = builder.text.length;
    const tp = titleEl ? collectText(titleEl) : null;
    const ttext = tp && tp.text ? tp.text : title;
    builder.commit({ text: ttext, pieces: tp && tp.text ? tp.pieces : [], linkChars: 0, textRuns: 1, block: titleEl });
    if (builder.text.length > start) segments.push({ kind: 'title', start, end: builder.text.length });
  }
  // (a stamp the page labels as its posting data, "نشر في …"، "بدأت التغطية: …"، "… | آخر تحديث: …", is the
  // page's metadata: it gives the publication date but is not read as part of the story's head)
  // (a paragraph of the body that opens with the place before the date keeps it: "سكاكا 12 جمادى الأولى 1447 هـ
  // الموافق 03 نوفمبر 2025 م واس")
  const whole = dateline && dateline.el.tagName === 'P' && root.contains(dateline.el) ? collectText(dateline.el, { maxChars: 200 }) : null;
  const placed = !!dateline && !!whole && whole.text.endsWith(dateline.text) && whole.text.length - dateline.text.length <= 30;
  // (the page's dateline is read with the story when the page marks it as its date, a <time> element, or when it
  // stands in the story's own box; a stamp written as plain text in the byline row beside the author's name,
  // "<span class="date">الاثنين، 08 ديسمبر 2025 02:20 م</span>", is the page's metadata like its labelled stamps)
  const timed = !!dateline && (dateline.el.tagName === 'TIME' || dateline.el.getElementsByTagName('time').length > 0);
  if (dateline && !labelledStamp(dateline.el) && (timed || placed || root.contains(dateline.el))) {
    const before = builder.text.length;
    const line = placed && whole ? whole : dateline;
    builder.commit({ text: line.text, pieces: line.pieces, linkChars: 0, textRuns: 1, block: dateline.el });
    if (builder.text.length > before) {
      const start = builder.text.length - line.text.length;
      segments.push({ kind: 'dateline', start, end: builder.text.length });
    }
  }
  const headerEnd = builder.text.length;
  const headerParas = builder.paragraphs.length;
  builder.judge = makeJudge(() => builder.paragraphs.length === headerParas, repeatedLinkLabels(root), liveBlog, siteNames(hints.siteName, docTitleRaw, docTitle));
  // (a byline set before the first sentence with a single <br>: "كتب: عبد الرحيم أيت سي<br>الرباط - ...")
  builder.ownLine = (t) => t.length <= 60 && BYLINE_LINE.test(labelNorm(t.trim())) && !/[.؟!]/.test(t);
  // a lead or standfirst paragraph kept in its own box between the headline and the body container
  // (not one that repeats the page's description: the standfirst a site also gives the search engines)
  let description: string | null = null;
  for (const i of leadBlocks(a, titleIdx, rootIdx)) {
    const raw = collectText(stats.els[i], { maxChars: 600 }).text;
    description ??= labelNorm(pageDescription(doc) ?? '');
    if (description.length >= 40) {
      const lead = labelNorm(raw).replace(/[.…]+$/, '');
      if (lead.length >= 40 && (description.startsWith(lead) || lead.startsWith(description.replace(/[.…]+$/, '')))) continue;
    }
    // (nor a row of labelled fields: "البرنامج: … · إعداد وتقديم: … · إخراج: … · الحلقة: 87")
    if ((raw.match(/(?:^|[·•|])\s*[^:：·•|.]{2,25}[:：]/g) ?? []).length >= 3) continue;
    yield* walkIntoSteps(builder, stats.els[i], skip, SLICE_NODES);
    builder.blockBreak();
  }
  yield* walkIntoSteps(builder, root, skip, SLICE_NODES);
  builder.blockBreak();

  const bodyStart = builder.paragraphs.length > headerParas ? builder.paragraphs[headerParas].start : headerEnd;
  const bodyLen = builder.text.length - bodyStart;
  const minBody = hints.saysArticle ? 150 : 250;
  // (A headline of one or two words, "سوريا"، "البرلمان", names a section, a topic or a person: every such page in
  // the golds is a hub. Under it, with a feed of linked headlines on the page, a page is a story only with the text
  // of one.)
  const headWords = (title ?? '').split(/\s[-–—|]\s/)[0].trim().split(/\s+/).filter(Boolean).length;
  // (but a short story under such a headline has a paragraph of its own: a hub's intro and boxes are short lines)
  const hubHead = headWords > 0 && headWords <= 2 && bodyLen < 800 && !builder.text.slice(bodyStart).split('\n\n').some((p) => p.length >= 250);
  if (!builder.truncated && (builder.paragraphs.length === headerParas || bodyLen < minBody || hubHead)) {
    // page-wide counts, boilerplate included: a home page's link blocks are all "boilerplate"
    let lines = 0;
    let headings = 0;
    let paras = 0;
    for (let i = 0; i < stats.els.length; i++) {
      lines += stats.ownLinkLines[i];
      headings += stats.ownLinkedHeading[i];
      paras += stats.ownTextParas[i];
    }
    const listLike = lines > 10 || headings >= 5 || (lines >= 4 && lines >= 0.6 * paras);
    if (builder.paragraphs.length === headerParas || bodyLen < minBody || listLike) {
      const reason = listLike ? listReason(doc, a, docTitleRaw) : `no article body found: the text is too short to be an article (${Math.max(0, bodyLen)} characters)`;
      return emptyResult(reason, title, metaPublished);
    }
  }
  if (!builder.truncated && !liveBlog && (isDataPage(builder.text.slice(bodyStart)) || tableBound(stats, rootIdx, builder.text.slice(bodyStart)) || (hints.saysList && tableBound(stats, 0, builder.text.slice(bodyStart), a.noise)))) {
    return emptyResult('no article: the page is a table of data (scores, forecasts, schedules), not a story', title, metaPublished);
  }
  // (a call for donations: "تبرّع الآن: ساعد الأسر …", with a payment box)
  if (title && /^(?:تبرع|تبرعوا|ساهم|ساهموا)(?:\s+الان)?\s*[:：!]/.test(labelNorm(title.trim())) && /(?:تبرعك|دفع امن|تبرع الان|ساهم الان)/.test(labelNorm(builder.text.slice(0, 4000)))) {
    return emptyResult('no article: the page is a call for donations, not a story', title, metaPublished);
  }
  // (a newsletter's sign-up page: "نساء وقرار: نشرتك الأسبوعية كل جمعة", an e-mail field, sample items)
  if (title && NEWSLETTER_TITLE.test(labelNorm(title)) && doc.querySelector('input[type="email" i]')) {
    return emptyResult("no article: the page is a newsletter's sign-up page, not a story", title, metaPublished);
  }
  if (title && PRINT_EDITION.test(labelNorm(title.trim()))) {
    return emptyResult("no article: the page is a page of the printed edition (several stories), not a story", title, metaPublished);
  }
  if (title && SERVICE_PAGE.test(labelNorm(title.trim()))) {
    return emptyResult("no article: the page is one of the site's own pages (contact, about, terms, subscription), not a story", title, metaPublished);
  }
  if (!builder.truncated && !liveBlog && stampedItems(builder.text.slice(bodyStart))) {
    return emptyResult('no article: the page is a list of items published one by one (notices, announcements), not a story', title, metaPublished);
  }
  // (or, in plain text, four headlines or more each followed by its own date line: a tag page in an old table layout)
  if (!builder.truncated && !liveBlog && headlineDateLines(builder.text.slice(bodyStart))) {
    return emptyResult('no article: the page is a list of dated items (teasers with a headline and a date each), not a story', title, metaPublished);
  }
  // a feed of dated items: four <article>s or more, each with its own heading and <time>, on different days
  if (!builder.truncated && !liveBlog && datedArticleItems(stats, rootIdx)) {
    return emptyResult('no article: the page is a list of dated items (teasers with a headline and a date each), not a story', title, metaPublished);
  }
  // a schedule: a list of six items or more, each a clock time, a heading and a line (a channel's programmes, a
  // conference's sessions)
  if (!builder.truncated && !liveBlog && timedListItems(stats, rootIdx)) {
    return emptyResult('no article: the page is a schedule (a list of timed items with a heading each), not a story', title, metaPublished);
  }
  // a board of cards (a heading and a picture each: missing persons, profiles, products) with a few lines around
  // them: the cards hold more text than what is left as the "story"
  if (!builder.truncated && !liveBlog && cardText(a, rootIdx, 5) > builder.text.length - bodyStart) {
    return emptyResult('no article: the page is a board of cards (a heading and a picture each), not a story', title, metaPublished);
  }
  // a hub of short lines (a section's headings, facts and one-line teasers under a lead teaser): such lines hold more
  // than a third of the text (on the 700 article pages of the golds they hold at most an eighth)
  if (!builder.truncated && !liveBlog && shortLineHub(builder.text.slice(bodyStart))) {
    return emptyResult('no article: the page is a hub of headings and one-line teasers, not a story', title, metaPublished);
  }
  // (a listing: one field repeated on three items or more, "الراتب: 1,500 درهم"، "العنوان: …"، "الهاتف: …")
  if (!builder.truncated && !liveBlog && repeatedField(builder.text.slice(bodyStart))) {
    return emptyResult('no article: the page is a listing of items with the same fields (offers, addresses, prices), not a story', title, metaPublished);
  }
  // (a glossary or a directory in the order of the alphabet: "أ"، "ب"، "ت" as its section heads)
  if (!builder.truncated && letterHeads(builder.text.slice(bodyStart)) >= 3) {
    return emptyResult('no article: the page is a glossary or a directory in alphabetical order, not a story', title, metaPublished);
  }
  if (!builder.truncated && !liveBlog && sectionedInfoPage(builder, headerParas, bodyLen, root)) {
    return emptyResult('no article: the page is a few short sections under headings (opening hours, prices, a campaign or an entry), not a story', title, metaPublished);
  }
  // (no date elsewhere: an agency's dateline opening the body, "صحار في 12 جمادى الآخرة 1447هـ الموافق 3 ديسمبر 2025م
  // /العُمانية/ تفقد …", gives the day of the story)
  published ??= agencyDateline(builder.text.slice(bodyStart, bodyStart + 200));
  if (builder.text.length > bodyStart) segments.push({ kind: 'body', start: bodyStart, end: builder.text.length });
  return {
    isArticle: true,
    reason: null,
    title,
    published,
    text: builder.text,
    segments,
    pieces: builder.pieces,
    root,
    truncated: builder.truncated,
  };
}

/** DOM Range covering text[start, end) — may span several text nodes. Null when no page text lies there. */
export function rangeForText(result: ArticleResult, start: number, end: number): Range | null {
  return rangeFromPieces(result.pieces, start, end);
}
