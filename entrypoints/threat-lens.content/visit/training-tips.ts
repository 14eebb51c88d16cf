// Training mode on the log pages: hovering (or focusing the filter link in) a Session End
// Reason, Action or Type cell for HOVER_DELAY_MS shows one small tip that explains the value
// (lib/panos/training); Esc hides it. One set of
// delegated listeners per grid view, registered with the visit's signal, so leaving the page
// removes them; nothing is added to the grid, and nothing happens while training is off.

import { h } from 'preact';
import {
  createPreactContainer,
  floatingHost,
  type PreactContainer,
} from '../../../components/preact-container';
import { TOOLTIP_CSS } from '../../../components/styles/tooltip-css';
import { TrainingTip } from '../../../components/TrainingTip';
import { findLogGridView, gridCellAt } from '../../../lib/page/grid-cell';
import { type LogPageKind, logPageKind } from '../../../lib/page/log-pages';
import { GRID_BODY_SELECTOR } from '../../../lib/page/selectors';
import { cellTip, type TrainingCell } from '../../../lib/panos/training/training';

/** About as long as a native tooltip waits. */
export const HOVER_DELAY_MS = 400;
const GRID_WAIT_MS = 30_000;
export const TRAINING_TIP_TAG = 'threat-lens-training-tip';

const EXPLAINED: Readonly<Record<LogPageKind, readonly string[]>> = {
  traffic: ['session_end_reason', 'action', 'subtype'],
  'threat-side': ['action', 'subtype'],
};

function trainingCell(page: LogPageKind, field: string): TrainingCell | null {
  if (!EXPLAINED[page].includes(field)) return null;
  if (field === 'session_end_reason') return { field, page: 'traffic' };
  return { field: field as 'action' | 'subtype', page };
}

export function watchTrainingTips(win: Window, isOn: () => boolean, lifetime: AbortSignal): void {
  let visit: AbortController | null = null;
  let visitHash: string | null = null;

  const check = () => {
    const hash = win.location.hash;
    if (hash === visitHash) return;
    visit?.abort();
    visit = null;
    visitHash = hash;
    const page = logPageKind(hash);
    if (!page) return;
    visit = new AbortController();
    whenGridShows(win, EXPLAINED[page], visit.signal, (view) =>
      explainCells(win, view, page, isOn, visit?.signal),
    );
  };
  win.addEventListener('hashchange', () => safely(check), { signal: lifetime });
  lifetime.addEventListener('abort', () => visit?.abort(), { once: true });
  safely(check);
}

function whenGridShows(
  win: Window,
  fields: readonly string[],
  signal: AbortSignal,
  found: (view: HTMLElement) => void,
): void {
  const doc = win.document;
  const now = findLogGridView(doc, fields);
  if (now) {
    found(now);
    return;
  }
  const observer = new MutationObserver(() => {
    if (!doc.querySelector(GRID_BODY_SELECTOR)) return;
    const view = findLogGridView(doc, fields);
    if (!view) return;
    stop();
    safely(() => found(view));
  });
  const timer = win.setTimeout(() => stop(), GRID_WAIT_MS);
  function stop() {
    observer.disconnect();
    win.clearTimeout(timer);
  }
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  signal.addEventListener('abort', stop, { once: true });
}

function explainCells(
  win: Window,
  view: HTMLElement,
  page: LogPageKind,
  isOn: () => boolean,
  signal: AbortSignal | undefined,
): void {
  if (!signal || signal.aborted) return;
  let pending: { cell: HTMLElement; timer: number } | null = null;
  let shown: { cell: HTMLElement; container: PreactContainer } | null = null;

  const hide = () => {
    if (pending) win.clearTimeout(pending.timer);
    pending = null;
    shown?.container.destroy();
    shown = null;
  };

  const show = (cell: HTMLElement, field: string, value: string) => {
    const which = trainingCell(page, field);
    const tip = which ? cellTip(which, value) : null;
    if (!tip || !cell.isConnected || !isOn()) return;
    const viewport = { width: win.innerWidth, height: win.innerHeight };
    const view = () => h(TrainingTip, { tip, anchorRect: cell.getBoundingClientRect(), viewport });
    const container = createPreactContainer(floatingHost(win.document, TRAINING_TIP_TAG), TOOLTIP_CSS, view);
    shown = { cell, container };
    container.render();
  };

  const onOver = (event: Event) =>
    safely(() => {
      const hit = isOn() ? gridCellAt(view, event.target) : null;
      const explained = hit && trainingCell(page, hit.field) ? hit : null;
      if (explained && (explained.cell === shown?.cell || explained.cell === pending?.cell)) return;
      hide();
      if (!explained) return;
      const timer = win.setTimeout(() => {
        pending = null;
        safely(() => show(explained.cell, explained.field, explained.value));
      }, HOVER_DELAY_MS);
      pending = { cell: explained.cell, timer };
    });
  const onOut = (event: Event) =>
    safely(() => {
      const next = (event as MouseEvent).relatedTarget as Node | null;
      const cell = shown?.cell ?? pending?.cell;
      if (cell && next && cell.contains(next)) return;
      hide();
    });

  const onKey = (event: Event) => {
    if ((event as KeyboardEvent).key === 'Escape') hide();
  };
  view.addEventListener('mouseover', onOver, { signal });
  view.addEventListener('mouseout', onOut, { signal });
  // Keyboard: PAN-OS wraps these values in filter links, so Tab reaches them; focus explains too.
  view.addEventListener('focusin', onOver, { signal });
  view.addEventListener('focusout', onOut, { signal });
  view.addEventListener('keydown', onKey, { signal });
  view.addEventListener('mousedown', hide, { signal });
  // Scroll events do not bubble: capture the grid scroller's.
  view.addEventListener('scroll', hide, { signal, capture: true });
  signal.addEventListener('abort', hide, { once: true });
}

/** Our failures must never surface in the page. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // swallowed on purpose
  }
}
