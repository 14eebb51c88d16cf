// The visit state on its own: rows and badges by host, the changes it reports (and to whom,
// for how long), the user's intents passed to the page lookup, and the chosen cause's stepping.

import { afterEach, describe, expect, it } from 'vitest';
import { trafficRowFromRecord } from '../../../lib/panos/logs/rows';
import type { LookupState, TrafficRow } from '../../../lib/panos/types';
import { vulnerabilityInGroup } from '../../../tests/fixtures/explanations';
import { createVisitState, type RowLookup, type VisitChange } from './visit-state';

const row = (index: number, sessionid: string): TrafficRow =>
  trafficRowFromRecord(
    index,
    { sessionid, action: 'allow', session_end_reason: 'threat', start: '2026/11/27 10:00:00' },
    'store',
  );

const grid = { root: document.createElement('div'), body: document.createElement('div'), panel: null };
const done: LookupState = { kind: 'done', explanation: vulnerabilityInGroup };

let visit: AbortController;
afterEach(() => visit.abort());

function setup() {
  const states = new Map<string, LookupState>();
  const asked: string[] = [];
  const lookup: RowLookup = {
    keyOf: (r) => r.sessionid,
    stateOf: (r) => states.get(r.sessionid) ?? { kind: 'idle' },
    explainRows: async (rows) => void asked.push(...rows.map((r) => r.sessionid)),
    retry: async (rows) => void asked.push(...rows.map((r) => `retry ${r.sessionid}`)),
  };
  visit = new AbortController();
  const state = createVisitState(lookup, visit.signal);
  const changes: VisitChange[] = [];
  const listening = new AbortController();
  state.subscribe((change) => changes.push(change), listening.signal);
  return { state, states, asked, changes, listening };
}

describe('the visit state', () => {
  it('places badges on known rows only, in grid order, and says when a host shows another row', () => {
    const t = setup();
    const [first, second] = [document.createElement('b'), document.createElement('b')];
    t.state.setRows([row(4, '104'), row(1, '101')]);
    expect(t.state.placeBadge(first, 9)).toBeNull();
    expect(t.changes).toEqual([]);
    t.state.placeBadge(first, 4);
    t.state.placeBadge(second, 1);
    expect(t.state.flagged().map((b) => b.key)).toEqual(['101', '104']);
    t.state.placeBadge(first, 4); // the same row again (a grid render kept it)
    t.state.setRows([row(0, '100')]);
    t.state.placeBadge(first, 0); // moved into another row
    t.state.removeBadge(second);
    t.state.removeBadge(second);
    expect(t.changes).toEqual([
      { kind: 'badge', host: first, key: '104', newRow: true },
      { kind: 'badge', host: second, key: '101', newRow: true },
      { kind: 'badge', host: first, key: '104', newRow: false },
      { kind: 'badge', host: first, key: '100', newRow: true },
      { kind: 'badge-gone', host: second },
    ]);
  });

  it('looks a row up only while idle; Retry always asks', () => {
    const t = setup();
    const r = row(0, '100');
    t.state.lookUp(r);
    t.states.set('100', { kind: 'loading', detail: '' });
    t.state.lookUp(r);
    t.state.retry(r);
    expect(t.asked).toEqual(['100', 'retry 100']);
  });

  it('steps through the chosen cause (choosing it again), and starts over on a new page', () => {
    const t = setup();
    t.state.setRows([row(0, '100'), row(1, '101'), row(2, '102')]);
    for (const index of [0, 1, 2]) t.state.placeBadge(document.createElement('b'), index);
    t.states.set('100', done);
    t.states.set('102', done);
    const id = 'Vulnerability Protection';
    t.state.chooseCause('no such cause');
    expect(t.state.chosenCause()).toBeNull();
    t.state.chooseCause(id);
    t.state.chooseCause(id);
    expect(t.state.chosenCause()).toEqual({ id, position: 1 });
    t.state.chooseCause(id);
    expect(t.state.chosenCause()).toEqual({ id, position: 0 }); // wraps
    t.state.showSummary({ grid, flagged: 2, visible: 3, problem: null });
    expect(t.state.chosenCause()).toBeNull();
    expect(t.state.summary()).toMatchObject({ flagged: 2, visible: 3 });
  });

  it('tells a listener until its signal aborts; the panel row is told once per change', () => {
    const t = setup();
    t.state.explain('100');
    t.state.explain('100');
    t.state.lookupChanged('100');
    t.listening.abort();
    t.state.explain(null);
    expect(t.changes).toEqual([{ kind: 'explained' }, { kind: 'lookup', key: '100' }]);
    expect(t.state.explained()).toBeNull();
  });
});
