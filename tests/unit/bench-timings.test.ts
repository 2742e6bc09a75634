// BENCH_TIMINGS=1 makes the integrations print their elapsed time; without it they print nothing more.
import type { AstroIntegrationLogger } from 'astro';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { logElapsed } from '../../src/integrations/bench-timings.ts';

function recordingLogger(): { logger: AstroIntegrationLogger; lines: string[] } {
  const lines: string[] = [];
  const logger = { info: (line: string) => lines.push(line) } as unknown as AstroIntegrationLogger;
  return { logger, lines };
}

describe('logElapsed', () => {
  afterEach(() => vi.unstubAllEnvs());

  test('with BENCH_TIMINGS=1: one "bench: <step> <ms> ms" line', () => {
    vi.stubEnv('BENCH_TIMINGS', '1');
    const { logger, lines } = recordingLogger();
    logElapsed(logger, 'pagefind', performance.now() - 25);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^bench: pagefind \d+ ms$/);
    expect(Number(/(\d+) ms/.exec(lines[0] ?? '')?.[1])).toBeGreaterThanOrEqual(25);
  });

  test.each([undefined, '', '0'])('with BENCH_TIMINGS=%s: nothing', (value) => {
    vi.stubEnv('BENCH_TIMINGS', value);
    const { logger, lines } = recordingLogger();
    logElapsed(logger, 'normalize', performance.now());
    expect(lines).toEqual([]);
  });
});
