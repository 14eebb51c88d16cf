import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fakeManaged, fakePermissions } from '../../tests/support/fake-apis';
import { addUserOrigin, enabledFirewalls, grantedOrigins, managedOrigins } from './enabled-origins';

beforeEach(() => fakeBrowser.reset());

describe('enabled origins', () => {
  it('reads granted hosts, ignoring all-hosts and wildcard grants', async () => {
    const permissions = fakePermissions(['https://fw.example.com/*', 'https://*/*', 'http://127.0.0.1/*']);
    expect(await grantedOrigins(permissions)).toEqual(['https://fw.example.com', 'http://127.0.0.1']);
  });

  it('reads managed storage and copes when it is missing, throws, or holds junk', async () => {
    expect(await managedOrigins(fakeManaged(['https://fw.corp:4443', 'javascript:x', 42]))).toEqual([
      'https://fw.corp:4443',
    ]);
    expect(await managedOrigins(fakeManaged(new Error('Managed storage manifest not found')))).toEqual([]);
    expect(await managedOrigins(fakeManaged('not a list'))).toEqual([]);
    expect(await managedOrigins(undefined)).toEqual([]);
    expect(await managedOrigins({ get: () => new Promise(() => {}) }, 10)).toEqual([]);
  });

  it('lists user origins with their port while the host is granted, others port-less, managed marked', async () => {
    await addUserOrigin('https://fw.example.com:4443');
    await addUserOrigin('https://revoked.example');
    const list = await enabledFirewalls({
      permissions: fakePermissions(['https://fw.example.com/*', 'https://granted-only.example/*']),
      managed: fakeManaged(['https://fw.corp']),
    });
    expect(list).toEqual([
      { origin: 'https://fw.corp', managed: true },
      { origin: 'https://fw.example.com:4443', managed: false },
      { origin: 'https://granted-only.example', managed: false },
    ]);
  });
});
