import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture } from '../../tests/fixtures/grid/load-fixture';
import { findTrafficGrid } from './find-grid';
import { SUMMARY_TAG } from './our-markup';
import { createSummaryHost } from './summary-host';

describe('createSummaryHost', () => {
  afterEach(() => document.body.replaceChildren());

  it('puts one absolutely positioned host in the paging toolbar under the grid', () => {
    loadFixture('firewall-default');
    const grid = findTrafficGrid(document)!;
    const bodyBefore = grid.body.outerHTML;
    const first = createSummaryHost(grid);
    const second = createSummaryHost(grid);
    expect(document.querySelectorAll(SUMMARY_TAG)).toHaveLength(1);
    expect(first.isConnected).toBe(false);
    expect(second.parentElement?.matches('.x-panel-bbar > .x-toolbar')).toBe(true);
    expect(second.style.position).toBe('absolute');
    expect(grid.body.outerHTML).toBe(bodyBefore);
  });

  it('uses the grid view parent when there is no toolbar', () => {
    loadFixture('firewall-default');
    for (const bar of Array.from(document.querySelectorAll('.x-toolbar'))) bar.remove();
    const grid = findTrafficGrid(document)!;
    const host = createSummaryHost(grid);
    expect(host.parentElement).toBe(grid.root.parentElement);
    expect(host.style.position).toBe('absolute');
  });
});
