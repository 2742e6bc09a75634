/** Step timings for `npm run bench`: printed only when BENCH_TIMINGS=1, so normal builds log as before. */
import type { AstroIntegrationLogger } from 'astro';

/** Logs `bench: <step> <ms> ms` (the line `npm run bench` reads) when BENCH_TIMINGS=1; does nothing otherwise. */
export function logElapsed(logger: AstroIntegrationLogger, step: string, startedAt: number): void {
  if (process.env.BENCH_TIMINGS !== '1') return;
  logger.info(`bench: ${step} ${Math.round(performance.now() - startedAt)} ms`);
}
