// Scenario data: what one simulated firewall or Panorama knows (config objects and logs).
// Locations: 'shared', a vsys name (firewall) or a device-group name (Panorama); 'panorama'
// marks objects pushed from Panorama to a firewall (they are not in its local config).

export type ProfileKind =
  | 'virus'
  | 'spyware'
  | 'vulnerability'
  | 'url-filtering'
  | 'file-blocking'
  | 'wildfire-analysis'
  | 'data-filtering';

export interface ProfileDef {
  kind: ProfileKind;
  name: string;
  location: string;
}

export interface ProfileGroupDef {
  name: string;
  location: string;
  profiles: Partial<Record<ProfileKind, string>>;
}

export type ProfileSetting = { group: string } | { profiles: Partial<Record<ProfileKind, string>> };

export type Rulebase = 'rulebase' | 'pre-rulebase' | 'post-rulebase';

export interface RuleDef {
  name: string;
  uuid: string;
  location: string;
  rulebase: Rulebase;
  from: string[];
  to: string[];
  source: string[];
  destination: string[];
  application: string[];
  service: string[];
  action: 'allow' | 'deny' | 'drop' | 'reset-client' | 'reset-server' | 'reset-both';
  profileSetting?: ProfileSetting;
}

export interface DeviceDef {
  serial: string;
  name: string;
  vsys: string[];
}

export interface DeviceGroupDef {
  name: string;
  parent?: string;
  devices: string[];
}

/** One log entry: its logid and element name -> text. */
export interface LogEntry {
  logid: string;
  fields: Record<string, string>;
}

export interface ThreatDetail {
  tid: string;
  name: string;
  description: string;
  severity: string;
  category: string;
  cve: string[];
  references: string[];
}

export interface Scenario {
  name: string;
  product: 'firewall' | 'panorama';
  devices: DeviceDef[];
  deviceGroups?: DeviceGroupDef[];
  rules: RuleDef[];
  groups: ProfileGroupDef[];
  profiles: ProfileDef[];
  /** Traffic logs. */
  sessions: LogEntry[];
  /** The logs Security Profiles write, each its own database (`logtype` / `log-type`). */
  contentLogs: ContentLogs;
  threatDetails: ThreatDetail[];
  configVersion: string;
}

/** The log databases Security Profiles write to (PAN-OS 9.1 and later). */
export type ContentLogType = 'threat' | 'url' | 'data' | 'wildfire';
export const CONTENT_LOG_TYPES: readonly ContentLogType[] = ['threat', 'url', 'data', 'wildfire'];
export type ContentLogs = Record<ContentLogType, LogEntry[]>;

/**
 * Where each subtype is logged: URL Filtering in `url`, File Blocking and Data Filtering in
 * `data`, WildFire submissions in `wildfire`; the rest (wildfire-virus too) in `threat`.
 */
export function contentLogTypeOf(subtype: string): ContentLogType {
  if (subtype === 'url') return 'url';
  if (subtype === 'file' || subtype === 'data') return 'data';
  if (subtype === 'wildfire') return 'wildfire';
  return 'threat';
}

/** Every content log entry, whatever its database (the related-log view spans them all). */
export function allContentLogs(logs: ContentLogs): LogEntry[] {
  return CONTENT_LOG_TYPES.flatMap((type) => logs[type]);
}

/** Predefined profiles exist on every device without being in the config. */
export const PREDEFINED_PROFILES: Readonly<Record<ProfileKind, readonly string[]>> = {
  virus: ['default'],
  spyware: ['default', 'strict'],
  vulnerability: ['default', 'strict'],
  'url-filtering': ['default'],
  'file-blocking': ['basic file blocking', 'strict file blocking'],
  'wildfire-analysis': ['default'],
  'data-filtering': [],
};
