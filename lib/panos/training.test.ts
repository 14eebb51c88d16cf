import { describe, expect, it } from 'vitest';
import { THREAT_ACTIONS } from './threat-actions';
import { endReasonText, SESSION_END_REASONS, threatActionText } from './training';

const NO_DESCRIPTION = /has no description/;

describe('endReasonText', () => {
  it.each(SESSION_END_REASONS)('explains %s', (reason) => {
    const text = endReasonText(reason);
    expect(text).not.toMatch(NO_DESCRIPTION);
    expect(text.length).toBeGreaterThan(30);
  });

  it('covers the 18 reasons of the reference', () => {
    expect(new Set(SESSION_END_REASONS).size).toBe(18);
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
    expect(text).toMatch(/ends the session|does not end the session/);
  });

  it('agrees with the session-ending catalogue', () => {
    expect(threatActionText('reset-both')).toMatch(/This action ends the session/);
    expect(threatActionText('alert')).toMatch(/does not end the session/);
  });

  it('answers unknown actions honestly', () => {
    expect(threatActionText('teleport')).toBe(
      'PAN-OS logged "teleport"; this extension has no description for it.',
    );
  });
});
