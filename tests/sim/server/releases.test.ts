// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { RELEASES } from './releases';
import { startSimulator } from './server';
import { api, formLogin, pollUntilFin, tagText, webLogin } from './test-helpers';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

async function firstEntry(logType: string): Promise<{ xml: string; running: string }> {
  const params = { type: 'log', 'log-type': logType, nlogs: '1', key: sim.apiKey };
  const jobId = tagText((await api(sim, params)).text, 'job') ?? '';
  const get = async () =>
    (await api(sim, { type: 'log', action: 'get', 'job-id': jobId, key: sim.apiKey })).text;
  const running = tagText(await get(), 'status') ?? '';
  return { xml: await pollUntilFin(get), running };
}

describe('release profiles', () => {
  it('default to 11.1: Panos.direct, SHA-256, _csrf, staticMOTD, 10.x entries, RUN', async () => {
    sim = await startSimulator();
    const login = await webLogin(sim);
    const page = await (await fetch(`${sim.url}/`, { headers: { cookie: login.cookie } })).text();
    expect(page).toContain('"rpcGlobals":["Panos.direct"]');
    expect(page).toContain('Pan.staticMOTD = "";');
    const { xml, running } = await firstEntry('traffic');
    expect(running).toBe('RUN');
    expect(xml).toContain('<job><tenq/><tdeq/><tlast/><id>');
    expect(tagText(xml, 'type')).toBe('TRAFFIC');
    for (const field of ['time_received', 'action_source', 'vsys_id', 'dg_hier_level_1', 'dg_hier_level_4']) {
      expect(tagText(xml, field), field).toBeDefined();
    }
    expect(tagText(xml, 'time_received')).toBe(tagText(xml, 'receive_time'));
    // The same wall clock as the log times, with the device's zone (UTC by default).
    const received = (tagText(xml, 'time_generated') ?? '').replace(/\//g, '-').replace(' ', 'T');
    expect(tagText(xml, 'high_res_timestamp')).toBe(`${received}.000+00:00`);
    expect(tagText(xml, 'vsys_id')).toBe('1');
    const info = (
      await api(sim, { type: 'op', cmd: '<show><system><info/></system></show>', key: sim.apiKey })
    ).text;
    expect(tagText(info, 'sw-version')).toBe('11.1.4');
  });

  it('8.1: PanDirect and Pan.direct, MD5, no _csrf or staticMOTD, lowercase type, ACT', async () => {
    sim = await startSimulator({ panos: '8.1' });
    const form = await (await fetch(`${sim.url}/php/login.php`)).text();
    expect(form).not.toContain('_csrf');
    const login = await webLogin(sim);
    const page = await (await fetch(`${sim.url}/`, { headers: { cookie: login.cookie } })).text();
    expect(page).toContain('"rpcGlobals":["PanDirect","Pan.direct"]');
    expect(page).toContain('"tokenAlgo":"md5"');
    expect(page).not.toContain('staticMOTD');
    const { xml, running } = await firstEntry('threat');
    expect(running).toBe('ACT');
    expect(tagText(xml, 'type')).toBe('threat');
    expect(xml).not.toContain('time_received');
    expect(xml).not.toContain('<tenq');
  });

  it('10.1: Pan.direct only, MD5 with the login form _csrf', async () => {
    sim = await startSimulator({ panos: '10.1' });
    expect(RELEASES['10.1']).toMatchObject({ tokenAlgo: 'md5', loginCsrf: true, rpcGlobals: ['Pan.direct'] });
    const login = await webLogin(sim);
    const page = await (await fetch(`${sim.url}/`, { headers: { cookie: login.cookie } })).text();
    expect(page).toContain('"rpcGlobals":["Pan.direct"]');
    expect(page).toContain('"tokenAlgo":"md5"');
  });

  it('a login without the form _csrf (or with a used one) is refused on 10.1 and later', async () => {
    sim = await startSimulator();
    const form = await (await fetch(`${sim.url}/php/login.php`)).text();
    const csrf = /name="_csrf" value="([^"]+)"/.exec(form)?.[1] ?? '';
    expect(csrf).toMatch(/^[0-9a-f]{32}$/);
    const post = (body: Record<string, string>) =>
      fetch(`${sim.url}/php/login.php`, {
        method: 'POST',
        body: new URLSearchParams(body),
        redirect: 'manual',
      });
    const without = await post({ user: 'admin', passwd: 'admin' });
    expect(without.status).toBe(200);
    expect(await without.text()).toContain('login form expired');
    expect((await post({ user: 'admin', passwd: 'admin', _csrf: csrf })).status).toBe(302);
    expect((await post({ user: 'admin', passwd: 'admin', _csrf: csrf })).status).toBe(200);
    expect((await formLogin(sim)).status).toBe(302);
  });

  it('a role without XML API log or config access gets 403 "Type [x] not authorized for user role"', async () => {
    sim = await startSimulator({ apiRoleDenies: ['log', 'config'] });
    const log = await api(sim, { type: 'log', 'log-type': 'threat', key: sim.apiKey });
    expect(log).toEqual({
      status: 403,
      text: "<response status = 'error' code = '403'><result><msg>Type [log] not authorized for user role</msg></result></response>",
    });
    const config = await api(sim, {
      type: 'config',
      action: 'show',
      xpath: '/config/shared',
      key: sim.apiKey,
    });
    expect(config.status).toBe(403);
    expect(config.text).toContain('Type [config] not authorized for user role');
    // Other request types, and a wrong key, answer as before.
    expect((await api(sim, { type: 'op', cmd: '<show><clock/></show>', key: sim.apiKey })).status).toBe(200);
    expect((await api(sim, { type: 'log', 'log-type': 'threat', key: 'wrong' })).text).toContain(
      'Invalid Credential',
    );
  });
});
