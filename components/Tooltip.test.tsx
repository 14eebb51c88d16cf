import { afterEach, describe, expect, it } from 'vitest';
import type { LookupState } from '../lib/panos/types';
import { hostile, vulnerabilityInGroup } from '../tests/fixtures/explanations';
import { type Rendered, renderInto } from '../tests/support/test-render';
import { TOOLTIP_CSS } from './styles/tooltip-css';
import { Tooltip } from './Tooltip';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.cleanup();
  rendered = null;
});

const anchorRect = { top: 300, left: 120, bottom: 316, right: 136, width: 16, height: 16 };
const viewport = { width: 1280, height: 720 };

function show(state: LookupState, anchor = anchorRect) {
  rendered = renderInto(<Tooltip state={state} anchorRect={anchor} viewport={viewport} id="tl-tip" />);
  return rendered.container.querySelector<HTMLElement>('[role="tooltip"]')!;
}

describe('Tooltip', () => {
  it('shows the headline and summary when done', () => {
    const tip = show({ kind: 'done', explanation: vulnerabilityInGroup });
    expect(tip.id).toBe('tl-tip');
    expect(tip.querySelector('[data-part="headline"]')?.textContent).toBe(vulnerabilityInGroup.headline);
    expect(tip.querySelector('[data-part="summary"]')?.textContent).toBe(vulnerabilityInGroup.summary);
  });

  it('says it is looking up while loading', () => {
    expect(show({ kind: 'loading', detail: 'Reading the url log' }).textContent).toBe('Reading the url log');
    expect(show({ kind: 'loading', detail: '' }).textContent).toContain('Looking up the log entries…');
  });

  it('says the session expired', () => {
    expect(show({ kind: 'expired' }).textContent).toContain('Your PAN-OS session expired: log in again');
  });

  it.each(['error', 'unknown-layout'] as const)('shows the %s message', (kind) => {
    const tip = show({ kind, message: 'The firewall answered 502.', fix: 'Try later.' });
    expect(tip.textContent).toContain('The firewall answered 502.');
    expect(tip.dataset.state).toBe(kind);
  });

  it('invites a click when idle', () => {
    expect(show({ kind: 'idle' }).textContent).toContain('Click to find out which one.');
  });

  it('sits below the anchor row, or above it near the bottom of the screen', () => {
    const below = show({ kind: 'idle' });
    expect(below.dataset.side).toBe('below');
    expect(Number.parseFloat(below.style.top)).toBeGreaterThanOrEqual(anchorRect.bottom);
    rendered?.cleanup();
    const low = { ...anchorRect, top: 700, bottom: 716 };
    const above = show({ kind: 'idle' }, low);
    expect(above.dataset.side).toBe('above');
    expect(Number.parseFloat(above.style.top)).toBeLessThan(low.top);
  });

  it('never takes the pointer and clamps long lines', () => {
    expect(TOOLTIP_CSS).toMatch(/\.tl-tooltip \{[^}]*pointer-events: none/);
    expect(TOOLTIP_CSS).toMatch(/\.tl-tooltip-line \{[^}]*line-clamp: 3/);
  });

  it('renders hostile text as characters', () => {
    const tip = show({ kind: 'done', explanation: hostile });
    expect(tip.querySelector('script, img, a, iframe')).toBeNull();
    expect(tip.querySelector('[data-part="headline"]')?.textContent).toBe(hostile.headline);
    expect(tip.querySelector('[data-part="summary"]')?.textContent).toBe(hostile.summary);
  });
});
