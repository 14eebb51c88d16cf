// Keeps README's benchmark table the latest run's: replaces what sits between two markers.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';

/** Replaces the marked block of `path` with `body`; false (file untouched) when the markers are missing. */
export function replaceMarkedBlock(path: string, body: string): boolean {
  const text = readFileSync(path, 'utf8');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start < 0 || end < start) return false;
  writeFileSync(path, `${text.slice(0, start + START.length)}\n\n${body.trim()}\n\n${text.slice(end)}`);
  // The linter formats Markdown tables; leave the file as it wants it, so `npm test` stays green.
  execFileSync('npx', ['biome', 'format', '--write', path], { stdio: 'ignore' });
  return true;
}
