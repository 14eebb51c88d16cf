// Where a tooltip goes: placed from an estimated size first, then from its measured size once
// rendered (happy-dom measures 0x0, so the estimate stays there).

import type { RefObject } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { placeTooltip, type Rect, type Size } from './view-logic/tooltip-position';

export function useTooltipPlacement(
  anchorRect: Rect,
  viewport: Size,
  estimatedSize: Size,
): { ref: RefObject<HTMLDivElement>; placement: ReturnType<typeof placeTooltip> } {
  const ref = useRef<HTMLDivElement>(null);
  const [size, setSize] = useState<Size>(estimatedSize);
  useLayoutEffect(() => {
    const rect = ref.current?.getBoundingClientRect();
    if (!rect || rect.width === 0 || rect.height === 0) return;
    if (Math.abs(rect.width - size.width) > 0.5 || Math.abs(rect.height - size.height) > 0.5) {
      setSize({ width: rect.width, height: rect.height });
    }
  });
  return { ref, placement: placeTooltip(anchorRect, viewport, size) };
}
