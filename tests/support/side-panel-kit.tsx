// Shared setup for the SidePanel tests: render it with a badge to return focus to.

import { afterEach, vi } from 'vitest';
import { SidePanel, type SidePanelProps } from '../../components/SidePanel';
import type { Explanation, LookupState } from '../../lib/panos/types';
import { type Rendered, renderInto } from './test-render';

let rendered: Rendered | null = null;

export function useCleanup() {
  afterEach(() => {
    rendered?.cleanup();
    rendered = null;
    document.body.replaceChildren();
  });
}

export function rerenderPanel(props: SidePanelProps) {
  rendered!.rerender(<SidePanel {...props} />);
}

export function closeRendered() {
  rendered?.cleanup();
  rendered = null;
}

export function openPanel(state: LookupState, extra: Partial<SidePanelProps> = {}) {
  const badge = document.createElement('button');
  document.body.append(badge);
  badge.focus();
  const onClose = vi.fn();
  rendered = renderInto(<SidePanel state={state} returnFocusTo={badge} onClose={onClose} {...extra} />);
  const dialog = rendered.container.querySelector<HTMLElement>('[role="dialog"]')!;
  const section = (id: string) => dialog.querySelector<HTMLElement>(`[data-section="${id}"]`);
  const fact = (id: string, key: string) =>
    section(id)?.querySelector(`[data-fact="${key}"] dd`)?.textContent;
  const button = (action: string) => dialog.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  return { badge, onClose, dialog, section, fact, button };
}

export const done = (explanation: Explanation): LookupState => ({ kind: 'done', explanation });
