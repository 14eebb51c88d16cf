// /api/: keygen, log queries (enqueue, get, finish), config show/get by xpath, and the few
// operational commands the extension uses.

import type { IncomingMessage } from 'node:http';
import { apiCredential, apiKeyFor, checkApiAuth, invalidCredential, roleRefusalXml } from './api-auth';
import { buildPushedPolicy } from './config-xml';
import type { RequestNotes, SimContext } from './context';
import { FilterSyntaxError } from './filter';
import { type Reply, xmlReply } from './http-util';
import { logRoleRefusal, visibleEntries } from './log-role';
import { errorXml, jobPollXml, MAX_LOGS, selectLogs } from './log-store';
import { checkPassword } from './sessions';
import { el, serialize, type XmlNode } from './xml';
import { selectNodes, XpathError } from './xpath';

const success = (children: XmlNode[], attrs: Record<string, string> = {}) =>
  xmlReply(serialize(el('response', children, { status: 'success', ...attrs })));

function msgResult(line: string, extra: XmlNode[] = []): Reply {
  return success([el('result', [el('msg', [el('line', line)]), ...extra])]);
}

function intParam(value: string | undefined, fallback: number): number {
  const number = Number.parseInt(value ?? '', 10);
  return Number.isFinite(number) ? number : fallback;
}

function logRequest(ctx: SimContext, params: Record<string, string>, notes: RequestNotes): Reply {
  const jobId = params['job-id'];
  if (params.action === 'get' || params.action === 'finish') {
    notes.jobId = jobId;
    if (!jobId) return xmlReply(errorXml('job-id is missing', '17'));
    if (params.action === 'finish') {
      if (!ctx.jobs.abandon(jobId)) return xmlReply(errorXml(`Job ${jobId} not found`));
      return msgResult(`Job ${jobId} finished`);
    }
    const polled = ctx.jobs.poll(jobId);
    if (!polled) return xmlReply(errorXml(`Job ${jobId} not found`));
    return xmlReply(jobPollXml(jobId, polled.status, polled.job.entries));
  }
  const logType = params['log-type'];
  notes.logType = logType;
  notes.query = params.query;
  if (!logType) return xmlReply(errorXml('log-type is missing', '17'));
  const nlogs = intParam(params.nlogs, 20);
  if (nlogs < 1 || nlogs > MAX_LOGS)
    return xmlReply(errorXml(`nlogs must be between 1 and ${MAX_LOGS}`, '17'));
  const refusal = logRoleRefusal(ctx.logRole, logType);
  if (refusal) return refusal;
  try {
    const entries = selectLogs(ctx.scenario, {
      logtype: logType,
      query: params.query ?? '',
      dir: params.dir ?? 'bkwd',
      skip: Math.max(0, intParam(params.skip, 0)),
      limit: nlogs,
    });
    const job = ctx.jobs.enqueue(visibleEntries(ctx.logRole, logType, entries), [logType]);
    notes.jobId = job.id;
    return msgResult(`query job enqueued with jobid ${job.id}`, [el('job', job.id)]);
  } catch (error) {
    if (error instanceof FilterSyntaxError) return xmlReply(errorXml(error.message));
    throw error;
  }
}

function configRequest(ctx: SimContext, params: Record<string, string>): Reply {
  const action = params.action ?? '';
  if (action !== 'show' && action !== 'get') {
    return xmlReply(errorXml(`The simulator serves config show and get only, not "${action}"`, '17'));
  }
  let nodes: XmlNode[];
  try {
    nodes = selectNodes(ctx.config, params.xpath ?? '');
  } catch (error) {
    if (error instanceof XpathError) return xmlReply(errorXml('Invalid xpath', '6'));
    throw error;
  }
  if (action === 'show') {
    if (nodes.length === 0) return xmlReply(errorXml('No such node', '7'));
    return success([el('result', nodes)]);
  }
  if (nodes.length === 0) return success([el('result', [])], { code: '7' });
  const count = String(nodes.length);
  return success([el('result', nodes, { 'total-count': count, count })], { code: '19' });
}

function clock(): string {
  return `${new Date().toUTCString().replace(/ GMT$/, '')} UTC\n`;
}

function opRequest(ctx: SimContext, cmd: string): Reply {
  // <x></x> and <x/> alike, whitespace between tags ignored.
  const normalized = cmd
    .replace(/>\s+</g, '><')
    .replace(/<([\w-]+)><\/\1>/g, '<$1/>')
    .trim();
  if (normalized === '<show><clock/></show>') return success([el('result', clock())]);
  if (normalized === '<show><system><info/></system></show>') {
    const device = ctx.scenario.devices[0];
    const info = [
      el('hostname', ctx.product === 'panorama' ? 'panorama-sim' : (device?.name ?? 'firewall')),
      el('serial', ctx.product === 'panorama' ? '000702000001' : (device?.serial ?? '')),
      el('model', ctx.model),
      el('sw-version', ctx.release.swVersion),
      el('multi-vsys', (device?.vsys.length ?? 1) > 1 ? 'on' : 'off'),
    ];
    return success([el('result', [el('system', info)])]);
  }
  if (normalized === '<show><config><pushed-shared-policy/></config></show>' && ctx.product === 'firewall') {
    return success([el('result', [buildPushedPolicy(ctx.scenario)])]);
  }
  return xmlReply(errorXml('invalid command', '17'));
}

export function handleApi(
  req: IncomingMessage,
  ctx: SimContext,
  params: Record<string, string>,
  notes: RequestNotes,
): Reply {
  notes.apiType = params.type;
  notes.apiAction = params.action;
  notes.apiAuth = apiCredential(req, params);
  if (params.type === 'log') notes.query = params.query;
  if (params.type === 'keygen') {
    const user = params.user ?? '';
    const password = params.password ?? '';
    if (!checkPassword(user, password)) return invalidCredential();
    return success([el('result', [el('key', apiKeyFor(user, password))])]);
  }
  const refusal = checkApiAuth(req, ctx, params);
  if (refusal) return refusal;
  if ((params.type === 'log' || params.type === 'config') && ctx.apiRoleDenies.has(params.type)) {
    return xmlReply(roleRefusalXml(params.type), 403);
  }
  switch (params.type) {
    case 'log':
      return logRequest(ctx, params, notes);
    case 'config':
      return configRequest(ctx, params);
    case 'op':
      return opRequest(ctx, params.cmd ?? '');
    default:
      return xmlReply(errorXml(`Invalid type "${params.type ?? ''}"`, '17'));
  }
}
