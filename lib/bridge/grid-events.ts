// Pushes GRID_EVENT to the content script when the traffic grid's store loads or changes, or
// its view refreshes. Listeners go on the current grid component only, through the
// components' own on/un; a new grid gets them, a destroyed one loses them.

import { findShownTrafficGrid, trafficGrids } from './ext-grid';
import type { ExtGrid, ExtObservable, Listener, PageGlobals } from './ext-surface';

interface Attachment {
  grid: ExtGrid;
  detach(): void;
}

export interface GridEventPump {
  /** Re-checks which grid is current; attaches/detaches as needed. */
  rescan(): void;
  dispose(): void;
}

function listen(target: ExtObservable | undefined, event: string, fn: Listener, undo: (() => void)[]): void {
  if (!target || typeof target.on !== 'function') return;
  target.on(event, fn);
  undo.push(() => target.un?.(event, fn));
}

export function createGridEventPump(globals: PageGlobals, emit: (reason: string) => void): GridEventPump {
  let current: Attachment | null = null;

  function attach(grid: ExtGrid): Attachment {
    const undo: (() => void)[] = [];
    const store = grid.getStore?.();
    const view = grid.getView?.();
    listen(store, 'load', () => emit('load'), undo);
    listen(store, 'datachanged', () => emit('datachanged'), undo);
    listen(view, 'refresh', () => emit('refresh'), undo);
    listen(grid, 'destroy', () => rescan(), undo);
    return {
      grid,
      detach() {
        for (const fn of undo) {
          try {
            fn();
          } catch {
            // A half-destroyed component: nothing more to undo there.
          }
        }
      },
    };
  }

  function rescan(): void {
    const next = findShownTrafficGrid(globals) ?? trafficGrids(globals).at(-1) ?? null;
    if (current?.grid === next) return;
    current?.detach();
    current = null;
    if (next) {
      current = attach(next);
      emit('grid');
    }
  }

  return {
    rescan,
    dispose() {
      current?.detach();
      current = null;
    },
  };
}
