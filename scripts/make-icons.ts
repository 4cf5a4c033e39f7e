/**
 * Draws the extension icon and writes public/icons/icon-{16,32,48,128}.png.
 *
 *   npx tsx scripts/make-icons.ts
 *
 * No image tools needed: the shapes are signed-distance functions sampled 8×8 per pixel (anti-aliased),
 * and the PNG is encoded here (RGBA, filter 0, zlib from Node, CRC-32 per chunk).
 * The icon: a violet rounded square (the "official" colour) with three right-aligned lines of text, as an
 * Arabic page reads, one word marked in amber.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

type RGBA = [number, number, number, number];

// ---- PNG encoding ----

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Encode width×height RGBA pixels (row-major, 4 bytes each) as a PNG file. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // deflate
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0; // filter: none
    Buffer.from(rgba.buffer, rgba.byteOffset + y * width * 4, width * 4).copy(raw, y * (width * 4 + 1) + 1);
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', new Uint8Array(0))]);
}

// ---- drawing ----

/** Signed distance to a rounded rectangle centred at (cx, cy) with half sizes (hw, hh) and radius r. */
function roundRect(x: number, y: number, cx: number, cy: number, hw: number, hh: number, r: number): number {
  const qx = Math.abs(x - cx) - (hw - r);
  const qy = Math.abs(y - cy) - (hh - r);
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** A horizontal bar with round ends from x0 to x1 at height y, thickness t. */
function bar(x: number, y: number, x0: number, x1: number, yc: number, t: number): number {
  return roundRect(x, y, (x0 + x1) / 2, yc, (x1 - x0) / 2, t / 2, t / 2);
}

function mix(a: RGBA, b: RGBA, t: number): RGBA {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t, a[3] + (b[3] - a[3]) * t];
}

/** Paint `top` over `under` with coverage `k` (straight alpha). */
function over(under: RGBA, top: RGBA, k: number): RGBA {
  const ta = (top[3] / 255) * k;
  const ua = under[3] / 255;
  const a = ta + ua * (1 - ta);
  if (a === 0) return [0, 0, 0, 0];
  const ch = (i: number) => (top[i] * ta + under[i] * ua * (1 - ta)) / a;
  return [ch(0), ch(1), ch(2), a * 255];
}

const VIOLET_TOP: RGBA = [139, 92, 246, 255]; // #8b5cf6
const VIOLET_BOTTOM: RGBA = [109, 40, 217, 255]; // #6d28d9
const WHITE: RGBA = [255, 255, 255, 255];
const AMBER: RGBA = [251, 191, 36, 255]; // #fbbf24

/** The colour at (x, y) in the unit square, with coverage computed by the caller per sample. */
function layers(size: number): Array<{ sdf: (x: number, y: number) => number; color: (x: number, y: number) => RGBA }> {
  // Small icons get thicker strokes and fewer details so they stay legible.
  const small = size <= 16;
  const t = small ? 0.15 : 0.11; // line thickness
  const right = small ? 0.8 : 0.78;
  const rows = small ? [0.3, 0.7] : [0.3, 0.5, 0.7];
  const starts = small ? [0.2, 0.2] : [0.22, 0.22, 0.44];
  const markRow = 1;
  const out: Array<{ sdf: (x: number, y: number) => number; color: (x: number, y: number) => RGBA }> = [
    { sdf: (x, y) => roundRect(x, y, 0.5, 0.5, 0.5, 0.5, 0.22), color: (_x, y) => mix(VIOLET_TOP, VIOLET_BOTTOM, y) },
  ];
  rows.forEach((yc, i) => {
    const x0 = starts[i];
    if (i === markRow) {
      // The marked word: the leftmost word of the line (the last one read) in amber.
      const split = x0 + (right - x0) * 0.5;
      out.push({ sdf: (x, y) => bar(x, y, x0, split, yc, t * 1.35), color: () => AMBER });
      out.push({ sdf: (x, y) => bar(x, y, split + t * 0.9, right, yc, t), color: () => WHITE });
    } else {
      out.push({ sdf: (x, y) => bar(x, y, x0, right, yc, t), color: () => WHITE });
    }
  });
  return out;
}

export function drawIcon(size: number): Uint8Array {
  const px = new Uint8Array(size * size * 4);
  const S = 8; // samples per axis
  const shapes = layers(size);
  for (let py = 0; py < size; py++) {
    for (let pxl = 0; pxl < size; pxl++) {
      let acc: RGBA = [0, 0, 0, 0];
      for (const shape of shapes) {
        let cover = 0;
        let colorSum: RGBA = [0, 0, 0, 0];
        for (let sy = 0; sy < S; sy++) {
          for (let sx = 0; sx < S; sx++) {
            const x = (pxl + (sx + 0.5) / S) / size;
            const y = (py + (sy + 0.5) / S) / size;
            if (shape.sdf(x, y) <= 0) {
              cover++;
              const c = shape.color(x, y);
              colorSum = [colorSum[0] + c[0], colorSum[1] + c[1], colorSum[2] + c[2], colorSum[3] + c[3]];
            }
          }
        }
        if (cover > 0) {
          const avg: RGBA = [colorSum[0] / cover, colorSum[1] / cover, colorSum[2] / cover, colorSum[3] / cover];
          acc = over(acc, avg, cover / (S * S));
        }
      }
      const i = (py * size + pxl) * 4;
      for (let k = 0; k < 4; k++) px[i + k] = Math.round(Math.min(255, Math.max(0, acc[k])));
    }
  }
  return px;
}

export const ICON_SIZES = [16, 32, 48, 128] as const;

function main(): void {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const dir = join(root, 'public', 'icons');
  mkdirSync(dir, { recursive: true });
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size, size, drawIcon(size)));
    console.log(`wrote ${file}`);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
