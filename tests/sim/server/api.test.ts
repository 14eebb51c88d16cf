// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { INVALID_CREDENTIAL_XML } from './api-auth';
import { startSimulator } from './server';
import { api, countEntries, pollUntilFin, tagText, webLogin } from './test-helpers';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

const FW = "/config/devices/entry[@name='localhost.localdomain']";
const VSYS1 = `${FW}/vsys/entry[@name='vsys1']`;

describe('/api/ authentication', () => {
  it('makes a key with keygen and accepts it as key=, X-PAN-KEY and HTTP Basic', async () => {
    sim = await startSimulator();
    const keygen = await api(sim, { type: 'keygen', user: 'admin', password: 'admin' });
    expect(keygen.text).toBe(
      `<response status="success"><result><key>${sim.apiKey}</key></result></response>`,
    );
    const clock = { type: 'op', cmd: '<show><clock></clock></show>' };
    expect((await api(sim, { ...clock, key: sim.apiKey })).text).toMatch(
      /^<response status="success"><result>/,
    );
    expect((await api(sim, clock, { 'X-PAN-KEY': sim.apiKey })).status).toBe(200);
    const basic = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
    expect((await api(sim, clock, { authorization: basic })).status).toBe(200);
  });

  it('refuses bad or missing credentials with the exact 403 body', async () => {
    sim = await startSimulator();
    for (const attempt of [
      api(sim, { type: 'keygen', user: 'admin', password: 'x' }),
      api(sim, { type: 'op', cmd: '<show><clock/></show>', key: 'nope' }),
      api(sim, { type: 'op', cmd: '<show><clock/></show>' }),
    ]) {
      const answer = await attempt;
      expect(answer.status).toBe(403);
      expect(answer.text).toBe(INVALID_CREDENTIAL_XML);
    }
    expect(INVALID_CREDENTIAL_XML).toBe(
      "<response status = 'error' code = '403'><result><msg>Invalid Credential</msg></result></response>",
    );
  });

  it('ignores the session cookie unless told otherwise', async () => {
    sim = await startSimulator();
    const { cookie } = await webLogin(sim);
    expect((await api(sim, { type: 'op', cmd: '<show><clock/></show>' }, { cookie })).status).toBe(403);
  });

  it('with cookie auth on, accepts a live session and answers code 22 for an expired one', async () => {
    sim = await startSimulator({ apiAcceptsSessionCookie: true });
    const { cookie } = await webLogin(sim);
    const clock = { type: 'op', cmd: '<show><clock/></show>' };
    expect((await api(sim, clock, { cookie })).status).toBe(200);
    sim.expireSessions();
    const expired = await api(sim, clock, { cookie });
    expect(expired.text).toBe(
      '<response status="unauth" code="22"><msg><line>Session timed out</line></msg></response>',
    );
  });
});

describe('/api/ logs', () => {
  it('enqueues, polls to FIN, and gives one entry per match', async () => {
    sim = await startSimulator();
    const key = sim.apiKey;
    const enqueued = await api(sim, {
      type: 'log',
      'log-type': 'threat',
      query: '(sessionid eq 184523)',
      nlogs: '20',
      key,
    });
    const jobId = tagText(enqueued.text, 'job') ?? '';
    expect(enqueued.text).toBe(
      `<response status="success"><result><msg><line>query job enqueued with jobid ${jobId}</line></msg><job>${jobId}</job></result></response>`,
    );
    const fin = await pollUntilFin(
      async () => (await api(sim, { type: 'log', action: 'get', 'job-id': jobId, key })).text,
    );
    // The recycled id: one entry for the live session, one from an older session.
    expect(countEntries(fin)).toBe(2);
    expect(fin).toContain('<logs count="2" progress="100"><entry logid="');
  });

  it('answers no match with <logs count="0" progress="100"/>', async () => {
    sim = await startSimulator();
    const key = sim.apiKey;
    const enqueued = await api(sim, { type: 'log', 'log-type': 'threat', query: '(sessionid eq 1)', key });
    const jobId = tagText(enqueued.text, 'job') ?? '';
    const fin = await pollUntilFin(
      async () => (await api(sim, { type: 'log', action: 'get', 'job-id': jobId, key })).text,
    );
    expect(fin).toContain('<log><logs count="0" progress="100"/></log>');
  });

  it('finishes (abandons) a job and records it', async () => {
    sim = await startSimulator();
    const key = sim.apiKey;
    const jobId = tagText((await api(sim, { type: 'log', 'log-type': 'traffic', key })).text, 'job') ?? '';
    const finish = await api(sim, { type: 'log', action: 'finish', 'job-id': jobId, key });
    expect(finish.text).toMatch(/^<response status="success">/);
    expect(
      sim
        .requests()
        .filter((r) => r.apiAction === 'finish')
        .map((r) => r.jobId),
    ).toEqual([jobId]);
    expect((await api(sim, { type: 'log', action: 'get', 'job-id': jobId, key })).text).toMatch(
      /status="error"/,
    );
  });

  it('answers a bad query with an error and records the query', async () => {
    sim = await startSimulator();
    const answer = await api(sim, {
      type: 'log',
      'log-type': 'threat',
      query: '(bogus eq 1)',
      key: sim.apiKey,
    });
    expect(answer.text).toBe(
      `<response status="error"><msg><line>Invalid term near 'bogus'</line></msg></response>`,
    );
    expect(sim.requests().at(-1)).toMatchObject({
      kind: 'api',
      apiType: 'log',
      logType: 'threat',
      query: '(bogus eq 1)',
    });
  });
});

describe('/api/ config', () => {
  it('shows a rule with its profile group', async () => {
    sim = await startSimulator();
    const xpath = `${VSYS1}/rulebase/security/rules/entry[@name='allow-web']`;
    const answer = await api(sim, { type: 'config', action: 'show', xpath, key: sim.apiKey });
    expect(answer.text).toBe(
      '<response status="success"><result><entry name="allow-web" uuid="5f0c7a31-2b8e-4e7c-9f51-1a2b3c4d5e6f">' +
        '<from><member>trust</member></from><to><member>untrust</member></to><source><member>any</member></source>' +
        '<destination><member>any</member></destination><application><member>web-browsing</member><member>ssl</member></application>' +
        '<service><member>application-default</member></service><action>allow</action>' +
        '<profile-setting><group><member>corp-default</member></group></profile-setting></entry></result></response>',
    );
  });

  it('shows profile groups, individual profiles, shared objects and rules without profile-setting', async () => {
    sim = await startSimulator();
    const show = async (xpath: string) =>
      (await api(sim, { type: 'config', action: 'show', xpath, key: sim.apiKey })).text;
    expect(await show(`${VSYS1}/profile-group/entry[@name='corp-default']`)).toContain(
      '<vulnerability><member>strict-vp</member></vulnerability>',
    );
    expect(await show(`${VSYS1}/rulebase/security/rules/entry[@name="allow-dns"]`)).toContain(
      '<profiles><virus><member>default</member></virus><spyware><member>dns-as</member></spyware>',
    );
    expect(await show(`${VSYS1}/rulebase/security/rules/entry[@name='allow-legacy']`)).not.toContain(
      'profile-setting',
    );
    expect(await show("/config/shared/profiles/vulnerability/entry[@name='dns-vp']")).toContain(
      '<entry name="dns-vp">',
    );
    // Pushed objects are not in the local config.
    expect(await show("/config/shared/profile-group/entry[@name='pano-strict']")).toContain('No such node');
  });

  it('answers a missing node: show → error "No such node", get → success code 7', async () => {
    sim = await startSimulator();
    const xpath = `${VSYS1}/rulebase/security/rules/entry[@name='nope']`;
    expect((await api(sim, { type: 'config', action: 'show', xpath, key: sim.apiKey })).text).toBe(
      '<response status="error" code="7"><msg><line>No such node</line></msg></response>',
    );
    expect((await api(sim, { type: 'config', action: 'get', xpath, key: sim.apiKey })).text).toBe(
      '<response status="success" code="7"><result/></response>',
    );
    const found = await api(sim, {
      type: 'config',
      action: 'get',
      xpath: `${VSYS1}/rulebase/security/rules`,
      key: sim.apiKey,
    });
    expect(found.text).toMatch(
      /^<response status="success" code="19"><result total-count="1" count="1"><rules>/,
    );
  });

  it('answers a bad xpath with code 6', async () => {
    sim = await startSimulator();
    for (const xpath of ['config/devices', "/config/devices/entry[@name='x", '/config/[bad]', '']) {
      const answer = await api(sim, { type: 'config', action: 'show', xpath, key: sim.apiKey });
      expect(answer.text).toMatch(/^<response status="error" code="6">/);
    }
  });

  it('resolves Panorama device-group and shared rulebases', async () => {
    sim = await startSimulator({ panorama: true });
    const show = async (xpath: string) =>
      (await api(sim, { type: 'config', action: 'show', xpath, key: sim.apiKey })).text;
    const dg = `${FW}/device-group/entry[@name='branches']`;
    expect(await show(`${dg}/pre-rulebase/security/rules/entry[@name='allow-branch-web']`)).toContain(
      '<group><member>branch-default</member></group>',
    );
    expect(
      await show("/config/shared/pre-rulebase/security/rules/entry[@name='shared-allow-saas']"),
    ).toContain('shared-default');
    expect(
      await show(
        "/config/devices/entry/device-group/entry[@name='branch-east']/post-rulebase/security/rules",
      ),
    ).toContain('allow-east-dns');
    expect(
      await show(
        `/config/readonly/devices/entry[@name='localhost.localdomain']/device-group/entry[@name='branch-east']/parent-dg`,
      ),
    ).toContain('<parent-dg>branches</parent-dg>');
  });
});

describe('/api/ op', () => {
  it('returns the Panorama-pushed policy on a firewall', async () => {
    sim = await startSimulator();
    const cmd = '<show><config><pushed-shared-policy/></config></show>';
    const answer = await api(sim, { type: 'op', cmd, key: sim.apiKey });
    expect(answer.text).toContain('<result><policy><panorama>');
    expect(answer.text).toContain(
      '<entry name="pano-allow-saas" uuid="77aa88bb-99cc-4dde-8eff-001122334455">',
    );
    expect(answer.text).toContain(
      '<profile-setting><group><member>pano-strict</member></group></profile-setting>',
    );
    expect(answer.text).toContain('<entry name="pano-strict"><spyware><member>strict</member></spyware>');
  });

  it('answers an unknown command with code 17', async () => {
    sim = await startSimulator();
    const answer = await api(sim, { type: 'op', cmd: '<show><clocks/></show>', key: sim.apiKey });
    expect(answer.text).toBe(
      '<response status="error" code="17"><msg><line>invalid command</line></msg></response>',
    );
  });
});
