// Training mode in real Chromium with the built extension against the simulator: hovering a
// Session End Reason, Action or Type cell explains its value; the switch in the popup turns it
// off at once; the glossary page lists and finds every value. axe-core checks each surface.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import { type ChromeLike, openPopup, tabIdOf } from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession, screenshot, TRAFFIC_HASH } from './session';
import { cellWithValue, trainingTip } from './training-probe';

type G = { chrome: ChromeLike };

describe('training mode', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default' } });
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('control: axe sees inside a shadow root like ours, so a clean result means something', async () => {
    await s.page.evaluate(() => {
      const host = document.createElement('threat-lens-axe-control');
      host
        .attachShadow({ mode: 'open' })
        .append(Object.assign(document.createElement('button'), { type: 'button' }));
      document.body.append(host);
    });
    const violations = await axeViolations(s.page, ['threat-lens-axe-control']);
    expect(violations.map((v) => v.id)).toContain('button-name');
    await s.page.evaluate(() => document.querySelector('threat-lens-axe-control')?.remove());
  });

  it("explains an unflagged row's Session End Reason after a short hover, and goes away", async () => {
    const cell = await cellWithValue(s.page, 'Session End Reason', 'aged-out');
    await cell.hover();
    const tip = trainingTip(s.page);
    await tip.waitFor({ timeout: 3_000 });
    expect(await tip.textContent()).toContain('idle timeout');
    expect(await tip.locator('[data-part="training-title"]').textContent()).toBe(
      'Session End Reason: aged-out',
    );
    expect(await axeViolations(s.page, ['threat-lens-training-tip'])).toEqual([]);
    await screenshot(s.page, 'training-tip');
    await s.page.mouse.move(2, 2);
    await tip.waitFor({ state: 'detached', timeout: 3_000 });
  });

  it('explains the Action and Type cells too, and nothing for a quick pass', async () => {
    const type = await cellWithValue(s.page, 'Type', 'end');
    await type.hover();
    await trainingTip(s.page).waitFor({ timeout: 3_000 });
    expect(await trainingTip(s.page).textContent()).toContain('Type: end');
    const action = await cellWithValue(s.page, 'Action', 'allow');
    await action.hover();
    await s.page.waitForFunction(
      () =>
        document
          .querySelector('threat-lens-training-tip')
          ?.shadowRoot?.textContent?.includes('Action: allow') === true,
    );
    // A pass shorter than the delay shows nothing.
    await s.page.mouse.move(2, 2);
    await (await cellWithValue(s.page, 'Session End Reason', 'tcp-fin')).hover();
    await s.page.mouse.move(2, 2);
    await s.page.waitForTimeout(700);
    expect(await s.page.locator('threat-lens-training-tip').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });

  it('explains a focused cell too (its filter link, reached by Tab), and Esc hides the tip', async () => {
    const cell = await cellWithValue(s.page, 'Session End Reason', 'tcp-fin');
    await cell.locator('a.log').focus();
    await trainingTip(s.page).waitFor({ timeout: 3_000 });
    expect(await trainingTip(s.page).textContent()).toContain('Session End Reason: tcp-fin');
    await s.page.keyboard.press('Escape');
    await trainingTip(s.page).waitFor({ state: 'detached', timeout: 3_000 });
    await s.page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  });

  it('leaves the grid as it was: no row or column moves while a tip shows', async () => {
    const heights = () =>
      s.page.$$eval('.x-grid3-body > .x-grid3-row', (rows) =>
        rows.map((row) => row.getBoundingClientRect().height),
      );
    const before = await heights();
    await (await cellWithValue(s.page, 'Session End Reason', 'aged-out')).hover();
    await trainingTip(s.page).waitFor({ timeout: 3_000 });
    expect(await heights()).toEqual(before);
    await s.page.mouse.move(2, 2);
  });

  it('explains Action and Type on Monitor > Logs > Threat', async () => {
    await s.page.evaluate(() => {
      window.location.hash = '#monitor::vsys1::monitor/logs/threat';
    });
    await s.page.waitForSelector('div.x-grid3:visible .x-grid3-row');
    const action = await cellWithValue(s.page, 'Action', 'reset-both');
    await action.hover();
    await trainingTip(s.page).waitFor({ timeout: 3_000 });
    const text = await trainingTip(s.page).textContent();
    expect(text).toContain('Action: reset-both');
    expect(text).toContain('For UDP, the firewall drops the packets');
    expect(text).toContain('Ends the session');
    const type = await cellWithValue(s.page, 'Type', 'vulnerability');
    await type.hover();
    await s.page.waitForFunction(
      () =>
        document
          .querySelector('threat-lens-training-tip')
          ?.shadowRoot?.textContent?.includes('Type (subtype): vulnerability') === true,
    );
    await s.page.mouse.move(2, 2);
    await s.page.evaluate((hash) => {
      window.location.hash = hash;
    }, TRAFFIC_HASH);
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
  });

  it('shows nothing once the popup switch is off, and again once it is on', async () => {
    const popup = await openPopup(s.browser, await tabIdOf(s.browser.worker, s.page));
    const toggle = popup.locator('input[data-setting="training"]');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    expect(await axeViolations(popup)).toEqual([]);
    await toggle.uncheck();
    await s.browser.worker.evaluate(async () => {
      const { settings } = await (globalThis as unknown as G).chrome.storage.local.get('settings');
      if ((settings as { showTraining?: boolean }).showTraining !== false) throw new Error('not saved');
    });
    // The switch reaches the open tab through the background a moment later: hover again until
    // the tab shows it (a tip means the change has not arrived yet), then once more to be sure.
    await s.page.bringToFront();
    await expect.poll(() => tipShowsOnHover(s.page, 900), { timeout: 15_000 }).toBe(false);
    expect(await tipShowsOnHover(s.page, 900)).toBe(false);
    await toggle.check();
    await s.page.bringToFront();
    await expect.poll(() => tipShowsOnHover(s.page, 3_000), { timeout: 15_000 }).toBe(true);
    await popup.close();
  });

  it('the glossary lists every value, finds by search, labels the undocumented, and passes axe', async () => {
    const page = await s.browser.context.newPage();
    await page.goto(`chrome-extension://${s.browser.extensionId}/glossary.html`);
    await page.waitForSelector('table');
    for (const value of ['threat', 'n/a', 'split-tunnel', 'block-ip', 'wildfire-virus', 'url', 'start']) {
      expect(await page.locator(`tr[data-value="${value}"]`).count()).toBeGreaterThan(0);
    }
    expect(await page.locator('tr[data-value="split-tunnel"]').textContent()).toContain(
      'Not documented by PAN-OS',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.fill('input[type=search]', 'sinkhole');
    await page.waitForFunction(() => document.querySelectorAll('tbody tr').length < 10);
    expect(await page.locator('tr[data-value="sinkhole"]').count()).toBe(1);
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.fill('input[type=search]', '');
    await screenshot(page, 'glossary');
    await page.close();
  });
});

/** Hovers an aged-out Session End Reason cell, coming from outside the grid: does a tip show within `ms`? */
async function tipShowsOnHover(page: Page, ms: number): Promise<boolean> {
  await page.mouse.move(2, 2);
  await (await cellWithValue(page, 'Session End Reason', 'aged-out')).hover();
  const shown = await trainingTip(page)
    .waitFor({ timeout: ms })
    .then(
      () => true,
      () => false,
    );
  await page.mouse.move(2, 2);
  return shown;
}
