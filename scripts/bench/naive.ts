// The naive baseline, run for real: one XML API query per flagged session (session id and its
// time window) and per log database a profile can write to (threat, url, data, wildfire), each
// its own job, polled with the extension's own backoff, at most two in flight (the extension's
// own cap). It only fetches logs: no profile resolution.

import { pollDelays } from '../../lib/panos/api/job-poll';
import type { Simulator } from '../../tests/sim/index';

export interface FlaggedSession {
  sessionid: string;
  start: string;
  end: string;
}

export const LOG_DATABASES = ['threat', 'url', 'data', 'wildfire'] as const;

export interface NaiveOutcome {
  wallMs: number;
  /** Sessions for which some database had an entry. */
  found: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function apiGet(sim: Simulator, params: Record<string, string>): Promise<string> {
  const url = `${sim.url}/api/?${new URLSearchParams(params)}`;
  const response = await fetch(url, { headers: { 'X-PAN-KEY': sim.apiKey } });
  return response.text();
}

async function queryOne(sim: Simulator, session: FlaggedSession, logType: string): Promise<boolean> {
  const query = `(sessionid eq ${session.sessionid}) and (receive_time geq '${session.start}') and (receive_time leq '${session.end}')`;
  const enqueued = await apiGet(sim, { type: 'log', 'log-type': logType, nlogs: '20', query });
  const jobId = /<job>(\d+)<\/job>/.exec(enqueued)?.[1];
  if (!jobId) throw new Error(`naive query not enqueued: ${enqueued.slice(0, 200)}`);
  for (const delay of pollDelays()) {
    await sleep(delay);
    const polled = await apiGet(sim, { type: 'log', action: 'get', 'job-id': jobId });
    if (/<status>FIN<\/status>/.test(polled)) return !/<logs count="0"/.test(polled);
  }
  throw new Error(`naive job ${jobId} never finished`);
}

export async function runNaive(
  sim: Simulator,
  sessions: FlaggedSession[],
  inFlight = 2,
): Promise<NaiveOutcome> {
  const started = Date.now();
  const queue = sessions.flatMap((session) => LOG_DATABASES.map((logType) => ({ session, logType })));
  const found = new Set<FlaggedSession>();
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift())
      if (await queryOne(sim, next.session, next.logType)) found.add(next.session);
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { wallMs: Date.now() - started, found: found.size };
}
