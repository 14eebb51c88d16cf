// The summary by cause and the answer-first panel in real Chromium at 1280x720, against the
// simulator: choosing a cause marks its rows and steps through them; the panel answers in one
// sentence and three facts, keeps the explained row's Action and Session End Reason cells in
// view, remembers opened sections, and steps between flagged rows; axe finds no violation.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { badgeButton, panel, tooltip } from './answers';
import { axeViolations } from './axe';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { waitForAnswers } from './overlay-probe';
import { type E2eSession, openSession, screenshot } from './session';

const summary = (page: Page) => page.locator('threat-lens-summary');

/** Rows marked by us, by mark, as grid row indexes. */
async function markedRows(page: Page): Promise<Record<string, number[]>> {
  return page.$$eval('.x-grid3-body > .x-grid3-row', (rows) => {
    const marks: Record<string, number[]> = {};
    rows.forEach((row, i) => {
      const mark = row.getAttribute('data-threat-lens-mark');
      if (mark) marks[mark] = [...(marks[mark] ?? []), i];
    });
    return marks;
  });
}

/** Horizontal extents of a row's cells under the given headers. */
async function cellExtents(page: Page, rowIndex: number, headers: string[]) {
  return page.evaluate(
    ({ rowIndex, headers }) => {
      const view = document.querySelector('div.x-grid3')!;
      const ids = Array.from(view.querySelectorAll('div.x-grid3-hd-inner'))
        .filter((inner) => headers.includes(inner.textContent?.trim() ?? ''))
        .map((inner) => /x-grid3-hd-(\d+)/.exec(inner.className)?.[1]);
      const row = view.querySelectorAll('.x-grid3-body > .x-grid3-row')[rowIndex]!;
      return ids.map((id) => {
        const rect = row.querySelector(`td.x-grid3-td-${id}`)!.getBoundingClientRect();
        return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
      });
    },
    { rowIndex, headers },
  );
}

describe('summary by cause and the answer-first panel', () => {
  let s: E2eSession;
  let flagged: number[] = [];
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default' }, viewport: { width: 1280, height: 720 } });
    await waitForGridLoaded(s.page);
    flagged = (await waitForMarking(s.page)).expectedFlagged;
    await waitForAnswers(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('counts the flagged rows by cause, and a cause marks its rows and steps through them', async () => {
    await s.page.waitForFunction(
      () => !document.querySelector('threat-lens-summary')?.shadowRoot?.textContent?.includes('looking up'),
    );
    const text = (await summary(s.page).locator('.tl-summary').textContent()) ?? '';
    expect(text).toMatch(new RegExp(`^${flagged.length} of 20 ended for a threat`));
    const causes = summary(s.page).locator('button[data-cause]');
    const labels = await causes.allTextContents();
    const total = labels.reduce((sum, label) => sum + Number.parseInt(label, 10), 0);
    expect(total).toBe(flagged.length);
    // The largest cause first; choose the first cause with two rows or more.
    const counts = labels.map((label) => Number.parseInt(label, 10));
    const pick = counts.findIndex((count) => count >= 2);
    expect(pick).toBeGreaterThanOrEqual(0);
    await causes.nth(pick).click();
    const first = await markedRows(s.page);
    expect(first['cause-current']).toHaveLength(1);
    expect((first['cause-current']?.length ?? 0) + (first.cause?.length ?? 0)).toBe(counts[pick]);
    for (const row of [...(first['cause-current'] ?? []), ...(first.cause ?? [])])
      expect(flagged).toContain(row);
    expect(await causes.nth(pick).getAttribute('aria-pressed')).toBe('true');
    expect(await summary(s.page).locator('[data-part="cause-position"]').textContent()).toMatch(/row 1 of/);
    await causes.nth(pick).click();
    const second = await markedRows(s.page);
    expect(second['cause-current']).not.toEqual(first['cause-current']);
    expect(await summary(s.page).locator('[data-part="cause-position"]').textContent()).toMatch(/row 2 of/);
    expect(await axeViolations(s.page, ['threat-lens-summary'])).toEqual([]);
    await screenshot(s.page, 'summary');
  });

  it("the badge's tooltip passes axe", async () => {
    await badgeButton(s.page, flagged[0] as number).hover();
    await tooltip(s.page).waitFor();
    expect(await axeViolations(s.page, ['threat-lens-tooltip'])).toEqual([]);
    await s.page.mouse.move(2, 2);
    await tooltip(s.page).waitFor({ state: 'detached' });
  });

  it('the panel answers first, docks clear of the Action and Session End Reason cells, and marks its row', async () => {
    const rowIndex = flagged[flagged.length - 1] as number;
    await badgeButton(s.page, rowIndex).click();
    await panel(s.page).waitFor();
    await panel(s.page).locator('[data-section="answer"]').waitFor();
    const facts = await panel(s.page).locator('[data-section="answer"] dt').allTextContents();
    expect(facts[0]).toBe('Threat');
    expect(facts.at(-1)).toBe('Rule');
    for (const id of ['provenance', 'traffic', 'learn']) {
      expect(await panel(s.page).locator(`details[data-section="${id}"]`).getAttribute('open')).toBeNull();
    }
    const box = (await panel(s.page).boundingBox())!;
    for (const cell of await cellExtents(s.page, rowIndex, ['Action', 'Session End Reason'])) {
      const covered = cell.right > box.x && cell.left < box.x + box.width;
      expect(covered, JSON.stringify({ cell, box })).toBe(false);
      expect(cell.top).toBeGreaterThanOrEqual(0);
      expect(cell.bottom).toBeLessThanOrEqual(720);
    }
    expect((await markedRows(s.page)).explained).toEqual([rowIndex]);
    expect(await axeViolations(s.page, ['threat-lens-panel'])).toEqual([]);
    await screenshot(s.page, 'panel-answer');
  });

  it('steps to the next and previous flagged row by button and by key', async () => {
    const position = () => panel(s.page).locator('[data-part="position"]').textContent();
    const start = await position();
    await panel(s.page).locator('[data-action="next"]').click();
    await s.page.waitForFunction(
      (before) =>
        document.querySelector('threat-lens-panel')?.shadowRoot?.querySelector('[data-part="position"]')
          ?.textContent !== before,
      start,
    );
    expect(await position()).toBe(`1 / ${flagged.length}`);
    expect((await markedRows(s.page)).explained).toEqual([flagged[0]]);
    await s.page.keyboard.press('p');
    await s.page.waitForFunction(
      (before) =>
        document.querySelector('threat-lens-panel')?.shadowRoot?.querySelector('[data-part="position"]')
          ?.textContent === before,
      start,
    );
    expect((await markedRows(s.page)).explained).toEqual([flagged[flagged.length - 1]]);
  });

  it('remembers an opened section for the next panel; Esc closes and unmarks the row', async () => {
    await panel(s.page).locator('details[data-section="traffic"] > summary').click();
    await s.page.keyboard.press('Escape');
    await panel(s.page).waitFor({ state: 'detached' });
    expect((await markedRows(s.page)).explained).toBeUndefined();
    await badgeButton(s.page, flagged[0] as number).click();
    await panel(s.page).locator('details[data-section="traffic"][open]').waitFor({ timeout: 5_000 });
    expect(await panel(s.page).locator('details[data-section="learn"]').getAttribute('open')).toBeNull();
    await panel(s.page).locator('details[data-section="traffic"] > summary').click();
    await s.page.keyboard.press('Escape');
    expect(s.pageErrors).toEqual([]);
  });

  it('the options page passes axe and links to the glossary', async () => {
    const options = await s.browser.context.newPage();
    await options.goto(`chrome-extension://${s.browser.extensionId}/options.html`);
    await options.locator('input[data-setting="training"]').waitFor();
    expect(await options.locator('input[data-setting="training"]').isChecked()).toBe(true);
    expect(await axeViolations(options)).toEqual([]);
    const [glossary] = await Promise.all([
      s.browser.context.waitForEvent('page'),
      options.click('button[data-action="glossary"]'),
    ]);
    await glossary.waitForSelector('table');
    expect(glossary.url()).toContain('/glossary.html');
    await glossary.close();
    await options.close();
  });
});
