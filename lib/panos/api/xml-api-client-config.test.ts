// The XML API client's configuration reads and operational commands.

import { describe, expect, it } from 'vitest';
import { clientFor, fakeFirewall } from '../../../tests/support/fake-xml-api';

describe('showConfig', () => {
  const XPATH =
    "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/rulebase/security/rules/entry[@name='allow-web']";

  it('returns the result element holding the node', async () => {
    const firewall = fakeFirewall(() => ({ file: 'config-show-rule.xml' }));
    const result = await clientFor(firewall.fetch).showConfig(XPATH);
    expect(result?.localName).toBe('result');
    expect(result?.querySelector('profile-setting group member')?.textContent).toBe('corp-default');
    expect(firewall.requests[0]?.params).toEqual({ type: 'config', action: 'show', xpath: XPATH });
  });

  it.each([
    ['No such node', { file: 'error-no-such-node.xml' }],
    ['success with code 7 and an empty result', { file: 'config-get-missing.xml' }],
  ])('answers null for %s', async (_, answer) => {
    expect(await clientFor(fakeFirewall(() => answer).fetch).showConfig(XPATH)).toBeNull();
  });

  it('throws other errors', async () => {
    await expect(
      clientFor(fakeFirewall(() => ({ file: 'error-22-session-timeout.xml' })).fetch).showConfig(XPATH),
    ).rejects.toMatchObject({ kind: 'session-expired' });
    await expect(
      clientFor(fakeFirewall(() => ({ file: 'error-code-17-multiline.xml' })).fetch).showConfig(XPATH),
    ).rejects.toMatchObject({ kind: 'api-error', code: '17' });
  });
});

describe('op', () => {
  it('sends the command and returns the result element', async () => {
    const firewall = fakeFirewall(() => ({ file: 'op-show-clock.xml' }));
    const result = await clientFor(firewall.fetch).op('<show><clock></clock></show>');
    expect(result.textContent).toContain('2025');
    expect(firewall.requests[0]?.params).toEqual({ type: 'op', cmd: '<show><clock></clock></show>' });
  });
});
