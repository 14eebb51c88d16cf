// Build step: Preact's renderer without its `dangerouslySetInnerHTML` path.
//
// Preact writes `dom.innerHTML = props.dangerouslySetInnerHTML.__html` in its diff, and has no
// build option to leave that out. Threat Lens never renders HTML from a string (log fields are
// attacker-controlled: text only), so the one write is replaced with nothing in Preact's bundle
// at build time: a `dangerouslySetInnerHTML` prop, should one ever appear, renders nothing, and
// the shipped code holds no innerHTML assignment (Mozilla's add-on linter flags it otherwise).
// If a Preact update changes that code, the build stops here instead of shipping it silently.

import type { Plugin } from 'vite';

/** Preact's own bundles (ESM and CJS), however the resolver picks among them. */
const PREACT_BUNDLE = /[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.(?:module\.js|mjs|js)$/;

/** `(dom.innerHTML = newHtml.__html)`, minified: the only innerHTML write with a non-literal value. */
const HTML_WRITE = /\((\w+)\.innerHTML=(\w+)\.__html\)/g;

export function withoutInnerHtmlWrite(code: string, id: string): string {
  const writes = code.match(HTML_WRITE) ?? [];
  if (writes.length !== 1) {
    throw new Error(
      `${id}: expected Preact's one dangerouslySetInnerHTML write, found ${writes.length}; ` +
        'Preact changed: review scripts/preact-without-inner-html.ts before shipping.',
    );
  }
  return code.replace(HTML_WRITE, '(void 0)');
}

export function preactWithoutInnerHtml(): Plugin {
  return {
    name: 'threat-lens:preact-without-inner-html',
    enforce: 'pre',
    transform(code, id) {
      if (!PREACT_BUNDLE.test(id.split('?')[0] ?? '')) return null;
      return { code: withoutInnerHtmlWrite(code, id), map: null };
    },
  };
}
