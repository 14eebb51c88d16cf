import { describe, expect, it } from 'vitest';
import {
  signFromHashLocation,
  signFromModel,
  signFromPageFlag,
  signsFromGrid,
} from '../../../lib/panos/product-signs';
import type { RememberedProduct } from '../../../lib/storage/product-memory';
import { createProductDetector } from './product-detector';

function detector(opts: {
  remembered?: RememberedProduct | null;
  model?: string | null;
  flag?: string;
  hash?: string;
}) {
  const remembered: RememberedProduct[] = [];
  let apiReads = 0;
  const d = createProductDetector({
    remembered: opts.remembered ?? null,
    initialSigns: [signFromPageFlag(opts.flag), signFromHashLocation(opts.hash)],
    readApiSigns: async () => {
      apiReads++;
      if (opts.model === null) throw new Error('403');
      const sign = signFromModel(opts.model);
      return sign ? [sign] : [];
    },
    remember: (decision) => remembered.push(decision),
  });
  return { d, remembered, apiReads: () => apiReads };
}

describe('product detector', () => {
  it('uses a remembered decision without asking the XML API', async () => {
    const { d, apiReads } = detector({
      remembered: { product: 'panorama', decidedBy: ['system-info: model M-200'] },
    });
    expect(await d.settle()).toBe('panorama');
    expect(d.status()).toMatchObject({
      remembered: true,
      decidedBy: ['remembered: system-info: model M-200'],
    });
    expect(apiReads()).toBe(0);
  });

  it('a vsys location decides at once; the API is not asked', async () => {
    const { d, remembered, apiReads } = detector({ hash: 'vsys1' });
    expect(d.product()).toBe('firewall');
    expect(await d.settle()).toBe('firewall');
    expect(apiReads()).toBe(0);
    expect(remembered).toEqual([{ product: 'firewall', decidedBy: ['hash-location: location vsys1'] }]);
  });

  it('Panorama without any page flag: the system info decides, once, and is remembered', async () => {
    const { d, remembered, apiReads } = detector({ hash: '', model: 'Panorama' });
    expect(d.product()).toBe('unknown');
    d.note(signsFromGrid(['013201000001'], ['serial', 'device_name']));
    expect(d.product()).toBe('unknown'); // one hint is not enough
    expect(await Promise.all([d.settle(), d.settle()])).toEqual(['panorama', 'panorama']);
    expect(apiReads()).toBe(1);
    expect(remembered[0]?.decidedBy).toEqual(['system-info: model Panorama']);
  });

  it('two serials on the grid decide Panorama before any API read', async () => {
    const { d, apiReads } = detector({ hash: '' });
    d.note(signsFromGrid(['013201000001', '013201000002'], []));
    expect(await d.settle()).toBe('panorama');
    expect(apiReads()).toBe(0);
  });

  it('a page flag alone decides nothing; with the API unreadable the answer is unknown, said in words', async () => {
    const { d, remembered } = detector({ flag: 'panorama', model: null });
    expect(await d.settle()).toBe('unknown');
    expect(d.status()).toMatchObject({ state: 'too-few', remembered: false });
    expect(d.status().note).toMatch(/could not yet tell whether this is Panorama or a firewall/);
    expect(remembered).toEqual([]);
  });

  it('a flag that lies is outweighed, and listed against', async () => {
    const { d } = detector({ flag: 'firewall', model: 'M-600' });
    expect(await d.settle()).toBe('panorama');
    expect(d.status().against).toEqual(['page-flag: page says firewall']);
  });

  it('strong signs that disagree leave it unknown, said in words', async () => {
    const { d } = detector({ hash: 'vsys1' });
    d.note(signsFromGrid(['1', '2'], []));
    expect(await d.settle()).toBe('unknown');
    expect(d.status().state).toBe('disagree');
    expect(d.status().note).toMatch(/location vsys1.*2 serials|2 serials.*location vsys1/);
  });

  it('what the page shows outweighs a stale memory, which is replaced', async () => {
    const { d, remembered } = detector({
      remembered: { product: 'firewall', decidedBy: ['hash-location: location vsys1'] },
    });
    d.note(signsFromGrid(['1', '2'], []));
    expect(d.product()).toBe('panorama');
    expect(d.status().remembered).toBe(false);
    expect(remembered).toEqual([{ product: 'panorama', decidedBy: ['grid-serials: 2 serials'] }]);
  });
});
