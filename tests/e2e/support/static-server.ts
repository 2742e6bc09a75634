// Serves the built dist/ under BASE_PATH for the e2e tests:
// `node tests/e2e/support/static-server.ts [port] [--dir <folder>] [--headers]` (or DIST_DIR=<folder>).
// --headers sends what <folder>/_headers says, as Netlify and Cloudflare Pages would.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import sirv from 'sirv';
import { type HeaderRule, headersFor, parseHeadersFile } from '../../../src/lib/headers-file.ts';
import { normalizeBase } from '../../support/base-path.ts';

const DEFAULT_PORT = 4391;
const HOST = '127.0.0.1';
const DEFAULT_DIST = fileURLToPath(new URL('../../../dist/', import.meta.url));

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

function notFound(dist: string, res: ServerResponse): void {
  const page = join(dist, '404.html');
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
function isFolderWithIndex(dist: string, pathname: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  const folder = resolve(dist, `.${decoded}`);
  if (!`${folder}${sep}`.startsWith(dist)) return false;
  try {
    return statSync(join(folder, 'index.html')).isFile();
  } catch {
    return false;
  }
}

function createHandler(dist: string, base: string, rules: HeaderRule[]): (req: IncomingMessage, res: ServerResponse) => void {
  // dev: false indexes dist/ once at start-up, so the site must be built before the server starts.
  const assets = sirv(dist, {
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

    // The host serves dist/ at its root, so _headers paths leave the base path out.
    const local = `/${pathname.slice(base.length)}`;
    for (const [name, value] of Object.entries(headersFor(rules, pathname.startsWith(base) ? local : pathname))) {
      res.setHeader(name, value);
    }
    if (`${pathname}/` === base) {
      redirect(res, `${base}${query}`);
      return;
    }
    if (!pathname.startsWith(base)) {
      notFound(dist, res);
      return;
    }
    // Like GitHub Pages: a folder without its trailing slash redirects, so relative links resolve.
    if (!local.endsWith('/') && extname(local) === '' && isFolderWithIndex(dist, local)) {
      redirect(res, `${pathname}/${query}`);
      return;
    }
    req.url = `${local}${query}`;
    assets(req, res, () => notFound(dist, res));
  };
}

function main(): void {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { dir: { type: 'string' }, headers: { type: 'boolean', default: false } },
  });
  const dist = `${resolve(values.dir ?? process.env.DIST_DIR ?? DEFAULT_DIST)}${sep}`;
  if (!existsSync(join(dist, 'index.html'))) {
    console.error(`static-server: ${dist} has no index.html; build the site first (npm run build).`);
    process.exit(1);
  }
  const headersFile = join(dist, '_headers');
  if (values.headers && !existsSync(headersFile)) {
    console.error(`static-server: --headers, but ${headersFile} does not exist.`);
    process.exit(1);
  }
  const rules = values.headers ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const base = normalizeBase(process.env.BASE_PATH);
  const port = parsePort(positionals[0] ?? process.env.PORT);
  const server = createServer(createHandler(dist, base, rules));

  server.on('error', (error) => {
    console.error(`static-server: ${error.message}`);
    process.exit(1);
  });
  server.listen(port, HOST, () => {
    console.log(`serving ${dist} at http://${HOST}:${port}${base}${values.headers ? ' with _headers' : ''}`);
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
