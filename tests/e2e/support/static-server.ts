// Serves the built dist/ under BASE_PATH for the e2e tests: `node tests/e2e/support/static-server.ts [port]`.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const DEFAULT_PORT = 4391;
const HOST = '127.0.0.1';
const DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

/** "sub", "/sub", "sub/", "//sub//" -> "/sub/"; "" or "/" -> "/". */
function normalizeBase(raw: string | undefined): string {
  const segments = (raw ?? '').split('/').filter((s) => s !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`invalid port "${raw}": expected an integer from 1 to 65535`);
  }
  return port;
}

// Types sirv (via mrmime) leaves out or sends without a charset. Pagefind's files are gzip
// data that its own script inflates, so they go out as plain bytes with no Content-Encoding.
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

function notFound(res: ServerResponse): void {
  const page = join(DIST, '404.html');
  res.statusCode = 404;
  res.setHeader('Cache-Control', 'no-cache');
  if (existsSync(page)) {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(readFileSync(page));
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=utf-8');
    res.end('404 Not Found\n');
  }
}

function redirect(res: ServerResponse, location: string): void {
  res.writeHead(301, { Location: location, 'Content-Length': 0 });
  res.end();
}

/** True when `/questions/x` names a folder with an index.html, so it should gain a slash. */
function isFolderWithIndex(pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const folder = resolve(DIST, `.${decoded}`);
  if (!`${folder}${sep}`.startsWith(DIST)) return false;
  try {
    return statSync(join(folder, 'index.html')).isFile();
  } catch {
    return false;
  }
}

function createHandler(base: string): (req: IncomingMessage, res: ServerResponse) => void {
  // dev: false indexes dist/ once at start-up, so the site must be built before the server starts.
  const assets = sirv(DIST, {
    dev: false,
    etag: true,
    dotfiles: false,
    setHeaders(res, pathname) {
      const type = CONTENT_TYPES[extname(pathname).toLowerCase()];
      if (type !== undefined) res.setHeader('Content-Type', type);
    },
  });

  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 });
      res.end();
      return;
    }
    const url = req.url ?? '/';
    const queryAt = url.indexOf('?');
    const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : url.slice(queryAt);

    if (`${pathname}/` === base) {
      redirect(res, `${base}${query}`);
      return;
    }
    if (!pathname.startsWith(base)) {
      notFound(res);
      return;
    }
    const local = `/${pathname.slice(base.length)}`;
    // Like GitHub Pages: a folder without its trailing slash redirects, so relative links resolve.
    if (!local.endsWith('/') && extname(local) === '' && isFolderWithIndex(local)) {
      redirect(res, `${pathname}/${query}`);
      return;
    }
    req.url = `${local}${query}`;
    assets(req, res, () => notFound(res));
  };
}

function main(): void {
  if (!existsSync(join(DIST, 'index.html'))) {
    console.error(`static-server: ${DIST} has no index.html; build the site first (npm run build).`);
    process.exit(1);
  }
  const base = normalizeBase(process.env.BASE_PATH);
  const port = parsePort(process.argv[2] ?? process.env.PORT);
  const server = createServer(createHandler(base));

  server.on('error', (error) => {
    console.error(`static-server: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, HOST, () => {
    console.log(`serving dist/ at http://${HOST}:${port}${base}`);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
}

main();
