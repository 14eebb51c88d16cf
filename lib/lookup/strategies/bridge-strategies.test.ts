import { describe, expect, it } from 'vitest';
import type { BridgeRequestBody } from '../../bridge/protocol';
import { trafficRowFromRecord } from '../../panos/logs/rows';
import { PanosError } from '../../panos/panos-error';
import { type BridgeRequester, relatedLogStrategy, uiLogStoreStrategy } from './bridge-strategies';

const row = trafficRowFromRecord(
  0,
  { '@logid': 'T1', sessionid: '101', action: 'allow', session_end_reason: 'threat' },
  'store',
);
const signal = new AbortController().signal;

/** A bridge that answers each request type with `answer` (an Error is thrown), recording requests. */
function bridge(
  answer: (req: BridgeRequestBody) => unknown,
): BridgeRequester & { asked: BridgeRequestBody[] } {
  const asked: BridgeRequestBody[] = [];
  return {
    asked,
    async request<T>(req: BridgeRequestBody) {
      asked.push(req);
      const value = answer(req);
      if (value instanceof Error) throw value;
      return value as T;
    },
  };
}

describe('relatedLogStrategy', () => {
  it('enqueues through the bridge, which adds the grid page XML (the UI way)', async () => {
    const b = bridge((req) => (req.type === 'related.enqueue' ? ['41'] : null));
    await expect(relatedLogStrategy(b).fetch([row], signal, (task) => task())).rejects.toMatchObject({
      kind: 'inconclusive',
      note: 'no-content-job',
    });
    expect(b.asked).toEqual([
      { type: 'related.enqueue', logtype: 'traffic', anchor: 'T1', timeoutMs: 15_000 },
    ]);
  });

  it.each([
    ['no page XML', new PanosError('missing-context', 'the grid holds no page XML'), 'inconclusive'],
    ['a Direct exception (method missing)', new PanosError('exception', 'Unknown method'), 'unavailable'],
    ['no answer in time', new PanosError('timeout', 'late'), 'inconclusive'],
  ])('%s is %s', async (_, error, kind) => {
    const b = bridge(() => error);
    await expect(relatedLogStrategy(b).fetch([row], signal, (task) => task())).rejects.toMatchObject({
      kind,
    });
  });
});

describe('uiLogStoreStrategy', () => {
  it.each([
    ['an error answer (a refused page size)', new PanosError('refused', 'Invalid limit 100'), 'error-answer'],
    ['a failed load (a 500)', new PanosError('error-answer', 'log query failed'), 'error-answer'],
    ['no last load to copy', new PanosError('missing-context', 'no last load'), 'no-page-context'],
    ['a store that never reports', new PanosError('timeout', 'late'), 'timed-out'],
  ])('%s is inconclusive (%s)', async (_, error, note) => {
    const b = bridge(() => error);
    await expect(
      uiLogStoreStrategy(b, () => false).fetch([row], signal, (task) => task()),
    ).rejects.toMatchObject({
      kind: 'inconclusive',
      note,
    });
  });

  it('rows without a session id give nothing to ask: inconclusive, nothing sent', async () => {
    const b = bridge(() => []);
    const noSession = { ...row, sessionid: '' };
    await expect(
      uiLogStoreStrategy(b, () => false).fetch([noSession], signal, (task) => task()),
    ).rejects.toMatchObject({ kind: 'inconclusive', note: 'no-query' });
    expect(b.asked).toEqual([]);
  });

  it('no LogStore class on the page is unavailable', async () => {
    const b = bridge(() => new PanosError('unavailable', 'no LogStore class on this page'));
    await expect(
      uiLogStoreStrategy(b, () => false).fetch([row], signal, (task) => task()),
    ).rejects.toMatchObject({
      kind: 'unavailable',
    });
  });
});
