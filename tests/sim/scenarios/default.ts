// `default`: a single-vsys firewall. Rules with a profile group, with individual profiles,
// with none, a deny rule, and one rule pushed from Panorama; ~150 traffic sessions of which
// about one in six is allow + threat, their entries in the threat, url, data and wildfire logs.

import { DATABASE_SESSIONS } from './default-database-sessions';
import { OTHER_THREAT_SESSIONS } from './default-other-sessions';
import { CONTENT_THREAT_SESSIONS } from './default-threat-sessions';
import { fillerSessions } from './filler-sessions';
import { buildLogs } from './log-builder';
import type { DeviceDef, ProfileDef, ProfileGroupDef, RuleDef, Scenario } from './types';

const any = ['any'];
const rule = (r: Omit<RuleDef, 'source' | 'destination' | 'service'> & Partial<RuleDef>): RuleDef => ({
  source: any,
  destination: any,
  service: ['application-default'],
  ...r,
});

const devices: DeviceDef[] = [{ serial: '007951000123456', name: 'fw-hq-1', vsys: ['vsys1'] }];

const profiles: ProfileDef[] = [
  { kind: 'vulnerability', name: 'strict-vp', location: 'vsys1' },
  { kind: 'spyware', name: 'corp-as', location: 'vsys1' },
  { kind: 'url-filtering', name: 'corp-url', location: 'vsys1' },
  { kind: 'spyware', name: 'dns-as', location: 'vsys1' },
  { kind: 'vulnerability', name: 'dns-vp', location: 'shared' },
  { kind: 'data-filtering', name: 'corp-dlp', location: 'vsys1' },
  { kind: 'url-filtering', name: 'downloads-url', location: 'vsys1' },
  { kind: 'virus', name: 'downloads-av', location: 'vsys1' },
  { kind: 'wildfire-analysis', name: 'downloads-wf', location: 'vsys1' },
  // Pushed from Panorama: not in the local config, only in the pushed policy.
  { kind: 'vulnerability', name: 'pano-strict-vp', location: 'panorama' },
];

const groups: ProfileGroupDef[] = [
  {
    name: 'corp-default',
    location: 'vsys1',
    profiles: {
      vulnerability: 'strict-vp',
      spyware: 'corp-as',
      virus: 'default',
      'url-filtering': 'corp-url',
      'file-blocking': 'basic file blocking',
      'wildfire-analysis': 'default',
      'data-filtering': 'corp-dlp',
    },
  },
  {
    name: 'pano-strict',
    location: 'panorama',
    profiles: { vulnerability: 'pano-strict-vp', spyware: 'strict' },
  },
];

const rules: RuleDef[] = [
  rule({
    name: 'allow-web',
    uuid: '5f0c7a31-2b8e-4e7c-9f51-1a2b3c4d5e6f',
    location: 'vsys1',
    rulebase: 'rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['web-browsing', 'ssl'],
    action: 'allow',
    profileSetting: { group: 'corp-default' },
  }),
  rule({
    name: 'allow-dns',
    uuid: '0b6d3c2e-8a41-4f0a-b9f3-6e1d2c3b4a50',
    location: 'vsys1',
    rulebase: 'rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['dns'],
    action: 'allow',
    profileSetting: { profiles: { spyware: 'dns-as', vulnerability: 'dns-vp', virus: 'default' } },
  }),
  rule({
    name: 'allow-downloads',
    uuid: '4c1d2e3f-5a6b-4c7d-8e9f-0a1b2c3d4e5f',
    location: 'vsys1',
    rulebase: 'rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['web-browsing'],
    action: 'allow',
    profileSetting: {
      profiles: {
        'url-filtering': 'downloads-url',
        'file-blocking': 'strict file blocking',
        virus: 'downloads-av',
        'wildfire-analysis': 'downloads-wf',
      },
    },
  }),
  rule({
    name: 'allow-legacy',
    uuid: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
    location: 'vsys1',
    rulebase: 'rulebase',
    from: ['untrust'],
    to: ['trust'],
    application: ['telnet', 'ftp'],
    action: 'allow',
  }),
  rule({
    name: 'deny-bad',
    uuid: 'd3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a',
    location: 'vsys1',
    rulebase: 'rulebase',
    from: any,
    to: any,
    application: any,
    service: any,
    action: 'deny',
  }),
  rule({
    name: 'pano-allow-saas',
    uuid: '77aa88bb-99cc-4dde-8eff-001122334455',
    location: 'panorama',
    rulebase: 'pre-rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['ssl'],
    action: 'allow',
    profileSetting: { group: 'pano-strict' },
  }),
];

const configVersion = '2816';

const filler = fillerSessions({
  count: 124,
  seed: 20261127,
  from: 0,
  span: 6600,
  firstSessionId: 190000,
  apps: [
    { app: 'web-browsing', dport: 80, proto: 'tcp', rule: 'allow-web' },
    { app: 'ssl', dport: 443, proto: 'tcp', rule: 'allow-web' },
    { app: 'dns', dport: 53, proto: 'udp', rule: 'allow-dns' },
    { app: 'ftp', dport: 21, proto: 'tcp', rule: 'allow-legacy' },
  ],
  denyRule: 'deny-bad',
});

const logs = buildLogs(
  [...CONTENT_THREAT_SESSIONS, ...OTHER_THREAT_SESSIONS, ...DATABASE_SESSIONS, ...filler],
  {
    devices,
    rules,
    configVersion,
  },
);

export const defaultScenario: Scenario = {
  name: 'default',
  product: 'firewall',
  devices,
  rules,
  groups,
  profiles,
  sessions: logs.sessions,
  contentLogs: logs.contentLogs,
  threatDetails: logs.threatDetails,
  configVersion,
};
