// `npm run sim -- --port 4443 [--scenario NAME] [--panorama] …`: the simulator as a process.

import { parseArgs } from 'node:util';
import { SCENARIOS } from './scenarios';
import { CONTENT_LOG_TYPES, type ContentLogType } from './scenarios/types';
import { LOG_REFUSALS, type LogRefusal } from './server/log-role';
import { DEFAULT_RELEASE, isPanosRelease, PANOS_RELEASES } from './server/releases';
import { startSimulator } from './server/server';
import type { ApiRequestArea, EndpointKind, Faults, SimOptions } from './server/types';

const KINDS: readonly EndpointKind[] = ['page', 'login', 'static', 'log-data', 'direct', 'api'];

function kindOf(text: string): EndpointKind {
  if (!(KINDS as readonly string[]).includes(text)) {
    throw new Error(`Unknown endpoint kind "${text}" (one of ${KINDS.join(', ')})`);
  }
  return text as EndpointKind;
}

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4443' },
    scenario: { type: 'string' },
    panorama: { type: 'boolean', default: false },
    'product-flag': { type: 'boolean', default: false },
    model: { type: 'string' },
    'time-zone': { type: 'string' },
    'session-idle': { type: 'string' },
    'api-accepts-cookie': { type: 'boolean', default: false },
    latency: { type: 'string', multiple: true, default: [] },
    'job-never-finishes': { type: 'boolean', default: false },
    http500: { type: 'string', multiple: true, default: [] },
    malformed: { type: 'string', multiple: true, default: [] },
    'direct-exception': { type: 'boolean', default: false },
    'related-needs-xml': { type: 'boolean', default: false },
    'store-ignores-query': { type: 'boolean', default: false },
    'store-never-calls-back': { type: 'boolean', default: false },
    'store-max-limit': { type: 'string', default: '0' },
    token: { type: 'string' },
    panos: { type: 'string', default: DEFAULT_RELEASE },
    'role-denies': { type: 'string', multiple: true, default: [] },
    'log-role-denies': { type: 'string', multiple: true, default: [] },
    'log-refusal': { type: 'string', default: 'http-403' },
    'log-ui': { type: 'string', default: 'x-grid3' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(`Usage: npm run sim -- [--port 4443] [--scenario ${Object.keys(SCENARIOS).join('|')}] [--panorama]
  [--product-flag] [--model M-200] [--time-zone Asia/Tokyo]
  [--session-idle SECONDS] [--api-accepts-cookie] [--latency KIND=MS]… [--job-never-finishes]
  [--http500 KIND]… [--malformed KIND]… [--direct-exception] [--token md5|sha256]
  [--related-needs-xml] [--store-ignores-query] [--store-never-calls-back] [--store-max-limit N]
  [--panos ${PANOS_RELEASES.join('|')}] [--role-denies log|config]… [--log-ui x-grid3|unrecognised]
  [--log-role-denies threat|url|data|wildfire]… [--log-refusal ${LOG_REFUSALS.join('|')}]
KIND: ${KINDS.join(', ')}`);
  process.exit(0);
}

const faults: Partial<Faults> = {
  latencyMs: Object.fromEntries(
    values.latency.map((pair) => {
      const [kind = '', ms = ''] = pair.split('=');
      return [kindOf(kind), Number(ms)];
    }),
  ),
  jobNeverFinishes: values['job-never-finishes'],
  http500: Object.fromEntries(values.http500.map((kind) => [kindOf(kind), true])),
  malformedXml: Object.fromEntries(values.malformed.map((kind) => [kindOf(kind), true])),
  directException: values['direct-exception'],
  relatedLogNeedsResponseText: values['related-needs-xml'],
  logStoreIgnoresQuery: values['store-ignores-query'],
  logStoreNeverCallsBack: values['store-never-calls-back'],
  logStoreMaxLimit: Number(values['store-max-limit']) || 0,
};

if (values.token !== undefined && values.token !== 'sha256' && values.token !== 'md5') {
  throw new Error('--token is sha256 or md5');
}
if (!isPanosRelease(values.panos)) throw new Error(`--panos is one of ${PANOS_RELEASES.join(', ')}`);
const roleDenies = values['role-denies'].map((area) => {
  if (area !== 'log' && area !== 'config') throw new Error('--role-denies is log or config');
  return area as ApiRequestArea;
});
const logRoleDenies = values['log-role-denies'].map((type) => {
  if (!CONTENT_LOG_TYPES.includes(type as ContentLogType))
    throw new Error('--log-role-denies is threat, url, data or wildfire');
  return type as ContentLogType;
});
const logRefusal = values['log-refusal'] as LogRefusal;
if (!LOG_REFUSALS.includes(logRefusal)) throw new Error(`--log-refusal is one of ${LOG_REFUSALS.join(', ')}`);
const logUi = values['log-ui'];
if (logUi !== 'x-grid3' && logUi !== 'unrecognised') throw new Error('--log-ui is x-grid3 or unrecognised');
const options: SimOptions = {
  port: Number(values.port),
  scenario: values.scenario,
  panorama: values.panorama,
  productFlag: values['product-flag'],
  model: values.model,
  timeZone: values['time-zone'],
  sessionIdleSeconds: values['session-idle'] ? Number(values['session-idle']) : undefined,
  apiAcceptsSessionCookie: values['api-accepts-cookie'],
  tokenAlgo: values.token as SimOptions['tokenAlgo'],
  panos: values.panos,
  apiRoleDenies: roleDenies,
  logRoleDenies,
  logRefusal,
  logUi,
  faults,
};

const sim = await startSimulator(options);
console.log(
  `PAN-OS simulator (${sim.scenario.name}, ${values.panorama ? 'panorama' : sim.scenario.product}, PAN-OS ${values.panos})`,
);
console.log(`${sim.url}/  (login admin / admin)`);
console.log(`API key for admin: ${sim.apiKey}`);

const stop = () => {
  sim.close().finally(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
