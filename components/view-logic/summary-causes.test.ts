import { describe, expect, it } from 'vitest';
import type { Explanation, LookupState } from '../../lib/panos/types';
import { noThreatLog, vulnerabilityInGroup } from '../../tests/fixtures/explanations';
import { causeOf, groupCauses, summaryLead } from './summary-causes';

const done = (explanation: Explanation): LookupState => ({ kind: 'done', explanation });
const typed = (label: string): LookupState => done({ ...vulnerabilityInGroup, profileTypeLabel: label });

describe('summary by cause', () => {
  it('counts rows per profile type, largest first, not found last', () => {
    const rows = [
      { index: 4, state: typed('URL Filtering') },
      { index: 0, state: typed('Vulnerability Protection') },
      { index: 2, state: done(noThreatLog) },
      { index: 7, state: typed('Vulnerability Protection') },
      { index: 9, state: typed('Antivirus') },
      { index: 11, state: typed('URL Filtering') },
      { index: 12, state: typed('Vulnerability Protection') },
    ];
    const groups = groupCauses(rows);
    expect(groups.map((g) => `${g.rows.length} ${g.label}`)).toEqual([
      '3 Vulnerability Protection',
      '2 URL Filtering',
      '1 Antivirus',
      '1 not found',
    ]);
    expect(groups[0]?.rows).toEqual([0, 7, 12]);
    expect(summaryLead(7, 20)).toBe('7 of 20 ended for a threat');
  });

  it('keeps rows still looked up or unanswered apart, and names Zone / DoS Protection apart from profiles', () => {
    expect(causeOf({ kind: 'loading', detail: '' })).toBe('looking up');
    expect(causeOf({ kind: 'error', message: 'x', fix: 'y' })).toBe('not answered');
    const zone = done({
      ...vulnerabilityInGroup,
      verdict: 'zone-dos',
      profileTypeLabel: 'Zone Protection / DoS Protection',
    });
    const groups = groupCauses([
      { index: 1, state: zone },
      { index: 2, state: { kind: 'idle' } },
    ]);
    expect(groups.map((g) => g.label)).toEqual(['Zone / DoS Protection', 'looking up']);
    expect(summaryLead(2, 1)).toBe('2 of 1 ended for a threat');
  });
});
