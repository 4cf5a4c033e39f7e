/**
 * Painting mentions without touching the page: the CSS Custom Highlight API (one Highlight per entity type in
 * CSS.highlights, styled by ::highlight() rules in an extension stylesheet), and a hit-test index that maps a pointer
 * position back to the painted range under it (caretPositionFromPoint / caretRangeFromPoint over our own ranges).
 *
 * Firefox content scripts cannot iterate CSS.highlights or a Highlight (Xray wrappers), so everything here keeps its
 * own references and only ever calls set/delete on the registry.
 */
import { ENTITY_TYPES, type EntityType } from '../core/types.ts';

/** The stylesheet the build emits at the root of the extension, inserted with scripting.insertCSS. */
export const HIGHLIGHT_CSS_FILE = 'qari-highlight.css';

export const highlightName = (type: EntityType): string => `qari-${type}`;
export const flashName = (type: EntityType): string => `qari-flash-${type}`;

export interface HighlightColors {
  readonly swatch: string;
  readonly mark: string;
  readonly markDark: string;
  readonly flash: string;
}

/**
 * The ::highlight() rules: a translucent tint (so the page's own text colour stays legible on light and dark pages)
 * plus an underline in the type's solid colour (visible even where the tint is faint).
 */
export function highlightCss(colors: Readonly<Record<EntityType, HighlightColors>>): string {
  const out: string[] = ['/* Qari: marks painted with the CSS Custom Highlight API (the page DOM is not modified). */'];
  for (const t of ENTITY_TYPES) {
    const c = colors[t];
    out.push(
      `::highlight(${highlightName(t)}) { background-color: ${c.mark}; text-decoration-line: underline; ` +
        `text-decoration-style: solid; text-decoration-color: ${c.swatch}; text-decoration-thickness: 2px; }`,
    );
    out.push(`::highlight(${flashName(t)}) { background-color: ${c.flash}; text-decoration-line: underline; ` +
      `text-decoration-color: ${c.swatch}; text-decoration-thickness: 3px; }`);
  }
  out.push('@media (prefers-color-scheme: dark) {');
  for (const t of ENTITY_TYPES) out.push(`  ::highlight(${highlightName(t)}) { background-color: ${colors[t].markDark}; }`);
  out.push('}');
  return out.join('\n') + '\n';
}

/** The part of HighlightRegistry we use (set/delete work through Firefox's Xray wrappers; iteration does not). */
export interface HighlightRegistryLike {
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): boolean;
}

export function highlightApiAvailable(win: typeof globalThis = globalThis): boolean {
  return typeof win.Highlight === 'function' && typeof win.CSS !== 'undefined' && !!win.CSS.highlights;
}

/** Types painted first sit below: officials over people, people over places... */
const PRIORITY: Record<EntityType, number> = { date: 1, place: 2, organization: 3, person: 4, official: 5 };

export class HighlightPainter {
  private readonly highlights = new Map<EntityType, Highlight>();
  private readonly hidden = new Set<EntityType>();
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private flashing: string | null = null;

  constructor(
    private readonly registry: HighlightRegistryLike = CSS.highlights,
    private readonly makeHighlight: (ranges: Range[]) => Highlight = (ranges) => new Highlight(...ranges),
  ) {}

  /** Replace every mark with these ranges, one highlight per type. */
  paint(byType: ReadonlyMap<EntityType, Range[]>): void {
    this.clear();
    for (const t of ENTITY_TYPES) {
      const ranges = byType.get(t);
      if (!ranges || ranges.length === 0) continue;
      const h = this.makeHighlight(ranges);
      h.priority = PRIORITY[t];
      this.highlights.set(t, h);
      if (!this.hidden.has(t)) this.registry.set(highlightName(t), h);
    }
  }

  setVisible(type: EntityType, visible: boolean): void {
    if (visible) {
      this.hidden.delete(type);
      const h = this.highlights.get(type);
      if (h) this.registry.set(highlightName(type), h);
    } else {
      this.hidden.add(type);
      this.registry.delete(highlightName(type));
    }
  }

  isVisible(type: EntityType): boolean {
    return !this.hidden.has(type);
  }

  hiddenTypes(): EntityType[] {
    return ENTITY_TYPES.filter((t) => this.hidden.has(t));
  }

  /** Mark one range strongly for a moment (when the popup reveals a mention). */
  flash(type: EntityType, range: Range, ms = 1600): void {
    this.stopFlash();
    const name = flashName(type);
    const h = this.makeHighlight([range]);
    h.priority = 10;
    this.registry.set(name, h);
    this.flashing = name;
    this.flashTimer = setTimeout(() => this.stopFlash(), ms);
  }

  private stopFlash(): void {
    if (this.flashTimer !== null) clearTimeout(this.flashTimer);
    this.flashTimer = null;
    if (this.flashing) this.registry.delete(this.flashing);
    this.flashing = null;
  }

  /** Remove every highlight this painter set (and only those). */
  clear(): void {
    this.stopFlash();
    for (const t of this.highlights.keys()) this.registry.delete(highlightName(t));
    this.highlights.clear();
  }
}

export interface RangeHit<T> {
  range: Range;
  value: T;
}

/** Pointer position → the document position under it (standard API first, WebKit/Blink's older one second). */
export function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : null;
  }
  return null;
}

/**
 * Our own index of painted ranges by the text nodes they cover, for hover hit-testing without iterating the
 * highlight registry (which Firefox content scripts cannot do).
 */
export class RangeIndex<T> {
  private byNode = new Map<Node, RangeHit<T>[]>();
  size = 0;

  add(range: Range, value: T): void {
    const hit = { range, value };
    this.size++;
    const start = range.startContainer;
    if (start === range.endContainer) {
      this.push(start, hit);
      return;
    }
    const root = range.commonAncestorContainer;
    const doc = root.ownerDocument ?? (root as Document);
    const walker = doc.createTreeWalker(root, 0x4 /* NodeFilter.SHOW_TEXT */);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (range.intersectsNode(n)) this.push(n, hit);
    }
  }

  private push(node: Node, hit: RangeHit<T>): void {
    const list = this.byNode.get(node);
    if (list) list.push(hit);
    else this.byNode.set(node, [hit]);
  }

  /** Ranges containing the point (node, offset); the shortest first (the innermost mark). */
  at(node: Node, offset: number): RangeHit<T>[] {
    const list = this.byNode.get(node);
    if (!list) return [];
    const out: RangeHit<T>[] = [];
    for (const h of list) {
      try {
        if (!h.range.collapsed && h.range.isPointInRange(node, offset)) out.push(h);
      } catch {
        // the page replaced the node: the range no longer means anything
      }
    }
    return out.sort((a, b) => a.range.toString().length - b.range.toString().length);
  }

  /** The painted range under the pointer, checked against its boxes (a caret snaps to text even beside it). */
  hit(doc: Document, x: number, y: number): RangeHit<T> | null {
    const caret = caretAt(doc, x, y);
    if (!caret) return null;
    for (const h of this.at(caret.node, caret.offset)) {
      for (const r of h.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return h;
      }
    }
    return null;
  }

  clear(): void {
    this.byNode = new Map();
    this.size = 0;
  }
}
