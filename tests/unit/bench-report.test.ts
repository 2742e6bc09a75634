// Unit tests for the bench report's machine line: it says the machine was busy only when the load average says so.
import { describe, expect, test } from 'vitest';
import { BUSY_LOAD, loadRemark, machineLine } from '../bench/report.ts';

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
