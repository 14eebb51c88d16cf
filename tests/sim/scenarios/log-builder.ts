// Builds full traffic and threat log entries (every field of REFERENCE section 6) from compact
// session descriptions. Deterministic: logids, seqnos and times follow the order of the specs.

import { logTime } from './log-time';
import {
  type ContentLogs,
  contentLogTypeOf,
  type DeviceDef,
  type LogEntry,
  type RuleDef,
  type ThreatDetail,
} from './types';

export interface ThreatSpec {
  subtype: string;
  name: string;
  tid: number;
  action: string;
  severity?: string;
  /** Seconds before the session's end (default: 1 for the last threat, more for earlier ones). */
  before?: number;
  /** threatid holds the name alone (the number only in tid). */
  nameOnly?: boolean;
  thrCategory?: string;
  direction?: 'client-to-server' | 'server-to-client';
  /** URL or file name. */
  misc?: string;
  /** URL category. */
  category?: string;
  /** Any other field (user_agent, referer, sender, subject, recipient, filedigest, …). */
  extra?: Record<string, string>;
}

export interface SessionSpec {
  /** Seconds from the base time to the session's end (the traffic log's receive time). */
  end: number;
  duration?: number;
  sessionid: number;
  /** Device serial (default: the first device). */
  serial?: string;
  vsys?: string;
  src: string;
  dst: string;
  sport?: number;
  dport: number;
  proto?: 'tcp' | 'udp' | 'icmp';
  from?: string;
  to?: string;
  app: string;
  rule: string;
  action: string;
  endReason: string;
  /** Traffic subtype (default from action: end / deny / drop). */
  trafficSubtype?: string;
  bytes?: number;
  srcuser?: string;
  threats?: ThreatSpec[];
  /** The traffic log is not written (e.g. a threat of an older session whose log rolled over). */
  noTrafficLog?: boolean;
  /** `config_ver` when its logs were written, if before the scenario's last commit. */
  configVersion?: string;
}

export interface BuildContext {
  devices: DeviceDef[];
  rules: RuleDef[];
  configVersion: string;
  /** First logid; later ones count up from it. */
  firstLogid?: bigint;
}

export interface BuiltLogs {
  sessions: LogEntry[];
  /** Each entry in the database its subtype is logged in. */
  contentLogs: ContentLogs;
  threatDetails: ThreatDetail[];
}

const CONTENT_VERSION = '8960-9415';
const VSYS_DISPLAY: Record<string, string> = { vsys1: 'Corp', vsys2: 'Lab' };

function trafficSubtypeFor(action: string): string {
  if (action === 'deny') return 'deny';
  if (action.startsWith('drop')) return 'drop';
  return 'end';
}

function defaultThrCategory(subtype: string): string {
  const categories: Record<string, string> = {
    vulnerability: 'code-execution',
    spyware: 'spyware',
    virus: 'virus',
    'wildfire-virus': 'virus',
    'ml-virus': 'virus',
    wildfire: 'unknown',
    url: 'unknown',
    file: 'unknown',
    data: 'unknown',
    flood: 'flood',
    scan: 'scan',
    packet: 'packet',
  };
  return categories[subtype] ?? 'unknown';
}

export function buildLogs(specs: readonly SessionSpec[], ctx: BuildContext): BuiltLogs {
  let nextLogid = ctx.firstLogid ?? 7263000000000000000n;
  const seqnos = new Map<string, number>();
  const sessions: LogEntry[] = [];
  const contentLogs: ContentLogs = { threat: [], url: [], data: [], wildfire: [] };
  const details = new Map<string, ThreatDetail>();
  const firstDevice = ctx.devices[0];
  if (!firstDevice) throw new Error('a scenario needs a device');

  const nextSeqno = (serial: string) => {
    const value = (seqnos.get(serial) ?? 1000) + 1;
    seqnos.set(serial, value);
    return String(value);
  };

  for (const spec of specs) {
    const device = ctx.devices.find((d) => d.serial === (spec.serial ?? firstDevice.serial)) ?? firstDevice;
    const vsys = spec.vsys ?? device.vsys[0] ?? 'vsys1';
    const rule = ctx.rules.find((r) => r.name === spec.rule);
    const duration = spec.duration ?? 5;
    const common: Record<string, string> = {
      serial: device.serial,
      device_name: device.name,
      vsys,
      vsys_name: VSYS_DISPLAY[vsys] ?? vsys,
      sessionid: String(spec.sessionid),
      src: spec.src,
      dst: spec.dst,
      sport: String(spec.sport ?? 40000 + (spec.sessionid % 20000)),
      dport: String(spec.dport),
      proto: spec.proto ?? 'tcp',
      from: spec.from ?? 'trust',
      to: spec.to ?? 'untrust',
      app: spec.app,
      rule: spec.rule,
      rule_uuid: rule?.uuid ?? '',
      config_ver: spec.configVersion ?? ctx.configVersion,
      srcuser: spec.srcuser ?? '',
    };
    const threatSpecs = spec.threats ?? [];
    threatSpecs.forEach((threat, index) => {
      const before = threat.before ?? threatSpecs.length - index;
      const time = logTime(spec.end - before);
      const fields: Record<string, string> = {
        receive_time: time,
        time_generated: time,
        type: 'THREAT',
        subtype: threat.subtype,
        ...common,
        seqno: nextSeqno(device.serial),
        action: threat.action,
        threatid: threat.nameOnly ? threat.name : `${threat.name}(${threat.tid})`,
        tid: String(threat.tid),
        severity: threat.severity ?? 'high',
        thr_category: threat.thrCategory ?? defaultThrCategory(threat.subtype),
        direction: threat.direction ?? 'server-to-client',
        misc: threat.misc ?? '',
        category: threat.category ?? 'any',
        contentver: CONTENT_VERSION,
        pcap_id: '0',
        user_agent: '',
        referer: '',
        sender: '',
        subject: '',
        recipient: '',
        filedigest: '',
        ...threat.extra,
      };
      contentLogs[contentLogTypeOf(threat.subtype)].push({ logid: String(nextLogid++), fields });
      if (!details.has(String(threat.tid))) {
        details.set(String(threat.tid), {
          tid: String(threat.tid),
          name: threat.name,
          description: `Simulated signature for ${threat.subtype} threats (${threat.name}).`,
          severity: threat.severity ?? 'high',
          category: fields.thr_category ?? '',
          cve: threat.subtype === 'vulnerability' ? [`CVE-2026-${String(threat.tid).slice(-4)}`] : [],
          references: [`https://threatvault.example/signature/${threat.tid}`],
        });
      }
    });
    if (spec.noTrafficLog) continue;
    const endTime = logTime(spec.end);
    sessions.push({
      logid: String(nextLogid++),
      fields: {
        receive_time: endTime,
        time_generated: endTime,
        type: 'TRAFFIC',
        subtype: spec.trafficSubtype ?? trafficSubtypeFor(spec.action),
        ...common,
        seqno: nextSeqno(device.serial),
        action: spec.action,
        session_end_reason: spec.endReason,
        start: logTime(spec.end - duration),
        elapsed: String(duration),
        bytes: String(spec.bytes ?? 1200 + ((spec.sessionid * 37) % 90000)),
      },
    });
  }
  return { sessions, contentLogs, threatDetails: [...details.values()] };
}
