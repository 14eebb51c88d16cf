// What the panel's buttons do on the page: PAN-OS's own Detailed Log View for the row, and the
// log page the session-ending entry lives in (Threat, URL Filtering, Data Filtering, WildFire
// Submissions) filtered to the session, through the UI's own navigation.

import type { BridgeClient } from '../../../lib/bridge/bridge-client';
import { DETAILS_LINK_SELECTOR, GRID_ROW_SELECTOR } from '../../../lib/page/selectors';
import { and, term } from '../../../lib/panos/logs/filter-query';
import { logPageOfSubtype } from '../../../lib/panos/logs/log-pages';
import type { TrafficRow } from '../../../lib/panos/types';

/** Clicks the row's own magnifier, exactly as the admin would. */
export function openDetailedLogView(badgeHost: HTMLElement | null): boolean {
  const link = badgeHost?.closest(GRID_ROW_SELECTOR)?.querySelector<HTMLElement>(DETAILS_LINK_SELECTOR);
  if (!link) return false;
  link.click();
  return true;
}

/** The log filter for this session (its device too, on Panorama). */
export function threatLogQuery(row: TrafficRow): string {
  const session = term('sessionid', 'eq', row.sessionid);
  return row.serial ? and(session, term('serial', 'eq', row.serial)) : session;
}

/** `subtype`: of the session-ending entry, which picks the page; none opens Monitor > Threat. */
export async function openThreatLogFor(
  bridge: BridgeClient | null,
  row: TrafficRow,
  vsys: string,
  subtype: string | null = null,
): Promise<boolean> {
  if (!bridge || !row.sessionid) return false;
  try {
    await bridge.request({
      type: 'nav.logs',
      branch: logPageOfSubtype(subtype).branch,
      vsys,
      query: threatLogQuery(row),
    });
    return true;
  } catch {
    return false;
  }
}
