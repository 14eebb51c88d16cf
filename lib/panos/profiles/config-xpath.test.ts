import { describe, expect, it } from 'vitest';
import { configFixture, fakeShowConfig } from '../../../tests/fixtures/config/fake-config';
import {
  deviceGroupParentXpath,
  deviceGroupXpath,
  profileGroupXpath,
  profileXpath,
  readDeviceGroupChain,
  ruleByNameXpath,
  SHARED_XPATH,
  securityRulesXpath,
  vsysXpath,
  xpathLiteral,
} from './config-xpath';

describe('xpathLiteral', () => {
  it.each([
    ['allow-web', "'allow-web'"],
    ['allow web', "'allow web'"],
    ['say "hi"', `'say "hi"'`],
    ["it's", `"it's"`],
    [`it's "x"`, `concat('it', "'", 's "x"')`],
    [`'a'`, `"'a'"`],
    [`'"'`, `concat('', "'", '"', "'", '')`],
    ['', "''"],
  ])('%s -> %s', (value, literal) => {
    expect(xpathLiteral(value)).toBe(literal);
  });
});

describe('config xpaths', () => {
  it('builds the firewall, Panorama and shared paths of the reference', () => {
    expect(ruleByNameXpath(vsysXpath('vsys1'), 'rulebase', 'R')).toBe(
      "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys1']/rulebase/security/rules/entry[@name='R']",
    );
    expect(securityRulesXpath(deviceGroupXpath('DG'), 'pre-rulebase')).toBe(
      "/config/devices/entry[@name='localhost.localdomain']/device-group/entry[@name='DG']/pre-rulebase/security/rules",
    );
    expect(securityRulesXpath(SHARED_XPATH, 'post-rulebase')).toBe(
      '/config/shared/post-rulebase/security/rules',
    );
    expect(profileGroupXpath(SHARED_XPATH, 'corp')).toBe("/config/shared/profile-group/entry[@name='corp']");
    expect(profileXpath(vsysXpath('vsys2'), 'antivirus', 'av')).toBe(
      "/config/devices/entry[@name='localhost.localdomain']/vsys/entry[@name='vsys2']/profiles/virus/entry[@name='av']",
    );
    expect(profileXpath(SHARED_XPATH, 'file-blocking', 'basic file blocking')).toBe(
      "/config/shared/profiles/file-blocking/entry[@name='basic file blocking']",
    );
    expect(deviceGroupParentXpath('branch-east')).toBe(
      "/config/readonly/devices/entry[@name='localhost.localdomain']/device-group/entry[@name='branch-east']/parent-dg",
    );
  });

  it('quotes names with quotes so that the fake show config still finds them', async () => {
    const show = fakeShowConfig(configFixture('firewall-running.xml'));
    const found = await show(ruleByNameXpath(vsysXpath('vsys1'), 'rulebase', `it's "quoted"`));
    expect(found?.firstElementChild?.getAttribute('uuid')).toBe('11111111-0000-4000-8000-000000000008');
  });
});

describe('readDeviceGroupChain', () => {
  const showConfig = fakeShowConfig(configFixture('panorama-running.xml'));

  it('reads parents from readonly until shared', async () => {
    expect(await readDeviceGroupChain('branch-east', { showConfig })).toEqual(['branch-east', 'branches']);
    expect(await readDeviceGroupChain('branches', { showConfig })).toEqual(['branches']);
  });

  it('uses the parents it is given, and stops on a cycle', async () => {
    const none = fakeShowConfig(configFixture('firewall-running.xml'));
    const knownParents = { a: 'b', b: 'c', c: 'a' };
    expect(await readDeviceGroupChain('a', { showConfig: none, knownParents })).toEqual(['a', 'b', 'c']);
    expect(none.calls).toEqual([]);
    expect(await readDeviceGroupChain('x', { showConfig: none, knownParents: { x: 'shared' } })).toEqual([
      'x',
    ]);
  });
});
