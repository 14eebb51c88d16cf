// The `hostile` scenario: every attacker-controlled field of the traffic and threat logs (source
// user, threat name, URL, user agent, referer, email headers) holds script tags, event-handler
// markup, javascript: URLs, a bidi override, a 10 kB string, odd Unicode and control characters.
// Through tooltips, side panels and copy actions: nothing executes, text shows as text, and the
// layout holds at 1280x720.

import type { Dialog, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_STRINGS } from '../sim/scenarios/hostile';
import { badgeButton, panel, rowIndexOfSession, tooltip } from './answers';
import { collectErrors, describeErrors, type ErrorCollector, NETWORK_STATUS_NOISE } from './error-collector';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { waitForAnswers } from './overlay-probe';
import { type E2eSession, openSession } from './session';

const VIEWPORT = { width: 1280, height: 720 };
/** Session 8000 + i carries HOSTILE_STRINGS[i] in every attacker-controlled field. */
const sessionOf = (index: number) => String(8000 + index);

/** Markup that would mean a hostile value was parsed as HTML somewhere in our shadow roots. */
const ACTIVE_MARKUP =
  'script, img, iframe, object, embed, svg, [onerror], [onload], a[href^="javascript:" i]';

describe('hostile log fields', () => {
  let s: E2eSession;
  let errors: ErrorCollector;
  const dialogs: string[] = [];

  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'hostile' }, viewport: VIEWPORT });
    // The browser's own line for the refused cookie probe (HTTP 403) is not an error of ours.
    errors = collectErrors(s.browser.context, s.browser.worker, { ignore: [NETWORK_STATUS_NOISE] });
    await s.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: s.sim.url });
    s.page.on('dialog', (dialog: Dialog) => {
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

  const pwned = () => s.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

  async function activeMarkupIn(host: Locator): Promise<number> {
    return host.evaluateAll(
      (hosts, selector) =>
        hosts.reduce((n, h) => n + (h.shadowRoot?.querySelectorAll(selector).length ?? 0), 0),
      ACTIVE_MARKUP,
    );
  }

  it('marks every hostile session, and the grid rows keep their height with our badge', async () => {
    const marking = await waitForMarking(s.page);
    expect(marking.expectedFlagged.length).toBe(HOSTILE_STRINGS.length);
    const heights = () =>
      s.page.evaluate(() =>
        Array.from(
          document.querySelectorAll('.x-grid3-body > .x-grid3-row'),
          (row) => Math.round(row.getBoundingClientRect().height * 10) / 10,
        ),
      );
    const withBadges = await heights();
    // The same rows with our badges taken out of layout: the difference is what we add.
    await s.page.evaluate(() => {
      for (const badge of document.querySelectorAll<HTMLElement>('threat-lens-badge'))
        badge.style.display = 'none';
    });
    const withoutBadges = await heights();
    await s.page.evaluate(() => {
      for (const badge of document.querySelectorAll<HTMLElement>('threat-lens-badge'))
        badge.style.display = '';
    });
    console.log('row heights with / without badges:', withBadges.join(','), '/', withoutBadges.join(','));
    expect(withBadges).toEqual(withoutBadges);
    expect(new Set(withBadges).size).toBe(1); // a 10 kB source user does not grow its row either
  });

  it('tooltips show each hostile value as inert text', async () => {
    for (let i = 0; i < HOSTILE_STRINGS.length; i++) {
      const rowIndex = await rowIndexOfSession(s.page, sessionOf(i));
      await badgeButton(s.page, rowIndex).hover();
      await expect.poll(() => tooltip(s.page).textContent()).toMatch(/Blocked by|Ended by/);
      expect(await activeMarkupIn(s.page.locator('threat-lens-tooltip'))).toBe(0);
      await s.page.mouse.move(5, 5);
    }
    expect(await pwned()).toBeUndefined();
  });

  it('side panels show the markup as characters, hold it in the viewport, and run nothing', async () => {
    const widths: number[] = [];
    for (let i = 0; i < HOSTILE_STRINGS.length; i++) {
      const rowIndex = await rowIndexOfSession(s.page, sessionOf(i));
      await badgeButton(s.page, rowIndex).click();
      await panel(s.page).waitFor();
      await expect.poll(() => panel(s.page).textContent()).toMatch(/Blocked by/);
      const text = (await panel(s.page).textContent()) ?? '';
      const value = HOSTILE_STRINGS[i] as string;
      if (i === 0) expect(text).toContain('<script>window.__pwned=1</script>');
      if (i === 1) expect(text).toContain('<img src=x onerror="window.__pwned=1">');
      if (i === 2) expect(text).toContain('javascript:window.__pwned=1');
      if (i === 4) {
        // The 10 kB value is all there, as text, in boxes of bounded height that scroll.
        expect(text).toContain(value);
        const boxes = await s.page.locator('threat-lens-panel').evaluate((host) =>
          Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>('.tl-value-long') ?? [], (box) => ({
            height: box.clientHeight,
            scroll: box.scrollHeight,
          })),
        );
        console.log(
          '10 kB value boxes (height/scrollHeight):',
          boxes.map((b) => `${b.height}/${b.scroll}`).join(' '),
        );
        expect(boxes.length).toBeGreaterThan(0);
        for (const box of boxes) {
          expect(box.height).toBeLessThanOrEqual(VIEWPORT.height / 2);
          expect(box.scroll).toBeGreaterThan(box.height);
        }
      }
      if (i === 6) expect(text).toContain('\' or 1=1 -- "quoted" & <amp>');
      expect(await activeMarkupIn(s.page.locator('threat-lens-panel'))).toBe(0);
      const box = await panel(s.page).boundingBox();
      expect(box).not.toBeNull();
      widths.push(Math.round(box?.width ?? 0));
      expect(box?.x ?? -1).toBeGreaterThanOrEqual(0);
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(VIEWPORT.width);
      // No horizontal scroll inside the panel, and none added to the page.
      const overflow = await panel(s.page).evaluate((dialog) => dialog.scrollWidth - dialog.clientWidth);
      expect(overflow).toBeLessThanOrEqual(1);
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        VIEWPORT.width,
      );
      await panel(s.page).getByRole('button', { name: 'Close' }).click();
      await panel(s.page).waitFor({ state: 'detached' });
    }
    console.log('panel widths at 1280x720:', widths.join(', '));
    expect(await pwned()).toBeUndefined();
  });

  it('a bidi override is shown with a visible note, the value kept as it is', async () => {
    const rowIndex = await rowIndexOfSession(s.page, sessionOf(3));
    await badgeButton(s.page, rowIndex).click();
    await panel(s.page).waitFor();
    const text = (await panel(s.page).textContent()) ?? '';
    expect(text).toContain(HOSTILE_STRINGS[3]);
    expect(await panel(s.page).locator('.tl-hidden-note').count()).toBeGreaterThan(0);
    expect(text).toContain('contains hidden characters');
    await panel(s.page).getByRole('button', { name: 'Close' }).click();
    await panel(s.page).waitFor({ state: 'detached' });
  });

  it('copy actions: plain text carries the value as is, Markdown escapes it, nothing runs', async () => {
    const rowIndex = await rowIndexOfSession(s.page, sessionOf(0));
    const copied: Record<string, string> = {};
    for (const action of ['copy-text', 'copy-markdown']) {
      await s.page.evaluate(() => navigator.clipboard.writeText(''));
      await badgeButton(s.page, rowIndex).click();
      await panel(s.page).waitFor();
      await panel(s.page).locator(`[data-action="${action}"]`).click();
      await expect.poll(() => s.page.evaluate(() => navigator.clipboard.readText())).toContain('pwned');
      copied[action] = await s.page.evaluate(() => navigator.clipboard.readText());
      await panel(s.page).getByRole('button', { name: 'Close' }).click();
      await panel(s.page).waitFor({ state: 'detached' });
    }
    expect(copied['copy-text']).toContain('<script>window.__pwned=1</script>');
    // Pasted into a Markdown renderer (a ticket, a wiki), the markup stays text.
    expect(copied['copy-markdown']).toContain('\\<script\\>');
    expect(copied['copy-markdown']).not.toMatch(/(?<!\\)<(script|img)/i); // every < escaped
    expect(await pwned()).toBeUndefined();
  });

  it('nothing ran: no trap flag, no dialog, no uncaught error anywhere', async () => {
    expect(await pwned()).toBeUndefined();
    expect(dialogs).toEqual([]);
    const all = await errors.all();
    expect(all, describeErrors(all)).toEqual([]);
  });
});
