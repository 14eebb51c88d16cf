// Panorama as it really is: no product flag on the page (the simulator sets one only when asked),
// viewed from "All" and from a device group, firewalls reusing session ids, a firewall in no
// device group, per-device config versions, log times in the device's own time zone; and, on a
// firewall, a rule pushed from Panorama. Answers are read from the badges and the panel.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THREAT_FILTER_BOX } from '../support/e2e-session';
import { answersBySession, badgeButton, panel, rowIndexOfSession } from './answers';
import { openPopup, tabIdOf, waitForPopupText } from './extension-ui';
import { waitForGridLoaded, waitForMarking } from './grid-probe';
import { type E2eSession, openSession } from './session';

const ALL_HASH = '#monitor::::monitor/logs/traffic';
const FW1 = '013201000001';
const FW2 = '013201000002';
const LAB = '013201000003';

async function panelText(s: E2eSession, sessionid: string, serial?: string): Promise<string> {
  const button = badgeButton(s.page, await rowIndexOfSession(s.page, sessionid, serial));
  await button.click();
  await panel(s.page).waitFor();
  const text = (await panel(s.page).textContent()) ?? '';
  await s.page.keyboard.press('Escape');
  await panel(s.page).waitFor({ state: 'detached' });
  return text;
}

async function storedProduct(s: E2eSession): Promise<{ product?: string; decidedBy?: string[] } | undefined> {
  const memory = await s.browser.worker.evaluate(async () => {
    const api = (
      globalThis as unknown as { chrome: { storage: { local: { get(k: string): Promise<unknown> } } } }
    ).chrome;
    return (await api.storage.local.get('productMemory')) as { productMemory?: Record<string, unknown> };
  });
  return Object.values(memory.productMemory ?? {})[0] as { product?: string; decidedBy?: string[] };
}

/** Every flagged row with a threat entry names its profile, but the firewall in no device group's. */
function expectEveryProfileNamed(answers: Map<string, string[]>): void {
  const said = [...answers.entries()].flatMap(([id, lines]) => lines.map((line) => [id, line] as const));
  const withEntry = said.filter(([id, line]) => id !== '5021' && !line.startsWith('No threat log found'));
  expect(withEntry.length).toBeGreaterThanOrEqual(3);
  for (const [id, line] of withEntry) expect(`${id}: ${line}`).toMatch(/^\d+: Blocked by [\w /-]+ profile "/);
}

const opRequests = (s: E2eSession) =>
  s.sim.requests().filter((r) => r.kind === 'api' && r.apiType === 'op').length;

describe('Panorama without any product flag, from "All", in a time zone other than the browser\'s', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({
      sim: { scenario: 'panorama', panorama: true, apiAcceptsSessionCookie: true, timeZone: 'Asia/Tokyo' },
      hash: ALL_HASH,
      timeZone: 'America/Los_Angeles',
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the page carries no product flag and the two zones differ', async () => {
    const page = await s.page.evaluate(() => ({
      flag: (window as unknown as { Pan: { global?: unknown } }).Pan.global,
      zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }));
    expect(page.flag).toBeUndefined();
    expect(page.zone).toBe('America/Los_Angeles');
    // Tokyo wall-clock times: 08:29 UTC is shown as 17:29.
    const row = s.sim.scenario.sessions.find((e) => e.fields.sessionid === '5020');
    expect(row?.fields.receive_time).toBe('2026/11/27 17:29:50');
  });

  it("names every answer per firewall: own device group, ancestors, shared, predefined; no firewall gets another's", async () => {
    await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    const reused = answers.get('5020') ?? [];
    expect(reused).toHaveLength(2);
    expect(reused).toContain(
      'Blocked by Antivirus profile "default" (profile group "branch-default" on rule "allow-branch-web")',
    );
    expect(reused).toContain('Blocked by Anti-Spyware profile "east-as" on rule "allow-east-dns"');
    expect(answers.get('5022')?.[0]).toBe(
      'Blocked by Vulnerability Protection profile "corp-vp" (profile group "shared-default" on rule "shared-allow-saas")',
    );
    // A firewall in no device group: its rules are its own; what is certain is still said.
    expect(answers.get('5021')?.[0]).toMatch(
      /^Blocked by a Vulnerability Protection profile on rule "lab-allow-out" \(profile name not known: .*device 013201000003 is in no device group/i,
    );
    expectEveryProfileNamed(answers);
    // Several serials on the page decided Panorama: the system info was not needed.
    expect(await storedProduct(s)).toMatchObject({
      product: 'panorama',
      decidedBy: ['grid-serials: 3 serials'],
    });
  });

  it('the panel names device, serial and device group, and says where to edit on Panorama', async () => {
    const east2 = await panelText(s, '5020', FW2);
    expect(east2).toContain('fw-east-2 (013201000002)');
    expect(east2).toMatch(/Device group\s*branch-east/);
    expect(east2).toContain(
      'Edit rule "allow-east-dns" on Panorama in Policies > Security > Post Rules with device group "branch-east" selected',
    );
    const east1 = await panelText(s, '5020', FW1);
    expect(east1).toContain(
      'Edit rule "allow-branch-web" on Panorama in Policies > Security > Pre Rules with device group "branches" selected',
    );
    // fw-east-2 counts commits far ahead of fw-east-1: no false "configuration changed".
    expect(east1).not.toContain('configuration changed since this log');
    expect(east2).not.toContain('configuration changed since this log');
    // fw-east-1's session logged before its own last commit is warned about.
    expect(await panelText(s, '5022', FW1)).toContain('Config changed since this log');
    const lab = await panelText(s, '5021', LAB);
    expect(lab).toContain('fw-lab-1 (013201000003)');
    expect(lab).toContain('OpenSSL Heartbleed');
  });

  it("pivots to Panorama's threat log filtered to the device and the session", async () => {
    await badgeButton(s.page, await rowIndexOfSession(s.page, '5020', FW2)).click();
    await panel(s.page)
      .getByRole('button', { name: /Show in Monitor > Logs > Threat/ })
      .click();
    await s.page.waitForFunction(() => window.location.hash.includes('monitor/logs/threat'));
    const query = await s.page.locator(THREAT_FILTER_BOX).inputValue(); // once the Threat view exists
    expect(query).toContain('(sessionid eq 5020)');
    expect(query).toContain(`(serial eq ${FW2})`);
    expect(s.pageErrors).toEqual([]);
  });
});

describe('Panorama viewed from a device group', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({
      sim: { scenario: 'panorama', panorama: true, apiAcceptsSessionCookie: true },
      hash: '#monitor::branches::monitor/logs/traffic',
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it("resolves from each firewall's own group, and says it is not the one shown", async () => {
    await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    expect(answers.get('5020')).toContain(
      'Blocked by Anti-Spyware profile "east-as" on rule "allow-east-dns"',
    );
    expectEveryProfileNamed(answers);
    const text = await panelText(s, '5020', FW1);
    expect(text).toContain(
      'Device 013201000001 belongs to device group "branch-east", not to "branches" that this page shows',
    );
  });

  it('switching to that device group: the same firewall needs no such note', async () => {
    await s.page.evaluate(() => {
      window.location.hash = '#monitor::branch-east::monitor/logs/traffic';
    });
    await waitForGridLoaded(s.page);
    await waitForMarking(s.page);
    await answersBySession(s.page);
    const text = await panelText(s, '5020', FW1);
    expect(text).toContain('fw-east-1 (013201000001)');
    expect(text).not.toContain('belongs to device group');
  });
});

describe('Panorama with a product flag on the page, and an M-series model', () => {
  let s: E2eSession;
  beforeAll(async () => {
    // The default scenario's logs come from one firewall: only the system info can tell.
    s = await openSession({
      sim: {
        scenario: 'default',
        panorama: true,
        productFlag: true,
        model: 'M-200',
        apiAcceptsSessionCookie: true,
      },
      hash: ALL_HASH,
    });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('the flag is one hint; the system info model decides, once, and is remembered', async () => {
    expect(
      await s.page.evaluate(
        () => (window as unknown as { Pan: { global?: { product?: string } } }).Pan.global?.product,
      ),
    ).toBe('panorama');
    await waitForMarking(s.page);
    await answersBySession(s.page);
    expect(await storedProduct(s)).toMatchObject({
      product: 'panorama',
      decidedBy: ['system-info: model M-200'],
    });
    expect(opRequests(s)).toBeLessThanOrEqual(2); // the cookie probe and the system info
  });
});

describe('Panorama that cannot be told: no flag, one firewall on the page, the XML API closed', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default', panorama: true }, hash: ALL_HASH });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('panel and popup say so, and the answer keeps what is certain', async () => {
    await waitForMarking(s.page);
    const answers = await answersBySession(s.page);
    // The web UI's own lookup still names the profile; the rule and the threat are in the log.
    expect(answers.get('184545')?.[0]).toContain('on rule "allow-dns"');
    const text = await panelText(s, '184545');
    expect(text).toContain('could not yet tell whether this is Panorama or a firewall');
    expect(text).toMatch(/Vulnerability Protection/);
    expect(text).toContain('007951000123456');
    const popup = await openPopup(s.browser, await tabIdOf(s.browser.worker, s.page));
    const popupText = await waitForPopupText(popup, /visible rows/);
    expect(popupText).toContain('PAN-OS (type not known yet)');
    expect(popupText).toContain('could not yet tell whether this is Panorama or a firewall');
    await popup.close();
    expect(await storedProduct(s)).toBeUndefined();
  });
});

describe('a firewall: a rule pushed from Panorama is edited in Panorama', () => {
  let s: E2eSession;
  beforeAll(async () => {
    s = await openSession({ sim: { scenario: 'default', apiAcceptsSessionCookie: true } });
    await waitForGridLoaded(s.page);
  });
  afterAll(async () => {
    await s?.close();
  });

  it('next steps say to edit it in Panorama, not in Policies on the firewall', async () => {
    await waitForMarking(s.page);
    await answersBySession(s.page);
    const text = await panelText(s, '184544');
    expect(text).toContain('Edit rule "pano-allow-saas" in Panorama, not in Policies on this firewall');
    expect(await storedProduct(s)).toMatchObject({
      product: 'firewall',
      decidedBy: ['hash-location: location vsys1'],
    });
  });
});
