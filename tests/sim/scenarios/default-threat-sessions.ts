// The default scenario's allow+threat sessions (and their look-alikes), written out by hand so
// that every threat subtype and every threat action of REFERENCE section 7 appears.

import type { SessionSpec } from './log-builder';

const web = { src: '10.1.1.25', dst: '203.0.113.80', dport: 80, app: 'web-browsing', rule: 'allow-web' };
const tls = { src: '10.1.1.31', dst: '198.51.100.7', dport: 443, app: 'ssl', rule: 'allow-web' };
const dns = {
  src: '10.1.1.40',
  dst: '192.0.2.53',
  dport: 53,
  proto: 'udp' as const,
  app: 'dns',
  rule: 'allow-dns',
};
const legacy = { src: '10.9.0.5', dst: '10.1.2.10', dport: 23, app: 'telnet', rule: 'allow-legacy' };
const saas = { src: '10.1.1.60', dst: '203.0.113.200', dport: 443, app: 'ssl', rule: 'pano-allow-saas' };
const threatEnd = { action: 'allow', endReason: 'threat' };

/** Session ids used below are 184500..184599; filler sessions use other ranges. */
export const DEFAULT_THREAT_SESSIONS: SessionSpec[] = [
  // Alerts, then the block (multiple entries).
  {
    ...web,
    ...threatEnd,
    end: 600,
    sessionid: 184522,
    srcuser: 'corp\\alice',
    threats: [
      {
        subtype: 'vulnerability',
        name: 'HTTP Directory Traversal (Request)',
        tid: 30844,
        action: 'alert',
        severity: 'medium',
        before: 3,
        direction: 'client-to-server',
        misc: 'www.example.test/../../etc/passwd',
      },
      {
        subtype: 'vulnerability',
        name: 'Apache Struts2 Jakarta Multipart Parser Remote Code Execution Vulnerability',
        tid: 33161,
        action: 'reset-both',
        severity: 'critical',
        before: 1,
        direction: 'client-to-server',
        misc: 'www.example.test/upload.action',
        extra: { user_agent: 'Mozilla/5.0 (X11; Linux x86_64)', referer: 'http://www.example.test/' },
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 900,
    sessionid: 184523,
    threats: [
      {
        subtype: 'vulnerability',
        name: 'SQL Injection Attempt',
        tid: 38195,
        action: 'drop',
        misc: 'shop.example.test/item.php',
      },
    ],
  },
  {
    ...tls,
    ...threatEnd,
    end: 1200,
    sessionid: 184524,
    threats: [
      {
        subtype: 'vulnerability',
        name: 'OpenSSL Heartbleed Information Disclosure',
        tid: 36397,
        action: 'reset-server',
        severity: 'critical',
      },
    ],
  },
  // threatid holds the name alone; the number is only in tid.
  {
    ...web,
    ...threatEnd,
    end: 1500,
    sessionid: 184525,
    threats: [
      {
        subtype: 'vulnerability',
        name: 'Bash Remote Code Execution Vulnerability',
        tid: 36729,
        action: 'reset-client',
        nameOnly: true,
        direction: 'client-to-server',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 1800,
    sessionid: 184526,
    threats: [
      { subtype: 'vulnerability', name: 'Microsoft IIS WebDAV Buffer Overflow', tid: 32781, action: 'deny' },
    ],
  },
  {
    ...tls,
    ...threatEnd,
    end: 2100,
    sessionid: 184527,
    srcuser: 'corp\\bob',
    threats: [
      {
        subtype: 'spyware',
        name: 'Cobalt Strike Beacon Command and Control Traffic Detection',
        tid: 86211,
        action: 'reset-both',
        thrCategory: 'command-and-control',
        direction: 'client-to-server',
      },
    ],
  },
  // DNS signatures: a sinkholed query (not session-ending), and a dropped one.
  {
    ...dns,
    ...threatEnd,
    end: 2400,
    sessionid: 184528,
    threats: [
      {
        subtype: 'spyware',
        name: 'generic:bad-c2.example.test',
        tid: 109000001,
        action: 'sinkhole',
        thrCategory: 'dns-c2',
        direction: 'client-to-server',
        misc: 'bad-c2.example.test',
      },
    ],
  },
  {
    ...dns,
    ...threatEnd,
    end: 2700,
    sessionid: 184529,
    threats: [
      {
        subtype: 'spyware',
        name: 'Suspicious DNS Query (malware.example.test)',
        tid: 109000002,
        action: 'drop',
        thrCategory: 'dns-malware',
        misc: 'malware.example.test',
        nameOnly: true,
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 3000,
    sessionid: 184530,
    threats: [
      {
        subtype: 'spyware',
        name: 'Generic Botnet Traffic',
        tid: 13235,
        action: 'block-ip',
        thrCategory: 'botnet',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 3300,
    sessionid: 184531,
    threats: [
      {
        subtype: 'virus',
        name: 'Virus/Win32.WGeneric.eicar',
        tid: 2000001,
        action: 'alert',
        before: 4,
        misc: 'eicar.com.txt',
        extra: { filedigest: '275a021bbfb6489e54d471899f7db9d1663fc695ec2fe2a2c4538aabf651fd0f' },
      },
      {
        subtype: 'virus',
        name: 'Virus/Win32.WGeneric.dropper',
        tid: 2000002,
        action: 'reset-both',
        before: 2,
        misc: 'setup.exe',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 3600,
    sessionid: 184532,
    threats: [
      {
        subtype: 'wildfire-virus',
        name: 'WildFire/Win32.Trojan.agent',
        tid: 300100001,
        action: 'reset-both',
        misc: 'invoice.pdf.exe',
      },
    ],
  },
  {
    ...web,
    ...threatEnd,
    end: 3900,
    sessionid: 184533,
    threats: [
      {
        subtype: 'ml-virus',
        name: 'Windows Executable (PE) Machine Learning',
        tid: 5200001,
        action: 'drop',
        misc: 'payload.dll',
      },
    ],
  },
  // A WildFire verdict (action allow) followed by the antivirus block.
  {
    ...web,
    ...threatEnd,
    end: 4200,
    sessionid: 184534,
    threats: [
      {
        subtype: 'wildfire',
        name: 'Windows Executable (EXE)',
        tid: 52020,
        action: 'allow',
        misc: 'update.exe',
        severity: 'high',
        extra: { filedigest: '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08' },
      },
      {
        subtype: 'virus',
        name: 'Virus/Win32.WGeneric.update',
        tid: 2000003,
        action: 'reset-both',
        misc: 'update.exe',
      },
    ],
  },
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
