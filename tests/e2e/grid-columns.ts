// Column choices on the simulator's traffic grid, made through its own column model (what the
// user's column menu does; the choice is kept across reloads like the real UI keeps it).

import type { Page } from 'playwright-core';

export async function setColumnShown(page: Page, field: string, shown: boolean): Promise<void> {
  await page.evaluate(
    ([name, show]) => {
      type Cm = {
        findColumnIndex(dataIndex: string): number;
        setHidden(index: number, hidden: boolean): void;
      };
      const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
      const grid = ext.ComponentMgr.all.items.find(
        (item) => (item as { logtype?: string }).logtype === 'traffic',
      ) as { getColumnModel(): Cm };
      const cm = grid.getColumnModel();
      cm.setHidden(cm.findColumnIndex(name as string), !show);
    },
    [field, shown] as const,
  );
}
