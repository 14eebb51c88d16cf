// The simulator's HTTP server: routes each request by endpoint kind, applies the fault
// switches (latency, HTTP 500, failing log types, malformed bodies), and records it in the request log.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { scenarioByName } from '../scenarios';
import { inDeviceTimeZone } from '../scenarios/time-zone';
import { renderAppPage } from '../ui/app-page';
import { apiKeyFor } from './api-auth';
import { handleApi } from './api-route';
import { buildConfig } from './config-xml';
import { endpointKind, type RequestNotes, type SimContext } from './context';
import { handleControl } from './control-route';
import { handleDirect } from './direct-route';
import { cookies, htmlReply, type Reply, readBody, redirect, reply, requestParams } from './http-util';
import { JobStore } from './jobs';
import { handleLogData } from './log-data-route';
import { withContentEntryType } from './log-store';
import { failedQueryNotes, failingLogType } from './log-type-faults';
import { handleLogin, LOGIN_PATH, SESSION_COOKIE } from './login-route';
import { releaseProfile } from './releases';
import { RequestLog } from './request-log';
import { checkPassword, SessionStore } from './sessions';
import { handleStatic } from './static-route';
import { defaultFaults, type EndpointKind, type Faults, type SimOptions, type Simulator } from './types';

const APP_PATHS = new Set(['/', '/index.php']);

function appPage(ctx: SimContext, session: { user: string; seed: string; seedKey: string }): Reply {
  const { scenario } = ctx;
  return htmlReply(
    renderAppPage({
      seedKey: session.seedKey,
      seed: session.seed,
      product: ctx.product,
      productFlag: ctx.productFlag,
      tokenAlgo: ctx.tokenAlgo,
      release: ctx.release,
      logUi: ctx.logUi,
      user: session.user,
      vsysList: ctx.product === 'firewall' ? (scenario.devices[0]?.vsys ?? ['vsys1']) : [],
      deviceGroups: (scenario.deviceGroups ?? []).map((dg) => dg.name),
    }),
  );
}

async function route(
  req: IncomingMessage,
  ctx: SimContext,
  kind: EndpointKind,
  url: URL,
  body: string,
  notes: RequestNotes,
): Promise<Reply> {
  const path = url.pathname;
  const params = requestParams(url, body, req.headers['content-type']);
  if (kind === 'login') return handleLogin(req, ctx, path, params);
  if (kind === 'static') return handleStatic(path);
  if (kind === 'api') return handleApi(req, ctx, params, notes);
  const session = ctx.sessions.use(cookies(req)[SESSION_COOKIE]);
  if (kind === 'direct') return handleDirect(ctx, session, body, notes);
  if (!session) return redirect(LOGIN_PATH);
  if (kind === 'log-data') return handleLogData(ctx, params, notes);
  if (APP_PATHS.has(path)) return appPage(ctx, session);
  return htmlReply('<html><body><h1>404 Not Found</h1></body></html>', 404);
}

function serverError(): Reply {
  return reply(
    500,
    'text/html; charset=UTF-8',
    '<html><body><h1>500 Internal Server Error</h1></body></html>',
  );
}

/** A body cut in half: what a dropped connection or a crashed PHP worker leaves behind. */
function malformed(result: Reply): Reply {
  const text = result.body.toString();
  return { ...result, body: text.slice(0, Math.max(1, Math.floor(text.length / 2))) };
}

function write(res: ServerResponse, result: Reply): void {
  res.writeHead(result.status, result.headers);
  res.end(result.body);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startSimulator(options: SimOptions = {}): Promise<Simulator> {
  const scenario = withContentEntryType(
    inDeviceTimeZone(
      scenarioByName(options.scenario ?? (options.panorama ? 'panorama' : 'default')),
      options.timeZone,
    ),
    options.contentEntryType ?? 'THREAT',
  );
  const product = options.panorama ? 'panorama' : scenario.product;
  let faults: Faults = { ...defaultFaults(), ...options.faults };
  const sessions = new SessionStore(options.sessionIdleSeconds ?? 1800);
  sessions.expireAfter(faults.expireAfterRequests);
  const release = releaseProfile(options.panos);
  const ctx: SimContext = {
    scenario,
    product,
    productFlag: options.productFlag ?? false,
    model: options.model ?? (product === 'panorama' ? 'Panorama' : 'PA-3220'),
    tokenAlgo: options.tokenAlgo ?? release.tokenAlgo,
    apiAcceptsSessionCookie: options.apiAcceptsSessionCookie ?? false,
    release,
    apiRoleDenies: new Set(options.apiRoleDenies ?? []),
    logRole: { denied: new Set(options.logRoleDenies ?? []), refusal: options.logRefusal ?? 'http-403' },
    logUi: options.logUi ?? 'x-grid3',
    loginCsrf: new Set(),
    get faults() {
      return faults;
    },
    sessions,
    jobs: new JobStore(() => faults, release, options.timeZone),
    config: buildConfig(scenario),
    apiKey: apiKeyFor('admin', 'admin'),
  };
  const log = new RequestLog();

  const setFaults = (update: Partial<Faults>) => {
    faults = { ...faults, ...update };
    if ('expireAfterRequests' in update) sessions.expireAfter(update.expireAfterRequests);
  };
  const resetFaults = () => {
    faults = defaultFaults();
    sessions.expireAfter(undefined);
  };
  const actions = {
    faults: () => faults,
    requests: () => log.all(),
    clearRequests: () => log.clear(),
    setFaults,
    resetFaults,
    expireSessions: () => sessions.expireAll(),
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const kind = endpointKind(url.pathname);
    const method = req.method ?? 'GET';
    const body = await readBody(req);
    if (kind === 'control') {
      write(res, handleControl(method, url.pathname, body, actions));
      return;
    }
    const notes: RequestNotes = {};
    const latency = faults.latencyMs[kind];
    if (latency) await sleep(latency);
    const params = requestParams(url, body, req.headers['content-type']);
    const failing = failingLogType(faults.failLogTypes, kind, params, body, ctx.jobs);
    if (failing) Object.assign(notes, failedQueryNotes(kind, params, failing));
    let result = failing ? serverError() : await route(req, ctx, kind, url, body, notes);
    if (faults.http500[kind]) {
      result = serverError();
    } else if (faults.malformedXml[kind] && result.status === 200) result = malformed(result);
    write(res, result);
    log.record(method, url.pathname, kind, result.status, notes);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[sim] request failed:', error);
      if (!res.headersSent) write(res, reply(500, 'text/plain', 'simulator error'));
      else res.end();
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;

  return {
    url: `http://${host}:${port}`,
    port,
    scenario,
    apiKey: ctx.apiKey,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
    setFaults,
    resetFaults,
    expireSessions: actions.expireSessions,
    requests: actions.requests,
    clearRequests: actions.clearRequests,
    async login(user = 'admin', pass = 'admin') {
      if (!checkPassword(user, pass)) throw new Error(`The simulator refuses ${user}'s password`);
      return sessions.create(user).id;
    },
  };
}
