// The page lookup's answers: one fetch for the page's rows, each row's answer and where it came
// from, the reason when no path could search a row, and the cache.
import { describe, expect, it } from 'vitest';
import { answeredBy, setup, signal, threat, traffic } from '../../tests/support/page-lookup-kit';
import type { TrafficRow } from '../panos/types';
import { LookupFailure } from './lookup-errors';

describe('createPageLookup: answers', () => {
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
});
