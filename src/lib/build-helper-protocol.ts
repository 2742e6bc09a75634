/** The messages between the build and its helper process (build-helper-process.ts). */
import type { Element } from 'hast';
import type { FencedBlock } from '../markdown/fenced-blocks.ts';
import type { OgCard } from './og-cards.ts';

/** What the helper makes: a fenced block's highlighted `<pre>`, or a social card's PNG bytes. */
export type HelperJob = { kind: 'highlight'; block: FencedBlock } | { kind: 'card'; card: OgCard };

/** The answer to each kind of job. */
export interface HelperAnswer {
  highlight: Element;
  card: Uint8Array<ArrayBuffer>;
}

/**
 * `ask`: a page needs the job's answer now (reply expected); with `orDecline`, the helper declines a job it has
 * not started, and the page does it itself. `prepare`: the pages will ask for these later. `predict`: prepare
 * the blocks the normalizer is expected to write for these source files.
 */
export type HelperRequest =
  | { type: 'ask'; id: number; job: HelperJob; orDecline?: boolean }
  | { type: 'prepare'; jobs: HelperJob[] }
  | { type: 'predict'; files: string[] };

/** An asked job's answer, or why it failed. */
export type HelperReply =
  | { id: number; answer: HelperAnswer[HelperJob['kind']]; error?: undefined; declined?: undefined }
  | { id: number; error: string; answer?: undefined; declined?: undefined }
  | { id: number; declined: true; answer?: undefined; error?: undefined };

/** The key a job's answer is kept under: two jobs with the same content have the same answer. */
export function jobKey(job: HelperJob): string {
  return job.kind === 'highlight'
    ? JSON.stringify([job.kind, job.block.lang, job.block.meta ?? null, job.block.code])
    : JSON.stringify([job.kind, job.card]);
}
