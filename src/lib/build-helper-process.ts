/**
 * The build's helper process: highlights code blocks and draws social cards beside Astro, on the second core,
 * mostly before any page asks. A process, not a worker thread: a build that exits while a worker compiles
 * WebAssembly can hang in Node's shutdown (nodejs/node#54918), and the helper compiles Oniguruma at the start.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { highlightBlock } from '../markdown/shiki-highlighter.ts';
import { predictCodeBlocks } from '../normalize/predict-code-blocks.ts';
import { type HelperAnswer, type HelperJob, type HelperReply, type HelperRequest, jobKey } from './build-helper-protocol.ts';

type Answer = HelperAnswer[HelperJob['kind']];

interface Task {
  job: HelperJob;
  key: string;
  resolve: (answer: Answer) => void;
  reject: (error: unknown) => void;
  /** Taken back by the page that asked: skipped when its turn comes. */
  declined?: boolean;
}

/** Answers made or being made, by job key; a page's ask takes one out, so memory goes as pages render. */
const answers = new Map<string, Promise<Answer>>();
/**
 * Tasks waiting. One runs at a time, in this order: what a page waits for now, then code blocks (pages wait
 * for them when Vite compiles them), then cards (wanted last, and each holds a 3 MB pixmap while drawn).
 */
const queues: Record<'urgent' | HelperJob['kind'], Task[]> = { urgent: [], highlight: [], card: [] };
/** Tasks queued and not started, by job key: the ones a page may still take back. */
const notStarted = new Map<string, Task>();
const predicted = new Set<string>();
let working = false;

async function perform(job: HelperJob): Promise<Answer> {
  if (job.kind === 'highlight') return highlightBlock(job.block);
  // Loaded on the first card: a build of pages without cards (or a test) never loads satori.
  const { renderOgImage } = await import('./og-image.ts');
  return renderOgImage(job.card);
}

async function work(): Promise<void> {
  if (working) return;
  working = true;
  for (let task = nextTask(); task; task = nextTask()) {
    if (task.declined) continue;
    notStarted.delete(task.key);
    try {
      task.resolve(await perform(task.job));
    } catch (error) {
      task.reject(error);
    }
  }
  working = false;
}

const nextTask = () => queues.urgent.shift() ?? queues.highlight.shift() ?? queues.card.shift();

function enqueue(job: HelperJob, key: string, queue: Task[]): Promise<Answer> {
  const answer = new Promise<Answer>((resolve, reject) => {
    const task: Task = { job, key, resolve, reject };
    queue.push(task);
    notStarted.set(key, task);
  });
  // A failure is sent when a page asks, not here.
  answer.catch(() => undefined);
  void work();
  return answer;
}

function prepare(job: HelperJob): void {
  const key = jobKey(job);
  if (!answers.has(key)) answers.set(key, enqueue(job, key, queues[job.kind]));
}

async function ask(id: number, job: HelperJob, orDecline: boolean): Promise<void> {
  const key = jobKey(job);
  const ready = answers.get(key);
  answers.delete(key);
  const queued = notStarted.get(key);
  // Behind on its queue (a large bank's cards): the page's process does the job while this one does others.
  if (orDecline && (!ready || queued)) {
    if (queued) queued.declined = true;
    notStarted.delete(key);
    process.send?.({ id, declined: true } satisfies HelperReply);
    return;
  }
  let reply: HelperReply;
  try {
    reply = { id, answer: await (ready ?? enqueue(job, key, queues.urgent)) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  process.send?.(reply);
}

function predict(files: readonly string[]): void {
  for (const file of files.map((name) => resolve(name))) {
    if (predicted.has(file)) continue;
    predicted.add(file);
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      // The normalizer says why a source cannot be read.
      continue;
    }
    for (const block of predictCodeBlocks(bytes, file)) prepare({ kind: 'highlight', block });
  }
}

process.on('message', (request: HelperRequest) => {
  if (request.type === 'ask') void ask(request.id, request.job, request.orDecline === true);
  else if (request.type === 'prepare') for (const job of request.jobs) prepare(job);
  else predict(request.files);
});

// The build is over (or gone): say what this process cost when the bench asks, and end.
process.on('disconnect', () => {
  if (process.env.BENCH_TIMINGS === '1') {
    console.error(`bench: helper peak ${Math.round(process.resourceUsage().maxRSS / 1024)} MiB`);
  }
  process.exit(0);
});
