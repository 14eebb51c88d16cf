import { describe, expect, it } from 'vitest';
import { isThreatSideLogBranch, logPageOfSubtype } from './log-pages';

describe('logPageOfSubtype', () => {
  it.each([
    ['url', 'monitor/logs/url', 'Monitor > Logs > URL Filtering'],
    ['file', 'monitor/logs/data', 'Monitor > Logs > Data Filtering'],
    ['data', 'monitor/logs/data', 'Monitor > Logs > Data Filtering'],
    ['wildfire', 'monitor/logs/wildfire', 'Monitor > Logs > WildFire Submissions'],
    ['vulnerability', 'monitor/logs/threat', 'Monitor > Logs > Threat'],
    ['wildfire-virus', 'monitor/logs/threat', 'Monitor > Logs > Threat'],
    ['flood', 'monitor/logs/threat', 'Monitor > Logs > Threat'],
    [' URL ', 'monitor/logs/url', 'Monitor > Logs > URL Filtering'],
    ['', 'monitor/logs/threat', 'Monitor > Logs > Threat'],
    ['toString', 'monitor/logs/threat', 'Monitor > Logs > Threat'],
  ])('%s -> %s', (subtype, branch, label) => {
    expect(logPageOfSubtype(subtype)).toEqual({ branch, label });
  });

  it('allows only the four threat-side branches', () => {
    expect(isThreatSideLogBranch('monitor/logs/url')).toBe(true);
    expect(isThreatSideLogBranch('monitor/logs/traffic')).toBe(false);
    expect(isThreatSideLogBranch('device/setup')).toBe(false);
  });
});
