import { describe, expect, it } from 'vitest';
import { GRID_FIXTURES, parseFixture } from '../../tests/fixtures/grid/load-fixture';
import * as selectors from './selectors';
import {
  cellInnerClass,
  columnIdFromCellClasses,
  columnIdFromHeaderClasses,
  DETAILS_LINK_SELECTOR,
  GRID_BODY_SELECTOR,
  GRID_CELL_INNER_SELECTOR,
  GRID_HEADER_INNER_SELECTOR,
  GRID_PANEL_SELECTOR,
  GRID_ROW_SELECTOR,
  GRID_VIEW_SELECTOR,
  headerInnerSelector,
  isHiddenByStyle,
  PANEL_BOTTOM_BAR_SELECTOR,
  RESOLVED_ADDRESS_SELECTOR,
  TOOLBAR_SELECTOR,
} from './selectors';

describe('selectors match the firewall grid fixture', () => {
  const doc = parseFixture('firewall-default');
  const count = (selector: string) => doc.querySelectorAll(selector).length;
  const cellInner = (id: string) => doc.getElementsByClassName(cellInnerClass(id));

  it.each([
    [GRID_PANEL_SELECTOR, 1],
    [GRID_VIEW_SELECTOR, 1],
    [GRID_BODY_SELECTOR, 1],
    [GRID_ROW_SELECTOR, 20],
    [GRID_HEADER_INNER_SELECTOR, 22],
    [GRID_CELL_INNER_SELECTOR, 22 * 20],
    [PANEL_BOTTOM_BAR_SELECTOR, 1],
    [TOOLBAR_SELECTOR, 2],
    [DETAILS_LINK_SELECTOR, 20],
    [RESOLVED_ADDRESS_SELECTOR, 40],
    [headerInnerSelector('13'), 1],
  ])('%s matches %i', (selector, expected) => expect(count(selector)).toBe(expected));

  it('finds the text holders of a column by class, one per row', () => {
    expect(cellInner('13')).toHaveLength(20);
    expect(Array.from(cellInner('13')).every((inner) => inner.matches(GRID_CELL_INNER_SELECTOR))).toBe(true);
  });

  it('reads column ids from class lists', () => {
    const header = doc.querySelector(headerInnerSelector('11'))!;
    expect(columnIdFromHeaderClasses(header.classList)).toBe('11');
    expect(columnIdFromCellClasses(cellInner('11')[0]!.classList)).toBe('11');
  });

  it('sees hidden cells by their inline style', () => {
    expect(isHiddenByStyle(cellInner('17')[0]!.parentElement!)).toBe(true);
    expect(isHiddenByStyle(cellInner('13')[0]!.parentElement!)).toBe(false);
  });
});

describe('column ids from classes', () => {
  it.each([
    [['x-grid3-hd-inner', 'x-grid3-hd-7'], '7'],
    [['x-grid3-hd-7', 'x-grid3-hd-inner'], '7'],
    [['x-grid3-hd-inner'], null],
    [['x-grid3-hd-inner', 'x-grid3-hd-btn'], null],
    [['x-grid3-hd-inner', 'x-grid3-hd-action'], 'action'],
  ])('header %j -> %s', (classes, id) => expect(columnIdFromHeaderClasses(classes)).toBe(id));

  it.each([
    [['x-grid3-cell-inner', 'x-grid3-col-12'], '12'],
    [['x-grid3-col', 'x-grid3-cell'], null],
    [['x-grid3-cell-inner'], null],
  ])('cell %j -> %s', (classes, id) => expect(columnIdFromCellClasses(classes)).toBe(id));

  it('escapes odd ids in selectors', () => {
    expect(headerInnerSelector('a b')).toBe('div.x-grid3-hd-a\\20 b');
    expect(headerInnerSelector('9')).toBe('div.x-grid3-hd-9');
  });
});

// Every selector the module exports must match something in at least one fixture, so a typo, or
// a selector for markup the fixtures (PAN-OS as we know it) do not have, fails here; new exports
// are picked up by themselves.
describe('every exported selector matches in some fixture', () => {
  const docs = GRID_FIXTURES.map((name) => [name, parseFixture(name)] as const);
  const matchedIn = (selector: string) =>
    docs.filter(([, doc]) => doc.querySelector(selector) !== null).map(([name]) => name);
  const exported: [string, unknown][] = Object.entries(selectors);
  const strings = exported.filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  // Selectors built from a column id: the Session End Reason column of the firewall fixtures.
  const built = exported
    .filter(([name, value]) => typeof value === 'function' && name.endsWith('Selector'))
    .map(([name, value]) => [`${name}('13')`, (value as (id: string) => string)('13')] as const);

  it('finds the selectors to check', () => {
    expect(strings.length).toBeGreaterThanOrEqual(10);
    expect(strings.every(([name]) => name.endsWith('_SELECTOR'))).toBe(true);
    expect(built.map(([name]) => name)).toEqual(["headerInnerSelector('13')"]);
  });

  it.each([...strings, ...built])('%s (%s)', (_name, selector) => {
    expect(matchedIn(selector)).not.toEqual([]);
  });
});
