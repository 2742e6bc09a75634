// The normalizer's command line as editors and tools use it: exit codes, messages, --check, --out, --report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'normalize-cli-'));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['src/normalize/cli.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function bank(name: string, text: string): string {
  const file = join(work, name);
  writeFileSync(file, text);
  return file;
}

const good = bank('good.md', '# Bank\n\n### Q1: What is a stream?\n**Difficulty: Easy**\n\nA stream is data over time.\n');

describe('npm run normalize', () => {
  test('writes pages and a report, prints a summary, exits 0', () => {
    const out = join(work, 'out');
    const report = join(work, 'report.json');
    const overrides = bank('good.yaml', 'banks:\n  good:\n    topics:\n      streams: { name: Streams, keywords: [stream] }\n');
    const run = cli('--source', good, '--out', out, '--report', report, '--overrides', overrides);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('1 questions in 1 bank(s)');
    expect(readdirSync(join(out, 'questions'))).toEqual(['what-is-a-stream.mdx']);
    // The bank's own block of the overrides gives it a vocabulary that files the question: nothing to report.
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual([]);
  });

  test('--check validates without writing', () => {
    const out = join(work, 'checked');
    const run = cli('--source', good, '--out', out, '--check');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  test.each([
    [
      'an unclosed fence',
      'fence.md',
      '# B\n\n### Q1: A?\n**Difficulty: Easy**\n\n```js\nx\n',
      ':6: code fence ``` opened here is never closed',
    ],
    [
      'an unknown difficulty',
      'word.md',
      '# B\n\n### Q1: A?\n**Difficulty: Tricky**\n\nText.\n',
      ':4: unknown difficulty "Tricky"',
    ],
    ['an empty file', 'empty.md', '', ':1: the file is empty'],
  ])('%s: exit 1, `<file>:<line>: <message>` on stderr, no stack trace, nothing written', (_, name, text, message) => {
    const file = bank(name, text);
    const out = join(work, `out-${name}`);
    const run = cli('--source', file, '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${file}${message}`);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  test('a bad overrides file names itself and the line', () => {
    const overrides = bank(
      'overrides.yaml',
      'banks:\n  good:\n    questions:\n      what-is-a-stream:\n        difficulty: tricky\n',
    );
    const run = cli('--source', good, '--overrides', overrides, '--check');
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toMatch(new RegExp(`^${overrides}:5: banks\\.good\\.questions\\.what-is-a-stream\\.difficulty: `));
  });

  test('--permalinks: a published URL that would disappear is exit 1 at its manifest line, and nothing is written', () => {
    const manifest = bank(
      'permalinks.json',
      '[\n  {\n    "url": "/questions/gone/",\n    "slug": "gone",\n    "title": "Gone?"\n  }\n]\n',
    );
    const before = readFileSync(manifest, 'utf8');
    const out = join(work, 'out-gone');
    const run = cli('--source', good, '--permalinks', manifest, '--overrides', join(work, 'none.yaml'), '--out', out);
    expect(run.status).toBe(1);
    expect(run.stderr.trim()).toBe(
      `${manifest}:3: published URL /questions/gone/ would disappear; add a redirect under redirects in ${join(work, 'none.yaml')}`,
    );
    expect(readFileSync(manifest, 'utf8')).toBe(before);
    expect(existsSync(out)).toBe(false);
  });

  test('--permalinks: with the redirect declared, the manifest is rewritten with the new URL and the moved one', () => {
    const manifest = bank(
      'moved.json',
      '[\n  {\n    "url": "/questions/gone/",\n    "slug": "gone",\n    "title": "Gone?"\n  }\n]\n',
    );
    const overrides = bank('moved.yaml', 'redirects:\n  gone: what-is-a-stream\n');
    const run = cli('--source', good, '--permalinks', manifest, '--overrides', overrides, '--out', join(work, 'out-moved'));
    expect(run.status).toBe(0);
    expect(JSON.parse(readFileSync(manifest, 'utf8'))).toEqual([
      { url: '/questions/gone/', slug: 'gone', bank: 'good', title: 'Gone?', movedTo: '/questions/what-is-a-stream/' },
      { url: '/questions/what-is-a-stream/', slug: 'what-is-a-stream', bank: 'good', title: 'What is a stream?' },
    ]);
  });

  test('an unknown option: exit 2 with the usage', () => {
    const run = cli('--nope');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage: npm run normalize');
  });
});
