// The marker inside a flagged grid row. Hover/focus shows the tooltip, click/Enter/Space opens
// the side panel. Mouse and key events stop here so the ExtJS grid does not select, filter or
// navigate because of them.

import type { JSX } from 'preact';
import type { LookupState } from '../lib/panos/types';
import { BadgeIcon } from './BadgeIcon';

export interface BadgeProps {
  state: LookupState;
  /** True while the side panel for this row is open (aria-expanded). */
  panelOpen?: boolean;
  onShowTooltip(anchor: HTMLElement): void;
  onHideTooltip(): void;
  onOpenPanel(anchor: HTMLElement): void;
}

const BASE_LABEL = 'Allowed, then ended by a security profile: show why';

export function badgeLabel(state: LookupState): string {
  switch (state.kind) {
    case 'done':
      return `${BASE_LABEL}. ${state.explanation.headline}`;
    case 'loading':
      return `${BASE_LABEL}. Looking up the threat log…`;
    case 'expired':
      return `${BASE_LABEL}. Your PAN-OS session expired.`;
    case 'error':
    case 'unknown-layout':
      return `${BASE_LABEL}. The lookup failed.`;
    default:
      return BASE_LABEL;
  }
}

const stop = (event: Event) => event.stopPropagation();

export function Badge({ state, panelOpen = false, onShowTooltip, onHideTooltip, onOpenPanel }: BadgeProps) {
  const show = (event: Event) => onShowTooltip(event.currentTarget as HTMLElement);
  const open = (event: Event) => {
    event.preventDefault();
    event.stopPropagation();
    onHideTooltip();
    onOpenPanel(event.currentTarget as HTMLElement);
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLElement>) => {
    event.stopPropagation();
    if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') open(event);
    else if (event.key === 'Escape') onHideTooltip();
  };

  return (
    // A span, not a <button>: a native button would also fire its own click on Enter/Space,
    // and every activation path must stay in our hands (stopped before the grid sees it).
    // biome-ignore lint/a11y/useSemanticElements: see above; role, tabIndex and keys are handled
    <span
      class="tl-badge"
      role="button"
      tabIndex={0}
      data-state={state.kind}
      aria-label={badgeLabel(state)}
      aria-haspopup="dialog"
      aria-expanded={panelOpen ? 'true' : 'false'}
      aria-busy={state.kind === 'loading' ? 'true' : undefined}
      onMouseEnter={show}
      onFocus={show}
      onMouseLeave={onHideTooltip}
      onBlur={onHideTooltip}
      onMouseDown={stop}
      onMouseUp={stop}
      onDblClick={stop}
      onContextMenu={stop}
      onClick={open}
      onKeyDown={onKeyDown}
      onKeyUp={stop}
    >
      <BadgeIcon />
    </span>
  );
}
