// A panel section that starts closed and remembers whether the user opened it (the caller keeps
// the state, in storage.local). A native <details>: keyboard and screen readers know it.

import type { ComponentChildren, JSX } from 'preact';

export interface CollapsibleProps {
  id: string;
  title: string;
  open: boolean;
  onToggle?: (id: string, open: boolean) => void;
  children: ComponentChildren;
}

export function Collapsible({ id, title, open, onToggle, children }: CollapsibleProps) {
  const toggled = (event: JSX.TargetedEvent<HTMLDetailsElement>) => {
    const now = event.currentTarget.open;
    if (now !== open) onToggle?.(id, now);
  };
  return (
    <details class="tl-section tl-collapsible" data-section={id} open={open} onToggle={toggled}>
      <summary class="tl-section-title">{title}</summary>
      <div class="tl-collapsible-body">{children}</div>
    </details>
  );
}
