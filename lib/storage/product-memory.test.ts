import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { forgetProduct, PRODUCT_MEMORY_TTL_MS, recallProduct, rememberProduct } from './product-memory';

const PANO = 'https://panorama.example.net';
const FW = 'https://fw1.example.net';
const T0 = 1_800_000_000_000;
const panorama = { product: 'panorama' as const, decidedBy: ['system-info: model Panorama'] };

beforeEach(() => fakeBrowser.reset());

describe('product memory', () => {
  it('remembers the decision and its signs per origin', async () => {
    expect(await recallProduct(PANO, T0)).toBeNull();
    await rememberProduct(PANO, panorama, T0);
    await rememberProduct(FW, { product: 'firewall', decidedBy: ['hash-location: location vsys1'] }, T0);
    expect(await recallProduct(PANO, T0 + 1000)).toEqual(panorama);
    expect((await recallProduct(FW, T0 + 1000))?.product).toBe('firewall');
    expect(await recallProduct('https://panorama.example.net:8443', T0)).toBeNull();
  });

  it('forgets it after a week, or when the clock went backwards', async () => {
    await rememberProduct(PANO, panorama, T0);
    expect(await recallProduct(PANO, T0 + PRODUCT_MEMORY_TTL_MS)).toEqual(panorama);
    expect(await recallProduct(PANO, T0 + PRODUCT_MEMORY_TTL_MS + 1)).toBeNull();
    expect(await recallProduct(PANO, T0 - 1)).toBeNull();
  });

  it('forgets a removed origin and keeps the others', async () => {
    await rememberProduct(PANO, panorama, T0);
    await rememberProduct(FW, panorama, T0);
    await forgetProduct(PANO);
    expect(await recallProduct(PANO, T0)).toBeNull();
    expect(await recallProduct(FW, T0)).not.toBeNull();
  });

  it('ignores malformed stored values and keeps at most 64 origins, the newest', async () => {
    await fakeBrowser.storage.local.set({
      productMemory: {
        [PANO]: { product: 'cms', decidedBy: [], at: T0 },
        [FW]: { product: 'firewall', decidedBy: 'x', at: T0 },
        y: 'junk',
      },
    });
    expect(await recallProduct(PANO, T0)).toBeNull();
    expect(await recallProduct(FW, T0)).toBeNull();
    for (let i = 0; i < 70; i++) await rememberProduct(`https://fw${i}.example.net`, panorama, T0 + i);
    const stored = (await fakeBrowser.storage.local.get('productMemory')).productMemory as object;
    expect(Object.keys(stored)).toHaveLength(64);
    expect(await recallProduct('https://fw0.example.net', T0 + 100)).toBeNull();
  });
});
