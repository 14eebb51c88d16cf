// What the Chromium (Playwright) and Firefox (Puppeteer) end-to-end suites do alike to get a
// logged-in tab on the simulator: its pages, login form and the markers the tests wait on, how a
// test counts the UI's log jobs, and starting a simulator with a browser so that neither outlives
// a failed start. Each suite drives the page with its own client (tests/e2e/session.ts,
// tests/e2e-firefox/session.ts); what is read inside the page is in e2e-in-page.ts.

import { type SimOptions, type SimRequest, type Simulator, startSimulator } from '../sim/index';

export const TRAFFIC_HASH = '#monitor::vsys1::monitor/logs/traffic';

/** The simulator's login form and the account it knows. */
export const LOGIN = {
  path: '/php/login.php',
  user: '#user',
  password: '#passwd',
  submit: '#submit',
  account: { user: 'admin', password: 'admin' },
} as const;

/** The page's own grid store reload finished (the simulator marks its log viewer). */
export const GRID_LOADED = '.pan-log-viewer[data-state="done"]';

/**
 * The Threat view's filter box. After a pivot the hash changes first and the page builds the view
 * on the hashchange event that follows: until then the traffic view's filter box is on the page.
 */
export const THREAT_FILTER_BOX = '.pan-log-viewer[data-logtype="threat"] input[name=query]';

/** Distinct log jobs of one log type started on the web UI's log endpoint. */
export function uiLogJobs(
  requests: Pick<SimRequest, 'kind' | 'logType' | 'jobId'>[],
  logType: string,
): number {
  return new Set(requests.filter((r) => r.kind === 'log-data' && r.logType === logType).map((r) => r.jobId))
    .size;
}

/**
 * A simulator (on a free port unless told otherwise) and the browser `launch` starts; when the
 * launch fails, the simulator is closed again before the error goes on.
 */
export async function startWithSimulator<B>(
  simOptions: SimOptions,
  launch: () => Promise<B>,
): Promise<{ sim: Simulator; browser: B }> {
  const sim = await startSimulator({ port: 0, ...simOptions });
  try {
    return { sim, browser: await launch() };
  } catch (error) {
    await sim.close();
    throw error;
  }
}
