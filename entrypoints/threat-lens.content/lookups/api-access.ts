// What this page has learned of the XML API, per credential (session cookie, stored key) and
// per request type (log, config): a refused credential is refused for both; a role refusal
// names one request type and says the credential itself is good (reference section 9).

import type { ApiArea } from '../../../lib/panos/api/role-access';
import { accessFromError, type XmlApiClient } from '../../../lib/panos/api/xml-api-client';
import type { AccessState, ApiAccessBook } from '../../../lib/status/access-book';
import type { CookieApiAnswer, CookieApiKnowledge } from '../../../lib/storage/cookie-api-memory';

const AREAS: readonly ApiArea[] = ['log', 'config'];

/** The book as an earlier page left it (cookie only: the key's answers are not kept). */
export function accessBookFrom(known: CookieApiKnowledge | null | undefined): ApiAccessBook {
  const refused = known?.log === 'refused' || known?.config === 'refused';
  return {
    cookie: {
      log: refused ? 'refused' : (known?.log ?? 'untried'),
      config: refused ? 'refused' : (known?.config ?? 'untried'),
    },
    key: { log: 'untried', config: 'untried' },
  };
}

/** The areas an answer in `area` settles: a refused credential is refused everywhere. */
export function settledAreas(area: ApiArea, answer: CookieApiAnswer): readonly ApiArea[] {
  return answer === 'refused' ? AREAS : [area];
}

/**
 * The same client, reporting what each answer says of its access: log queries speak for `log`,
 * config reads for `config`; an operational command only when it shows the credential refused.
 * Once log queries are known to work, a refused query speaks for its own log database only (a
 * role may be denied one log), which the strategy notes: it settles nothing for the credential.
 */
export function learningClient(
  client: XmlApiClient,
  learn: (area: ApiArea, answer: CookieApiAnswer) => void,
  known: (area: ApiArea) => AccessState = () => 'untried',
): XmlApiClient {
  async function watch<T>(area: ApiArea | null, call: () => Promise<T>, oneDatabase = false): Promise<T> {
    try {
      const result = await call();
      if (area) learn(area, 'works');
      return result;
    } catch (error) {
      const access = accessFromError(error);
      if (oneDatabase && access !== 'works' && known('log') === 'works') throw error;
      if (access === 'refused') learn(area ?? 'config', access);
      else if (access && area) learn(area, access);
      throw error;
    }
  }
  return {
    queryLogs: (logType, query, opts) => watch('log', () => client.queryLogs(logType, query, opts), true),
    showConfig: (xpath, signal) => watch('config', () => client.showConfig(xpath, signal)),
    op: (cmd, signal) => watch(null, () => client.op(cmd, signal)),
    probeLogs: (signal) => watch('log', () => client.probeLogs(signal)),
  };
}

/**
 * Before the first log queries through a credential whose log access is not known, one cheap
 * test instead of a page's worth of jobs meeting the same refusal: a one-entry log query, its job
 * finished at once (`XmlApiClient.probeLogs`). Queries wait for it and meet its error, if any.
 */
export function probingLogsFirst(client: XmlApiClient, known: () => AccessState): XmlApiClient {
  let probe: Promise<void> | null = null;
  return {
    ...client,
    async queryLogs(logType, query, opts) {
      if (known() === 'untried') {
        probe ??= client.probeLogs(opts.signal).catch((error: unknown) => {
          probe = null; // settled nothing (or refused): a later lookup decides again
          throw error;
        });
        await probe;
      }
      return client.queryLogs(logType, query, opts);
    },
  };
}
