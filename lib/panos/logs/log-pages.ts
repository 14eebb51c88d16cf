// Which Monitor log page holds an entry of a given subtype (reference section 9: each log
// database is its own page), for pivots that open the entry where it lives.

import { normaliseLogValue } from './threat-actions';

export const THREAT_SIDE_LOG_BRANCHES = [
  'monitor/logs/threat',
  'monitor/logs/url',
  'monitor/logs/data',
  'monitor/logs/wildfire',
] as const;

export type ThreatSideLogBranch = (typeof THREAT_SIDE_LOG_BRANCHES)[number];

export interface LogPage {
  branch: ThreatSideLogBranch;
  /** The menu path, as the admin reads it. */
  label: string;
}

const THREAT: LogPage = { branch: 'monitor/logs/threat', label: 'Monitor > Logs > Threat' };
const BY_SUBTYPE: Readonly<Record<string, LogPage>> = {
  url: { branch: 'monitor/logs/url', label: 'Monitor > Logs > URL Filtering' },
  file: { branch: 'monitor/logs/data', label: 'Monitor > Logs > Data Filtering' },
  data: { branch: 'monitor/logs/data', label: 'Monitor > Logs > Data Filtering' },
  wildfire: { branch: 'monitor/logs/wildfire', label: 'Monitor > Logs > WildFire Submissions' },
};

/** The page of an entry's subtype: URL Filtering, Data Filtering, WildFire Submissions, else Threat. */
export function logPageOfSubtype(subtype: string | null | undefined): LogPage {
  const key = normaliseLogValue(subtype ?? '');
  return Object.hasOwn(BY_SUBTYPE, key) ? (BY_SUBTYPE[key] as LogPage) : THREAT;
}

export function isThreatSideLogBranch(branch: unknown): branch is ThreatSideLogBranch {
  return THREAT_SIDE_LOG_BRANCHES.includes(branch as ThreatSideLogBranch);
}
