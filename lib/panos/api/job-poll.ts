// Polling a PAN-OS log job: fast at first, then backing off to at most one check every
// maxDelayMs, giving up after maxWaitMs. Shared by the XML API and the Detailed Log View flow.

import { DEADLINES } from '../../deadlines';
import { abortedError, PanosError } from '../panos-error';

export interface PollOptions {
  /** Wait before the first check (default 250 ms). */
  firstDelayMs?: number;
  /** Longest wait between checks (default 2000 ms). */
  maxDelayMs?: number;
  /** Growth of the wait after each check (default 2). */
  factor?: number;
  /** Total wait before giving up (default: the build's log job deadline, 30 s in production). */
  maxWaitMs?: number;
}

export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export const DEFAULT_POLL: Required<PollOptions> = {
  firstDelayMs: 250,
  maxDelayMs: 2000,
  factor: 2,
  maxWaitMs: DEADLINES.logJobMs,
};

/** setTimeout that rejects with an 'aborted' error when the signal fires. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortedError());
    const onAbort = () => {
      clearTimeout(timer);
      reject(abortedError());
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });

/** The waits between checks, in order, until their sum would pass maxWaitMs. */
export function pollDelays(options: PollOptions = {}): number[] {
  const { firstDelayMs, maxDelayMs, factor, maxWaitMs } = { ...DEFAULT_POLL, ...options };
  const delays: number[] = [];
  let delay = Math.max(0, firstDelayMs);
  let total = 0;
  while (total + delay <= maxWaitMs) {
    delays.push(delay);
    total += delay;
    delay = Math.max(1, Math.min(maxDelayMs, delay * factor)); // never 0: the loop must end
  }
  return delays;
}

export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw abortedError();
}

/**
 * Waits, checks, and again, until `check` returns a value (not undefined). Throws a 'timeout'
 * PanosError when the time is up, and 'aborted' when the signal fires.
 */
export async function pollUntil<T>(
  check: () => Promise<T | undefined>,
  opts: { poll?: PollOptions; sleep?: Sleep; signal?: AbortSignal; what: string },
): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep;
  const maxWaitMs = opts.poll?.maxWaitMs ?? DEFAULT_POLL.maxWaitMs;
  const startedAt = Date.now();
  for (const delay of pollDelays(opts.poll)) {
    // The checks themselves take time too: stop on the real clock as well.
    if (Date.now() - startedAt + delay > maxWaitMs) break;
    throwIfAborted(opts.signal);
    try {
      await sleep(delay, opts.signal);
    } catch (error) {
      throw opts.signal?.aborted ? abortedError() : error;
    }
    throwIfAborted(opts.signal);
    const done = await check();
    if (done !== undefined) return done;
  }
  const seconds = Math.round(maxWaitMs / 1000);
  throw new PanosError('timeout', `${opts.what} did not finish within ${seconds} s.`);
}
