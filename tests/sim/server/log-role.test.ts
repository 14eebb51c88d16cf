// @vitest-environment node
// A role denied the URL Filtering log: each plausible answer the simulator can play (HTTP 403
// with the role refusal's words, an error answer, no entries), on the UI's log endpoint and on
// /api/ alike; the other logs answer as usual, and the related-log view leaves URL entries out.
import { afterEach, describe, expect, it } from 'vitest';
import type { LogRefusal } from './log-role';
import { startSimulator } from './server';
import { api, direct, pollUntilFin, tagText, webLogin } from './test-helpers';
import type { Simulator } from './types';

const NEW_SESSIONS = '(sessionid eq 184549) or (sessionid eq 184550) or (sessionid eq 184553)';
const subtypesIn = (xml: string) => [...xml.matchAll(/<subtype>([^<]*)</g)].map((m) => m[1]).sort();

let sim: Simulator | null = null;
afterEach(async () => {
  await sim?.close();
  sim = null;
});

async function denyingUrl(logRefusal: LogRefusal) {
  sim = await startSimulator({ logRoleDenies: ['url'], logRefusal, faults: { jobPollsToFinish: 0 } });
  return { sim, login: await webLogin(sim) };
}

async function uiEnqueue(s: Simulator, cookie: string, logtype: string) {
  const response = await fetch(`${s.url}/php/monitor/log.data.xml.php`, {
    method: 'POST',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ logtype, databases: logtype, query: NEW_SESSIONS, limit: '100' }),
  });
  return { status: response.status, text: await response.text() };
}

const apiEnqueue = (s: Simulator, logType: string) =>
  api(s, { type: 'log', 'log-type': logType, query: NEW_SESSIONS, nlogs: '100', key: s.apiKey });

describe('logRoleDenies url', () => {
  it('http-403: both endpoints answer 403 with the role refusal; the threat log answers', async () => {
    const { sim: s, login } = await denyingUrl('http-403');
    for (const answer of [await uiEnqueue(s, login.cookie, 'url'), await apiEnqueue(s, 'url')]) {
      expect(answer.status).toBe(403);
      expect(answer.text).toContain('Type [log] not authorized for user role');
    }
    const threatJob = tagText((await apiEnqueue(s, 'threat')).text, 'job') ?? '';
    const fin = await pollUntilFin(
      async () => (await api(s, { type: 'log', action: 'get', 'job-id': threatJob, key: s.apiKey })).text,
    );
    expect(subtypesIn(fin)).toEqual(['wildfire-virus']);
  });

  it('error-answer: HTTP 200 with status="error"', async () => {
    const { sim: s, login } = await denyingUrl('error-answer');
    for (const answer of [await uiEnqueue(s, login.cookie, 'url'), await apiEnqueue(s, 'url')]) {
      expect(answer.status).toBe(200);
      expect(answer.text).toMatch(/<response status="error"><msg><line>[^<]+<\/line><\/msg><\/response>/);
    }
  });

  it('no-entries: the query runs and finds nothing', async () => {
    const { sim: s } = await denyingUrl('no-entries');
    const job = tagText((await apiEnqueue(s, 'url')).text, 'job') ?? '';
    const fin = await pollUntilFin(
      async () => (await api(s, { type: 'log', action: 'get', 'job-id': job, key: s.apiKey })).text,
    );
    expect(fin).toContain('count="0"');
  });

  it('the related-log view leaves the URL entries out', async () => {
    const { sim: s, login } = await denyingUrl('http-403');
    const traffic = s.scenario.sessions.find((e) => e.fields.sessionid === '184549');
    const enqueued = await direct(s, login, 'MonitorDirect.enqueueRelatedLogRequest', [
      { logtype: 'traffic', anchor: traffic?.logid, responseText: '' },
    ]);
    const [, contentJob] = enqueued.result as string[];
    const xml = String(
      (await direct(s, login, 'MonitorDirect.pollLogRequest', [contentJob, { logtype: 'detail' }])).result,
    );
    expect(tagText(xml, 'status')).toBe('FIN');
    expect(subtypesIn(xml)).toEqual([]);
  });
});
