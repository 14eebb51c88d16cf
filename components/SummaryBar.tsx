// One quiet line near the grid: how many visible sessions were allowed and then ended by a
// security profile, and a problem line (with its fix) when the rows cannot be read.

import { LogText } from './LogText';

export interface SummaryBarProps {
  /** Rows with action allow and end reason threat on the visible page. */
  flagged: number;
  /** Rows on the visible page. */
  visible: number;
  problem?: { message: string; fix: string } | null;
  /** Say so when the page has none (otherwise render nothing). */
  showZero?: boolean;
}

export function summaryText(flagged: number, visible: number): string {
  const noun = visible === 1 ? 'session' : 'sessions';
  return `${flagged} of ${visible} ${noun} allowed by policy, then ended by a security profile`;
}

export function SummaryBar({ flagged, visible, problem = null, showZero = false }: SummaryBarProps) {
  const showCount = flagged > 0 || (showZero && visible > 0);
  if (!showCount && !problem) return null;
  return (
    <div class="tl-summary" data-part="summary">
      {flagged > 0 && (
        <span class="tl-summary-count" role="status" data-part="count">
          {summaryText(flagged, visible)}
        </span>
      )}
      {flagged === 0 && showCount && (
        <span class="tl-summary-muted" role="status" data-part="count">
          No allow + threat sessions on this page
        </span>
      )}
      {problem && (
        <span class="tl-summary-problem" role="alert" data-part="problem">
          <LogText value={problem.message} /> <LogText class="tl-summary-fix" value={problem.fix} />
        </span>
      )}
    </div>
  );
}
