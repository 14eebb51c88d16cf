// (3) Time from hover to a full answer in the tooltip (prefetch: already there; on-demand: looked
// up on hover), beside the UI's own Detailed Log View flow for one row (magnifier click →
// related logs shown, polling every 5 s as the real UI does). Timed inside the page from the
// input event's own timestamp.

import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from '../../tests/e2e/browser';
import { waitForMarking } from '../../tests/e2e/grid-probe';
import type { Simulator } from '../../tests/sim/index';
import { badgeButton, detailsLink, flaggedRows, gotoTraffic } from './page';
import { median } from './stats';

interface ProbeResult {
  ms?: number;
  /** Hover only: from when the page received the mouseover (the rest is the browser's input delivery). */
  afterDispatchMs?: number;
  error?: string;
}

export interface HoverTimes {
  /** Median from the mouseover's own timestamp. */
  ms: number;
  /** Median from the moment the page dispatched it. */
  afterDispatchMs: number;
  runs: number;
}

async function probe(page: Page, name: 'hover' | 'detail', timeoutMs: number): Promise<ProbeResult> {
  await page.waitForFunction(`window.__tlBench.${name}`, undefined, { timeout: timeoutMs });
  const result = (await page.evaluate(`window.__tlBench.${name}`)) as ProbeResult;
  if (result.ms === undefined) throw new Error(`${name}: ${result.error ?? 'no result'}`);
  return result;
}

function hoverTimes(results: ProbeResult[]): HoverTimes {
  return {
    ms: median(results.map((r) => r.ms ?? Number.NaN)),
    afterDispatchMs: median(results.map((r) => r.afterDispatchMs ?? Number.NaN)),
    runs: results.length,
  };
}

async function hoverToAnswer(page: Page, rowIndex: number, timeoutMs: number): Promise<ProbeResult> {
  await page.mouse.move(0, 0);
  await page.waitForSelector('threat-lens-tooltip', { state: 'detached' });
  await page.evaluate(`window.__tlBench.armHover(${timeoutMs})`);
  await page.hover(badgeButton(rowIndex));
  const ms = await probe(page, 'hover', timeoutMs + 5000);
  await page.mouse.move(0, 0);
  return ms;
}

/** Hovers each given flagged row once; the answers are expected to be there already. */
export async function hoverPrefetched(page: Page, rowIndices: number[]): Promise<HoverTimes> {
  const results: ProbeResult[] = [];
  for (const row of rowIndices) results.push(await hoverToAnswer(page, row, 5000));
  return hoverTimes(results);
}

/** The UI's own flow: open the Detailed Log View of each given row and wait for its related logs. */
export async function detailedLogView(page: Page, rowIndices: number[]): Promise<number> {
  const times: number[] = [];
  for (const row of rowIndices) {
    await page.evaluate('window.__tlBench.armDetail()');
    await page.click(detailsLink(row));
    times.push((await probe(page, 'detail', 60_000)).ms ?? Number.NaN);
    await page.click('.pan-detail-close');
  }
  return median(times);
}

/** On-demand mode: nothing looked up until the hover; each hover on a row not looked up yet. */
export async function hoverOnDemand(
  page: Page,
  browser: ExtensionBrowser,
  sim: Simulator,
  count: number,
): Promise<HoverTimes> {
  // Settings as lib/storage/settings.ts stores them (key `settings`), written before the page loads.
  await browser.worker.evaluate(
    `chrome.storage.local.set({ settings: { lookupMode: 'on-demand', showTraining: true, apiKeys: {} } })`,
  );
  try {
    await gotoTraffic(page, sim);
    await waitForMarking(page);
    const idle = await page.$$eval('threat-lens-badge', (hosts) =>
      hosts.every((host) => host.getAttribute('data-state') === 'idle'),
    );
    if (!idle) throw new Error('on-demand mode: some badge was looked up before any hover');
    const { flagged } = await flaggedRows(page);
    const rows = flagged.slice(-count);
    const results: ProbeResult[] = [];
    for (const row of rows) results.push(await hoverToAnswer(page, row, 30_000));
    return hoverTimes(results);
  } finally {
    await browser.worker.evaluate(`chrome.storage.local.remove('settings')`);
  }
}
