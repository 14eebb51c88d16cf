// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { directToken } from './direct-route';
import { startSimulator } from './server';
import {
  type DirectAnswer,
  direct,
  postDirect,
  rpcMessage,
  tagText,
  type WebLogin,
  webLogin,
} from './test-helpers';
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

function trafficLogid(sessionid: string, receiveTime: string): string {
  const entry = sim.scenario.sessions.find(
    (e) => e.fields.sessionid === sessionid && e.fields.receive_time === receiveTime,
  );
  if (!entry) throw new Error(`no traffic log ${sessionid} at ${receiveTime}`);
  return entry.logid;
}

async function pollFin(jobId: string): Promise<string> {
  for (let i = 0; i < 5; i++) {
    const answer = await direct(sim, login, 'MonitorDirect.pollLogRequest', [jobId, { logtype: 'detail' }]);
    const xml = String(answer.result);
    if (tagText(xml, 'status') === 'FIN') return xml;
  }
  throw new Error('related job never finished');
}

async function relatedThreats(anchor: string): Promise<Record<string, string>[]> {
  const enqueued = await direct(sim, login, 'MonitorDirect.enqueueRelatedLogRequest', [
    { logtype: 'traffic', anchor, responseText: '' },
  ]);
  const [, contentJob] = enqueued.result as string[];
  const xml = await pollFin(contentJob ?? '');
  const rows = await direct(sim, login, 'MonitorDirect.retrieveJSONLog', [xml]);
  return rows.result as Record<string, string>[];
}

const profiles = async (args: Record<string, string>) =>
  (await direct(sim, login, 'MonitorDirect.getThreatExceptionProfiles', [args])).result as {
    name: string;
    location: string;
    current: boolean;
  }[];
const current = async (args: Record<string, string>) =>
  (await profiles(args)).filter((p) => p.current).map((p) => `${p.location}/${p.name}`);

describe('Ext.Direct router: envelope and token', () => {
  it('answers an rpc with the Direct envelope', async () => {
    await start();
    const message = rpcMessage(login, 'MonitorDirect.clearQueryAllBySession', []);
    expect(await postDirect(sim, login, message)).toEqual({
      type: 'rpc',
      tid: message.tid,
      action: 'PanDirect',
      method: 'run',
      result: true,
    });
  });

  it('refuses a bad token with "invalid token"', async () => {
    await start();
    const message = { ...rpcMessage(login, 'MonitorDirect.clearQueryAllBySession', []), ___token: 'f00' };
    const answer = await postDirect(sim, login, message);
    expect(answer).toMatchObject({ type: 'exception', tid: message.tid, message: 'invalid token' });
  });

  it('uses MD5 when playing an older release', async () => {
    await start({ tokenAlgo: 'md5' });
    const sha = rpcMessage(login, 'MonitorDirect.clearQueryAllBySession', []);
    expect((await postDirect(sim, login, sha)).message).toBe('invalid token');
    const md5 = { ...sha, ___token: directToken('md5', login.seed, sha.___tid) };
    expect(md5.___token).toMatch(/^[0-9a-f]{32}$/);
    expect((await postDirect(sim, login, md5)).result).toBe(true);
  });

  it('answers a batch with an array and logs every method', async () => {
    await start();
    const batch = [
      rpcMessage(login, 'MonitorDirect.clearQueryAllBySession', []),
      rpcMessage(login, 'MonitorDirect.getThreatDetail', ['38195']),
    ];
    const answers = (await postDirect(sim, login, batch)) as unknown as DirectAnswer[];
    expect(answers.map((a) => a.tid)).toEqual(batch.map((m) => m.tid));
    expect(sim.requests().at(-1)?.directMethod).toBe(
      'MonitorDirect.clearQueryAllBySession,MonitorDirect.getThreatDetail',
    );
  });

  it('accepts the /router.php/<Class.method> path and refuses unknown methods', async () => {
    await start();
    const response = await fetch(`${sim.url}/php/utils/router.php/MonitorDirect.nope`, {
      method: 'POST',
      headers: { cookie: login.cookie, 'content-type': 'application/json' },
      body: JSON.stringify(rpcMessage(login, 'MonitorDirect.nope', [])),
    });
    expect(await response.json()).toMatchObject({
      type: 'exception',
      message: 'Unknown method MonitorDirect.nope',
    });
  });
});

describe('MonitorDirect methods', () => {
  it('relates a traffic log to its threat entries (alert, then the block)', async () => {
    await start();
    const rows = await relatedThreats(trafficLogid('184522', '2026/11/27 08:10:00'));
    expect(rows.map((r) => r.action)).toEqual(['reset-both', 'alert']);
    expect(rows[0]).toMatchObject({
      sessionid: '184522',
      subtype: 'vulnerability',
      threatid: 'Apache Struts2 Jakarta Multipart Parser Remote Code Execution Vulnerability(33161)',
      rule: 'allow-web',
    });
    expect(rows[0]?.['@logid']).toMatch(/^\d+$/);
  });

  it('gives the anchor on the traffic job', async () => {
    await start();
    const anchor = trafficLogid('184524', '2026/11/27 08:20:00');
    const enqueued = await direct(sim, login, 'MonitorDirect.enqueueRelatedLogRequest', [
      { logtype: 'traffic', anchor, responseText: '' },
    ]);
    const [trafficJob] = enqueued.result as string[];
    expect(await pollFin(trafficJob ?? '')).toContain(`<entry logid="${anchor}">`);
  });

  it('does not relate a recycled session id outside the time window', async () => {
    await start();
    expect(await relatedThreats(trafficLogid('184522', '2026/11/27 10:30:00'))).toEqual([]);
    const rows = await relatedThreats(trafficLogid('184523', '2026/11/27 08:15:00'));
    expect(rows.map((r) => r.threatid)).toEqual(['SQL Injection Attempt(38195)']);
  });

  it('names the current profile: group, individual profiles, predefined, pushed', async () => {
    await start();
    const list = await profiles({ vsys: 'vsys1', rule: 'allow-web', subtype: 'vulnerability', tid: '33161' });
    expect(list.map((p) => `${p.location}/${p.name}`)).toEqual([
      'vsys1/strict-vp',
      'panorama/pano-strict-vp',
      'shared/dns-vp',
      'predefined/default',
      'predefined/strict',
    ]);
    expect(await current({ vsys: 'vsys1', rule: 'allow-web', subtype: 'vulnerability' })).toEqual([
      'vsys1/strict-vp',
    ]);
    expect(await current({ vsys: 'vsys1', rule: 'allow-web', subtype: 'ml-virus' })).toEqual([
      'predefined/default',
    ]);
    expect(await current({ vsys: 'vsys1', rule: 'allow-web', subtype: 'file' })).toEqual([
      'predefined/basic file blocking',
    ]);
    expect(await current({ vsys: 'vsys1', rule: 'allow-dns', subtype: 'vulnerability' })).toEqual([
      'shared/dns-vp',
    ]);
    expect(await current({ vsys: 'vsys1', rule: 'allow-legacy', subtype: 'vulnerability' })).toEqual([]);
    expect(await profiles({ vsys: 'vsys1', rule: 'allow-legacy', subtype: 'flood' })).toEqual([]);
    expect(await current({ vsys: 'vsys1', rule: 'pano-allow-saas', subtype: 'vulnerability' })).toEqual([
      'panorama/pano-strict-vp',
    ]);
    expect(await current({ vsys: 'vsys1', rule: 'pano-allow-saas', subtype: 'spyware' })).toEqual([
      'predefined/strict',
    ]);
  });

  it('resolves vsys -> shared, with a vsys-local profile shadowing a shared one', async () => {
    await start({ scenario: 'multi-vsys' });
    expect(await current({ vsys: 'vsys1', rule: 'corp-web', subtype: 'vulnerability' })).toEqual([
      'shared/strict-vp',
    ]);
    expect(await current({ vsys: 'vsys2', rule: 'lab-web', subtype: 'vulnerability' })).toEqual([
      'shared/strict-vp',
    ]);
    expect(await current({ vsys: 'vsys2', rule: 'lab-direct', subtype: 'vulnerability' })).toEqual([
      'vsys2/strict-vp',
    ]);
    expect(await current({ vsys: 'vsys2', rule: 'lab-direct', subtype: 'spyware' })).toEqual([
      'vsys2/lab-as',
    ]);
  });

  it('resolves device group -> ancestors -> shared on Panorama', async () => {
    await start({ panorama: true });
    const east = { location: 'branch-east' };
    expect(await current({ ...east, rule: 'allow-branch-web', subtype: 'vulnerability' })).toEqual([
      'branches/branch-vp',
    ]);
    expect(await current({ ...east, rule: 'allow-branch-web', subtype: 'spyware' })).toEqual([
      'shared/corp-as',
    ]);
    expect(await current({ ...east, rule: 'allow-east-dns', subtype: 'vulnerability' })).toEqual([
      'branch-east/corp-vp',
    ]);
    expect(await current({ ...east, rule: 'shared-allow-saas', subtype: 'vulnerability' })).toEqual([
      'shared/corp-vp',
    ]);
    expect(await current({ location: '', rule: 'allow-east-dns', subtype: 'spyware' })).toEqual([
      'branch-east/east-as',
    ]);
  });

  it('describes a threat, and refuses an unknown one', async () => {
    await start();
    const detail = await direct(sim, login, 'MonitorDirect.getThreatDetail', ['38195']);
    expect(detail.result).toMatchObject({ name: 'SQL Injection Attempt', cve: ['CVE-2026-8195'] });
    expect((await direct(sim, login, 'MonitorDirect.getThreatDetail', ['1'])).type).toBe('exception');
  });
});
