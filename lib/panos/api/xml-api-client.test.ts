// The XML API client's log jobs: enqueue, poll with backoff until FIN, the key only in its header,
// the job finished when the client gives up or is aborted.

import { describe, expect, it } from 'vitest';
import { clientFor, logJobFirewall } from '../../../tests/support/fake-xml-api';
import { abortedError, PanosError } from '../panos-error';
import { createXmlApiClient } from './xml-api-client';

const QUERY = "((sessionid eq 184522) or (sessionid eq 184530)) and (receive_time geq '2025/03/11 10:04:00')";
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('queryLogs', () => {
  it('enqueues, polls with backoff until FIN, returns the entries', async () => {
    const firewall = logJobFirewall([
      { file: 'log-job-active.xml' },
      { file: 'log-job-pending.xml' },
      { file: 'log-job-fin-many.xml' },
    ]);
    const sleeps: number[] = [];
    const entries = await clientFor(firewall.fetch, { kind: 'cookie' }, sleeps).queryLogs('threat', QUERY, {
      nlogs: 100,
    });
    expect(entries.map((entry) => entry.sessionid)).toEqual(['184522', '184522', '184522', '184530']);
    expect(sleeps).toEqual([250, 500, 1000]);
    expect(firewall.requests.map((request) => request.params)).toEqual([
      { type: 'log', 'log-type': 'threat', query: QUERY, nlogs: '100' },
      { type: 'log', action: 'get', 'job-id': '18' },
      { type: 'log', action: 'get', 'job-id': '18' },
      { type: 'log', action: 'get', 'job-id': '18' },
    ]);
    for (const request of firewall.requests) {
      expect(request).toMatchObject({
        url: 'https://fw.example/api/',
        method: 'POST',
        credentials: 'same-origin',
      });
      expect(request.headers).toEqual({ 'Content-Type': 'application/x-www-form-urlencoded' });
    }
  });

  it('sends the API key in the X-PAN-KEY header only, never in the URL or the body', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-one.xml' }]);
    const key = 'LUFRPT1secret/key+with=chars==';
    await clientFor(firewall.fetch, { kind: 'key', key }).queryLogs('traffic', '(sessionid eq 1)', {
      nlogs: 20,
    });
    expect(firewall.requests).toHaveLength(2);
    for (const request of firewall.requests) {
      expect(request.headers['X-PAN-KEY']).toBe(key);
      expect(request.credentials).toBe('omit');
      expect(request.url).toBe('https://fw.example/api/');
      expect(request.body).not.toContain('LUFRPT1');
      expect(request.params.key).toBeUndefined();
    }
    expect(firewall.requests[0]?.params['log-type']).toBe('traffic');
  });

  it.each([
    [0, '1'],
    [20.7, '20'],
    [9000, '5000'],
  ])('asks for nlogs %s as %s', async (nlogs, sent) => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-none.xml' }]);
    expect(await clientFor(firewall.fetch).queryLogs('threat', '(sessionid eq 1)', { nlogs })).toEqual([]);
    expect(firewall.requests[0]?.params.nlogs).toBe(sent);
  });

  it('reads the job id from the message line when there is no job element', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-none.xml' }], {
      file: 'log-enqueued-msg-only.xml',
    });
    await clientFor(firewall.fetch).queryLogs('threat', '(sessionid eq 1)', { nlogs: 1 });
    expect(firewall.requests[1]?.params['job-id']).toBe('1042');
  });

  it('gives up after maxWaitMs with a timeout error and finishes the job once', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-active.xml' }]);
    const sleeps: number[] = [];
    const client = createXmlApiClient({
      origin: 'https://fw.example',
      fetch: firewall.fetch,
      auth: { kind: 'cookie' },
      poll: { firstDelayMs: 100, maxDelayMs: 400, factor: 2, maxWaitMs: 1500 },
      sleep: async (ms) => void sleeps.push(ms),
    });
    const error = await client.queryLogs('threat', '(sessionid eq 1)', { nlogs: 5 }).catch((e) => e);
    expect(error).toBeInstanceOf(PanosError);
    expect(error.kind).toBe('timeout');
    expect(sleeps).toEqual([100, 200, 400, 400, 400]);
    await settle();
    const finishes = firewall.requests.filter((request) => request.params.action === 'finish');
    expect(finishes.map((request) => request.params)).toEqual([
      { type: 'log', action: 'finish', 'job-id': '18' },
    ]);
    expect(firewall.requests).toHaveLength(1 + 5 + 1);
  });

  it('on abort while polling, stops and finishes the job once, without the aborted signal', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-active.xml' }]);
    const controller = new AbortController();
    let naps = 0;
    const client = createXmlApiClient({
      origin: 'https://fw.example',
      fetch: firewall.fetch,
      auth: { kind: 'cookie' },
      sleep: async () => {
        if (++naps === 2) {
          controller.abort();
          throw abortedError();
        }
      },
    });
    const error = await client
      .queryLogs('threat', '(sessionid eq 1)', { nlogs: 5, signal: controller.signal })
      .catch((e) => e);
    expect(error).toMatchObject({ kind: 'aborted' });
    await settle();
    expect(firewall.requests.map((request) => request.params.action ?? 'enqueue')).toEqual([
      'enqueue',
      'get',
      'finish',
    ]);
    expect(firewall.requests[2]?.signal?.aborted ?? false).toBe(false);
  });

  it('sends nothing when already aborted', async () => {
    const firewall = logJobFirewall([{ file: 'log-job-fin-one.xml' }]);
    const controller = new AbortController();
    controller.abort();
    await expect(
      clientFor(firewall.fetch).queryLogs('threat', '(sessionid eq 1)', {
        nlogs: 5,
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ kind: 'aborted' });
    expect(firewall.requests).toHaveLength(0);
  });
});
