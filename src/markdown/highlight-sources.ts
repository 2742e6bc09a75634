/** Starts highlighting the code blocks a build's sources will give, before the normalizer has written any page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { predictCodeBlocks } from '../normalize/predict-code-blocks.ts';
import { highlightEarly } from './highlight-client.ts';

/** Sources already handed to the worker in this process. */
const started = new Set<string>();

/**
 * Hands the worker every block the normalizer is expected to write for `sources` (see predict-code-blocks.ts),
 * once per source per process: the build's launcher does it first thing, the integration again in case it did not.
 */
export function highlightSources(sources: readonly string[]): void {
  for (const file of sources) {
    const key = resolve(file);
    if (started.has(key)) continue;
    started.add(key);
    try {
      highlightEarly(predictCodeBlocks(readFileSync(file), file));
    } catch {
      // The normalizer says why a source cannot be read.
    }
  }
}
