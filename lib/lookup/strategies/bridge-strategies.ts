// Strategies 1 and 2: through the page's own logged-in UI, via the main-world bridge.

import type { BridgeRequestBody } from '../../bridge/protocol';
import { DEADLINES } from '../../deadlines';
import type { DirectMethod } from '../../panos/api/direct-methods';
import { fetchRelatedLogs } from '../../panos/api/related-log';
import { buildSessionBatchQuery } from '../../panos/logs/filter-query';
import { inferDatabase, type LogDatabase, withDatabase } from '../../panos/logs/log-databases';
import type { LogRecord, TrafficRow } from '../../panos/types';
import { LookupFailure, toLookupFailure } from '../lookup-errors';
import type { ThreatLogStrategy } from '../strategy';
import { type DatabaseSkips, databaseSkips, readEveryDatabase } from './every-database';

export interface BridgeRequester {
  request<T>(req: BridgeRequestBody, signal?: AbortSignal): Promise<T>;
}

const DIRECT_TIMEOUT_MS = 15_000;

/** Enough entries for every session of the page, with room for alerts before each block. */
export function batchLimit(rows: TrafficRow[]): number {
  return Math.min(5000, Math.max(100, rows.length * 20));
}

export function isLogRecordArray(value: unknown): value is LogRecord[] {
  return (
    Array.isArray(value) &&
    value.every(
      (item) =>
        typeof item === 'object' &&
        item !== null &&
        Object.values(item as object).every((field) => typeof field === 'string'),
    )
  );
}

/** 1. The Detailed Log View's related-log RPC, one row at a time: it spans every log database. */
export function relatedLogStrategy(bridge: BridgeRequester): ThreatLogStrategy {
  // The enqueue goes as the UI sends it: the bridge adds the grid page's XML the page holds.
  const call = (method: DirectMethod, args: unknown[]) =>
    method === 'MonitorDirect.enqueueRelatedLogRequest'
      ? bridge.request<unknown>({
          type: 'related.enqueue',
          logtype: 'traffic',
          anchor: String((args[0] as { anchor?: unknown } | undefined)?.anchor ?? ''),
          timeoutMs: DIRECT_TIMEOUT_MS,
        })
      : bridge.request<unknown>({ type: 'direct.call', method, args, timeoutMs: DIRECT_TIMEOUT_MS });
  return {
    id: 'related-log',
    batched: false,
    async fetch(rows, signal) {
      const row = rows[0];
      if (!row?.logid)
        throw new LookupFailure('unavailable', 'The row has no log id to anchor a related-log query.');
      try {
        const records = await fetchRelatedLogs(call, { logid: row.logid, logtype: 'traffic' }, { signal });
        // Entries of every database in one list: each says where it lives by its type or subtype.
        return { records: records.map((record) => withDatabase(record, inferDatabase(record))) };
      } catch (error) {
        throw toLookupFailure(error, 'page');
      }
    },
  };
}

/**
 * 2. The UI's own log endpoint, through a store of the page's own LogStore class: one
 * `logs.query` per log database.
 */
export function uiLogStoreStrategy(
  bridge: BridgeRequester,
  panorama: () => boolean,
  /** The logs this path may not read (some found on an earlier visit): not asked. */
  skips: DatabaseSkips = databaseSkips(),
): ThreatLogStrategy {
  return {
    id: 'ui-log-store',
    batched: true,
    async fetch(rows, signal, inSlot) {
      try {
        const query = buildSessionBatchQuery(rows, { panorama: panorama() });
        const readOne = async (logtype: LogDatabase, jobSignal: AbortSignal) => {
          const result = await bridge.request<unknown>(
            {
              type: 'logs.query',
              logtype,
              query,
              limit: batchLimit(rows),
              timeoutMs: DEADLINES.logStoreQueryMs,
            },
            jobSignal,
          );
          jobSignal.throwIfAborted();
          if (!isLogRecordArray(result)) {
            throw new LookupFailure(
              'failed',
              `The web UI returned ${logtype} logs in a shape this extension cannot read.`,
            );
          }
          return result;
        };
        return await readEveryDatabase(readOne, inSlot, signal, { skips });
      } catch (error) {
        throw toLookupFailure(error, 'page');
      }
    },
  };
}
