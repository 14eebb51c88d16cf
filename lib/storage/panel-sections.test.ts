import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { coercePanelSections, loadPanelSections, savePanelSection } from './panel-sections';

beforeEach(() => fakeBrowser.reset());

describe('panel sections memory', () => {
  it('starts with every section closed, and remembers opened ones in storage.local', async () => {
    expect(await loadPanelSections()).toEqual({});
    await savePanelSection('traffic', true);
    await savePanelSection('learn', true);
    await savePanelSection('learn', false);
    expect(await loadPanelSections()).toEqual({ traffic: true });
    expect(await fakeBrowser.storage.local.get('panelSections')).toEqual({
      panelSections: { traffic: true },
    });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });

  it('reads anything malformed as closed', () => {
    expect(coercePanelSections('open')).toEqual({});
    expect(coercePanelSections([true])).toEqual({});
    expect(coercePanelSections({ traffic: 'yes', learn: true, '<b>': true })).toEqual({ learn: true });
  });
});
