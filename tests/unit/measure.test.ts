// The measuring runner used by fixture builds and the bench: status, output, wall time, peak memory.
import { existsSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { measure } from '../support/measure.ts';

describe('measure', () => {
  test('a command that holds 64 MiB: exit 0, its output, its time, a peak above 64 MiB (with GNU time)', () => {
    const script = 'const b = Buffer.alloc(64 * 1024 * 1024, 1); setTimeout(() => console.log("done", b.length), 50);';
    const run = measure(process.execPath, ['-e', script], process.cwd());
    expect(run.status).toBe(0);
    expect(run.output).toContain('done 67108864');
    expect(run.wallMs).toBeGreaterThanOrEqual(50);
    if (existsSync('/usr/bin/time')) expect(run.maxRssKiB).toBeGreaterThan(64 * 1024);
    else expect(run.maxRssKiB).toBeUndefined();
  });

  test('a failing command: its exit status and stderr, and still a figure', () => {
    const run = measure(process.execPath, ['-e', 'console.error("broken"); process.exit(3)'], process.cwd());
    expect(run.status).toBe(3);
    expect(run.output).toContain('broken');
    if (existsSync('/usr/bin/time')) expect(run.maxRssKiB).toBeGreaterThan(0);
  });

  test('passes extra environment variables', () => {
    const run = measure(process.execPath, ['-e', 'console.log(process.env.BENCH_PROBE)'], process.cwd(), { BENCH_PROBE: 'yes' });
    expect(run.output).toContain('yes');
  });
});
