import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GRID_SCRIPTS, loadStatic } from './load-static';

const SCRIPTS = [...GRID_SCRIPTS, 'pan/md5.js', 'pan/direct.js'];

function withFetch(answer: (body: Record<string, unknown>) => string, tokenAlgo = 'sha256') {
  const bodies: Record<string, unknown>[] = [];
  const fetch = vi.fn(async (_url: string, init: { body: string }) => {
    const body = JSON.parse(init.body);
    bodies.push(body);
    return new Response(answer(body), { status: 200 });
  });
  const location = { href: '/' };
  const ui = loadStatic(SCRIPTS, {
    fetch,
    location,
    Pan: { st: { st: { st98765: 'seed-x' } }, bootConfig: { tokenAlgo } },
  });
  return { ui, bodies, fetch, location };
}

function call(ui: ReturnType<typeof loadStatic>, method: string, args: unknown[]) {
  return new Promise<[unknown, Record<string, unknown>]>((resolve) =>
    ui.PanDirect.run(method, args, (result: unknown, event: Record<string, unknown>) =>
      resolve([result, event]),
    ),
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('md5', () => {
  it.each([
    ['', 'd41d8cd98f00b204e9800998ecf8427e'],
    ['abc', '900150983cd24fb0d6963f7d28e17f72'],
    ['The quick brown fox jumps over the lazy dog', '9e107d9d372bb6826bd81d3542a419d6'],
    ['ü€', createHash('md5').update('ü€').digest('hex')],
    ['x'.repeat(200), createHash('md5').update('x'.repeat(200)).digest('hex')],
  ])('%j', (input, hex) => {
    expect(loadStatic(SCRIPTS).Pan.util.md5Hex(input)).toBe(hex);
  });
});

describe('PanDirect.run', () => {
  it('posts an Ext.Direct rpc with the SHA-256 token and answers like Ext.Direct', async () => {
    const { ui, bodies, fetch } = withFetch((b) =>
      JSON.stringify([{ type: 'rpc', tid: b.tid, result: { ok: 1 } }]),
    );
    const [result, event] = await call(ui, 'MonitorDirect.getThreatDetail', ['33161']);
    expect(fetch.mock.calls[0]?.[0]).toBe('/php/utils/router.php');
    const tid = bodies[0]?.tid;
    expect(bodies[0]).toEqual({
      action: 'PanDirect',
      method: 'run',
      data: ['MonitorDirect.getThreatDetail', ['33161']],
      type: 'rpc',
      tid,
      ___tid: tid,
      ___token: createHash('sha256').update(`seed-x${tid}`).digest('hex'),
    });
    expect(result).toEqual({ ok: 1 });
    expect(event).toMatchObject({ status: true, type: 'rpc', result: { ok: 1 } });
  });

  it('uses MD5 when the page plays an older release, and counts tids up', async () => {
    const { ui, bodies } = withFetch((b) => JSON.stringify({ type: 'rpc', tid: b.tid, result: null }), 'md5');
    await call(ui, 'MonitorDirect.x', []);
    await call(ui, 'MonitorDirect.x', []);
    expect(Number(bodies[1]?.tid)).toBe(Number(bodies[0]?.tid) + 1);
    expect(bodies[1]?.___token).toBe(createHash('md5').update(`seed-x${bodies[1]?.tid}`).digest('hex'));
  });

  it('reports exceptions', async () => {
    const { ui, location } = withFetch((b) =>
      JSON.stringify({ type: 'exception', tid: b.tid, message: 'invalid token' }),
    );
    const [result, event] = await call(ui, 'MonitorDirect.x', []);
    expect(result).toBeNull();
    expect(event).toMatchObject({ status: false, type: 'exception', message: 'invalid token' });
    expect(location.href).toBe('/');
  });

  it.each([
    [
      'an unauthorized message',
      (b: Record<string, unknown>) =>
        JSON.stringify({ type: 'exception', tid: b.tid, message: 'unauthorized: no session' }),
    ],
    ['the login page', () => '<html><!-- __LOGIN_PAGE__ --><form id="login_form"></form></html>'],
  ])('goes to the login page on %s', async (_name, answer) => {
    const { ui, location } = withFetch(answer);
    const [, event] = await call(ui, 'MonitorDirect.x', []);
    expect(event.status).toBe(false);
    expect(location.href).toBe('/php/login.php');
  });
});
