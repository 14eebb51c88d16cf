// Where an XML API key may go. Only to https:// origins: over plain http the X-PAN-KEY header
// crosses the network in clear text, and anyone on the path could copy a key that works until
// an administrator revokes it. The e2e build (mode 'e2e') alone also allows http on the
// loopback address, where the firewall simulator of the tests listens; the store build never.

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

export type KeyRefusal = 'not-https' | null;

export function apiKeyRefusal(origin: string, mode: string = import.meta.env.MODE): KeyRefusal {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return 'not-https';
  }
  if (url.protocol === 'https:') return null;
  if (mode === 'e2e' && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return 'not-https';
}

export function apiKeyAllowed(origin: string, mode?: string): boolean {
  return apiKeyRefusal(origin, mode) === null;
}

export const NOT_HTTPS_REASON =
  'An API key is kept and sent only for https:// firewalls: over plain http it would cross the network in clear text, readable by anyone on the path.';
