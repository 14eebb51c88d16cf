// Remembers that lookups on this firewall failed, so a struggling management plane is not asked
// again on every grid re-render (Refresh, paging, grid events): rows whose lookup failed wait
// 2 s, then 4, 8 ... up to 60 s between tries. A success or the user's Retry starts over.
// One per firewall per tab (it lives in the lookup setup, which outlives page visits).

export const FIRST_DELAY_MS = 2000;
export const MAX_DELAY_MS = 60_000;

export interface FailureNote {
  message: string;
  fix: string;
}

export interface FailureBackoff {
  /** The last failure, shown on rows held back while waiting. */
  readonly last: FailureNote | null;
  /** May rows whose lookup failed be looked up again now? */
  mayRetry(): boolean;
  /** Milliseconds until they may (0 when they may now). */
  waitMs(): number;
  failed(note: FailureNote): void;
  succeeded(): void;
  /** The user asked to retry (panel or popup): allowed at once, delays start over. */
  reset(): void;
}

export function createFailureBackoff(now: () => number = Date.now): FailureBackoff {
  let failures = 0;
  let notBefore = 0;
  let last: FailureNote | null = null;
  const waitMs = () => Math.max(0, notBefore - now());
  return {
    get last() {
      return last;
    },
    waitMs,
    mayRetry: () => waitMs() === 0,
    failed(note) {
      last = note;
      failures++;
      notBefore = now() + Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** (failures - 1));
    },
    succeeded() {
      failures = 0;
      notBefore = 0;
      last = null;
    },
    reset() {
      failures = 0;
      notBefore = 0;
      last = null;
    },
  };
}
