// Strategies 3 and 4: the XML API, with the web UI's session cookie alone (if the firewall
// accepts it) or with the API key the user stored for this firewall.

import type { XmlApiClient } from '../../panos/api/xml-api-client';
import { buildSessionBatchQuery } from '../../panos/logs/filter-query';
import { toLookupFailure } from '../lookup-errors';
import type { ThreatLogStrategy } from '../strategy';
import { batchLimit } from './bridge-strategies';
import { type DatabaseSkips, databaseSkips, readEveryDatabase } from './every-database';

export function xmlApiStrategy(
  id: 'xml-api-cookie' | 'xml-api-key',
  client: XmlApiClient,
  /** Asked per query: whether this is Panorama may be decided after the strategies are built. */
  panorama: () => boolean,
  /** The logs this path may not read (some found on an earlier visit): not asked. */
  skips: DatabaseSkips = databaseSkips(),
): ThreatLogStrategy {
  /** This credential answered a log query on this page: its jobs may start together. */
  let answered = false;
  return {
    id,
    batched: true,
    async fetch(rows, signal, inSlot) {
      try {
        const query = buildSessionBatchQuery(rows, { panorama: panorama() });
        // One job per log database (log-type threat, url, data, wildfire), started together
        // once the credential has answered; until then the threat log is asked alone first.
        const read = await readEveryDatabase(
          (database, jobSignal) =>
            client.queryLogs(database, query, { nlogs: batchLimit(rows), signal: jobSignal }),
          inSlot,
          signal,
          { firstAlone: !answered, skips },
        );
        answered = true;
        return read;
      } catch (error) {
        throw toLookupFailure(error, id === 'xml-api-key' ? 'api-key' : 'api-cookie');
      }
    },
  };
}
