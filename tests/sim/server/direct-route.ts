// /php/utils/router.php: the Ext.Direct router. Checks the CSRF token of each rpc message
// (hash of the session's seed + ___tid) and answers the MonitorDirect methods.

import { createHash } from 'node:crypto';
import type { RequestNotes, SimContext } from './context';
import { jsonReply, type Reply } from './http-util';
import { visibleRelated } from './log-role';
import { entriesFromXml, jobPollXml, RELATED_LOG_TYPES, relatedLogs } from './log-store';
import { exceptionProfiles } from './profile-lookup';
import type { WebSession } from './sessions';

export interface RpcMessage {
  action?: unknown;
  method?: unknown;
  data?: unknown;
  type?: unknown;
  tid?: unknown;
  ___tid?: unknown;
  ___token?: unknown;
}

class DirectError extends Error {}

export function directToken(algo: 'sha256' | 'md5', seed: string, tid: unknown): string {
  return createHash(algo)
    .update(`${seed}${String(tid)}`)
    .digest('hex');
}

/** 'MonitorDirect.x' and args, from a PanDirect.run message or a plain Class.method one. */
export function callOf(message: RpcMessage): { name: string; args: unknown[] } {
  const data = Array.isArray(message.data) ? message.data : message.data === undefined ? [] : [message.data];
  if (message.action === 'PanDirect' && message.method === 'run') {
    const args = data[1];
    return {
      name: String(data[0] ?? ''),
      args: Array.isArray(args) ? args : args === undefined ? [] : [args],
    };
  }
  return { name: `${String(message.action)}.${String(message.method)}`, args: data };
}

function faultHits(ctx: SimContext, name: string): boolean {
  const fault = ctx.faults.directException;
  if (fault === true) return true;
  if (!Array.isArray(fault)) return false;
  const short = name.replace(/^MonitorDirect\./, '');
  return fault.includes(name) || fault.includes(short);
}

function objectArg(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

const text = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number' ? String(value) : '';

/** Does the XML text hold an entry with this logid? */
function holdsEntry(xml: string, logid: string): boolean {
  return logid !== '' && entriesFromXml(xml).some((entry) => entry['@logid'] === logid);
}

function runMethod(ctx: SimContext, name: string, args: unknown[]): unknown {
  switch (name) {
    case 'MonitorDirect.enqueueRelatedLogRequest': {
      const request = objectArg(args[0]);
      const anchor = text(request.anchor);
      const related = relatedLogs(ctx.scenario, anchor);
      const trafficJob = ctx.jobs.enqueue(related.traffic, ['traffic']).id;
      // Played switch: the anchor must be found in the grid page XML the UI sends along.
      if (ctx.faults.relatedLogNeedsResponseText && !holdsEntry(text(request.responseText), anchor)) {
        return [trafficJob];
      }
      const content = visibleRelated(ctx.logRole, ctx.scenario, related.content);
      return [trafficJob, ctx.jobs.enqueue(content, RELATED_LOG_TYPES).id];
    }
    case 'MonitorDirect.pollLogRequest': {
      const jobId = text(args[0]);
      const polled = ctx.jobs.poll(jobId);
      if (!polled) throw new DirectError(`Job ${jobId} not found`);
      return jobPollXml(jobId, polled.status, polled.job.entries);
    }
    case 'MonitorDirect.retrieveJSONLog':
      return entriesFromXml(text(args[0]));
    case 'MonitorDirect.getThreatExceptionProfiles': {
      const arg = objectArg(args[0]);
      return exceptionProfiles(ctx.scenario, {
        vsys: text(arg.vsys),
        rule: text(arg.rule),
        subtype: text(arg.subtype),
        location: text(arg.location),
      });
    }
    case 'MonitorDirect.getThreatDetail': {
      const tid = text(args[0]);
      const detail = ctx.scenario.threatDetails.find((d) => d.tid === tid);
      if (!detail) throw new DirectError(`Threat ${tid} not found`);
      return { ...detail };
    }
    case 'MonitorDirect.clearQueryAllBySession':
      return true;
    default:
      throw new DirectError(`Unknown method ${name}`);
  }
}

function answer(ctx: SimContext, session: WebSession | null, message: RpcMessage, names: string[]): unknown {
  const { name, args } = callOf(message);
  names.push(name);
  const base = { tid: message.tid, action: message.action, method: message.method };
  const exception = (text: string) => ({ type: 'exception', ...base, message: text });
  if (!session) return exception('unauthorized: session expired, please log in again');
  if (message.___token !== directToken(ctx.tokenAlgo, session.seed, message.___tid)) {
    return exception('invalid token');
  }
  if (faultHits(ctx, name)) return exception(`Simulated failure in ${name}`);
  try {
    return { type: 'rpc', ...base, result: runMethod(ctx, name, args) };
  } catch (error) {
    if (error instanceof DirectError) return exception(error.message);
    throw error;
  }
}

export function handleDirect(
  ctx: SimContext,
  session: WebSession | null,
  body: string,
  notes: RequestNotes,
): Reply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return jsonReply({ type: 'exception', message: 'Invalid Ext.Direct request' });
  }
  const names: string[] = [];
  const batch = Array.isArray(parsed);
  const list: unknown[] = Array.isArray(parsed) ? parsed : [parsed];
  const messages = list.map((m) => objectArg(m) as RpcMessage);
  const answers = messages.map((message) => answer(ctx, session, message, names));
  notes.directMethod = names.join(',');
  return jsonReply(batch ? answers : answers[0]);
}
