// Small helpers over node:http: request bodies, parameters, cookies, and the reply shape
// every route returns (the dispatcher applies faults to it before it is written).

import type { IncomingMessage } from 'node:http';

export interface Reply {
  status: number;
  headers: Record<string, string | string[]>;
  body: string | Buffer;
}

export const XML_TYPE = 'application/xml; charset=UTF-8';
export const HTML_TYPE = 'text/html; charset=UTF-8';
export const JSON_TYPE = 'application/json; charset=UTF-8';

export function reply(
  status: number,
  contentType: string,
  body: string | Buffer,
  extra: Reply['headers'] = {},
): Reply {
  return { status, headers: { 'Content-Type': contentType, 'Cache-Control': 'no-store', ...extra }, body };
}

export const xmlReply = (body: string, status = 200) => reply(status, XML_TYPE, body);
export const htmlReply = (body: string, status = 200) => reply(status, HTML_TYPE, body);
export const jsonReply = (value: unknown) => reply(200, JSON_TYPE, JSON.stringify(value));

export function redirect(location: string, extra: Reply['headers'] = {}): Reply {
  return reply(302, HTML_TYPE, '', { Location: location, ...extra });
}

const MAX_BODY = 5 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Query-string and (form-encoded) body parameters together; the body wins on a clash. */
export function requestParams(
  url: URL,
  body: string,
  contentType: string | undefined,
): Record<string, string> {
  const params: Record<string, string> = Object.fromEntries(url.searchParams);
  const isForm = !contentType || contentType.includes('application/x-www-form-urlencoded');
  if (body && isForm && !body.trimStart().startsWith('{') && !body.trimStart().startsWith('[')) {
    Object.assign(params, Object.fromEntries(new URLSearchParams(body)));
  }
  return params;
}

export function cookies(req: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const index = part.indexOf('=');
    if (index > 0) out[part.slice(0, index).trim()] = part.slice(index + 1).trim();
  }
  return out;
}

/** user:password from an HTTP Basic Authorization header, or null. */
export function basicAuth(req: IncomingMessage): { user: string; password: string } | null {
  const header = req.headers.authorization ?? '';
  const match = /^Basic\s+(.+)$/i.exec(header);
  if (!match) return null;
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const index = decoded.indexOf(':');
  return index < 0 ? null : { user: decoded.slice(0, index), password: decoded.slice(index + 1) };
}
