// The content script's life on a firewall tab. First it asks the background whether the
// extension runs on this exact origin (port included) and does nothing at all unless so; then
// only on a PAN-OS UI: answer the popup, and on Monitor > Traffic run one visit per entry
// (aborted on leave). When settings, keys or grants change, the background says so and the
// script asks again: a disabled firewall's tab goes quiet (badges, listeners, observers gone),
// a changed key or lookup mode takes effect at once.

import browser from 'webextension-polyfill';
import { isRetryRequest, isSettingsChanged, isStatusRequest, type PageStatus } from '../../lib/messages';
import { findPanosSigns, isLoginPage } from '../../lib/page/detect';
import {
  PAGE_ACCESS_REQUEST,
  type PageAccess,
  readPageAccess,
  sameAccess,
} from '../../lib/shell/page-access';
import { type PageSession, startSession } from './page-session';
import { emptyStatus } from './product/status';
import { refreshReleaseSigns } from './release/release-status';
import { watchTrainingTips } from './visit/training-tips';

const RUNNING = Symbol.for('threat-lens.running');

async function askAccess(): Promise<PageAccess> {
  try {
    return readPageAccess(await browser.runtime.sendMessage({ type: PAGE_ACCESS_REQUEST }));
  } catch {
    return readPageAccess(null); // no answer: off
  }
}

export function startThreatLens(win: Window, lifetime: AbortSignal): void {
  // Injected again while an instance runs (a registered script plus the injection into an open
  // tab): WXT stops the older instance when a newer one starts, so this one takes over once the
  // older has let go of the page (returning at once left the page with no instance at all).
  const marker = win as unknown as Record<symbol, AbortSignal | undefined>;
  const running = marker[RUNNING];
  if (running && !running.aborted) {
    running.addEventListener('abort', () => startThreatLens(win, lifetime), { once: true });
    return;
  }
  if (lifetime.aborted) return;
  const life = new AbortController();
  marker[RUNNING] = life.signal;
  const end = () => {
    if (life.signal.aborted) return;
    life.abort();
    // Enabled again later: the injected script starts afresh.
    if (marker[RUNNING] === life.signal) marker[RUNNING] = undefined;
  };
  lifetime.addEventListener('abort', end, { once: true });

  // The popup may ask before the background has answered: it gets the status once that is known
  // (nothing at all where the extension does not run).
  let status: PageStatus | null = null;
  const decided = askAccess()
    .then((access) => {
      if (!access.enabled || life.signal.aborted) return end();
      status = runEnabled(win, access, life.signal, end);
    })
    .catch(end); // never throw into the page
  const onStatusRequest = (message: unknown) =>
    isStatusRequest(message)
      ? decided.then(async () => {
          if (status) await refreshReleaseSigns(win, status);
          return status ?? undefined;
        })
      : undefined;
  browser.runtime.onMessage.addListener(onStatusRequest);
  life.signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onStatusRequest), {
    once: true,
  });
}

function runEnabled(win: Window, first: PageAccess, life: AbortSignal, end: () => void): PageStatus {
  const doc = win.document;
  const status: PageStatus = emptyStatus();
  status.panosSigns = findPanosSigns(doc);
  status.loginPage = isLoginPage(doc);
  let access = first;
  let session: PageSession | null = null;

  const recheck = async () => {
    const next = await askAccess();
    if (life.aborted) return;
    if (!next.enabled) return end();
    if (sameAccess(next, access)) return;
    access = next;
    session?.stop.abort();
    session = startSession(win, status, access, life);
  };
  let checking: Promise<void> = Promise.resolve();
  const onMessage = (message: unknown) => {
    if (isRetryRequest(message)) {
      session?.retry();
      return Promise.resolve(true);
    }
    if (isSettingsChanged(message)) checking = checking.then(recheck).catch(() => undefined);
    return undefined;
  };
  browser.runtime.onMessage.addListener(onMessage);
  life.addEventListener('abort', () => browser.runtime.onMessage.removeListener(onMessage), { once: true });

  if (status.loginPage) {
    status.problem = {
      message: 'You are on the PAN-OS login page.',
      fix: 'Log in; the extension starts on Monitor > Traffic.',
    };
    status.problemKind = 'login-page';
    return status;
  }
  if (status.panosSigns.length === 0) return status; // not a PAN-OS web UI: touch nothing
  // Training tips read the latest access on each hover: a changed switch applies at once.
  watchTrainingTips(win, () => access.showTraining, life);
  session = startSession(win, status, access, life);
  return status;
}
