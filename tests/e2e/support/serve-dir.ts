// Serves any built dist/ folder under a base path on a free port, for e2e tests on fixture sites.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running server: the site's URL (ending in the base path) and a way to stop it. */
export interface ServedSite {
  url: string;
  close: () => Promise<void>;
}

/** Serves `dir` at `http://127.0.0.1:<free port><base>`; other paths are 404. */
export async function serveDir(dir: string, base: string): Promise<ServedSite> {
  const assets = sirv(dir, { dev: false, dotfiles: false });
  const server = createServer((req, res) => {
    const url = req.url ?? '/';
    const notFound = () => {
      res.writeHead(404).end();
    };
    if (!url.startsWith(base)) {
      notFound();
      return;
    }
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
