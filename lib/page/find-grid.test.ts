import { describe, expect, it } from 'vitest';
import { type GridFixture, parseFixture } from '../../tests/fixtures/grid/load-fixture';
import { findTrafficGrid } from './find-grid';

function combine(...parts: [GridFixture, string?][]): Document {
  const doc = document.implementation.createHTMLDocument('combined');
  for (const [name, wrapperClass] of parts) {
    const wrapper = doc.createElement('div');
    if (wrapperClass) wrapper.className = wrapperClass;
    wrapper.append(...Array.from(parseFixture(name).body.childNodes, (node) => doc.importNode(node, true)));
    doc.body.append(wrapper);
  }
  return doc;
}

describe('findTrafficGrid', () => {
  it.each([
    'firewall-default',
    'hidden-action',
    'reordered-columns',
    'headers-ja',
    'headers-de',
    'headers-fr',
    'panorama',
    'empty-grid',
  ] as const)('finds the grid on %s', (name) => {
    const doc = parseFixture(name);
    const grid = findTrafficGrid(doc);
    expect(grid?.root).toBe(doc.querySelector('div.x-grid3'));
    expect(grid?.body).toBe(doc.querySelector('div.x-grid3-body'));
    expect(grid?.panel).toBe(doc.querySelector('div.x-grid-panel'));
  });

  it.each(['threat-grid', 'non-grid-page', 'login'] as const)('finds none on %s', (name) => {
    expect(findTrafficGrid(parseFixture(name))).toBeNull();
  });

  it('prefers the visible traffic grid over a threat grid and a hidden traffic grid', () => {
    const doc = combine(['firewall-default', 'x-hide-display'], ['threat-grid'], ['panorama']);
    const grid = findTrafficGrid(doc);
    expect(grid?.panel?.id).toBe('ext-comp-2210');
  });

  it('skips a grid hidden by inline style', () => {
    const doc = combine(['firewall-default']);
    doc.body.firstElementChild!.setAttribute('style', 'display: none');
    expect(findTrafficGrid(doc)).toBeNull();
  });
});
