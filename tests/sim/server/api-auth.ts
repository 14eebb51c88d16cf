// /api/ authentication: key parameter, X-PAN-KEY header, HTTP Basic, or (only when the
// simulator is told so) the web UI's session cookie alone.

import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { SimContext } from './context';
import { basicAuth, cookies, type Reply, xmlReply } from './http-util';
import { SESSION_COOKIE } from './login-route';
import { checkPassword } from './sessions';
import type { ApiRequestArea } from './types';

export const INVALID_CREDENTIAL_XML =
  "<response status = 'error' code = '403'><result><msg>Invalid Credential</msg></result></response>";
export const SESSION_TIMED_OUT_XML =
  '<response status="unauth" code="22"><msg><line>Session timed out</line></msg></response>';

/** The key `type=keygen` gives for a user: stable for one user and password, like PAN-OS. */
export function apiKeyFor(user: string, password: string): string {
  const digest = createHash('sha256').update(`threat-lens-sim:${user}:${password}`).digest('base64');
  return `LUFRPT1${digest.replace(/=+$/, '')}==`;
}

/** What PAN-OS answers a request type the admin role does not allow (reference section 9). */
export function roleRefusalXml(type: ApiRequestArea): string {
  return `<response status = 'error' code = '403'><result><msg>Type [${type}] not authorized for user role</msg></result></response>`;
}

export function invalidCredential(): Reply {
  return xmlReply(INVALID_CREDENTIAL_XML, 403);
}

/** Which credential a request presents (for the request log: tests tell key use apart). */
export function apiCredential(
  req: IncomingMessage,
  params: Record<string, string>,
): 'key' | 'basic' | 'cookie' | 'none' {
  if (params.key !== undefined || req.headers['x-pan-key'] !== undefined) return 'key';
  if (basicAuth(req)) return 'basic';
  return cookies(req)[SESSION_COOKIE] ? 'cookie' : 'none';
}

/** null when the request may go on; otherwise the refusal to send. */
export function checkApiAuth(
  req: IncomingMessage,
  ctx: SimContext,
  params: Record<string, string>,
): Reply | null {
  const header = req.headers['x-pan-key'];
  const key = params.key ?? (Array.isArray(header) ? header[0] : header);
  if (key !== undefined) return key === ctx.apiKey ? null : invalidCredential();
  const basic = basicAuth(req);
  if (basic) return checkPassword(basic.user, basic.password) ? null : invalidCredential();
  const sessionId = cookies(req)[SESSION_COOKIE];
  if (ctx.apiAcceptsSessionCookie && sessionId) {
    return ctx.sessions.use(sessionId) ? null : xmlReply(SESSION_TIMED_OUT_XML);
  }
  return invalidCredential();
}
