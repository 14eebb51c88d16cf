import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import {
  forgetUnusablePaths,
  recallUnusablePaths,
  rememberUnusablePath,
  UNUSABLE_TTL_MS,
} from './unusable-paths-memory';

const FW = 'https://fw1.example.net';
const T0 = 1_800_000_000_000;

beforeEach(() => fakeBrowser.reset());

describe('unusable paths memory', () => {
  it('remembers the paths per firewall origin', async () => {
    expect(await recallUnusablePaths(FW, T0)).toEqual([]);
    await rememberUnusablePath(FW, 'ui-log-store', T0);
    await rememberUnusablePath(FW, 'ui-log-store', T0 + 1);
    await rememberUnusablePath(FW, 'xml-api-cookie', T0 + 2);
    expect(await recallUnusablePaths(FW, T0 + 10)).toEqual(['ui-log-store', 'xml-api-cookie']);
    expect(await recallUnusablePaths('https://fw1.example.net:4443', T0 + 10)).toEqual([]);
  });

  it('forgets them after a day, or when the clock went backwards', async () => {
    await rememberUnusablePath(FW, 'ui-log-store', T0);
    expect(await recallUnusablePaths(FW, T0 + UNUSABLE_TTL_MS)).toEqual(['ui-log-store']);
    expect(await recallUnusablePaths(FW, T0 + UNUSABLE_TTL_MS + 1)).toEqual([]);
    expect(await recallUnusablePaths(FW, T0 - 1)).toEqual([]);
  });

  it('keeps only known path names from storage, and forgets a removed firewall', async () => {
    await fakeBrowser.storage.local.set({
      unusablePaths: { [FW]: { paths: ['ui-log-store', '<script>', 5], at: T0 }, bad: 'x' },
    });
    expect(await recallUnusablePaths(FW, T0)).toEqual(['ui-log-store']);
    await forgetUnusablePaths(FW);
    expect(await recallUnusablePaths(FW, T0)).toEqual([]);
  });
});
