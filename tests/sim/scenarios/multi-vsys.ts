// `multi-vsys`: one firewall with vsys1 and vsys2. A profile group and profiles in shared are
// used from both vsys; vsys2 has its own 'strict-vp' that shadows the shared one.

import { fillerSessions } from './filler-sessions';
import { buildLogs, type SessionSpec } from './log-builder';
import type { DeviceDef, ProfileDef, ProfileGroupDef, RuleDef, Scenario } from './types';

const devices: DeviceDef[] = [{ serial: '007951000654321', name: 'fw-dc-1', vsys: ['vsys1', 'vsys2'] }];

const profiles: ProfileDef[] = [
  { kind: 'vulnerability', name: 'strict-vp', location: 'shared' },
  { kind: 'spyware', name: 'shared-as', location: 'shared' },
  { kind: 'url-filtering', name: 'shared-url', location: 'shared' },
  // Same name as the shared profile: inside vsys2 this one wins.
  { kind: 'vulnerability', name: 'strict-vp', location: 'vsys2' },
  { kind: 'spyware', name: 'lab-as', location: 'vsys2' },
];

const groups: ProfileGroupDef[] = [
  {
    name: 'shared-group',
    location: 'shared',
    profiles: {
      vulnerability: 'strict-vp',
      spyware: 'shared-as',
      virus: 'default',
      'url-filtering': 'shared-url',
    },
  },
];

const base = {
  source: ['any'],
  destination: ['any'],
  service: ['application-default'],
  rulebase: 'rulebase' as const,
};
const rules: RuleDef[] = [
  {
    ...base,
    name: 'corp-web',
    uuid: '11111111-2222-4333-8444-555555555501',
    location: 'vsys1',
    from: ['trust'],
    to: ['untrust'],
    application: ['web-browsing', 'ssl'],
    action: 'allow',
    profileSetting: { group: 'shared-group' },
  },
  {
    ...base,
    name: 'lab-web',
    uuid: '11111111-2222-4333-8444-555555555502',
    location: 'vsys2',
    from: ['lab'],
    to: ['untrust'],
    application: ['web-browsing', 'ssl'],
    action: 'allow',
    profileSetting: { group: 'shared-group' },
  },
  {
    ...base,
    name: 'lab-direct',
    uuid: '11111111-2222-4333-8444-555555555503',
    location: 'vsys2',
    from: ['lab'],
    to: ['untrust'],
    application: ['ssh', 'ftp'],
    action: 'allow',
    profileSetting: { profiles: { vulnerability: 'strict-vp', spyware: 'lab-as' } },
  },
  {
    ...base,
    name: 'deny-all',
    uuid: '11111111-2222-4333-8444-555555555504',
    location: 'vsys1',
    from: ['any'],
    to: ['any'],
    application: ['any'],
    service: ['any'],
    action: 'deny',
  },
  {
    ...base,
    name: 'deny-all',
    uuid: '11111111-2222-4333-8444-555555555505',
    location: 'vsys2',
    from: ['any'],
    to: ['any'],
    application: ['any'],
    service: ['any'],
    action: 'deny',
  },
];

const threatEnd = { action: 'allow', endReason: 'threat' };
const specs: SessionSpec[] = [
  {
    ...threatEnd,
    end: 300,
    sessionid: 3001,
    vsys: 'vsys1',
    src: '10.1.1.5',
    dst: '203.0.113.9',
    dport: 80,
    app: 'web-browsing',
    rule: 'corp-web',
    threats: [{ subtype: 'vulnerability', name: 'SQL Injection Attempt', tid: 38195, action: 'reset-both' }],
  },
  {
    ...threatEnd,
    end: 600,
    sessionid: 3001,
    vsys: 'vsys2',
    from: 'lab',
    src: '10.2.1.5',
    dst: '203.0.113.9',
    dport: 80,
    app: 'web-browsing',
    rule: 'lab-web',
    threats: [{ subtype: 'spyware', name: 'Generic Botnet Traffic', tid: 13235, action: 'drop' }],
  },
  {
    ...threatEnd,
    end: 900,
    sessionid: 3002,
    vsys: 'vsys2',
    from: 'lab',
    src: '10.2.1.6',
    dst: '198.51.100.22',
    dport: 22,
    app: 'ssh',
    rule: 'lab-direct',
    threats: [{ subtype: 'vulnerability', name: 'SSH Brute Force Attempt', tid: 40015, action: 'block-ip' }],
  },
  {
    ...threatEnd,
    end: 1200,
    sessionid: 3003,
    vsys: 'vsys1',
    src: '10.1.1.7',
    dst: '203.0.113.10',
    dport: 443,
    app: 'ssl',
    rule: 'corp-web',
    threats: [
      {
        subtype: 'url',
        name: 'malware.example.test/',
        tid: 9999,
        action: 'block-url',
        category: 'malware',
        misc: 'malware.example.test/',
      },
    ],
  },
  ...fillerSessions({
    count: 30,
    seed: 7,
    from: 0,
    span: 1800,
    firstSessionId: 4000,
    apps: [
      { app: 'web-browsing', dport: 80, proto: 'tcp', rule: 'corp-web' },
      { app: 'ssl', dport: 443, proto: 'tcp', rule: 'corp-web' },
    ],
    denyRule: 'deny-all',
    vsys: ['vsys1', 'vsys2'],
  }),
];

const configVersion = '510';
const logs = buildLogs(specs, { devices, rules, configVersion, firstLogid: 7264000000000000000n });

export const multiVsysScenario: Scenario = {
  name: 'multi-vsys',
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
