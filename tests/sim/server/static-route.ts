// Static files of the simulated UI: /js/X from tests/sim/ui/static/X (or static/js/X),
// /css/X and /images/X from static/css and static/images. No path leaves the static root.

import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlReply, type Reply, reply } from './http-util';

const STATIC_ROOT = resolve(fileURLToPath(new URL('../ui/static/', import.meta.url)));

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=UTF-8',
  '.css': 'text/css; charset=UTF-8',
  '.png': 'image/png',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=UTF-8',
  '.html': 'text/html; charset=UTF-8',
};

const notFound = () => htmlReply('<html><body><h1>404 Not Found</h1></body></html>', 404);

/** Candidate files for a URL path, or null when the path tries to leave the root. */
export function staticCandidates(urlPath: string, root = STATIC_ROOT): string[] | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const match = /^\/(js|css|images)\/(.+)$/.exec(decoded);
  if (!match || decoded.includes('\0')) return null;
  const [, top = '', rest = ''] = match;
  if (rest.split(/[/\\]/).some((part) => part === '..')) return null;
  const relatives = top === 'js' ? [rest, `js/${rest}`] : [`${top}/${rest}`];
  const files = relatives.map((relative) => resolve(root, relative));
  return files.every((file) => file.startsWith(root + sep)) ? files : null;
}

export async function handleStatic(urlPath: string): Promise<Reply> {
  // No icon, but no console error either (e2e tests watch the console).
  if (urlPath === '/favicon.ico') return reply(204, 'image/x-icon', '');
  const candidates = staticCandidates(urlPath);
  if (!candidates) return notFound();
  for (const file of candidates) {
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) continue;
    const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return reply(200, type, await readFile(file));
  }
  return notFound();
}
