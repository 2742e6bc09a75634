/** Runs a command to its end and measures it: wall time, and peak memory through GNU time where it is installed. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GNU_TIME = '/usr/bin/time';
// Astro prints a line per page and a warning per MDX file: a 1,000-question build writes megabytes.
const MAX_OUTPUT = 512 * 1024 * 1024;

/** What a measured command did and cost. */
export interface Measured {
  status: number | null;
  /** stdout then stderr. */
  output: string;
  wallMs: number;
  /** Peak resident memory of the largest process in the command's tree, KiB; undefined without GNU time. */
  maxRssKiB: number | undefined;
}

/** Runs `command args` in `cwd` with `env` added to this process's environment. */
export function measure(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
  baseEnv: NodeJS.ProcessEnv = process.env,
): Measured {
  const usageDir = mkdtempSync(join(tmpdir(), 'measure-'));
  const usageFile = join(usageDir, 'usage');
  const timed = existsSync(GNU_TIME);
  const [file, argv] = timed ? [GNU_TIME, ['-f', '%M', '-o', usageFile, command, ...args]] : [command, args];
  const started = performance.now();
  const run = spawnSync(file, argv, { cwd, encoding: 'utf8', maxBuffer: MAX_OUTPUT, env: { ...baseEnv, ...env } });
  const wallMs = performance.now() - started;
  // GNU time writes "Command exited with non-zero status N" before the figure when the command fails.
  const figure = timed && existsSync(usageFile) ? readFileSync(usageFile, 'utf8').trim().split('\n').at(-1) : undefined;
  rmSync(usageDir, { recursive: true, force: true });
  const maxRssKiB = figure && /^\d+$/.test(figure) ? Number(figure) : undefined;
  const output = `${run.stdout ?? ''}\n${run.stderr ?? ''}${run.error ? `\n${run.error.message}` : ''}`;
  return { status: run.status, output, wallMs, maxRssKiB };
}
