// The release part of a tab's status (diagnostics a user can send when their PAN-OS differs):
// release signs read when someone asks (popup, diagnostics), so they are fresh and cost nothing
// otherwise; and what to say when the log page's grid is not one this extension recognises.

import { createBridgeClient } from '../../../lib/bridge/bridge-client';
import type { PageStatus } from '../../../lib/messages';
import { isTrafficLogHash } from '../../../lib/page/detect';
import { describeFound, type ReleaseSigns } from '../../../lib/status/release-signs';
import { readReleaseSigns } from './release-signs';

/** The popup waits at most this long for fresh release signs; it gets the last ones otherwise. */
const STATUS_SURVEY_WAIT_MS = 500;

function pause(win: Window, ms: number): Promise<null> {
  return new Promise((resolve) => win.setTimeout(() => resolve(null), ms));
}

export async function refreshReleaseSigns(win: Window, status: PageStatus): Promise<void> {
  status.waitingForGrid =
    !status.trafficPage && !status.unrecognisedUi && !status.loginPage && isTrafficLogHash(win.location.hash);
  // Only a PAN-OS page has our main-world bridge to ask; the DOM counts are read anyway.
  const bridge = status.panosSigns.length > 0 && !status.loginPage ? createBridgeClient(win.document) : null;
  try {
    const signs = await Promise.race([
      readReleaseSigns(bridge, win.document).catch(() => null),
      pause(win, STATUS_SURVEY_WAIT_MS),
    ]);
    if (signs) status.release = signs;
  } finally {
    bridge?.dispose();
  }
}

/** Never "0 flagged" on a page we cannot read: say the UI is not recognised, and what was there. */
export function reportUnrecognisedUi(status: PageStatus, signs: ReleaseSigns, signal: AbortSignal): void {
  if (signal.aborted) return;
  status.release = signs;
  const found = describeFound(signs);
  status.unrecognisedUi = { found };
  status.problem = {
    message: `This PAN-OS UI is not recognised: no log grid this extension can read appeared on Monitor > Traffic (found: ${found}).`,
    fix: 'Nothing is marked on this page. Copy the diagnostics from the options page (names and counts only, no log content) into a bug report.',
  };
  signal.addEventListener(
    'abort',
    () => {
      status.unrecognisedUi = undefined;
      status.problem = null;
    },
    { once: true },
  );
}
