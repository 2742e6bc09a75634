// `npm run check:banks -- <folder>` and the rule line of `npm run normalize`, as an editor runs them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run check:banks', () => {
  test('one row per bank of the fixtures folder, with rule, counts and lines kept; exit 0', () => {
    const { status, stdout } = run('src/normalize/check-banks.ts', 'tests/fixtures/banks');
    expect(status).toBe(0);
    const rows = stdout
      .split('\n')
      .filter((line) => line.startsWith('| ') && !line.startsWith('| file') && !line.startsWith('| -'));
    const cells = rows.map((row) =>
      row
        .split('|')
        .map((cell) => cell.trim())
        .filter(Boolean),
    );
    expect(cells.map(([file, rule, questions]) => [file, rule, questions])).toEqual([
      ['bold-questions.md', 'bold-line', '3'],
      ['details-blocks.md', 'details', '3'],
      ['front-matter-plain.md', 'plain-heading h3', '2'],
      ['list-headings.md', 'list-heading h3', '4'],
      ['numbered-headings.md', 'marked-heading h2', '3'],
      ['q-dot-headings.md', 'marked-heading h2', '3'],
    ]);
    expect(cells.find(([file]) => file === 'q-dot-headings.md')?.slice(3, 6)).toEqual(['2', 'Junior, Mid, Senior', '16/31']);
    expect(stdout).toContain('together: 18 questions in 6 bank(s)');
  });

  test('a file with no questions is its own row with an error at file:1; the others still normalize; exit 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'check-banks-'));
    writeFileSync(join(folder, 'notes.md'), '# Notes\n\nJust prose.\n');
    writeFileSync(join(folder, 'good.md'), '# Good\n\n## 1. What?\n\nThis.\n\n## 2. Why?\n\nThat.\n');
    const { status, stdout, stderr } = run('src/normalize/check-banks.ts', folder);
    expect(status).toBe(1);
    expect(stdout).toContain('together: 2 questions in 1 bank(s) (good)');
    expect(stderr).toContain(`${join(folder, 'notes.md')}:1: no questions found`);
  });

  test('no folder: usage, exit 2', () => {
    expect(run('src/normalize/check-banks.ts').status).toBe(2);
  });
});

describe('npm run normalize', () => {
  test('prints the bank, its id and the rule used with its reason', () => {
    const out = mkdtempSync(join(tmpdir(), 'normalize-rule-'));
    const { status, stdout } = run('src/normalize/cli.ts', '--source', 'tests/fixtures/banks/names/README.md', '--out', out);
    expect(status).toBe(0);
    expect(stdout).toContain(
      'tests/fixtures/banks/names/README.md: bank "hill-walking-questions", 2 questions by rule plain-heading: 2 distinct h3 headings with text of their own, the most of any level',
    );
  });
});
