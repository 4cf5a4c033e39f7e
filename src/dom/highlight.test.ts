// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, type EntityType } from '../core/types.ts';
import { flashName, highlightCss, highlightName, HighlightPainter, RangeIndex, type HighlightColors } from './highlight.ts';

/** A stand-in for CSS.highlights that, like Firefox's Xray view, only supports set/delete. */
class FakeRegistry {
  readonly map = new Map<string, FakeHighlight>();
  set(name: string, h: Highlight) {
    this.map.set(name, h as unknown as FakeHighlight);
    return this;
  }
  delete(name: string) {
    return this.map.delete(name);
  }
}
class FakeHighlight {
  priority = 0;
  constructor(readonly ranges: Range[]) {}
}
const make = (ranges: Range[]) => new FakeHighlight(ranges) as unknown as Highlight;

function setup() {
  document.body.innerHTML = '<p id="p">التقى <b>سيرجي</b> لافروف في ستوكهولم اليوم الخميس</p>';
  const p = document.getElementById('p')!;
  const t1 = p.firstChild as Text; // "التقى "
  const b = p.querySelector('b')!.firstChild as Text; // "سيرجي"
  const t2 = p.lastChild as Text; // " لافروف في ستوكهولم اليوم الخميس"
  const range = (sn: Node, so: number, en: Node, eo: number) => {
    const r = document.createRange();
    r.setStart(sn, so);
    r.setEnd(en, eo);
    return r;
  };
  const lavrov = range(b, 0, t2, ' لافروف'.length); // spans <b>سيرجي</b> لافروف
  const stockholm = range(t2, t2.data.indexOf('ستوكهولم'), t2, t2.data.indexOf('ستوكهولم') + 'ستوكهولم'.length);
  const today = range(t2, t2.data.indexOf('اليوم'), t2, t2.data.length);
  return { p, t1, b, t2, lavrov, stockholm, today };
}

describe('highlightCss', () => {
  const colors = Object.fromEntries(
    ENTITY_TYPES.map((t, i) => [t, { swatch: `#00000${i}`, mark: `rgba(${i}, 0, 0, 0.2)`, markDark: `rgba(${i}, 0, 0, 0.4)`, flash: `rgba(${i}, 0, 0, 0.6)` }]),
  ) as Record<EntityType, HighlightColors>;

  it('styles one ::highlight per type, a tint plus an underline, with a dark-scheme tint', () => {
    const css = highlightCss(colors);
    for (const t of ENTITY_TYPES) {
      expect(css).toContain(`::highlight(${highlightName(t)}) { background-color: ${colors[t].mark};`);
      expect(css).toContain(`::highlight(${flashName(t)})`);
      expect(css).toContain(`::highlight(${highlightName(t)}) { background-color: ${colors[t].markDark}; }`);
    }
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain(`text-decoration-color: ${colors.official.swatch}`);
    expect(highlightName('official')).toBe('qari-official');
  });
});

describe('HighlightPainter', () => {
  it('sets one highlight per type with its ranges, and removes only its own', () => {
    const { lavrov, stockholm, today } = setup();
    const reg = new FakeRegistry();
    reg.map.set('page-own', new FakeHighlight([]));
    const painter = new HighlightPainter(reg, make);
    painter.paint(new Map<EntityType, Range[]>([['official', [lavrov]], ['place', [stockholm]], ['date', [today]], ['person', []]]));
    expect([...reg.map.keys()].sort()).toEqual(['page-own', 'qari-date', 'qari-official', 'qari-place']);
    expect(reg.map.get('qari-official')!.ranges.map((r) => r.toString())).toEqual(['سيرجي لافروف']);
    expect(reg.map.get('qari-official')!.priority).toBeGreaterThan(reg.map.get('qari-place')!.priority);
    painter.clear();
    expect([...reg.map.keys()]).toEqual(['page-own']);
  });

  it('hides and shows a type from its own references (never reading the registry back)', () => {
    const { lavrov, stockholm } = setup();
    const reg = new FakeRegistry();
    const painter = new HighlightPainter(reg, make);
    painter.paint(new Map<EntityType, Range[]>([['official', [lavrov]], ['place', [stockholm]]]));
    painter.setVisible('place', false);
    expect(reg.map.has('qari-place')).toBe(false);
    expect(painter.hiddenTypes()).toEqual(['place']);
    // repainting keeps the type hidden
    painter.paint(new Map<EntityType, Range[]>([['place', [stockholm]]]));
    expect(reg.map.has('qari-place')).toBe(false);
    painter.setVisible('place', true);
    expect(reg.map.get('qari-place')!.ranges[0].toString()).toBe('ستوكهولم');
    expect(painter.isVisible('place')).toBe(true);
  });

  it('flashes one range for a moment', async () => {
    const { stockholm } = setup();
    const reg = new FakeRegistry();
    const painter = new HighlightPainter(reg, make);
    painter.flash('place', stockholm, 20);
    expect(reg.map.has('qari-flash-place')).toBe(true);
    await new Promise((r) => setTimeout(r, 40));
    expect(reg.map.has('qari-flash-place')).toBe(false);
  });
});

describe('RangeIndex', () => {
  it('finds the painted ranges at a DOM point, across element boundaries, innermost first', () => {
    const { t1, b, t2, lavrov, stockholm, today } = setup();
    const index = new RangeIndex<string>();
    index.add(lavrov, 'lavrov');
    index.add(stockholm, 'stockholm');
    index.add(today, 'today');
    expect(index.size).toBe(3);
    expect(index.at(b, 2).map((h) => h.value)).toEqual(['lavrov']);
    expect(index.at(t2, 3).map((h) => h.value)).toEqual(['lavrov']);
    expect(index.at(t2, t2.data.indexOf('ستوكهولم') + 2).map((h) => h.value)).toEqual(['stockholm']);
    expect(index.at(t1, 2)).toEqual([]);
    expect(index.at(t2, t2.data.indexOf('في') + 1)).toEqual([]);
  });

  it('survives the page removing the nodes under it', () => {
    const { p, b, lavrov } = setup();
    const index = new RangeIndex<string>();
    index.add(lavrov, 'lavrov');
    p.remove();
    document.body.innerHTML = '<p>جديد</p>';
    expect(() => index.at(b, 1)).not.toThrow();
    index.clear();
    expect(index.size).toBe(0);
    expect(index.at(b, 1)).toEqual([]);
  });
});
