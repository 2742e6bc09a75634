/** The messages between the build and its highlighting worker (highlight-worker.ts). */
import type { Element } from 'hast';
import type { FencedBlock } from './fenced-blocks.ts';

/** One fenced block to highlight, numbered so its reply finds it. */
export interface HighlightRequest extends FencedBlock {
  id: number;
}

/** The highlighted `<pre>` (its lines as one raw HTML node), or why it failed. */
export type HighlightReply = { id: number; pre: Element; error?: undefined } | { id: number; error: string; pre?: undefined };
