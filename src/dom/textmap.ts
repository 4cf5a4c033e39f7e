/**
 * Text ↔ DOM mapping.
 *
 * Builds the reading text of a DOM subtree (blocks → blank lines, a single <br> → "\n", inline elements
 * concatenated with no added space, whitespace runs collapsed to one space, paragraphs trimmed) and keeps,
 * for every character taken from the page, the Text node and offset it came from. Separators ("\n", "\n\n")
 * are synthetic and have no node. Every piece maps its text stretch char-for-char onto node.data; a
 * collapsed whitespace run becomes a one-character piece pointing at the first character of the run, so
 * any text offset turns back into an exact (node, offset).
 *
 * Standard DOM only (no innerText, no layout, no window globals): works on a live page and under Node.
 */

export interface TextPiece {
  node: Text;
  nodeStart: number;
  textStart: number;
  length: number;
}

/** A finished paragraph before it is committed, with what the judge needs to decide to keep it. */
export interface Paragraph {
  text: string;
  /** Pieces with textStart relative to the paragraph start. */
  pieces: TextPiece[];
  /** Characters of the paragraph that came from inside an <a>. */
  linkChars: number;
  /** Stretches of text outside links (words between linked names in prose). */
  textRuns: number;
  /** The block element that opened this paragraph (or the nearest block around it). */
  block: Element | null;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

/** Elements that start and end a paragraph. */
export const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIALOG', 'DIV', 'DL',
  'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP',
  'HR', 'HTML', 'LEGEND', 'LI', 'MAIN', 'MENU', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'IFRAME', 'VIDEO', 'AUDIO', 'OPTION', 'SELECT', 'TEXTAREA',
  'AMP-IMG', 'AMP-AD', 'AMP-EMBED', 'AMP-IFRAME', 'AMP-CAROUSEL', 'AMP-SOCIAL-SHARE',
]);

/** Elements whose content is never reading text. */
export const SKIP_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'MATH', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO',
  'SELECT', 'TEXTAREA', 'INPUT', 'BUTTON', 'HEAD', 'TITLE', 'META', 'LINK', 'MAP', 'PICTURE', 'IMG',
  // AMP's ad, embed and analytics elements (their placeholder and fallback text is the ad's, not the story's)
  'AMP-AD', 'AMP-EMBED', 'AMP-STICKY-AD', 'AMP-ANALYTICS', 'AMP-IFRAME',
]);

/**
 * An element of SKIP_TAGS whose content is no reading text. A <noscript> that a parser without scripts read into
 * paragraphs (the rest of a story a script loads lazily, "<noscript><p>…</p><p>…</p></noscript>") is the story's; in a
 * browser running scripts its content is one text node of markup, and skipped.
 */
export function skipsContent(el: Element, tag: string): boolean {
  if (!SKIP_TAGS.has(tag)) return false;
  return !(tag === 'NOSCRIPT' && el.firstElementChild !== null && el.getElementsByTagName('p').length >= 2);
}

/** Whitespace that collapses: ASCII space and controls, no-break space and the Unicode spaces. */
export function isSpaceCode(c: number): boolean {
  // By range first: a letter (Latin, Arabic) is answered in two or three comparisons, not a dozen
  // (detection runs this on every character of the page's text).
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0x1680) return c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * From a non-space character: the longest stretch of non-space characters and single ASCII spaces
 * between them (the characters of isSpaceCode are the class below). Sticky: it matches at lastIndex.
 */
const STRETCH = /[^\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+(?: [^\t-\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+)*/y;

/** Hidden by markup alone (no layout): hidden attribute, aria-hidden, inline display:none/visibility:hidden. */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|element-invisible|a11y-hidden|u-visually-hidden)(?:\s|$)/;

export function isHiddenElement(el: Element): boolean {
  // Most elements have no attribute at all (<p>, <span>, <b> ...): one call answers for the four below.
  if (!el.hasAttributes()) return false;
  return hiddenByAttributes(el, el.getAttribute('class'));
}

/** isHiddenElement of an element that has attributes, its class attribute (cls) already read. */
export function hiddenByAttributes(el: Element, cls: string | null): boolean {
  if (el.hasAttribute('hidden')) return !readMoreRest(el);
  if (cls && SCREEN_READER_ONLY.test(cls)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  if (style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style)) return !readMoreRest(el);
  return false;
}

/** The label of a button that shows the rest of a story: "اقرأ المزيد"، "أكمل القراءة"، "عرض المزيد". */
const READ_MORE = /^\s*(?:اقرأ المزيد|إقرأ المزيد|اقرا المزيد|اقرأ أكثر|أكمل القراءة|اكمل القراءة|متابعة القراءة|تابع القراءة|عرض المزيد|المزيد)\s*[.…»>]*\s*$/;

/**
 * The hidden rest of a story that a "اقرأ المزيد" button right before it shows: paragraphs (two or more), not a menu
 * or a dialog. It is the story's text, and the reader sees it after one click.
 */
function readMoreRest(el: Element): boolean {
  const prev = el.previousElementSibling;
  if (!prev || !/^(BUTTON|A|SPAN|DIV)$/.test(prev.tagName.toUpperCase()) || !READ_MORE.test(prev.textContent ?? '')) return false;
  let paras = 0;
  for (let c = el.firstElementChild; c; c = c.nextElementSibling) if (c.tagName.toUpperCase() === 'P') paras++;
  return paras >= 2;
}

/**
 * An <a> that leads somewhere else: not a same-page anchor ("#entry-3"), not a script link, not a bare
 * <a name>. Only these count as links for link density.
 */
export function isNavLink(el: Element): boolean {
  const href = el.getAttribute('href');
  if (href === null) return false;
  const h = href.trim();
  return h !== '' && !h.startsWith('#') && !/^javascript:/i.test(h);
}

/**
 * Accumulates text from Text nodes into paragraphs. The caller drives it (text / <br> / block boundaries /
 * link depth); each finished paragraph is handed to `judge`, and committed to `text`/`pieces` if kept.
 */
export class TextBuilder {
  text = '';
  pieces: TextPiece[] = [];
  truncated = false;
  /** Offsets in `text` where each committed paragraph starts and ends. */
  paragraphs: { start: number; end: number; block: Element | null }[] = [];

  private para = '';
  private paraPieces: TextPiece[] = [];
  private paraLink = 0;
  private paraTextRuns = 0;
  private lastInLink = true;
  private paraBlock: Element | null = null;
  private pendingWsNode: Text | null = null;
  private pendingWsOffset = 0;
  private pendingWsLink = false;
  private pendingNewline = false;
  private brRun = 0;
  linkDepth = 0;
  private readonly maxChars: number;
  /** Decides whether a finished paragraph is kept. */
  judge: (p: Paragraph) => boolean;
  /**
   * Whether the text of the paragraph so far is a line of its own at a single <br> ("كتب: ..." before the
   * first sentence): it is then a paragraph of its own, for the judge to keep or drop.
   */
  ownLine: ((text: string) => boolean) | null = null;
  /** The block element currently open (for Paragraph.block). */
  currentBlock: Element | null = null;

  constructor(options: { maxChars?: number; judge?: (p: Paragraph) => boolean } = {}) {
    this.maxChars = options.maxChars ?? Infinity;
    this.judge = options.judge ?? (() => true);
  }

  get full(): boolean {
    return this.truncated;
  }

  /** Append the data of a Text node (whitespace collapsed, mapped). */
  addText(node: Text): void {
    if (this.truncated) return;
    const data = node.data;
    const n = data.length;
    const inLink = this.linkDepth > 0;
    let i = 0;
    while (i < n) {
      const c = data.charCodeAt(i);
      if (isSpaceCode(c)) {
        const start = i;
        i++;
        while (i < n && isSpaceCode(data.charCodeAt(i))) i++;
        if (this.para.length > 0 && !this.pendingNewline && this.pendingWsNode === null) {
          this.pendingWsNode = node;
          this.pendingWsOffset = start;
          this.pendingWsLink = inLink;
        }
        continue;
      }
      const start = i;
      // Words joined by single spaces go as one run: emitted word by word, each space would become a
      // one-character piece merged with the pieces on both sides, and para would grow by the same text.
      // (The run's end found by the regular expression engine, which scans faster than a loop here.)
      STRETCH.lastIndex = i;
      STRETCH.test(data);
      i = STRETCH.lastIndex;
      this.emitRun(node, start, i, inLink);
    }
  }

  private emitRun(node: Text, start: number, end: number, inLink: boolean): void {
    this.brRun = 0;
    if (this.para.length > 0) {
      if (this.pendingNewline) {
        this.para += '\n';
      } else if (this.pendingWsNode !== null) {
        this.pushPiece(this.pendingWsNode, this.pendingWsOffset, 1);
        this.para += ' ';
        if (this.pendingWsLink) this.paraLink++;
      }
    }
    this.pendingNewline = false;
    this.pendingWsNode = null;
    if (this.para.length === 0) this.paraBlock = this.currentBlock;
    this.pushPiece(node, start, end - start);
    this.para += node.data.slice(start, end);
    if (inLink) this.paraLink += end - start;
    else if (this.lastInLink) this.paraTextRuns++;
    this.lastInLink = inLink;
  }

  private pushPiece(node: Text, nodeStart: number, length: number): void {
    const textStart = this.para.length;
    const k = this.paraPieces.length;
    const last = k > 0 ? this.paraPieces[k - 1] : undefined;
    if (last && last.node === node && last.nodeStart + last.length === nodeStart && last.textStart + last.length === textStart) {
      last.length += length;
    } else {
      this.paraPieces.push({ node, nodeStart, textStart, length });
    }
  }

  /** A <br>: a line break; two in a row (only whitespace between) end the paragraph. */
  lineBreak(): void {
    if (this.truncated) return;
    this.brRun++;
    this.pendingWsNode = null;
    if (this.brRun >= 2 || (this.ownLine && this.para.length > 0 && this.ownLine(this.para))) {
      this.blockBreak();
      return;
    }
    if (this.para.length > 0) this.pendingNewline = true;
  }

  /** A block boundary: ends the current paragraph. */
  blockBreak(): void {
    this.pendingWsNode = null;
    this.pendingNewline = false;
    if (this.truncated || this.para.length === 0) return;
    const p: Paragraph = {
      text: this.para,
      pieces: this.paraPieces,
      linkChars: this.paraLink,
      textRuns: this.paraTextRuns,
      block: this.paraBlock,
    };
    this.para = '';
    this.paraPieces = [];
    this.paraLink = 0;
    this.paraTextRuns = 0;
    this.lastInLink = true;
    this.paraBlock = null;
    if (this.judge(p)) this.commit(p);
  }

  /** Commit a paragraph (cut at maxChars if needed). */
  commit(p: Paragraph): void {
    if (this.truncated) return;
    const sep = this.text.length > 0 ? 2 : 0;
    let body = p.text;
    let pieces = p.pieces;
    const room = this.maxChars - this.text.length - sep;
    if (room <= 0) {
      this.truncated = true;
      return;
    }
    if (body.length > room) {
      // cut at the last space inside the room when there is one, else hard at the limit
      let cut = body.lastIndexOf(' ', room);
      if (cut < room * 0.5) cut = room;
      body = body.slice(0, cut).replace(/\s+$/, '');
      pieces = clipPieces(pieces, body.length);
      this.truncated = true;
    }
    if (body.length === 0) return;
    if (sep) this.text += '\n\n';
    const base = this.text.length;
    for (const pc of pieces) this.pieces.push({ node: pc.node, nodeStart: pc.nodeStart, textStart: pc.textStart + base, length: pc.length });
    this.text += body;
    this.paragraphs.push({ start: base, end: this.text.length, block: p.block });
  }
}

function clipPieces(pieces: TextPiece[], len: number): TextPiece[] {
  const out: TextPiece[] = [];
  for (const pc of pieces) {
    if (pc.textStart >= len) break;
    out.push({ ...pc, length: Math.min(pc.length, len - pc.textStart) });
  }
  return out;
}

export interface CollectOptions {
  /** Return true to leave an element (and its subtree) out. */
  skip?: (el: Element) => boolean;
  /** Return false to drop a finished paragraph. */
  judge?: (p: Paragraph) => boolean;
  maxChars?: number;
}

/**
 * Walk a subtree in document order and build its reading text. Iterative (no recursion), O(nodes + chars).
 */
export function collectText(root: Node, options: CollectOptions = {}): TextBuilder {
  const b = new TextBuilder({ maxChars: options.maxChars, judge: options.judge });
  walkInto(b, root, options.skip);
  b.blockBreak();
  return b;
}

/** Feed one subtree into an existing builder (used to build title, dateline and body one after another). */
export function walkInto(b: TextBuilder, root: Node, skip?: (el: Element) => boolean): void {
  const steps = walkIntoSteps(b, root, skip);
  while (!steps.next().done);
}

/** walkInto as a generator that yields every `every` nodes (for slicing huge pages); same result. */
export function* walkIntoSteps(b: TextBuilder, root: Node, skip?: (el: Element) => boolean, every = Infinity): Generator<void, void> {
  // Explicit stack: the nodes, and for each whether it is entered (ENTER) or left (EXIT, EXIT_LINK when
  // it is a link counted in linkDepth). Two parallel arrays rather than an object per entry.
  const stack: Node[] = [root];
  const how: number[] = [ENTER];
  const blockStack: Element[] = [];
  let steps = 0;
  while (stack.length > 0 && !b.full) {
    if (++steps % every === 0) yield;
    const node = stack.pop()!;
    const mode = how.pop()!;
    const exit = mode !== ENTER;
    const link = mode === EXIT_LINK;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      b.addText(node as Text);
      continue;
    }
    if (type !== ELEMENT_NODE && type !== 9 && type !== 11) continue;
    if (type !== ELEMENT_NODE) {
      pushChildren(stack, how, node);
      continue;
    }
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (exit) {
      if (link) b.linkDepth--;
      if (BLOCK_TAGS.has(tag)) {
        b.blockBreak();
        blockStack.pop();
        b.currentBlock = blockStack[blockStack.length - 1] ?? null;
      }
      continue;
    }
    if (tag === 'BR') {
      b.lineBreak();
      continue;
    }
    if (el !== root && (skipsContent(el, tag) || isHiddenElement(el) || (skip && skip(el)))) {
      if (BLOCK_TAGS.has(tag)) b.blockBreak();
      continue;
    }
    if (el === root && (SKIP_TAGS.has(tag) && tag !== 'BODY')) continue;
    if (BLOCK_TAGS.has(tag)) {
      b.blockBreak();
      blockStack.push(el);
      b.currentBlock = el;
    }
    const nav = tag === 'A' && isNavLink(el);
    if (nav) b.linkDepth++;
    stack.push(el);
    how.push(nav ? EXIT_LINK : EXIT);
    pushChildren(stack, how, el);
  }
}

const ENTER = 0;
const EXIT = 1;
const EXIT_LINK = 2;

function pushChildren(stack: Node[], how: number[], node: Node): void {
  // Sibling pointers rather than childNodes[i]: the same nodes, without an indexed NodeList (slow in jsdom).
  for (let c = node.lastChild; c; c = c.previousSibling) {
    stack.push(c);
    how.push(ENTER);
  }
}

/** The collapsed, trimmed reading text of one element (paragraphs joined by "\n\n"). */
export function elementText(el: Element, maxChars?: number): string {
  return collectText(el, { maxChars }).text;
}

/** Index of the piece covering text offset `offset` (or -1). Binary search over sorted textStart. */
export function pieceAt(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid];
    if (offset < p.textStart) hi = mid - 1;
    else if (offset >= p.textStart + p.length) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/**
 * Turn a text offset into a DOM position. bias 'start': the position before text[offset] (moving forward
 * past separators); bias 'end': the position after text[offset-1] (moving backward past separators).
 */
export function locate(
  pieces: TextPiece[],
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | null {
  if (pieces.length === 0) return null;
  if (bias === 'start') {
    let i = pieceAt(pieces, offset);
    if (i < 0) {
      // first piece starting after offset
      let lo = 0;
      let hi = pieces.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (pieces[mid].textStart < offset) lo = mid + 1;
        else hi = mid;
      }
      if (lo >= pieces.length) return null;
      i = lo;
      return { node: pieces[i].node, offset: pieces[i].nodeStart };
    }
    const p = pieces[i];
    return { node: p.node, offset: p.nodeStart + (offset - p.textStart) };
  }
  if (offset <= 0) return null;
  let i = pieceAt(pieces, offset - 1);
  if (i < 0) {
    // last piece ending at or before offset
    let lo = 0;
    let hi = pieces.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pieces[mid].textStart + pieces[mid].length <= offset) lo = mid + 1;
      else hi = mid;
    }
    i = lo - 1;
    if (i < 0) return null;
    const p = pieces[i];
    return { node: p.node, offset: p.nodeStart + p.length };
  }
  const p = pieces[i];
  return { node: p.node, offset: p.nodeStart + (offset - p.textStart) };
}

/** A DOM Range over text[start, end), or null when no page text lies in that stretch. */
export function rangeFromPieces(pieces: TextPiece[], start: number, end: number): Range | null {
  if (!(end > start)) return null;
  const a = locate(pieces, start, 'start');
  const z = locate(pieces, end, 'end');
  if (!a || !z) return null;
  const doc = a.node.ownerDocument;
  if (!doc) return null;
  // a must not be after z (happens when [start,end) holds only separators)
  const ia = pieceAt(pieces, Math.max(start, 0));
  const startPieceText = ia >= 0 ? start : firstPieceAtOrAfter(pieces, start);
  const endPieceText = end;
  if (startPieceText >= endPieceText) return null;
  const range = doc.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(z.node, z.offset);
  return range;
}

function firstPieceAtOrAfter(pieces: TextPiece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid].textStart < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < pieces.length ? pieces[lo].textStart : Infinity;
}
