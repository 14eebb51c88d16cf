// The failLogTypes fault: every query of a listed log database answers HTTP 500, on every path
// (the UI's log endpoint, the XML API, the related-log RPC), enqueue and poll alike. Decided
// before the request is served, so a failed query leaves no job behind.

import type { RequestNotes } from './context';
import { callOf, type RpcMessage } from './direct-route';
import type { JobStore } from './jobs';
import { RELATED_LOG_TYPES } from './log-store';
import type { EndpointKind } from './types';

function directCalls(body: string): { name: string; args: unknown[] }[] {
  try {
    const parsed: unknown = JSON.parse(body);
    const list = Array.isArray(parsed) ? parsed : [parsed];
    return list.flatMap((m) => (typeof m === 'object' && m !== null ? [callOf(m as RpcMessage)] : []));
  } catch {
    return [];
  }
}

/** The listed log type this request queries, or null when it queries none of them. */
export function failingLogType(
  failLogTypes: readonly string[],
  kind: EndpointKind,
  params: Record<string, string>,
  body: string,
  jobs: JobStore,
): string | null {
  if (failLogTypes.length === 0) return null;
  const hit = (types: readonly string[]) => types.find((type) => failLogTypes.includes(type)) ?? null;
  if (kind === 'log-data') {
    return params.jobid ? hit(jobs.logTypesOf(params.jobid)) : hit([params.logtype ?? 'traffic']);
  }
  if (kind === 'api' && params.type === 'log') {
    if (params.action === 'finish') return null; // abandoning a job is always allowed
    return params['job-id'] ? hit(jobs.logTypesOf(params['job-id'])) : hit([params['log-type'] ?? '']);
  }
  if (kind === 'direct') {
    for (const { name, args } of directCalls(body)) {
      const short = name.replace(/^MonitorDirect\./, '');
      if (short === 'enqueueRelatedLogRequest') return hit(['traffic', ...RELATED_LOG_TYPES]);
      if (short === 'pollLogRequest') {
        const type = hit(jobs.logTypesOf(String(args[0] ?? '')));
        if (type) return type;
      }
    }
  }
  return null;
}

/** What the request log records of a query the fault refused (the route never saw it). */
export function failedQueryNotes(
  kind: EndpointKind,
  params: Record<string, string>,
  logType: string,
): RequestNotes {
  const notes: RequestNotes = { logType, query: params.query };
  if (kind === 'api') Object.assign(notes, { apiType: params.type, apiAction: params.action });
  if (params.jobid ?? params['job-id']) notes.jobId = params.jobid ?? params['job-id'];
  return notes;
}
