// `panorama`: Panorama with device groups branches (parent) -> branch-east (child) under shared,
// two firewalls that reuse the same session id at overlapping times, pre- and post-rulebase
// rules, profiles and groups resolved device group -> ancestors -> shared.

import { fillerSessions } from './filler-sessions';
import { buildLogs, type SessionSpec } from './log-builder';
import type { DeviceDef, DeviceGroupDef, ProfileDef, ProfileGroupDef, RuleDef, Scenario } from './types';

const devices: DeviceDef[] = [
  { serial: '013201000001', name: 'fw-east-1', vsys: ['vsys1'] },
  { serial: '013201000002', name: 'fw-east-2', vsys: ['vsys1'] },
];

const deviceGroups: DeviceGroupDef[] = [
  { name: 'branches', devices: [] },
  { name: 'branch-east', parent: 'branches', devices: ['013201000001', '013201000002'] },
];

const profiles: ProfileDef[] = [
  { kind: 'vulnerability', name: 'corp-vp', location: 'shared' },
  { kind: 'spyware', name: 'corp-as', location: 'shared' },
  { kind: 'vulnerability', name: 'branch-vp', location: 'branches' },
  { kind: 'spyware', name: 'east-as', location: 'branch-east' },
  // Shadows the shared 'corp-vp' for branch-east and below.
  { kind: 'vulnerability', name: 'corp-vp', location: 'branch-east' },
];

const groups: ProfileGroupDef[] = [
  {
    name: 'shared-default',
    location: 'shared',
    profiles: { vulnerability: 'corp-vp', spyware: 'corp-as', virus: 'default' },
  },
  {
    name: 'branch-default',
    location: 'branches',
    profiles: {
      vulnerability: 'branch-vp',
      spyware: 'corp-as',
      virus: 'default',
      'url-filtering': 'default',
    },
  },
];

const base = { source: ['any'], destination: ['any'], service: ['application-default'] };
const rules: RuleDef[] = [
  {
    ...base,
    name: 'shared-allow-saas',
    uuid: 'aaaa0001-0000-4000-8000-000000000001',
    location: 'shared',
    rulebase: 'pre-rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['ssl'],
    action: 'allow',
    profileSetting: { group: 'shared-default' },
  },
  {
    ...base,
    name: 'allow-branch-web',
    uuid: 'aaaa0001-0000-4000-8000-000000000002',
    location: 'branches',
    rulebase: 'pre-rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['web-browsing'],
    action: 'allow',
    profileSetting: { group: 'branch-default' },
  },
  {
    ...base,
    name: 'allow-east-dns',
    uuid: 'aaaa0001-0000-4000-8000-000000000003',
    location: 'branch-east',
    rulebase: 'post-rulebase',
    from: ['trust'],
    to: ['untrust'],
    application: ['dns'],
    action: 'allow',
    profileSetting: { profiles: { spyware: 'east-as', vulnerability: 'corp-vp' } },
  },
  {
    ...base,
    name: 'deny-rest',
    uuid: 'aaaa0001-0000-4000-8000-000000000004',
    location: 'shared',
    rulebase: 'post-rulebase',
    from: ['any'],
    to: ['any'],
    application: ['any'],
    service: ['any'],
    action: 'deny',
  },
];

const threatEnd = { action: 'allow', endReason: 'threat' };
const fw1 = '013201000001';
const fw2 = '013201000002';
const specs: SessionSpec[] = [
  // Session id 5001 on both firewalls, overlapping in time.
  {
    ...threatEnd,
    serial: fw1,
    end: 600,
    duration: 60,
    sessionid: 5001,
    src: '10.10.1.5',
    dst: '203.0.113.50',
    dport: 80,
    app: 'web-browsing',
    rule: 'allow-branch-web',
    threats: [{ subtype: 'vulnerability', name: 'SQL Injection Attempt', tid: 38195, action: 'drop' }],
  },
  {
    ...threatEnd,
    serial: fw2,
    end: 610,
    duration: 60,
    sessionid: 5001,
    src: '10.10.2.5',
    dst: '203.0.113.60',
    dport: 443,
    app: 'ssl',
    rule: 'shared-allow-saas',
    threats: [{ subtype: 'spyware', name: 'Generic C2 Beacon', tid: 86001, action: 'reset-server' }],
  },
  {
    ...threatEnd,
    serial: fw2,
    end: 900,
    sessionid: 5002,
    src: '10.10.2.9',
    dst: '192.0.2.53',
    dport: 53,
    proto: 'udp',
    app: 'dns',
    rule: 'allow-east-dns',
    threats: [
      {
        subtype: 'spyware',
        name: 'Suspicious DNS Query (bad.example.test)',
        tid: 109000010,
        action: 'drop',
        misc: 'bad.example.test',
      },
    ],
  },
  {
    ...threatEnd,
    serial: fw1,
    end: 1200,
    sessionid: 5003,
    src: '10.10.1.9',
    dst: '192.0.2.53',
    dport: 53,
    proto: 'udp',
    app: 'dns',
    rule: 'allow-east-dns',
    threats: [
      {
        subtype: 'vulnerability',
        name: 'DNS ANY Queries Brute Force DOS Attack',
        tid: 40033,
        action: 'reset-both',
      },
    ],
  },
  ...fillerSessions({
    count: 40,
    seed: 99,
    from: 0,
    span: 1800,
    firstSessionId: 6000,
    apps: [
      { app: 'web-browsing', dport: 80, proto: 'tcp', rule: 'allow-branch-web' },
      { app: 'ssl', dport: 443, proto: 'tcp', rule: 'shared-allow-saas' },
    ],
    denyRule: 'deny-rest',
    serials: [fw1, fw2],
  }),
];

const configVersion = '77';
const logs = buildLogs(specs, { devices, rules, configVersion, firstLogid: 7265000000000000000n });

export const panoramaScenario: Scenario = {
  name: 'panorama',
  product: 'panorama',
  devices,
  deviceGroups,
  rules,
  groups,
  profiles,
  sessions: logs.sessions,
  threats: logs.threats,
  threatDetails: logs.threatDetails,
  configVersion,
};
