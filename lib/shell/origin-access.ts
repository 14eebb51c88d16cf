// Which exact origin the extension runs on. Chrome grants and registers by port, but a grant
// without a port (the browser's own site-access menu, a managed build's manifest, Firefox,
// which has no ports in match patterns) covers every port of the host. So the content script
// asks at start, and this decides: an origin the user named or the administrator listed is on;
// a host-wide grant stands for every port only while no port of that host was named.

import { originOfUrl } from './origins';

export interface OriginFacts {
  /** Origins the granted patterns stand for ('https://fw' for a host-wide 'https://fw/*'). */
  granted: readonly string[];
  /** Origins the user enabled, with their ports. */
  named: readonly string[];
  /** Origins the administrator's policy lists. */
  managed: readonly string[];
}

/** scheme://hostname, without the port. */
export function hostOf(origin: string): string {
  const url = new URL(origin);
  return `${url.protocol}//${url.hostname}`;
}

export function sameHost(a: string, b: string): boolean {
  return hostOf(a) === hostOf(b);
}

/** A granted origin without a port came from a host-wide pattern: every port of the host. */
function grantCovers(granted: string, origin: string): boolean {
  if (granted === origin) return true;
  return new URL(granted).port === '' && sameHost(granted, origin);
}

export function isOriginEnabled(origin: string, facts: OriginFacts): boolean {
  if (originOfUrl(origin) !== origin) return false;
  if (facts.managed.includes(origin)) return true;
  if (!facts.granted.some((granted) => grantCovers(granted, origin))) return false;
  if (facts.named.includes(origin)) return true;
  // Host-wide grant: other ports only while the user named none of this host (nor did a policy).
  return ![...facts.named, ...facts.managed].some((other) => sameHost(other, origin));
}
