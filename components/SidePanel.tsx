// The full explanation, docked at the edge that leaves the explained row's Action and Session
// End Reason cells visible. Non-modal (the grid stays usable), focus moves in when it opens and
// back to the badge when it closes (close button or Esc); N and P go to the next and previous
// flagged row.

import type { JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { LookupState } from '../lib/panos/types';
import { ExplanationView } from './panel/ExplanationView';
import { type CopyFormat, PanelActions } from './panel/PanelActions';
import { PanelStatus } from './panel/PanelStatus';
import type { PanelDock } from './view-logic/panel-dock';

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
  /** Which edge, and how wide (default: right, 380 px). */
  dock?: PanelDock;
  /** This row among the page's flagged rows (0-based), for Previous / Next. */
  position?: { index: number; count: number };
  onPrevious?: () => void;
  onNext?: () => void;
  openSections?: Readonly<Record<string, boolean>>;
  onToggleSection?: (id: string, open: boolean) => void;
}

const TITLE_ID = 'tl-panel-title';

/** Focus the badge; given its host element instead, focus the focusable badge in its shadow. */
function focusBadge(target: HTMLElement | null) {
  const inner = target?.shadowRoot?.querySelector<HTMLElement>('[tabindex="0"], button');
  (inner ?? target)?.focus();
}

export function SidePanel(props: SidePanelProps) {
  const { state, returnFocusTo, onClose, showTraining = true, dock, position } = props;
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
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = event.key.toLowerCase();
    if (key === 'n' && props.onNext) {
      event.preventDefault();
      props.onNext();
    } else if (key === 'p' && props.onPrevious) {
      event.preventDefault();
      props.onPrevious();
    }
  };
  const style = dock
    ? {
        width: `${dock.width}px`,
        left: dock.side === 'left' ? '0' : 'auto',
        right: dock.side === 'right' ? '0' : 'auto',
      }
    : undefined;

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
      data-dock={dock?.side ?? 'right'}
      style={style}
      onKeyDown={onKeyDown}
    >
      <div class="tl-panel-header">
        <h2 class="tl-panel-title" id={TITLE_ID}>
          Why this session ended
        </h2>
        {position && position.count > 1 && (
          <span class="tl-nav">
            <button
              type="button"
              class="tl-button tl-nav-button"
              data-action="previous"
              title="Previous flagged row (P)"
              aria-keyshortcuts="P"
              onClick={props.onPrevious}
            >
              ‹ Previous
            </button>
            <span class="tl-nav-position" data-part="position">
              {position.index + 1} / {position.count}
            </span>
            <button
              type="button"
              class="tl-button tl-nav-button"
              data-action="next"
              title="Next flagged row (N)"
              aria-keyshortcuts="N"
              onClick={props.onNext}
            >
              Next ›
            </button>
          </span>
        )}
        <button type="button" class="tl-close" aria-label="Close" title="Close (Esc)" onClick={close}>
          ×
        </button>
      </div>
      <div class="tl-panel-body">
        {state.kind === 'done' ? (
          <ExplanationView
            explanation={state.explanation}
            showTraining={showTraining}
            openSections={props.openSections}
            onToggleSection={props.onToggleSection}
          />
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
