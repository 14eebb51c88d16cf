// axe-core, the accessibility engine, run inside a page (the PAN-OS simulator's or one of the
// extension's). Evaluated through the debugging protocol, so an extension page's CSP does not
// stop it; open shadow roots (our tooltip, panel, summary) are checked by axe itself.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Violations inside the elements matched by `include` (CSS selectors; the whole page if none). */
export async function axeViolations(page: Page, include: string[] = []): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (selectors) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run(context: unknown, options: object): Promise<AxeResult> } })
      .axe;
    const present = selectors.filter((selector) => document.querySelector(selector));
    if (selectors.length > 0 && present.length === 0)
      throw new Error(`Nothing to check: ${selectors.join(', ')}`);
    const context = present.length > 0 ? { include: present.map((selector) => [selector]) } : document;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => JSON.stringify(node.target)),
    }));
  }, include);
}
