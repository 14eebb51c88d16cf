import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LookupState } from '../lib/panos/types';
import { vulnerabilityInGroup } from '../tests/fixtures/explanations';
import { click, fire, key, type Rendered, renderInto } from '../tests/support/test-render';
import { Badge, type BadgeProps } from './Badge';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.cleanup();
  rendered = null;
});

function setup(state: LookupState = { kind: 'idle' }, extra: Partial<BadgeProps> = {}) {
  const handlers = { onShowTooltip: vi.fn(), onHideTooltip: vi.fn(), onOpenPanel: vi.fn() };
  const row = document.createElement('div');
  const rowClick = vi.fn();
  const rowMouseDown = vi.fn();
  const rowKey = vi.fn();
  row.addEventListener('click', rowClick);
  row.addEventListener('mousedown', rowMouseDown);
  row.addEventListener('keydown', rowKey);
  document.body.append(row);
  rendered = renderInto(<Badge state={state} {...handlers} {...extra} />, row);
  const badge = rendered.container.querySelector<HTMLElement>('.tl-badge')!;
  return { badge, row, rowClick, rowMouseDown, rowKey, ...handlers };
}

describe('Badge', () => {
  it('is a focusable button that announces a dialog', () => {
    const { badge } = setup();
    expect(badge.getAttribute('role')).toBe('button');
    expect(badge.tabIndex).toBe(0);
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-label')).toBe('Allowed, then ended by a security profile: show why');
    expect(badge.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('says the headline when known, and aria-expanded follows the panel', () => {
    const { badge } = setup({ kind: 'done', explanation: vulnerabilityInGroup }, { panelOpen: true });
    expect(badge.getAttribute('aria-label')).toContain(vulnerabilityInGroup.headline);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
  });

  it.each([
    ['idle', { kind: 'idle' }],
    ['loading', { kind: 'loading', detail: 'Searching' }],
    ['done', { kind: 'done', explanation: vulnerabilityInGroup }],
    ['expired', { kind: 'expired' }],
    ['error', { kind: 'error', message: 'm', fix: 'f' }],
    ['unknown-layout', { kind: 'unknown-layout', message: 'm', fix: 'f' }],
  ] as const)('marks the %s state for styling', (kind, state) => {
    const { badge } = setup(state as LookupState);
    expect(badge.dataset.state).toBe(kind);
    expect(badge.getAttribute('aria-busy')).toBe(kind === 'loading' ? 'true' : null);
  });

  it('shows the tooltip on hover and focus, hides it on leave and blur', () => {
    const { badge, onShowTooltip, onHideTooltip } = setup();
    fire(badge, new MouseEvent('mouseover', { bubbles: true, relatedTarget: document.body }));
    fire(badge, new MouseEvent('mouseenter'));
    expect(onShowTooltip).toHaveBeenCalledWith(badge);
    fire(badge, new MouseEvent('mouseleave'));
    expect(onHideTooltip).toHaveBeenCalledTimes(1);
    fire(badge, new FocusEvent('focus'));
    expect(onShowTooltip).toHaveBeenLastCalledWith(badge);
    fire(badge, new FocusEvent('blur'));
    expect(onHideTooltip).toHaveBeenCalledTimes(2);
  });

  it('opens the panel on click without the grid seeing the click or mousedown', () => {
    const { badge, onOpenPanel, onHideTooltip, rowClick, rowMouseDown } = setup();
    fire(badge, new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    click(badge);
    expect(onOpenPanel).toHaveBeenCalledWith(badge);
    expect(onHideTooltip).toHaveBeenCalled();
    expect(rowMouseDown).not.toHaveBeenCalled();
    expect(rowClick).not.toHaveBeenCalled();
  });

  it.each(['Enter', ' '])('opens the panel on %j and keeps the key from the grid', (name) => {
    const { badge, onOpenPanel, rowKey } = setup();
    const cancelled = key(badge, name);
    expect(onOpenPanel).toHaveBeenCalledWith(badge);
    expect(cancelled).toBe(true);
    expect(rowKey).not.toHaveBeenCalled();
  });

  it('hides the tooltip on Escape and ignores other keys', () => {
    const { badge, onOpenPanel, onHideTooltip } = setup();
    key(badge, 'a');
    expect(onOpenPanel).not.toHaveBeenCalled();
    key(badge, 'Escape');
    expect(onHideTooltip).toHaveBeenCalled();
  });
});
