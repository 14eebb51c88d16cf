import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Explanation, LookupState } from '../lib/panos/types';
import {
  antiSpywareSinkhole,
  configChanged,
  noThreatLog,
  panorama,
  profileNameUnknown,
  urlFilteringBlock,
  vulnerabilityInGroup,
  zoneDosFlood,
} from '../tests/fixtures/explanations';
import { SidePanel, type SidePanelProps } from './SidePanel';
import { click, key, type Rendered, renderInto } from './test-render';

let rendered: Rendered | null = null;
afterEach(() => {
  rendered?.cleanup();
  rendered = null;
  document.body.replaceChildren();
});

function open(state: LookupState, extra: Partial<SidePanelProps> = {}) {
  const badge = document.createElement('button');
  document.body.append(badge);
  badge.focus();
  const onClose = vi.fn();
  rendered = renderInto(<SidePanel state={state} returnFocusTo={badge} onClose={onClose} {...extra} />);
  const dialog = rendered.container.querySelector<HTMLElement>('[role="dialog"]')!;
  const section = (id: string) => dialog.querySelector<HTMLElement>(`[data-section="${id}"]`);
  const fact = (id: string, key: string) =>
    section(id)?.querySelector(`[data-fact="${key}"] dd`)?.textContent;
  const button = (action: string) => dialog.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  return { badge, onClose, dialog, section, fact, button };
}

const done = (explanation: Explanation): LookupState => ({ kind: 'done', explanation });

describe('SidePanel: dialog behaviour', () => {
  it('is a labelled, non-modal dialog that takes focus when it opens', () => {
    const { dialog } = open(done(vulnerabilityInGroup));
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toContain('why this allowed session was ended');
    expect(document.activeElement).toBe(dialog);
  });

  it('keeps focus where it is when the state changes later', () => {
    const { dialog, badge, onClose } = open({ kind: 'loading', detail: '' });
    const close = dialog.querySelector<HTMLButtonElement>('.tl-close')!;
    close.focus();
    rendered!.rerender(
      <SidePanel state={done(vulnerabilityInGroup)} returnFocusTo={badge} onClose={onClose} />,
    );
    expect(document.activeElement).toBe(close);
  });

  it('closes on Escape, returns focus to the badge and keeps the key from the page', () => {
    const { dialog, badge, onClose } = open(done(vulnerabilityInGroup));
    const pageKey = vi.fn();
    document.body.addEventListener('keydown', pageKey);
    key(dialog.querySelector('.tl-close')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(badge);
    expect(pageKey).not.toHaveBeenCalled();
  });

  it('closes with the close button and returns focus', () => {
    const { dialog, badge, onClose } = open(done(vulnerabilityInGroup));
    const close = dialog.querySelector<HTMLButtonElement>('.tl-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(badge);
  });

  it('has a sensible tab order: close first, then content, then the actions', () => {
    const { dialog } = open(done(vulnerabilityInGroup), {
      onOpenDetailedLog: vi.fn(),
      onOpenThreatLog: vi.fn(),
    });
    const focusables = [...dialog.querySelectorAll<HTMLElement>('button, a[href], [tabindex="0"]')];
    const names = focusables.map((el) => el.dataset.action ?? el.dataset.part ?? el.className);
    expect(names).toEqual([
      'tl-close',
      'threat-vault',
      'detailed-log',
      'threat-log',
      'copy-text',
      'copy-markdown',
    ]);
    expect(dialog.querySelector('[tabindex]:not([tabindex="0"]):not([tabindex="-1"])')).toBeNull();
  });
});

describe('SidePanel: states', () => {
  it('loading: says so and is busy', () => {
    const { dialog } = open({ kind: 'loading', detail: 'Searching 3 sessions' });
    expect(dialog.getAttribute('aria-busy')).toBe('true');
    expect(dialog.textContent).toContain('Looking up the threat log…');
    expect(dialog.textContent).toContain('Searching 3 sessions');
    expect(dialog.querySelector('[data-action="retry"]')).toBeNull();
  });

  it('idle: says nothing was looked up yet', () => {
    expect(open({ kind: 'idle' }).dialog.textContent).toContain('has not been looked up');
  });

  it('expired: asks to log in again and offers no retry', () => {
    const onRetry = vi.fn();
    const { dialog, button } = open({ kind: 'expired' }, { onRetry });
    expect(dialog.textContent).toContain('Your PAN-OS session expired: log in again');
    expect(button('retry')).toBeNull();
    expect(dialog.querySelector('button:not(.tl-close)')).toBeNull();
  });

  it('firewall error: message, fix and one Retry button', () => {
    const onRetry = vi.fn();
    const { dialog } = open(
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
    const { dialog, button } = open(
      { kind: 'unknown-layout', message: 'No Session End Reason column.', fix: 'Show the column.' },
      { onRetry: vi.fn() },
    );
    expect(dialog.textContent).toContain('No Session End Reason column.');
    expect(dialog.textContent).toContain('Show the column.');
    expect(button('retry')).toBeNull();
  });

  it('done: headline, verdict, threat, why allow, profile, other threats, traffic, next steps', () => {
    const e = vulnerabilityInGroup;
    const { dialog, section, fact } = open(done(e));
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
    expect(section('profile')?.textContent).toContain(e.provenance[0]!);
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
    const { dialog, fact } = open(done(antiSpywareSinkhole));
    expect(fact('profile', 'profile-type')).toBe('Anti-Spyware');
    const chip = dialog.querySelector<HTMLElement>('[data-fact="severity"] .tl-chip')!;
    expect(chip.dataset.severity).toBe('high');
    expect(chip.style.background).not.toBe('');
  });

  it('no threat log: says so plainly, with the likely reasons, and no threat section', () => {
    const { dialog, section } = open(done(noThreatLog));
    expect(dialog.querySelector('[data-part="verdict"]')?.textContent).toBe(
      'No threat log entry found for this session',
    );
    const notFound = section('not-found')!;
    expect(notFound.textContent).toContain('The threat log has no entry for this session');
    expect(notFound.querySelectorAll('li')).toHaveLength(noThreatLog.notFoundReasons.length);
    expect(section('threat')).toBeNull();
    expect(section('profile')).toBeNull();
    expect(section('provenance')?.textContent).toContain(noThreatLog.provenance[0]!);
  });

  it('zone/DoS: verdict and why no rule profile applies', () => {
    const { dialog, fact } = open(done(zoneDosFlood));
    expect(dialog.querySelector('[data-part="verdict"]')?.textContent).toContain('Zone Protection or DoS');
    expect(fact('profile', 'unknown-reason')).toContain('attached to zones');
  });

  it('profile name unknown: shows the type, the rule and why the name is unknown', () => {
    const { fact } = open(done(profileNameUnknown));
    expect(fact('profile', 'profile-type')).toBe('Vulnerability Protection');
    expect(fact('profile', 'profile-name')).toBeUndefined();
    expect(fact('profile', 'unknown-reason')).toContain('could not be read');
    expect(fact('profile', 'source')).toContain('threat log alone');
  });

  it('config changed: a warning box', () => {
    const { dialog } = open(done(configChanged));
    const warnings = dialog.querySelector('[data-part="warnings"]')!;
    expect(warnings.getAttribute('role')).toBe('note');
    expect(warnings.querySelectorAll('li')).toHaveLength(1);
    expect(warnings.textContent).toContain('config version 412');
  });

  it('Panorama: device name and serial, and the device group', () => {
    const { fact } = open(done(panorama));
    expect(fact('traffic', 'device')).toBe('fw-branch-07 (013201000123)');
    expect(fact('profile', 'rule-location')).toBe('device group "branch" (pre-rulebase)');
  });

  it('training text only when asked', () => {
    const on = open(done(vulnerabilityInGroup), { showTraining: true });
    expect(on.section('training')?.textContent).toContain(vulnerabilityInGroup.endReasonText);
    rendered?.cleanup();
    const off = open(done(vulnerabilityInGroup), { showTraining: false });
    expect(off.section('training')).toBeNull();
  });
});

describe('SidePanel: actions', () => {
  it('navigation buttons call their callbacks', () => {
    const onOpenDetailedLog = vi.fn();
    const onOpenThreatLog = vi.fn();
    const { button } = open(done(vulnerabilityInGroup), { onOpenDetailedLog, onOpenThreatLog });
    expect(button('detailed-log')?.textContent).toBe('Open Detailed Log View');
    expect(button('threat-log')?.textContent).toBe('Show in Monitor > Threat');
    click(button('detailed-log')!);
    click(button('threat-log')!);
    expect(onOpenDetailedLog).toHaveBeenCalledTimes(1);
    expect(onOpenThreatLog).toHaveBeenCalledTimes(1);
  });

  it('no copy buttons without an answer', () => {
    const { button } = open({ kind: 'loading', detail: '' }, { onOpenDetailedLog: vi.fn() });
    expect(button('detailed-log')).not.toBeNull();
    expect(button('copy-text')).toBeNull();
  });

  it('copies as text and as Markdown through the given writer, and says so', async () => {
    const onCopy = vi.fn(async () => {});
    const { dialog, button } = open(done(vulnerabilityInGroup), { onCopy });
    click(button('copy-text')!);
    await vi.waitFor(() =>
      expect(dialog.querySelector('[data-part="copy-status"]')?.textContent).toBe('Copied'),
    );
    expect(onCopy).toHaveBeenCalledWith('text', expect.stringContaining(vulnerabilityInGroup.headline));
    click(button('copy-markdown')!);
    await vi.waitFor(() =>
      expect(dialog.querySelector('[data-part="copy-status"]')?.textContent).toBe('Copied as Markdown'),
    );
    expect(onCopy).toHaveBeenLastCalledWith('markdown', expect.stringContaining('### '));
  });

  it('uses the clipboard by default and reports a refusal', async () => {
    const writeText = vi.fn(async () => {
      throw new Error('denied');
    });
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    try {
      const { dialog, button } = open(done(vulnerabilityInGroup));
      click(button('copy-text')!);
      await vi.waitFor(() =>
        expect(dialog.querySelector('[data-part="copy-status"]')?.textContent).toContain('Could not copy'),
      );
      expect(writeText).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('links to Threat Vault only for an all-digit threat id', () => {
    const numeric = open(done(vulnerabilityInGroup));
    const link = numeric.dialog.querySelector<HTMLAnchorElement>('a[data-part="threat-vault"]')!;
    expect(link.getAttribute('href')).toBe('https://threatvault.paloaltonetworks.com/?query=91991');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(numeric.dialog.querySelectorAll('a')).toHaveLength(1);
    rendered?.cleanup();
    const noId = open(done(urlFilteringBlock));
    expect(noId.dialog.querySelector('a')).toBeNull();
  });
});
