// Training mode's hover tip on a log grid cell: what the value means, whether it ends the
// session, and what produces it. Text only; it never takes the pointer and sits below or above
// the cell, never on it.

import type { CellTip } from '../lib/panos/training/training';
import { useTooltipPlacement } from './use-tooltip-placement';
import type { Rect, Size } from './view-logic/tooltip-position';

export interface TrainingTipProps {
  tip: CellTip;
  anchorRect: Rect;
  viewport: Size;
}

const ESTIMATED_SIZE: Size = { width: 340, height: 80 };

export function TrainingTip({ tip, anchorRect, viewport }: TrainingTipProps) {
  const { ref, placement } = useTooltipPlacement(anchorRect, viewport, ESTIMATED_SIZE);
  return (
    <div
      ref={ref}
      class="tl-tooltip tl-training-tip"
      role="tooltip"
      data-part="training-tip"
      data-documented={String(tip.documented)}
      data-side={placement.side}
      style={{ top: `${placement.top}px`, left: `${placement.left}px` }}
    >
      <div class="tl-tooltip-headline tl-value" data-part="training-title">
        {tip.title}
      </div>
      <div class="tl-value" data-part="training-text">
        {tip.text}
      </div>
      {tip.ending && (
        <div class="tl-tooltip-muted" data-part="training-ending">
          {tip.ending}
        </div>
      )}
    </div>
  );
}
