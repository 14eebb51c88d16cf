import { describe, expect, it } from 'vitest';
import {
  decideProduct,
  decisionSummary,
  type ProductSign,
  signFromConfig,
  signFromHashLocation,
  signFromModel,
  signFromPageFlag,
  signsFromGrid,
  undecidedNote,
} from './product-signs';

const model = signFromModel;
const hash = signFromHashLocation;
const flag = signFromPageFlag;
const grid = (serials: string[], shown: string[] = []) => signsFromGrid(serials, shown);

describe('reading each sign', () => {
  it.each([
    ['Panorama', 'panorama'],
    ['M-200', 'panorama'],
    ['m-600', 'panorama'],
    ['M-700', 'panorama'],
    ['PA-3220', 'firewall'],
    ['PA-VM', 'firewall'],
    ['PA-5450', 'firewall'],
    ['VM-50', 'firewall'],
  ])('system info model %s says %s', (text, product) => {
    expect(model(text)).toMatchObject({ name: 'system-info', says: product, strong: true });
  });

  it('an empty or absurd model is no sign', () => {
    expect(model('')).toBeNull();
    expect(model(null)).toBeNull();
    expect(model('x'.repeat(61))).toBeNull();
  });

  it('the running config: device groups mean Panorama; neither node means a firewall; unread is nothing', () => {
    expect(signFromConfig(true, null)).toMatchObject({ says: 'panorama', strong: true });
    expect(signFromConfig(false, false)).toMatchObject({ says: 'firewall', strong: true });
    expect(signFromConfig(false, true)).toMatchObject({ says: 'panorama', strong: false });
    expect(signFromConfig(null, true)).toBeNull();
    expect(signFromConfig(false, null)).toBeNull();
  });

  it.each([
    ['vsys1', 'firewall', true],
    ['vsys12', 'firewall', true],
    ['branch-east', 'panorama', false],
    ['vsys-like-dg', 'panorama', false],
  ])('hash location %s says %s (strong: %s)', (location, product, strong) => {
    expect(hash(location)).toMatchObject({ says: product, strong });
  });

  it('an empty or shared location is no sign (both products use them)', () => {
    expect(hash('')).toBeNull();
    expect(hash('shared')).toBeNull();
  });

  it('grid: several serials are Panorama; Device SN and Device Name shown hint it', () => {
    expect(grid(['013201000001', '013201000002', ''])).toEqual([
      expect.objectContaining({ name: 'grid-serials', says: 'panorama', strong: true }),
    ]);
    expect(grid(['013201000001', '013201000001'])).toEqual([]);
    expect(grid(['1'], ['serial', 'device_name'])).toEqual([
      expect.objectContaining({ name: 'grid-columns', says: 'panorama', strong: false }),
    ]);
    expect(grid(['1'], ['serial'])).toEqual([]);
  });

  it('the page flag is a hint of either product, and nothing when absent', () => {
    expect(flag('panorama')).toMatchObject({ says: 'panorama', strong: false });
    expect(flag('firewall')).toMatchObject({ says: 'firewall', strong: false });
    expect(flag('')).toBeNull();
    expect(flag(undefined)).toBeNull();
  });
});

const names = (signs: ProductSign[]) => signs.map((sign) => sign.name).sort();

describe('decideProduct', () => {
  it.each<[string, (ProductSign | null)[], string, string, string[], string[]]>([
    ['nothing read', [null, null], 'unknown', 'no-signs', [], []],
    ['the page flag alone', [flag('panorama')], 'unknown', 'too-few', [], []],
    ['a device-group location alone', [hash('branch-east')], 'unknown', 'too-few', [], []],
    ['system info alone (Panorama)', [model('Panorama')], 'panorama', 'decided', ['system-info'], []],
    ['system info alone (M-200)', [model('M-200')], 'panorama', 'decided', ['system-info'], []],
    ['system info alone (firewall)', [model('PA-3220')], 'firewall', 'decided', ['system-info'], []],
    ['vsys location alone', [hash('vsys1')], 'firewall', 'decided', ['hash-location'], []],
    [
      'Panorama without any page flag: model, columns, location',
      [model('Panorama'), ...grid(['1'], ['serial', 'device_name']), hash('branch-east'), flag('')],
      'panorama',
      'decided',
      ['system-info'],
      [],
    ],
    [
      'two hints agree (columns and device-group location)',
      [...grid(['1'], ['serial', 'device_name']), hash('branch-east')],
      'panorama',
      'decided',
      ['grid-columns', 'hash-location'],
      [],
    ],
    [
      'strong signs outweigh a lying page flag',
      [model('Panorama'), ...grid(['1', '2']), flag('firewall')],
      'panorama',
      'decided',
      ['grid-serials', 'system-info'],
      ['page-flag'],
    ],
    [
      'strong signs disagree: model firewall, several serials',
      [model('PA-3220'), ...grid(['1', '2'])],
      'unknown',
      'disagree',
      [],
      ['grid-serials', 'system-info'],
    ],
    [
      'strong signs disagree: vsys location on a config with device groups',
      [hash('vsys1'), signFromConfig(true, null)],
      'unknown',
      'disagree',
      [],
      ['config-device-groups', 'hash-location'],
    ],
    [
      'hints disagree, no strong sign',
      [flag('firewall'), ...grid(['1'], ['serial', 'device_name'])],
      'unknown',
      'disagree',
      [],
      ['grid-columns', 'page-flag'],
    ],
    [
      'the config without device groups, and a firewall model',
      [signFromConfig(false, false), model('PA-VM')],
      'firewall',
      'decided',
      ['config-device-groups', 'system-info'],
      [],
    ],
  ])('%s', (_case, signs, product, state, decidedBy, against) => {
    const decision = decideProduct(signs);
    expect(decision.product).toBe(product);
    expect(decision.state).toBe(state);
    expect(names(decision.decidedBy)).toEqual(decidedBy);
    expect(names(decision.against)).toEqual(against);
  });

  it('says in words why it cannot decide, and nothing when it did', () => {
    const disagree = decideProduct([model('PA-3220'), ...grid(['1', '2'])]);
    expect(undecidedNote(disagree)).toMatch(/cannot tell whether this is Panorama or a firewall/);
    expect(undecidedNote(disagree)).toContain('model PA-3220');
    expect(undecidedNote(disagree)).toMatch(/threat, profile type, rule, device/);
    expect(undecidedNote(decideProduct([]))).toMatch(/could not yet tell/);
    expect(undecidedNote(decideProduct([]), false)).toBeNull();
    expect(undecidedNote(decideProduct([model('Panorama')]))).toBeNull();
  });

  it('summarises for diagnostics which signs decided', () => {
    expect(decisionSummary(decideProduct([model('Panorama'), flag('firewall')]))).toBe(
      'panorama (decided by system-info: model Panorama; against: page-flag: page says firewall)',
    );
  });
});
