// Tiny test helper: render a Preact tree into a fresh container with effects flushed.

import { type ComponentChild, render } from 'preact';
import { act } from 'preact/test-utils';

export interface Rendered {
  container: HTMLElement;
  rerender(vnode: ComponentChild): void;
  cleanup(): void;
}

export function renderInto(vnode: ComponentChild, parent: ParentNode = document.body): Rendered {
  const container = document.createElement('div');
  parent.append(container);
  act(() => render(vnode, container));
  return {
    container,
    rerender(next) {
      act(() => render(next, container));
    },
    cleanup() {
      act(() => render(null, container));
      container.remove();
    },
  };
}

/** Dispatches a bubbling, cancelable event inside act() and says whether it was cancelled. */
export function fire(target: Element, event: Event): boolean {
  let notCancelled = true;
  act(() => {
    notCancelled = target.dispatchEvent(event);
  });
  return !notCancelled;
}

export function key(target: Element, keyName: string, type: 'keydown' | 'keyup' = 'keydown'): boolean {
  return fire(
    target,
    new KeyboardEvent(type, { key: keyName, bubbles: true, cancelable: true, composed: true }),
  );
}

export function click(target: Element): boolean {
  return fire(target, new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
}
