// User Timing measures on the page's timeline, which `npm run bench` reads (a content script's
// performance.measure lands there in Chromium). Timing is never worth a failure.

/** The content script's modules began to evaluate, to the end of its main(). */
export const EVALUATE_MEASURE = 'threat-lens:evaluate';
/** Row marking alone: flags, badges, summary. */
export const MARK_MEASURE = 'threat-lens:mark';
/** A whole refresh: rows read, marking, lookup start. */
export const REFRESH_MEASURE = 'threat-lens:refresh';

/** One entry per name at most: the previous one is cleared, so a long visit does not grow the
 *  page's timeline (a PerformanceObserver still sees every entry). */
export function measure(win: Window, name: string, start: number): void {
  const end = now(win); // before the bookkeeping below, which is not the measured work
  try {
    win.performance.clearMeasures(name);
    win.performance.measure(name, { start, end });
  } catch {
    // timing is never worth a failure
  }
}

export function now(win: Window): number {
  return win.performance?.now() ?? 0;
}
