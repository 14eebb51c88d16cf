// The two doors into the extension accept only the message shapes they define, from the senders
// they expect:
// - the main-world bridge listens to `threat-lens:request` CustomEvents on the page's document,
//   where any script of the page can write: malformed, foreign and out-of-allow-list requests are
//   ignored or refused, and reach neither PanDirect nor the log endpoint;
// - the background answers enable/disable only from the extension's own pages: the same messages
//   from the content script's world (a web page's sender) and malformed ones from our own pages
//   change nothing. The page's main world cannot reach the runtime at all.

import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectErrors, describeErrors, type ErrorCollector, NETWORK_STATUS_NOISE } from './error-collector';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { waitForAnswers } from './overlay-probe';
import { type E2eSession, openSession, TRAFFIC_HASH } from './session';

type WorkerChrome = {
  storage: { local: { get(key: null): Promise<Record<string, unknown>>; set(items: object): Promise<void> } };
};

interface BridgeAnswer {
  id: number;
  ok: boolean;
  error?: string;
  message?: string;
}

describe('message doors', () => {
  let s: E2eSession;
  let errors: ErrorCollector;

  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default' } });
    errors = collectErrors(s.browser.context, s.browser.worker, { ignore: [NETWORK_STATUS_NOISE] });
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await waitForAnswers(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  /**
   * From the page's main world: dispatches each detail as a request event and collects every
   * response event seen until a final valid ping (the bridge answers in order, so its answer
   * means every earlier request has been dealt with).
   */
  async function sendToBridge(
    details: unknown[],
  ): Promise<{ answers: BridgeAnswer[]; pingAnswered: boolean }> {
    return s.page.evaluate(async (details) => {
      const answers: BridgeAnswer[] = [];
      const PING_ID = 987_654_321;
      let pingAnswered = false;
      const done = new Promise<void>((resolve) => {
        const onResponse = (event: Event) => {
          const detail = (event as CustomEvent).detail;
          const message = typeof detail === 'string' ? JSON.parse(detail) : null;
          if (message?.id === PING_ID) {
            pingAnswered = message.ok === true;
            document.removeEventListener('threat-lens:response', onResponse);
            resolve();
          } else if (message) answers.push(message);
        };
        document.addEventListener('threat-lens:response', onResponse);
        setTimeout(resolve, 5000);
      });
      for (const detail of details) {
        document.dispatchEvent(new CustomEvent('threat-lens:request', { detail }));
      }
      // The ping is answered only after the synchronous handling of every request above; give
      // any asynchronous Direct call time to leave too, by waiting for the ping's round trip.
      document.dispatchEvent(
        new CustomEvent('threat-lens:request', { detail: JSON.stringify({ id: PING_ID, type: 'ping' }) }),
      );
      await done;
      return { answers, pingAnswered };
    }, details);
  }

  it('the bridge ignores what it cannot answer and refuses what it does not allow, with no side effect', async () => {
    s.sim.clearRequests();
    const hashBefore = await s.page.evaluate(() => location.hash);
    const bigQuery = `(sessionid eq 1) ${'or (sessionid eq 1) '.repeat(600)}`; // ~12 kB > 8 kB cap
    const details: unknown[] = [
      // ignored: cannot be parsed or has no usable id
      'not json {',
      { id: 1, type: 'ping' }, // an object, not a JSON string (no object crosses worlds)
      JSON.stringify({
        type: 'direct.call',
        method: 'MonitorDirect.getThreatDetail',
        args: [],
        timeoutMs: 1000,
      }),
      JSON.stringify({ id: -5, type: 'ping' }),
      JSON.stringify([1, 2, 3]),
      `{"id": 11, "type": "ping", "pad": "${'x'.repeat(300 * 1024)}"}`, // > 256 kB detail
      // refused: an id, but a shape or value the protocol does not define
      JSON.stringify({ id: 101, type: 'config.set', xpath: '/config', element: '<x/>' }),
      JSON.stringify({
        id: 102,
        type: 'direct.call',
        method: 'DeviceDirect.commit',
        args: [],
        timeoutMs: 1000,
      }),
      JSON.stringify({
        id: 103,
        type: 'direct.call',
        method: 'PanDirect.run',
        args: ['DeviceDirect.commit', []],
        timeoutMs: 1000,
      }),
      JSON.stringify({
        id: 104,
        type: 'direct.call',
        method: 'MonitorDirect.getThreatDetail',
        args: [],
        timeoutMs: 1000,
        extra: 1,
      }),
      JSON.stringify({
        id: 105,
        type: 'direct.call',
        method: 'MonitorDirect.getThreatDetail',
        args: 'x',
        timeoutMs: 1000,
      }),
      JSON.stringify({
        id: 106,
        type: 'logs.query',
        logtype: 'threat',
        query: bigQuery,
        limit: 20,
        timeoutMs: 1000,
      }),
      JSON.stringify({
        id: 107,
        type: 'logs.query',
        logtype: 'config',
        query: '',
        limit: 20,
        timeoutMs: 1000,
      }),
      JSON.stringify({
        id: 108,
        type: 'logs.query',
        logtype: 'threat',
        query: '',
        limit: 999_999,
        timeoutMs: 1000,
      }),
      JSON.stringify({
        id: 109,
        type: 'nav.logs',
        branch: 'device/setup/operations',
        vsys: 'vsys1',
        query: '',
      }),
      '{"id": 110, "type": "ping", "__proto__": {"polluted": true}}',
      JSON.stringify({
        id: 111,
        type: 'direct.call',
        method: 'MonitorDirect.getThreatDetail',
        args: [],
        timeoutMs: 10 ** 9,
      }),
    ];
    const { answers, pingAnswered } = await sendToBridge(details);
    console.log(
      'bridge answers:',
      answers.map((a) => `${a.id}:${a.ok ? 'ok' : `${a.error} (${a.message})`}`).join('; '),
    );
    expect(pingAnswered).toBe(true); // the bridge is there and listening
    const refusedIds = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111];
    expect(answers.map((a) => a.id).sort((a, b) => a - b)).toEqual(refusedIds);
    expect(answers.every((a) => a.ok === false && a.error === 'bad-request')).toBe(true);
    expect(answers.find((a) => a.id === 102)?.message).toBe('method not allowed');
    expect(answers.find((a) => a.id === 106)?.message).toBe('bad query');
    // No side effect: nothing reached the firewall, the page stayed where it was.
    const reached = s.sim
      .requests()
      .filter((r) => r.kind === 'direct' || r.kind === 'log-data' || r.kind === 'api');
    expect(reached).toEqual([]);
    expect(s.sim.requests().some((r) => r.directMethod?.includes('commit'))).toBe(false);
    expect(await s.page.evaluate(() => location.hash)).toBe(hashBefore);
    expect(
      await s.page.evaluate(() => (Object.prototype as { polluted?: unknown }).polluted),
    ).toBeUndefined();
  });

  it('a page script can still talk to the bridge only through the allow-list (control: one allowed call goes through)', async () => {
    s.sim.clearRequests();
    const { answers } = await sendToBridge([
      JSON.stringify({
        id: 201,
        type: 'direct.call',
        method: 'MonitorDirect.getThreatDetail',
        args: [['30000']],
        timeoutMs: 5000,
      }),
    ]);
    // The ping can overtake a Direct call's answer; what matters is what reached the firewall.
    await expect
      .poll(() =>
        s.sim
          .requests()
          .filter((r) => r.kind === 'direct')
          .map((r) => r.directMethod),
      )
      .toEqual(['MonitorDirect.getThreatDetail']);
    expect(answers.every((a) => a.id === 201)).toBe(true);
  });

  it("the page's main world has no way to the extension's runtime", async () => {
    const reach = await s.page.evaluate(() => {
      const c = (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown; connect?: unknown } } })
        .chrome;
      return { sendMessage: typeof c?.runtime?.sendMessage, connect: typeof c?.runtime?.connect };
    });
    expect(reach).toEqual({ sendMessage: 'undefined', connect: 'undefined' });
  });

  describe('the background', () => {
    let cdp: CDPSession;
    let contentContextId = 0;
    const storage = () =>
      s.browser.worker.evaluate(() =>
        (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.get(null),
      );

    beforeAll(async () => {
      // A stored key is what a disable would delete: the observable side effect.
      await s.browser.worker.evaluate(
        async ([origin]) => {
          await (globalThis as unknown as { chrome: WorkerChrome }).chrome.storage.local.set({
            settings: {
              lookupMode: 'prefetch',
              showTraining: true,
              apiKeys: { [origin as string]: 'KEEP-ME' },
            },
          });
        },
        [s.sim.url],
      );
      // The content script's isolated world, reached through CDP (Playwright only exposes the main world).
      cdp = await s.browser.context.newCDPSession(s.page);
      const contexts: { id: number; origin: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
      cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
      await cdp.send('Runtime.enable');
      const ours = `chrome-extension://${s.browser.extensionId}`;
      for (let tries = 0; tries < 50 && !contexts.some((c) => c.origin === ours); tries++) {
        await s.page.waitForTimeout(100); // polling for the context report, not a fixed wait
      }
      contentContextId = contexts.find((c) => c.auxData?.type === 'isolated' && c.origin === ours)
        ?.id as number;
      expect(contentContextId).toBeGreaterThan(0);
    });
    afterAll(async () => {
      await cdp?.detach().catch(() => undefined);
    });

    /** chrome.runtime.sendMessage from the content script's world; the reply or the error text. */
    async function fromContentScript(message: unknown): Promise<string> {
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        contextId: contentContextId,
        awaitPromise: true,
        returnByValue: true,
        expression: `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((reply) => 'reply: ' + JSON.stringify(reply), (error) => 'error: ' + error.message)`,
      });
      if (exceptionDetails) throw new Error(exceptionDetails.text);
      return String(result.value);
    }

    it('ignores enable/disable from a content script (a web page sender): no reply, nothing changes', async () => {
      const before = await storage();
      const replies = [
        await fromContentScript({ type: 'threat-lens/disable', origin: s.sim.url }),
        await fromContentScript({ type: 'threat-lens/enable', origin: 'https://evil.example' }),
      ];
      console.log('background replies to the content script:', replies.join(' | '));
      for (const reply of replies) expect(reply).not.toMatch(/^reply: \{/);
      expect(await storage()).toEqual(before);
      // The content script still runs on the page (the disable did not go through).
      expect(await s.page.locator('threat-lens-badge').count()).toBeGreaterThan(0);
    });

    it('ignores malformed messages from its own pages; a well-formed one there does act (control)', async () => {
      const own = await s.browser.context.newPage();
      try {
        await own.goto(`chrome-extension://${s.browser.extensionId}/popup.html?tabId=0`);
        const before = await storage();
        const malformed: unknown[] = [
          'threat-lens/disable',
          null,
          42,
          { type: 'threat-lens/disable' },
          { type: 'threat-lens/disable', origin: s.sim.url, extra: true },
          { type: 'threat-lens/disable', origin: '' },
          { type: 'threat-lens/disable', origin: `${s.sim.url}/${'a'.repeat(3000)}` },
          { type: 'threat-lens/disable', origin: ['http://127.0.0.1'] },
          { type: 'threat-lens/reset-everything' },
          { type: 'threat-lens/disable', origin: 'javascript:alert(1)' },
          { type: 'threat-lens/disable', origin: `${s.sim.url}/php/login.php` },
        ];
        const replies = await own.evaluate(
          (messages) =>
            Promise.all(
              messages.map((message) =>
                (
                  globalThis as unknown as {
                    chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };
                  }
                ).chrome.runtime
                  .sendMessage(message)
                  .then(
                    (reply) => `reply: ${JSON.stringify(reply)}`,
                    (error: Error) => `error: ${error.message}`,
                  ),
              ),
            ),
          malformed,
        );
        console.log('background replies to malformed messages from its own page:\n ', replies.join('\n  '));
        // Shapes it does not define get no answer; a well-shaped one with a bad origin is refused.
        for (const reply of replies.slice(0, 9)) expect(reply).not.toMatch(/^reply: \{/);
        for (const reply of replies.slice(9))
          expect(reply).toBe('reply: {"ok":false,"error":"Not a firewall origin."}');
        expect(await storage()).toEqual(before);

        // Control: the same door does open for a well-formed disable from our own page; the
        // stored key goes (the manifest grant stays in this e2e build, as the reply says).
        const reply = await own.evaluate(
          (origin) =>
            (
              globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
            ).chrome.runtime.sendMessage({
              type: 'threat-lens/disable',
              origin,
            }),
          s.sim.url,
        );
        expect(reply).toMatchObject({ ok: false, error: expect.stringContaining('manifest') });
        const after = (await storage()).settings as { apiKeys: Record<string, string> };
        expect(after.apiKeys[s.sim.url]).toBeUndefined();
      } finally {
        await own.close();
      }
    });

    it('no uncaught error in the page, the content script, the extension pages or the worker', async () => {
      expect(new URL(s.page.url()).hash).toBe(TRAFFIC_HASH);
      const all = await errors.all();
      expect(all, describeErrors(all)).toEqual([]);
    });
  });
});
