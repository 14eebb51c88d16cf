// Shared CSS for every Threat Lens shadow root. `all: initial` on the host cuts inheritance
// from the page; the shadow root keeps our rules from reaching the page. Looks follow the
// PAN-OS web UI (ExtJS 3: 11px Tahoma/Arial, blue-grey panels) with AA-contrast text.

export const BASE_CSS = `
:host {
  all: initial;
  --tl-font: 11px tahoma, arial, helvetica, sans-serif;
  --tl-text: #1a1a1a;
  --tl-muted: #4a5560;
  --tl-bg: #ffffff;
  --tl-panel-bg: #f4f6f9;
  --tl-header-bg: #dfe8f6;
  --tl-header-text: #15428b;
  --tl-border: #99bbe8;
  --tl-rule: #d0d7e0;
  --tl-link: #15428b;
  --tl-focus: #1f6fd1;
  --tl-warn-bg: #fff4ce;
  --tl-warn-border: #c99a00;
  --tl-error-bg: #fde7e9;
  --tl-error-border: #b3001b;
  --tl-accent: #c43c00;
}
*, *::before, *::after { box-sizing: border-box; }
.tl-root {
  font: var(--tl-font);
  color: var(--tl-text);
  line-height: 1.4;
  text-align: left;
}
/* Log values: attacker-controlled text. Wrap anything, isolate bidi overrides, cap height. */
.tl-value {
  overflow-wrap: anywhere;
  word-break: break-word;
  unicode-bidi: isolate;
  white-space: pre-wrap;
}
.tl-value-long {
  display: block;
  max-height: 7.2em;
  overflow-y: auto;
}
p > .tl-value-long, li > .tl-value-long { max-height: 14em; }
.tl-hidden-note {
  display: inline-block;
  margin-left: 4px;
  padding: 0 3px;
  border: 1px solid var(--tl-warn-border);
  border-radius: 2px;
  background: var(--tl-warn-bg);
  color: var(--tl-text);
  font-size: 10px;
  white-space: nowrap;
}
.tl-visually-hidden {
  position: absolute !important;
  width: 1px; height: 1px; margin: -1px; padding: 0; border: 0;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap;
}
:focus { outline: none; }
:focus-visible { outline: 2px solid var(--tl-focus); outline-offset: 1px; }
.tl-chip {
  display: inline-block;
  padding: 0 5px;
  border-radius: 2px;
  font-weight: bold;
  line-height: 15px;
  overflow-wrap: anywhere;
  unicode-bidi: isolate;
}
`;
