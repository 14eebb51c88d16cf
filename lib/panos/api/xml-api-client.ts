// The PAN-OS XML API (`/api/`) from the firewall's own origin: with the web UI's session cookie
// (whether /api/ accepts it is unknown: probe first) or with an API key the user stored.
// The key travels in the X-PAN-KEY header, never in a URL, so it stays out of access logs.

import { abortedError, isSessionOver, PanosError } from '../panos-error';
import type { LogDatabase, LogRecord } from '../types';
import { type PollOptions, pollUntil, type Sleep } from './job-poll';
import { answerError, type LogJobResult, parseApiResponse, parseLogJobResponse } from './log-xml';

export type XmlApiAuth = { kind: 'cookie' } | { kind: 'key'; key: string };

export interface XmlApiClientOptions {
  origin: string;
  fetch: typeof fetch;
  auth: XmlApiAuth;
  poll?: PollOptions;
  sleep?: Sleep;
}

export interface XmlApiClient {
  queryLogs(
    logType: LogDatabase | 'traffic',
    query: string,
    opts: { nlogs: number; signal?: AbortSignal },
  ): Promise<LogRecord[]>;
  /** The running config at xpath: the `<result>` element holding the node(s); null when there is no such node. */
  showConfig(xpath: string, signal?: AbortSignal): Promise<Element | null>;
  /** An operational command (`<show><system><info/></system></show>`): the `<result>` element. */
  op(cmdXml: string, signal?: AbortSignal): Promise<Element>;
  /**
   * Does /api/ take this credential for log queries? A one-entry threat-log query, whose job is
   * finished at once: resolves when it was accepted, throws what the firewall answered otherwise.
   */
  probeLogs(signal?: AbortSignal): Promise<void>;
}

/**
 * What an XML API answer says of a credential's access to one request type (log or config):
 * works (it answered), refused (HTTP 403 Invalid Credential: the credential itself), role-denied
 * (403 "Type [x] not authorized for user role": the credential is good, the role may not), or
 * null when it settles nothing (a login page or code 22, which an expired session gives too,
 * a network failure, a cancelled request).
 */
export type ApiAccess = 'works' | 'refused' | 'role-denied';

export function accessFromError(error: unknown): ApiAccess | null {
  if (!(error instanceof PanosError)) return null;
  if (error.kind === 'unauthorized') return 'refused';
  if (error.kind === 'role-denied') return 'role-denied';
  // PAN-OS answered the request with its own error (bad xpath, no such node): access works.
  if (error.kind === 'api-error') return 'works';
  return null;
}

const API_PATH = '/api/';
const MAX_NLOGS = 5000;
const NO_SUCH_NODE = /no such node/i;
const OBJECT_NOT_PRESENT_CODE = '7';

type LogJobProgress = Extract<LogJobResult, { kind: 'enqueued' | 'running' | 'finished' }>;

export function createXmlApiClient(opts: XmlApiClientOptions): XmlApiClient {
  const endpoint = `${opts.origin.replace(/\/+$/, '')}${API_PATH}`;

  async function post(params: Record<string, string>, signal?: AbortSignal): Promise<string> {
    if (signal?.aborted) throw abortedError();
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (opts.auth.kind === 'key') headers['X-PAN-KEY'] = opts.auth.key;
    let response: Response;
    try {
      response = await opts.fetch(endpoint, {
        method: 'POST',
        headers,
        body: new URLSearchParams(params).toString(),
        // The key is the whole credential; with cookie auth the page's session is.
        credentials: opts.auth.kind === 'key' ? 'omit' : 'same-origin',
        signal,
      });
    } catch (error) {
      if (signal?.aborted || (error instanceof Error && error.name === 'AbortError')) throw abortedError();
      throw new PanosError('http', 'The firewall could not be reached.');
    }
    const text = await response.text();
    if (!response.ok) {
      // PAN-OS puts an XML error in 4xx bodies (403 Invalid Credential): prefer what it says.
      const envelope = parseApiResponse(text);
      if (
        envelope.kind === 'unauthorized' ||
        envelope.kind === 'login-page' ||
        envelope.kind === 'role-denied'
      ) {
        throw answerError(envelope);
      }
      if (response.status === 401 || response.status === 403) {
        throw new PanosError(
          'unauthorized',
          `The firewall refused the request (HTTP ${response.status}).`,
          String(response.status),
        );
      }
      if (envelope.kind === 'error') throw answerError(envelope);
      throw new PanosError('http', `The firewall answered HTTP ${response.status}.`, String(response.status));
    }
    return text;
  }

  async function request(params: Record<string, string>, signal?: AbortSignal): Promise<Element | null> {
    const envelope = parseApiResponse(await post(params, signal));
    if (envelope.kind !== 'success') throw answerError(envelope);
    return envelope.result;
  }

  async function logJob(params: Record<string, string>, signal?: AbortSignal): Promise<LogJobProgress> {
    const answer = parseLogJobResponse(await post(params, signal));
    if (answer.kind === 'enqueued' || answer.kind === 'running' || answer.kind === 'finished') return answer;
    throw answerError(answer);
  }

  /** Abandons a job; fire-and-forget, without the (maybe aborted) caller's signal. */
  function finishJob(jobId: string): void {
    post({ type: 'log', action: 'finish', 'job-id': jobId }).catch(() => {
      // Nothing to do: the firewall drops unfinished jobs by itself eventually.
    });
  }

  return {
    async queryLogs(logType, query, { nlogs, signal }) {
      const count = String(Math.min(MAX_NLOGS, Math.max(1, Math.floor(nlogs))));
      const first = await logJob({ type: 'log', 'log-type': logType, query, nlogs: count }, signal);
      if (first.kind === 'finished') return first.entries;
      const jobId = first.jobId;
      if (!jobId) throw new PanosError('malformed', 'The firewall enqueued a log query without a job id.');
      try {
        return await pollUntil(
          async () => {
            const answer = await logJob({ type: 'log', action: 'get', 'job-id': jobId }, signal);
            return answer.kind === 'finished' ? answer.entries : undefined;
          },
          { poll: opts.poll, sleep: opts.sleep, signal, what: `The ${logType} log query (job ${jobId})` },
        );
      } catch (error) {
        // Leave no job behind, unless the session is gone (nobody could finish it anyway).
        if (!isSessionOver(error) && !(error instanceof PanosError && error.kind === 'unauthorized')) {
          finishJob(jobId);
        }
        throw error;
      }
    },

    async showConfig(xpath, signal) {
      try {
        const result = await request({ type: 'config', action: 'show', xpath }, signal);
        return result && result.children.length > 0 ? result : null;
      } catch (error) {
        if (error instanceof PanosError && error.kind === 'api-error') {
          if (NO_SUCH_NODE.test(error.message) || error.code === OBJECT_NOT_PRESENT_CODE) return null;
        }
        throw error;
      }
    },

    async probeLogs(signal) {
      const answer = await logJob({ type: 'log', 'log-type': 'threat', nlogs: '1' }, signal);
      const jobId = answer.kind === 'finished' ? '' : answer.jobId;
      // Nothing is read from it: leave no job running on the firewall.
      if (jobId) await post({ type: 'log', action: 'finish', 'job-id': jobId }).catch(() => undefined);
    },

    async op(cmdXml, signal) {
      const result = await request({ type: 'op', cmd: cmdXml }, signal);
      if (!result) throw new PanosError('malformed', 'The firewall answered the command without a result.');
      return result;
    },
  };
}
