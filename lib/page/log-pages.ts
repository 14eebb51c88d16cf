// The Monitor log pages whose cells training mode explains (reference sections 2 and 9): the
// traffic log, and the threat-side logs (Threat, URL Filtering, Data Filtering, WildFire
// Submissions), each its own branch of the `#monitor::<location>::<branch>` hash.

import { parseHash, TRAFFIC_LOG_BRANCH } from './detect';

export type LogPageKind = 'traffic' | 'threat-side';

const THREAT_SIDE_BRANCHES = new Set([
  'monitor/logs/threat',
  'monitor/logs/url',
  'monitor/logs/data',
  'monitor/logs/wildfire',
]);

/** Which kind of log page a hash shows, or null for any other page. */
export function logPageKind(hash: string): LogPageKind | null {
  const branch = parseHash(hash)?.branch;
  if (branch === TRAFFIC_LOG_BRANCH) return 'traffic';
  return branch && THREAT_SIDE_BRANCHES.has(branch) ? 'threat-side' : null;
}
