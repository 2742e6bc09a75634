// Build test: every failure an editor can cause ends the build with one `<file>:<line>: <message>` line, no stack
// trace, a non-zero exit, and the generated pages of the last good build left exactly as they were.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixtureSite, type FixtureBuild } from '../support/fixture-site.ts';

const GOOD_BANK = [
  '# Fixture Bank', // 1
  '',
  '### Q1: What is a stream?', // 3
  '',
  '**Difficulty: Easy**', // 5
  '',
  'A sequence of data over time.',
  '',
  '```js',
  'stream.pipe(process.stdout);',
  '```',
  '',
].join('\n');
const GOOD_OVERRIDES = 'difficultyWords:\n  beginner: easy\n';

/** Editors' mistakes: the files to write, and the one line the build must print. */
const MISTAKES: ReadonlyArray<readonly [string, Record<string, string>, string]> = [
  [
    'a code fence that never closes',
    { 'content/bank.md': `${GOOD_BANK}\n### Q2: What is a buffer?\n\n**Difficulty: Easy**\n\n\`\`\`js\nBuffer.from('x');\n` },
    'content/bank.md:17: code fence ``` opened here is never closed',
  ],
  [
    'an unknown difficulty word',
    // Not "Intermediate": common level words (Junior, Intermediate, Senior) are known since banks of every shape are read.
    { 'content/bank.md': GOOD_BANK.replace('**Difficulty: Easy**', '**Difficulty: Spicy**') },
    'content/bank.md:5: unknown difficulty "Spicy": use one of Easy, Medium, Hard, Advanced, Expert, or map the word under difficultyWords in content/overrides.yaml',
  ],
  [
    'overrides that are not valid YAML',
    { 'content/overrides.yaml': 'difficultyWords:\n  beginner: easy\nquestions:\n  what-is-a-stream: {difficulty: hard\n' },
    'content/overrides.yaml:5: Flow map in block collection must be sufficiently indented and end with a }',
  ],
  [
    'an unknown key in the overrides',
    { 'content/overrides.yaml': `${GOOD_OVERRIDES}colours:\n  easy: green\n` },
    'content/overrides.yaml:3: colours: Unrecognized key: "colours"',
  ],
  [
    'a difficulty the scale does not have, in the overrides',
    { 'content/overrides.yaml': 'difficultyWords:\n  beginner: trivial\n' },
    'content/overrides.yaml:2: difficultyWords.beginner: Invalid option: expected one of "easy"|"medium"|"hard"|"advanced"|"expert"',
  ],
  [
    'a bank in which no rule finds a question (any file name is accepted)',
    { 'content/Bank Two.md': '# Notes\n\nJust prose, no question.\n' },
    'content/Bank Two.md:1: no questions found: a question is a heading ("### Q1: …", "## 1. …", "## Q. …", repeated "### …"), a "1. ### …" list item, a <details><summary> block or a bold line ending in "?"',
  ],
];

function restoreGoodContent(root: string): void {
  writeFileSync(join(root, 'content', 'bank.md'), GOOD_BANK);
  writeFileSync(join(root, 'content', 'overrides.yaml'), GOOD_OVERRIDES);
}

function snapshot(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name))
      .map((path) => [relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex')] as const),
  );
}

describe('a build stopped by a mistake in the content', () => {
  let good: FixtureBuild;
  let pages: Map<string, string>;

  beforeAll(() => {
    good = buildFixtureSite({ 'content/bank.md': GOOD_BANK, 'content/overrides.yaml': GOOD_OVERRIDES });
    pages = snapshot(join(good.root, 'src', 'content'));
  }, 300_000);

  test('the fixture builds when nothing is wrong', () => {
    expect(good.status, good.output).toBe(0);
    expect([...pages.keys()]).toContain(join('questions', 'what-is-a-stream.mdx'));
  });

  test.each(MISTAKES)(
    '%s: one line naming file and line, no stack trace, exit 1, pages untouched',
    (_, files, line) => {
      const failed = buildFixtureSite(files, {}, good.root);
      const after = snapshot(join(good.root, 'src', 'content'));
      for (const path of Object.keys(files)) rmSync(join(good.root, path));
      restoreGoodContent(good.root);

      expect(failed.status).not.toBe(0);
      const errors = failed.output.split('\n').filter((text) => text.includes('[ERROR]'));
      expect(errors, failed.output).toHaveLength(1);
      expect(errors[0]?.endsWith(` ${line}`), `${errors[0]}\nshould end with\n ${line}`).toBe(true);
      expect(failed.output).not.toContain('\n    at ');
      expect(after).toEqual(pages);
    },
    300_000,
  );
});
