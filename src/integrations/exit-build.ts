/** Ends a build that must not go on, without the hang Node's `process.exit` can fall into mid-build. */

/**
 * How long the process idles first. `process.exit` joins V8's background threads; one still compiling hot code
 * (Sparkplug, Maglev) may be waiting for the main thread to collect garbage, which it never will, and the
 * process hangs for ever (nodejs/node#54918). An idle main thread serves those requests, and no new code gets
 * hot: a failing build from `src/build.ts` hung 2 times in 40 (two at a time) without the wait, 0 in 60 with it.
 */
const SETTLE_MS = 100;

/** Exits with `code` once V8's background compilers have had time to finish. */
export async function exitBuild(code: number): Promise<never> {
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  process.exit(code);
}
