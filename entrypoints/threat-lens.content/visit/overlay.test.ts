// The overlay as the content script wires it (real visit state, createOverlay, badge view,
// SidePanel, Tooltip and SummaryBar; the page lookup is the one stand-in): keyboard only, state
// changes, the panel following its row across a grid re-render, the summary by cause, and
// teardown.

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_TAG } from '../../../lib/page/our-markup';
import { trafficRowFromRecord } from '../../../lib/panos/logs/rows';
import type { LookupState, TrafficRow } from '../../../lib/panos/types';
import { vulnerabilityInGroup } from '../../../tests/fixtures/explanations';
import { key } from '../../../tests/support/test-render';
import { createOverlay, type Overlay } from './overlay';
import { createVisitState, type RowLookup } from './visit-state';

const row = (index: number, sessionid: string): TrafficRow =>
  trafficRowFromRecord(
    index,
    { sessionid, action: 'allow', session_end_reason: 'threat', start: '2026/11/27 10:00:00' },
    'store',
  );

let overlay: Overlay | null = null;
afterEach(() => {
  act(() => overlay?.dispose());
  overlay = null;
  document.body.replaceChildren();
});

function setup(initial: LookupState = { kind: 'idle' }) {
  // The one stand-in: the page lookup, answering from a map; the test writes answers into it
  // and tells the visit state, as the page lookup's onState does.
  const states = new Map<string, LookupState>();
  const requested: string[] = [];
  const keyOf = (r: TrafficRow) => r.sessionid;
  const lookup: RowLookup = {
    keyOf,
    stateOf: (r) => states.get(keyOf(r)) ?? initial,
    explainRows: async (rs) => void requested.push(...rs.map(keyOf)),
    retry: async (rs) => void requested.push(...rs.map((r) => `retry ${keyOf(r)}`)),
  };
  const controller = new AbortController();
  const state = createVisitState(lookup, controller.signal);
  overlay = createOverlay({ win: window, bridge: null, state, showTraining: true, vsys: 'vsys1' });
  const o = overlay;
  // A grid view with its body, as the summary and the row marks expect.
  const root = document.createElement('div');
  root.className = 'x-grid3';
  const body = document.createElement('div');
  body.className = 'x-grid3-body';
  root.append(body);
  document.body.append(root);
  const grid = { root, body, panel: null };
  const rows: TrafficRow[] = [];
  /** Puts `host` in row `r`, the way the grid refresh and the row marker do it. */
  const place = (host: HTMLElement, shadow: ShadowRoot, r: TrafficRow) => {
    rows.push(r);
    state.setRows(rows);
    act(() => o.mountBadge(host, shadow, r.index));
  };
  /** A grid row element with a badge host. */
  const mount = (r: TrafficRow) => {
    const element = document.createElement('div');
    element.className = 'x-grid3-row';
    const host = document.createElement(BADGE_TAG);
    element.append(host);
    body.append(element);
    const shadow = host.attachShadow({ mode: 'open' });
    place(host, shadow, r);
    const badge = shadow.querySelector<HTMLElement>('[role="button"]')!;
    return { element, host, shadow, badge };
  };
  const setState = (sessionid: string, next: LookupState) => {
    states.set(sessionid, next);
    act(() => state.lookupChanged(sessionid));
  };
  const panel = () => document.querySelector('threat-lens-panel')?.shadowRoot ?? null;
  const tooltip = () => document.querySelector('threat-lens-tooltip')?.shadowRoot ?? null;
  const summary = () => document.querySelector('threat-lens-summary')?.shadowRoot ?? null;
  return { overlay: o, state, grid, place, mount, setState, panel, tooltip, summary, requested };
}

describe('overlay wiring', () => {
  it('keyboard only: focus shows the tooltip, Enter opens the panel, Esc closes it and focus returns', () => {
    const t = setup({ kind: 'done', explanation: vulnerabilityInGroup });
    const { host, shadow, badge } = t.mount(row(0, '101'));
    expect(host.getAttribute('data-state')).toBe('done');

    act(() => badge.focus());
    expect(shadow.activeElement).toBe(badge);
    expect(t.tooltip()?.textContent).toContain(vulnerabilityInGroup.headline);

    act(() => {
      key(badge, 'Enter');
    });
    const dialog = t.panel()!.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(t.panel()!.activeElement).toBe(dialog);
    expect(dialog.textContent).toContain(vulnerabilityInGroup.headline);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    expect(t.tooltip()).toBeNull();

    act(() => {
      key(dialog, 'Escape');
    });
    expect(t.panel()).toBeNull();
    expect(shadow.activeElement).toBe(badge);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('Space opens it too, and the close button returns focus the same way', () => {
    const t = setup({ kind: 'loading', detail: '' });
    const { shadow, badge } = t.mount(row(0, '101'));
    act(() => badge.focus());
    act(() => {
      key(badge, ' ');
    });
    act(() => t.panel()!.querySelector<HTMLButtonElement>('.tl-close')!.click());
    expect(t.panel()).toBeNull();
    expect(shadow.activeElement).toBe(badge);
  });

  it('an idle row is looked up when its badge is hovered or opened, once per visit of it', () => {
    const t = setup();
    const { badge } = t.mount(row(0, '101'));
    act(() => {
      badge.dispatchEvent(new MouseEvent('mouseenter'));
    });
    expect(t.requested).toEqual(['101']);
    t.setState('101', { kind: 'loading', detail: '' });
    act(() => badge.click());
    expect(t.requested).toEqual(['101']); // loading already: not asked again
  });

  it('a state change redraws the badge, the tooltip and the open panel of that row only', () => {
    const t = setup({ kind: 'loading', detail: '' });
    const first = t.mount(row(0, '101'));
    const second = t.mount(row(1, '102'));
    act(() => first.badge.click());
    expect(t.panel()!.textContent).not.toContain(vulnerabilityInGroup.headline);

    t.setState('101', { kind: 'done', explanation: vulnerabilityInGroup });
    expect(first.host.getAttribute('data-state')).toBe('done');
    expect(first.badge.getAttribute('aria-label')).toContain(vulnerabilityInGroup.headline);
    expect(t.panel()!.textContent).toContain(vulnerabilityInGroup.headline);
    expect(second.host.getAttribute('data-state')).toBe('loading');
  });

  it('the panel follows its row across a grid re-render, and closing focuses the new badge', () => {
    const t = setup({ kind: 'done', explanation: vulnerabilityInGroup });
    const old = t.mount(row(0, '101'));
    act(() => old.badge.click());
    // The grid re-renders: the old row element and its badge go, a new one comes for the same session.
    act(() => t.overlay.unmountBadge(old.host));
    old.element.remove();
    const fresh = t.mount(row(3, '101'));
    expect(fresh.badge.getAttribute('aria-expanded')).toBe('true');
    act(() => t.panel()!.querySelector<HTMLButtonElement>('.tl-close')!.click());
    expect(t.panel()).toBeNull();
    expect(fresh.shadow.activeElement).toBe(fresh.badge);
  });

  it('a host the marker moved into another row shows that row: its state, no stale tooltip', () => {
    const t = setup();
    t.setState('101', { kind: 'done', explanation: vulnerabilityInGroup });
    const { element, host, shadow, badge } = t.mount(row(0, '101'));
    act(() => badge.focus());
    expect(t.tooltip()).not.toBeNull();
    const next = document.createElement('div');
    next.className = 'x-grid3-row';
    document.body.append(next);
    next.append(host);
    element.remove();
    t.place(host, shadow, row(4, '102'));
    expect(t.tooltip()).toBeNull();
    expect(host.getAttribute('data-state')).toBe('idle');
    expect(badge.getAttribute('aria-label')).toBe('Allowed, then ended for a threat: show why');
    expect(shadow.querySelectorAll('.tl-badge')).toHaveLength(1); // the same badge, not a second
    act(() => badge.click());
    expect(t.requested).toEqual(['102']); // the row it shows now, idle, is looked up
  });

  it('the summary counts the rows by cause; choosing one outlines its rows and steps through them', () => {
    const t = setup();
    const a = t.mount(row(0, '101'));
    const b = t.mount(row(1, '102'));
    const c = t.mount(row(2, '103'));
    act(() => t.state.showSummary({ grid: t.grid, flagged: 3, visible: 20, problem: null }));
    expect(t.summary()?.textContent).toContain('3 looking up');
    t.setState('101', { kind: 'done', explanation: vulnerabilityInGroup });
    t.setState('103', { kind: 'done', explanation: vulnerabilityInGroup });
    expect(t.summary()?.textContent).toContain('2 Vulnerability Protection');

    const cause = () =>
      t.summary()!.querySelector<HTMLButtonElement>('[data-cause="Vulnerability Protection"]')!;
    const marks = () => [a, b, c].map(({ element }) => element.getAttribute('data-threat-lens-mark'));
    act(() => cause().click());
    expect(marks()).toEqual(['cause-current', null, 'cause']);
    act(() => cause().click());
    expect(marks()).toEqual(['cause', null, 'cause-current']);
    // A new grid page: the stepping starts over, and the marks go.
    act(() => t.state.showSummary({ grid: t.grid, flagged: 3, visible: 20, problem: null }));
    expect(marks()).toEqual([null, null, null]);
    expect(document.querySelectorAll('threat-lens-summary')).toHaveLength(1);
  });

  it('dispose removes the tooltip, the panel and every badge, and later events do nothing', () => {
    const t = setup({ kind: 'done', explanation: vulnerabilityInGroup });
    const a = t.mount(row(0, '101'));
    const b = t.mount(row(1, '102'));
    act(() => a.badge.focus());
    act(() => b.badge.click());
    act(() => t.state.showSummary({ grid: t.grid, flagged: 2, visible: 20, problem: null }));
    act(() => t.overlay.dispose());
    expect(document.querySelector('threat-lens-panel, threat-lens-tooltip, threat-lens-summary')).toBeNull();
    expect(a.shadow.childNodes).toHaveLength(0);
    expect(b.shadow.childNodes).toHaveLength(0);
    act(() => b.badge.click());
    expect(t.panel()).toBeNull();
    // A late answer finds no part to draw: nothing comes back.
    t.setState('101', { kind: 'error', message: 'late', fix: '' });
    expect(document.querySelector('threat-lens-summary, threat-lens-tooltip, threat-lens-panel')).toBeNull();
  });
});
