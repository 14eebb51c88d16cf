import { describe, expect, it } from 'vitest';
import type { ApiArea } from '../../../lib/panos/api/role-access';
import type { XmlApiClient } from '../../../lib/panos/api/xml-api-client';
import { PanosError } from '../../../lib/panos/panos-error';
import type { AccessState } from '../../../lib/status/access-book';
import type { CookieApiAnswer } from '../../../lib/storage/cookie-api-memory';
import { learningClient } from './api-access';

/** A client whose URL-log query is refused for the role (the threat log answers). */
const urlRefused: XmlApiClient = {
  async queryLogs(logType) {
    if (logType === 'url') throw new PanosError('role-denied', 'not authorized', 'type:log');
    return [];
  },
  showConfig: async () => null,
  op: async () => document.createElement('result'),
  probeLogs: async () => {
    throw new PanosError('role-denied', 'not authorized', 'type:log');
  },
};

function learning(log: AccessState) {
  const learned: [ApiArea, CookieApiAnswer][] = [];
  const client = learningClient(
    urlRefused,
    (area, answer) => learned.push([area, answer]),
    () => log,
  );
  return { client, learned };
}

describe('learningClient and one refused log database', () => {
  it('once log queries work, a refused URL query says nothing of the credential', async () => {
    const { client, learned } = learning('works');
    await expect(client.queryLogs('url', 'q', { nlogs: 1 })).rejects.toMatchObject({ kind: 'role-denied' });
    await client.queryLogs('threat', 'q', { nlogs: 1 });
    expect(learned).toEqual([['log', 'works']]);
  });

  it('before that, a refusal is the role refusing XML API log access', async () => {
    const { client, learned } = learning('untried');
    await expect(client.queryLogs('url', 'q', { nlogs: 1 })).rejects.toBeInstanceOf(PanosError);
    expect(learned).toEqual([['log', 'role-denied']]);
  });

  it('the probe always speaks for the credential', async () => {
    const { client, learned } = learning('works');
    await expect(client.probeLogs()).rejects.toBeInstanceOf(PanosError);
    expect(learned).toEqual([['log', 'role-denied']]);
  });
});
