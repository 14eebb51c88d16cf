import { describe, expect, it, vi } from 'vitest';
import {
  antiSpywareSinkhole,
  configChanged,
  noThreatLog,
  panorama,
  profileNameUnknown,
  vulnerabilityInGroup,
  zoneDosFlood,
} from '../tests/fixtures/explanations';
import { closeRendered, done, openPanel, useCleanup } from '../tests/support/side-panel-kit';
import { click } from '../tests/support/test-render';

useCleanup();

describe('SidePanel: states', () => {
  it('loading: says so and is busy', () => {
    const { dialog } = openPanel({ kind: 'loading', detail: 'Searching 3 sessions' });
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(dialog.textContent).toContain('Looking up the log entries…');
    expect(dialog.textContent).toContain('Searching 3 sessions');
    expect(dialog.querySelector('[data-action="retry"]')).toBeNull();
  });

  it('idle: says nothing was looked up yet', () => {
    expect(openPanel({ kind: 'idle' }).dialog.textContent).toContain('has not been looked up');
  });

  it('expired: asks to log in again and offers no retry', () => {
    const onRetry = vi.fn();
    const { dialog, button } = openPanel({ kind: 'expired' }, { onRetry });
    expect(dialog.textContent).toContain('Your PAN-OS session expired: log in again');
    expect(button('retry')).toBeNull();
    expect(dialog.querySelector('button:not(.tl-close)')).toBeNull();
  });

  it('firewall error: message, fix and one Retry button', () => {
    const onRetry = vi.fn();
    const { dialog } = openPanel(
      { kind: 'error', message: 'The firewall answered 502.', fix: 'Wait and retry.' },
      { onRetry },
    );
    expect(dialog.querySelector('[data-part="message"]')?.textContent).toBe('The firewall answered 502.');
    const fix = dialog.querySelector('[data-part="fix"]')!;
    expect(fix.textContent).toBe('Wait and retry.');
    expect(fix.parentElement?.textContent).toBe('Fix: Wait and retry.');
    const retries = dialog.querySelectorAll<HTMLButtonElement>('[data-action="retry"]');
    expect(retries).toHaveLength(1);
    click(retries[0]!);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('unknown layout: message and fix, no retry', () => {
    const { dialog, button } = openPanel(
      { kind: 'unknown-layout', message: 'No Session End Reason column.', fix: 'Show the column.' },
      { onRetry: vi.fn() },
    );
    expect(dialog.textContent).toContain('No Session End Reason column.');
    expect(dialog.textContent).toContain('Show the column.');
    expect(button('retry')).toBeNull();
  });

  it('done: headline, verdict, threat, why allow, profile, other threats, traffic, next steps', () => {
    const e = vulnerabilityInGroup;
    const { dialog, section, fact } = openPanel(done(e));
    expect(dialog.querySelector('[data-part="headline"]')?.textContent).toBe(e.headline);
    expect(dialog.querySelector('[data-part="verdict"]')?.textContent).toBe('Ended by a Security Profile');
    expect(fact('threat', 'threat-name')).toBe(e.threat!.name);
    expect(fact('threat', 'threat-id')).toContain('91991');
    expect(fact('threat', 'severity')).toBe('Critical');
    expect(fact('threat', 'action')).toBe('reset-both');
    expect(fact('threat', 'url-or-file')).toBe(e.threat!.urlOrFile);
    expect(section('threat')?.querySelector('[data-part="action-meaning"]')?.textContent).toBe(
      e.threat!.actionMeaning,
    );
    expect(section('why-allow')?.textContent).toContain(e.whyAllow);
    expect(fact('profile', 'profile-type')).toBe('Vulnerability Protection');
    expect(fact('profile', 'profile-name')).toBe('strict-vp');
    expect(fact('profile', 'group')).toBe('corp-default');
    expect(fact('profile', 'rule')).toBe('allow-web');
    expect(fact('profile', 'rule-location')).toBe('vsys1');
    expect(fact('profile', 'source')).toContain('threat exception');
    expect(section('provenance')?.textContent).toContain(e.provenance[0]!);
    const rows = section('other-threats')?.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(1);
    expect(rows?.[0]?.textContent).toContain('HTTP Unauthorized Brute Force Attack (40031)');
    expect(fact('traffic', 'session-id')).toBe('48211');
    expect(fact('traffic', 'flow')).toBe('10.1.20.34 → 203.0.113.80:80');
    expect(fact('traffic', 'app')).toBe('web-browsing');
    expect(fact('traffic', 'start')).toBe(e.traffic.start);
    expect(fact('traffic', 'receive-time')).toBe(e.traffic.receiveTime);
    expect(section('next-steps')?.querySelectorAll('ol li')).toHaveLength(2);
    expect(section('not-found')).toBeNull();
    expect(dialog.querySelector('[data-part="warnings"]')).toBeNull();
  });

  it('done, sinkhole: severity chip colour and action meaning', () => {
    const { dialog, fact } = openPanel(done(antiSpywareSinkhole));
    expect(fact('profile', 'profile-type')).toBe('Anti-Spyware');
    const chip = dialog.querySelector<HTMLElement>('[data-fact="severity"] .tl-chip')!;
    expect(chip.dataset.severity).toBe('high');
    expect(chip.style.background).not.toBe('');
  });

  it('no threat log: says so plainly, with the likely reasons, and no threat section', () => {
    const { dialog, section } = openPanel(done(noThreatLog));
    expect(dialog.querySelector('[data-part="verdict"]')?.textContent).toBe(
      'No threat log entry found for this session',
    );
    const notFound = section('not-found')!;
    expect(notFound.textContent).toContain('No log entry that ended this session was found');
    expect(notFound.querySelectorAll('li')).toHaveLength(noThreatLog.notFoundReasons.length);
    expect(section('threat')).toBeNull();
    expect(section('profile')).toBeNull();
    expect(section('provenance')?.textContent).toContain(noThreatLog.provenance[0]!);
  });

  it('zone/DoS: verdict and why no rule profile applies', () => {
    const { dialog, fact } = openPanel(done(zoneDosFlood));
    expect(dialog.querySelector('[data-part="verdict"]')?.textContent).toContain('Zone Protection or DoS');
    expect(fact('profile', 'unknown-reason')).toContain('attached to zones');
  });

  it('profile name unknown: shows the type, the rule and why the name is unknown', () => {
    const { fact } = openPanel(done(profileNameUnknown));
    expect(fact('profile', 'profile-type')).toBe('Vulnerability Protection');
    expect(fact('profile', 'profile-name')).toBeUndefined();
    expect(fact('profile', 'unknown-reason')).toContain('could not be read');
    expect(fact('profile', 'source')).toContain('threat log alone');
  });

  it('config changed: a warning box', () => {
    const { dialog } = openPanel(done(configChanged));
    const warnings = dialog.querySelector('[data-part="warnings"]')!;
    expect(warnings.getAttribute('role')).toBe('note');
    expect(warnings.querySelectorAll('li')).toHaveLength(1);
    expect(warnings.textContent).toContain('config version 412');
  });

  it('Panorama: device name and serial, and the device group', () => {
    const { fact } = openPanel(done(panorama));
    expect(fact('traffic', 'device')).toBe('fw-branch-07 (013201000123)');
    expect(fact('traffic', 'device-group')).toBe('branch');
    expect(fact('profile', 'rule-location')).toBe('device group "branch" (pre-rulebase)');
  });

  it('training text only when asked', () => {
    const on = openPanel(done(vulnerabilityInGroup), { showTraining: true });
    expect(on.section('training')?.textContent).toContain(vulnerabilityInGroup.endReasonText);
    closeRendered();
    const off = openPanel(done(vulnerabilityInGroup), { showTraining: false });
    expect(off.section('training')).toBeNull();
  });
});
