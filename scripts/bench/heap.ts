// (6) The JS heap on the page after the soak's 200 grid operations, with the extension active
// (the e2e build) and, as the baseline, inactive (the store build: no permission for the
// simulator's host, so nothing is injected). The page and the content script share one V8
// heap, so the difference is the extension's part.

import { launchWithExtension, STORE_EXTENSION_DIR } from '../../tests/e2e/browser';
import { waitForGridLoaded, waitForMarking } from '../../tests/e2e/grid-probe';
import { waitForAnswers } from '../../tests/e2e/overlay-probe';
import { logIn, TRAFFIC_HASH } from '../../tests/e2e/session';
import { fastGridStore, operate, plan } from '../../tests/e2e/soak-steps';
import type { Simulator } from '../../tests/sim/index';

export interface HeapFigures {
  operations: number;
  /** After a forced GC, extension active. */
  activeKB: number;
  /** After a forced GC, extension inactive (same soak, same simulator). */
  inactiveKB: number;
}

async function soakHeapKB(extensionDir: string, sim: Simulator, active: boolean): Promise<number> {
  const browser = await launchWithExtension({ extensionDir });
  try {
    const page = await browser.context.newPage();
    await logIn(page, sim);
    await page.goto(`${sim.url}/${TRAFFIC_HASH}`);
    await waitForGridLoaded(page);
    if (active) await waitForMarking(page);
    await fastGridStore(page);
    for (const op of plan()) await operate(page, op, { marked: active });
    if (active) await waitForAnswers(page);
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return Math.round(usedSize / 1024);
  } finally {
    await browser.close();
  }
}

export async function measureSoakHeap(activeDir: string, sim: Simulator): Promise<HeapFigures> {
  const activeKB = await soakHeapKB(activeDir, sim, true);
  const inactiveKB = await soakHeapKB(STORE_EXTENSION_DIR, sim, false);
  return { operations: plan().length, activeKB, inactiveKB };
}
