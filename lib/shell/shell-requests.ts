// How the popup and options pages ask for a firewall to be enabled or disabled.

import type { ShellMessage, ShellReply } from '../messages';
import { patternForOrigin } from './origins';

export interface ShellRequestApi {
  permissions: { request(permissions: { origins: string[] }): Promise<boolean> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

function readReply(value: unknown): ShellReply {
  if (typeof value === 'object' && value !== null) {
    const reply = value as Record<string, unknown>;
    if (reply.ok === true) return { ok: true, injectedTabs: Number(reply.injectedTabs) || 0 };
    if (reply.ok === false && typeof reply.error === 'string') return { ok: false, error: reply.error };
  }
  return { ok: false, error: 'The extension did not answer. Reload it from the extensions page.' };
}

async function send(api: ShellRequestApi, message: ShellMessage): Promise<ShellReply> {
  try {
    return readReply(await api.runtime.sendMessage(message));
  } catch {
    return readReply(null);
  }
}

/**
 * Call straight from a click handler: the permission prompt needs the user's gesture, so
 * permissions.request is the first thing done, before any await.
 */
export function requestEnable(api: ShellRequestApi, origin: string): Promise<ShellReply> {
  const granted = api.permissions.request({ origins: [patternForOrigin(origin)] });
  return granted.then(
    (ok) =>
      ok
        ? send(api, { type: 'threat-lens/enable', origin })
        : { ok: false, error: 'Access was not granted.' },
    () => ({ ok: false, error: 'The browser refused to ask for access to this site.' }),
  );
}

export function requestDisable(api: ShellRequestApi, origin: string): Promise<ShellReply> {
  return send(api, { type: 'threat-lens/disable', origin });
}
