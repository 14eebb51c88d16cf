// Config and op reads for profile naming: through the session cookie first, with the stored key
// only once the firewall refused the cookie at /api/; a role refusal said as such, with the fix.

import type { ApiArea } from '../../../lib/panos/api/role-access';
import { roleDeniedFix, roleDeniedMessage } from '../../../lib/panos/api/role-access';
import type { XmlApiClient } from '../../../lib/panos/api/xml-api-client';
import { PanosError } from '../../../lib/panos/panos-error';
import type { ApiAccessBook } from '../../../lib/status/access-book';

const NO_CONFIG_ACCESS =
  'the XML API does not accept this web session; an API key for this firewall can be stored in the options';

/** A role refusal said as such, with the fix, for the panel's reason. */
function roleError(area: ApiArea): Error {
  return new PanosError('role-denied', `${roleDeniedMessage(area)} ${roleDeniedFix(area)}`, `type:${area}`);
}

export type ConfigRead = <T>(area: 'config' | 'op', read: (client: XmlApiClient) => Promise<T>) => Promise<T>;

export function createConfigReader(deps: {
  access: ApiAccessBook;
  cookieClient: XmlApiClient;
  keyClient: XmlApiClient | null;
  /** The firewall refused the cookie at /api/ (now or remembered). */
  cookieRefused(): boolean;
}): ConfigRead {
  const { access, cookieClient, keyClient, cookieRefused } = deps;
  /** A read with the stored key; a role refusal of a config read said as such. */
  async function readWithKey<T>(
    client: XmlApiClient,
    area: 'config' | 'op',
    read: (c: XmlApiClient) => Promise<T>,
  ) {
    try {
      return await read(client);
    } catch (error) {
      throw error instanceof PanosError && error.kind === 'role-denied' && area === 'config'
        ? roleError('config')
        : error;
    }
  }

  // Config reads go through the session cookie; the key only once the firewall refused the
  // cookie at /api/. Whether the cookie may read the config is learned from the first config read
  // itself (the location the answer needs), never from an unrelated command; reads wait for it.
  let configProbe: Promise<unknown> | null = null;
  let cookieConfigGivenUp = false;
  async function readConfig<T>(
    area: 'config' | 'op',
    read: (client: XmlApiClient) => Promise<T>,
  ): Promise<T> {
    if (cookieRefused()) {
      if (!keyClient) throw new Error(NO_CONFIG_ACCESS);
      return readWithKey(keyClient, area, read);
    }
    const state = access.cookie.config;
    if (cookieConfigGivenUp) throw new Error(NO_CONFIG_ACCESS);
    if (state === 'role-denied' && area === 'config') throw roleError('config');
    if (state === 'untried' && configProbe) {
      await configProbe.catch(() => undefined);
      return readConfig(area, read);
    }
    const attempt = read(cookieClient);
    if (state === 'untried' && area === 'config') {
      configProbe = attempt;
      // An answer that settles nothing (expired session, network): no more config reads through
      // the cookie on this page, and nothing remembered.
      attempt.catch(() => {
        if (access.cookie.config === 'untried') cookieConfigGivenUp = true;
      });
    }
    try {
      return await attempt;
    } catch (error) {
      // Refused just now: the same read with the stored key, if there is one.
      if (cookieRefused() && keyClient) return readWithKey(keyClient, area, read);
      if (error instanceof PanosError && error.kind === 'role-denied' && area === 'config') {
        throw roleError('config');
      }
      throw error;
    }
  }

  return readConfig;
}
