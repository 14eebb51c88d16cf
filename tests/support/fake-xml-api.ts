// A firewall's XML API played by a fetch that answers from the fixtures in tests/fixtures/api,
// chosen by each request's form parameters, and the client under test pointed at it (its waits
// recorded instead of slept).

import { createXmlApiClient, type XmlApiAuth } from '../../lib/panos/api/xml-api-client';
import { apiFixture } from '../fixtures/api/load';

export interface SentRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  params: Record<string, string>;
  body: string;
  credentials: RequestCredentials | undefined;
  signal: AbortSignal | null | undefined;
}

export type Answer = { status?: number; file?: string; body?: string } | Error;

/** A fetch that answers from fixtures, chosen by the request's form parameters, and records every request. */
export function fakeFirewall(answer: (params: Record<string, string>, request: number) => Answer) {
  const requests: SentRequest[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const body = String(init?.body ?? '');
    const params = Object.fromEntries(new URLSearchParams(body));
    requests.push({
      url: String(input),
      method: init?.method ?? 'GET',
      headers: { ...(init?.headers as Record<string, string>) },
      params,
      body,
      credentials: init?.credentials,
      signal: init?.signal,
    });
    const reply = answer(params, requests.length - 1);
    if (reply instanceof Error) throw reply;
    return new Response(reply.body ?? apiFixture(reply.file ?? ''), { status: reply.status ?? 200 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}

/** Enqueue answers job 18; then `polls` answer in turn (the last one repeats); finish is acknowledged. */
export function logJobFirewall(polls: Answer[], enqueue: Answer = { file: 'log-enqueued.xml' }) {
  let poll = 0;
  return fakeFirewall((params) => {
    if (params.action === 'finish')
      return { body: '<response status="success"><result>Job 18 finished</result></response>' };
    if (params.action === 'get') return polls[Math.min(poll++, polls.length - 1)] as Answer;
    return enqueue;
  });
}

export function clientFor(
  fetch: typeof globalThis.fetch,
  auth: XmlApiAuth = { kind: 'cookie' },
  sleeps: number[] = [],
) {
  return createXmlApiClient({
    origin: 'https://fw.example/',
    fetch,
    auth,
    sleep: async (ms) => void sleeps.push(ms),
  });
}
