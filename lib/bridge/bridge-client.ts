// The content-script half of the bridge: sends protocol.ts requests as CustomEvents with JSON
// string details, matches answers by id, and validates every answer it accepts. Failures reject
// with a PanosError of the kind the bridge answered (the same vocabulary as the PAN-OS clients).

import { abortedError, PanosError } from '../panos/panos-error';
import {
  type BridgeErrorKind,
  type BridgeRequest,
  type BridgeRequestBody,
  GRID_EVENT,
  REQUEST_EVENT,
  RESPONSE_EVENT,
} from './protocol';

const ERROR_KINDS: readonly BridgeErrorKind[] = [
  'unavailable',
  'session-expired',
  'exception',
  'timeout',
  'missing-context',
  'bad-request',
  'refused',
  'error-answer',
];

export interface BridgeClient {
  /** `signal` aborts the wait and tells the bridge to stop the request (logs.query polling). */
  request<T>(req: BridgeRequestBody, signal?: AbortSignal): Promise<T>;
  onGridEvent(fn: (reason: string) => void, signal: AbortSignal): void;
  dispose(): void;
}

export interface BridgeClientOptions {
  /** Wait for requests without their own timeoutMs (ping, grid.read, nav.logs). */
  defaultTimeoutMs?: number;
  /** A bridge that does not answer a ping this fast is taken as absent. */
  pingTimeoutMs?: number;
}

/** Extra time over the bridge's own deadline, so the bridge's 'timeout' answer can arrive first. */
const DEADLINE_SLACK_MS = 2000;

type Pending = {
  resolve(value: unknown): void;
  reject(error: PanosError): void;
  timer: ReturnType<typeof setTimeout>;
};

function parseJsonDetail(event: Event): Record<string, unknown> | null {
  const detail = (event as CustomEvent).detail;
  if (typeof detail !== 'string') return null;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function createBridgeClient(doc: Document, opts: BridgeClientOptions = {}): BridgeClient {
  const defaultTimeoutMs = opts.defaultTimeoutMs ?? 10_000;
  const pingTimeoutMs = opts.pingTimeoutMs ?? 1500;
  const win = doc.defaultView;
  const EventCtor = win?.CustomEvent ?? CustomEvent;
  const pending = new Map<number, Pending>();
  const dispose = new AbortController();
  // Ids need only be unique per client; start off zero so two clients rarely collide.
  let nextId = Math.floor(Math.random() * 1e9);

  const onResponse = (event: Event) => {
    const message = parseJsonDetail(event);
    if (!message || !Number.isSafeInteger(message.id)) return;
    const entry = pending.get(message.id as number);
    if (!entry) return; // someone else's answer
    if (message.ok === true && 'result' in message) {
      settle(message.id as number);
      entry.resolve(message.result);
    } else if (
      message.ok === false &&
      ERROR_KINDS.includes(message.error as BridgeErrorKind) &&
      typeof message.message === 'string'
    ) {
      settle(message.id as number);
      entry.reject(new PanosError(message.error as BridgeErrorKind, message.message));
    }
  };
  doc.addEventListener(RESPONSE_EVENT, onResponse, { signal: dispose.signal });

  function settle(id: number): void {
    const entry = pending.get(id);
    if (!entry) return;
    clearTimeout(entry.timer);
    pending.delete(id);
  }

  function takeId(): number {
    nextId = (nextId + 1) % Number.MAX_SAFE_INTEGER;
    return nextId;
  }

  function send(request: BridgeRequest): void {
    doc.dispatchEvent(new EventCtor(REQUEST_EVENT, { detail: JSON.stringify(request) }));
  }

  function waitFor(req: BridgeRequestBody): number {
    if (req.type === 'ping') return pingTimeoutMs;
    if ('timeoutMs' in req) return req.timeoutMs + DEADLINE_SLACK_MS;
    return defaultTimeoutMs;
  }

  return {
    request<T>(req: BridgeRequestBody, signal?: AbortSignal): Promise<T> {
      if (dispose.signal.aborted)
        return Promise.reject(new PanosError('unavailable', 'bridge client disposed'));
      if (signal?.aborted) return Promise.reject(abortedError());
      const id = takeId();
      const full = { ...req, id } as BridgeRequest;
      const ms = waitFor(req);
      return new Promise<T>((resolve, reject) => {
        const onAbort = () => {
          if (!pending.has(id)) return;
          settle(id);
          send({ type: 'cancel', target: id, id: takeId() });
          reject(abortedError());
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const timer = setTimeout(() => {
          signal?.removeEventListener('abort', onAbort);
          pending.delete(id);
          // No answer to a ping means no bridge on this page.
          reject(
            req.type === 'ping'
              ? new PanosError('unavailable', 'the page bridge did not answer')
              : new PanosError('timeout', `no answer from the page bridge within ${ms} ms`),
          );
        }, ms);
        const done = () => signal?.removeEventListener('abort', onAbort);
        pending.set(id, {
          resolve: (value) => {
            done();
            (resolve as (value: unknown) => void)(value);
          },
          reject: (error) => {
            done();
            reject(error);
          },
          timer,
        });
        send(full);
      });
    },

    onGridEvent(fn, signal) {
      if (signal.aborted || dispose.signal.aborted) return;
      const listener = (event: Event) => {
        const message = parseJsonDetail(event);
        if (!message || typeof message.reason !== 'string') return;
        try {
          fn(message.reason);
        } catch {
          // the caller's problem, not the page's
        }
      };
      const both = AbortSignal.any ? AbortSignal.any([signal, dispose.signal]) : signal;
      doc.addEventListener(GRID_EVENT, listener, { signal: both });
    },

    dispose() {
      dispose.abort();
      for (const [id, entry] of Array.from(pending)) {
        settle(id);
        entry.reject(new PanosError('unavailable', 'bridge client disposed'));
      }
    },
  };
}
