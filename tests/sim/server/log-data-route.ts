// /php/monitor/log.data.xml.php: the web UI's log endpoint. Without `jobid` it enqueues a
// query job; with `jobid` it polls it (ACT, then FIN with the entries).

import type { RequestNotes, SimContext } from './context';
import { FilterSyntaxError } from './filter';
import { type Reply, xmlReply } from './http-util';
import { logRoleRefusal, visibleEntries } from './log-role';
import { errorXml, jobPollXml, MAX_LOGS, selectLogs } from './log-store';
import { el, serialize } from './xml';

function intParam(value: string | undefined, fallback: number, min: number, max: number): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) ? Math.min(max, Math.max(min, number)) : fallback;
}

export function handleLogData(ctx: SimContext, params: Record<string, string>, notes: RequestNotes): Reply {
  notes.logType = params.logtype;
  notes.query = params.query;
  const jobId = params.jobid;
  if (jobId) {
    notes.jobId = jobId;
    const polled = ctx.jobs.poll(jobId);
    if (!polled) return xmlReply(errorXml(`Job ${jobId} not found`));
    return xmlReply(jobPollXml(jobId, polled.status, polled.job.entries));
  }
  const logtype = params.logtype ?? 'traffic';
  const limit = intParam(params.limit, 20, 1, MAX_LOGS);
  const maxLimit = ctx.faults.logStoreMaxLimit;
  if (maxLimit > 0 && limit > maxLimit) return xmlReply(errorXml(`Invalid limit ${limit}`));
  const refusal = logRoleRefusal(ctx.logRole, logtype);
  if (refusal) return refusal;
  try {
    const entries = selectLogs(ctx.scenario, {
      logtype,
      query: ctx.faults.logStoreIgnoresQuery ? '' : (params.query ?? ''),
      dir: params.dir ?? 'bkwd',
      skip: intParam(params.start, 0, 0, Number.MAX_SAFE_INTEGER),
      limit,
    });
    const job = ctx.jobs.enqueue(visibleEntries(ctx.logRole, logtype, entries), [logtype]);
    notes.jobId = job.id;
    return xmlReply(serialize(el('response', [el('result', [el('job', job.id)])], { status: 'success' })));
  } catch (error) {
    if (error instanceof FilterSyntaxError) return xmlReply(errorXml(error.message));
    throw error;
  }
}
