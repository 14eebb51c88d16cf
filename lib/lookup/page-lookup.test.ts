import { describe, expect, it } from 'vitest';
import { LruCache } from '../lru-cache';
import { trafficRowFromRecord } from '../panos/logs/rows';
import type {
  Explanation,
  LogRecord,
  LookupState,
  ProfileResolution,
  ThreatEntry,
  TrafficRow,
} from '../panos/types';
import { emptyTally } from './database-tally';
import { createFailureBackoff } from './failure-backoff';
import { LookupFailure } from './lookup-errors';
import { createPageLookup } from './page-lookup';
import { createSessionGate } from './session-gate';
import { emptyDetails, untriedOutcomes } from './strategy';
import type { FetchedThreatLog, ThreatLogFetcher } from './threat-log-fetcher';

const traffic = (index: number, sessionid: string): ReturnType<typeof trafficRowFromRecord> =>
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

const threat = (sessionid: string, action: string): LogRecord => ({
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

const resolution: ProfileResolution = {
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

function setup(fetch: ThreatLogFetcher['fetch'], clock = { now: 0 }) {
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

const signal = new AbortController().signal;

/** One path answered `rows` with `records`; the rest were searched there without an entry. */
const answeredBy = (
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

describe('createPageLookup', () => {
  it('explains every row from one fetch, resolving each distinct rule profile once', async () => {
    const rows = [traffic(0, '101'), traffic(1, '102'), traffic(2, '103')];
    const t = setup(async () =>
      answeredBy(
        rows.slice(0, 2),
        [threat('101', 'alert'), threat('101', 'reset-both'), threat('102', 'drop')],
        rows.slice(2),
      ),
    );
    await t.lookup.explainRows(rows, signal);
    expect(t.fetches()).toBe(1);
    expect(t.resolved).toHaveLength(1); // same serial, vsys, rule and subtype
    const [first, second, third] = rows.map((row) => t.lookup.stateOf(row));
    expect(first?.kind === 'done' && first.explanation.headline).toContain('strict-vp');
    expect(first?.kind === 'done' && first.explanation.otherThreats).toHaveLength(1);
    expect(second?.kind).toBe('done');
    expect(third?.kind === 'done' && third.explanation.verdict).toBe('no-threat-log');
    // Reported: every row loading first (one batch), then each one done.
    const keys = rows.map((row) => t.lookup.keyOf(row));
    expect(t.states.slice(0, 3)).toEqual(keys.map((key) => [key, 'loading']));
    expect(t.states.slice(3).sort()).toEqual(keys.map((key) => [key, 'done']).sort());
    // "Not found" names what was searched.
    expect(third?.kind === 'done' && third.explanation.provenance).toEqual([
      "Searched the threat log through the web UI's own log queries: no entry for this session.",
    ]);
  });

  it('each row says which path answered it', async () => {
    const rows = [traffic(0, '101'), traffic(1, '102')];
    const t = setup(async () => ({
      answers: [
        { strategy: 'ui-log-store', rows: [rows[0] as TrafficRow], records: [threat('101', 'drop')] },
        { strategy: 'related-log', rows: [rows[1] as TrafficRow], records: [threat('102', 'drop')] },
      ],
      unanswered: [],
      searched: [],
      problem: null,
      reason: null,
    }));
    await t.lookup.explainRows(rows, signal);
    const provenance = rows.map((row) => {
      const state = t.lookup.stateOf(row);
      return state.kind === 'done' ? state.explanation.provenance[0] : '';
    });
    expect(provenance[0]).toContain("the web UI's own log queries");
    expect(provenance[1]).toContain("the Detailed Log View's related-log query");
  });

  it('a row only a per-row path could have searched, and whose query failed, gets the reason', async () => {
    const rows = [traffic(0, '101'), traffic(1, '102')];
    const reason = new LookupFailure(
      'inconclusive',
      'The firewall took too long.',
      'Try again.',
      'timed-out',
    );
    const t = setup(async () => ({
      answers: [],
      unanswered: rows,
      searched: [{ strategy: 'related-log', searches: "the session's related logs", rows: [0] }],
      problem: null,
      reason,
    }));
    await t.lookup.explainRows(rows, signal);
    const first = t.lookup.stateOf(rows[0] as TrafficRow);
    expect(first.kind === 'done' && first.explanation.verdict).toBe('no-threat-log');
    expect(t.lookup.stateOf(rows[1] as TrafficRow)).toMatchObject({
      kind: 'error',
      message: 'The firewall took too long.',
    });
  });

  it('rows no path could search get the problem, not "not found"', async () => {
    const rows = [traffic(0, '101'), traffic(1, '102')];
    const problem = new LookupFailure(
      'inconclusive',
      'The firewall took too long.',
      'Try again.',
      'timed-out',
    );
    const t = setup(async () => ({
      ...answeredBy([rows[0] as TrafficRow], [threat('101', 'drop')], [rows[1] as TrafficRow]),
      searched: [],
      problem,
    }));
    await t.lookup.explainRows(rows, signal);
    expect(t.lookup.stateOf(rows[0] as TrafficRow).kind).toBe('done');
    expect(t.lookup.stateOf(rows[1] as TrafficRow)).toMatchObject({
      kind: 'error',
      message: 'The firewall took too long.',
    });
  });

  it('answers again from the cache without fetching (a grid refresh)', async () => {
    const rows = [traffic(0, '101')];
    const t = setup(async () => answeredBy(rows, [threat('101', 'drop')]));
    await t.lookup.explainRows(rows, signal);
    const reported = t.states.length;
    await t.lookup.explainRows([traffic(5, '101')], signal); // same session, other row position
    expect(t.fetches()).toBe(1);
    expect(t.states).toHaveLength(reported); // nothing new to report: the badge already shows it
    expect(t.lookup.stateOf(traffic(5, '101')).kind).toBe('done');
  });

  it('an expired session stops everything, and nothing is fetched until the gate is reset', async () => {
    const t = setup(async () => {
      throw new LookupFailure('expired', 'Your PAN-OS session expired.', 'Log in again.');
    });
    await t.lookup.explainRows([traffic(0, '101')], signal);
    expect(t.lookup.stateOf(traffic(0, '101')).kind).toBe('expired');
    await t.lookup.explainRows([traffic(1, '102')], signal);
    expect(t.fetches()).toBe(1);
    expect(t.lookup.stateOf(traffic(1, '102')).kind).toBe('expired');
    const first = t.lookup.keyOf(traffic(0, '101'));
    // The second row reads as expired from stateOf (how a new badge is drawn): nothing to report.
    expect(t.states).toEqual([
      [first, 'loading'],
      [first, 'expired'],
    ]);
    t.gate.reset(); // logged in again
    await t.lookup.explainRows([traffic(1, '102')], signal);
    expect(t.fetches()).toBe(2);
  });

  it('a failure shows an error with its fix, and a later call may retry', async () => {
    const clock = { now: 0 };
    const t = setup(async () => {
      throw new LookupFailure('failed', 'The firewall answered with an error: HTTP 500', 'Try again later.');
    }, clock);
    await t.lookup.explainRows([traffic(0, '101')], signal);
    const state = t.lookup.stateOf(traffic(0, '101'));
    expect(state).toMatchObject({ kind: 'error', fix: 'Try again later.' });
    clock.now += 2000;
    await t.lookup.explainRows([traffic(0, '101')], signal);
    expect(t.fetches()).toBe(2);
    const key = t.lookup.keyOf(traffic(0, '101'));
    expect(t.states).toEqual([
      [key, 'loading'],
      [key, 'error'],
      [key, 'loading'],
      [key, 'error'],
    ]);
  });

  it('a failure the fetcher reports (no path could search) backs off the same way', async () => {
    const clock = { now: 0 };
    const failure = new LookupFailure(
      'failed',
      'The firewall answered with an error: HTTP 500',
      'Try again later.',
    );
    const t = setup(
      async (rows) => ({ answers: [], unanswered: rows, searched: [], problem: failure, reason: failure }),
      clock,
    );
    const rows = [traffic(0, '101')];
    for (let second = 0; second < 10; second++) {
      clock.now = second * 1000;
      await t.lookup.explainRows(rows, signal);
    }
    expect(t.fetches()).toBe(3);
  });

  it('after failures, re-renders start no lookup before 2 s, then 4 s, ...; Retry asks at once', async () => {
    const clock = { now: 0 };
    const t = setup(async () => {
      throw new LookupFailure('failed', 'The firewall answered with an error: HTTP 500', 'Try again later.');
    }, clock);
    const rows = [traffic(0, '101'), traffic(1, '102')];
    // Ten re-renders, one a second: lookups at 0 s, 2 s and 6 s only (the next would be 14 s).
    for (let second = 0; second < 10; second++) {
      clock.now = second * 1000;
      await t.lookup.explainRows(rows, signal);
    }
    expect(t.fetches()).toBe(3);
    const held = t.lookup.stateOf(rows[0] as (typeof rows)[0]);
    expect(held).toMatchObject({ kind: 'error', message: 'The firewall answered with an error: HTTP 500' });
    expect(held.kind === 'error' && held.fix).toMatch(/Not asked again for \d+ s/);
    // New rows (paging) wait too: the firewall is what is failing.
    await t.lookup.explainRows([traffic(2, '103')], signal);
    expect(t.fetches()).toBe(3);
    await t.lookup.retry(rows, signal);
    expect(t.fetches()).toBe(4);
  });

  it('a cancelled lookup leaves no state behind', async () => {
    const controller = new AbortController();
    const t = setup(async () => {
      controller.abort();
      throw new DOMException('Aborted', 'AbortError');
    });
    await t.lookup.explainRows([traffic(0, '101')], controller.signal);
    expect(t.lookup.stateOf(traffic(0, '101')).kind).toBe('idle');
    // Only the start was reported: no error for a lookup the user navigated away from.
    expect(t.states).toEqual([[t.lookup.keyOf(traffic(0, '101')), 'loading']]);
  });
});
