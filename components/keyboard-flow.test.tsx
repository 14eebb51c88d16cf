// Keyboard only, end to end, the way the content script wires it: a badge in a row's shadow
// root opens the panel in a floating host; Esc closes it and focus lands back on the badge.

import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { LookupState } from '../lib/panos/types';
import { vulnerabilityInGroup } from '../tests/fixtures/explanations';
import { key } from '../tests/support/test-render';
import { Badge } from './Badge';
import { createFloatingHost, type FloatingHost, mountInShadow, type ShadowMount } from './mount';
import { SidePanel } from './SidePanel';
import { BADGE_CSS } from './styles/badge-css';
import { PANEL_CSS } from './styles/panel-css';

afterEach(() => {
  document.body.replaceChildren();
});

function setupPage(state: LookupState) {
  const row = document.createElement('div');
  row.className = 'x-grid3-row';
  const badgeHost = document.createElement('threat-lens-badge');
  row.append(badgeHost);
  document.body.append(row);
  const badgeShadow = badgeHost.attachShadow({ mode: 'open' });

  let panel: { floating: FloatingHost; mount: ShadowMount } | null = null;
  let badgeMount: ShadowMount;
  const renderBadge = () =>
    badgeMount.update(
      <Badge
        state={state}
        panelOpen={panel !== null}
        onShowTooltip={() => {}}
        onHideTooltip={() => {}}
        onOpenPanel={(anchor) => openPanel(anchor)}
      />,
    );
  const closePanel = () => {
    panel?.mount.unmount();
    panel?.floating.destroy();
    panel = null;
    renderBadge();
  };
  const openPanel = (anchor: HTMLElement) => {
    const floating = createFloatingHost(document, 'threat-lens-panel');
    const mount = mountInShadow(
      floating.shadow,
      <SidePanel state={state} returnFocusTo={anchor} onClose={closePanel} />,
      PANEL_CSS,
    );
    panel = { floating, mount };
    renderBadge();
  };
  act(() => {
    badgeMount = mountInShadow(badgeShadow, null, BADGE_CSS);
    renderBadge();
  });
  const badge = badgeShadow.querySelector<HTMLElement>('.tl-badge')!;
  return { badge, badgeShadow, panelShadow: () => panel?.floating.shadow ?? null };
}

describe('keyboard flow', () => {
  it('Tab to the badge, Enter opens the panel with focus inside, Esc closes it and returns focus', () => {
    const page = setupPage({ kind: 'done', explanation: vulnerabilityInGroup });
    act(() => page.badge.focus());
    expect(page.badgeShadow.activeElement).toBe(page.badge);

    act(() => {
      key(page.badge, 'Enter');
    });
    const shadow = page.panelShadow()!;
    expect(shadow).not.toBeNull();
    const dialog = shadow.querySelector<HTMLElement>('[role="dialog"]')!;
    expect(shadow.activeElement).toBe(dialog);
    expect(page.badge.getAttribute('aria-expanded')).toBe('true');

    act(() => {
      key(dialog, 'Escape');
    });
    expect(page.panelShadow()).toBeNull();
    expect(document.querySelector('threat-lens-panel')).toBeNull();
    expect(page.badgeShadow.activeElement).toBe(page.badge);
    expect(page.badge.getAttribute('aria-expanded')).toBe('false');
  });

  it('returns focus into the badge when given the badge host element', () => {
    const page = setupPage({ kind: 'idle' });
    const host = page.badgeShadow.host as HTMLElement;
    const floating = createFloatingHost(document, 'threat-lens-panel');
    act(() => {
      mountInShadow(
        floating.shadow,
        <SidePanel state={{ kind: 'idle' }} returnFocusTo={host} onClose={() => {}} />,
        PANEL_CSS,
      );
    });
    act(() => {
      key(floating.shadow.querySelector('[role="dialog"]')!, 'Escape');
    });
    expect(page.badgeShadow.activeElement).toBe(page.badge);
  });

  it('Space opens it too, and the close button returns focus the same way', () => {
    const page = setupPage({ kind: 'loading', detail: '' });
    act(() => page.badge.focus());
    act(() => {
      key(page.badge, ' ');
    });
    const close = page.panelShadow()!.querySelector<HTMLButtonElement>('.tl-close')!;
    act(() => close.click());
    expect(page.panelShadow()).toBeNull();
    expect(page.badgeShadow.activeElement).toBe(page.badge);
  });
});
