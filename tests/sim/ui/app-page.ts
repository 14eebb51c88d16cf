// The simulator's app page (`/`): the HTML shell of the PAN-OS web UI. It carries what the
// extension looks for (REFERENCE section 2): the inline token seed under Pan.st.st, the
// scripts under /js/lib/ and /js/pan/, and, once those run, the globals Ext, Pan, PanDirect.

import type { ReleaseProfile } from '../server/releases';
import { HEADER_TEXTS, UI_LANGUAGES } from './header-texts';

export interface AppPageOptions {
  /** Digits only: the seed lives at Pan.st.st.st<seedKey>. */
  seedKey: string;
  seed: string;
  product: 'firewall' | 'panorama';
  /** Expose a product flag on `Pan.global` (invented: no such flag is known on real PAN-OS). */
  productFlag?: boolean;
  tokenAlgo: 'sha256' | 'md5';
  /** The release played: the RPC object's names, the version shown, Pan.staticMOTD. */
  release: Pick<ReleaseProfile, 'rpcGlobals' | 'swVersion' | 'staticMotd'>;
  /** 'unrecognised': log pages without x-grid3 markup (a plausible newer UI). */
  logUi?: 'x-grid3' | 'unrecognised';
  user: string;
  vsysList: string[];
  deviceGroups: string[];
}

/** Served from tests/sim/ui/static/ under /js/, in load order (each file needs the ones before). */
export const UI_SCRIPT_PATHS = [
  '/js/lib/pan-extjs3.js',
  '/js/lib/pan-extjs3-grid.js',
  '/js/pan/i18n.js',
  '/js/pan/md5.js',
  '/js/pan/direct.js',
  '/js/pan/log-render.js',
  '/js/pan/log-columns.js',
  '/js/pan/log-store.js',
  '/js/pan/log-toolbar.js',
  '/js/pan/log-viewer.js',
  '/js/pan/log-table.js',
  '/js/pan/detail-view.js',
  '/js/pan/pages.js',
  '/js/pan/app.js',
] as const;

export const UI_STYLESHEET_PATH = '/css/pan.css';

/** A value for a JS literal inside an inline <script>: JSON, with nothing that can close the tag. */
export function scriptLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export function renderAppPage(opts: AppPageOptions): string {
  if (!/^\d+$/.test(opts.seedKey)) throw new Error(`seedKey must be digits, got ${opts.seedKey}`);
  const boot = {
    product: opts.product,
    productFlag: opts.productFlag === true,
    tokenAlgo: opts.tokenAlgo,
    rpcGlobals: opts.release.rpcGlobals,
    swVersion: opts.release.swVersion,
    logUi: opts.logUi ?? 'x-grid3',
    user: opts.user,
    vsysList: opts.vsysList,
    deviceGroups: opts.deviceGroups,
    languages: UI_LANGUAGES,
  };
  const title = opts.product === 'panorama' ? 'Panorama' : 'PA-VM';
  // 9.x and later pages set it (reference section 9); its content is the admin's message, if any.
  const motd = opts.release.staticMotd ? ' Pan.staticMOTD = "";' : '';
  const scripts = UI_SCRIPT_PATHS.map((src) => `<script type="text/javascript" src="${src}"></script>`).join(
    '\n',
  );
  return `<!DOCTYPE html>
<html>
<head>
<meta charset="utf-8">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" type="text/css" href="${UI_STYLESHEET_PATH}">
<script type="text/javascript">window.Pan = window.Pan || {}; Pan.st = {st: {}}; Pan.st.st.st${opts.seedKey} = ${scriptLiteral(opts.seed)};</script>
<script type="text/javascript">Pan.bootConfig = ${scriptLiteral(boot)}; Pan.i18nHeaders = ${scriptLiteral(HEADER_TEXTS)};${motd}</script>
${scripts}
</head>
<body class="ext-webkit ext-chrome">
<div id="pan-app" data-user="${escapeHtml(opts.user)}"></div>
</body>
</html>
`;
}
