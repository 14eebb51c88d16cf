// One visit of Monitor > Traffic with the real wiring (row reading from the DOM, marker,
// overlay, page lookup, fetcher and its slots) on a grid fixture. The one stand-in is the
// threat-log strategy: it answers from the rows it is given, as a firewall would.

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFailureBackoff } from '../../../lib/lookup/failure-backoff';
import { createSessionGate } from '../../../lib/lookup/session-gate';
import { createSlots } from '../../../lib/lookup/slots';
import type { ThreatLogStrategy } from '../../../lib/lookup/strategy';
import { emptyDetails, untriedOutcomes } from '../../../lib/lookup/strategy';
import { createThreatLogFetcher } from '../../../lib/lookup/threat-log-fetcher';
import { LruCache } from '../../../lib/lru-cache';
import { parseHash } from '../../../lib/page/detect';
import type { Explanation, LogRecord, TrafficRow } from '../../../lib/panos/types';
import { DEFAULT_SETTINGS, type LookupMode } from '../../../lib/storage/settings';
import { loadFixture } from '../../../tests/fixtures/grid/load-fixture';
import { accessBookFrom } from '../lookups/api-access';
import type { LookupSetup } from '../lookups/lookup-setup';
import { createProductDetector } from '../product/product-detector';
import { emptyStatus } from '../product/status';
import { runTrafficVisit } from './traffic-visit';

const HASH = '#monitor::vsys1::monitor/logs/traffic';

/** A threat entry that ended the row's session, a few seconds after it started. */
function blockFor(row: TrafficRow): LogRecord {
  return {
    '@logid': `threat-${row.index}`,
    sessionid: row.sessionid,
    serial: row.serial,
    subtype: 'vulnerability',
    threatid: 'Apache Struts RCE(33200)',
    action: 'reset-both',
    severity: 'critical',
    rule: row.rule,
    vsys: 'vsys1',
    receive_time: row.start || row.receiveTime,
    time_generated: row.start || row.receiveTime,
  };
}

let controller: AbortController | null = null;
afterEach(() => {
  act(() => controller?.abort());
  controller = null;
  document.body.replaceChildren();
});

function visit(lookupMode: LookupMode) {
  loadFixture('firewall-default');
  const asked: TrafficRow[][] = [];
  const strategy: ThreatLogStrategy = {
    id: 'ui-log-store',
    batched: true,
    fetch: async (rows) => {
      asked.push(rows);
      return { records: rows.map(blockFor) };
    },
  };
  const outcomes = untriedOutcomes();
  const setup: LookupSetup = {
    fetcher: createThreatLogFetcher({ strategies: [strategy], slots: createSlots(2, 'test'), outcomes }),
    outcomes,
    details: emptyDetails(),
    apiAccess: accessBookFrom(null),
    resolveProfile: async (entry) => ({
      profileType: 'vulnerability',
      profileName: 'strict-vp',
      groupName: null,
      rule: entry.rule,
      ruleLocation: 'vsys1',
      profileLocation: 'vsys1',
      source: 'exception-profiles',
      unknownReason: null,
      configChanged: false,
    }),
    cache: new LruCache<string, Explanation>(100),
    gate: createSessionGate(),
    backoff: createFailureBackoff(),
    noteConfigVersions: () => undefined,
    product: createProductDetector({ remembered: null, readApiSigns: async () => [] }),
  };
  const status = emptyStatus();
  controller = new AbortController();
  runTrafficVisit({
    win: window,
    bridge: null,
    setup,
    status,
    settings: { ...DEFAULT_SETTINGS, lookupMode },
    signal: controller.signal,
    location: parseHash(HASH),
  });
  const badges = () => Array.from(document.querySelectorAll<HTMLElement>('threat-lens-badge'));
  const states = () => badges().map((host) => host.getAttribute('data-state'));
  const flaggedRows = () =>
    Array.from(document.querySelectorAll('.x-grid3-body > .x-grid3-row')).flatMap((row, i) =>
      row.hasAttribute('data-threat-lens') ? [i] : [],
    );
  const summary = () => document.querySelector('threat-lens-summary')?.shadowRoot?.textContent ?? '';
  return { asked, status, badges, states, flaggedRows, summary };
}

/** A grid reload as ExtJS does it: every row element replaced. */
function rerenderBody() {
  const body = document.querySelector('.x-grid3-body')!;
  const fresh = Array.from(body.children, (row) => {
    const clone = row.cloneNode(true) as HTMLElement;
    clone.removeAttribute('data-threat-lens');
    for (const host of Array.from(clone.querySelectorAll('threat-lens-badge'))) host.remove();
    return clone;
  });
  body.replaceChildren(...fresh);
}

describe('a Traffic visit', () => {
  it('prefetch: marks the flagged rows, looks them up in one batch, and shows every answer', async () => {
    const v = visit('prefetch');
    await vi.waitFor(() => expect(v.states()).toEqual(['done', 'done', 'done', 'done']));
    expect(v.flaggedRows()).toEqual([2, 5, 11, 17]);
    expect(v.asked).toHaveLength(1);
    expect(v.asked[0]!.map((row) => row.index)).toEqual([2, 5, 11, 17]);
    expect(v.status).toMatchObject({ rowSource: 'dom', rowsVisible: 20, rowsFlagged: 4, problem: null });
    expect(v.summary()).toContain('4 of 20 ended for a threat');
    const label = v.badges()[0]!.shadowRoot!.querySelector('[role="button"]')!.getAttribute('aria-label');
    expect(label).toContain('strict-vp');
  });

  it('a grid reload: the badges move into the new rows and answer from the cache, nothing asked', async () => {
    const v = visit('prefetch');
    await vi.waitFor(() => expect(v.states()).toEqual(['done', 'done', 'done', 'done']));
    const before = v.badges();
    rerenderBody();
    expect(v.badges()).toEqual([]); // the old rows, and their badges, left with the reload
    await vi.waitFor(() => expect(v.flaggedRows()).toEqual([2, 5, 11, 17]));
    expect(new Set(v.badges())).toEqual(new Set(before));
    expect(v.states()).toEqual(['done', 'done', 'done', 'done']);
    expect(v.asked).toHaveLength(1);
  });

  it('on demand: nothing is asked until a badge is hovered, then that row alone', async () => {
    const v = visit('on-demand');
    await vi.waitFor(() => expect(v.states()).toEqual(['idle', 'idle', 'idle', 'idle']));
    expect(v.asked).toHaveLength(0);
    const badge = v.badges()[1]!.shadowRoot!.querySelector('[role="button"]')!;
    act(() => {
      badge.dispatchEvent(new MouseEvent('mouseenter'));
    });
    await vi.waitFor(() => expect(v.states()).toEqual(['idle', 'done', 'idle', 'idle']));
    expect(v.asked.map((rows) => rows.map((row) => row.index))).toEqual([[5]]);
  });

  it('on demand: opening a panel looks its row up, and the answer reaches the panel, badge and summary', async () => {
    const v = visit('on-demand');
    await vi.waitFor(() => expect(v.states()).toEqual(['idle', 'idle', 'idle', 'idle']));
    const badge = v.badges()[2]!.shadowRoot!.querySelector<HTMLElement>('[role="button"]')!;
    act(() => badge.click());
    const panel = () => document.querySelector('threat-lens-panel')?.shadowRoot?.textContent ?? '';
    await vi.waitFor(() => expect(panel()).toContain('strict-vp'));
    expect(v.states()).toEqual(['idle', 'idle', 'done', 'idle']);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(v.summary()).toContain('1 Vulnerability Protection');
    expect(v.asked.map((rows) => rows.map((row) => row.index))).toEqual([[11]]);
  });

  it('leaving the page removes every badge, flag and the summary', async () => {
    const v = visit('prefetch');
    await vi.waitFor(() => expect(v.states()).toHaveLength(4));
    act(() => controller?.abort());
    expect(v.badges()).toEqual([]);
    expect(v.flaggedRows()).toEqual([]);
    expect(document.querySelector('threat-lens-summary, threat-lens-tooltip, threat-lens-panel')).toBeNull();
  });
});
