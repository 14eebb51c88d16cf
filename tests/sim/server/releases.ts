// The PAN-OS releases the simulator can play (`--panos 8.1|10.1|11.1`). Each plays what the
// reference says of it, and one plausible choice where the reference does not know (the
// choices are listed in tests/sim/README.md, "Release profiles").

import type { LogEntry } from '../scenarios/types';

export const PANOS_RELEASES = ['8.1', '10.1', '11.1'] as const;
export type PanosRelease = (typeof PANOS_RELEASES)[number];
/** The newest release is the default: what admins run today. */
export const DEFAULT_RELEASE: PanosRelease = '11.1';

/** The names under which the page publishes its Ext.Direct client. */
export type RpcGlobalName = 'PanDirect' | 'Pan.direct' | 'Panos.direct';

export interface ReleaseProfile {
  release: PanosRelease;
  /** What `<show><system><info/>` and the dashboard say. */
  swVersion: string;
  rpcGlobals: RpcGlobalName[];
  /** MD5 before 10.2, SHA-256 from 10.2. */
  tokenAlgo: 'md5' | 'sha256';
  /** The login form posts a `_csrf` field (10.1.6 and later). */
  loginCsrf: boolean;
  /** `window.Pan.staticMOTD` is set (9.x and later). */
  staticMotd: boolean;
  /** Log entries carry the 10.x fields (time_received, high_res_timestamp, ...). */
  logShape: '8.x' | '10.x';
  /** What a running log job reports. */
  runningJobStatus: 'ACT' | 'RUN';
}

export const RELEASES: Record<PanosRelease, ReleaseProfile> = {
  '8.1': {
    release: '8.1',
    swVersion: '8.1.25',
    rpcGlobals: ['PanDirect', 'Pan.direct'],
    tokenAlgo: 'md5',
    loginCsrf: false,
    staticMotd: false,
    logShape: '8.x',
    runningJobStatus: 'ACT',
  },
  // 10.1.9: after 10.1.6 (the login form's _csrf), before 10.2 (still MD5). Which name the
  // RPC client has here is unknown: this profile publishes it as Pan.direct only.
  '10.1': {
    release: '10.1',
    swVersion: '10.1.9',
    rpcGlobals: ['Pan.direct'],
    tokenAlgo: 'md5',
    loginCsrf: true,
    staticMotd: true,
    logShape: '10.x',
    runningJobStatus: 'RUN',
  },
  '11.1': {
    release: '11.1',
    swVersion: '11.1.4',
    rpcGlobals: ['Panos.direct'],
    tokenAlgo: 'sha256',
    loginCsrf: true,
    staticMotd: true,
    logShape: '10.x',
    runningJobStatus: 'RUN',
  },
};

export function isPanosRelease(text: unknown): text is PanosRelease {
  return (PANOS_RELEASES as readonly unknown[]).includes(text);
}

export function releaseProfile(release: PanosRelease = DEFAULT_RELEASE): ReleaseProfile {
  return RELEASES[release];
}

/** The device zone's offset near a wall-clock reading, as ISO 8601 wants it ('+01:00'). */
function zoneOffset(zone: string, wallClockMs: number): string {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(new Date(wallClockMs))
    .find((part) => part.type === 'timeZoneName')?.value;
  const offset = /GMT([+-]\d{2}:\d{2})/.exec(name ?? '')?.[1];
  return offset ?? '+00:00';
}

/** '2026/11/27 08:00:05' -> '2026-11-27T08:00:05.000+00:00': the 10.x stamp, in the device's zone. */
function highResTimestamp(logTime: string, zone: string): string {
  const match = /^(\d{4})\/(\d{2})\/(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(logTime);
  if (!match) return '';
  const [, y, mo, d, h, mi, se] = match;
  const wallClock = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(se));
  return `${y}-${mo}-${d}T${h}:${mi}:${se}.000${zoneOffset(zone, wallClock)}`;
}

/** The entry as this release writes it: 8.x lowercase `type`, 10.x extra fields. */
export function shapeEntry(profile: ReleaseProfile, entry: LogEntry, zone = 'UTC'): LogEntry {
  const fields = { ...entry.fields };
  if (profile.logShape === '8.x') {
    if (fields.type) fields.type = fields.type.toLowerCase();
    return { logid: entry.logid, fields };
  }
  const vsysNumber = /^vsys(\d+)$/.exec(fields.vsys ?? '')?.[1];
  const extra: Record<string, string> = {
    time_received: fields.receive_time ?? '',
    high_res_timestamp: highResTimestamp(fields.time_generated ?? '', zone),
    action_source: 'from-policy',
    vsys_id: vsysNumber ?? '0',
    dg_hier_level_1: '0',
    dg_hier_level_2: '0',
    dg_hier_level_3: '0',
    dg_hier_level_4: '0',
  };
  for (const [name, value] of Object.entries(extra)) fields[name] ??= value;
  return { logid: entry.logid, fields };
}
