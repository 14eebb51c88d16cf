// Builds, once and before any test file starts, every package the Chromium suite loads or reads:
// the e2e build, the store build and the packages `npm run zip` makes. The files run in two
// workers: one that rebuilt a package itself could pull it out from under the other's browser.

import { readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runWxt } from './extension-ui';

export default function buildPackages(): void {
  runWxt(['build', '--mode', 'e2e']);
  // No zip of an earlier run may stand in for this one's.
  const output = resolve('.output');
  for (const entry of readdirSync(output, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.zip')) rmSync(join(output, entry.name));
  }
  // The same two commands as `npm run zip`: the store builds (.output/chrome-mv3 and
  // .output/firefox-mv3), their zips and the sources zip.
  runWxt(['zip']);
  runWxt(['zip', '-b', 'firefox', '--mv3']);
}
