// What the figures were measured on.

import { execFileSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { CHROMIUM_PATH } from '../../tests/e2e/browser';

export interface Machine {
  cores: number;
  cpu: string;
  chromium: string;
  node: string;
  load: string;
}

export function describeMachine(): Machine {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM_PATH, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch {
    // reported as unknown
  }
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    chromium,
    node: process.version,
    load: loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
  };
}

export function machineLine(m: Machine): string {
  return `${m.cores} cores (${m.cpu}), ${m.chromium} headless, Node ${m.node}, load average at start ${m.load}`;
}
