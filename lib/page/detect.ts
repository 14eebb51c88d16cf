// Is this a PAN-OS web UI, is it the login page, and which page does the hash show?
// Signs and hash format: docs/panos-facts.md, "The page". Pure functions of a Document or a string.

/** Inline script that stores the Direct token seed: `Pan.st.st.st<digits> = "..."`. */
const TOKEN_SEED_SCRIPT = /\bPan\.st\.st\.st\d+\s*=/;
/** Script URL paths (pathname, so any host or query string fits). */
const PAN_SCRIPT_DIR = /^\/js\/pan\//;
const PAN_EXTJS_SCRIPT = /^\/js\/lib\/pan-extjs3\.js$/;
const LOGIN_PAGE_MARKER = '__LOGIN_PAGE__';
const LOGIN_FORM_SELECTOR = 'form#login_form';
const LOGIN_FIELD_SELECTORS = ['#user', '#passwd'] as const;

export const TRAFFIC_LOG_BRANCH = 'monitor/logs/traffic';

export type PanosSign = 'token-seed-script' | 'pan-scripts' | 'pan-extjs-script' | 'login-page';

function scriptPath(src: string, doc: Document): string | null {
  try {
    return new URL(src, doc.baseURI || 'http://invalid/').pathname;
  } catch {
    return null;
  }
}

function hasLoginMarkerComment(doc: Document): boolean {
  const walker = doc.createTreeWalker(doc, 0x80 /* NodeFilter.SHOW_COMMENT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeValue?.includes(LOGIN_PAGE_MARKER)) return true;
  }
  return false;
}

function hasLoginForm(doc: Document): boolean {
  const form = doc.querySelector(LOGIN_FORM_SELECTOR);
  return !!form && LOGIN_FIELD_SELECTORS.every((selector) => form.querySelector(selector));
}

/** The PAN-OS login page: its marker comment, or the login form with user and password fields. */
export function isLoginPage(doc: Document): boolean {
  return hasLoginForm(doc) || hasLoginMarkerComment(doc);
}

/** The PAN-OS UI signs this document shows; empty when it is not a PAN-OS web UI. */
export function findPanosSigns(doc: Document): PanosSign[] {
  const signs: PanosSign[] = [];
  const scripts = Array.from(doc.querySelectorAll('script'));
  if (scripts.some((script) => !script.src && TOKEN_SEED_SCRIPT.test(script.textContent ?? ''))) {
    signs.push('token-seed-script');
  }
  const paths = scripts
    .map((script) => script.getAttribute('src'))
    .flatMap((src) => (src ? [scriptPath(src, doc)] : []));
  if (paths.some((path) => path && PAN_SCRIPT_DIR.test(path))) signs.push('pan-scripts');
  if (paths.some((path) => path && PAN_EXTJS_SCRIPT.test(path))) signs.push('pan-extjs-script');
  if (isLoginPage(doc)) signs.push('login-page');
  return signs;
}

export interface PanosHash {
  tab: string;
  /** vsysN, 'shared', a Panorama device-group name, or ''. */
  location: string;
  branch: string;
}

/** `#<tab>::<location>::<branch>` (leading '#' optional); null for anything else. */
export function parseHash(hash: string): PanosHash | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  let text: string;
  try {
    text = decodeURIComponent(raw);
  } catch {
    text = raw;
  }
  const parts = text.split('::');
  if (parts.length !== 3) return null;
  const [tab, location, branch] = parts as [string, string, string];
  if (!tab || !branch) return null;
  return { tab, location, branch: branch.replace(/\/+$/, '') };
}

/** Monitor > Traffic, on a firewall (any vsys) or Panorama (any device group). */
export function isTrafficLogHash(hash: string): boolean {
  return parseHash(hash)?.branch === TRAFFIC_LOG_BRANCH;
}
