// One Preact UI on the page (tooltip, side panel, summary, training tip), owned by one object:
// it holds the host element and its shadow root, and the function that says what to show.
// render() shows the latest state; destroy() unmounts the tree and removes the host. No HTML
// strings anywhere: the stylesheet goes in through textContent, the content through Preact.

import { type ComponentChild, render } from 'preact';

export interface PreactContainer {
  /** Ours, placed by the caller; its open shadow root holds our <style> and the tree. */
  readonly host: HTMLElement;
  /** Renders `view()` again; does nothing once destroyed. */
  render(): void;
  /** Unmounts the tree and removes the host; harmless when called again. */
  destroy(): void;
}

/** Takes `host` (already placed, so effects such as focus find it in the document) and renders
 *  nothing until render() is called. */
export function createPreactContainer(
  host: HTMLElement,
  css: string,
  view: () => ComponentChild,
): PreactContainer {
  const doc = host.ownerDocument;
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  // Render into a container, not the shadow root itself, so the <style> stays ours.
  const root = doc.createElement('div');
  root.className = 'tl-root';
  shadow.append(style, root);

  let live = true;
  return {
    host,
    render() {
      if (live) render(view(), root);
    },
    destroy() {
      if (!live) return;
      live = false;
      render(null, root);
      shadow.replaceChildren();
      host.remove();
    },
  };
}

/** A host on the body that takes no page layout: the children position themselves (fixed). */
export function floatingHost(doc: Document, tag: string): HTMLElement {
  const host = doc.createElement(tag);
  // Inline so a page rule on the tag cannot move it.
  host.style.setProperty('all', 'initial');
  host.style.setProperty('position', 'fixed');
  host.style.setProperty('top', '0');
  host.style.setProperty('left', '0');
  host.style.setProperty('width', '0');
  host.style.setProperty('height', '0');
  host.style.setProperty('z-index', '2147483646');
  (doc.body ?? doc.documentElement).append(host);
  return host;
}
