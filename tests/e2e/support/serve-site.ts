// Serves a built site folder under a base path on a free port, for e2e tests of fixture sites.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running server: the site's root URL (ending in the base path) and how to stop it. */
export interface ServedSite {
  url: string;
  close(): Promise<void>;
}

/** Serves `dist` at `http://127.0.0.1:<free port><base>`; anything outside the base path is a 404. */
export async function serveSite(dist: string, base: string): Promise<ServedSite> {
  const assets = sirv(dist, { dev: false, etag: true });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    if (!url.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, () => {
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
  };
}
