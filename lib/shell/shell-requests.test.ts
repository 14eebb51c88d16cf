import { describe, expect, it } from 'vitest';
import { requestDisable, requestEnable, type ShellRequestApi } from './shell-requests';

function api(grant: boolean, answer: unknown = { ok: true, injectedTabs: 1 }) {
  const calls: string[] = [];
  const fake: ShellRequestApi = {
    permissions: {
      request({ origins }) {
        calls.push(`request ${origins.join(',')}`);
        return Promise.resolve(grant);
      },
    },
    runtime: {
      async sendMessage(message) {
        calls.push(`send ${JSON.stringify(message)}`);
        if (answer instanceof Error) throw answer;
        return answer;
      },
    },
  };
  return { fake, calls };
}

describe('requestEnable', () => {
  it('asks for the host permission synchronously (user gesture), then asks the background', async () => {
    const { fake, calls } = api(true);
    const pending = requestEnable(fake, 'https://fw.example.com:4443');
    expect(calls).toEqual(['request https://fw.example.com:4443/*']);
    expect(await pending).toEqual({ ok: true, injectedTabs: 1 });
    expect(calls[1]).toBe('send {"type":"threat-lens/enable","origin":"https://fw.example.com:4443"}');
  });

  it('stops when the user declines', async () => {
    const { fake, calls } = api(false);
    expect(await requestEnable(fake, 'https://fw')).toEqual({ ok: false, error: 'Access was not granted.' });
    expect(calls).toHaveLength(1);
  });

  it('reports a background that does not answer', async () => {
    const { fake } = api(true, null);
    expect((await requestEnable(fake, 'https://fw')).ok).toBe(false);
    const failing = api(true, new Error('Could not establish connection'));
    expect((await requestEnable(failing.fake, 'https://fw')).ok).toBe(false);
  });
});

describe('requestDisable', () => {
  it('passes the background answer through', async () => {
    const { fake } = api(true, { ok: false, error: 'managed' });
    expect(await requestDisable(fake, 'https://fw')).toEqual({ ok: false, error: 'managed' });
  });
});
