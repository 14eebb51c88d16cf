// @vitest-environment node
import { afterEach, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { formLogin, postDirect, rawGet, rpcMessage, webLogin } from './test-helpers';
import type { Simulator } from './types';

let sim: Simulator;
afterEach(async () => {
  await sim.close();
});

describe('login and sessions', () => {
  it('shows the login page with the markers the extension looks for', async () => {
    sim = await startSimulator();
    const html = await (await fetch(`${sim.url}/php/login.php`)).text();
    expect(html).toContain('<!-- __LOGIN_PAGE__ -->');
    for (const marker of ['id="login_form"', 'id="user"', 'id="passwd"', 'id="submit"'])
      expect(html).toContain(marker);
  });

  it('logs admin/admin in with an HttpOnly PHPSESSID and a redirect to /', async () => {
    sim = await startSimulator();
    const response = await formLogin(sim);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
    expect(response.headers.get('set-cookie')).toMatch(/^PHPSESSID=\w+; Path=\/; HttpOnly/);
    const login = await webLogin(sim);
    expect(login.seedKey).toMatch(/^\d+$/);
    expect(login.seed.length).toBeGreaterThan(8);
  });

  it('re-shows the login page on a wrong password, without a cookie', async () => {
    sim = await startSimulator();
    const response = await formLogin(sim, 'admin', 'nope');
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).toBeNull();
    const html = await response.text();
    expect(html).toContain('__LOGIN_PAGE__');
    expect(html).toContain('Invalid username or password');
  });

  it('redirects every request without a session to the login page (fetch sees login HTML, 200)', async () => {
    sim = await startSimulator();
    for (const path of ['/', '/php/monitor/log.data.xml.php?logtype=traffic']) {
      const manual = await fetch(`${sim.url}${path}`, { redirect: 'manual' });
      expect(manual.status).toBe(302);
      expect(manual.headers.get('location')).toBe('/php/login.php');
      const followed = await fetch(`${sim.url}${path}`);
      expect(followed.status).toBe(200);
      expect(await followed.text()).toContain('__LOGIN_PAGE__');
    }
  });

  it('answers Direct without a session with an exception starting "unauthorized"', async () => {
    sim = await startSimulator();
    const answer = await postDirect(sim, null, rpcMessage(null, 'MonitorDirect.clearQueryAllBySession', []));
    expect(answer.type).toBe('exception');
    expect(answer.message).toMatch(/^unauthorized/);
  });

  it('expires idle sessions', async () => {
    sim = await startSimulator({ sessionIdleSeconds: 0.2 });
    const { cookie } = await webLogin(sim);
    expect((await fetch(`${sim.url}/`, { headers: { cookie }, redirect: 'manual' })).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect((await fetch(`${sim.url}/`, { headers: { cookie }, redirect: 'manual' })).status).toBe(302);
  });

  it('expires sessions on demand, and on logout', async () => {
    sim = await startSimulator();
    const first = await webLogin(sim);
    sim.expireSessions();
    expect(
      (await fetch(`${sim.url}/`, { headers: { cookie: first.cookie }, redirect: 'manual' })).status,
    ).toBe(302);
    const second = await webLogin(sim);
    const logout = await fetch(`${sim.url}/php/logout.php`, {
      headers: { cookie: second.cookie },
      redirect: 'manual',
    });
    expect(logout.status).toBe(302);
    expect(logout.headers.get('location')).toBe('/php/login.php');
    expect(
      (await fetch(`${sim.url}/`, { headers: { cookie: second.cookie }, redirect: 'manual' })).status,
    ).toBe(302);
  });

  it('login() gives a session id usable as the cookie', async () => {
    sim = await startSimulator();
    const id = await sim.login();
    const page = await fetch(`${sim.url}/`, { headers: { cookie: `PHPSESSID=${id}` } });
    expect(await page.text()).toMatch(/Pan\.st\.st\.st\d+ = "/);
    await expect(sim.login('admin', 'wrong')).rejects.toThrow();
  });
});

describe('static files', () => {
  it('serves the UI scripts under /js/ with a JavaScript content type', async () => {
    sim = await startSimulator();
    const response = await fetch(`${sim.url}/js/lib/pan-extjs3.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/javascript/);
  });

  it('refuses path traversal', async () => {
    sim = await startSimulator();
    for (const path of [
      '/js/../../server/server.ts',
      '/js/%2e%2e/%2e%2e/server/server.ts',
      '/js/..%2f..%2fapp-page.ts',
    ]) {
      const answer = await rawGet(sim, path);
      expect(answer.status).not.toBe(200);
      expect(answer.body).not.toContain('startSimulator');
    }
  });
});
