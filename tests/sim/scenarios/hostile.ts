// `hostile`: every attacker-controlled field filled with markup, script URLs, bidi overrides,
// a 10 kB string and odd Unicode. The extension must show all of it as inert text.

import { buildLogs, type SessionSpec } from './log-builder';
import type { DeviceDef, RuleDef, Scenario } from './types';

export const HOSTILE_STRINGS: readonly string[] = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  'javascript:window.__pwned=1',
  'invoice\u202Egpj.exe',
  `${'A'.repeat(10_000)}<b>end</b>`,
  'z\u200dw\u200dj e\u0301\u0302\u0303 \u{1F4A3}\u{1F525} ctl:\u0000\u0001\u0007\u001b\u007f\u0085',
  '\' or 1=1 -- "quoted" & <amp>',
];

const devices: DeviceDef[] = [{ serial: '007951000999999', name: 'fw-<i>hostile</i>', vsys: ['vsys1'] }];

const rules: RuleDef[] = [
  {
    name: 'allow-web',
    uuid: 'bbbb0001-0000-4000-8000-000000000001',
    location: 'vsys1',
    rulebase: 'rulebase',
    from: ['trust'],
    to: ['untrust'],
    source: ['any'],
    destination: ['any'],
    application: ['web-browsing'],
    service: ['application-default'],
    action: 'allow',
    profileSetting: { group: 'hostile-group' },
  },
];

const attackerFields = (value: string) => ({
  misc: value,
  user_agent: value,
  referer: value,
  sender: value,
  subject: value,
  recipient: value,
});

const specs: SessionSpec[] = HOSTILE_STRINGS.map((value, index) => ({
  end: 300 * (index + 1),
  sessionid: 8000 + index,
  src: '10.1.1.66',
  dst: '203.0.113.66',
  dport: 80,
  app: 'web-browsing',
  rule: 'allow-web',
  action: 'allow',
  endReason: 'threat',
  srcuser: value,
  threats: [
    {
      subtype: 'url',
      name: value,
      tid: 9999,
      action: 'alert',
      severity: 'informational',
      before: 3,
      extra: attackerFields(value),
    },
    {
      subtype: 'vulnerability',
      name: value,
      tid: 41000 + index,
      action: 'reset-both',
      severity: 'critical',
      nameOnly: index % 2 === 1,
      extra: attackerFields(value),
    },
  ],
}));

const configVersion = '13';
const logs = buildLogs(specs, { devices, rules, configVersion, firstLogid: 7266000000000000000n });

export const hostileScenario: Scenario = {
  name: 'hostile',
  product: 'firewall',
  devices,
  rules,
  groups: [
    {
      name: 'hostile-group',
      location: 'vsys1',
      profiles: { vulnerability: 'strict', 'url-filtering': 'default' },
    },
  ],
  profiles: [],
  sessions: logs.sessions,
  contentLogs: logs.contentLogs,
  threatDetails: logs.threatDetails,
  configVersion,
};
