// Fallback re-render signal (the bridge's GRID_EVENT is the primary one): watches the grid
// body's children, i.e. the row elements ExtJS replaces on every load, and calls back once per
// animation frame however many mutations came. Our own badge/summary hosts never count.

import { isOurElement } from './our-markup';

function onlyOurs(record: MutationRecord): boolean {
  const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
  return nodes.length > 0 && nodes.every(isOurElement);
}

export function observeGridBody(body: Element, onChange: () => void, signal: AbortSignal): void {
  if (signal.aborted) return;
  const win = body.ownerDocument.defaultView;
  const raf = win?.requestAnimationFrame?.bind(win);
  const cancelRaf = win?.cancelAnimationFrame?.bind(win);
  let pending: number | null = null;
  let microtaskPending = false;

  const fire = () => {
    pending = null;
    microtaskPending = false;
    if (signal.aborted) return;
    try {
      onChange();
    } catch {
      // The caller's failure must not stop the observer.
    }
  };

  const schedule = () => {
    if (pending !== null || microtaskPending) return;
    if (raf) pending = raf(fire);
    else {
      microtaskPending = true;
      queueMicrotask(fire);
    }
  };

  const observer = new (win?.MutationObserver ?? MutationObserver)((records) => {
    if (records.some((record) => !onlyOurs(record))) schedule();
  });
  observer.observe(body, { childList: true });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      if (pending !== null) cancelRaf?.(pending);
      pending = null;
    },
    { once: true },
  );
}
