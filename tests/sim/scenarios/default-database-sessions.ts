// The default scenario's newest allow + threat sessions ended from the other log databases
// (PAN-OS 9.1 and later): URL Filtering (url log), File Blocking and Data Filtering (data log),
// and WildFire-known malware blocked by Antivirus (threat log) with its WildFire submission
// (wildfire log) as context. They end after every other session, so the first grid page shows them.

import { threatEnd, web } from './default-session-parts';
import type { SessionSpec } from './log-builder';

const downloads = {
  src: '10.1.1.72',
  dst: '198.51.100.44',
  dport: 80,
  app: 'web-browsing',
  rule: 'allow-downloads',
};

/** Session ids 184549..184553. */
export const DATABASE_SESSIONS: SessionSpec[] = [
  // URL Filtering: a malware URL blocked (rule with individual profiles).
  {
    ...downloads,
    ...threatEnd,
    end: 9100,
    sessionid: 184549,
    threats: [
      {
        subtype: 'url',
        name: 'dl.malware.example.test/payload.bin',
        tid: 9999,
        action: 'block-url',
        category: 'malware',
        severity: 'informational',
        direction: 'client-to-server',
        misc: 'dl.malware.example.test/payload.bin',
      },
    ],
  },
  // URL Filtering: the continue page, which ends the session that asked (profile in a group).
  {
    ...web,
    ...threatEnd,
    end: 9200,
    sessionid: 184550,
    threats: [
      {
        subtype: 'url',
        name: 'bets.example.test/',
        tid: 9999,
        action: 'block-continue',
        category: 'gambling',
        severity: 'informational',
        direction: 'client-to-server',
        misc: 'bets.example.test/',
      },
    ],
  },
  // File Blocking: an executable download denied (data log, subtype file).
  {
    ...downloads,
    ...threatEnd,
    end: 9300,
    sessionid: 184551,
    threats: [
      {
        subtype: 'file',
        name: 'Windows Executable (EXE)',
        tid: 52020,
        action: 'deny',
        severity: 'low',
        direction: 'server-to-client',
        misc: 'installer.exe',
      },
    ],
  },
  // Data Filtering: an alert, then the block (data log, subtype data).
  {
    ...web,
    ...threatEnd,
    end: 9400,
    sessionid: 184552,
    threats: [
      {
        subtype: 'data',
        name: 'Credit Card Numbers',
        tid: 60000,
        action: 'alert',
        severity: 'medium',
        before: 4,
        direction: 'client-to-server',
        misc: 'upload-1.csv',
      },
      {
        subtype: 'data',
        name: 'Credit Card Numbers',
        tid: 60000,
        action: 'block',
        severity: 'high',
        direction: 'client-to-server',
        misc: 'upload-2.csv',
      },
    ],
  },
  // WildFire-known malware: Antivirus resets the session (threat log); the WildFire submission
  // entry (wildfire log) is logged after it and says block, but WildFire Analysis only forwards.
  {
    ...downloads,
    ...threatEnd,
    end: 9500,
    sessionid: 184553,
    threats: [
      {
        subtype: 'wildfire-virus',
        name: 'WildFire/Win32.Trojan.loader',
        tid: 300100002,
        action: 'reset-both',
        severity: 'high',
        before: 2,
        misc: 'loader.exe',
        extra: { filedigest: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b' },
      },
      {
        subtype: 'wildfire',
        name: 'Windows Executable (EXE)',
        tid: 52020,
        action: 'block',
        severity: 'high',
        before: 1,
        category: 'malware',
        misc: 'loader.exe',
        extra: { filedigest: '3a7bd3e2360a3d29eea436fcfb7e44c735d117c42d1c1835420b6b9942dd4f1b' },
      },
    ],
  },
];
