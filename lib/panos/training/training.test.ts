import { describe, expect, it } from 'vitest';
import { THREAT_ACTIONS } from '../logs/threat-actions';
import { PROFILE_TYPE_LABELS, THREAT_SUBTYPES } from '../profiles/profile-types';
import {
  cellTip,
  endReasonText,
  endsSessionLabel,
  GLOSSARY,
  type GlossaryKind,
  glossaryEntry,
  SESSION_END_REASONS,
  searchGlossary,
  threatActionText,
} from './training';

const NO_DESCRIPTION = /has no description/;

// Every value the PAN-OS reference names in its sections 7 (Values) and 9 (log databases),
// transcribed by hand: the glossary must hold each one.
const REFERENCE_VALUES: Readonly<Record<GlossaryKind, readonly string[]>> = {
  'end-reason': [
    'threat',
    'policy-deny',
    'decrypt-cert-validation',
    'decrypt-unsupport-param',
    'decrypt-error',
    'tcp-rst-from-client',
    'tcp-rst-from-server',
    'resources-unavailable',
    'tcp-fin',
    'tcp-reuse',
    'decoder',
    'aged-out',
    'unknown',
    'n/a',
    'request-timeout',
    'shutdown-from-endpoint',
    'abort-from-endpoint',
    'split-tunnel',
  ],
  'threat-action': [
    'alert',
    'allow',
    'deny',
    'drop',
    'drop-all-packets',
    'reset-client',
    'reset-server',
    'reset-both',
    'block-url',
    'block-ip',
    'random-drop',
    'sinkhole',
    'syncookie-sent',
    'block-continue',
    'continue',
    'block-override',
    'override-lockout',
    'override',
    'block',
  ],
  'threat-subtype': [
    'vulnerability',
    'spyware',
    'virus',
    'wildfire-virus',
    'ml-virus',
    'wildfire',
    'url',
    'file',
    'data',
    'flood',
    'scan',
    'packet',
  ],
  'log-type': ['traffic', 'threat', 'url', 'data', 'wildfire'],
  'traffic-type': ['start', 'end', 'drop', 'deny'],
  'rule-action': ['allow', 'deny', 'drop', 'reset-client', 'reset-server', 'reset-both'],
  'profile-type': [
    'Vulnerability Protection',
    'Anti-Spyware',
    'Antivirus',
    'WildFire Analysis',
    'URL Filtering',
    'File Blocking',
    'Data Filtering',
    'Zone Protection / DoS Protection',
  ],
};
const UNDOCUMENTED_END_REASONS = [
  'request-timeout',
  'shutdown-from-endpoint',
  'abort-from-endpoint',
  'split-tunnel',
];

describe('the glossary holds every value the reference names', () => {
  for (const [kind, values] of Object.entries(REFERENCE_VALUES)) {
    it.each(values)(`${kind}: %s`, (value) => {
      const entry = glossaryEntry(kind as GlossaryKind, value);
      expect(entry).not.toBeNull();
      expect(entry?.meaning.length).toBeGreaterThan(20);
      expect(entry?.producedBy.length).toBeGreaterThan(3);
    });
  }

  it("agrees with the code's own catalogues (actions, subtypes, profile types)", () => {
    for (const action of THREAT_ACTIONS) expect(glossaryEntry('threat-action', action)).not.toBeNull();
    for (const subtype of THREAT_SUBTYPES) expect(glossaryEntry('threat-subtype', subtype)).not.toBeNull();
    for (const label of Object.values(PROFILE_TYPE_LABELS)) {
      expect(glossaryEntry('profile-type', label)).not.toBeNull();
    }
  });

  it('has no entry twice', () => {
    const keys = GLOSSARY.map((entry) => `${entry.kind}:${entry.value}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('what PAN-OS does not document', () => {
  it.each(UNDOCUMENTED_END_REASONS)('%s is labelled undocumented, with no invented meaning', (value) => {
    const entry = glossaryEntry('end-reason', value);
    expect(entry?.documented).toBe(false);
    expect(entry?.meaning).toMatch(/^Not documented for PAN-OS/);
    expect(entry?.meaning).not.toMatch(/timed out|shut|abort|tunnel/i);
  });

  it('labels every other entry documented', () => {
    const undocumented = GLOSSARY.filter((entry) => !entry.documented).map((entry) => entry.value);
    expect(undocumented.sort()).toEqual([...UNDOCUMENTED_END_REASONS].sort());
  });

  it('does not claim that sinkhole or drop-all-packets end the session', () => {
    expect(glossaryEntry('threat-action', 'sinkhole')?.endsSession).toBe('unknown');
    expect(threatActionText('drop-all-packets')).toMatch(/does not document whether/);
  });
});

describe('section 7 in plain words', () => {
  it('UDP resets drop', () => {
    for (const action of ['reset-client', 'reset-server', 'reset-both']) {
      expect(threatActionText(action)).toMatch(/For UDP, the firewall drops the packets/);
    }
  });
  it('block-ip blocks the source or the pair for a set time', () => {
    expect(threatActionText('block-ip')).toMatch(
      /source, or the source-destination pair, for the configured time/,
    );
  });
  it('block is the WildFire action', () => {
    expect(threatActionText('block')).toMatch(
      /block is the WildFire action: the file was blocked and uploaded/,
    );
  });
  it('WildFire Analysis profiles forward; Antivirus blocks known malware', () => {
    expect(glossaryEntry('profile-type', 'WildFire Analysis')?.meaning).toMatch(
      /Forwards .*no blocking action/,
    );
    expect(glossaryEntry('threat-subtype', 'wildfire-virus')?.meaning).toMatch(
      /blocked by the Antivirus profile/,
    );
  });
  it('n/a applies to non-end logs', () => {
    expect(endReasonText('n/a')).toMatch(/not session-end logs/);
  });
});

describe('endReasonText', () => {
  it.each(SESSION_END_REASONS)('explains %s', (reason) => {
    expect(endReasonText(reason)).not.toMatch(NO_DESCRIPTION);
  });

  it('reads log values loosely and answers unknown ones honestly', () => {
    expect(endReasonText(' Threat ')).toBe(endReasonText('threat'));
    expect(endReasonText('warp-drive')).toBe(
      'PAN-OS logged "warp-drive"; this extension has no description for it.',
    );
    expect(endReasonText('')).toMatch(/no Session End Reason/);
  });
});

describe('threatActionText', () => {
  it.each(THREAT_ACTIONS)('explains %s and says whether it ends the session', (action) => {
    const text = threatActionText(action);
    expect(text).not.toMatch(NO_DESCRIPTION);
    expect(text).toMatch(/ends the session|does not end the session|does not document whether/);
  });

  it('answers unknown actions honestly', () => {
    expect(threatActionText('teleport')).toBe(
      'PAN-OS logged "teleport"; this extension has no description for it.',
    );
  });
});

describe('cellTip', () => {
  it('explains a traffic Session End Reason, Type and Action', () => {
    expect(cellTip({ field: 'session_end_reason', page: 'traffic' }, 'aged-out')?.text).toMatch(
      /idle timeout/,
    );
    expect(cellTip({ field: 'subtype', page: 'traffic' }, 'start')?.text).toMatch(/session started/);
    expect(cellTip({ field: 'action', page: 'traffic' }, 'allow')?.text).toMatch(
      /Security Profile on that rule/,
    );
  });

  it('reads Type and Action of a threat-side page as the subtype and the threat action', () => {
    const subtype = cellTip({ field: 'subtype', page: 'threat-side' }, 'url');
    expect(subtype?.text).toMatch(/URL Filtering/);
    const action = cellTip({ field: 'action', page: 'threat-side' }, 'reset-both');
    expect(action?.ending).toBe('Ends the session');
  });

  it('says so for an undocumented or unknown value, and gives nothing for an empty cell', () => {
    expect(cellTip({ field: 'session_end_reason', page: 'traffic' }, 'split-tunnel')?.documented).toBe(false);
    expect(cellTip({ field: 'action', page: 'threat-side' }, '<img onerror=x>')?.text).toMatch(
      NO_DESCRIPTION,
    );
    expect(cellTip({ field: 'action', page: 'traffic' }, '  ')).toBeNull();
  });
});

describe('searchGlossary', () => {
  it('finds by value, by words of the meaning, and by kind', () => {
    expect(searchGlossary('tcp-fin').map((entry) => entry.value)).toContain('tcp-fin');
    expect(searchGlossary('sinkhole dns').map((entry) => entry.value)).toContain('sinkhole');
    expect(searchGlossary('profile type').every((entry) => entry.kind === 'profile-type')).toBe(false);
    expect(searchGlossary('')).toHaveLength(GLOSSARY.length);
    expect(searchGlossary('zzzz-nothing')).toEqual([]);
  });

  it('labels whether each entry ends a session', () => {
    for (const entry of GLOSSARY) expect(endsSessionLabel(entry).length).toBeGreaterThan(5);
  });
});
