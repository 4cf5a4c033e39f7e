import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, drawIcon, encodePng, ICON_SIZES } from '../scripts/make-icons.ts';

/** Read back a PNG written by encodePng (8-bit RGBA, filter 0): size and pixels, checking every chunk CRC. */
function decode(png: Buffer): { w: number; h: number; px: Uint8Array } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let o = 8;
  const idat: Buffer[] = [];
  let w = 0;
  let h = 0;
  while (o < png.length) {
    const len = png.readUInt32BE(o);
    const type = png.toString('ascii', o + 4, o + 8);
    const data = png.subarray(o + 8, o + 8 + len);
    expect(png.readUInt32BE(o + 8 + len)).toBe(crc32(png.subarray(o + 4, o + 8 + len)));
    if (type === 'IHDR') {
      w = data.readUInt32BE(0);
      h = data.readUInt32BE(4);
      expect([data[8], data[9]]).toEqual([8, 6]);
    }
    if (type === 'IDAT') idat.push(data);
    o += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const px = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    expect(raw[y * (w * 4 + 1)]).toBe(0);
    px.set(raw.subarray(y * (w * 4 + 1) + 1, (y + 1) * (w * 4 + 1)), y * w * 4);
  }
  return { w, h, px };
}

describe('make-icons', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });

  it('encodes pixels that decode back unchanged', () => {
    const px = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) % 256);
    const back = decode(encodePng(3, 2, px));
    expect(back.w).toBe(3);
    expect(back.h).toBe(2);
    expect([...back.px]).toEqual([...px]);
  });

  it('draws an icon with transparent corners and an opaque violet body', () => {
    const size = 48;
    const px = drawIcon(size);
    const at = (x: number, y: number) => [...px.subarray((y * size + x) * 4, (y * size + x) * 4 + 4)];
    expect(at(0, 0)[3]).toBe(0);
    const body = at(4, size - 8);
    expect(body[3]).toBe(255);
    expect(body[2]).toBeGreaterThan(body[1]); // violet: more blue than green
  });

  it('the committed icons are the sizes the manifest lists, and what the script draws', () => {
    for (const size of ICON_SIZES) {
      const file = readFileSync(join(import.meta.dirname, '..', 'public', 'icons', `icon-${size}.png`));
      const { w, h, px } = decode(file);
      expect([w, h]).toEqual([size, size]);
      expect([...px]).toEqual([...drawIcon(size)]);
    }
  });
});
