import { describe, expect, it } from 'vitest';
import { dockPanel, MIN_WIDTH, PANEL_WIDTH } from './panel-dock';

describe('dockPanel', () => {
  it('docks right when the cells are clear of the right edge', () => {
    expect(dockPanel(1440, [{ left: 900, right: 1000 }])).toEqual({ side: 'right', width: PANEL_WIDTH });
  });

  it('docks left when the cells sit where the right-docked panel would be (the 1280 px case)', () => {
    // Action at 975-1030 and Session End Reason at 1120-1230: a right panel (900-1280) covers them.
    expect(
      dockPanel(1280, [
        { left: 975, right: 1030 },
        { left: 1120, right: 1230 },
      ]),
    ).toEqual({
      side: 'left',
      width: PANEL_WIDTH,
    });
  });

  it('narrows the panel to the wider free side when neither side has room', () => {
    const dock = dockPanel(800, [{ left: 330, right: 520 }]);
    expect(dock).toEqual({ side: 'left', width: 322 });
    expect(dockPanel(700, [{ left: 200, right: 500 }]).width).toBe(MIN_WIDTH);
  });

  it('docks right at full width when the cells are unknown, and never wider than the viewport', () => {
    expect(dockPanel(1280, [])).toEqual({ side: 'right', width: PANEL_WIDTH });
    expect(dockPanel(300, []).width).toBe(300);
  });
});
