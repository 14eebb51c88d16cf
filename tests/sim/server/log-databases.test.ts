// @vitest-environment node
// The simulator keeps the log databases apart on every path: the UI's log endpoint (`logtype`)
// and /api/ (`log-type`) answer one database each; the related-log RPC spans them all.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator } from './server';
import { api, direct, pollUntilFin, tagText, type WebLogin, webLogin } from './test-helpers';
import type { Simulator } from './types';

let sim: Simulator;
let login: WebLogin;
beforeAll(async () => {
  sim = await startSimulator({ faults: { jobPollsToFinish: 0 } });
  login = await webLogin(sim);
});
afterAll(async () => {
  await sim.close();
});

const NEW_SESSIONS =
  '(sessionid eq 184549) or (sessionid eq 184550) or (sessionid eq 184551) or (sessionid eq 184552) or (sessionid eq 184553)';
const subtypesIn = (xml: string) => [...xml.matchAll(/<subtype>([^<]*)</g)].map((m) => m[1]).sort();

async function uiLogs(logtype: string, query: string): Promise<string> {
  const post = async (params: Record<string, string>) => {
    const response = await fetch(`${sim.url}/php/monitor/log.data.xml.php`, {
      method: 'POST',
      headers: { cookie: login.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(params),
    });
    return response.text();
  };
  const jobId = tagText(await post({ logtype, databases: logtype, query, limit: '100' }), 'job') ?? '';
  return pollUntilFin(() => post({ jobid: jobId }));
}

async function apiLogs(logType: string, query: string): Promise<string> {
  const key = sim.apiKey;
  const enqueued = await api(sim, { type: 'log', 'log-type': logType, query, nlogs: '100', key });
  const jobId = tagText(enqueued.text, 'job') ?? '';
  return pollUntilFin(
    async () => (await api(sim, { type: 'log', action: 'get', 'job-id': jobId, key })).text,
  );
}

describe.each([
  ['log.data.xml.php logtype', uiLogs],
  ['/api/ log-type', apiLogs],
])('%s: one database each', (_, read) => {
  it.each([
    ['threat', ['wildfire-virus']],
    ['url', ['url', 'url']],
    ['data', ['data', 'data', 'file']],
    ['wildfire', ['wildfire']],
  ])('%s holds only its own entries of the newest sessions', async (logtype, subtypes) => {
    expect(subtypesIn(await read(logtype as string, NEW_SESSIONS))).toEqual(subtypes);
  });

  it('no other log type answers content entries', async () => {
    expect(subtypesIn(await read('system', NEW_SESSIONS))).toEqual([]);
  });
});

describe('the related-log RPC', () => {
  it('spans every database: the WildFire submission beside the Antivirus entry', async () => {
    const traffic = sim.scenario.sessions.find((e) => e.fields.sessionid === '184553');
    const enqueued = await direct(sim, login, 'MonitorDirect.enqueueRelatedLogRequest', [
      { logtype: 'traffic', anchor: traffic?.logid, responseText: '' },
    ]);
    const [, contentJob] = enqueued.result as string[];
    const xml = String(
      (await direct(sim, login, 'MonitorDirect.pollLogRequest', [contentJob, { logtype: 'detail' }])).result,
    );
    expect(tagText(xml, 'status')).toBe('FIN');
    expect(subtypesIn(xml)).toEqual(['wildfire', 'wildfire-virus']);
  });
});

describe('contentEntryType: the type of URL, data and WildFire entries (unknown on real firewalls)', () => {
  it("'log-type' names each entry's database; threat-log entries stay THREAT", async () => {
    const typed = await startSimulator({ contentEntryType: 'log-type', faults: { jobPollsToFinish: 0 } });
    try {
      const types = (logType: string) =>
        api(typed, { type: 'log', 'log-type': logType, query: NEW_SESSIONS, key: typed.apiKey })
          .then((enqueued) => tagText(enqueued.text, 'job') ?? '')
          .then((jobId) => api(typed, { type: 'log', action: 'get', 'job-id': jobId, key: typed.apiKey }))
          .then((fin) => [...new Set([...fin.text.matchAll(/<type>([^<]*)</g)].map((m) => m[1]))]);
      expect(await types('threat')).toEqual(['THREAT']);
      expect(await types('url')).toEqual(['URL']);
      expect(await types('data')).toEqual(['DATA']);
      expect(await types('wildfire')).toEqual(['WILDFIRE']);
    } finally {
      await typed.close();
    }
  });

  it("'THREAT' (the default) types every content entry THREAT", async () => {
    const fin = await apiLogs('url', NEW_SESSIONS);
    expect([...new Set([...fin.matchAll(/<type>([^<]*)</g)].map((m) => m[1]))]).toEqual(['THREAT']);
  });
});
