// What the end-to-end suites read inside the firewall page, browser-neutral: each function here
// is passed whole to `page.evaluate` (Playwright for Chromium, Puppeteer for Firefox), so it must
// stand alone: no imports, no helpers from this module, nothing from its closure.

export interface MarkingSnapshot {
  rows: number;
  expectedFlagged: number[];
  flaggedMarked: number[];
  badgesPerRow: number[];
  summary: string;
}

export interface FlaggedRowLine {
  rowIndex: number;
  sessionid: string;
  /** The badge's accessible label: the headline once the answer is there. */
  says: string;
  state: string;
}

/** The grid as the page's own store holds it, and our marks on it. */
export function readMarking(): MarkingSnapshot {
  type Store = { getCount(): number; getAt(i: number): { data: Record<string, string> } };
  const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
  const grid = ext.ComponentMgr.all.items.find(
    (item) =>
      (item as { logtype?: string }).logtype === 'traffic' &&
      !(item as { isDestroyed?: boolean }).isDestroyed,
  ) as { getStore(): Store; getView(): { getRow(i: number): HTMLElement } };
  const store = grid.getStore();
  const expectedFlagged: number[] = [];
  const flaggedMarked: number[] = [];
  const badgesPerRow: number[] = [];
  for (let i = 0; i < store.getCount(); i++) {
    const data = store.getAt(i).data;
    const flagged =
      data.action?.trim().toLowerCase() === 'allow' &&
      data.session_end_reason?.trim().toLowerCase() === 'threat';
    if (flagged) expectedFlagged.push(i);
    const row = grid.getView().getRow(i);
    if (row?.getAttribute('data-threat-lens') === 'flagged') flaggedMarked.push(i);
    badgesPerRow.push(row ? row.querySelectorAll('threat-lens-badge').length : -1);
  }
  const summaryHost = document.querySelector('threat-lens-summary');
  return {
    rows: store.getCount(),
    expectedFlagged,
    flaggedMarked,
    badgesPerRow,
    summary: summaryHost?.shadowRoot?.textContent ?? '',
  };
}

/** One badge per flagged row, none elsewhere. */
export function isConsistent(s: MarkingSnapshot): boolean {
  if (s.rows === 0) return false;
  const flagged = new Set(s.expectedFlagged);
  return (
    s.flaggedMarked.length === flagged.size &&
    s.flaggedMarked.every((i) => flagged.has(i)) &&
    s.badgesPerRow.every((count, i) => count === (flagged.has(i) ? 1 : 0))
  );
}

/** Every badge has its answer or a clear state (none loading). */
export function answersSettled(): boolean {
  const badges = Array.from(document.querySelectorAll('threat-lens-badge'));
  return (
    badges.length > 0 &&
    badges.every((badge) => {
      const state = badge.getAttribute('data-state');
      return state !== null && state !== 'loading' && state !== 'idle';
    })
  );
}

/** One line per flagged row: its session id (from the store) and the badge's label. */
export function readFlaggedRows(): FlaggedRowLine[] {
  const body = document.querySelector('.x-grid3-body');
  const rows = body ? Array.from(body.children).filter((el) => el.classList.contains('x-grid3-row')) : [];
  const ext = (window as unknown as { Ext?: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
  const grid = ext?.ComponentMgr.all.items.find(
    (item) =>
      (item as { logtype?: string }).logtype === 'traffic' &&
      !(item as { isDestroyed?: boolean }).isDestroyed,
  ) as { getStore(): { getAt(i: number): { data: Record<string, string> } | undefined } } | undefined;
  return rows.flatMap((row, rowIndex) => {
    const badge = row.querySelector('threat-lens-badge');
    if (!badge) return [];
    const button = badge.shadowRoot?.querySelector('[role="button"]');
    return [
      {
        rowIndex,
        sessionid: grid?.getStore().getAt(rowIndex)?.data.sessionid ?? '?',
        // The label reads "<what the badge is>: show why. <headline>".
        says: (button?.getAttribute('aria-label') ?? '').replace(/^[^.]*show why\.\s*/, ''),
        state: badge.getAttribute('data-state') ?? '',
      },
    ];
  });
}

/** Index of the flagged row of a session (and serial, on Panorama) in the store; -1 if none. */
export function flaggedRowIndex(want: { sessionid: string; serial?: string }): number {
  type Store = { getCount(): number; getAt(i: number): { data: Record<string, string> } };
  const ext = (window as unknown as { Ext: { ComponentMgr: { all: { items: unknown[] } } } }).Ext;
  const grid = ext.ComponentMgr.all.items.find(
    (item) =>
      (item as { logtype?: string }).logtype === 'traffic' &&
      !(item as { isDestroyed?: boolean }).isDestroyed,
  ) as { getStore(): Store };
  const store = grid.getStore();
  for (let i = 0; i < store.getCount(); i++) {
    const data = store.getAt(i).data;
    if (
      data.sessionid === want.sessionid &&
      (!want.serial || data.serial === want.serial) &&
      data.session_end_reason === 'threat'
    ) {
      return i;
    }
  }
  return -1;
}
