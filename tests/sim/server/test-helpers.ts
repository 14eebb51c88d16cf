// Helpers for the simulator's own tests: log in through the form, call Direct with a token,
// talk to /api/ and read XML answers with a regex or two (Node has no DOMParser).

import { request as httpRequest } from 'node:http';
import { directToken } from './direct-route';
import type { Simulator } from './types';

export interface WebLogin {
  cookie: string;
  seed: string;
  seedKey: string;
}

/** Posts the login form, with its `_csrf` field when the form has one (10.1.6 and later). */
export async function formLogin(sim: Simulator, user = 'admin', passwd = 'admin'): Promise<Response> {
  const form = await (await fetch(`${sim.url}/php/login.php`)).text();
  const csrf = /name="_csrf" value="([^"]*)"/.exec(form)?.[1];
  return fetch(`${sim.url}/php/login.php`, {
    method: 'POST',
    body: new URLSearchParams({ user, passwd, ...(csrf ? { _csrf: csrf } : {}) }),
    redirect: 'manual',
  });
}

/** Logs in through the form and reads the token seed off the app page. */
export async function webLogin(sim: Simulator): Promise<WebLogin> {
  const response = await formLogin(sim);
  const setCookie = response.headers.get('set-cookie') ?? '';
  const cookie = /PHPSESSID=[^;]+/.exec(setCookie)?.[0];
  if (!cookie) throw new Error(`no session cookie in ${setCookie}`);
  const page = await (await fetch(`${sim.url}/`, { headers: { cookie } })).text();
  const seed = /Pan\.st\.st\.st(\d+) = "([^"]*)"/.exec(page);
  if (!seed) throw new Error('no token seed on the app page');
  return { cookie, seedKey: seed[1] ?? '', seed: seed[2] ?? '' };
}

let nextTid = 1;

export function rpcMessage(
  login: WebLogin | null,
  method: string,
  args: unknown[],
  algo: 'sha256' | 'md5' = 'sha256',
) {
  const tid = nextTid++;
  return {
    action: 'PanDirect',
    method: 'run',
    data: [method, args],
    type: 'rpc',
    tid,
    ___tid: tid,
    ___token: login ? directToken(algo, login.seed, tid) : 'none',
  };
}

export interface DirectAnswer {
  type: 'rpc' | 'exception';
  tid: number;
  action: string;
  method: string;
  message?: string;
  result?: unknown;
}

export async function postDirect(
  sim: Simulator,
  login: WebLogin | null,
  body: unknown,
): Promise<DirectAnswer> {
  const response = await fetch(`${sim.url}/php/utils/router.php`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(login ? { cookie: login.cookie } : {}) },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** One Direct call; resolves to its answer message. */
export async function direct(
  sim: Simulator,
  login: WebLogin | null,
  method: string,
  args: unknown[] = [],
): Promise<DirectAnswer> {
  return postDirect(sim, login, rpcMessage(login, method, args));
}

export async function api(
  sim: Simulator,
  params: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; text: string }> {
  const response = await fetch(`${sim.url}/api/`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(params),
  });
  return { status: response.status, text: await response.text() };
}

export function tagText(xml: string, tag: string): string | undefined {
  return new RegExp(`<${tag}>([^<]*)</${tag}>`).exec(xml)?.[1];
}

export function countEntries(xml: string): number {
  return (xml.match(/<entry logid=/g) ?? []).length;
}

/** Polls a log.data.xml.php or /api/ job until FIN; returns the final XML. */
export async function pollUntilFin(poll: () => Promise<string>, max = 10): Promise<string> {
  for (let i = 0; i < max; i++) {
    const xml = await poll();
    if (tagText(xml, 'status') === 'FIN') return xml;
  }
  throw new Error('job never finished');
}

/** A GET with the path sent exactly as given (fetch would normalise `..` away). */
export function rawGet(sim: Simulator, path: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: sim.port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => {
        body += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}
