// The Monitor filter syntax (shared by the web UI and the XML API's `query`): terms
// `(field op value)` joined with `and` / `or`. Values outside [0-9a-zA-Z_.-] are single-quoted.
// PAN-OS documents no escape for a quote inside a quoted value, so such values are refused:
// no field we filter on (session ids, serials, times, rule names) can hold one.

import { PanosError } from '../panos-error';
import type { TrafficRow } from '../types';
import { addSeconds, logTimeRange } from './log-time';

export type FilterOperator = 'eq' | 'neq' | 'geq' | 'leq' | 'gt' | 'lt' | 'in' | 'notin' | 'contains' | 'has';

const BARE_VALUE = /^[0-9a-zA-Z_.-]+$/;
const FIELD_NAME = /^[a-zA-Z][a-zA-Z0-9_.-]*$/;
// Quotes and control characters (a newline would end the filter) cannot be written safely.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
const UNQUOTABLE = /['\u0000-\u001f\u007f]/;

export function quoteValue(value: string): string {
  if (BARE_VALUE.test(value)) return value;
  if (UNQUOTABLE.test(value)) {
    throw new PanosError(
      'no-safe-query',
      `A filter value cannot contain a quote or a control character: ${JSON.stringify(value)}`,
    );
  }
  return `'${value}'`;
}

export function term(field: string, op: FilterOperator, value: string): string {
  if (!FIELD_NAME.test(field))
    throw new PanosError('no-safe-query', `Not a log field name: ${JSON.stringify(field)}`);
  return `(${field} ${op} ${quoteValue(value)})`;
}

/** True when the whole expression sits inside one pair of parentheses (quotes respected). */
function isEnclosed(expression: string): boolean {
  if (!expression.startsWith('(') || !expression.endsWith(')')) return false;
  let depth = 0;
  let quoted = false;
  for (let i = 0; i < expression.length; i++) {
    const char = expression[i];
    if (char === "'") quoted = !quoted;
    if (quoted) continue;
    if (char === '(') depth++;
    if (char === ')') depth--;
    if (depth === 0 && i < expression.length - 1) return false;
  }
  return depth === 0;
}

function join(operator: 'and' | 'or', parts: string[]): string {
  const present = parts.map((part) => part.trim()).filter(Boolean);
  if (present.length === 1) return present[0] as string;
  return present.map((part) => (isEnclosed(part) ? part : `(${part})`)).join(` ${operator} `);
}

/** `a and b and …`; compound parts are parenthesised; empty parts are dropped. */
export function and(...parts: string[]): string {
  return join('and', parts);
}

/** `a or b or …`; compound parts are parenthesised; empty parts are dropped. */
export function or(...parts: string[]): string {
  return join('or', parts);
}

/** A threat may be received a little after the traffic log of its session (forwarding batches). */
export const QUERY_AFTER_END_SLACK_S = 60;
export const QUERY_BEFORE_START_SLACK_S = 2;

function bySessionNumber(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

function sessionTerms(sessionids: Iterable<string>): string {
  return or(...[...new Set(sessionids)].sort(bySessionNumber).map((id) => term('sessionid', 'eq', id)));
}

function timeWindow(rows: TrafficRow[]): string[] {
  const earliest = logTimeRange(
    rows.map((row) => row.start || row.timeGenerated || row.receiveTime),
  )?.earliest;
  const latest = logTimeRange(rows.flatMap((row) => [row.receiveTime, row.timeGenerated]))?.latest;
  const from = earliest ? addSeconds(earliest, -QUERY_BEFORE_START_SLACK_S) : null;
  const to = latest ? addSeconds(latest, QUERY_AFTER_END_SLACK_S) : null;
  return [from ? term('receive_time', 'geq', from) : '', to ? term('receive_time', 'leq', to) : ''];
}

/**
 * One threat-log query for a page of traffic rows: their session ids (per device serial on
 * Panorama, where ids repeat across firewalls) within the time the sessions span. Rows of
 * several devices are grouped by serial whatever the product is thought to be, so one device's
 * session id never brings another's entries. Rows without a session id are left out; with none
 * at all there is nothing safe to ask, so it throws.
 */
export function buildSessionBatchQuery(rows: TrafficRow[], opts: { panorama: boolean }): string {
  const withSession = rows.filter((row) => row.sessionid.trim() !== '');
  if (withSession.length === 0) throw new PanosError('no-safe-query', 'No row has a session id to look up.');
  const serials = new Set(withSession.map((row) => row.serial.trim()).filter((serial) => serial !== ''));
  let sessions: string;
  if (opts.panorama || serials.size > 1) {
    const bySerial = new Map<string, string[]>();
    for (const row of withSession) {
      const ids = bySerial.get(row.serial.trim()) ?? [];
      ids.push(row.sessionid.trim());
      bySerial.set(row.serial.trim(), ids);
    }
    const groups = [...bySerial.keys()].sort().map((serial) => {
      const ids = sessionTerms(bySerial.get(serial) ?? []);
      return serial ? and(term('serial', 'eq', serial), ids) : ids;
    });
    sessions = or(...groups);
  } else {
    sessions = sessionTerms(withSession.map((row) => row.sessionid.trim()));
  }
  return and(sessions, ...timeWindow(withSession));
}
