import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  forgetUnreadableLogs,
  recallUnreadableLogs,
  rememberUnreadableLog,
  UNREADABLE_TTL_MS,
} from './unreadable-logs-memory';

const FW = 'https://fw1.example.net';
const T0 = 1_800_000_000_000;

beforeEach(() => fakeBrowser.reset());

describe('unreadable logs memory', () => {
  it('remembers, per firewall origin and path, the logs found refused', async () => {
    expect(await recallUnreadableLogs(FW, T0)).toEqual({});
    await rememberUnreadableLog(FW, 'ui-log-store', 'url', T0);
    await rememberUnreadableLog(FW, 'ui-log-store', 'url', T0 + 1);
    await rememberUnreadableLog(FW, 'ui-log-store', 'data', T0 + 2);
    await rememberUnreadableLog(FW, 'xml-api-cookie', 'url', T0 + 3);
    expect(await recallUnreadableLogs(FW, T0 + 10)).toEqual({
      'ui-log-store': ['url', 'data'],
      'xml-api-cookie': ['url'],
    });
    expect(await recallUnreadableLogs('https://fw1.example.net:4443', T0 + 10)).toEqual({});
  });

  it('forgets them after a day, or when the clock went backwards', async () => {
    await rememberUnreadableLog(FW, 'ui-log-store', 'url', T0);
    expect(await recallUnreadableLogs(FW, T0 + UNREADABLE_TTL_MS)).toEqual({ 'ui-log-store': ['url'] });
    expect(await recallUnreadableLogs(FW, T0 + UNREADABLE_TTL_MS + 1)).toEqual({});
    expect(await recallUnreadableLogs(FW, T0 - 1)).toEqual({});
  });

  it('keeps only known path and log names from storage, and forgets a removed firewall', async () => {
    await fakeBrowser.storage.local.set({
      unreadableLogs: {
        [FW]: { logs: { 'ui-log-store': ['url', '<script>', 5], 'fw01.corp': ['url'] }, at: T0 },
        bad: 'x',
      },
    });
    expect(await recallUnreadableLogs(FW, T0)).toEqual({ 'ui-log-store': ['url'] });
    await forgetUnreadableLogs(FW);
    expect(await recallUnreadableLogs(FW, T0)).toEqual({});
  });
});
