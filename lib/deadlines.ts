// How long the extension waits for the page or the firewall before it gives up and says so, in
// one table. The e2e build (`wxt build --mode e2e`, the end-to-end tests' build) shortens the
// waits those tests sit out on purpose (a log UI never seen, a log store that never calls back,
// a log job that never finishes), so each case takes seconds instead of most of a minute. Every
// other build, and the unit tests, use the production values.

export interface Deadlines {
  /** Monitor > Traffic is shown but no grid this extension reads appears: the UI is not recognised. */
  gridWaitMs: number;
  /** A query through the page's own log store (main-world bridge) that never calls back. */
  logStoreQueryMs: number;
  /** A PAN-OS log job (XML API, Detailed Log View) still running: stop polling, finish it. */
  logJobMs: number;
}

export const PRODUCTION_DEADLINES: Readonly<Deadlines> = Object.freeze({
  gridWaitMs: 30_000,
  logStoreQueryMs: 45_000,
  logJobMs: 30_000,
});

/** Long enough for a loaded test machine to finish what does answer (seconds), short enough not to idle. */
export const E2E_DEADLINES: Readonly<Deadlines> = Object.freeze({
  gridWaitMs: 10_000,
  logStoreQueryMs: 10_000,
  logJobMs: 10_000,
});

export function deadlinesFor(mode: string): Readonly<Deadlines> {
  return mode === 'e2e' ? E2E_DEADLINES : PRODUCTION_DEADLINES;
}

/** The deadlines of this build (plain Node, e.g. the bench's scripts, has no import.meta.env: production). */
export const DEADLINES: Readonly<Deadlines> = deadlinesFor(import.meta.env?.MODE ?? '');
