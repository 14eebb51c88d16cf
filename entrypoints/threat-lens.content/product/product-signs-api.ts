// The XML API's signs of Panorama or firewall, read once per origin when the page's own signs
// did not decide: the system info model first (one small op command); if the role may not run
// it, the running config's device groups, then `/config/panorama`.

import type { XmlApiClient } from '../../../lib/panos/api/xml-api-client';
import { isSessionOver } from '../../../lib/panos/panos-error';
import {
  modelOfSystemInfo,
  type ProductSign,
  SYSTEM_INFO_COMMAND,
  signFromConfig,
  signFromModel,
} from '../../../lib/panos/product-signs';
import { DEVICE_GROUPS_XPATH, PANORAMA_XPATH } from '../../../lib/panos/profiles/config-xpath';

/** An XML API read: 'op' for an operational command, 'config' for a config read (access differs by role). */
type ReadConfig = <T>(area: 'config' | 'op', read: (client: XmlApiClient) => Promise<T>) => Promise<T>;

function rethrowIfFatal(error: unknown, signal?: AbortSignal): void {
  if (signal?.aborted || isSessionOver(error)) throw error;
}

export async function readProductSigns(readConfig: ReadConfig, signal?: AbortSignal): Promise<ProductSign[]> {
  try {
    const sign = signFromModel(
      modelOfSystemInfo(await readConfig('op', (c) => c.op(SYSTEM_INFO_COMMAND, signal))),
    );
    if (sign) return [sign];
  } catch (error) {
    rethrowIfFatal(error, signal);
  }
  try {
    const groups = await readConfig('config', (c) => c.showConfig(DEVICE_GROUPS_XPATH, signal));
    if (groups) return [signFromConfig(true, null)].filter((sign): sign is ProductSign => sign !== null);
    const panorama = await readConfig('config', (c) => c.showConfig(PANORAMA_XPATH, signal));
    const sign = signFromConfig(false, panorama !== null);
    return sign ? [sign] : [];
  } catch (error) {
    rethrowIfFatal(error, signal);
    return [];
  }
}
