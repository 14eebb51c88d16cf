// What every route sees: the scenario, the resolved options, live fault switches, the
// session and job stores, and the generated config document.

import type { Scenario } from '../scenarios/types';
import type { JobStore } from './jobs';
import type { LogRole } from './log-role';
import type { ReleaseProfile } from './releases';
import type { SessionStore } from './sessions';
import type { ApiRequestArea, EndpointKind, Faults, SimRequest } from './types';
import type { XmlNode } from './xml';

export interface SimContext {
  scenario: Scenario;
  product: 'firewall' | 'panorama';
  /** Whether the page carries a product flag (an invented global: off by default). */
  productFlag: boolean;
  /** The system info model. */
  model: string;
  tokenAlgo: 'sha256' | 'md5';
  apiAcceptsSessionCookie: boolean;
  release: ReleaseProfile;
  apiRoleDenies: ReadonlySet<ApiRequestArea>;
  /** Log databases the admin role may not read, and how a query of one is answered. */
  logRole: LogRole;
  logUi: 'x-grid3' | 'unrecognised';
  /** `_csrf` values of login forms served and not yet used (releases with loginCsrf). */
  loginCsrf: Set<string>;
  faults: Faults;
  sessions: SessionStore;
  jobs: JobStore;
  config: XmlNode;
  apiKey: string;
}

/** What a route learned about the request, for the request log. */
export type RequestNotes = Partial<
  Pick<SimRequest, 'directMethod' | 'apiType' | 'apiAction' | 'apiAuth' | 'logType' | 'query' | 'jobId'>
>;

export function endpointKind(path: string): EndpointKind | 'control' {
  if (path.startsWith('/__sim/')) return 'control';
  if (path === '/php/login.php' || path === '/php/logout.php') return 'login';
  if (path === '/php/monitor/log.data.xml.php') return 'log-data';
  if (path === '/php/utils/router.php' || path.startsWith('/php/utils/router.php/')) return 'direct';
  if (path === '/api' || path === '/api/') return 'api';
  if (/^\/(js|css|images)\//.test(path) || path === '/favicon.ico') return 'static';
  return 'page';
}
