import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { collectText, isSpaceCode, locate, rangeFromPieces, type TextPiece } from './textmap.ts';

function doc(html: string): Document {
  return new JSDOM(`<!DOCTYPE html><html><body>${html}</body></html>`).window.document;
}

/** Every piece maps its text stretch char for char onto node.data (whitespace may differ in kind). */
function checkPieces(text: string, pieces: TextPiece[]): void {
  let prevEnd = -1;
  for (const p of pieces) {
    expect(p.length).toBeGreaterThan(0);
    expect(p.textStart).toBeGreaterThanOrEqual(prevEnd);
    prevEnd = p.textStart + p.length;
    const a = text.slice(p.textStart, p.textStart + p.length);
    const b = p.node.data.slice(p.nodeStart, p.nodeStart + p.length);
    expect(b.length).toBe(a.length);
    for (let i = 0; i < a.length; i++) {
      if (a[i] === ' ') expect(isSpaceCode(b.charCodeAt(i))).toBe(true);
      else expect(b[i]).toBe(a[i]);
    }
  }
  // every character that is not a separator is covered
  const covered = new Uint8Array(text.length);
  for (const p of pieces) covered.fill(1, p.textStart, p.textStart + p.length);
  for (let i = 0; i < text.length; i++) if (text[i] !== '\n') expect(covered[i], `offset ${i} of ${JSON.stringify(text)}`).toBe(1);
}

describe('collectText', () => {
  it('joins inline elements with no added space and proclitics stay attached', () => {
    const d = doc('<p>التقى <span>ب</span><a href="#">لافروف</a> و<a>الإمارات</a></p>');
    const b = collectText(d.body);
    expect(b.text).toBe('التقى بلافروف والإمارات');
    checkPieces(b.text, b.pieces);
  });

  it('turns blocks into blank lines, a single <br> into a newline, <br><br> into a paragraph break', () => {
    const d = doc('<div>سطر أول<br>سطر ثان<br> <br>فقرة ثانية</div><p>فقرة ثالثة</p><ul><li>بند</li></ul>');
    const b = collectText(d.body);
    expect(b.text).toBe('سطر أول\nسطر ثان\n\nفقرة ثانية\n\nفقرة ثالثة\n\nبند');
    checkPieces(b.text, b.pieces);
  });

  it('collapses spaces, newlines and no-break spaces and trims each paragraph', () => {
    const d = doc('<p>  \n سامح&nbsp;&nbsp;<a>شكري</a>  \n\t قال   </p><p>&nbsp;</p><p> نيجني\n      نوفغورود </p>');
    const b = collectText(d.body);
    expect(b.text).toBe('سامح شكري قال\n\nنيجني نوفغورود');
    checkPieces(b.text, b.pieces);
  });

  it('leaves out scripts, styles, hidden elements and whatever skip() refuses', () => {
    const d = doc('<p>نص<script>var x = 1;</script><style>p{}</style> ظاهر</p><div hidden>مخفي</div><div style="display: none">مخفي</div><aside class="x">جانبي</aside><p>آخر</p>');
    const b = collectText(d.body, { skip: (el) => el.classList.contains('x') });
    expect(b.text).toBe('نص ظاهر\n\nآخر');
  });

  it('lets a judge drop paragraphs and cuts at maxChars', () => {
    const d = doc('<p>اقرأ أيضا: رابط</p><p>الفقرة الأولى من النص.</p><p>الفقرة الثانية من النص أطول قليلا.</p>');
    const b = collectText(d.body, { judge: (p) => !p.text.startsWith('اقرأ'), maxChars: 30 });
    expect(b.text.length).toBeLessThanOrEqual(30);
    expect(b.text.startsWith('الفقرة الأولى من النص.')).toBe(true);
    expect(b.truncated).toBe(true);
    checkPieces(b.text, b.pieces);
  });
});

describe('locate and rangeFromPieces', () => {
  it('maps offsets inside collapsed whitespace and across nodes exactly', () => {
    const d = doc('<p>وقال <a>سيرجي</a>\n   <a>لافروف</a> أمس</p>');
    const b = collectText(d.body);
    expect(b.text).toBe('وقال سيرجي لافروف أمس');
    const start = b.text.indexOf('سيرجي');
    const end = start + 'سيرجي لافروف'.length;
    const r = rangeFromPieces(b.pieces, start, end)!;
    expect(r.toString().replace(/\s+/g, ' ')).toBe('سيرجي لافروف');
    const anchors = d.querySelectorAll('a');
    expect(r.startContainer).toBe(anchors[0].firstChild);
    expect(r.endContainer).toBe(anchors[1].firstChild);
    expect(r.endOffset).toBe('لافروف'.length);
    // the collapsed space maps to the first char of the run
    const sp = locate(b.pieces, b.text.indexOf(' لافروف'), 'start')!;
    expect(sp.node.data[sp.offset]).toBe('\n');
  });

  it('returns null for a stretch holding only a separator', () => {
    const d = doc('<p>أ</p><p>ب</p>');
    const b = collectText(d.body);
    expect(b.text).toBe('أ\n\nب');
    expect(rangeFromPieces(b.pieces, 1, 3)).toBeNull();
    expect(rangeFromPieces(b.pieces, 0, 4)!.toString()).toBe('أب');
  });
});

// ---- property: the builder agrees with a simple reference over random trees ----

type Tree = { tag: string; kids: (Tree | string)[] };
const INLINE = ['span', 'a', 'b', 'em', 'time'];
const BLOCK = ['p', 'div', 'li', 'h2', 'section'];
const word = fc.constantFrom('سيرجي', 'لافروف', 'و', 'ب', 'غزة', '،', '.', 'x', '12');
const space = fc.constantFrom(' ', '  ', '\n', '\u00a0', ' \n\t ', '');
const textArb = fc.array(fc.tuple(space, word), { maxLength: 4 }).chain((parts) =>
  space.map((tail) => parts.map(([s, w]) => s + w).join('') + tail),
);
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    tag: fc.constantFrom(...INLINE, ...BLOCK, 'br'),
    kids: fc.array(fc.oneof({ weight: 3, arbitrary: textArb }, { weight: 2, arbitrary: tie('tree') }), { maxLength: 4 }),
  }),
})).tree;

function render(t: Tree | string): string {
  if (typeof t === 'string') return t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\u00a0/g, '&nbsp;');
  if (t.tag === 'br') return '<br>';
  return `<${t.tag}>${t.kids.map(render).join('')}</${t.tag}>`;
}

/** Reference: serialise with markers, then collapse with regular expressions. */
function reference(root: Element): string {
  let s = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      s += (n as Text).data;
      return;
    }
    const el = n as Element;
    const tag = el.tagName.toLowerCase();
    if (tag === 'br') {
      s += '\u0002';
      return;
    }
    const block = BLOCK.includes(tag) || tag === 'body';
    if (block) s += '\u0001';
    el.childNodes.forEach(walk);
    if (block) s += '\u0001';
  };
  walk(root);
  s = s.replace(/[\s\u00a0]+/g, ' ');
  // whitespace between consecutive <br>s does not separate them; two <br> = a block break
  s = s.replace(/\u0002 ?(?=\u0002)/g, '\u0002');
  s = s.replace(/\u0002\u0002+/g, '\u0001');
  const paras = s.split('\u0001').map((p) =>
    p
      .split('\u0002')
      .map((line) => line.trim())
      .filter((line) => line.length > 0)
      .join('\n'),
  );
  return paras.filter((p) => p.length > 0).join('\n\n');
}

describe('collectText property', () => {
  it('matches the reference text and keeps every piece exact', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), (trees) => {
        const d = doc(trees.map(render).join(''));
        const b = collectText(d.body);
        expect(b.text).toBe(reference(d.body));
        expect(b.text).not.toMatch(/ {2}|^ | $|\n | \n/);
        checkPieces(b.text, b.pieces);
      }),
      { numRuns: 300 },
    );
  });
});
