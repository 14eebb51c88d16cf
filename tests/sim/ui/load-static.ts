// Test helper: runs the simulator's browser scripts (plain JS under static/) in a sandbox
// window whose prototype is the test's happy-dom window, so each test gets its own Ext/Pan.

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const STATIC_DIR = resolve(dirname(fileURLToPath(import.meta.url)), 'static');

export interface UiSandbox {
  // biome-ignore lint/suspicious/noExplicitAny: the browser scripts are untyped plain JS.
  Ext: any;
  // biome-ignore lint/suspicious/noExplicitAny: the browser scripts are untyped plain JS.
  Pan: any;
  // biome-ignore lint/suspicious/noExplicitAny: the browser scripts are untyped plain JS.
  [key: string]: any;
}

/** Loads static/<file> for each file, in order, into one fresh sandbox. */
export function loadStatic(files: string[], globals: Record<string, unknown> = {}): UiSandbox {
  // Some window getters refuse a foreign `this`: give the sandbox its own references.
  const own = {
    crypto: globalThis.crypto,
    console: globalThis.console,
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };
  const sandbox = Object.create(globalThis) as UiSandbox;
  for (const [key, value] of Object.entries({ ...own, ...globals })) {
    Object.defineProperty(sandbox, key, { value, writable: true, configurable: true, enumerable: true });
  }
  for (const file of files) {
    const source = readFileSync(resolve(STATIC_DIR, file), 'utf8');
    new Function('window', source)(sandbox);
  }
  return sandbox;
}

export const GRID_SCRIPTS = ['lib/pan-extjs3.js', 'lib/pan-extjs3-grid.js'];
export const LOG_SCRIPTS = [...GRID_SCRIPTS, 'pan/i18n.js', 'pan/log-render.js', 'pan/log-columns.js'];

/** Parses an HTML fragment into a detached container. */
export function fragment(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}
