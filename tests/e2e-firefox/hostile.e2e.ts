// The `hostile` scenario in Firefox: every attacker-controlled log field holds script tags,
// event-handler markup, a javascript: URL, a bidi override, a 10 kB string and control
// characters. Through the tooltip and the side panel of every such row: text stays text and
// nothing runs.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../sim/scenarios/hostile';
import {
  badgeButton,
  clickPanelButton,
  type FirefoxSession,
  openFirefoxSession,
  panelClosed,
  panelText,
  rowIndexOfSession,
  waitForAnswers,
  waitForGridLoaded,
  waitForMarking,
  waitForTooltip,
} from './session';

/** Session 8000 + i carries HOSTILE_STRINGS[i] in every attacker-controlled field. */
const sessionOf = (index: number) => String(8000 + index);

/** Elements in our shadow roots that would mean a hostile value was parsed as HTML. */
function activeMarkup(page: Page, host: string): Promise<number> {
  return page.evaluate(
    (host) =>
      Array.from(document.querySelectorAll(host)).reduce(
        (n, el) =>
          n +
          (el.shadowRoot?.querySelectorAll(
            'script, img, iframe, object, embed, svg, [onerror], [onload], a[href^="javascript:" i]',
          ).length ?? 0),
        0,
      ),
    host,
  );
}

describe('Firefox: hostile log fields', () => {
  let s: FirefoxSession;
  const dialogs: string[] = [];
  const pwned = () => s.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  beforeAll(async () => {
    s = await openFirefoxSession({ sim: { scenario: 'hostile' } });
    s.page.on('dialog', (dialog) => {
      dialogs.push(`${dialog.type()}: ${dialog.message()}`);
      void dialog.dismiss().catch(() => undefined);
    });
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('marks every hostile session; each tooltip shows its answer as inert text', async () => {
    expect((await waitForMarking(s.page)).expectedFlagged.length).toBe(HOSTILE_STRINGS.length);
    for (let i = 0; i < HOSTILE_STRINGS.length; i++) {
      await (await badgeButton(s.page, await rowIndexOfSession(s.page, sessionOf(i)))).hover();
      await waitForTooltip(s.page, /Blocked by|Ended by/);
      expect(await activeMarkup(s.page, 'threat-lens-tooltip')).toBe(0);
      await s.page.mouse.move(5, 5);
    }
    expect(await pwned()).toBeUndefined();
  });

  it('side panels show the markup as characters and run nothing; no dialog, no page error', async () => {
    for (let i = 0; i < HOSTILE_STRINGS.length; i++) {
      await (await badgeButton(s.page, await rowIndexOfSession(s.page, sessionOf(i)))).click();
      const text = await panelText(s.page);
      expect(text).toMatch(/Blocked by/);
      if (i === 0) expect(text).toContain('<script>window.__pwned=1</script>');
      if (i === 1) expect(text).toContain('<img src=x onerror="window.__pwned=1">');
      if (i === 2) expect(text).toContain('javascript:window.__pwned=1');
      if (i === 3) expect(text).toContain('contains hidden characters');
      if (i === 4) expect(text).toContain(HOSTILE_STRINGS[4]);
      if (i === 6) expect(text).toContain('\' or 1=1 -- "quoted" & <amp>');
      expect(await activeMarkup(s.page, 'threat-lens-panel')).toBe(0);
      await clickPanelButton(s.page, /^Close$/);
      await panelClosed(s.page);
    }
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
