// The hover card next to a badge: the headline, or what is happening instead. It never takes
// the pointer (pointer-events: none) and sits below or above the row, not on it.

import type { LookupState } from '../lib/panos/types';
import { useTooltipPlacement } from './use-tooltip-placement';
import type { Rect, Size } from './view-logic/tooltip-position';

export interface TooltipProps {
  state: LookupState;
  anchorRect: Rect;
  viewport: Size;
  /** Lets the badge point aria-describedby at the tooltip. */
  id?: string;
}

/** Used before the first measurement (and where layout is not available). */
const ESTIMATED_SIZE: Size = { width: 340, height: 64 };

function TooltipBody({ state }: { state: LookupState }) {
  switch (state.kind) {
    case 'done': {
      const { explanation } = state;
      return (
        <>
          <div class="tl-tooltip-headline tl-tooltip-line tl-value" data-part="headline">
            {explanation.headline}
          </div>
          {explanation.summary && (
            <div class="tl-tooltip-line tl-value" data-part="summary">
              {explanation.summary}
            </div>
          )}
          <div class="tl-tooltip-muted">Click for the full explanation.</div>
        </>
      );
    }
    case 'loading':
      return <div data-part="loading">{state.detail || 'Looking up the log entries…'}</div>;
    case 'expired':
      return <div class="tl-tooltip-problem">Your PAN-OS session expired: log in again.</div>;
    case 'error':
    case 'unknown-layout':
      return (
        <>
          <div class="tl-tooltip-problem tl-tooltip-line tl-value">{state.message}</div>
          <div class="tl-tooltip-muted">Click for details.</div>
        </>
      );
    default:
      return (
        <>
          <div class="tl-tooltip-headline">Allowed by policy, then ended by a threat.</div>
          <div class="tl-tooltip-muted">Click to find out which one.</div>
        </>
      );
  }
}

export function Tooltip({ state, anchorRect, viewport, id }: TooltipProps) {
  const { ref, placement } = useTooltipPlacement(anchorRect, viewport, ESTIMATED_SIZE);
  return (
    <div
      ref={ref}
      id={id}
      class="tl-tooltip"
      role="tooltip"
      data-state={state.kind}
      data-side={placement.side}
      style={{ top: `${placement.top}px`, left: `${placement.left}px` }}
    >
      <TooltipBody state={state} />
    </div>
  );
}
