// One quiet line near the grid: how many visible sessions were allowed and then ended for a
// threat, by cause ("3 Vulnerability Protection, 2 URL Filtering, 1 not found"); choosing a
// cause marks its rows and steps through them. A problem line (with its fix) when the rows
// cannot be read.

import { LogText } from './LogText';
import type { CauseGroup } from './view-logic/summary-causes';
import { summaryLead } from './view-logic/summary-causes';

export interface SummaryBarProps {
  /** Rows with action allow and end reason threat on the visible page. */
  flagged: number;
  /** Rows on the visible page. */
  visible: number;
  problem?: { message: string; fix: string } | null;
  /** Say so when the page has none (otherwise render nothing). */
  showZero?: boolean;
  causes?: CauseGroup[];
  /** The chosen cause, and which of its rows (0-based) is the current one. */
  chosen?: { id: string; position: number } | null;
  onChooseCause?: (id: string) => void;
}

export function summaryText(flagged: number, visible: number, causes: CauseGroup[] = []): string {
  const lead = summaryLead(flagged, visible);
  if (causes.length === 0) return lead;
  return `${lead}: ${causes.map((cause) => `${cause.rows.length} ${cause.label}`).join(', ')}`;
}

function Causes({
  causes,
  chosen,
  onChooseCause,
}: Required<Pick<SummaryBarProps, 'causes'>> & SummaryBarProps) {
  const current = chosen ? causes.find((cause) => cause.id === chosen.id) : undefined;
  return (
    <>
      <span class="tl-causes" data-part="causes">
        {causes.map((cause, i) => (
          <span key={cause.id}>
            {i > 0 && ', '}
            <button
              type="button"
              class="tl-cause"
              data-cause={cause.id}
              aria-pressed={chosen?.id === cause.id ? 'true' : 'false'}
              title="Mark these rows; choose again for the next one"
              onClick={() => onChooseCause?.(cause.id)}
            >
              {cause.rows.length} {cause.label}
            </button>
          </span>
        ))}
      </span>
      <span class="tl-visually-hidden" role="status" data-part="cause-position">
        {current && chosen ? `${current.label}: row ${chosen.position + 1} of ${current.rows.length}` : ''}
      </span>
    </>
  );
}

export function SummaryBar(props: SummaryBarProps) {
  const { flagged, visible, problem = null, showZero = false, causes = [] } = props;
  const showCount = flagged > 0 || (showZero && visible > 0);
  if (!showCount && !problem) return null;
  return (
    // The toolbar's middle band clips a long list of causes: the whole line is there on hover.
    <div
      class="tl-summary"
      data-part="summary"
      title={flagged > 0 ? summaryText(flagged, visible, causes) : undefined}
    >
      {flagged > 0 && (
        <span class="tl-summary-count" data-part="count">
          {summaryLead(flagged, visible)}
          {causes.length > 0 && ': '}
        </span>
      )}
      {flagged > 0 && causes.length > 0 && <Causes {...props} causes={causes} />}
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
