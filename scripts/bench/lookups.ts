// (2) Lookups (log jobs started on the firewall across the threat, URL, data and WildFire logs)
// for one page with many flagged rows: the extension's prefetch, counted from the simulator's
// request log, beside the naive one-query-per-row-and-database approach run against the same
// simulator with the same job latency.

import type { Page } from 'playwright-core';
import { waitForGridLoaded } from '../../tests/e2e/grid-probe';
import { waitForAnswers } from '../../tests/e2e/overlay-probe';
import type { SimRequest, Simulator } from '../../tests/sim/index';
import { type FlaggedSession, runNaive } from './naive';
import { gotoTraffic } from './page';

export interface LookupFigures {
  rows: number;
  flagged: number;
  extJobs: number;
  extRequests: number;
  /** Grid loaded → every badge answered (threat logs and profile names). */
  extMs: number;
  naiveJobs: number;
  naiveRequests: number;
  /** First query → every threat log in (no profile resolution). */
  naiveMs: number;
  naiveFound: number;
}

/** Log jobs in a request log: distinct job ids of non-traffic log queries, two per related-log request. */
export function countLogJobs(requests: SimRequest[]): number {
  const jobs = new Set<string>();
  let related = 0;
  for (const r of requests) {
    if ((r.kind === 'log-data' || r.kind === 'api') && r.logType && r.logType !== 'traffic' && r.jobId)
      jobs.add(`${r.kind}:${r.jobId}`);
    if (r.kind === 'direct' && r.directMethod)
      related += r.directMethod.split(',').filter((m) => m.includes('enqueueRelatedLogRequest')).length;
  }
  return jobs.size + related * 2;
}

/** Requests that are ours, not the page's: everything but page, static, login and the grid's own loads. */
function lookupRequests(requests: SimRequest[]): SimRequest[] {
  return requests.filter(
    (r) =>
      r.kind !== 'page' &&
      r.kind !== 'static' &&
      r.kind !== 'login' &&
      r.kind !== 'control' &&
      !(r.kind === 'log-data' && r.logType === 'traffic'),
  );
}

async function flaggedSessions(page: Page): Promise<{ rows: number; sessions: FlaggedSession[] }> {
  return (await page.evaluate(`(() => {
    const grid = Ext.ComponentMgr.all.items.find((c) => c.logtype === 'traffic' && !c.isDestroyed);
    const store = grid.getStore();
    const sessions = [];
    for (let i = 0; i < store.getCount(); i++) {
      const d = store.getAt(i).data;
      if (String(d.action).trim().toLowerCase() === 'allow' &&
          String(d.session_end_reason).trim().toLowerCase() === 'threat')
        sessions.push({ sessionid: d.sessionid, start: d.start, end: d.receive_time });
    }
    return { rows: store.getCount(), sessions };
  })()`)) as { rows: number; sessions: FlaggedSession[] };
}

export async function measureLookups(page: Page, sim: Simulator): Promise<LookupFigures> {
  sim.clearRequests();
  await gotoTraffic(page, sim); // a fresh page: nothing cached
  await waitForGridLoaded(page);
  const gridDone = Date.now();
  await waitForAnswers(page, 60_000);
  const extMs = Date.now() - gridDone;
  await page.waitForTimeout(300); // anything still on its way is counted too
  const ours = lookupRequests(sim.requests());
  const { rows, sessions } = await flaggedSessions(page);

  sim.clearRequests();
  const naive = await runNaive(sim, sessions);
  const theirs = lookupRequests(sim.requests());
  return {
    rows,
    flagged: sessions.length,
    extJobs: countLogJobs(ours),
    extRequests: ours.length,
    extMs,
    naiveJobs: countLogJobs(theirs),
    naiveRequests: theirs.length,
    naiveMs: naive.wallMs,
    naiveFound: naive.found,
  };
}
