// Unit tests for emit-mdx: escaped MDX bodies, validated records, and pages with YAML frontmatter.
import { createProcessor } from '@mdx-js/mdx';
import type { RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { questionPage, questionRecord, toMdxBody } from '../../src/normalize/emit-mdx.ts';
import type { DraftQuestion } from '../../src/normalize/model.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { draftFrom } from '../support/draft.ts';
import { mdxCodeNodes, mdxText } from '../support/mdx-code.ts';

const { bank } = draftFrom('# Bank\n\n### Q1: What is X?\nX is a thing.\n');

const finished: DraftQuestion = {
  number: 1,
  title: 'What is X?',
  headingText: 'Q1: What is X?',
  headingLine: 3,
  sourceSection: undefined,
  blocks: [],
  endLine: 4,
  aliases: ['q1-what-is-x'],
  slug: 'what-is-x',
  difficulty: 'hard',
  difficultyLabel: 'Hard',
  topics: ['basics'],
  summary: 'X is a thing.',
  sections: [],
  related: ['what-is-y'],
  readingMinutes: 1,
};

describe('toMdxBody', () => {
  test.each([
    ['{', 'Use {x} here.', 'Use \\{x} here.\n'],
    ['<', 'if a<b then', 'if a\\<b then\n'],
  ])('escapes %s in text', (_, value, mdx) => {
    expect(toMdxBody([{ type: 'paragraph', children: [{ type: 'text', value }] }])).toBe(mdx);
  });

  test('keeps code verbatim in a fence with its language and meta', () => {
    const code: RootContent = { type: 'code', lang: 'javascript', meta: 'title="a.js"', value: 'if (a < b) {\n\tx();  \n}' };
    expect(toMdxBody([code])).toBe('```javascript title="a.js"\nif (a < b) {\n\tx();  \n}\n```\n');
  });
});

describe('toMdxBody: nothing in a bank becomes MDX code', () => {
  test.each([
    ['an import of a local module', "import './write-file.mjs';"],
    ['a named import', "import fs from 'node:fs'"],
    ['an export with a side effect', 'export const x = (() => { globalThis.ran = true })();'],
    ['a default export', 'export default function Page() {}'],
    ['a Docusaurus component import', "import TOCInline from '@theme/TOCInline';"],
    ['an expression that logs', "{console.log('ran')}"],
    ['an MDX comment', '{/* hidden */}'],
  ])('%s is text, at the start of a paragraph, a later line, a list item and a quote', (_, line) => {
    const markdown = `${line}\n\nText\n${line}\n\n- ${line}\n\n> ${line}\n`;
    const mdx = toMdxBody(parseMarkdown(markdown).children);
    expect(mdxCodeNodes(mdx)).toEqual([]);
    expect(mdxText(mdx).split(line).length - 1).toBe(4);
  });
});

describe('toMdxBody under MDX (regressions found by fuzzing)', () => {
  test('a code span over several lines in a list item stays a code span, and no fence appears', () => {
    const markdown = '* stream\n  b\n        ```\n        ``a ` b``\n        ```\n\n  - next item\n';
    const mdx = toMdxBody(parseMarkdown(markdown).children);
    const tree = createProcessor().parse(mdx);
    const types: string[] = [];
    visit(tree, (node) => void types.push(node.type));
    expect(types).not.toContain('code');
    expect(types).toContain('inlineCode');
    expect(mdx).toContain('next item');
  });
});

describe('questionRecord', () => {
  test('builds the record from the bank and the question', () => {
    expect(questionRecord(bank, finished)).toMatchObject({
      bank: 'test',
      slug: 'what-is-x',
      source: { file: 'test.md', startLine: 3, endLine: 4 },
    });
  });

  test('rejects a record without topics', () => {
    expect(() => questionRecord(bank, { ...finished, topics: [] })).toThrow(/topics/);
    const { topics: _omitted, ...withoutTopics } = finished;
    expect(() => questionRecord(bank, withoutTopics)).toThrow(expect.objectContaining({ name: 'ZodError' }));
  });
});

describe('questionPage', () => {
  test('starts with YAML frontmatter holding the record', () => {
    const body: RootContent[] = [{ type: 'paragraph', children: [{ type: 'text', value: 'X is a thing.' }] }];
    const page = questionPage(questionRecord(bank, finished), body);
    expect(page.startsWith('---\n')).toBe(true);
    const [, yaml, rest] = page.split(/^---$/m);
    expect(parse(yaml ?? '')).toMatchObject({
      number: 1,
      title: 'What is X?',
      slug: 'what-is-x',
      difficulty: 'hard',
      difficultyLabel: 'Hard',
      topics: ['basics'],
      summary: 'X is a thing.',
      related: ['what-is-y'],
    });
    expect(rest).toBe('\n\nX is a thing.\n');
  });

  test('a null difficultyLabel is written as null', () => {
    const page = questionPage(questionRecord(bank, { ...finished, difficulty: 'unrated', difficultyLabel: null }), []);
    expect(page).toContain('\ndifficulty: unrated\ndifficultyLabel: null\n');
  });
});
