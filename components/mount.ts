// Renders a Preact tree into a shadow root with its own stylesheet, and creates the floating
// hosts (tooltip, side panel) on document.body. No HTML strings anywhere: styles go in through
// textContent, content through Preact.

import { type ComponentChild, render } from 'preact';

export interface ShadowMount {
  update(vnode: ComponentChild): void;
  unmount(): void;
}

export function mountInShadow(shadow: ShadowRoot, vnode: ComponentChild, css: string): ShadowMount {
  const doc = shadow.ownerDocument;
  const style = doc.createElement('style');
  style.textContent = css;
  // Render into a container, not the shadow root itself, so the <style> stays ours.
  const container = doc.createElement('div');
  container.className = 'tl-root';
  shadow.append(style, container);
  render(vnode, container);

  let mounted = true;
  return {
    update(next) {
      if (mounted) render(next, container);
    },
    unmount() {
      if (!mounted) return;
      mounted = false;
      render(null, container);
      container.remove();
      style.remove();
    },
  };
}

export interface FloatingHost {
  host: HTMLElement;
  shadow: ShadowRoot;
  destroy(): void;
}

/** A custom element with an open shadow root, appended to the body, that takes no page layout. */
export function createFloatingHost(doc: Document, tag: string): FloatingHost {
  const host = doc.createElement(tag);
  // Inline so a page rule on the tag cannot move it; children position themselves (fixed).
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('top', '0');
  host.style.setProperty('left', '0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  host.style.setProperty('z-index', '2147483646');
  const shadow = host.attachShadow({ mode: 'open' });
  (doc.body ?? doc.documentElement).append(host);
  return {
    host,
    shadow,
    destroy() {
      host.remove();
    },
  };
}
