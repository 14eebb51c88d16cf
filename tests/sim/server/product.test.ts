// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { api, tagText, webLogin } from './test-helpers';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const SYSTEM_INFO = { type: 'op', cmd: '<show><system><info/></system></show>' };

async function appPageBoot(s: Simulator): Promise<{ product: string; productFlag: boolean }> {
  const { cookie } = await webLogin(s);
  const page = await (await fetch(`${s.url}/`, { headers: { cookie } })).text();
  const boot = /Pan\.bootConfig = (\{.*?\});/.exec(page)?.[1];
  if (!boot) throw new Error('no boot config on the app page');
  return JSON.parse(boot);
}

describe('the simulator tells Panorama from a firewall only by what real devices show', () => {
  it.each([
    [{}, 'PA-3220'],
    [{ panorama: true }, 'Panorama'],
    [{ panorama: true, model: 'M-200' }, 'M-200'],
  ])('system info with %j answers model %s', async (options, model) => {
    sim = await startSimulator(options);
    const answer = await api(sim, { ...SYSTEM_INFO, key: sim.apiKey });
    expect(tagText(answer.text, 'model')).toBe(model);
  });

  it('has device groups and /config/panorama in a Panorama config, neither on a firewall', async () => {
    const show = (xpath: string) => api(sim, { type: 'config', action: 'show', xpath, key: sim.apiKey });
    const groups = "/config/devices/entry[@name='localhost.localdomain']/device-group";
    sim = await startSimulator({ panorama: true });
    expect((await show(groups)).text).toContain('<entry name="branches">');
    expect((await show('/config/panorama')).text).toMatch(/^<response status="success">/);
    await sim.close();
    sim = await startSimulator();
    expect((await show(groups)).text).toContain('No such node');
    expect((await show('/config/panorama')).text).toContain('No such node');
  });

  it('puts no product flag on the page unless asked to', async () => {
    sim = await startSimulator({ panorama: true });
    expect(await appPageBoot(sim)).toMatchObject({ productFlag: false });
    await sim.close();
    sim = await startSimulator({ panorama: true, productFlag: true });
    expect(await appPageBoot(sim)).toMatchObject({ productFlag: true });
  });
});

describe('device time zone', () => {
  it('shows the same instants as wall-clock times of its own zone', async () => {
    sim = await startSimulator({ panorama: true });
    const utc = sim.scenario.sessions.find((entry) => entry.fields.sessionid === '5020');
    await sim.close();
    sim = await startSimulator({ panorama: true, timeZone: 'Asia/Tokyo' });
    const tokyo = sim.scenario.sessions.find((entry) => entry.fields.sessionid === '5020');
    expect(utc?.fields.receive_time).toBe('2026/11/27 08:29:50');
    expect(tokyo?.fields.receive_time).toBe('2026/11/27 17:29:50');
    expect(tokyo?.fields.start).toBe('2026/11/27 17:29:30');
    expect(tokyo?.fields.serial).toBe(utc?.fields.serial);
    const threat = sim.scenario.contentLogs.threat.find((entry) => entry.fields.sessionid === '5020');
    expect(threat?.fields.time_generated).toMatch(/^2026\/11\/27 17:/);
  });
});
