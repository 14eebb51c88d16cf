// The page summary by cause: which profile type (or Zone / DoS Protection, or nothing found)
// ended each flagged (allow + threat) row, counted, largest first: "7 of 20 ended for a threat:
// 3 Vulnerability Protection, 2 URL Filtering, 1 Antivirus, 1 not found".

import type { LookupState } from '../../lib/panos/types';

export interface CauseGroup {
  /** Stable id: the profile type label, or one of the fixed ids below. */
  id: string;
  label: string;
  /** Row indexes of the grid page, in grid order. */
  rows: number[];
}

const NOT_FOUND = 'not found';
const PENDING = 'looking up';
const UNANSWERED = 'not answered';
/** Not a profile on the rule: said apart. */
const ZONE_DOS = 'Zone / DoS Protection';

export function causeOf(state: LookupState): string {
  switch (state.kind) {
    case 'done': {
      const e = state.explanation;
      if (e.verdict === 'zone-dos') return ZONE_DOS;
      if (e.verdict === 'blocked-by-profile') return e.profileTypeLabel ?? NOT_FOUND;
      return NOT_FOUND;
    }
    case 'idle':
    case 'loading':
      return PENDING;
    default:
      return UNANSWERED;
  }
}

/** Named causes by count (largest first, then by name); not found, pending, unanswered last. */
export function groupCauses(rows: { index: number; state: LookupState }[]): CauseGroup[] {
  const byCause = new Map<string, number[]>();
  for (const { index, state } of [...rows].sort((a, b) => a.index - b.index)) {
    const cause = causeOf(state);
    byCause.set(cause, [...(byCause.get(cause) ?? []), index]);
  }
  const tail = [NOT_FOUND, PENDING, UNANSWERED];
  const rank = (id: string) => tail.indexOf(id);
  return Array.from(byCause, ([id, indexes]) => ({ id, label: id, rows: indexes })).sort((a, b) => {
    if (rank(a.id) !== rank(b.id)) return rank(a.id) - rank(b.id);
    return b.rows.length - a.rows.length || a.label.localeCompare(b.label);
  });
}

/**
 * "7 of 20 ended for a threat": short, it sits in the toolbar. What ended each row (a profile, or
 * Zone / DoS Protection, which is no profile on the rule) is known only from its answer, so the
 * causes after it say that, never the lead.
 */
export function summaryLead(flagged: number, visible: number): string {
  return `${flagged} of ${visible} ended for a threat`;
}
