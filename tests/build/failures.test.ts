// Build test: every failure an editor can cause ends the build with Astro's error saying one `<file>:<line>: <message>`
// line, no stack trace, a non-zero exit, and the generated pages of the last good build left exactly as they were.
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
const GOOD_OVERRIDES = 'banks:\n  bank:\n    difficultyWords:\n      beginner: easy\n';

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
    'content/bank.md:5: unknown difficulty "Spicy": use one of Easy, Medium, Hard, Advanced, Expert, or map the word under banks.bank.difficultyWords in content/overrides.yaml',
  ],
  [
    'overrides that are not valid YAML',
    { 'content/overrides.yaml': `${GOOD_OVERRIDES}    questions:\n      what-is-a-stream: {difficulty: hard\n` },
    'content/overrides.yaml:7: Flow map in block collection must be sufficiently indented and end with a }',
  ],
  [
    'an unknown key in the overrides',
    { 'content/overrides.yaml': `${GOOD_OVERRIDES}colours:\n  easy: green\n` },
    'content/overrides.yaml:5: colours: Unrecognized key: "colours"',
  ],
  [
    'a difficulty the scale does not have, in the overrides',
    { 'content/overrides.yaml': GOOD_OVERRIDES.replace('easy', 'trivial') },
    'content/overrides.yaml:4: banks.bank.difficultyWords.beginner: Invalid option: expected one of "easy"|"medium"|"hard"|"advanced"|"expert"',
  ],
  [
    'overrides written before they were per bank',
    { 'content/overrides.yaml': 'questions:\n  what-is-a-stream:\n    difficulty: hard\n' },
    'content/overrides.yaml:1: questions: choices are per bank now; move this under banks.<bank id>.questions',
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
      // Astro prints the error it was given: its message is the source's line, and nothing else names a line.
      const namingLines = failed.output.split('\n').filter((text) => /[^\s:]+:\d+: /.test(text));
      expect(namingLines, failed.output).toEqual([`[AstroUserError] ${line}`]);
      expect(failed.output).not.toContain('\n    at ');
      expect(failed.output).not.toContain('Stack trace');
      expect(after).toEqual(pages);
    },
    300_000,
  );

  test('a build that fails after the normalizer (here a broken page) leaves content/ and the last good dist/ as they were', () => {
    const content = snapshot(join(good.root, 'content'));
    const site = snapshot(good.dist);
    const broken = join(good.root, 'src', 'pages', 'broken.astro');
    // A new question would add a URL to the manifest, if the manifest were written before the site was built.
    const files = { 'content/bank.md': `${GOOD_BANK}\n### Q2: What is a buffer?\n\n**Difficulty: Easy**\n\nBytes.\n` };
    writeFileSync(broken, '---\nthrow new Error("this page cannot be built");\n---\n');
    const failed = buildFixtureSite(files, {}, good.root);
    const after = snapshot(join(good.root, 'content'));
    const siteAfter = snapshot(good.dist);
    rmSync(broken);
    restoreGoodContent(good.root);

    expect(failed.status).not.toBe(0);
    expect(failed.output).toContain('this page cannot be built');
    // Every file but the bank this test edited, the manifest first among them.
    const editorsFiles = (files: Map<string, string>) => new Map([...files].filter(([path]) => path !== 'bank.md'));
    expect(after.get('permalinks.json')).toBeDefined();
    expect(editorsFiles(after)).toEqual(editorsFiles(content));
    // Astro empties its output folder first; the build writes into a staging folder, so the site stays whole.
    expect(site.get('index.html')).toBeDefined();
    expect(siteAfter).toEqual(site);
  }, 300_000);
});
