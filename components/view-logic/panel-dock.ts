// Where the side panel docks so that it never covers the explained row's Action and Session End
// Reason cells: the right edge if it leaves them clear, else the left edge, else the wider free
// side with the panel narrowed to fit (never below MIN_WIDTH).

export interface PanelDock {
  side: 'left' | 'right';
  width: number;
}

export const PANEL_WIDTH = 380;
export const MIN_WIDTH = 260;
const GAP = 8;

/** `cells`: the horizontal extent (left, right) of the cells to keep clear; empty when unknown. */
export function dockPanel(viewportWidth: number, cells: { left: number; right: number }[]): PanelDock {
  const width = Math.min(PANEL_WIDTH, viewportWidth);
  if (cells.length === 0) return { side: 'right', width };
  const left = Math.min(...cells.map((cell) => cell.left));
  const right = Math.max(...cells.map((cell) => cell.right));
  const roomRight = viewportWidth - right - GAP;
  const roomLeft = left - GAP;
  if (roomRight >= width) return { side: 'right', width };
  if (roomLeft >= width) return { side: 'left', width };
  return roomRight >= roomLeft
    ? { side: 'right', width: Math.max(MIN_WIDTH, Math.floor(roomRight)) }
    : { side: 'left', width: Math.max(MIN_WIDTH, Math.floor(roomLeft)) };
}
