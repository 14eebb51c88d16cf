// Public types of the simulator: options, the handle tests hold, fault switches, request log.

import type { ContentLogType, Scenario } from '../scenarios/types';
import type { LogRefusal } from './log-role';
import type { PanosRelease } from './releases';

export type EndpointKind = 'page' | 'login' | 'static' | 'log-data' | 'direct' | 'api';

export interface Faults {
  latencyMs: Partial<Record<EndpointKind, number>>;
  /** Log jobs stay ACT (log.data.xml.php, /api/ and the related-log RPC). */
  jobNeverFinishes: boolean;
  http500: Partial<Record<EndpointKind, boolean>>;
  /** The body is cut in half (XML, JSON or HTML alike). */
  malformedXml: Partial<Record<EndpointKind, boolean>>;
  /** All Direct calls (true) or the listed methods ('MonitorDirect.x' or 'x') answer an exception. */
  directException: boolean | string[];
  /** Every session expires after this many more authenticated requests ("login page mid-lookup"). */
  expireAfterRequests?: number;
  /** A job reports ACT this many polls before FIN. */
  jobPollsToFinish: number;
  /**
   * enqueueRelatedLogRequest needs the grid page's XML in `responseText` (holding the anchor's
   * entry); without it the answer is the traffic job alone, no content job.
   */
  relatedLogNeedsResponseText: boolean;
  /** log.data.xml.php ignores `query`: it answers the newest entries of the log type. */
  logStoreIgnoresQuery: boolean;
  /** The page's LogStore never reports a load of any log type but traffic (no callback, no event). */
  logStoreNeverCallsBack: boolean;
  /** log.data.xml.php refuses a `limit` above this (the UI's own page size); 0 = no bound. */
  logStoreMaxLimit: number;
  /** Every query of these log types (UI log endpoint, XML API, related-log RPC) answers HTTP 500. */
  failLogTypes: string[];
}

export type ContentEntryType = 'THREAT' | 'log-type';

export interface SimOptions {
  /** 0 = a random free port (default). */
  port?: number;
  host?: '127.0.0.1';
  /** Scenario name (default 'default', or 'panorama' with `panorama: true`). */
  scenario?: string;
  /** Play Panorama (device-group UI, serial and device_name columns). */
  panorama?: boolean;
  /**
   * Set a product flag on the page (`Pan.global.isPanorama()`, `Pan.global.product`). No such
   * flag is known on real PAN-OS, so by default there is none; this switch tests both paths.
   */
  productFlag?: boolean;
  /** The model `<show><system><info/></system></show>` answers (default `Panorama` or `PA-3220`; e.g. `M-200`). */
  model?: string;
  /** The device's time zone (IANA name): log times are shown in it. Default UTC. */
  timeZone?: string;
  sessionIdleSeconds?: number;
  /** Does /api/ accept the web UI's PHPSESSID cookie alone? (unknown on real firewalls) */
  apiAcceptsSessionCookie?: boolean;
  /**
   * The `type` field of URL, data and WildFire entries, which the reference does not give:
   * 'THREAT' as syslog has it (default), or 'log-type' (`URL`, `DATA`, `WILDFIRE`).
   */
  contentEntryType?: ContentEntryType;
  /** Direct CSRF token hash: sha256 (10.2+) or md5 (older). Default: the release's. */
  tokenAlgo?: 'sha256' | 'md5';
  /** The PAN-OS release to play (default '11.1', the newest); see releases.ts. */
  panos?: PanosRelease;
  /** XML API request types the admin role may not use: they answer 403 "Type [x] not authorized". */
  apiRoleDenies?: ApiRequestArea[];
  /** Log databases (`threat`, `url`, `data`, `wildfire`) the admin role may not read (log-role.ts). */
  logRoleDenies?: ContentLogType[];
  /** How a query of a denied log is answered (unknown on PAN-OS): 'http-403' (default), 'error-answer', 'no-entries'. */
  logRefusal?: LogRefusal;
  /** 'unrecognised': log pages render without x-grid3 grid markup (a plausible newer UI). */
  logUi?: 'x-grid3' | 'unrecognised';
  faults?: Partial<Faults>;
}

/** The XML API request types a role can be refused: logs and config reads. */
export type ApiRequestArea = 'log' | 'config';

export interface SimRequest {
  seq: number;
  time: number;
  method: string;
  path: string;
  kind: EndpointKind | 'control';
  status: number;
  /** One request may carry several batched Direct calls: their methods, comma-separated. */
  directMethod?: string;
  apiType?: string;
  apiAction?: string;
  /** The credential an /api/ request presented: key (parameter or X-PAN-KEY), basic, cookie, none. */
  apiAuth?: 'key' | 'basic' | 'cookie' | 'none';
  logType?: string;
  query?: string;
  jobId?: string;
}

export interface Simulator {
  url: string;
  port: number;
  close(): Promise<void>;
  setFaults(f: Partial<Faults>): void;
  resetFaults(): void;
  expireSessions(): void;
  requests(): SimRequest[];
  clearRequests(): void;
  /** Logs in like the login form does; resolves to the PHPSESSID value. */
  login(user?: string, pass?: string): Promise<string>;
  /** A valid API key for admin. */
  apiKey: string;
  scenario: Scenario;
}

export function defaultFaults(): Faults {
  return {
    latencyMs: {},
    jobNeverFinishes: false,
    http500: {},
    malformedXml: {},
    directException: false,
    jobPollsToFinish: 2,
    relatedLogNeedsResponseText: false,
    logStoreIgnoresQuery: false,
    logStoreNeverCallsBack: false,
    logStoreMaxLimit: 0,
    failLogTypes: [],
  };
}
