/** The build's side of the highlighting worker: one worker per process, and the blocks it was asked for early. */
import { Worker } from 'node:worker_threads';
import type { Element } from 'hast';
import type { FencedBlock } from './fenced-blocks.ts';
import type { HighlightReply, HighlightRequest } from './highlight-protocol.ts';

interface Pending {
  resolve: (pre: Element) => void;
  reject: (error: Error) => void;
}

/** The worker's old-generation heap limit. */
const WORKER_HEAP_MB = 96;

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();
/** Blocks asked for before any page needed them, by code, language and meta; a page takes its answer once. */
const early = new Map<string, Promise<Element>>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  worker = undefined;
}

function startWorker(): Worker {
  // Shiki's live set is its grammars, a few MB; a small heap makes V8 collect its garbage early instead of
  // growing the build's memory by hundreds of MB.
  const started = new Worker(new URL('./highlight-worker.ts', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: 16 },
  });
  started.on('message', (reply: HighlightReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    // The worker keeps the process alive only while a block is waiting for it.
    if (pending.size === 0) started.unref();
    if (reply.pre) waiting?.resolve(reply.pre);
    else waiting?.reject(new Error(`Highlighting failed: ${reply.error}`));
  });
  started.on('error', (error) => failAll(new Error(`The highlighting worker stopped: ${error.message}`)));
  started.on('exit', (code) => failAll(new Error(`The highlighting worker exited (code ${code})`)));
  started.unref();
  return started;
}

function request(block: FencedBlock): Promise<Element> {
  worker ??= startWorker();
  const id = nextId++;
  const message: HighlightRequest = { ...block, id };
  const reply = new Promise<Element>((resolve, reject) => pending.set(id, { resolve, reject }));
  worker.ref();
  worker.postMessage(message);
  return reply;
}

const keyOf = ({ code, lang, meta }: FencedBlock) => JSON.stringify([lang, meta ?? null, code]);

/**
 * Starts highlighting blocks the pages will ask for (the normalizer knows them before Astro compiles a page),
 * so the worker is busy while the main thread syncs content and starts Vite.
 */
export function highlightEarly(blocks: readonly FencedBlock[]): void {
  for (const block of blocks) {
    const key = keyOf(block);
    if (early.has(key)) continue;
    const reply = request(block);
    // A failure is reported when a page asks for the block, not here.
    reply.catch(() => undefined);
    early.set(key, reply);
  }
}

/**
 * Ends the worker and forgets early answers no page took, returning their memory before pages render. A later
 * block (the dev server) starts a new worker.
 */
export async function stopHighlighting(): Promise<void> {
  const stopping = worker;
  worker = undefined;
  early.clear();
  if (stopping) {
    // Its exit handler would fail blocks still waiting: by now none are.
    stopping.removeAllListeners('exit');
    await stopping.terminate();
  }
}

/** Highlights one block off the main thread (or takes the early answer); resolves to its `<pre>`. */
export function highlightInWorker(code: string, lang: string, meta: string | undefined): Promise<Element> {
  const block = { code, lang, meta };
  const key = keyOf(block);
  const ready = early.get(key);
  if (ready) {
    early.delete(key);
    return ready;
  }
  return request(block);
}
