// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { api, direct, pollUntilFin, rpcMessage, tagText, type WebLogin, webLogin } from './test-helpers';
import type { SimOptions, Simulator } from './types';

let sim: Simulator;
let login: WebLogin;
afterEach(async () => {
  await sim.close();
});

async function start(options: SimOptions = {}) {
  sim = await startSimulator(options);
  login = await webLogin(sim);
}

const logData = (params: Record<string, string>) =>
  fetch(`${sim.url}/php/monitor/log.data.xml.php?${new URLSearchParams(params)}`, {
    headers: { cookie: login.cookie },
    redirect: 'manual',
  });

async function pollStatuses(jobId: string, polls: number): Promise<string[]> {
  const statuses: string[] = [];
  for (let i = 0; i < polls; i++)
    statuses.push(tagText(await (await logData({ jobid: jobId })).text(), 'status') ?? '');
  return statuses;
}

describe('fault switches', () => {
  it('jobPollsToFinish sets how many polls report ACT (8.1) or RUN (10.x)', async () => {
    await start({ panos: '8.1', faults: { jobPollsToFinish: 0 } });
    const jobId = tagText(await (await logData({ logtype: 'traffic' })).text(), 'job') ?? '';
    expect(await pollStatuses(jobId, 1)).toEqual(['FIN']);
    sim.setFaults({ jobPollsToFinish: 3 });
    const next = tagText(await (await logData({ logtype: 'traffic' })).text(), 'job') ?? '';
    expect(await pollStatuses(next, 4)).toEqual(['ACT', 'ACT', 'ACT', 'FIN']);
    await sim.close();
    await start({ faults: { jobPollsToFinish: 1 } });
    const newest = tagText(await (await logData({ logtype: 'traffic' })).text(), 'job') ?? '';
    expect(await pollStatuses(newest, 2)).toEqual(['RUN', 'FIN']);
  });

  it('jobNeverFinishes keeps log jobs ACT on every endpoint', async () => {
    await start({ panos: '8.1', tokenAlgo: 'sha256', faults: { jobNeverFinishes: true } });
    const jobId = tagText(await (await logData({ logtype: 'traffic' })).text(), 'job') ?? '';
    expect(await pollStatuses(jobId, 5)).toEqual(['ACT', 'ACT', 'ACT', 'ACT', 'ACT']);
    const apiJob =
      tagText((await api(sim, { type: 'log', 'log-type': 'threat', key: sim.apiKey })).text, 'job') ?? '';
    for (let i = 0; i < 4; i++) {
      const xml = (await api(sim, { type: 'log', action: 'get', 'job-id': apiJob, key: sim.apiKey })).text;
      expect(tagText(xml, 'status')).toBe('ACT');
    }
    const anchor = sim.scenario.sessions[0]?.logid ?? '';
    const jobs = (
      await direct(sim, login, 'MonitorDirect.enqueueRelatedLogRequest', [{ logtype: 'traffic', anchor }])
    ).result as string[];
    for (let i = 0; i < 4; i++) {
      const poll = await direct(sim, login, 'MonitorDirect.pollLogRequest', [jobs[1], { logtype: 'detail' }]);
      expect(tagText(String(poll.result), 'status')).toBe('ACT');
    }
  });

  it('http500 answers 500 for one endpoint kind only', async () => {
    await start({ faults: { http500: { 'log-data': true } } });
    expect((await logData({ logtype: 'traffic' })).status).toBe(500);
    expect((await api(sim, { type: 'op', cmd: '<show><clock/></show>', key: sim.apiKey })).status).toBe(200);
    sim.resetFaults();
    expect((await logData({ logtype: 'traffic' })).status).toBe(200);
  });

  it('failLogTypes answers 500 to every query of those log types, on every path', async () => {
    await start();
    // Jobs enqueued before the switch: their polls fail too.
    const uiJob = tagText(await (await logData({ logtype: 'threat' })).text(), 'job') ?? '';
    const anchor = sim.scenario.sessions[0]?.logid ?? '';
    const related = (
      await direct(sim, login, 'MonitorDirect.enqueueRelatedLogRequest', [{ logtype: 'traffic', anchor }])
    ).result as string[];
    sim.setFaults({ failLogTypes: ['threat'] });
    expect((await logData({ logtype: 'threat' })).status).toBe(500);
    expect((await logData({ jobid: uiJob })).status).toBe(500);
    expect((await logData({ logtype: 'traffic' })).status).toBe(200);
    expect((await api(sim, { type: 'log', 'log-type': 'threat', key: sim.apiKey })).status).toBe(500);
    expect((await api(sim, { type: 'log', 'log-type': 'url', key: sim.apiKey })).status).toBe(200);
    const relatedCall = () =>
      fetch(`${sim.url}/php/utils/router.php`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: login.cookie },
        body: JSON.stringify(
          rpcMessage(login, 'MonitorDirect.enqueueRelatedLogRequest', [{ logtype: 'traffic', anchor }]),
        ),
      });
    expect((await relatedCall()).status).toBe(500);
    const poll = rpcMessage(login, 'MonitorDirect.pollLogRequest', [related[1], { logtype: 'detail' }]);
    const polled = await fetch(`${sim.url}/php/utils/router.php`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: login.cookie },
      body: JSON.stringify(poll),
    });
    expect(polled.status).toBe(500);
    expect(
      sim
        .requests()
        .filter((r) => r.status === 500)
        .every((r) => r.logType === 'threat'),
    ).toBe(true);
    // Over HTTP too, and a reset lifts it.
    await fetch(`${sim.url}/__sim/faults/reset`, { method: 'POST' });
    expect((await logData({ logtype: 'threat' })).status).toBe(200);
    await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ failLogTypes: ['url'] }),
    });
    expect((await api(sim, { type: 'log', 'log-type': 'url', key: sim.apiKey })).status).toBe(500);
    expect((await relatedCall()).status).toBe(500);
    const bad = await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ failLogTypes: 'threat' }),
    });
    expect(bad.status).toBe(400);
  });

  it('malformedXml cuts the body in half', async () => {
    await start({ faults: { malformedXml: { api: true } } });
    const answer = await api(sim, { type: 'log', 'log-type': 'threat', key: sim.apiKey });
    expect(answer.status).toBe(200);
    expect(answer.text.startsWith('<response status="success">')).toBe(true);
    expect(answer.text.endsWith('</response>')).toBe(false);
  });

  it('latencyMs delays one endpoint kind', async () => {
    await start({ faults: { latencyMs: { api: 150 } } });
    const before = Date.now();
    await api(sim, { type: 'op', cmd: '<show><clock/></show>', key: sim.apiKey });
    expect(Date.now() - before).toBeGreaterThanOrEqual(140);
  });

  it('directException fails all Direct calls, or the listed methods only', async () => {
    await start({ faults: { directException: ['pollLogRequest'] } });
    expect((await direct(sim, login, 'MonitorDirect.pollLogRequest', ['1', {}])).type).toBe('exception');
    expect((await direct(sim, login, 'MonitorDirect.clearQueryAllBySession')).type).toBe('rpc');
    sim.setFaults({ directException: true });
    expect((await direct(sim, login, 'MonitorDirect.clearQueryAllBySession')).type).toBe('exception');
  });

  it('expireAfterRequests ends the session after N more authenticated requests', async () => {
    await start();
    sim.setFaults({ expireAfterRequests: 2 });
    expect((await logData({ logtype: 'traffic' })).status).toBe(200);
    expect((await logData({ logtype: 'traffic' })).status).toBe(200);
    const third = await logData({ logtype: 'traffic' });
    expect(third.status).toBe(302);
    expect(third.headers.get('location')).toBe('/php/login.php');
    const answer = await direct(sim, login, 'MonitorDirect.clearQueryAllBySession');
    expect(answer.message).toMatch(/^unauthorized/);
  });
});

describe('switches for what the reference leaves open (issue: inconclusive is not an answer)', () => {
  const finished = (jobId: string) =>
    pollUntilFin(async () => await (await logData({ jobid: jobId })).text());
  const jobOf = async (params: Record<string, string>) =>
    tagText(await (await logData(params)).text(), 'job') ?? '';
  const sessionIds = (xml: string) => [...xml.matchAll(/<sessionid>([^<]*)<\/sessionid>/g)].map((m) => m[1]);

  it('logStoreIgnoresQuery: the newest entries come back whatever the filter', async () => {
    await start({ faults: { jobPollsToFinish: 0 } });
    const query = '(sessionid eq 184522)';
    const filtered = sessionIds(await finished(await jobOf({ logtype: 'threat', query, limit: '50' })));
    expect(new Set(filtered)).toEqual(new Set(['184522']));
    sim.setFaults({ logStoreIgnoresQuery: true });
    const ignored = sessionIds(await finished(await jobOf({ logtype: 'threat', query, limit: '50' })));
    expect(ignored.length).toBeGreaterThan(1);
    expect(ignored.some((id) => id !== '184522')).toBe(true);
  });

  it('logStoreMaxLimit: a page size above it is refused with an error answer', async () => {
    await start({ faults: { logStoreMaxLimit: 20 } });
    expect(await (await logData({ logtype: 'threat', limit: '100' })).text()).toContain('status="error"');
    expect(await jobOf({ logtype: 'threat', limit: '20' })).toMatch(/^\d+$/);
  });

  it('relatedLogNeedsResponseText: no content job unless the page XML holds the anchor', async () => {
    await start({ faults: { relatedLogNeedsResponseText: true } });
    const anchor = sim.scenario.sessions[0]?.logid ?? '';
    const enqueue = async (responseText: string) =>
      (
        await direct(sim, login, 'MonitorDirect.enqueueRelatedLogRequest', [
          { logtype: 'traffic', anchor, responseText },
        ])
      ).result as string[];
    expect(await enqueue('')).toHaveLength(1);
    expect(
      await enqueue('<response><result><log><logs><entry logid="1"/></logs></log></result></response>'),
    ).toHaveLength(1);
    const page = `<response status="success"><result><log><logs count="1"><entry logid="${anchor}"><sessionid>1</sessionid></entry></logs></log></result></response>`;
    expect(await enqueue(page)).toHaveLength(2);
  });

  it('GET /__sim/faults tells the page scripts the current switches', async () => {
    await start({ faults: { logStoreNeverCallsBack: true } });
    const faults = (await (await fetch(`${sim.url}/__sim/faults`)).json()) as Record<string, unknown>;
    expect(faults.logStoreNeverCallsBack).toBe(true);
    await fetch(`${sim.url}/__sim/faults`, {
      method: 'POST',
      body: JSON.stringify({ logStoreNeverCallsBack: false }),
    });
    expect(
      ((await (await fetch(`${sim.url}/__sim/faults`)).json()) as Record<string, unknown>)
        .logStoreNeverCallsBack,
    ).toBe(false);
  });
});

describe('request log and control endpoint', () => {
  it('records each request with its details, but not control requests', async () => {
    await start();
    sim.clearRequests();
    await logData({ logtype: 'threat', query: '(sessionid eq 1)' });
    await direct(sim, login, 'MonitorDirect.clearQueryAllBySession');
    await fetch(`${sim.url}/__sim/requests`);
    const log = sim.requests();
    expect(log.map((r) => r.kind)).toEqual(['log-data', 'direct']);
    expect(log[0]).toMatchObject({
      method: 'GET',
      status: 200,
      logType: 'threat',
      query: '(sessionid eq 1)',
    });
    expect(log[0]?.jobId).toMatch(/^\d+$/);
    expect(log[1]).toMatchObject({ method: 'POST', directMethod: 'MonitorDirect.clearQueryAllBySession' });
  });

  it('sets and resets faults, clears the log and expires sessions over HTTP', async () => {
    await start();
    const post = (path: string, body?: unknown) =>
      fetch(`${sim.url}${path}`, {
        method: 'POST',
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    expect((await post('/__sim/faults', { http500: { api: true } })).status).toBe(200);
    expect((await api(sim, { type: 'op', cmd: '<show><clock/></show>', key: sim.apiKey })).status).toBe(500);
    await post('/__sim/faults/reset');
    expect((await api(sim, { type: 'op', cmd: '<show><clock/></show>', key: sim.apiKey })).status).toBe(200);
    const requests = (await (await fetch(`${sim.url}/__sim/requests`)).json()) as { kind: string }[];
    // The login form is fetched (for its _csrf) and posted, then the app page is read.
    expect(requests.map((r) => r.kind)).toEqual(['login', 'login', 'page', 'api', 'api']);
    await post('/__sim/requests/clear');
    expect(sim.requests()).toEqual([]);
    await post('/__sim/expire-sessions');
    expect((await logData({ logtype: 'traffic' })).status).toBe(302);
    expect((await post('/__sim/faults', 'not an object')).status).toBe(400);
  });
});
