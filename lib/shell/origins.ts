// Firewall origins: what the user names (scheme://host[:port], the identity API keys hang on) and
// the match pattern the browser grants and registers scripts for (scheme://host/*).
// Match patterns carry no port in Firefox and match every port in Chrome, so the pattern is the
// host; the origin keeps the port for display and per-firewall settings.

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

/** 'https://fw.example.com:4443' -> 'https://fw.example.com/*' */
export function patternForOrigin(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}/*`;
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

/** Same host and scheme: one granted pattern covers both. */
export function samePattern(a: string, b: string): boolean {
  return patternForOrigin(a) === patternForOrigin(b);
}
