import { describe, expect, it, vi } from 'vitest';
import { fileBlocking, urlFilteringBlock, vulnerabilityInGroup } from '../tests/fixtures/explanations';
import { closeRendered, done, openPanel, rerenderPanel, useCleanup } from '../tests/support/side-panel-kit';
import { click, key } from '../tests/support/test-render';

useCleanup();

describe('SidePanel: dialog behaviour', () => {
  it('is a labelled, non-modal dialog that takes focus when it opens', () => {
    const { dialog } = openPanel(done(vulnerabilityInGroup));
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    const title = dialog.querySelector(`#${dialog.getAttribute('aria-labelledby')}`);
    expect(title?.textContent).toContain('Why this session ended');
    expect(document.activeElement).toBe(dialog);
  });

  it('keeps focus where it is when the state changes later', () => {
    const { dialog, badge, onClose } = openPanel({ kind: 'loading', detail: '' });
    const close = dialog.querySelector<HTMLButtonElement>('.tl-close')!;
    close.focus();
    rerenderPanel({ state: done(vulnerabilityInGroup), returnFocusTo: badge, onClose });
    expect(document.activeElement).toBe(close);
  });

  it('closes on Escape, returns focus to the badge and keeps the key from the page', () => {
    const { dialog, badge, onClose } = openPanel(done(vulnerabilityInGroup));
    const pageKey = vi.fn();
    document.body.addEventListener('keydown', pageKey);
    key(dialog.querySelector('.tl-close')!, 'Escape');
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(badge);
    expect(pageKey).not.toHaveBeenCalled();
  });

  it('closes with the close button and returns focus', () => {
    const { dialog, badge, onClose } = openPanel(done(vulnerabilityInGroup));
    const close = dialog.querySelector<HTMLButtonElement>('.tl-close')!;
    expect(close.getAttribute('aria-label')).toBe('Close');
    click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(document.activeElement).toBe(badge);
  });

  it('has a sensible tab order: close first, then content, then the actions', () => {
    const { dialog } = openPanel(done(vulnerabilityInGroup), {
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

describe('SidePanel: actions', () => {
  it('the log pivot names the page the entry lives in', () => {
    const onOpenThreatLog = vi.fn();
    const url = openPanel(done(urlFilteringBlock), { onOpenThreatLog });
    expect(url.button('threat-log')?.textContent).toBe('Show in Monitor > Logs > URL Filtering');
    closeRendered();
    const file = openPanel(done(fileBlocking), { onOpenThreatLog });
    expect(file.button('threat-log')?.textContent).toBe('Show in Monitor > Logs > Data Filtering');
  });

  it('navigation buttons call their callbacks', () => {
    const onOpenDetailedLog = vi.fn();
    const onOpenThreatLog = vi.fn();
    const { button } = openPanel(done(vulnerabilityInGroup), { onOpenDetailedLog, onOpenThreatLog });
    expect(button('detailed-log')?.textContent).toBe('Open Detailed Log View');
    expect(button('threat-log')?.textContent).toBe('Show in Monitor > Logs > Threat');
    click(button('detailed-log')!);
    click(button('threat-log')!);
    expect(onOpenDetailedLog).toHaveBeenCalledTimes(1);
    expect(onOpenThreatLog).toHaveBeenCalledTimes(1);
  });

  it('no copy buttons without an answer', () => {
    const { button } = openPanel({ kind: 'loading', detail: '' }, { onOpenDetailedLog: vi.fn() });
    expect(button('detailed-log')).not.toBeNull();
    expect(button('copy-text')).toBeNull();
  });

  it('copies as text and as Markdown through the given writer, and says so', async () => {
    const onCopy = vi.fn(async () => {});
    const { dialog, button } = openPanel(done(vulnerabilityInGroup), { onCopy });
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
      const { dialog, button } = openPanel(done(vulnerabilityInGroup));
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
    const numeric = openPanel(done(vulnerabilityInGroup));
    const link = numeric.dialog.querySelector<HTMLAnchorElement>('a[data-part="threat-vault"]')!;
    expect(link.getAttribute('href')).toBe('https://threatvault.paloaltonetworks.com/?query=91991');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(numeric.dialog.querySelectorAll('a')).toHaveLength(1);
    closeRendered();
    const noId = openPanel(done(urlFilteringBlock));
    expect(noId.dialog.querySelector('a')).toBeNull();
  });
});
