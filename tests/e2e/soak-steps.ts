// The soak's grid operations (paging, refresh, filters, a hash round trip), shared by the soak
// e2e test and the bench's heap figure. Each one waits until the grid re-rendered and, when
// the extension is active, until our marking matches it.

import type { Page } from 'playwright-core';
import { waitForMarking } from './grid-probe';
import { TRAFFIC_HASH } from './session';

export const OPERATIONS = 200;
export const FILTERS = ['( session_end_reason eq threat )', '( action eq allow )', '( app eq web-browsing )'];

/** The simulated UI polls its log jobs every 500 ms; a fast firewall answers at once. */
export async function fastGridStore(page: Page): Promise<void> {
  await page.evaluate(() => {
    const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
    for (const item of ext.ComponentMgr.all.items) {
      const grid = item as {
        logtype?: string;
        isDestroyed?: boolean;
        getStore?: () => { pollInterval: number };
      };
      if (grid.logtype === 'traffic' && !grid.isDestroyed && grid.getStore) grid.getStore().pollInterval = 5;
    }
  });
}

/** Runs one grid operation and waits until the grid re-rendered and our marking matches it. */
export async function operate(page: Page, op: string, opts: { marked?: boolean } = {}): Promise<void> {
  await page.evaluate(() => {
    for (const row of document.querySelectorAll<HTMLElement>('.x-grid3-body > .x-grid3-row'))
      row.dataset.soakOld = '1';
  });
  switch (op) {
    case 'next':
      await page.click('.x-tbar-page-next');
      break;
    case 'prev':
      await page.click('.x-tbar-page-prev');
      break;
    case 'refresh':
      await page.click('.pan-refresh');
      break;
    case 'clear':
      await page.click('.pan-clear-filter');
      break;
    case 'away-and-back':
      await page.evaluate(() => {
        window.location.hash = '#dashboard::::dashboard';
      });
      if (opts.marked ?? true)
        await page.waitForFunction(
          () => document.querySelectorAll('threat-lens-badge, threat-lens-summary').length === 0,
        );
      await page.evaluate((hash) => {
        window.location.hash = hash;
      }, TRAFFIC_HASH);
      break;
    default: {
      await page.fill('input[name=query]', op);
      await page.click('.pan-apply-filter');
    }
  }
  await page.waitForFunction(
    () =>
      document.querySelector('.pan-log-viewer')?.getAttribute('data-state') === 'done' &&
      document.querySelectorAll('.x-grid3-body > .x-grid3-row').length > 0 &&
      !document.querySelector('.x-grid3-body > .x-grid3-row[data-soak-old]'),
    undefined,
    { timeout: 10_000 },
  );
  if (op === 'away-and-back') await fastGridStore(page);
  if (opts.marked ?? true) await waitForMarking(page);
}

/** A fixed, seeded mix, moving between pages so every kind of re-render happens many times. */
export function plan(): string[] {
  let seed = 8;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const ops: string[] = [];
  let page = 0;
  let filtered = false;
  while (ops.length < OPERATIONS) {
    const r = random();
    let op: string;
    if (r < 0.35 && !filtered && page < 6) op = 'next';
    else if (r < 0.6 && !filtered && page > 0) op = 'prev';
    else if (r < 0.75) op = 'refresh';
    else if (r < 0.85 && !filtered) op = FILTERS[Math.floor(random() * FILTERS.length)] as string;
    else if (r < 0.93 && filtered) op = 'clear';
    else if (r >= 0.93) op = 'away-and-back';
    else op = 'refresh';
    if (op === 'next') page++;
    if (op === 'prev') page--;
    if (op === 'clear' || op === 'away-and-back' || FILTERS.includes(op)) page = 0;
    if (FILTERS.includes(op)) filtered = true;
    if (op === 'clear') filtered = false;
    if (op === 'away-and-back') {
      // The query box keeps its text across the round trip in this UI; clear it first.
      if (filtered) ops.push('clear');
      filtered = false;
    }
    ops.push(op);
  }
  // End where we started: first page, no filter.
  if (filtered) ops.push('clear');
  for (; page > 0; page--) ops.push('prev');
  return ops.slice(0, Math.max(OPERATIONS, ops.length));
}
