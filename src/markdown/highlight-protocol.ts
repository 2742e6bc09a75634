/** The messages between the build and its highlighting worker (highlight-worker.ts). */
import type { Element } from 'hast';

/** One fenced block to highlight. */
export interface HighlightRequest {
  id: number;
  code: string;
  lang: string;
  meta: string | undefined;
}

/** The highlighted `<pre>` (its lines as one raw HTML node), or why it failed. */
export type HighlightReply = { id: number; pre: Element; error?: undefined } | { id: number; error: string; pre?: undefined };
