// Firewall origins: what the user names (scheme://host[:port], the identity API keys hang on) and
// the match pattern the browser grants and registers scripts for. Chrome honours a port in a
// match pattern (scheme://host:port/*; without one it matches every port); Firefox does not
// support ports there, so its pattern is the host and the content script checks the exact
// origin at start (lib/shell/origin-access.ts decides which origins are on).

export type OriginParse = { ok: true; origin: string } | { ok: false; reason: string };

const WEB_SCHEMES = new Set(['http:', 'https:']);

/** Normalises what a user typed ('fw.example.com:4443', 'https://FW/') into an origin, or says why not. */
export function parseOriginInput(input: string): OriginParse {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'Enter the address of the firewall web interface.' };
  if (text.includes('*')) return { ok: false, reason: 'Name one firewall: wildcards are not allowed.' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text) && !/^[^/:]+:\d+(\/|$)/.test(text);
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, reason: 'This is not a valid address.' };
  }
  if (!WEB_SCHEMES.has(url.protocol)) return { ok: false, reason: 'Only http:// and https:// addresses.' };
  if (url.hostname === '') return { ok: false, reason: 'The address has no host name.' };
  if (url.username || url.password) return { ok: false, reason: 'Leave out the user name and password.' };
  if (url.pathname !== '/' || url.search || url.hash) {
    return {
      ok: false,
      reason: 'Give only scheme, host and port, without a path (https://fw.example.com:4443).',
    };
  }
  return { ok: true, origin: url.origin };
}

/** The origin of a page URL, or null when it is not an http(s) page. */
export function originOfUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return WEB_SCHEMES.has(parsed.protocol) && parsed.hostname ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Told apart at build time: WXT sets import.meta.env.FIREFOX for the Firefox build. */
export const PATTERNS_CARRY_PORTS = import.meta.env.FIREFOX !== true;

/**
 * 'https://fw.example.com:4443' -> 'https://fw.example.com:4443/*' (Chrome) or
 * 'https://fw.example.com/*' (Firefox). A default port has no port in its origin, so its pattern
 * is the host's: the start-up origin check keeps the other ports off.
 */
export function patternForOrigin(origin: string, withPort = PATTERNS_CARRY_PORTS): string {
  const url = new URL(origin);
  const port = withPort && url.port ? `:${url.port}` : '';
  return `${url.protocol}//${url.hostname}${port}/*`;
}

const HOST_PATTERN = /^(https?|\*):\/\/([^/:*[\]]+|\[[^\]]+\])(?::(\d+))?\/\*$/;

/** Whether a granted pattern covers an asked one, as Chrome decides: no port means every port. */
export function patternCovers(granted: string, asked: string): boolean {
  if (granted === asked) return true;
  const g = HOST_PATTERN.exec(granted);
  const a = HOST_PATTERN.exec(asked);
  if (!g || !a) return false;
  const schemeOk = g[1] === a[1] || (g[1] === '*' && a[1] !== '*');
  return schemeOk && g[2] === a[2] && (g[3] === undefined || g[3] === a[3]);
}

const SPECIFIC_HOST_PATTERN = /^(https?|\*):\/\/([^/*]+)\/.*$/;

/**
 * The origins a granted match pattern stands for. All-hosts and wildcard-subdomain patterns
 * give none: the extension runs on firewalls the user named, never on every site.
 */
export function originsForPattern(pattern: string): string[] {
  const match = SPECIFIC_HOST_PATTERN.exec(pattern);
  if (!match) return [];
  const [, scheme, host] = match as unknown as [string, string, string];
  const schemes = scheme === '*' ? ['https', 'http'] : [scheme];
  return schemes.flatMap((s) => originOfUrl(`${s}://${host}/`) ?? []);
}

/** One granted pattern covers both (in Firefox: same host and scheme; in Chrome: same port too). */
export function samePattern(a: string, b: string, withPort = PATTERNS_CARRY_PORTS): boolean {
  return patternForOrigin(a, withPort) === patternForOrigin(b, withPort);
}
