// The background's one door: enable/disable requests from the extension's own pages, and a
// content script's question of what it may do on its tab (answered for the tab's origin as the
// browser reports it). Other extensions are ignored, and so is any malformed message.

import { isShellMessage, type ShellMessage, type ShellReply } from '../messages';
import { originOfUrl, parseOriginInput } from './origins';
import { isPageAccessRequest, type PageAccess } from './page-access';

export interface MessageSender {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface ShellHandlerDeps {
  /** runtime.id */
  extensionId: string;
  /** runtime.getURL('/'): every page of ours starts with it. */
  extensionBaseUrl: string;
  enable(origin: string): Promise<ShellReply>;
  disable(origin: string): Promise<ShellReply>;
  /** For a content script: what it may do on the page at `url` (the sender's, from the browser). */
  pageAccess(url: string): Promise<PageAccess>;
}

/**
 * Only our popup and options pages may ask. `sender.tab` alone does not decide it: the popup
 * also opens as a tab (popup.html?tabId=N) in end-to-end tests, and then it is still ours by URL.
 * A content script's sender URL is the web page's, so it never passes.
 */
export function isFromOwnPage(
  sender: MessageSender,
  deps: Pick<ShellHandlerDeps, 'extensionId' | 'extensionBaseUrl'>,
) {
  if (sender.id !== deps.extensionId) return false;
  if (!sender.url?.startsWith(deps.extensionBaseUrl)) return false;
  return sender.tab === undefined || (sender.tab.url ?? sender.url).startsWith(deps.extensionBaseUrl);
}

/** Our content script in a tab's top frame, on a web page (its sender URL is the page's). */
function isFromOwnContentScript(
  sender: MessageSender,
  deps: Pick<ShellHandlerDeps, 'extensionId' | 'extensionBaseUrl'>,
): boolean {
  if (sender.id !== deps.extensionId || sender.tab?.id === undefined) return false;
  if (sender.frameId !== undefined && sender.frameId !== 0) return false;
  return originOfUrl(sender.url) !== null && !sender.url?.startsWith(deps.extensionBaseUrl);
}

/**
 * Returns a Promise for messages it handles (the polyfill and WXT's fake browser answer from
 * it) and also calls `sendResponse` when given, for Chromium's callback style; undefined otherwise
 * so other listeners may answer.
 */
export function createShellMessageHandler(deps: ShellHandlerDeps) {
  return (
    message: unknown,
    sender: MessageSender,
    sendResponse?: (reply: ShellReply | PageAccess) => void,
  ): Promise<ShellReply | PageAccess> | undefined => {
    if (isPageAccessRequest(message) && isFromOwnContentScript(sender, deps)) {
      const access = deps.pageAccess(sender.url as string);
      if (sendResponse) void access.then(sendResponse);
      return access;
    }
    if (!isShellMessage(message) || !isFromOwnPage(sender, deps)) return undefined;
    const reply = handle(message, deps).catch(
      (error: unknown): ShellReply => ({
        ok: false,
        error: `The extension could not do it: ${errorText(error)}`,
      }),
    );
    if (sendResponse) void reply.then(sendResponse);
    return reply;
  };
}

async function handle(message: ShellMessage, deps: ShellHandlerDeps): Promise<ShellReply> {
  const parsed = parseOriginInput(message.origin);
  if (!parsed.ok || parsed.origin !== message.origin) return { ok: false, error: 'Not a firewall origin.' };
  return message.type === 'threat-lens/enable' ? deps.enable(parsed.origin) : deps.disable(parsed.origin);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
