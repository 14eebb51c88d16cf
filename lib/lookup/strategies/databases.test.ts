// Every batched strategy reads the four log databases (threat, url, data, wildfire): one job
// each, started together within the slots, every abandoned job finished; the related-log RPC
// returns them mixed and each entry keeps the database it lives in.
import { describe, expect, it } from 'vitest';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { trafficRow } from '../../../tests/fixtures/config/entries';
import type { BridgeRequestBody } from '../../bridge/protocol';
import { createXmlApiClient } from '../../panos/api/xml-api-client';
import { DATABASE_KEY } from '../../panos/logs/log-databases';
import type { LogRecord } from '../../panos/types';
import { LookupFailure } from '../lookup-errors';
import { createSlots } from '../slots';
import type { SlotRunner } from '../strategy';
import { type BridgeRequester, relatedLogStrategy, uiLogStoreStrategy } from './bridge-strategies';
import { type DatabaseReader, readEveryDatabase } from './every-database';
import { xmlApiStrategy } from './xml-api-strategies';

const JOB_OF: Record<string, string> = { threat: '40', url: '41', data: '42', wildfire: '43' };
const ANSWER_OF: Record<string, string> = {
  '40': 'log-job-fin-threat-10x.xml',
  '41': 'log-job-fin-url-10x.xml',
  '42': 'log-job-fin-data-10x.xml',
  '43': 'log-job-fin-wildfire-10x.xml',
};
const RUNNING = (id: string) =>
  `<response status="success"><result><job><id>${id}</id><status>ACT</status></job><log><logs count="0" progress="10"/></log></result></response>`;

interface Behaviour {
  /** The query of this log type answers an error (a refusal of that log, or a bad query). */
  failEnqueue?: string;
  /** The query of this log type answers HTTP 500 (a failure of the path). */
  serverError?: string;
  neverFinish?: string[];
}

/** /api/ with one job per log-type; `behaviour` (read at each request) says what fails. */
function firewall(behaviour: Behaviour = {}) {
  const sent: Record<string, string>[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const params = Object.fromEntries(new URLSearchParams(String(init?.body ?? '')));
    sent.push(params);
    if (params.action === 'finish') return new Response('<response status="success"><result/></response>');
    if (params.action === 'get') {
      const job = params['job-id'] ?? '';
      if (behaviour.neverFinish?.includes(job)) return new Response(RUNNING(job));
      return new Response(apiFixture(ANSWER_OF[job] ?? 'log-job-fin-none.xml'));
    }
    const logType = params['log-type'] ?? '';
    if (logType === behaviour.serverError) return new Response('<html>500</html>', { status: 500 });
    if (logType === behaviour.failEnqueue)
      return new Response(apiFixture('error-invalid-query.xml'), { status: 200 });
    return new Response(
      `<response status="success"><result><msg><line>query job enqueued with jobid ${JOB_OF[logType]}</line></msg><job>${JOB_OF[logType]}</job></result></response>`,
    );
  }) as typeof globalThis.fetch;
  const client = createXmlApiClient({
    origin: 'https://fw.example',
    fetch,
    auth: { kind: 'cookie' },
    sleep: (_ms, signal) =>
      new Promise((resolve, reject) => {
        if (signal?.aborted) reject(new DOMException('Aborted', 'AbortError'));
        else setTimeout(resolve, 1);
      }),
  });
  return { client, sent };
}

/** Two slots, counting how many jobs run at once. */
function countingSlots() {
  const slots = createSlots(2, 'test');
  let running = 0;
  let most = 0;
  const inSlot: SlotRunner = (task) =>
    slots.run(async () => {
      most = Math.max(most, ++running);
      try {
        return await task();
      } finally {
        running--;
      }
    });
  return { inSlot, most: () => most };
}

const enqueued = (sent: Record<string, string>[]) =>
  sent.filter((p) => p.type === 'log' && !p.action).map((p) => p['log-type']);
const finished = (sent: Record<string, string>[]) =>
  sent.filter((p) => p.action === 'finish').map((p) => p['job-id']);
const databasesOf = (records: LogRecord[]) => [...new Set(records.map((r) => r[DATABASE_KEY]))].sort();

describe('XML API strategy: one job per database', () => {
  it('asks threat, url, data and wildfire with the same session query, two jobs at a time, and tags each entry', async () => {
    const { client, sent } = firewall();
    const { inSlot, most } = countingSlots();
    const strategy = xmlApiStrategy('xml-api-cookie', client, () => false);
    const { records } = await strategy.fetch([trafficRow()], new AbortController().signal, inSlot);
    expect(enqueued(sent)).toEqual(['threat', 'url', 'data', 'wildfire']);
    expect(new Set(sent.filter((p) => p.query).map((p) => p.query)).size).toBe(1);
    expect(most()).toBe(2);
    expect(databasesOf(records)).toEqual(['data', 'threat', 'url', 'wildfire']);
    expect(records).toHaveLength(1 + 3 + 2 + 1);
    expect(finished(sent)).toEqual([]);
  });

  it('a credential not yet seen to work asks the threat log alone first: a refusal stops there', async () => {
    const { client, sent } = firewall({ failEnqueue: 'threat' });
    const strategy = xmlApiStrategy('xml-api-cookie', client, () => false);
    await expect(
      strategy.fetch([trafficRow()], new AbortController().signal, countingSlots().inSlot),
    ).rejects.toMatchObject({ kind: 'failed' });
    expect(enqueued(sent)).toEqual(['threat']);
  });

  /** A strategy whose credential has answered once on this page, and a fresh request log. */
  async function answeredOnce(behaviour: Behaviour, id: 'xml-api-cookie' | 'xml-api-key' = 'xml-api-cookie') {
    const fw = firewall(behaviour);
    const strategy = xmlApiStrategy(id, fw.client, () => false);
    await strategy.fetch([trafficRow()], new AbortController().signal, countingSlots().inSlot);
    fw.sent.length = 0;
    return { strategy, sent: fw.sent };
  }

  it('one database failing stops the rest: running jobs are finished, waiting ones never start', async () => {
    const behaviour: Behaviour = {};
    const { strategy, sent } = await answeredOnce(behaviour);
    Object.assign(behaviour, { serverError: 'url', neverFinish: ['40'] });
    await expect(
      strategy.fetch([trafficRow()], new AbortController().signal, countingSlots().inSlot),
    ).rejects.toMatchObject({ kind: 'failed' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(enqueued(sent)).toEqual(['threat', 'url']);
    expect(finished(sent)).toEqual(['40']);
  });

  it('navigation aborts every job and finishes each one that was enqueued', async () => {
    const behaviour: Behaviour = {};
    const { strategy, sent } = await answeredOnce(behaviour, 'xml-api-key');
    behaviour.neverFinish = ['40', '41', '42', '43'];
    const controller = new AbortController();
    const done = strategy.fetch([trafficRow()], controller.signal, countingSlots().inSlot);
    await new Promise((resolve) => setTimeout(resolve, 15));
    controller.abort();
    await expect(done).rejects.toMatchObject({ kind: 'aborted' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(enqueued(sent)).toEqual(['threat', 'url']);
    expect(finished(sent).sort()).toEqual(['40', '41']);
  });
});

describe("the UI's log store: one logs.query per database", () => {
  function bridge(answer: (logtype: string) => unknown) {
    const asked: string[] = [];
    const requester: BridgeRequester = {
      async request<T>(req: BridgeRequestBody) {
        const logtype = req.type === 'logs.query' ? req.logtype : '';
        asked.push(logtype);
        const result = answer(logtype);
        if (result instanceof Error) throw result;
        return result as T;
      },
    };
    return { requester, asked };
  }

  it('reads all four and tags each record with the database it came from', async () => {
    const { requester, asked } = bridge((logtype) => [
      { sessionid: '184522', subtype: logtype === 'data' ? 'file' : logtype },
    ]);
    const { records } = await uiLogStoreStrategy(requester, () => false).fetch(
      [trafficRow()],
      new AbortController().signal,
      countingSlots().inSlot,
    );
    expect(asked).toEqual(['threat', 'url', 'data', 'wildfire']);
    expect(records.map((r) => [r[DATABASE_KEY], r.subtype])).toEqual([
      ['threat', 'threat'],
      ['url', 'url'],
      ['data', 'file'],
      ['wildfire', 'wildfire'],
    ]);
  });

  it('an unreadable answer from one database fails the page, naming that log', async () => {
    const { requester } = bridge((logtype) => (logtype === 'data' ? { odd: true } : []));
    await expect(
      uiLogStoreStrategy(requester, () => false).fetch(
        [trafficRow()],
        new AbortController().signal,
        countingSlots().inSlot,
      ),
    ).rejects.toMatchObject({ kind: 'failed', message: expect.stringContaining('data logs') });
  });
});

describe('the related-log RPC spans every database', () => {
  it('keeps every related entry, each with the database its type or subtype names', async () => {
    const rows = [
      { '@logid': '1', type: 'TRAFFIC', subtype: 'end', sessionid: '184522' },
      { '@logid': '2', type: 'THREAT', subtype: 'vulnerability', sessionid: '184522', action: 'alert' },
      { '@logid': '3', type: 'url', subtype: 'url', sessionid: '184522', action: 'block-url' },
      { '@logid': '4', type: 'THREAT', subtype: 'file', sessionid: '184522', action: 'alert' },
      { '@logid': '5', type: 'wildfire', subtype: 'wildfire', sessionid: '184522', action: 'allow' },
      { '@logid': '6', subtype: 'wildfire-virus', sessionid: '184522', action: 'reset-both' },
    ];
    const requester: BridgeRequester = {
      async request<T>(req: BridgeRequestBody) {
        if (req.type === 'related.enqueue') return [41, 42] as T;
        const method = req.type === 'direct.call' ? req.method : '';
        if (method === 'MonitorDirect.enqueueRelatedLogRequest') return [41, 42] as T;
        if (method === 'MonitorDirect.pollLogRequest') return apiFixture('related-poll-fin.xml') as T;
        return rows as T;
      },
    };
    const { records } = await relatedLogStrategy(requester).fetch(
      [trafficRow({ logid: '1' })],
      new AbortController().signal,
      (task) => task(),
    );
    expect(records.map((r) => [r['@logid'], r[DATABASE_KEY]])).toEqual([
      ['2', 'threat'],
      ['3', 'url'],
      ['4', 'data'],
      ['5', 'wildfire'],
      ['6', 'threat'],
    ]);
  });
});

describe('readEveryDatabase', () => {
  it('reports the failure that stopped the others, even when their aborts settle first', async () => {
    const failure = new LookupFailure('failed', 'the url log broke');
    const readOne: DatabaseReader = (database, signal) =>
      new Promise((_, reject) => {
        if (database === 'url') setTimeout(() => reject(failure), 5);
        // The others give up at once when stopped, long before the failure climbs its slot.
        signal.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
      });
    const slowSlot: SlotRunner = async (task) => {
      try {
        return await task();
      } catch (error) {
        if (error === failure) await new Promise((resolve) => setTimeout(resolve, 20));
        throw error;
      }
    };
    await expect(readEveryDatabase(readOne, slowSlot, new AbortController().signal)).rejects.toBe(failure);
  });

  it('navigation: every job is stopped and the answer is aborted', async () => {
    const stopped: string[] = [];
    const readOne: DatabaseReader = (database, signal) =>
      new Promise((_, reject) => {
        signal.addEventListener('abort', () => {
          stopped.push(database);
          reject(new DOMException('Aborted', 'AbortError'));
        });
      });
    const controller = new AbortController();
    const done = readEveryDatabase(readOne, (task) => task(), controller.signal);
    controller.abort();
    await expect(done).rejects.toMatchObject({ name: 'AbortError' });
    expect(stopped.sort()).toEqual(['data', 'threat', 'url', 'wildfire']);
  });
});
