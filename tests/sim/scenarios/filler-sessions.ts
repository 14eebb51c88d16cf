// Ordinary (not threat-ended) traffic for a scenario: every session end reason and the
// non-allow actions, generated from a seeded PRNG so that each run is identical.

import type { SessionSpec } from './log-builder';
import { seededRandom } from './log-time';

export const END_REASONS = [
  'policy-deny',
  'decrypt-cert-validation',
  'decrypt-unsupport-param',
  'decrypt-error',
  'tcp-rst-from-client',
  'tcp-rst-from-server',
  'resources-unavailable',
  'tcp-fin',
  'tcp-reuse',
  'decoder',
  'aged-out',
  'unknown',
  'n/a',
  'request-timeout',
  'shutdown-from-endpoint',
  'abort-from-endpoint',
  'split-tunnel',
] as const;

interface FillerApp {
  app: string;
  dport: number;
  proto: 'tcp' | 'udp';
  rule: string;
}

export interface FillerOptions {
  count: number;
  seed: number;
  /** Seconds from the base time of the first session; sessions are spread up to `span` later. */
  from: number;
  span: number;
  firstSessionId: number;
  apps: FillerApp[];
  denyRule: string;
  serials?: string[];
  vsys?: string[];
}

const NON_ALLOW_ACTIONS = [
  'deny',
  'drop',
  'reset-client',
  'rst-client',
  'reset-server',
  'reset-both',
  'drop-icmp',
];

export function fillerSessions(options: FillerOptions): SessionSpec[] {
  const random = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const specs: SessionSpec[] = [];
  for (let i = 0; i < options.count; i++) {
    const app = pick(options.apps);
    // Every end reason at least once, then at random; every 6th session is not allowed.
    const endReason = END_REASONS[i] ?? pick(END_REASONS.slice(4));
    const blocked = endReason === 'policy-deny' || i % 6 === 5;
    const action = endReason === 'policy-deny' ? 'deny' : blocked ? pick(NON_ALLOW_ACTIONS) : 'allow';
    specs.push({
      end: options.from + Math.floor(((i + random()) * options.span) / options.count),
      duration: 1 + Math.floor(random() * 120),
      sessionid: options.firstSessionId + i,
      serial: options.serials ? pick(options.serials) : undefined,
      vsys: options.vsys ? pick(options.vsys) : undefined,
      src: `10.1.${1 + Math.floor(random() * 4)}.${10 + Math.floor(random() * 200)}`,
      dst: `198.51.100.${1 + Math.floor(random() * 250)}`,
      dport: app.dport,
      proto: app.proto,
      app: action === 'allow' ? app.app : 'incomplete',
      rule: action === 'allow' ? app.rule : options.denyRule,
      action,
      endReason: action === 'allow' || endReason === 'policy-deny' ? endReason : 'policy-deny',
      bytes: 60 + Math.floor(random() * 3_000_000),
      srcuser: random() < 0.5 ? `corp\\user${Math.floor(random() * 40)}` : '',
    });
  }
  return specs;
}
