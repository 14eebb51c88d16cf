// Draws the extension icon (a magnifying lens over a log row, with an amber "threat" mark) and
// writes public/icon/{16,32,48,128}.png. Plain Node: shapes are sampled 4x4 per pixel for
// smooth edges, and the PNG is assembled by hand (IHDR, IDAT via zlib, IEND).
// Run: node scripts/make-icons.mjs

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const OUT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');
const SIZES = [16, 32, 48, 128];
const SAMPLES = 4;

const BLUE = [11, 107, 203];
const WHITE = [255, 255, 255];
const AMBER = [245, 158, 11];

/** The picture in unit coordinates (0..1): returns [r, g, b, a] or null for transparent. */
function paint(x, y) {
  const lens = { cx: 0.42, cy: 0.42, r: 0.34, ring: 0.085 };
  const d = Math.hypot(x - lens.cx, y - lens.cy);
  // Handle: a thick segment from the lens edge to the lower right corner.
  const t = Math.max(0, Math.min(1, ((x - 0.66) * 0.7 + (y - 0.66) * 0.7) / 0.36));
  const hx = 0.66 + t * 0.25;
  const hy = 0.66 + t * 0.25;
  if (Math.hypot(x - hx, y - hy) < 0.075 && d > lens.r - 0.01) return BLUE;
  if (d <= lens.r && d >= lens.r - lens.ring) return BLUE;
  if (d < lens.r - lens.ring) {
    // Inside the lens: a "log row" bar and the amber threat dot on it.
    if (Math.hypot(x - 0.52, y - 0.42) < 0.075) return AMBER;
    if (Math.abs(y - 0.42) < 0.045 && x > 0.2 && x < 0.5) return BLUE;
    return WHITE;
  }
  return null;
}

function render(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = paint((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const i = (py * size + px) * 4;
      if (covered > 0) {
        pixels[i] = Math.round(r / covered);
        pixels[i + 1] = Math.round(g / covered);
        pixels[i + 2] = Math.round(b / covered);
        pixels[i + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  // Each scanline starts with filter type 0 (none).
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(OUT_DIR, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT_DIR, `${size}.png`);
  writeFileSync(file, encodePng(size, render(size)));
  console.log(`wrote ${file}`);
}
