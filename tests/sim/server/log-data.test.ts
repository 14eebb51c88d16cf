// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { countEntries, pollUntilFin, tagText, type WebLogin, webLogin } from './test-helpers';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

async function logData(login: WebLogin, params: Record<string, string>): Promise<string> {
  const response = await fetch(`${sim.url}/php/monitor/log.data.xml.php`, {
    method: 'POST',
    headers: { cookie: login.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(params),
  });
  expect(response.status).toBe(200);
  return response.text();
}

async function query(login: WebLogin, params: Record<string, string>): Promise<string> {
  const enqueued = await logData(login, params);
  const jobId = tagText(enqueued, 'job') ?? '';
  return pollUntilFin(() => logData(login, { jobid: jobId }));
}

describe('log.data.xml.php', () => {
  it('enqueues, reports ACT for two polls, then FIN with entries (8.1)', async () => {
    sim = await startSimulator({ panos: '8.1' });
    const login = await webLogin(sim);
    const enqueued = await logData(login, {
      logtype: 'traffic',
      dir: 'bkwd',
      databases: 'traffic',
      start: '0',
      limit: '20',
    });
    expect(enqueued).toMatch(/^<response status="success"><result><job>\d+<\/job><\/result><\/response>$/);
    const jobId = tagText(enqueued, 'job') ?? '';
    const first = await logData(login, { jobid: jobId });
    expect(first).toBe(
      `<response status="success"><result><job><id>${jobId}</id><status>ACT</status></job><log><logs count="0" progress="33"/></log></result></response>`,
    );
    expect(tagText(await logData(login, { jobid: jobId }), 'status')).toBe('ACT');
    const fin = await logData(login, { jobid: jobId });
    expect(tagText(fin, 'status')).toBe('FIN');
    expect(fin).toContain('<logs count="20" progress="100">');
    expect(countEntries(fin)).toBe(20);
  });

  it('pages newest first for dir=bkwd, oldest first for fwd', async () => {
    sim = await startSimulator();
    const login = await webLogin(sim);
    const times = (xml: string) => [...xml.matchAll(/<receive_time>([^<]*)</g)].map((m) => m[1] ?? '');
    const page1 = times(await query(login, { logtype: 'traffic', dir: 'bkwd', start: '0', limit: '20' }));
    const page2 = times(await query(login, { logtype: 'traffic', dir: 'bkwd', start: '20', limit: '20' }));
    expect(page1).toEqual([...page1].sort().reverse());
    expect((page1.at(-1) ?? '') >= (page2[0] ?? '')).toBe(true);
    const fwd = times(await query(login, { logtype: 'traffic', dir: 'fwd', start: '0', limit: '100' }));
    expect(fwd).toHaveLength(100);
    expect(fwd).toEqual([...fwd].sort());
  });

  it('filters with the Monitor syntax, threat log included', async () => {
    sim = await startSimulator();
    const login = await webLogin(sim);
    const traffic = await query(login, {
      logtype: 'traffic',
      query: '(action eq allow) and (session_end_reason eq threat)',
      limit: '100',
    });
    expect(countEntries(traffic)).toBeGreaterThan(20);
    const threats = await query(login, { logtype: 'threat', query: '(sessionid eq 184522)', limit: '100' });
    expect(countEntries(threats)).toBe(2);
    expect(threats).toContain('<threatid>HTTP Directory Traversal (Request)(30844)</threatid>');
  });

  it('answers a bad filter with an error, not a crash', async () => {
    sim = await startSimulator();
    const login = await webLogin(sim);
    const xml = await logData(login, { logtype: 'traffic', query: '(sessionid eq' });
    expect(xml).toMatch(/^<response status="error"><msg><line>Invalid [^<]*<\/line><\/msg><\/response>$/);
  });

  it("on Panorama, gives both firewalls' entries for a reused session id, with serial and device_name", async () => {
    sim = await startSimulator({ panorama: true });
    const login = await webLogin(sim);
    const xml = await query(login, { logtype: 'threat', query: '(sessionid eq 5001)' });
    expect(countEntries(xml)).toBe(2);
    expect(xml).toContain('<serial>013201000001</serial><device_name>fw-east-1</device_name>');
    expect(xml).toContain('<serial>013201000002</serial><device_name>fw-east-2</device_name>');
  });
});
