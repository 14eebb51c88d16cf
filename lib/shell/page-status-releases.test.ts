// The release block of a tab's status (diagnostics a user can send) as it crosses into the
// extension's pages: only names and counts survive, whatever the tab's process sends.
import { describe, expect, it } from 'vitest';
import { readPageStatus } from './page-status';

const base = {
  panosSigns: ['token-seed-script'],
  product: 'firewall',
  loginPage: false,
  trafficPage: true,
  rowSource: 'store',
  rowsVisible: 20,
  rowsFlagged: 3,
  strategies: {},
  activeStrategy: null,
  problem: null,
};

describe('readPageStatus: releases', () => {
  it('keeps the RPC object, release signs, grid field names, the unrecognised UI and the XML API access', () => {
    const status = readPageStatus({
      ...base,
      release: {
        rpcObject: 'Panos.direct',
        rpcObjectsPresent: ['Panos.direct'],
        logStoreClass: true,
        staticMotd: true,
        tokenSeedLength: 16,
        extVersion: '',
        logGrids: [
          {
            logtype: 'traffic',
            itemId: 'Monitor/Logs/Traffic',
            shown: true,
            records: 20,
            storeFields: ['action'],
          },
        ],
        bridgeAnswered: true,
        dom: { xGrid3Views: 1, ariaGrids: 0, tables: 3 },
        loginCsrfField: null,
      },
      unrecognisedUi: { found: '0 ExtJS grid views; 1 other grid' },
      waitingForGrid: true,
      xmlApiAccess: {
        cookie: { log: 'role-denied', config: 'works' },
        key: { log: 'untried', config: 'untried' },
      },
      logDatabases: { threat: 7, url: 2, data: 1, wildfire: 0 },
      unreadableDatabases: ['url'],
    });
    expect(status?.logDatabases).toEqual({ threat: 7, url: 2, data: 1, wildfire: 0 });
    expect(status?.unreadableDatabases).toEqual(['url']);
    expect(status?.release).toMatchObject({
      rpcObject: 'Panos.direct',
      tokenSeedLength: 16,
      dom: { xGrid3Views: 1, ariaGrids: 0, tables: 3 },
      logGrids: [{ logtype: 'traffic', storeFields: ['action'] }],
    });
    expect(status?.unrecognisedUi).toEqual({ found: '0 ExtJS grid views; 1 other grid' });
    expect(status?.waitingForGrid).toBe(true);
    expect(status?.xmlApiAccess?.cookie).toEqual({ log: 'role-denied', config: 'works' });
  });

  it('drops log values, host names and unknown states a compromised tab might send', () => {
    const status = readPageStatus({
      ...base,
      release: {
        rpcObject: 'fw01.corp.example',
        rpcObjectsPresent: ['10.1.1.25'],
        tokenSeedLength: 'abcdefgh',
        extVersion: 'fw01.corp.example',
        logGrids: [
          {
            logtype: '10.1.1.25',
            itemId: 'fw01.corp.example',
            storeFields: ['corp\\\\alice', '198.51.100.7'],
          },
        ],
        dom: { xGrid3Views: -1, ariaGrids: 'many' },
        loginCsrfField: 's3cret',
        leaked: '198.51.100.7',
      },
      xmlApiAccess: { cookie: { log: 'maybe', config: '<b>' } },
      logDatabases: { threat: '198.51.100.7', 'fw01.corp.example': 3 },
      unreadableDatabases: ['fw01.corp.example', 'data', 'data', 7],
    });
    const text = JSON.stringify(status);
    for (const value of [
      'fw01.corp.example',
      '10.1.1.25',
      '198.51.100.7',
      'alice',
      's3cret',
      'abcdefgh',
      'leaked',
    ]) {
      expect(text).not.toContain(value);
    }
    expect(status?.logDatabases).toEqual({ threat: 0, url: 0, data: 0, wildfire: 0 });
    expect(status?.unreadableDatabases).toEqual(['data']);
    expect(status?.xmlApiAccess).toEqual({
      cookie: { log: 'untried', config: 'untried' },
      key: { log: 'untried', config: 'untried' },
    });
  });
});
