import { describe, expect, it } from 'vitest';
import { createConfigVersions } from './config-versions';

describe('config versions per device', () => {
  it("compares a device's logs with that device's newest version only", () => {
    const versions = createConfigVersions();
    versions.note([
      { serial: '013201000001', configVer: '77' },
      { serial: '013201000002', configVer: '1204' },
      { serial: '013201000001', configVer: '78' },
      { serial: '013201000002', configVer: 'junk' },
    ]);
    expect(versions.currentFor('013201000001')).toBe('78');
    expect(versions.currentFor('013201000002')).toBe('1204');
    // A device not on the page: nothing known, so no warning can be given for it.
    expect(versions.currentFor('013201000003')).toBe('');
    expect(versions.currentFor('')).toBe('');
  });

  it('keeps the newest across pages, and never goes back', () => {
    const versions = createConfigVersions();
    versions.note([{ serial: 'A', configVer: '10' }]);
    versions.note([{ serial: 'A', configVer: '9' }]);
    expect(versions.currentFor('A')).toBe('10');
  });

  it('one device in sight: rows without a serial and entries with one are the same firewall', () => {
    const versions = createConfigVersions();
    versions.note([{ serial: '', configVer: '2816' }]);
    expect(versions.currentFor('007951000123456')).toBe('2816');
    versions.note([{ serial: 'B', configVer: '5' }]);
    expect(versions.currentFor('007951000123456')).toBe('');
  });
});
