// Plain-data types that cross module boundaries. Nothing here knows the DOM or the browser API.

/** One log entry as PAN-OS gives it: element name -> text. The entry's logid is under '@logid'. */
export type LogRecord = Readonly<Record<string, string>>;

/** A traffic log row as read from the grid (store record first, DOM text as fallback). */
export interface TrafficRow {
  /** Index of the row in the visible grid page (store index / DOM order). */
  index: number;
  /** Where the fields came from: the ExtJS store record (all fields) or the DOM (visible text only). */
  source: 'store' | 'dom';
  logid: string;
  sessionid: string;
  /** Device serial; '' when unknown (a firewall grid usually has none visible). */
  serial: string;
  action: string;
  sessionEndReason: string;
  /** Log times, 'YYYY/MM/DD hh:mm:ss' ('' when unknown). */
  receiveTime: string;
  timeGenerated: string;
  start: string;
  rule: string;
  ruleUuid: string;
  vsys: string;
  deviceName: string;
  configVer: string;
  /** Every field that was read, raw. */
  fields: LogRecord;
}

/** The profile types a threat can come from (reference section 7). */
export type ProfileType =
  | 'antivirus'
  | 'anti-spyware'
  | 'vulnerability'
  | 'url-filtering'
  | 'file-blocking'
  | 'wildfire-analysis'
  | 'data-filtering'
  /** flood, scan, packet: Zone Protection / DoS Protection, never attached to a security rule. */
  | 'zone-dos-protection';

/** The log databases a Security Profile writes to (9.1 and later): threat, URL Filtering, Data Filtering, WildFire Submissions. */
export type LogDatabase = 'threat' | 'url' | 'data' | 'wildfire';

/** One threat log entry, normalised. All strings are raw log text (attacker-controlled where noted). */
export interface ThreatEntry {
  logid: string;
  serial: string;
  deviceName: string;
  vsys: string;
  sessionid: string;
  /** The log database the entry lives in (where pivots open it). */
  database: LogDatabase;
  subtype: string;
  /** Threat name without the '(12345)' suffix. */
  threatName: string;
  /** Numeric threat id as a string of digits, or '' when not known (URL entries' pseudo id 9999 is not one). */
  threatId: string;
  severity: string;
  action: string;
  /** thr_category */
  threatCategory: string;
  /** URL category (category) */
  urlCategory: string;
  direction: string;
  /** URL or file name: attacker-controlled. */
  misc: string;
  receiveTime: string;
  timeGenerated: string;
  rule: string;
  ruleUuid: string;
  configVer: string;
  fields: LogRecord;
}

/** Result of correlating one flagged traffic row with the threat log. */
export interface SessionThreats {
  /** The session-ending entry, if any. */
  blocking: ThreatEntry | null;
  /** All other entries of the session, oldest first. */
  others: ThreatEntry[];
}

export type ProfileSource =
  /** MonitorDirect.getThreatExceptionProfiles through the page session (the `current` profile). */
  | 'exception-profiles'
  /** The rule's profile-setting in the running config. */
  | 'running-config'
  /** Only what the log itself says (type, rule). */
  | 'log-only';

/** Where a config scope sits: a vsys, a Panorama device group, shared, or pushed from Panorama. */
export type ScopePlace =
  | { kind: 'vsys'; name: string }
  | { kind: 'device-group'; name: string }
  /** `panorama`: Panorama's shared (pre/post rules), not a firewall's shared objects. */
  | { kind: 'shared'; panorama: boolean }
  /** On a firewall: pushed from Panorama, editable only there. */
  | { kind: 'pushed' };

/** Where the rule was found: the scope and its rulebase. */
export interface RulePlace {
  place: ScopePlace;
  rulebase: 'rulebase' | 'pre-rulebase' | 'post-rulebase';
}

export interface ProfileResolution {
  profileType: ProfileType | null;
  profileName: string | null;
  /** Profile group that attached the profile, when the rule uses a group. */
  groupName: string | null;
  rule: string;
  /** Where the rule lives, in words: 'vsys1', 'device group "branch" (pre-rulebase)', 'pushed from Panorama'. */
  ruleLocation: string | null;
  /** Where the profile object lives ('vsys1', 'shared', 'predefined', 'device group "x"'). */
  profileLocation: string | null;
  source: ProfileSource;
  /** When the name could not be known: why, in plain words. */
  unknownReason: string | null;
  /** The config version changed since the log was written (config_ver differs). */
  configChanged: boolean;
  /** Where the rule was found, for next steps that say where to edit it. */
  rulePlace?: RulePlace | null;
  /** Panorama: the device group of the log's firewall, when known. */
  deviceGroup?: string | null;
  /** Facts about the resolution worth telling (the firewall belongs to another device group). */
  notes?: string[];
}

/** Threat facts for display. */
export interface ThreatFacts {
  name: string;
  id: string;
  subtype: string;
  category: string;
  severity: string;
  direction: string;
  action: string;
  actionMeaning: string;
  time: string;
  /** URL or file name (attacker-controlled text). */
  urlOrFile: string;
  sessionEnding: boolean;
}

export interface TrafficFacts {
  sessionid: string;
  serial: string;
  deviceName: string;
  /** Panorama: the device group of the log's firewall ('' when not known or not Panorama). */
  deviceGroup?: string;
  src: string;
  dst: string;
  dport: string;
  app: string;
  rule: string;
  from: string;
  to: string;
  start: string;
  receiveTime: string;
  action: string;
  sessionEndReason: string;
}

export type Verdict =
  /** A session-ending threat entry was found and its profile named (or typed). */
  | 'blocked-by-profile'
  /** Flood/scan/packet: Zone or DoS Protection. */
  | 'zone-dos'
  /** Threat entries were found but none is session-ending. */
  | 'no-ending-entry'
  /** No threat entry for the session. */
  | 'no-threat-log';

/** Everything the tooltip and side panel show, as plain data. */
export interface Explanation {
  verdict: Verdict;
  /** One true sentence: 'Blocked by Vulnerability Protection profile "strict" (profile group "corp" on rule "allow-web")'. */
  headline: string;
  /** Short line for the tooltip: threat name, action. */
  summary: string;
  profile: ProfileResolution | null;
  /** Human name of the profile type ('Vulnerability Protection'). */
  profileTypeLabel: string | null;
  threat: ThreatFacts | null;
  otherThreats: ThreatFacts[];
  traffic: TrafficFacts;
  /** Why the traffic log still says allow. */
  whyAllow: string;
  /** What an admin can do next. */
  nextSteps: string[];
  /** Where each part of the answer came from, in words. */
  provenance: string[];
  warnings: string[];
  /** When nothing was found: the likely reasons. */
  notFoundReasons: string[];
  /** Training text for the row's session end reason. */
  endReasonText: string;
}

/** What the UI shows for one flagged row. */
export type LookupState =
  | { kind: 'idle' }
  | { kind: 'loading'; detail: string }
  | { kind: 'done'; explanation: Explanation }
  | { kind: 'expired' }
  | { kind: 'error'; message: string; fix: string }
  | { kind: 'unknown-layout'; message: string; fix: string };
