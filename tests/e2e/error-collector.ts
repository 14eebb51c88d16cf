// Collects every uncaught error and console error the extension or the page could produce in an
// end-to-end run: page 'pageerror' (all worlds of the tab, the content script's isolated world
// included), console errors of every world, errors in the extension's own pages (popup, options),
// and the service worker's console errors plus its uncaught errors and unhandled rejections (a
// trap installed in the worker, read back on demand).

import type { BrowserContext, ConsoleMessage, Page, Worker } from 'playwright-core';

export interface CollectedError {
  where: 'page' | 'extension-page' | 'service-worker';
  kind: 'uncaught' | 'console' | 'rejection';
  url: string;
  text: string;
}

export interface ErrorCollector {
  /** Watches one more tab (the firewall tab is watched from the start; popups opened later too). */
  watch(page: Page): void;
  /** Everything collected so far, the service worker's trap included. */
  all(): Promise<CollectedError[]>;
  /** Forget what was collected (e.g. after a step that provokes expected console noise). */
  clear(): Promise<void>;
  dispose(): void;
}

const TRAP = '__threatLensErrorTrap';

/** Console errors the browser itself logs for HTTP statuses a fault test provokes on purpose. */
export const NETWORK_STATUS_NOISE = /^Failed to load resource: the server responded with a status of \d+/;

function isExtensionUrl(url: string): boolean {
  return url.startsWith('chrome-extension://');
}

export function collectErrors(
  context: BrowserContext,
  worker: Worker,
  opts: { ignore?: RegExp[] } = {},
): ErrorCollector {
  const collected: CollectedError[] = [];
  const ignore = opts.ignore ?? [];
  const keep = (error: CollectedError) => {
    if (!ignore.some((pattern) => pattern.test(error.text))) collected.push(error);
  };
  const watched = new WeakSet<Page>();
  const cleanups: (() => void)[] = [];

  const onConsole = (where: CollectedError['where'], fallbackUrl: () => string) => (msg: ConsoleMessage) => {
    if (msg.type() !== 'error' && msg.type() !== 'assert') return;
    keep({ where, kind: 'console', url: msg.location().url || fallbackUrl(), text: msg.text() });
  };

  function watch(page: Page) {
    if (watched.has(page)) return;
    watched.add(page);
    const where = () => (isExtensionUrl(page.url()) ? 'extension-page' : 'page');
    const onPageError = (error: Error) =>
      keep({ where: where(), kind: 'uncaught', url: page.url(), text: `${error.name}: ${error.message}` });
    const onPageConsole = (msg: ConsoleMessage) => onConsole(where(), () => page.url())(msg);
    page.on('pageerror', onPageError);
    page.on('console', onPageConsole);
    cleanups.push(() => {
      page.off('pageerror', onPageError);
      page.off('console', onPageConsole);
    });
  }

  for (const page of context.pages()) watch(page);
  context.on('page', watch);
  cleanups.push(() => context.off('page', watch));

  const onWorkerConsole = onConsole('service-worker', () => worker.url());
  worker.on('console', onWorkerConsole);
  cleanups.push(() => worker.off('console', onWorkerConsole));

  // Uncaught errors and rejections inside the service worker never reach Playwright as events:
  // trap them in the worker itself.
  const installTrap = worker
    .evaluate((trap) => {
      const scope = self as unknown as Record<string, unknown> & typeof globalThis;
      if (scope[trap]) return;
      const seen: { kind: string; text: string }[] = [];
      scope[trap] = seen;
      scope.addEventListener('error', (event) => {
        seen.push({ kind: 'uncaught', text: String((event as ErrorEvent).message) });
      });
      scope.addEventListener('unhandledrejection', (event) => {
        const reason = (event as PromiseRejectionEvent).reason;
        seen.push({ kind: 'rejection', text: reason instanceof Error ? reason.message : String(reason) });
      });
    }, TRAP)
    .catch(() => undefined);

  async function workerTrap(): Promise<CollectedError[]> {
    await installTrap;
    const seen = await worker
      .evaluate((trap) => (self as unknown as Record<string, unknown>)[trap] ?? [], TRAP)
      .catch(() => []);
    return (seen as { kind: 'uncaught' | 'rejection'; text: string }[])
      .filter((entry) => !ignore.some((pattern) => pattern.test(entry.text)))
      .map((entry) => ({ where: 'service-worker', kind: entry.kind, url: worker.url(), text: entry.text }));
  }

  return {
    watch,
    async all() {
      return [...collected, ...(await workerTrap())];
    },
    async clear() {
      collected.length = 0;
      await installTrap;
      await worker
        .evaluate((trap) => {
          const seen = (self as unknown as Record<string, unknown[]>)[trap];
          if (seen) seen.length = 0;
        }, TRAP)
        .catch(() => undefined);
    },
    dispose() {
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}

/** One line per error, for assertion messages. */
export function describeErrors(errors: CollectedError[]): string {
  return errors.map((e) => `[${e.where} ${e.kind}] ${e.text} (${e.url})`).join('\n');
}
