// The e2e build (the simulator's host pre-granted, so no permission click), copied aside so that
// another build of .output/chrome-mv3-e2e during the run cannot change it under the browser.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { E2E_EXTENSION_DIR } from '../../tests/e2e/browser';

export interface BuiltExtension {
  dir: string;
  dispose(): void;
}

export function buildE2eExtension(): BuiltExtension {
  try {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: string; stderr?: string };
    console.error(stdout, stderr);
    throw new Error('`npx wxt build --mode e2e` failed');
  }
  const parent = mkdtempSync(join(tmpdir(), 'threat-lens-bench-'));
  const dir = join(parent, 'extension');
  cpSync(E2E_EXTENSION_DIR, dir, { recursive: true });
  return { dir, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
