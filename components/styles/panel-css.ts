import { BASE_CSS } from './base-css';

// Docked at an edge, full height, 380px by default; the overlay picks the edge (and narrows the
// panel if it must) so the explained row's Action and Session End Reason cells stay visible.
export const PANEL_CSS = `${BASE_CSS}
.tl-panel {
  position: fixed;
  z-index: 2147483645;
  top: 0;
  right: 0;
  bottom: 0;
  width: 380px;
  max-width: 100vw;
  display: flex;
  flex-direction: column;
  background: var(--tl-panel-bg);
  border-left: 1px solid var(--tl-border);
  box-shadow: -2px 0 6px rgba(0, 0, 0, 0.2);
}
.tl-panel-header {
  display: flex;
  align-items: center;
  gap: 6px;
  padding: 4px 4px 4px 8px;
  background: linear-gradient(#e8eef8, var(--tl-header-bg));
  border-bottom: 1px solid var(--tl-border);
  color: var(--tl-header-text);
}
.tl-panel-title { flex: 1; margin: 0; font: bold 11px tahoma, arial, helvetica, sans-serif; }
.tl-close {
  width: 20px; height: 20px; padding: 0;
  border: 1px solid transparent; border-radius: 2px;
  background: transparent; color: var(--tl-header-text);
  font: bold 14px/18px arial, sans-serif; cursor: pointer;
}
.tl-close:hover { border-color: var(--tl-border); background: #ffffff; }
.tl-panel-body { flex: 1; overflow-y: auto; overflow-x: hidden; padding: 8px; }
.tl-section { margin: 0 0 10px; }
.tl-section-title {
  margin: 0 0 4px;
  padding-bottom: 2px;
  border-bottom: 1px solid var(--tl-rule);
  font: bold 11px tahoma, arial, helvetica, sans-serif;
  color: var(--tl-header-text);
}
.tl-verdict { font-weight: bold; color: var(--tl-muted); text-transform: uppercase; font-size: 10px; }
.tl-headline { margin: 2px 0 4px; font-size: 12px; font-weight: bold; }
.tl-facts { display: grid; grid-template-columns: 110px minmax(0, 1fr); gap: 2px 8px; margin: 0; }
.tl-facts dt { color: var(--tl-muted); }
.tl-facts dd { margin: 0; min-width: 0; }
.tl-para { margin: 0 0 4px; overflow-wrap: anywhere; }
.tl-list { margin: 0; padding-left: 18px; }
.tl-list li { margin-bottom: 2px; }
.tl-box { padding: 5px 7px; margin: 0 0 8px; border: 1px solid; border-radius: 2px; }
.tl-box-warn { background: var(--tl-warn-bg); border-color: var(--tl-warn-border); }
.tl-box-error { background: var(--tl-error-bg); border-color: var(--tl-error-border); }
.tl-box-title { font-weight: bold; margin: 0 0 2px; }
.tl-table { width: 100%; border-collapse: collapse; table-layout: fixed; }
.tl-table th, .tl-table td {
  padding: 2px 3px; border: 1px solid var(--tl-rule); vertical-align: top; text-align: left;
}
.tl-table th { background: var(--tl-header-bg); color: var(--tl-header-text); font-weight: bold; }
.tl-table td { background: var(--tl-bg); }
.tl-link { color: var(--tl-link); text-decoration: underline; }
.tl-actions {
  display: flex; flex-wrap: wrap; gap: 4px; padding: 6px 8px;
  border-top: 1px solid var(--tl-border); background: var(--tl-header-bg);
}
.tl-button {
  padding: 2px 8px;
  border: 1px solid #8a9bb3;
  border-radius: 2px;
  background: linear-gradient(#ffffff, #e3e9f2);
  color: var(--tl-text);
  font: 11px tahoma, arial, helvetica, sans-serif;
  cursor: pointer;
}
.tl-button:hover { border-color: var(--tl-focus); }
.tl-button:disabled { color: var(--tl-muted); cursor: default; }
.tl-status { color: var(--tl-muted); align-self: center; }
.tl-answer .tl-headline { font-size: 13px; }
.tl-warn-lines {
  list-style: none; margin: 0 0 8px; padding: 2px 6px;
  background: var(--tl-warn-bg); border-left: 3px solid var(--tl-warn-border);
}
.tl-warn-lines li { margin: 1px 0; overflow-wrap: anywhere; }
.tl-collapsible { margin: 0 0 4px; }
.tl-collapsible > summary {
  cursor: pointer; padding: 2px 0; list-style-position: inside;
}
.tl-collapsible-body { padding: 4px 0 6px; }
.tl-nav { display: flex; align-items: center; gap: 4px; }
.tl-nav-button { padding: 1px 6px; }
.tl-nav-position { color: var(--tl-header-text); font-size: 10px; min-width: 3em; text-align: center; }
.tl-training { background: var(--tl-bg); border: 1px solid var(--tl-rule); padding: 5px 7px; }
.tl-code { font-family: consolas, 'courier new', monospace; background: #eef1f5; padding: 0 2px; }
`;
