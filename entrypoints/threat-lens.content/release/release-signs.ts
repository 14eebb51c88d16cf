// The release signs of this tab: the bridge's survey of the page (sanitised) and what the DOM
// holds. Names and counts only (see lib/status/release-signs.ts).

import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { GRID_VIEW_SELECTOR } from '../../../lib/page/selectors';
import { type ReleaseSigns, sanitiseSurvey } from '../../../lib/status/release-signs';

export function domSigns(doc: Document): Pick<ReleaseSigns, 'dom' | 'loginCsrfField'> {
  const form = doc.querySelector('form#login_form');
  return {
    dom: {
      xGrid3Views: doc.querySelectorAll(GRID_VIEW_SELECTOR).length,
      ariaGrids: doc.querySelectorAll('[role="grid"], [role="treegrid"]').length,
      tables: doc.querySelectorAll('table').length,
    },
    loginCsrfField: form ? form.querySelector('input[name="_csrf"]') !== null : null,
  };
}

/** Asks the bridge (if any) and reads the DOM; never throws. */
export async function readReleaseSigns(bridge: BridgeClient | null, doc: Document): Promise<ReleaseSigns> {
  const survey = bridge ? await bridge.request<unknown>({ type: 'survey' }).catch(() => null) : null;
  return { ...sanitiseSurvey(survey), ...domSigns(doc) };
}
