// A log database the admin role cannot read: the path skips it and the others answer; each row
// says which log could not be read and why, and a row nothing was found for says that log may
// hold its cause, with the fix (Device > Admin Roles). Real fetcher, a path that reads three logs.
import { describe, expect, it } from 'vitest';
import { setup, signal, threat, traffic } from '../../tests/support/page-lookup-kit';
import type { LogDatabase, LookupState, TrafficRow } from '../panos/types';
import { createSlots } from './slots';
import { type ThreatLogStrategy, type UnreadableDatabase, untriedOutcomes } from './strategy';
import { createThreatLogFetcher } from './threat-log-fetcher';

const URL_REFUSED: UnreadableDatabase = { database: 'url', reason: 'PAN-OS refused the query ("HTTP 403")' };

/** The web UI's log store path: answers session 101 from the threat log, cannot read `unreadable`. */
function pathWithout(unreadable: UnreadableDatabase[]) {
  const strategy: ThreatLogStrategy = {
    id: 'ui-log-store',
    batched: true,
    async fetch(rows) {
      const asked = new Set(rows.map((row) => row.sessionid));
      return { records: asked.has('101') ? [threat('101', 'reset-both')] : [], unreadable };
    },
  };
  const fetcher = createThreatLogFetcher({
    strategies: [strategy],
    slots: createSlots(2, 'databases-test'),
    outcomes: untriedOutcomes(),
  });
  return { fetcher, lookup: setup((rows, s) => fetcher.fetch(rows, s)).lookup };
}

const explained = (state: LookupState) => {
  if (state.kind !== 'done') throw new Error(`not answered: ${state.kind}`);
  return state.explanation;
};

describe('a log database the role cannot read', () => {
  const rows: TrafficRow[] = [traffic(0, '101'), traffic(1, '102')];

  it('an answered row says what was read and which log could not be', async () => {
    const { lookup, fetcher } = pathWithout([URL_REFUSED]);
    await lookup.explainRows(rows, signal);
    const answer = explained(lookup.stateOf(rows[0] as TrafficRow));
    expect(answer.verdict).toBe('blocked-by-profile');
    expect(answer.provenance.slice(0, 2)).toEqual([
      "Threat, data and WildFire logs read through the web UI's own log queries, in your PAN-OS session.",
      `The URL Filtering log could not be read through the web UI's own log queries: PAN-OS refused the query ("HTTP 403").`,
    ]);
    expect(answer.notFoundReasons).toEqual([]);
    // Diagnostics: the database's name only.
    expect([...fetcher.unreadable]).toEqual(['url']);
  });

  it('a row nothing was found for: that log may hold its cause, and the fix is Device > Admin Roles', async () => {
    const { lookup } = pathWithout([URL_REFUSED]);
    await lookup.explainRows(rows, signal);
    const answer = explained(lookup.stateOf(rows[1] as TrafficRow));
    expect(answer.verdict).toBe('no-threat-log');
    expect(answer.provenance).toEqual([
      "Searched the threat, data and WildFire logs through the web UI's own log queries: no entry for this session.",
      `The URL Filtering log could not be read through the web UI's own log queries: PAN-OS refused the query ("HTTP 403").`,
    ]);
    expect(answer.notFoundReasons[0]).toBe(
      'The URL Filtering log could not be read (PAN-OS refused the query; your admin role may not allow it): the entry that ended this session may be there.',
    );
    expect(answer.nextSteps[0]).toMatch(
      /^Ask an administrator to allow the URL Filtering log for your role in Device > Admin Roles: open your role, Web UI tab, Monitor > Logs > URL Filtering/,
    );
  });

  it('several unreadable logs are named together', async () => {
    const data: UnreadableDatabase = { database: 'data', reason: 'PAN-OS refused the query ("x")' };
    const { lookup } = pathWithout([URL_REFUSED, data]);
    await lookup.explainRows(rows, signal);
    const answer = explained(lookup.stateOf(rows[1] as TrafficRow));
    expect(answer.provenance[0]).toBe(
      "Searched the threat and WildFire logs through the web UI's own log queries: no entry for this session.",
    );
    expect(answer.notFoundReasons[0]).toMatch(/^The URL Filtering and Data Filtering logs could not be read/);
  });

  it('with every log read, nothing is said about access', async () => {
    const { lookup, fetcher } = pathWithout([]);
    await lookup.explainRows(rows, signal);
    const answer = explained(lookup.stateOf(rows[1] as TrafficRow));
    const words = [...answer.provenance, ...answer.notFoundReasons.slice(0, 1), ...answer.nextSteps].join(
      ' ',
    );
    expect(words).not.toMatch(/could not be read|Admin Roles/);
    expect(answer.provenance[0]).toContain('the threat, URL, data and WildFire logs');
    expect([...fetcher.unreadable] as LogDatabase[]).toEqual([]);
  });
});
