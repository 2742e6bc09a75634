// Starts static-server.ts on a free port from inside a spec, for specs that serve a folder or headers of their own.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { normalizeBase } from '../../support/base-path.ts';

const SERVER = fileURLToPath(new URL('./static-server.ts', import.meta.url));

/** A running server: its base URL (ending in the base path and a slash), its port and how to stop it. */
export interface StaticServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** What to serve: a built folder (default dist/), with or without its `_headers`, under a base path. */
export interface ServeOptions {
  dir?: string | undefined;
  headers?: boolean;
  /** As BASE_PATH is written: "sub", "/sub/", or nothing for "/". */
  base?: string | undefined;
  /** A port to listen on (one a stopped server used, to serve another build at the same origin); a free one by default. */
  port?: number | undefined;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function stopped(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/** Starts the server and resolves once it answers; rejects with its output if it exits first. */
export async function serveStatic(options: ServeOptions = {}): Promise<StaticServer> {
  const port = options.port ?? (await freePort());
  const base = normalizeBase(options.base);
  const args = [SERVER, String(port), ...(options.dir ? ['--dir', options.dir] : []), ...(options.headers ? ['--headers'] : [])];
  const child = spawn(process.execPath, args, { env: { ...process.env, BASE_PATH: base }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}${base}`;
  for (let attempt = 0; attempt < 100; attempt++) {
    if (child.exitCode !== null) throw new Error(`static server exited: ${output.trim()}`);
    const ready = await fetch(url).then(
      () => true,
      () => false,
    );
    if (ready) {
      return {
        url,
        port,
        stop: async () => {
          child.kill('SIGTERM');
          await stopped(child);
        },
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGTERM');
  throw new Error(`static server did not answer at ${url}: ${output.trim()}`);
}
