// (4) What the user installs (.output/chrome-mv3 from `npm run build`) and what each page loads.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { STORE_EXTENSION_DIR } from '../../tests/e2e/browser';

export interface SizeFigures {
  contentScript: { bytes: number; gzip: number };
  bridge: { bytes: number; gzip: number };
  total: { bytes: number; files: number };
}

function fileSize(path: string): { bytes: number; gzip: number } {
  const data = readFileSync(path);
  return { bytes: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

export function measureSizes(dir = STORE_EXTENSION_DIR): SizeFigures {
  const files = walk(resolve(dir));
  return {
    contentScript: fileSize(join(dir, 'content-scripts', 'threat-lens.js')),
    bridge: fileSize(join(dir, 'panos-bridge.js')),
    total: { bytes: files.reduce((sum, f) => sum + statSync(f).size, 0), files: files.length },
  };
}
