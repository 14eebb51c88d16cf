// The default scenario's allow+threat sessions for content threats (vulnerability, spyware,
// antivirus, WildFire), written out by hand so that every subtype and action appears.

import { dns, threatEnd, tls, web } from './default-session-parts';
import type { SessionSpec } from './log-builder';

/** Session ids 184500..184599 are hand-written; filler sessions use other ranges. */
export const CONTENT_THREAT_SESSIONS: SessionSpec[] = [
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
];
