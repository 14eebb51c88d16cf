// A tiny web server with one plain page: a site that is not a PAN-OS web UI.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PlainSite {
  url: string;
  close(): Promise<void>;
}

export async function startPlainSite(host = '127.0.0.1'): Promise<PlainSite> {
  const server = createServer((req, res) => {
    if (req.url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      '<!doctype html><html lang="en"><head><title>Intranet</title></head>' +
        '<body><h1>Company intranet</h1><p>Nothing about firewalls here.</p></body></html>',
    );
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
