// The panel answer first: one sentence and three facts, what to do, the rest closed and
// remembered; previous / next flagged row by button and key; docked where it was told.

import { describe, expect, it, vi } from 'vitest';
import { noThreatLog, vulnerabilityInGroup, zoneDosFlood } from '../tests/fixtures/explanations';
import { done, openPanel, useCleanup } from '../tests/support/side-panel-kit';

describe('SidePanel: answer first', () => {
  useCleanup();

  it('shows the sentence, three facts and what to do before anything else', () => {
    const e = vulnerabilityInGroup;
    const { dialog, section } = openPanel(done(e));
    const answer = section('answer')!;
    const facts = Array.from(answer.querySelectorAll('[data-fact]'), (el) => el.getAttribute('data-fact'));
    expect(facts).toEqual(['answer-threat', 'answer-profile', 'answer-rule']);
    expect(answer.querySelector('[data-fact="answer-threat"] dd')?.textContent).toContain(e.threat!.name);
    expect(answer.querySelector('[data-fact="answer-profile"] dd')?.textContent).toBe(
      'Vulnerability Protection "strict-vp", in profile group "corp-default"',
    );
    expect(answer.querySelector('[data-fact="answer-rule"] dd')?.textContent).toBe('allow-web (vsys1)');
    // Reading order: answer, then what to do, then the closed sections.
    const order = Array.from(dialog.querySelectorAll('[data-section]'), (el) =>
      el.getAttribute('data-section'),
    );
    expect(order.indexOf('verdict')).toBeLessThan(order.indexOf('next-steps'));
    expect(order.indexOf('next-steps')).toBeLessThan(order.indexOf('provenance'));
  });

  it('starts every other section closed, opens the remembered ones, and reports toggles', () => {
    const onToggle = vi.fn();
    const { section } = openPanel(done(vulnerabilityInGroup), {
      openSections: { traffic: true },
      onToggleSection: onToggle,
    });
    for (const id of ['provenance', 'threat', 'other-threats', 'learn']) {
      expect((section(id) as HTMLDetailsElement).open, id).toBe(false);
    }
    expect((section('traffic') as HTMLDetailsElement).open).toBe(true);
    const learn = section('learn') as HTMLDetailsElement;
    learn.open = true;
    learn.dispatchEvent(new Event('toggle'));
    expect(onToggle).toHaveBeenCalledWith('learn', true);
  });

  it('says Zone / DoS Protection, not a profile on the rule, and nothing found plainly', () => {
    const zone = openPanel(done(zoneDosFlood));
    const zoneText = zone.section('answer')?.textContent ?? '';
    expect(zoneText).toContain('Zone Protection / DoS Protection (not a profile on the rule)');
    expect(zone.dialog.textContent).not.toMatch(/a Security Profile on the rule/);
  });

  it('no threat log: the threat fact says none was found', () => {
    const { section } = openPanel(done(noThreatLog));
    expect(section('answer')?.querySelector('[data-fact="answer-threat"] dd')?.textContent).toBe(
      'No log entry found',
    );
  });

  it('warnings are one line each, no box title', () => {
    const { dialog } = openPanel(done({ ...vulnerabilityInGroup, warnings: ['First.', 'Second.'] }));
    const lines = dialog.querySelectorAll('[data-part="warnings"] li');
    expect(lines).toHaveLength(2);
    expect(dialog.querySelector('.tl-box-warn')).toBeNull();
  });

  it('goes to the previous and next flagged row by button and by P / N', () => {
    const onNext = vi.fn();
    const onPrevious = vi.fn();
    const { dialog, button } = openPanel(done(vulnerabilityInGroup), {
      position: { index: 1, count: 4 },
      onNext,
      onPrevious,
    });
    expect(dialog.querySelector('[data-part="position"]')?.textContent).toBe('2 / 4');
    button('next')!.click();
    button('previous')!.click();
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'P', bubbles: true }));
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', ctrlKey: true, bubbles: true }));
    expect(onNext).toHaveBeenCalledTimes(2);
    expect(onPrevious).toHaveBeenCalledTimes(2);
  });

  it('has no Previous / Next for a single flagged row, and docks where it is told', () => {
    const { dialog, button } = openPanel(done(vulnerabilityInGroup), {
      position: { index: 0, count: 1 },
      dock: { side: 'left', width: 300 },
    });
    expect(button('next')).toBeNull();
    expect(dialog.getAttribute('data-dock')).toBe('left');
    expect(dialog.style.width).toBe('300px');
    expect(dialog.style.left).toBe('0px');
  });
});
