// The default scenario's other hand-written sessions: URL, file and data filtering, zone
// protection, sessions without a threat log, recycled session ids, and threat-ended sessions
// that were not allowed (look-alikes that must not be flagged).

import { dns, legacy, saas, threatEnd, tls, web } from './default-session-parts';
import type { SessionSpec } from './log-builder';

export const OTHER_THREAT_SESSIONS: SessionSpec[] = [
  {
    ...web,
    ...threatEnd,
    end: 4500,
    sessionid: 184535,
    threats: [
      {
        subtype: 'url',
        name: 'malware.example.test/dl',
        tid: 9999,
        action: 'block-url',
        category: 'malware',
        severity: 'informational',
        misc: 'malware.example.test/dl',
        extra: { user_agent: 'curl/8.5.0' },
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 4800,
    sessionid: 184536,
    threats: [
      {
        subtype: 'url',
        name: 'games.example.test/',
        tid: 9999,
        action: 'continue',
        category: 'games',
        severity: 'informational',
        misc: 'games.example.test/',
        before: 20,
      },
      {
        subtype: 'url',
        name: 'games.example.test/play',
        tid: 9999,
        action: 'block-continue',
        category: 'games',
        severity: 'informational',
        misc: 'games.example.test/play',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 5100,
    sessionid: 184537,
    threats: [
      {
        subtype: 'url',
        name: 'proxy.example.test/',
        tid: 9999,
        action: 'override',
        category: 'proxy-avoidance-and-anonymizers',
        severity: 'informational',
        misc: 'proxy.example.test/',
        before: 30,
      },
      {
        subtype: 'url',
        name: 'proxy.example.test/x',
        tid: 9999,
        action: 'override-lockout',
        category: 'proxy-avoidance-and-anonymizers',
        severity: 'informational',
        misc: 'proxy.example.test/x',
        before: 10,
      },
      {
        subtype: 'url',
        name: 'proxy.example.test/y',
        tid: 9999,
        action: 'block-override',
        category: 'proxy-avoidance-and-anonymizers',
        severity: 'informational',
        misc: 'proxy.example.test/y',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 5400,
    sessionid: 184538,
    threats: [
      {
        subtype: 'file',
        name: 'Windows Executable (EXE)',
        tid: 52020,
        action: 'deny',
        severity: 'low',
        misc: 'tool.exe',
        direction: 'server-to-client',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 5700,
    sessionid: 184539,
    // Logged before the last commit (2816): the panel warns that the config changed since.
    configVersion: '2790',
    threats: [
      {
        subtype: 'data',
        name: 'Credit Card Numbers',
        tid: 60000,
        action: 'alert',
        severity: 'medium',
        before: 5,
        misc: 'form.txt',
        direction: 'client-to-server',
      },
      {
        subtype: 'data',
        name: 'Social Security Numbers',
        tid: 60001,
        action: 'block',
        severity: 'high',
        misc: 'export.csv',
        direction: 'client-to-server',
      },
    ],
  },
  // Zone / DoS protection on a rule with no profile-setting.
  {
    ...legacy,
    ...threatEnd,
    end: 6000,
    sessionid: 184540,
    from: 'untrust',
    to: 'trust',
    threats: [
      {
        subtype: 'flood',
        name: 'TCP Flood',
        tid: 8501,
        action: 'syncookie-sent',
        severity: 'critical',
        before: 6,
      },
      {
        subtype: 'flood',
        name: 'TCP Flood',
        tid: 8501,
        action: 'random-drop',
        severity: 'critical',
        before: 4,
      },
      { subtype: 'flood', name: 'TCP Flood', tid: 8501, action: 'drop', severity: 'critical' },
    ],
  },
  {
    ...legacy,
    ...threatEnd,
    end: 6300,
    sessionid: 184541,
    from: 'untrust',
    to: 'trust',
    threats: [
      { subtype: 'scan', name: 'TCP Port scan', tid: 8001, action: 'block-ip', severity: 'critical' },
    ],
  },
  {
    ...legacy,
    ...threatEnd,
    end: 6600,
    sessionid: 184542,
    from: 'untrust',
    to: 'trust',
    threats: [
      {
        subtype: 'packet',
        name: 'Spoofed IP address',
        tid: 8701,
        action: 'drop-all-packets',
        severity: 'high',
      },
    ],
  },
  // Alert only: threat-ended, but no session-ending entry was logged.
  {
    ...tls,
    ...threatEnd,
    end: 6900,
    sessionid: 184543,
    threats: [
      {
        subtype: 'spyware',
        name: 'Suspicious TLS Evasion Found',
        tid: 14978,
        action: 'alert',
        severity: 'medium',
      },
    ],
  },
  // A rule pushed from Panorama.
  {
    ...saas,
    ...threatEnd,
    end: 7200,
    sessionid: 184544,
    threats: [
      {
        subtype: 'vulnerability',
        name: 'Microsoft Exchange Server Remote Code Execution Vulnerability',
        tid: 91368,
        action: 'reset-both',
        severity: 'critical',
        direction: 'client-to-server',
      },
    ],
  },
  {
    ...dns,
    ...threatEnd,
    end: 7500,
    sessionid: 184545,
    threats: [
      {
        subtype: 'vulnerability',
        name: 'DNS ANY Queries Brute Force DOS Attack',
        tid: 40033,
        action: 'block-ip',
        severity: 'medium',
      },
    ],
  },
  // allow + threat with NO threat log at all.
  { ...web, ...threatEnd, end: 7800, sessionid: 184546 },
  // Session id 184522 recycled: this later session has no threat log; the earlier session's
  // threats (end 600) are outside its time window and must not be attributed to it.
  { ...tls, ...threatEnd, end: 9000, sessionid: 184522, duration: 30 },
  // Session id 184523 recycled the other way: an old threat entry whose traffic log is gone.
  {
    ...web,
    ...threatEnd,
    end: 120,
    sessionid: 184523,
    noTrafficLog: true,
    threats: [
      { subtype: 'vulnerability', name: 'Old Exploit Kit Landing Page', tid: 39000, action: 'reset-both' },
    ],
  },
  // Threat-ended but not allowed: must not be flagged.
  {
    ...web,
    action: 'reset-both',
    endReason: 'threat',
    end: 8100,
    sessionid: 184547,
    threats: [{ subtype: 'vulnerability', name: 'Generic Path Traversal', tid: 30845, action: 'reset-both' }],
  },
  {
    ...web,
    action: 'drop',
    endReason: 'threat',
    end: 8400,
    sessionid: 184548,
    threats: [{ subtype: 'spyware', name: 'Generic Botnet Traffic', tid: 13235, action: 'drop' }],
  },
];
