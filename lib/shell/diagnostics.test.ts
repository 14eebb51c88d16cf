import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { fakeManaged, fakePermissions, fakeTabs } from '../../tests/support/fake-apis';
import type { PageStatus } from '../messages';
import { getSettings, setApiKey } from '../storage/settings';
import { collectDiagnostics, type DiagnosticsApi } from './diagnostics';
import { addUserOrigin } from './enabled-origins';

const API_KEY = 'LUFRPT1TOPSECRETKEYvalue0123456789==';

const status: PageStatus = {
  panosSigns: ['ext-3.4', 'PanDirect', 'pan-header'],
  product: 'firewall',
  loginPage: false,
  trafficPage: true,
  rowSource: 'store',
  rowsVisible: 20,
  rowsFlagged: 2,
  strategies: {
    'related-log': 'proven',
    'ui-log-store': 'untried',
    'xml-api-cookie': 'untried',
    'xml-api-key': 'failed',
  },
  activeStrategy: 'related-log',
  strategyDetails: {
    'related-log': { proven: 3, inconclusive: 1, unavailable: 0, failed: 0, note: 'empty', retired: false },
    'ui-log-store': {
      proven: 0,
      inconclusive: 1,
      unavailable: 0,
      failed: 0,
      note: 'other-sessions',
      retired: true,
    },
    'xml-api-cookie': {
      proven: 0,
      inconclusive: 0,
      unavailable: 1,
      failed: 0,
      note: 'not-on-page',
      retired: true,
    },
    'xml-api-key': { proven: 0, inconclusive: 0, unavailable: 0, failed: 1, note: 'failed', retired: false },
  },
  problem: null,
  gridLayout: { fieldsFound: ['action', 'session_end_reason'], fieldsMissing: ['sessionid'] },
  productDecision: {
    state: 'decided',
    decidedBy: ['hash-location: location vsys1'],
    against: ['page-flag: page says panorama'],
    remembered: false,
  },
};

function api(answers: Record<number, unknown>): DiagnosticsApi {
  const tabs = fakeTabs([
    { id: 1, url: 'https://fw.secret-corp.example:4443/#monitor::vsys1::monitor/logs/traffic' },
    { id: 2, url: 'https://news.example/' },
    { id: 3, url: 'https://fw.secret-corp.example:4443/' },
  ]);
  return {
    tabs: {
      query: tabs.query,
      async sendMessage(tabId) {
        if (!(tabId in answers))
          throw new Error('Could not establish connection. Receiving end does not exist.');
        return answers[tabId];
      },
    },
    permissions: fakePermissions(['https://fw.secret-corp.example/*']),
    managed: fakeManaged(undefined),
  };
}

beforeEach(() => fakeBrowser.reset());

describe('collectDiagnostics', () => {
  it('reports signs, layout and strategies of each firewall tab', async () => {
    await addUserOrigin('https://fw.secret-corp.example:4443');
    const result = await collectDiagnostics(api({ 1: status }), await getSettings(), {
      extensionVersion: '0.1.0',
      userAgent: 'test',
    });
    expect(result.firewallsEnabled).toEqual([{ firewall: 'https://firewall-1:4443', managed: false }]);
    const { problem: _none, ...reported } = status;
    expect(result.tabs).toEqual([
      { firewall: 'https://firewall-1:4443', apiKeyStored: false, status: reported },
      { firewall: 'https://firewall-1:4443', apiKeyStored: false, status: null },
    ]);
  });

  it("carries a problem's kind, never its words (they may quote the firewall)", async () => {
    await addUserOrigin('https://fw.secret-corp.example:4443');
    const failing = {
      ...status,
      problem: {
        message: 'The firewall answered with an error: HTTP 500 at /opt/pancfg/secret-path.php',
        fix: 'Try again later.',
      },
      problemKind: 'failed',
    };
    const result = await collectDiagnostics(api({ 1: failing }), await getSettings(), {
      extensionVersion: '0.1.0',
      userAgent: 'test',
    });
    expect(JSON.stringify(result)).not.toContain('secret-path');
    expect(JSON.stringify(result)).not.toContain('answered with an error');
    expect(result.tabs[0]?.status?.problemKind).toBe('failed');
  });

  it('carries no API key, no host name, no log content, even when the page answers with more', async () => {
    await addUserOrigin('https://fw.secret-corp.example:4443');
    await setApiKey('https://fw.secret-corp.example:4443', API_KEY);
    const leaky = {
      ...status,
      apiKey: API_KEY,
      rows: [
        {
          src: '10.9.8.7',
          dst: '203.0.113.9',
          threatid: 'Eicar Test File',
          misc: 'evil.example/payload.exe',
        },
      ],
      panosSigns: ['ext-3.4', { html: '<b>10.9.8.7</b>' }, `sign ${'x'.repeat(200)}`],
      strategyDetails: {
        'related-log': {
          proven: 2,
          inconclusive: 0,
          note: 'Eicar at 10.9.8.7',
          retired: true,
          sample: '203.0.113.9',
        },
        'ui-log-store': '10.9.8.7',
      },
      gridLayout: { fieldsFound: ['action', '10.9.8.7 <script>'], fieldsMissing: [], sample: '203.0.113.9' },
      productDecision: {
        state: 'decided',
        decidedBy: ['system-info: model <script>', 'system-info: model Panorama'],
        against: [{ model: '10.9.8.7' }],
        remembered: 'yes',
        sample: '203.0.113.9',
      },
    };
    const result = await collectDiagnostics(api({ 1: leaky, 3: 'garbage' }), await getSettings(), {
      extensionVersion: '0.1.0',
      userAgent: 'test',
    });
    const json = JSON.stringify(result);
    for (const secret of [
      API_KEY,
      'LUFRPT1',
      'secret-corp',
      '10.9.8.7',
      '203.0.113.9',
      'Eicar',
      'payload',
      'script',
    ]) {
      expect(json).not.toContain(secret);
    }
    expect(result.settings.apiKeysStored).toBe(1);
    expect(result.tabs[0]?.apiKeyStored).toBe(true);
    expect(result.tabs[0]?.status?.panosSigns).toEqual(['ext-3.4']);
    // Which signs decided Panorama or firewall: short identifiers only.
    expect(result.tabs[0]?.status?.productDecision).toEqual({
      state: 'decided',
      decidedBy: ['system-info: model Panorama'],
      against: [],
      remembered: false,
    });
    // Per-path counts and fixed reason codes only: free text is dropped.
    expect(result.tabs[0]?.status?.strategyDetails?.['related-log']).toEqual({
      proven: 2,
      inconclusive: 0,
      unavailable: 0,
      failed: 0,
      note: '',
      retired: true,
    });
    expect(result.tabs[1]?.status).toBeNull();
  });
});

describe('requestStatus', () => {
  it('gives up on a tab that never answers', async () => {
    const { requestStatus } = await import('./page-status');
    const started = Date.now();
    expect(await requestStatus({ sendMessage: () => new Promise(() => {}) }, 1, 20)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
