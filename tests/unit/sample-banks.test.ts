// The public sample banks beside the project (../shared/banks, never copied in): each publishes whole, alone and together.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { normalize, type SourceFile } from '../../src/normalize/pipeline.ts';
import { lineOwners } from '../support/line-owners.ts';

const BANKS = '../shared/banks';

/** Each bank, the rule that must find its questions, and how many SOURCES.md counts by the format's own pattern. */
const SAMPLES: Array<[string, string, number]> = [
  ['devinterview-node-interview-questions.md', 'marked-heading', 15],
  ['learning-zone-nodejs-basics.md', 'marked-heading', 166],
  ['sudheerj-javascript-interview-questions.md', 'list-heading', 564],
  ['yangshun-fe-handbook-javascript-questions.md', 'plain-heading', 55],
];

const sourceOf = (name: string): SourceFile => ({
  file: `${BANKS}/${name}`,
  id: name.replace(/\.md$/, ''),
  bytes: readFileSync(`${BANKS}/${name}`),
});

describe.each(SAMPLES)('%s', (name, rule, count) => {
  const source = sourceOf(name);
  const result = normalize([source], emptyOverrides());

  test(`no error; ${count} questions by the ${rule} rule`, () => {
    expect(result.report.filter((entry) => entry.severity === 'error')).toEqual([]);
    expect(result.banks[0]?.shape?.rule).toBe(rule);
    expect(result.questions).toHaveLength(count);
  });

  test('every line is on exactly one page, or in the report as dropped', () => {
    const owners = lineOwners(source);
    const lines = new TextDecoder().decode(source.bytes).split('\n');
    const unowned = lines.flatMap((line, index) =>
      line.trim() !== '' && (owners.get(index + 1) ?? []).length !== 1 ? [`${index + 1}: ${line}`] : [],
    );
    expect(unowned).toEqual([]);
  });
});

test('the four banks together: 800 questions, four ids, no two questions on one URL', () => {
  const result = normalize(
    SAMPLES.map(([name]) => sourceOf(name)),
    emptyOverrides(),
  );
  expect(result.report.filter((entry) => entry.severity === 'error')).toEqual([]);
  expect(result.banks).toHaveLength(4);
  expect(result.questions).toHaveLength(800);
  expect(new Set(result.questions.map((question) => question.record.slug)).size).toBe(800);
});
