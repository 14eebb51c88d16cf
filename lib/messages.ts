// Messages between the extension's own parts (popup/options/background <-> content script).
// Each receiver validates the shape with the guards below and ignores anything else.

import type { DatabaseTally } from './lookup/database-tally';
import type { StrategyDetail, StrategyId, StrategyOutcome } from './lookup/strategy';
import type { LogDatabase } from './panos/types';
import type { ApiAccessBook } from './status/access-book';
import type { ReleaseSigns } from './status/release-signs';

/** What the content script reports about its tab, for the popup and diagnostics. No log content. */
export interface PageStatus {
  /** PAN-OS UI signs seen on the page. */
  panosSigns: string[];
  product: 'firewall' | 'panorama' | 'unknown';
  /** How Panorama or firewall was decided: which signs decided or disagreed (short facts, no log content). */
  productDecision?: {
    state: 'decided' | 'disagree' | 'too-few' | 'no-signs';
    decidedBy: string[];
    against: string[];
    remembered: boolean;
  };
  /** When the product is not known: why, and what is shown anyway, in words. */
  productNote?: string;
  /** Login page shown (session over). */
  loginPage: boolean;
  /** Monitor > Traffic detected with its grid. */
  trafficPage: boolean;
  /** How rows are read: 'store' (bridge), 'dom' (fallback), or 'none' (cannot see Action / End Reason). */
  rowSource: 'store' | 'dom' | 'none';
  rowsVisible: number;
  rowsFlagged: number;
  strategies: Record<StrategyId, StrategyOutcome>;
  /** Counts and reasons per path (names and numbers only). */
  strategyDetails?: Record<StrategyId, StrategyDetail>;
  /** The first path that proved itself on this page, if any. */
  activeStrategy: StrategyId | null;
  /** The last problem, with its fix, in plain words (for the popup; it may quote the firewall). */
  problem: { message: string; fix: string } | null;
  /** The last problem's kind, a fixed word ('failed', 'expired', 'grid-layout'...): what diagnostics carry. */
  problemKind?: string;
  /** Optional, for diagnostics: grid field names read (e.g. 'action') and those looked for but missing. */
  gridLayout?: { fieldsFound: string[]; fieldsMissing: string[] };

  // Releases (diagnostics a user can send when their PAN-OS differs): names and counts only.
  /** What this release's page offers: RPC object, log store class, grid components, release signs. */
  release?: ReleaseSigns;
  /** The hash is Monitor > Traffic but no grid this extension recognises appeared in time. */
  unrecognisedUi?: { found: string };
  /** The hash is Monitor > Traffic and the grid has not appeared yet (still within the wait). */
  waitingForGrid?: boolean;
  /** What the XML API said of the session cookie and the stored key, per request type. */
  xmlApiAccess?: ApiAccessBook;
  /** Which log databases answered: trusted entries read from each on this page (counts only). */
  logDatabases?: DatabaseTally;
  /** Log databases a path could not read on this page (a query refused while others answered). */
  unreadableDatabases?: LogDatabase[];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function isStatusRequest(message: unknown): message is { type: 'threat-lens/status-request' } {
  return isObject(message) && message.type === 'threat-lens/status-request';
}

/** The popup's Retry: look this tab's rows up now, even while the firewall's failure delay runs. */
export function isRetryRequest(message: unknown): message is { type: 'threat-lens/retry' } {
  return isObject(message) && message.type === 'threat-lens/retry' && Object.keys(message).length === 1;
}

export function isSettingsChanged(message: unknown): message is { type: 'threat-lens/settings-changed' } {
  return isObject(message) && message.type === 'threat-lens/settings-changed';
}

// Shell messages: popup/options -> background. The background accepts them only from the
// extension's own pages (see lib/shell/message-handler.ts).

/** Enable on a firewall whose host the page has just been granted (permissions.request in a click). */
export interface EnableMessage {
  type: 'threat-lens/enable';
  origin: string;
}

/** Disable on a firewall: drop its permission (unless another port of it stays), scripts, API key. */
export interface DisableMessage {
  type: 'threat-lens/disable';
  origin: string;
}

export type ShellMessage = EnableMessage | DisableMessage;

/** The background's answer to a ShellMessage. */
export type ShellReply = { ok: true; injectedTabs: number } | { ok: false; error: string };

export function isShellMessage(message: unknown): message is ShellMessage {
  return (
    isObject(message) &&
    (message.type === 'threat-lens/enable' || message.type === 'threat-lens/disable') &&
    typeof message.origin === 'string' &&
    message.origin.length > 0 &&
    message.origin.length <= 2048 &&
    Object.keys(message).length === 2
  );
}
