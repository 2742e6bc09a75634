// The real-bank bench scenario's pure parts: which sample bank it picks, and the table that compares per-question cost.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { largestBank, realBankTable } from '../bench/real-bank.ts';

describe('largestBank', () => {
  test('picks the biggest markdown bank, never the folder notes', () => {
    const folder = mkdtempSync(join(tmpdir(), 'sample-banks-'));
    writeFileSync(join(folder, 'small.md'), '# Small\n');
    writeFileSync(join(folder, 'large.md'), `# Large\n${'x'.repeat(500)}\n`);
    writeFileSync(join(folder, 'SOURCES.md'), 'y'.repeat(5000));
    writeFileSync(join(folder, 'notes.txt'), 'z'.repeat(9000));
    expect(largestBank(folder)).toBe(join(folder, 'large.md'));
  });

  test('is undefined when the folder is missing', () => {
    expect(largestBank(join(tmpdir(), 'no-such-folder-for-banks'))).toBeUndefined();
  });
});

describe('realBankTable', () => {
  test('gives each build its time per question and its ratio to the original alone', () => {
    const table = realBankTable([
      { label: 'original bank alone', questions: 20, wallMs: 4000, maxRssKiB: 900 * 1024 },
      { label: 'original + big.md', questions: 584, wallMs: 58_400, maxRssKiB: 1500 * 1024 },
    ]);
    expect(table).toContain('| original bank alone | 20 | 4.0 s | 200 ms (1.00×) | 900 MiB |');
    expect(table).toContain('| original + big.md | 584 | 58.4 s | 100 ms (0.50×) | 1500 MiB |');
  });
});
