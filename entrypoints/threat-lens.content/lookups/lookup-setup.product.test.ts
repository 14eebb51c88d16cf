import { describe, expect, it } from 'vitest';
import type { RememberedProduct } from '../../../lib/storage/product-memory';
import { apiFixture } from '../../../tests/fixtures/api/load';
import { createLookupSetup } from './lookup-setup';

type Reply = { status?: number; body: string };
const file = (name: string, status = 200): Reply => ({ status, body: apiFixture(name) });
const DEVICE_GROUPS =
  '<response status="success"><result><device-group><entry name="branches"/></device-group></result></response>';
const NO_NODE = file('error-no-such-node.xml');

/** Panorama or a firewall behind /api/ with a stored key (the session refused); answers by request, counting them. */
function setUp(opts: {
  location?: string;
  reply(params: URLSearchParams): Reply;
  remembered?: RememberedProduct;
}) {
  const sent: URLSearchParams[] = [];
  const fetch = (async (_input: RequestInfo | URL, init?: RequestInit) => {
    const params = new URLSearchParams(String(init?.body ?? ''));
    sent.push(params);
    const { status = 200, body } = opts.reply(params);
    return new Response(body, { status });
  }) as typeof globalThis.fetch;
  const learned: RememberedProduct[] = [];
  const setup = createLookupSetup({
    win: { fetch, navigator: {} } as unknown as Window,
    origin: 'https://pano.example.net',
    bridge: null,
    apiKey: 'KEY',
    // The key is the last resort: this firewall refused the web session at /api/ earlier.
    cookieApi: { log: 'refused' },
    location: () => opts.location ?? '',
    rememberedProduct: opts.remembered ?? null,
    onProductLearned: (decision) => learned.push(decision),
    onOutcome: () => {},
  });
  return { setup, sent, learned };
}

const isSystemInfo = (params: URLSearchParams) =>
  params.get('cmd') === '<show><system><info/></system></show>';

describe('lookup setup: Panorama or firewall through the XML API', () => {
  it.each([
    ['op-system-info-panorama.xml', 'panorama', 'system-info: model Panorama'],
    ['op-system-info-m200.xml', 'panorama', 'system-info: model M-200'],
    ['op-system-info-firewall.xml', 'firewall', 'system-info: model PA-3220'],
  ])('%s: one system info request decides %s, remembered', async (fixture, product, sign) => {
    const { setup, sent, learned } = setUp({ reply: () => file(fixture) });
    expect(setup.product.product()).toBe('unknown');
    expect(await setup.product.settle()).toBe(product);
    expect(await setup.product.settle()).toBe(product);
    expect(sent.filter(isSystemInfo)).toHaveLength(1);
    expect(sent).toHaveLength(1);
    expect(learned).toEqual([{ product, decidedBy: [sign] }]);
  });

  it('a role without op commands: the running config decides (device groups mean Panorama)', async () => {
    const { setup, sent } = setUp({
      reply: (params) =>
        params.get('type') === 'op' ? file('error-403-op-not-authorized.xml', 403) : { body: DEVICE_GROUPS },
    });
    expect(await setup.product.settle()).toBe('panorama');
    expect(setup.product.status().decidedBy).toEqual(['config-device-groups: device groups']);
    expect(sent.map((params) => params.get('xpath') ?? params.get('cmd'))).toEqual([
      '<show><system><info/></system></show>',
      "/config/devices/entry[@name='localhost.localdomain']/device-group",
    ]);
  });

  it('neither device groups nor /config/panorama: a firewall', async () => {
    const { setup } = setUp({
      reply: (params) =>
        params.get('type') === 'op' ? file('error-403-op-not-authorized.xml', 403) : NO_NODE,
    });
    expect(await setup.product.settle()).toBe('firewall');
  });

  it('nothing readable: unknown, the config is not read, and the answer says why', async () => {
    const { setup } = setUp({ reply: () => file('error-403-invalid-credential.xml', 403) });
    expect(await setup.product.settle()).toBe('unknown');
    expect(setup.product.status().note).toMatch(/could not yet tell whether this is Panorama or a firewall/);
  });

  it('a vsys in the hash or a remembered decision: the XML API is not asked', async () => {
    const vsys = setUp({ location: 'vsys2', reply: () => file('op-system-info-panorama.xml') });
    expect(await vsys.setup.product.settle()).toBe('firewall');
    const remembered = setUp({
      remembered: { product: 'panorama', decidedBy: ['system-info: model Panorama'] },
      reply: () => file('op-system-info-firewall.xml'),
    });
    expect(await remembered.setup.product.settle()).toBe('panorama');
    expect([...vsys.sent, ...remembered.sent]).toEqual([]);
  });
});
