// Where to put a tooltip next to its anchor: below the anchor if it fits, else above, so the
// row it explains stays readable; horizontally aligned with the anchor and kept on screen.

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface TooltipPlacement {
  top: number;
  left: number;
  side: 'below' | 'above';
}

const GAP = 4;
const MARGIN = 4;

export function placeTooltip(anchor: Rect, viewport: Size, box: Size): TooltipPlacement {
  const spaceBelow = viewport.height - anchor.bottom - GAP - MARGIN;
  const spaceAbove = anchor.top - GAP - MARGIN;
  // Below is the first choice; above when below is too small and above is not worse.
  const side = box.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const wantedTop = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - box.height;
  const top = Math.max(MARGIN, Math.min(wantedTop, viewport.height - box.height - MARGIN));
  const maxLeft = viewport.width - box.width - MARGIN;
  const left = Math.max(MARGIN, Math.min(anchor.left, maxLeft));
  return { top, left, side };
}
