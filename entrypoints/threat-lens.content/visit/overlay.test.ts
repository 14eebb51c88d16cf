// The overlay as the content script wires it (real createOverlay, badge view, SidePanel and
// Tooltip): keyboard only, state changes, the panel following its row across a grid re-render,
// and teardown.

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { BADGE_TAG } from '../../../lib/page/our-markup';
import { trafficRowFromRecord } from '../../../lib/panos/logs/rows';
import type { LookupState, TrafficRow } from '../../../lib/panos/types';
import { vulnerabilityInGroup } from '../../../tests/fixtures/explanations';
import { key } from '../../../tests/support/test-render';
import { createOverlay, type Overlay } from './overlay';

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
  const states = new Map<string, LookupState>();
  const requested: string[] = [];
  const keyOf = (r: TrafficRow) => r.sessionid;
  const controller = new AbortController();
  overlay = createOverlay({
    win: window,
    bridge: null,
    signal: controller.signal,
    showTraining: true,
    vsys: 'vsys1',
    keyOf,
    stateOf: (r) => states.get(keyOf(r)) ?? initial,
    requestLookup: (r) => requested.push(keyOf(r)),
    retryLookup: (r) => requested.push(`retry ${keyOf(r)}`),
  });
  const o = overlay;
  /** A grid row element with a badge host, mounted the way the row marker does it. */
  const mount = (r: TrafficRow) => {
    const element = document.createElement('div');
    element.className = 'x-grid3-row';
    const host = document.createElement(BADGE_TAG);
    element.append(host);
    document.body.append(element);
    const shadow = host.attachShadow({ mode: 'open' });
    act(() => o.mountBadge(host, shadow, r));
    const badge = shadow.querySelector<HTMLElement>('[role="button"]')!;
    return { element, host, shadow, badge };
  };
  const setState = (sessionid: string, state: LookupState) => {
    states.set(sessionid, state);
    act(() => o.setState(sessionid, state));
  };
  const panel = () => document.querySelector('threat-lens-panel')?.shadowRoot ?? null;
  const tooltip = () => document.querySelector('threat-lens-tooltip')?.shadowRoot ?? null;
  return { overlay: o, mount, setState, panel, tooltip, requested };
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
    act(() => t.overlay.mountBadge(host, shadow, row(4, '102')));
    expect(t.tooltip()).toBeNull();
    expect(host.getAttribute('data-state')).toBe('idle');
    expect(badge.getAttribute('aria-label')).toBe('Allowed, then ended for a threat: show why');
    expect(shadow.querySelectorAll('.tl-badge')).toHaveLength(1); // the same badge, not a second
    act(() => badge.click());
    expect(t.requested).toEqual(['102']); // the row it shows now, idle, is looked up
  });

  it('dispose removes the tooltip, the panel and every badge, and later events do nothing', () => {
    const t = setup({ kind: 'done', explanation: vulnerabilityInGroup });
    const a = t.mount(row(0, '101'));
    const b = t.mount(row(1, '102'));
    act(() => a.badge.focus());
    act(() => b.badge.click());
    act(() => t.overlay.dispose());
    expect(document.querySelector('threat-lens-panel, threat-lens-tooltip')).toBeNull();
    expect(a.shadow.childNodes).toHaveLength(0);
    expect(b.shadow.childNodes).toHaveLength(0);
    act(() => b.badge.click());
    expect(t.panel()).toBeNull();
  });
});
