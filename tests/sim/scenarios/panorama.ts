// `panorama`: Panorama with device groups branches (parent) -> branch-east (child) under shared,
// two firewalls that reuse the same session id at overlapping times, pre- and post-rulebase
// rules, profiles and groups resolved device group -> ancestors -> shared, a predefined
// profile, a firewall in no device group (its rules are its own), and commit counters
// (`config_ver`) that differ per firewall.

import { fillerSessions } from './filler-sessions';
import { buildLogs, type SessionSpec } from './log-builder';
import type { DeviceDef, DeviceGroupDef, ProfileDef, ProfileGroupDef, RuleDef, Scenario } from './types';

const devices: DeviceDef[] = [
  { serial: '013201000001', name: 'fw-east-1', vsys: ['vsys1'] },
  { serial: '013201000002', name: 'fw-east-2', vsys: ['vsys1'] },
  // Managed by Panorama (its logs are here) but in no device group.
  { serial: '013201000003', name: 'fw-lab-1', vsys: ['vsys1'] },
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
const lab = '013201000003';
/** Each firewall counts its own commits: fw-east-2's counter is far ahead of fw-east-1's. */
const FW2_CONFIG_VERSION = '1204';
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
  // On the first grid page (newest first): one of each case.
  {
    ...threatEnd,
    serial: fw1,
    end: 1790,
    duration: 20,
    sessionid: 5020,
    src: '10.10.1.20',
    dst: '203.0.113.80',
    dport: 80,
    app: 'web-browsing',
    rule: 'allow-branch-web',
    // branch-default's Antivirus profile is the predefined 'default'.
    threats: [{ subtype: 'virus', name: 'Virus/Win32.WGeneric.abcd', tid: 447001, action: 'reset-both' }],
  },
  {
    ...threatEnd,
    serial: fw2,
    end: 1780,
    sessionid: 5020,
    src: '10.10.2.20',
    dst: '192.0.2.53',
    dport: 53,
    proto: 'udp',
    app: 'dns',
    rule: 'allow-east-dns',
    threats: [
      { subtype: 'spyware', name: 'Suspicious DNS Query (c2.example.test)', tid: 109000011, action: 'drop' },
    ],
  },
  {
    ...threatEnd,
    serial: lab,
    end: 1770,
    sessionid: 5021,
    src: '10.30.0.7',
    dst: '203.0.113.90',
    dport: 443,
    app: 'ssl',
    rule: 'lab-allow-out',
    threats: [{ subtype: 'vulnerability', name: 'OpenSSL Heartbleed', tid: 36397, action: 'reset-both' }],
  },
  {
    ...threatEnd,
    serial: fw1,
    end: 1760,
    sessionid: 5022,
    src: '10.10.1.22',
    dst: '203.0.113.51',
    dport: 443,
    app: 'ssl',
    rule: 'shared-allow-saas',
    // Written before fw-east-1's last commit.
    configVersion: '76',
    threats: [{ subtype: 'vulnerability', name: 'TLS Renegotiation DoS', tid: 31840, action: 'drop' }],
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
const perDevice = specs.map((spec) =>
  spec.serial === fw2 && !spec.configVersion ? { ...spec, configVersion: FW2_CONFIG_VERSION } : spec,
);
const logs = buildLogs(perDevice, { devices, rules, configVersion, firstLogid: 7265000000000000000n });

export const panoramaScenario: Scenario = {
  name: 'panorama',
  product: 'panorama',
  devices,
  deviceGroups,
  rules,
  groups,
  profiles,
  sessions: logs.sessions,
  contentLogs: logs.contentLogs,
  threatDetails: logs.threatDetails,
  configVersion,
};
