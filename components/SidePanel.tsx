// The full explanation, docked at the right edge. Non-modal (the grid stays usable), focus
// moves in when it opens and back to the badge when it closes (close button or Esc).

import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { LookupState } from '../lib/panos/types';
import { ExplanationView } from './panel/ExplanationView';
import { type CopyFormat, PanelActions } from './panel/PanelActions';
import { PanelStatus } from './panel/PanelStatus';

export type { CopyFormat };

export interface SidePanelProps {
  state: LookupState;
  /** The badge that opened the panel (or its host element); it gets focus back on close. */
  returnFocusTo: HTMLElement | null;
  onClose(): void;
  /** Shown only for a firewall error. */
  onRetry?: () => void;
  onOpenDetailedLog?: () => void;
  onOpenThreatLog?: () => void;
  onCopy?: (format: CopyFormat, text: string) => void | Promise<void>;
  /** Show the Session End Reason training text. */
  showTraining?: boolean;
}

const TITLE_ID = 'tl-panel-title';

/** Focus the badge; given its host element instead, focus the focusable badge in its shadow. */
function focusBadge(target: HTMLElement | null) {
  const inner = target?.shadowRoot?.querySelector<HTMLElement>('[tabindex="0"], button');
  (inner ?? target)?.focus();
}

export function SidePanel(props: SidePanelProps) {
  const { state, returnFocusTo, onClose, showTraining = true } = props;
  const dialogRef = useRef<HTMLDivElement>(null);

  // Focus moves in once, on open; later state changes (loading -> done) leave focus alone.
  useEffect(() => {
    dialogRef.current?.focus();
  }, []);

  const close = () => {
    focusBadge(returnFocusTo);
    onClose();
  };
  const onKeyDown = (event: JSX.TargetedKeyboardEvent<HTMLDivElement>) => {
    // Keys typed in the panel are not the grid's business.
    event.stopPropagation();
    if (event.key === 'Escape' || event.key === 'Esc') {
      event.preventDefault();
      close();
    }
  };

  const explanation = state.kind === 'done' ? state.explanation : null;
  return (
    <div
      ref={dialogRef}
      class="tl-panel"
      role="dialog"
      aria-modal="false"
      aria-labelledby={TITLE_ID}
      aria-busy={state.kind === 'loading' ? 'true' : undefined}
      tabIndex={-1}
      data-state={state.kind}
      onKeyDown={onKeyDown}
    >
      <div class="tl-panel-header">
        <h2 class="tl-panel-title" id={TITLE_ID}>
          Threat Lens: why this allowed session was ended
        </h2>
        <button type="button" class="tl-close" aria-label="Close" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
      <div class="tl-panel-body">
        {state.kind === 'done' ? (
          <ExplanationView explanation={state.explanation} showTraining={showTraining} />
        ) : (
          <PanelStatus state={state} onRetry={props.onRetry} />
        )}
      </div>
      <PanelActions
        explanation={explanation}
        onOpenDetailedLog={props.onOpenDetailedLog}
        onOpenThreatLog={props.onOpenThreatLog}
        onCopy={props.onCopy}
      />
    </div>
  );
}
