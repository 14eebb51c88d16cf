// Writes static/images/details.gif, the Detailed Log View magnifier: a 12x12 GIF89a drawn
// from the pixel map below, and s.gif, ExtJS's 1x1 transparent spacer. Run with `npx tsx tests/sim/ui/make-details-gif.ts`. The LZW
// stream sends a clear code every two pixels so that every code stays 3 bits wide.

import { writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

// . transparent, # rim, o lens, h highlight
const PIXELS = [
  '...####.....',
  '..#oooo#....',
  '.#ohhooo#...',
  '#ohhooooo#..',
  '#ohooooooo#.',
  '#ooooooooo#.',
  '#ooooooooo#.',
  '.#ooooooo#..',
  '..#ooooo###.',
  '...#####.###',
  '..........##',
  '............',
];
const PALETTE = [
  [255, 255, 255],
  [29, 79, 128],
  [207, 227, 247],
  [255, 255, 255],
];
const INDEX: Record<string, number> = { '.': 0, '#': 1, o: 2, h: 3 };

export function gifFromPixels(pixels: readonly string[]): Uint8Array {
  const width = pixels[0]?.length ?? 0;
  const height = pixels.length;
  const indices = pixels
    .join('')
    .split('')
    .map((c) => INDEX[c] ?? 0);
  const minCodeSize = 2;
  const clear = 1 << minCodeSize;
  const end = clear + 1;
  const codes: number[] = [];
  for (let i = 0; i < indices.length; i += 2) codes.push(clear, ...indices.slice(i, i + 2));
  codes.push(end);
  const packed: number[] = [];
  let bits = 0;
  let bitCount = 0;
  for (const code of codes) {
    bits |= code << bitCount;
    bitCount += 3;
    while (bitCount >= 8) {
      packed.push(bits & 0xff);
      bits >>= 8;
      bitCount -= 8;
    }
  }
  if (bitCount > 0) packed.push(bits & 0xff);
  const blocks: number[] = [];
  for (let i = 0; i < packed.length; i += 255) {
    const chunk = packed.slice(i, i + 255);
    blocks.push(chunk.length, ...chunk);
  }
  const word = (n: number) => [n & 0xff, n >> 8];
  return Uint8Array.from([
    ...Buffer.from('GIF89a', 'ascii'),
    ...word(width),
    ...word(height),
    0xf1, // global colour table, 2 bits per entry (4 colours)
    0,
    0,
    ...PALETTE.flat(),
    // Graphic control extension: colour 0 is transparent.
    0x21,
    0xf9,
    4,
    0x01,
    0,
    0,
    0,
    0,
    0x2c,
    0,
    0,
    0,
    0,
    ...word(width),
    ...word(height),
    0,
    minCodeSize,
    ...blocks,
    0,
    0x3b,
  ]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(dirname(fileURLToPath(import.meta.url)), 'static/images');
  writeFileSync(resolve(dir, 'details.gif'), gifFromPixels(PIXELS));
  writeFileSync(resolve(dir, 's.gif'), gifFromPixels(['.']));
  console.log(`wrote details.gif and s.gif in ${dir}`);
}
