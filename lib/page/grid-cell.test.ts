import { describe, expect, it } from 'vitest';
import { parseFixture } from '../../tests/fixtures/grid/load-fixture';
import { findLogGridView, gridCellAt } from './grid-cell';
import { logPageKind } from './log-pages';
import { BADGE_TAG } from './our-markup';

/** The inner div of `field`'s column in the first row whose cell text is `value`. */
function cellInner(doc: Document, header: string, value: string): Element {
  const inner = Array.from(doc.querySelectorAll('div.x-grid3-hd-inner')).find(
    (el) => el.textContent?.trim() === header,
  );
  const id = /x-grid3-hd-(\d+)/.exec(inner?.className ?? '')?.[1];
  const cell = Array.from(doc.querySelectorAll(`.x-grid3-body div.x-grid3-col-${id}`)).find(
    (el) => el.textContent?.trim() === value,
  );
  if (!cell) throw new Error(`no ${header} cell ${value}`);
  return cell;
}

describe('gridCellAt', () => {
  it('finds the field and value of the cell under any element in it, by column id', () => {
    for (const fixture of ['firewall-default', 'reordered-columns', 'headers-de'] as const) {
      const doc = parseFixture(fixture);
      const view = findLogGridView(doc, ['session_end_reason'])!;
      const header = fixture === 'headers-de' ? 'Sitzungsendgrund' : 'Session End Reason';
      const inner = cellInner(doc, header, 'threat');
      const hit = gridCellAt(view, inner.querySelector('a') ?? inner);
      expect(hit?.field, fixture).toBe('session_end_reason');
      expect(hit?.value).toBe('threat');
    }
  });

  it('ignores headers, elements outside the grid, our own badge, and non-elements', () => {
    const doc = parseFixture('firewall-default');
    const view = findLogGridView(doc, ['action'])!;
    expect(gridCellAt(view, doc.querySelector('div.x-grid3-hd-inner'))).toBeNull();
    expect(gridCellAt(view, doc.body)).toBeNull();
    expect(gridCellAt(view, null)).toBeNull();
    expect(gridCellAt(view, doc.createTextNode('x'))).toBeNull();
    const inner = cellInner(doc, 'Session End Reason', 'threat');
    const badge = doc.createElement(BADGE_TAG);
    badge.textContent = 'badge text';
    inner.append(badge);
    expect(gridCellAt(view, badge)).toBeNull();
    // The cell's own text, without what the badge holds.
    expect(gridCellAt(view, inner)?.value).toBe('threat');
  });

  it('finds the Action and Type columns of a threat log grid', () => {
    const doc = parseFixture('threat-grid');
    const view = findLogGridView(doc, ['action', 'subtype']);
    expect(view).not.toBeNull();
    const action = Array.from(doc.querySelectorAll('.x-grid3-body td.x-grid3-cell'))
      .map((cell) => gridCellAt(view!, cell))
      .filter((hit) => hit?.field === 'action');
    expect(action.length).toBeGreaterThan(0);
    expect(findLogGridView(parseFixture('non-grid-page'), ['action'])).toBeNull();
  });
});

describe('logPageKind', () => {
  it.each([
    ['#monitor::vsys1::monitor/logs/traffic', 'traffic'],
    ['#monitor::vsys1::monitor/logs/threat', 'threat-side'],
    ['#monitor::::monitor/logs/url', 'threat-side'],
    ['#monitor::dg1::monitor/logs/data', 'threat-side'],
    ['#monitor::vsys1::monitor/logs/wildfire/', 'threat-side'],
    ['#monitor::vsys1::monitor/logs/system', null],
    ['#dashboard::::dashboard', null],
    ['', null],
  ])('%s -> %s', (hash, kind) => {
    expect(logPageKind(hash)).toBe(kind);
  });
});
