/**
 * The build's side of its helper process (build-helper-process.ts): one per build, which highlights code blocks
 * and draws social cards off the main thread, starting on what the pages will ask for before they ask.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Element } from 'hast';
import type { FencedBlock } from '../markdown/fenced-blocks.ts';
import type { HelperAnswer, HelperJob, HelperReply, HelperRequest } from './build-helper-protocol.ts';
import type { OgCard } from './og-cards.ts';

// Shiki's live set is its grammars, a few MB, and a card's drawing less: a small heap makes V8 collect
// garbage early instead of growing the build's memory by hundreds of MB (by default, the young generation
// alone grew to 64 MB).
const HELPER_HEAP_MB = 96;
const HELPER_SEMI_SPACE_MB = 4;

interface Pending {
  resolve: (answer: HelperReply['answer'] | 'declined') => void;
  reject: (error: Error) => void;
}

let helper: ChildProcess | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
  helper = undefined;
}

/** The helper keeps this process alive only while a page waits for it. */
function holdOpen(child: ChildProcess, hold: boolean): void {
  if (hold) {
    child.ref();
    child.channel?.ref();
  } else {
    child.unref();
    child.channel?.unref();
  }
}

function startHelper(): ChildProcess {
  const entry = fileURLToPath(new URL('./build-helper-process.ts', import.meta.url));
  const child = fork(entry, [], {
    serialization: 'advanced',
    execArgv: [`--max-old-space-size=${HELPER_HEAP_MB}`, `--max-semi-space-size=${HELPER_SEMI_SPACE_MB}`],
  });
  child.on('message', (reply: HelperReply) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (pending.size === 0) holdOpen(child, false);
    if (reply.declined) waiting?.resolve('declined');
    else if (reply.error === undefined) waiting?.resolve(reply.answer);
    else waiting?.reject(new Error(`The build helper failed: ${reply.error}`));
  });
  child.on('error', (error) => failAll(new Error(`The build helper stopped: ${error.message}`)));
  child.on('exit', (code, signal) => failAll(new Error(`The build helper exited (${signal ?? `code ${code}`})`)));
  // It ends itself when this process disconnects; should its exit stall, it must not outlive the build.
  process.once('exit', () => child.kill('SIGKILL'));
  holdOpen(child, false);
  return child;
}

function send(request: HelperRequest): ChildProcess {
  helper ??= startHelper();
  helper.send(request);
  return helper;
}

/** The job's answer; `'declined'` only when asked `orDecline` (see HelperRequest). */
function ask<K extends HelperJob['kind']>(job: Extract<HelperJob, { kind: K }>, orDecline = false) {
  const id = nextId++;
  const answer = new Promise<HelperReply['answer'] | 'declined'>((resolve, reject) => pending.set(id, { resolve, reject }));
  holdOpen(send({ type: 'ask', id, job, orDecline }), true);
  return answer as Promise<HelperAnswer[K] | 'declined'>;
}

/** Starts the helper on the code blocks the normalizer is expected to write for these sources (predict-code-blocks.ts). */
function highlightPredictedHere(files: readonly string[]): void {
  send({ type: 'predict', files: [...files] });
}

/** Starts highlighting blocks the pages will ask for; a block already started is not started again. */
function highlightEarlyHere(blocks: readonly FencedBlock[]): void {
  send({ type: 'prepare', jobs: blocks.map((block) => ({ kind: 'highlight', block })) });
}

/** One block's `<pre>`, highlighted in the helper (at once, if it was started early). */
function highlightInHelperHere(code: string, lang: string, meta: string | undefined): Promise<Element> {
  return ask({ kind: 'highlight', block: { code, lang, meta } }) as Promise<Element>;
}

/** Starts drawing the social cards the image routes will ask for, after every code block. */
function drawCardsEarlyHere(cards: readonly OgCard[]): void {
  send({ type: 'prepare', jobs: cards.map((card) => ({ kind: 'card', card })) });
}

/**
 * A card's PNG bytes, drawn in the helper, or here if the helper has not started it: on a large bank the routes
 * ask before the helper is through, and both processes then draw cards.
 */
async function cardImageHere(card: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const drawn = await ask({ kind: 'card', card }, true);
  if (drawn !== 'declined') return drawn;
  const { renderOgImage } = await import('./og-image.ts');
  return renderOgImage(card);
}

/** Ends the helper and what it kept; a later job (the dev server) starts a new one. */
function stopHelperHere(): void {
  const stopping = helper;
  helper = undefined;
  if (!stopping) return;
  // Its exit handler would fail jobs still waiting: by now none are.
  stopping.removeAllListeners('exit');
  stopping.disconnect();
}

const local = {
  highlightPredicted: highlightPredictedHere,
  highlightEarly: highlightEarlyHere,
  highlightInHelper: highlightInHelperHere,
  drawCardsEarly: drawCardsEarlyHere,
  cardImage: cardImageHere,
  stopHelper: stopHelperHere,
};

/**
 * The first copy of this module loaded in the process serves every later one. Vite bundles the image routes
 * with a second copy (in dist/.prerender), whose helper entry would not resolve and which would start a second
 * helper; the build loads this file itself first (src/build.ts, the integration), so that copy serves.
 */
const SHARED = Symbol.for('interview-bank/build-helper');
const registry = globalThis as Record<symbol, typeof local | undefined>;
registry[SHARED] ??= local;
const shared = registry[SHARED];

export const { highlightPredicted, highlightEarly, highlightInHelper, drawCardsEarly, cardImage, stopHelper } = shared;
