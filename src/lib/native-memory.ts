/** Frees native memory V8 cannot see: a young-generation collection every few native renders, so dead wrappers let go. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's `gc` as `--expose-gc` defines it; `type: 'minor'` collects the young generation only, in a few ms. */
export type Collect = (options: { type: 'minor' }) => void;

/**
 * V8's `gc`: the global one when Node runs with `--expose-gc`, otherwise one from a fresh context, since the
 * flag set at run time only reaches contexts made after it (the way Jest's `--logHeapUsage` gets it).
 */
export function exposedGc(): Collect | undefined {
  if (typeof globalThis.gc === 'function') return globalThis.gc as unknown as Collect;
  setFlagsFromString('--expose-gc');
  const gc: unknown = runInNewContext('typeof gc === "function" ? gc : undefined');
  return typeof gc === 'function' ? (gc as Collect) : undefined;
}

/**
 * A function to call after each native render whose result is dropped. A native object's memory is freed only
 * when V8 finalises its small JS wrapper, and V8 collects by the JS heap's growth, which those renders barely
 * cause: unprompted, 200 social cards held 470 MB of pixmaps. Every `every` calls it runs a young-generation
 * collection, which finds the dead wrappers while they are still young.
 */
export function youngCollectionEvery(every: number, gc: Collect | undefined = exposedGc()): () => void {
  let calls = 0;
  return () => {
    calls++;
    if (gc && calls % every === 0) gc({ type: 'minor' });
  };
}
