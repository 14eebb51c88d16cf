import { afterEach, describe, expect, it, vi } from 'vitest';
import type { LookupState } from '../lib/panos/types';
import { vulnerabilityInGroup } from '../tests/fixtures/explanations';
import { click, fire, key } from '../tests/support/test-render';
import { type BadgeView, createBadgeView } from './badge-view';

afterEach(() => {
  document.body.replaceChildren();
});

function setup(state: LookupState = { kind: 'idle' }, panelOpen = false) {
  const handlers = { onShowTooltip: vi.fn(), onHideTooltip: vi.fn(), onOpenPanel: vi.fn() };
  const row = document.createElement('div');
  const rowClick = vi.fn();
  const rowMouseDown = vi.fn();
  const rowKey = vi.fn();
  row.addEventListener('click', rowClick);
  row.addEventListener('mousedown', rowMouseDown);
  row.addEventListener('keydown', rowKey);
  const host = document.createElement('threat-lens-badge');
  row.append(host);
  document.body.append(row);
  const shadow = host.attachShadow({ mode: 'open' });
  const view: BadgeView = createBadgeView(shadow, handlers);
  view.update(state, panelOpen);
  const badge = shadow.querySelector<HTMLElement>('.tl-badge')!;
  return { view, shadow, badge, row, rowClick, rowMouseDown, rowKey, ...handlers };
}

describe('badge view', () => {
  it('is a focusable button that announces a dialog, with its own stylesheet', () => {
    const { badge, view, shadow } = setup();
    expect(view.element).toBe(badge);
    expect(badge.getAttribute('role')).toBe('button');
    expect(badge.tabIndex).toBe(0);
    expect(badge.getAttribute('aria-haspopup')).toBe('dialog');
    expect(badge.getAttribute('aria-expanded')).toBe('false');
    expect(badge.getAttribute('aria-label')).toBe('Allowed, then ended for a threat: show why');
    expect(badge.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
    expect(badge.querySelectorAll('svg path, svg rect')).toHaveLength(3);
    expect(badge.parentElement?.className).toBe('tl-root');
    // Styled by the one sheet every badge adopts, not a <style> each.
    expect(shadow.adoptedStyleSheets).toHaveLength(1);
    expect(shadow.querySelector('style')).toBeNull();
  });

  it('all badges of a page share one parsed stylesheet', () => {
    const a = setup();
    const b = setup();
    const sheet = a.shadow.adoptedStyleSheets[0]!;
    expect(b.shadow.adoptedStyleSheets[0]).toBe(sheet);
    expect(Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n')).toContain('.tl-badge');
  });

  it('where no sheet can be adopted, each badge brings its own <style>', () => {
    const doc = document.implementation.createHTMLDocument('no window');
    const host = doc.createElement('threat-lens-badge');
    doc.body.append(host);
    const shadow = host.attachShadow({ mode: 'open' });
    const view = createBadgeView(shadow, {
      onShowTooltip: vi.fn(),
      onHideTooltip: vi.fn(),
      onOpenPanel: vi.fn(),
    });
    view.update({ kind: 'idle' }, false);
    expect(shadow.querySelector('style')?.textContent).toContain('.tl-badge');
    expect(shadow.querySelector('.tl-badge')?.getAttribute('data-state')).toBe('idle');
    view.destroy();
    expect(shadow.childNodes).toHaveLength(0);
  });

  it('each badge is its own copy of the template', () => {
    const a = setup();
    const b = setup({ kind: 'done', explanation: vulnerabilityInGroup });
    expect(a.badge).not.toBe(b.badge);
    expect(a.badge.dataset.state).toBe('idle');
    expect(b.badge.dataset.state).toBe('done');
  });

  it('says the headline when known, and aria-expanded follows the panel', () => {
    const { badge, view } = setup({ kind: 'done', explanation: vulnerabilityInGroup }, true);
    expect(badge.getAttribute('aria-label')).toContain(vulnerabilityInGroup.headline);
    expect(badge.getAttribute('aria-expanded')).toBe('true');
    view.update({ kind: 'done', explanation: vulnerabilityInGroup }, false);
    expect(badge.getAttribute('aria-expanded')).toBe('false');
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

  it('follows state changes: loading, then the answer', () => {
    const { badge, view } = setup({ kind: 'loading', detail: '' });
    expect(badge.getAttribute('aria-busy')).toBe('true');
    view.update({ kind: 'done', explanation: vulnerabilityInGroup }, false);
    expect(badge.dataset.state).toBe('done');
    expect(badge.getAttribute('aria-busy')).toBeNull();
    expect(badge.getAttribute('aria-label')).toContain(vulnerabilityInGroup.headline);
  });

  it('shows the tooltip on hover and focus, hides it on leave and blur', () => {
    const { badge, onShowTooltip, onHideTooltip } = setup();
    fire(badge, new MouseEvent('mouseenter'));
    expect(onShowTooltip).toHaveBeenCalledWith(badge);
    fire(badge, new MouseEvent('mouseleave'));
    expect(onHideTooltip).toHaveBeenCalledTimes(1);
    fire(badge, new FocusEvent('focus'));
    expect(onShowTooltip).toHaveBeenCalledTimes(2);
    fire(badge, new FocusEvent('blur'));
    expect(onHideTooltip).toHaveBeenCalledTimes(2);
  });

  it('opens the panel on click without the grid seeing the click or mousedown', () => {
    const { badge, onOpenPanel, onHideTooltip, rowClick, rowMouseDown } = setup();
    fire(badge, new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    const cancelled = click(badge);
    expect(cancelled).toBe(true);
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
    const { badge, onOpenPanel, onHideTooltip, rowKey } = setup();
    expect(key(badge, 'a')).toBe(false);
    expect(onOpenPanel).not.toHaveBeenCalled();
    key(badge, 'Escape');
    expect(onHideTooltip).toHaveBeenCalled();
    expect(rowKey).not.toHaveBeenCalled();
  });

  it('destroy removes what it added and stops answering events', () => {
    const { badge, view, shadow, onOpenPanel } = setup();
    view.destroy();
    expect(shadow.childNodes).toHaveLength(0);
    click(badge);
    expect(onOpenPanel).not.toHaveBeenCalled();
  });

  it('shows a hostile headline as an attribute value only', () => {
    const headline = '<img src=x onerror="window.__pwned=1">';
    const { badge, shadow } = setup({
      kind: 'done',
      explanation: { ...vulnerabilityInGroup, headline },
    });
    expect(badge.getAttribute('aria-label')).toContain(headline);
    expect(shadow.querySelectorAll('img')).toHaveLength(0);
  });
});
