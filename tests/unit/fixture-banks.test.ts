// Banks in every shape the normalizer reads (our own text, tests/fixtures/banks/): golden output and conservation.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { normalize, type SourceFile } from '../../src/normalize/pipeline.ts';
import { goldenFiles, resultFiles, writeGolden } from '../support/golden.ts';
import { lineOwners } from '../support/line-owners.ts';

const FIXTURES = 'tests/fixtures/banks';
const GOLDEN = 'tests/golden/fixtures';

function sourceOf(path: string): SourceFile {
  const name = path.split('/').at(-1) ?? path;
  return { file: path, id: name.replace(/\.md$/, ''), bytes: readFileSync(path) };
}

/** Each shape alone, and the folder of file names together (its banks must not collide). */
const CASES: Array<[string, SourceFile[]]> = [
  ...readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name): [string, SourceFile[]] => [name.replace(/\.md$/, ''), [sourceOf(join(FIXTURES, name))]]),
  [
    'names',
    readdirSync(join(FIXTURES, 'names'))
      .sort()
      .map((name) => sourceOf(join(FIXTURES, 'names', name))),
  ],
];

describe.each(CASES)('%s', (name, sources) => {
  const result = normalize(sources, emptyOverrides());
  const actual = resultFiles(result);
  if (process.env.UPDATE === '1') writeGolden(join(GOLDEN, name), actual);
  const golden = goldenFiles(join(GOLDEN, name));

  test('normalizes whole: no error, at least two questions per bank', () => {
    expect(result.report.filter((entry) => entry.severity === 'error')).toEqual([]);
    for (const bank of result.banks) {
      expect(result.questions.filter((question) => question.record.bank === bank.id).length).toBeGreaterThanOrEqual(2);
    }
  });

  test('matches its golden files (UPDATE=1 npm run test:unit regenerates)', () => {
    expect([...actual.keys()].sort()).toEqual([...golden.keys()].sort());
    for (const [path, content] of golden) expect(actual.get(path), path).toBe(content);
  });

  test.each(sources.map((source) => [source.file, source] as const))(
    'every line of %s is on exactly one page, or in the report as dropped',
    (_, source) => {
      const owners = lineOwners(source);
      const lines = new TextDecoder().decode(source.bytes).split('\n');
      for (const [index, line] of lines.entries()) {
        if (line.trim() === '') continue;
        expect(owners.get(index + 1) ?? [], `line ${index + 1}: ${line}`).toHaveLength(1);
      }
    },
  );

  test.each(sources.map((source) => [source.file, source] as const))(
    'every word of each kept line of %s is on the page that owns it',
    (_, source) => {
      const owners = lineOwners(source);
      const pageOf = (owner: string) =>
        owner === 'intro' || owner === 'title' || owner === 'section'
          ? (result.banks.find((bank) => bank.record.file === source.file)?.mdx ?? '')
          : (result.questions.find(
              (question) =>
                question.record.source.file === source.file && question.record.source.startLine === Number(owner.slice(1)),
            )?.mdx ?? '');
      const lines = new TextDecoder().decode(source.bytes).split('\n');
      for (const [index, line] of lines.entries()) {
        const [owner] = owners.get(index + 1) ?? [];
        if (!owner || owner === 'dropped' || owner === 'markup') continue;
        const page = pageOf(owner);
        // A section's number orders it in the source; the site lists sections as topics, by name.
        const wordPattern = owner === 'section' ? /\p{L}+/gu : /[\p{L}\p{N}]+/gu;
        for (const word of line.replace(/<[^>]*>/g, ' ').match(wordPattern) ?? []) {
          if (STRUCTURE_WORDS.has(word)) continue;
          expect(page, `line ${index + 1}: "${word}" of ${line}`).toContain(word);
        }
      }
    },
  );
});

/** Words the source uses for structure, which pages show by layout: labels, markers, admonition kinds. */
const STRUCTURE_WORDS = new Set(['Q', 'A', 'Answer', 'Difficulty', 'Level', 'info']);
