import { describe, expect, it } from 'vitest';
import { apiFixture, apiJsonFixture } from '../../../tests/fixtures/api/load';
import { PanosError } from '../panos-error';
import type { DirectMethod } from './direct-methods';
import { contentJobId, fetchRelatedLogs, isThreatLogRecord, jsonLogRows } from './related-log';

type Cases<T> = { cases: ({ name: string; raw: unknown } & T)[] };
const enqueueCases = apiJsonFixture<Cases<{ contentJobId: string }>>('related-enqueue-results.json').cases;
const retrieveCases = apiJsonFixture<Cases<{ threatLogids: string[] }>>(
  'related-retrieve-json-results.json',
).cases;

interface Call {
  method: DirectMethod;
  args: unknown[];
}

type Handler = (args: unknown[], nth: number) => unknown;

/** A Direct caller that answers per method (a thrown Error is thrown), recording every call. */
function fakeDirect(handlers: Partial<Record<DirectMethod, Handler>>) {
  const calls: Call[] = [];
  const counts = new Map<DirectMethod, number>();
  const call = async (method: DirectMethod, args: unknown[]) => {
    calls.push({ method, args });
    const nth = counts.get(method) ?? 0;
    counts.set(method, nth + 1);
    const handler = handlers[method];
    if (!handler) throw Object.assign(new Error(`${method} is not available`), { kind: 'unavailable' });
    const answer = handler(args, nth);
    if (answer instanceof Error) throw answer;
    return answer;
  };
  return { call, calls };
}

const ANCHOR = { logid: '7211864983214948354', logtype: 'traffic' as const, responseText: '<response/>' };
const ACT = apiFixture('related-poll-act.xml');
const FIN = apiFixture('related-poll-fin.xml');
const logids = (records: readonly Record<string, string>[]) =>
  records.map((record) => record['@logid'] ?? record.LOGID);

function standardDirect(retrieve: Handler = () => retrieveCases[0]?.raw) {
  return fakeDirect({
    'MonitorDirect.enqueueRelatedLogRequest': () => [41, 42],
    'MonitorDirect.pollLogRequest': (_, nth) => (nth < 2 ? ACT : FIN),
    'MonitorDirect.retrieveJSONLog': retrieve,
  });
}

describe('fetchRelatedLogs', () => {
  it('enqueues, polls the content job with backoff until FIN, converts the XML, keeps threat rows', async () => {
    const direct = standardDirect();
    const sleeps: number[] = [];
    const records = await fetchRelatedLogs(direct.call, ANCHOR, {
      sleep: async (ms) => void sleeps.push(ms),
    });
    expect(logids(records)).toEqual(['7211864983214948351', '7211864983214948353']);
    expect(sleeps).toEqual([250, 500, 1000]);
    expect(direct.calls).toEqual([
      {
        method: 'MonitorDirect.enqueueRelatedLogRequest',
        args: [{ logtype: 'traffic', anchor: '7211864983214948354', responseText: '<response/>' }],
      },
      { method: 'MonitorDirect.pollLogRequest', args: ['42', { logtype: 'detail' }] },
      { method: 'MonitorDirect.pollLogRequest', args: ['42', { logtype: 'detail' }] },
      { method: 'MonitorDirect.pollLogRequest', args: ['42', { logtype: 'detail' }] },
      { method: 'MonitorDirect.retrieveJSONLog', args: [FIN] },
    ]);
  });

  it.each(retrieveCases.map((c) => [c.name, c.raw, c.threatLogids] as const))(
    'retrieveJSONLog shape: %s',
    async (_, raw, expected) => {
      const records = await fetchRelatedLogs(standardDirect(() => raw).call, ANCHOR, {
        sleep: async () => {},
      });
      expect(logids(records)).toEqual(expected);
    },
  );

  it.each<[string, Handler]>([
    ['missing', () => Object.assign(new Error('not allowed'), { kind: 'unavailable' })],
    ['throwing a Direct exception', () => Object.assign(new Error('boom'), { kind: 'exception' })],
    ['answering an error wrapper', () => ({ success: false, message: 'cannot convert' })],
    ['answering no rows', () => []],
  ])('falls back to the XML entries when retrieveJSONLog is %s', async (_, retrieve) => {
    const records = await fetchRelatedLogs(standardDirect(retrieve).call, ANCHOR, { sleep: async () => {} });
    expect(logids(records)).toEqual(['7211864983214948351', '7211864983214948353']);
    expect(records[1]?.threatid).toContain('(33161)');
  });

  it('does not fall back when retrieveJSONLog says the session is over', async () => {
    const direct = standardDirect(() => ({ type: 'exception', message: 'unauthorized' }));
    await expect(fetchRelatedLogs(direct.call, ANCHOR, { sleep: async () => {} })).rejects.toMatchObject({
      kind: 'session-expired',
    });
  });

  it.each([[[41, 0]], [[41]], [[41, null]]])(
    'says "no content job" (not "no entries") for %j, without polling',
    async (answer) => {
      const direct = fakeDirect({ 'MonitorDirect.enqueueRelatedLogRequest': () => answer });
      await expect(fetchRelatedLogs(direct.call, ANCHOR, { sleep: async () => {} })).rejects.toMatchObject({
        kind: 'no-content-job',
      });
      expect(direct.calls).toHaveLength(1);
    },
  );

  it.each<[string, Partial<Record<DirectMethod, Handler>>, string]>([
    [
      'login page from the poll',
      { 'MonitorDirect.pollLogRequest': () => apiFixture('login-page.html') },
      'login-page',
    ],
    [
      'code 22 in the poll XML',
      { 'MonitorDirect.pollLogRequest': () => apiFixture('error-22-session-timeout.xml') },
      'session-expired',
    ],
    [
      'Direct message starting unauthorized',
      { 'MonitorDirect.enqueueRelatedLogRequest': () => ({ type: 'exception', message: 'Unauthorized' }) },
      'session-expired',
    ],
    [
      'the caller throwing unauthorized',
      { 'MonitorDirect.enqueueRelatedLogRequest': () => new Error('unauthorized: no session') },
      'session-expired',
    ],
    [
      'malformed poll XML',
      { 'MonitorDirect.pollLogRequest': () => apiFixture('malformed-truncated.xml') },
      'malformed',
    ],
    ['poll answering not XML at all', { 'MonitorDirect.pollLogRequest': () => 42 }, 'malformed'],
    ['an unreadable job id', { 'MonitorDirect.enqueueRelatedLogRequest': () => true }, 'malformed'],
    [
      'an error in the poll XML',
      { 'MonitorDirect.pollLogRequest': () => apiFixture('error-invalid-query.xml') },
      'api-error',
    ],
  ])('%s: %s', async (_, overrides, kind) => {
    const direct = fakeDirect({
      'MonitorDirect.enqueueRelatedLogRequest': () => [41, 42],
      'MonitorDirect.pollLogRequest': () => FIN,
      ...overrides,
    });
    const error = await fetchRelatedLogs(direct.call, ANCHOR, { sleep: async () => {} }).catch((e) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect(error.kind).toBe(kind);
  });

  it('lets the bridge errors keep their own kind', async () => {
    const direct = fakeDirect({});
    await expect(fetchRelatedLogs(direct.call, ANCHOR)).rejects.toMatchObject({ kind: 'unavailable' });
  });

  it('gives up with a timeout when the job never finishes', async () => {
    const direct = fakeDirect({
      'MonitorDirect.enqueueRelatedLogRequest': () => [41, 42],
      'MonitorDirect.pollLogRequest': () => ACT,
    });
    const error = await fetchRelatedLogs(direct.call, ANCHOR, {
      poll: { firstDelayMs: 1000, maxDelayMs: 5000, maxWaitMs: 10_000 },
      sleep: async () => {},
    }).catch((e) => e);
    expect(error).toMatchObject({ kind: 'timeout' });
    expect(direct.calls.filter((c) => c.method === 'MonitorDirect.pollLogRequest')).toHaveLength(3); // 1 + 2 + 4 s
  });

  it('stops on abort', async () => {
    const controller = new AbortController();
    const direct = fakeDirect({
      'MonitorDirect.enqueueRelatedLogRequest': () => [41, 42],
      'MonitorDirect.pollLogRequest': () => {
        controller.abort();
        return ACT;
      },
    });
    const error = await fetchRelatedLogs(direct.call, ANCHOR, {
      signal: controller.signal,
      sleep: async () => {},
    }).catch((e) => e);
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(direct.calls).toHaveLength(2);
  });
});

describe('contentJobId', () => {
  it.each(enqueueCases.map((c) => [c.name, c.raw, c.contentJobId] as const))(
    '%s',
    async (_, raw, expected) => {
      const direct = fakeDirect({
        'MonitorDirect.enqueueRelatedLogRequest': () => raw,
        'MonitorDirect.pollLogRequest': () => FIN,
        'MonitorDirect.retrieveJSONLog': () => [],
      });
      await fetchRelatedLogs(direct.call, ANCHOR, { sleep: async () => {} }).catch(() => []);
      const polled = direct.calls.find((c) => c.method === 'MonitorDirect.pollLogRequest');
      expect(polled?.args[0] ?? '').toBe(expected);
    },
  );

  it('refuses shapes without an id', () => {
    expect(() => contentJobId({ nothing: 1 })).toThrow(PanosError);
  });
});

describe('jsonLogRows and isThreatLogRecord', () => {
  it('flattens nested values of a JSON row', () => {
    expect(jsonLogRows([{ a: 1, b: null, c: ['x', 'y'], d: { e: 'f' }, g: true }])).toEqual([
      { a: '1', b: '', c: 'x, y', 'd.e': 'f', g: 'true' },
    ]);
    expect(jsonLogRows('not json')).toBeNull();
    expect(jsonLogRows([1, 2])).toBeNull();
  });

  it.each([
    [{ type: 'THREAT', subtype: 'vulnerability' }, true],
    [{ type: 'url', subtype: 'url' }, true],
    [{ type: 'TRAFFIC', subtype: 'end' }, false],
    [{ subtype: 'spyware' }, true],
    [{ subtype: 'end' }, false],
    [{}, false],
  ])('%j -> %s', (record, expected) => {
    expect(isThreatLogRecord(record)).toBe(expected);
  });
});
