import { describe, expect, it } from 'vitest';
import { describeFound, sanitiseSurvey } from '../../../lib/status/release-signs';
import { domSigns } from './release-signs';

describe('sanitiseSurvey: what the page says is kept only as names and counts', () => {
  it('keeps known RPC names, name-shaped strings and counts', () => {
    expect(
      sanitiseSurvey({
        rpcObject: 'Panos.direct',
        rpcObjectsPresent: ['Panos.direct'],
        logStoreClass: true,
        staticMotd: true,
        tokenSeedLength: 16,
        extVersion: '3.4.0',
        logGrids: [
          {
            logtype: 'traffic',
            itemId: 'Monitor/Logs/Traffic',
            shown: true,
            records: 20,
            storeFields: ['@logid', 'receive_time', 'session_end_reason', 'dg_hier_level_1'],
          },
        ],
      }),
    ).toEqual({
      rpcObject: 'Panos.direct',
      rpcObjectsPresent: ['Panos.direct'],
      logStoreClass: true,
      staticMotd: true,
      tokenSeedLength: 16,
      extVersion: '3.4.0',
      logGrids: [
        {
          logtype: 'traffic',
          itemId: 'Monitor/Logs/Traffic',
          shown: true,
          records: 20,
          storeFields: ['@logid', 'receive_time', 'session_end_reason', 'dg_hier_level_1'],
        },
      ],
      bridgeAnswered: true,
    });
  });

  it('drops anything that could be a log value, a host name or an address; a hostile page gets nothing through', () => {
    const hostile = [
      'fw01.corp.example',
      '10.1.1.25',
      '2001:db8::1',
      'https://evil.example/x',
      '<img src=x onerror=alert(1)>',
      'a'.repeat(200),
      'corp\\alice',
    ];
    const kept = sanitiseSurvey({
      rpcObject: 'window.evil',
      rpcObjectsPresent: ['PanDirect', 'Evil.direct', 42],
      logStoreClass: 'yes',
      staticMotd: 1,
      tokenSeedLength: -3,
      extVersion: 'fw01.corp.example',
      logGrids: [
        {
          logtype: hostile[0],
          itemId: hostile[3],
          shown: 'true',
          records: 1.5,
          storeFields: [...hostile, 'src'],
        },
        ...Array.from({ length: 20 }, () => ({ logtype: 'traffic' })),
      ],
    });
    const text = JSON.stringify(kept);
    for (const value of hostile) expect(text).not.toContain(value);
    expect(kept.rpcObject).toBeNull();
    expect(kept.rpcObjectsPresent).toEqual(['PanDirect']);
    expect(kept.logStoreClass).toBe(false);
    expect(kept.tokenSeedLength).toBe(0);
    expect(kept.extVersion).toBe('');
    expect(kept.logGrids).toHaveLength(8);
    expect(kept.logGrids[0]).toEqual({
      logtype: '',
      itemId: '',
      shown: false,
      records: 0,
      storeFields: ['src'],
    });
  });

  it('no bridge answer: nothing known, said as such', () => {
    expect(sanitiseSurvey(null)).toMatchObject({ rpcObject: null, bridgeAnswered: false, logGrids: [] });
  });
});

describe('domSigns and describeFound', () => {
  it('counts ExtJS grid views, other grids and tables; sees the login form _csrf field', () => {
    document.body.innerHTML =
      '<div role="grid"><div role="row"></div></div><table></table><table></table>' +
      '<form id="login_form"><input name="_csrf" type="hidden" value="s3cret"><input id="user"></form>';
    const signs = domSigns(document);
    expect(signs).toEqual({ dom: { xGrid3Views: 0, ariaGrids: 1, tables: 2 }, loginCsrfField: true });
    expect(JSON.stringify(signs)).not.toContain('s3cret');
    const found = describeFound({ ...sanitiseSurvey(null), ...signs });
    expect(found).toBe('0 ExtJS grid views; 1 other grid; 2 tables; no log grid component; no RPC object');
    document.body.innerHTML = '';
    expect(domSigns(document).loginCsrfField).toBeNull();
  });
});
