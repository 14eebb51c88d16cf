// Follows the single-page app to Monitor > Traffic and back. The one standing cost is a
// hashchange listener; only while a traffic hash is shown and its grid has not rendered yet is
// there a body observer (and a timer capping the wait). Each visit gets an AbortController:
// whatever the visit registers with its signal goes away when the user leaves.

import { DEADLINES } from '../deadlines';
import { isLoginPage, parseHash, TRAFFIC_LOG_BRANCH } from './detect';
import { findTrafficGrid } from './find-grid';
import { GRID_BODY_SELECTOR } from './selectors';

export interface TrafficPageHandlers {
  /** The traffic grid is on screen; `signal` aborts when the user leaves (or the hash's location changes). */
  onEnter(signal: AbortSignal): void;
  /** The visit that onEnter started is over. */
  onLeave(): void;
  /**
   * The hash says Monitor > Traffic but no grid this extension recognises appeared within the
   * wait: an unseen PAN-OS UI. `signal` aborts when the user leaves that hash.
   */
  onGridMissing?(signal: AbortSignal): void;
}

export interface TrafficPageWatch {
  stop(): void;
}

/** A visit is keyed by its hash's location too: another vsys or device group is a new visit. */
function trafficVisitKey(hash: string): string | null {
  const parsed = parseHash(hash);
  return parsed?.branch === TRAFFIC_LOG_BRANCH ? parsed.location : null;
}

export function watchTrafficPage(
  win: Window,
  handlers: TrafficPageHandlers,
  opts: { gridWaitMs?: number } = {},
): TrafficPageWatch {
  const doc = win.document;
  const gridWaitMs = opts.gridWaitMs ?? DEADLINES.gridWaitMs;
  let visit: { key: string; controller: AbortController; entered: boolean } | null = null;

  function leave(): void {
    const current = visit;
    if (!current) return;
    visit = null;
    current.controller.abort();
    if (current.entered) safely(() => handlers.onLeave());
  }

  function enterWhenGridShows(current: NonNullable<typeof visit>): void {
    const { signal } = current.controller;
    const enter = () => {
      current.entered = true;
      safely(() => handlers.onEnter(signal));
    };
    if (findTrafficGrid(doc)) {
      enter();
      return;
    }

    const root = doc.body ?? doc.documentElement;
    const Observer = (win as Window & { MutationObserver?: typeof MutationObserver }).MutationObserver;
    const observer = new (Observer ?? MutationObserver)(() => {
      // Cheap test first: most mutations while the app boots add no grid body at all.
      if (!doc.querySelector(GRID_BODY_SELECTOR) || !findTrafficGrid(doc)) return;
      stopWaiting();
      enter();
    });
    const timer = win.setTimeout(() => {
      stopWaiting();
      safely(() => handlers.onGridMissing?.(signal));
    }, gridWaitMs);
    function stopWaiting() {
      observer.disconnect();
      win.clearTimeout(timer);
      signal.removeEventListener('abort', stopWaiting);
    }
    observer.observe(root, { childList: true, subtree: true });
    signal.addEventListener('abort', stopWaiting, { once: true });
  }

  function check(): void {
    const key = isLoginPage(doc) ? null : trafficVisitKey(win.location.hash);
    if (visit && visit.key === key) return;
    leave();
    if (key === null) return;
    visit = { key, controller: new AbortController(), entered: false };
    enterWhenGridShows(visit);
  }

  const onHashChange = () => safely(check);
  win.addEventListener('hashchange', onHashChange);
  safely(check);

  return {
    stop() {
      win.removeEventListener('hashchange', onHashChange);
      leave();
    },
  };
}

/** Our failures must never surface in the page. */
function safely(fn: () => void): void {
  try {
    fn();
  } catch {
    // swallowed on purpose
  }
}
