// The API key is a last resort, and page claims never steer it. Data the page gives us (the
// bridge's store records, its "not available here" answers) can be forged by any script on the
// page, and the key may be able to read more than the web session. So the key strategy runs
// only (1) after the firewall itself refused the web session at /api/, in an answer to our own
// request, and (2) for rows whose session id the grid shows on screen: sessions the admin can
// already see, never ones only the page's data claims.

import type { TrafficRow } from '../../panos/types';
import { LookupFailure } from '../lookup-errors';
import type { ThreatLogStrategy } from '../strategy';

export interface KeyGuard {
  /** The firewall refused the session cookie at /api/ (our own request, now or remembered). */
  cookieRefused(): boolean;
  /** The session id the rendered grid shows in this row (a visible Session ID column), or null. */
  shownSessionId(row: TrafficRow): string | null;
}

export const UNCHECKED_ROWS = new LookupFailure(
  'failed',
  'The API key was not used: the page names sessions its grid does not show.',
  'Show the Session ID column (column header menu > Columns) so each session can be checked, then refresh.',
);

export function guardKeyStrategy(inner: ThreatLogStrategy, guard: KeyGuard): ThreatLogStrategy {
  return {
    id: inner.id,
    batched: inner.batched,
    async fetch(rows, signal, inSlot) {
      if (!guard.cookieRefused()) {
        throw new LookupFailure('unavailable', 'The web session was not refused at /api/: no key needed.');
      }
      const unchecked = rows.filter(
        (row) => row.sessionid === '' || guard.shownSessionId(row) !== row.sessionid,
      );
      if (unchecked.length > 0) throw UNCHECKED_ROWS;
      return inner.fetch(rows, signal, inSlot);
    },
  };
}
