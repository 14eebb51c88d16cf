// Page-lookup tests share these: traffic rows and threat records of one firewall, a profile
// answer, and a page lookup over a fetcher whose answer each test gives.

import { emptyTally } from '../../lib/lookup/database-tally';
import { createFailureBackoff } from '../../lib/lookup/failure-backoff';
import { createPageLookup } from '../../lib/lookup/page-lookup';
import { createSessionGate } from '../../lib/lookup/session-gate';
import { emptyDetails, untriedOutcomes } from '../../lib/lookup/strategy';
import type { FetchedThreatLog, ThreatLogFetcher } from '../../lib/lookup/threat-log-fetcher';
import { LruCache } from '../../lib/lru-cache';
import { trafficRowFromRecord } from '../../lib/panos/logs/rows';
import type {
  Explanation,
  LogRecord,
  LookupState,
  ProfileResolution,
  ThreatEntry,
  TrafficRow,
} from '../../lib/panos/types';

export const traffic = (index: number, sessionid: string): ReturnType<typeof trafficRowFromRecord> =>
  trafficRowFromRecord(
    index,
    {
      '@logid': `T${sessionid}`,
      sessionid,
      serial: '007951000123456',
      action: 'allow',
      session_end_reason: 'threat',
      start: '2026/11/27 10:00:00',
      receive_time: '2026/11/27 10:00:30',
      time_generated: '2026/11/27 10:00:30',
      rule: 'allow-web',
      vsys: 'vsys1',
    },
    'store',
  );

export const threat = (sessionid: string, action: string): LogRecord => ({
  '@logid': `X${sessionid}${action}`,
  sessionid,
  serial: '007951000123456',
  subtype: 'vulnerability',
  threatid: 'Apache Struts RCE(33200)',
  action,
  severity: 'critical',
  rule: 'allow-web',
  vsys: 'vsys1',
  receive_time: '2026/11/27 10:00:10',
  time_generated: '2026/11/27 10:00:10',
});

export const resolution: ProfileResolution = {
  profileType: 'vulnerability',
  profileName: 'strict-vp',
  groupName: 'corp-default',
  rule: 'allow-web',
  ruleLocation: 'vsys1',
  profileLocation: 'vsys1',
  source: 'exception-profiles',
  unknownReason: null,
  configChanged: false,
};

export function setup(fetch: ThreatLogFetcher['fetch'], clock = { now: 0 }) {
  const states: [string, LookupState['kind']][] = [];
  const resolved: ThreatEntry[] = [];
  let fetches = 0;
  const gate = createSessionGate();
  const lookup = createPageLookup({
    origin: 'https://fw.example',
    fetcher: {
      outcomes: untriedOutcomes(),
      details: emptyDetails(),
      databases: emptyTally(),
      unreadable: new Set(),
      fetch: (rows, signal) => {
        fetches++;
        return fetch(rows, signal);
      },
    },
    resolveProfile: async (entry) => {
      resolved.push(entry);
      return resolution;
    },
    cache: new LruCache<string, Explanation>(100),
    gate,
    backoff: createFailureBackoff(() => clock.now),
    onState: (key, state) => states.push([key, state.kind]),
  });
  return { lookup, states, resolved, gate, fetches: () => fetches };
}

export const signal = new AbortController().signal;

/** One path answered `rows` with `records`; the rest were searched there without an entry. */
export const answeredBy = (
  rows: TrafficRow[],
  records: LogRecord[],
  unanswered: TrafficRow[] = [],
): FetchedThreatLog => ({
  answers: [{ strategy: 'ui-log-store', rows, records }],
  unanswered,
  searched: [{ strategy: 'ui-log-store', searches: 'the threat log' }],
  problem: null,
  reason: null,
});
