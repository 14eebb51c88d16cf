import { describe, expect, it } from 'vitest';
import { placeTooltip, type Rect } from './tooltip-position';

function rect(top: number, left: number, width = 16, height = 16): Rect {
  return { top, left, width, height, bottom: top + height, right: left + width };
}

const viewport = { width: 1280, height: 720 };
const box = { width: 340, height: 64 };

describe('placeTooltip', () => {
  it('goes below the anchor when it fits, clear of the row', () => {
    const anchor = rect(200, 100);
    const placed = placeTooltip(anchor, viewport, box);
    expect(placed.side).toBe('below');
    expect(placed.top).toBeGreaterThanOrEqual(anchor.bottom);
    expect(placed.left).toBe(100);
  });

  it('goes above when there is no room below, ending above the row', () => {
    const anchor = rect(690, 100);
    const placed = placeTooltip(anchor, viewport, box);
    expect(placed.side).toBe('above');
    expect(placed.top + box.height).toBeLessThanOrEqual(anchor.top);
  });

  it('keeps the tooltip inside the viewport horizontally', () => {
    const placed = placeTooltip(rect(200, 1270), viewport, box);
    expect(placed.left + box.width).toBeLessThanOrEqual(viewport.width);
    expect(placeTooltip(rect(200, -50), viewport, box).left).toBeGreaterThanOrEqual(0);
  });

  it('stays on screen even when neither side has room', () => {
    const placed = placeTooltip(rect(40, 10), { width: 300, height: 100 }, { width: 340, height: 90 });
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.left).toBeGreaterThanOrEqual(0);
  });
});
