// Unit tests for the bench report: the machine line says the machine was busy only when the load average says so,
// and the build table shows the median of the runs' figures.
import { describe, expect, test } from 'vitest';
import type { RunFigures } from '../bench/measure-scale.ts';
import { BUSY_LOAD, buildTable, loadRemark, machineLine, medianOf } from '../bench/report.ts';

describe('the load remark', () => {
  test('an idle start: nothing else was running', () => {
    expect(loadRemark([0.1, 1.7, 1.9])).toBe('nothing else was running at the start');
  });

  test('a busy start (one-minute load above the threshold): the times are noisy', () => {
    expect(loadRemark([BUSY_LOAD + 0.4, 0.2, 0.1])).toBe('the machine was already busy at the start, so times are noisy');
  });

  test('the five- and fifteen-minute averages (an earlier job winding down) do not count', () => {
    expect(loadRemark([0.2, 3.5, 2.2])).toBe('nothing else was running at the start');
  });

  test('the machine line carries the loads at start and the remark', () => {
    const line = machineLine([0.1, 1.7, 1.9]);
    expect(line).toContain('load average (1/5/15 min) 0.1 / 1.7 / 1.9 at start');
    expect(line.endsWith(': nothing else was running at the start.')).toBe(true);
  });
});

describe('the build table', () => {
  const run = (buildMiB: number | undefined): RunFigures => ({
    questions: 20,
    normalizeCli: { ms: 600, maxRssKiB: 200 * 1024 },
    build: { ms: 3200, maxRssKiB: buildMiB === undefined ? undefined : buildMiB * 1024 },
    normalizeInBuildMs: 450,
    pagefindInBuildMs: 160,
    pagefindCli: { ms: 300, maxRssKiB: 50 * 1024 },
    pagesBuilt: 41,
    distBytes: 3_000_000,
    distFiles: 200,
  });
  const rowOf = (table: string, label: string) => table.split('\n').find((line) => line.includes(label));

  test("the build's peak memory is the median of the runs'", () => {
    const median = medianOf([run(550), run(560), run(540)]);
    const table = buildTable([{ scale: 1, runs: 3, median }]);
    expect(rowOf(table, 'peak memory (largest process)')).toBe('| `npm run build`: peak memory (largest process) | 550 MiB |');
  });

  test('without GNU time, the peak is not guessed', () => {
    const table = buildTable([{ scale: 1, runs: 1, median: medianOf([run(undefined)]) }]);
    expect(rowOf(table, 'peak memory (largest process)')).toBe('| `npm run build`: peak memory (largest process) | n/a |');
  });
});
