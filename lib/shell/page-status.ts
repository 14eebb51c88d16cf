// Asking a firewall tab's content script what it sees. The answer crosses from a web page's
// process, so it is re-read field by field: only known fields, right types, bounded strings.

import { readTally } from '../lookup/database-tally';
import {
  STRATEGY_NOTES,
  type StrategyDetail,
  type StrategyId,
  type StrategyOutcome,
} from '../lookup/strategy';
import type { PageStatus } from '../messages';
import { LOG_DATABASES } from '../panos/logs/log-databases';
import { readAccessBook } from '../status/access-book';
import { readReleaseSignsValue } from '../status/release-signs';

const STRATEGY_IDS: StrategyId[] = ['related-log', 'ui-log-store', 'xml-api-cookie', 'xml-api-key'];
const OUTCOMES: StrategyOutcome[] = ['untried', 'proven', 'inconclusive', 'unavailable', 'failed'];
const MAX_TEXT = 300;
const MAX_LIST = 40;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.includes(value as T) ? (value as T) : fallback;
}

function count(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.floor(value) : 0;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : '';
}

/** Short identifiers only (UI signs, grid field names): no free text that could carry log content. */
function identifiers(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((item): item is string => typeof item === 'string' && /^[\w@.:/ -]{1,60}$/.test(item))
    .slice(0, MAX_LIST);
}

function strategyDetail(value: unknown): StrategyDetail {
  const raw = isObject(value) ? value : {};
  return {
    proven: count(raw.proven),
    inconclusive: count(raw.inconclusive),
    unavailable: count(raw.unavailable),
    failed: count(raw.failed),
    note: oneOf(raw.note, STRATEGY_NOTES, ''),
    retired: raw.retired === true,
  };
}

export function readPageStatus(value: unknown): PageStatus | null {
  if (!isObject(value) || !Array.isArray(value.panosSigns)) return null;
  const rawStrategies = isObject(value.strategies) ? value.strategies : {};
  const strategies = Object.fromEntries(
    STRATEGY_IDS.map((id) => [id, oneOf(rawStrategies[id], OUTCOMES, 'untried')]),
  ) as Record<StrategyId, StrategyOutcome>;
  const problem = isObject(value.problem)
    ? { message: text(value.problem.message), fix: text(value.problem.fix) }
    : null;
  const status: PageStatus = {
    panosSigns: identifiers(value.panosSigns),
    product: oneOf(value.product, ['firewall', 'panorama', 'unknown'] as const, 'unknown'),
    loginPage: value.loginPage === true,
    trafficPage: value.trafficPage === true,
    rowSource: oneOf(value.rowSource, ['store', 'dom', 'none'] as const, 'none'),
    rowsVisible: count(value.rowsVisible),
    rowsFlagged: count(value.rowsFlagged),
    strategies,
    activeStrategy: STRATEGY_IDS.includes(value.activeStrategy as StrategyId)
      ? (value.activeStrategy as StrategyId)
      : null,
    problem,
  };
  if (isObject(value.productDecision)) {
    const decision = value.productDecision;
    status.productDecision = {
      state: oneOf(decision.state, ['decided', 'disagree', 'too-few', 'no-signs'] as const, 'no-signs'),
      decidedBy: identifiers(decision.decidedBy),
      against: identifiers(decision.against),
      remembered: decision.remembered === true,
    };
  }
  if (typeof value.productNote === 'string' && value.productNote)
    status.productNote = text(value.productNote);
  if (isObject(value.strategyDetails)) {
    const raw = value.strategyDetails;
    status.strategyDetails = Object.fromEntries(
      STRATEGY_IDS.map((id) => [id, strategyDetail(raw[id])]),
    ) as Record<StrategyId, StrategyDetail>;
  }
  const [problemKind] = identifiers([value.problemKind]);
  if (problemKind) status.problemKind = problemKind;
  if (isObject(value.gridLayout)) {
    status.gridLayout = {
      fieldsFound: identifiers(value.gridLayout.fieldsFound),
      fieldsMissing: identifiers(value.gridLayout.fieldsMissing),
    };
  }
  // Releases: names and counts only, re-read here too.
  const release = readReleaseSignsValue(value.release);
  if (release) status.release = release;
  if (isObject(value.unrecognisedUi)) status.unrecognisedUi = { found: text(value.unrecognisedUi.found) };
  if (value.waitingForGrid === true) status.waitingForGrid = true;
  const xmlApiAccess = readAccessBook(value.xmlApiAccess);
  if (xmlApiAccess) status.xmlApiAccess = xmlApiAccess;
  const logDatabases = readTally(value.logDatabases);
  if (logDatabases) status.logDatabases = logDatabases;
  if (Array.isArray(value.unreadableDatabases)) {
    const named = new Set(value.unreadableDatabases);
    status.unreadableDatabases = LOG_DATABASES.filter((database) => named.has(database));
  }
  return status;
}

export interface StatusTabsApi {
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** The tab's PageStatus, or null when no content script answers (not injected, or tab reloading). */
export async function requestStatus(
  tabs: StatusTabsApi,
  tabId: number,
  timeoutMs = 1500,
): Promise<PageStatus | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const answer = await Promise.race([
      tabs.sendMessage(tabId, { type: 'threat-lens/status-request' }).catch(() => null),
      timeout,
    ]);
    return readPageStatus(answer);
  } finally {
    clearTimeout(timer);
  }
}
