// A log database whose query alone is refused (an admin role denied one log: Monitor > Logs >
// URL Filtering, say) is skipped for the page and named; the others still answer. How PAN-OS
// refuses is not known, so each plausible shape is played: an error answer, HTTP 403 with the
// role refusal's words, HTTP 403 with the credential refusal's words, and the page's log store
// reporting a refusal.
import { describe, expect, it } from 'vitest';
import { trafficRow } from '../../../tests/fixtures/config/entries';
import type { BridgeRequestBody } from '../../bridge/protocol';
import { createXmlApiClient } from '../../panos/api/xml-api-client';
import { PanosError } from '../../panos/panos-error';
import type { LogDatabase } from '../../panos/types';
import type { SlotRunner } from '../strategy';
import { type BridgeRequester, uiLogStoreStrategy } from './bridge-strategies';
import { type DatabaseReader, databaseSkips, REMEMBERED_REFUSAL, readEveryDatabase } from './every-database';
import { xmlApiStrategy } from './xml-api-strategies';

const inSlot: SlotRunner = (task) => task();
const signal = () => new AbortController().signal;
const entry = (database: LogDatabase) => ({ sessionid: '184522', subtype: database });

/** Reads each database, refusing those in `refuse` with `error`; counts what was asked. */
function reader(refuse: readonly LogDatabase[], error = () => new PanosError('refused', 'Not allowed')) {
  const asked: LogDatabase[] = [];
  const readOne: DatabaseReader = async (database) => {
    asked.push(database);
    if (refuse.includes(database)) throw error();
    return [entry(database)];
  };
  return { readOne, asked };
}

describe('readEveryDatabase with a refused database', () => {
  it('the others answer; the refused one is named with why, and not asked again on the page', async () => {
    const told: string[] = [];
    const skips = databaseSkips([], (database) => told.push(database));
    const first = reader(['url']);
    const read = await readEveryDatabase(first.readOne, inSlot, signal(), { skips });
    expect(read.records.map((record) => record.subtype)).toEqual(['threat', 'data', 'wildfire']);
    expect(read.unreadable).toEqual([
      { database: 'url', reason: 'PAN-OS refused the query ("Not allowed")' },
    ]);
    expect(told).toEqual(['url']);
    const second = reader([]);
    const again = await readEveryDatabase(second.readOne, inSlot, signal(), { skips });
    expect(second.asked).toEqual(['threat', 'data', 'wildfire']);
    expect(again.unreadable?.map(({ database }) => database)).toEqual(['url']);
  });

  it('a log an earlier visit found refused is not asked, and still named', async () => {
    const first = reader([]);
    const read = await readEveryDatabase(first.readOne, inSlot, signal(), {
      skips: databaseSkips(['data']),
    });
    expect(first.asked).toEqual(['threat', 'url', 'wildfire']);
    expect(read.unreadable).toEqual([{ database: 'data', reason: REMEMBERED_REFUSAL }]);
  });

  it('every log refused before leaves nothing to ask: the path fails without a request', async () => {
    const none = reader([]);
    await expect(
      readEveryDatabase(none.readOne, inSlot, signal(), {
        skips: databaseSkips(['threat', 'url', 'data', 'wildfire']),
      }),
    ).rejects.toMatchObject({ kind: 'refused' });
    expect(none.asked).toEqual([]);
  });

  it('every database refused is the path failing, not four unreadable logs', async () => {
    const all = reader(['threat', 'url', 'data', 'wildfire']);
    const skips = databaseSkips();
    await expect(readEveryDatabase(all.readOne, inSlot, signal(), { skips })).rejects.toMatchObject({
      kind: 'refused',
    });
    expect(skips.book.size).toBe(0);
  });

  it('a credential tried alone first: its refusal stops there, the rest are not asked', async () => {
    const threat = reader(['threat']);
    await expect(
      readEveryDatabase(threat.readOne, inSlot, signal(), { firstAlone: true }),
    ).rejects.toMatchObject({
      kind: 'refused',
    });
    expect(threat.asked).toEqual(['threat']);
  });

  it('a server error is a failure of the path, whatever the others did', async () => {
    const failing = reader(['data'], () => new PanosError('http', 'The firewall answered HTTP 500.'));
    await expect(readEveryDatabase(failing.readOne, inSlot, signal())).rejects.toMatchObject({
      kind: 'http',
    });
  });
});

/** /api/ answering each log-type's query, the listed ones with `refusal` (status and body). */
function firewall(refused: readonly string[], refusal: { status: number; body: string }) {
  const sent: Record<string, string>[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const params = Object.fromEntries(new URLSearchParams(String(init?.body ?? '')));
    sent.push(params);
    const logType = params['log-type'] ?? '';
    if (refused.includes(logType)) return new Response(refusal.body, { status: refusal.status });
    const entries = `<entry logid="${logType.length}"><sessionid>184522</sessionid><subtype>${logType}</subtype></entry>`;
    return new Response(
      `<response status="success"><result><log><logs count="1" progress="100">${entries}</logs></log></result></response>`,
    );
  }) as typeof globalThis.fetch;
  return {
    client: createXmlApiClient({ origin: 'https://fw.example', fetch, auth: { kind: 'cookie' } }),
    sent,
  };
}

const SHAPES = [
  [
    'HTTP 403, role refusal',
    {
      status: 403,
      body: "<response status = 'error' code = '403'><result><msg>Type [log] not authorized for user role</msg></result></response>",
    },
    'PAN-OS answered that the admin role is not authorized for it',
  ],
  [
    'HTTP 403, credential refusal',
    {
      status: 403,
      body: "<response status = 'error' code = '403'><result><msg>Invalid Credential</msg></result></response>",
    },
    'PAN-OS refused the credential for it',
  ],
  [
    'HTTP 200, error answer',
    { status: 200, body: '<response status="error"><msg><line>Access denied</line></msg></response>' },
    'PAN-OS refused the query ("Access denied")',
  ],
] as const;

describe('XML API: the URL Filtering log refused for the role', () => {
  it.each(SHAPES)('%s: threat, data and WildFire still answer', async (_, refusal, reason) => {
    const { client, sent } = firewall(['url'], refusal);
    const strategy = xmlApiStrategy('xml-api-cookie', client, () => false);
    const read = await strategy.fetch([trafficRow()], signal(), inSlot);
    expect(read.records.map((record) => record.subtype).sort()).toEqual(['data', 'threat', 'wildfire']);
    expect(read.unreadable).toEqual([{ database: 'url', reason }]);
    // The next page does not ask the URL log again.
    sent.length = 0;
    await strategy.fetch([trafficRow()], signal(), inSlot);
    expect(sent.map((params) => params['log-type'])).toEqual(['threat', 'data', 'wildfire']);
  });
});

describe("the web UI's log store: the URL Filtering log refused", () => {
  it('the refusal the bridge reports skips that log; the others answer', async () => {
    const asked: string[] = [];
    const bridge: BridgeRequester = {
      async request<T>(req: BridgeRequestBody) {
        const logtype = req.type === 'logs.query' ? req.logtype : '';
        asked.push(logtype);
        if (logtype === 'url') throw new PanosError('refused', 'HTTP 403');
        return [entry(logtype as LogDatabase)] as T;
      },
    };
    const read = await uiLogStoreStrategy(bridge, () => false).fetch([trafficRow()], signal(), inSlot);
    expect(asked).toEqual(['threat', 'url', 'data', 'wildfire']);
    expect(read.records).toHaveLength(3);
    expect(read.unreadable).toEqual([{ database: 'url', reason: 'PAN-OS refused the query ("HTTP 403")' }]);
  });
});
