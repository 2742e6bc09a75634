// Unit tests for the assign-slugs pass: slugs from titles, unique, overridable, stable across renumbering.
import { describe, expect, test } from 'vitest';
import { assignSlugs, slugify } from '../../src/normalize/assign-slugs.ts';
import { draftFrom, TEST_BANK, testBankOverrides } from '../support/draft.ts';

const slugsOf = (markdown: string, overridesYaml?: string) => {
  const overrides = overridesYaml === undefined ? undefined : testBankOverrides(overridesYaml);
  const { bank, context } = draftFrom(markdown, overrides);
  const result = assignSlugs(bank, context);
  return { slugs: result.questions.map((question) => question.slug), report: context.report };
};

describe('slugify', () => {
  test.each([
    ['What is Node.js and what are its key features?', 'what-is-nodejs-and-what-are-its-key-features'],
    ['Explain require()', 'explain-require'],
    ['Café naïve', 'cafe-naive'],
    ['What is `this`?', 'what-is-this'],
    ['  Spaces -- and -- dashes  ', 'spaces-and-dashes'],
    ['日本語のテスト', '日本語のテスト'],
    ['Что такое замыкание?', 'что-такое-замыкание'],
    ['JavaScript 中的 this 是什么？', 'javascript-中的-this-是什么'],
    ['𝐀 styled letter', 'a-styled-letter'],
    ['🚀', ''],
  ])('%j → %j', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });
});

describe('assignSlugs', () => {
  test('a title in another script keeps its letters, as GitHub anchors do; a title of no letters falls back to question-N', () => {
    expect(slugsOf('# Bank\n\n### Q3: 日本語のテスト\nBody.\n').slugs).toEqual(['日本語のテスト']);
    expect(slugsOf('# Bank\n\n### Q3: 🚀\nBody.\n').slugs).toEqual(['question-3']);
  });

  test('the same title twice gets a -2 suffix and a warning at the second heading', () => {
    const { slugs, report } = slugsOf('# Bank\n\n### Q1: What is X?\nA.\n\n### Q2: What is X?\nB.\n');
    expect(slugs).toEqual(['what-is-x', 'what-is-x-2']);
    expect(report).toEqual([
      {
        pass: 'assign-slugs',
        severity: 'warning',
        line: 6,
        message: 'Q2 "What is X?" has the same slug as an earlier question: it becomes "what-is-x-2"',
      },
    ]);
  });

  test('questions.<auto-slug>.slug in the overrides is used, with a fix', () => {
    const { slugs, report } = slugsOf('# Bank\n\n### Q1: What is X?\nA.\n', 'questions:\n  what-is-x:\n    slug: x-explained\n');
    expect(slugs).toEqual(['x-explained']);
    expect(report).toEqual([
      { pass: 'assign-slugs', severity: 'fix', line: 3, message: 'Q1 uses the slug "x-explained" from the overrides' },
    ]);
  });

  test('inserting a question first changes no other slug', () => {
    const before = slugsOf('# Bank\n\n### Q1: Alpha?\nA.\n\n### Q2: Beta?\nB.\n').slugs;
    const after = slugsOf('# Bank\n\n### Q1: New one?\nN.\n\n### Q2: Alpha?\nA.\n\n### Q3: Beta?\nB.\n').slugs;
    expect(before).toEqual(['alpha', 'beta']);
    expect(after).toEqual(['new-one', 'alpha', 'beta']);
  });

  test('slugs taken by an earlier bank are not reused', () => {
    const { bank, context } = draftFrom('# Bank\n\n### Q1: Alpha?\nA.\n');
    context.taken.add('alpha');
    expect(assignSlugs(bank, context).questions[0]?.slug).toBe('alpha-2');
    expect(context.taken.has('alpha-2')).toBe(true);
  });

  test('does not mutate its input', () => {
    const { bank, context } = draftFrom('# Bank\n\n### Q1: Alpha?\nA.\n');
    const before = structuredClone(bank);
    assignSlugs(bank, context);
    expect(bank).toEqual(before);
  });

  describe('URLs published for another bank', () => {
    const markdown = '# Bank\n\n### Q1: What are streams?\nBody.\n\n### Q2: What is a buffer?\nBody.\n';
    const withOwners = (owners: Record<string, string>) => {
      const { bank, context } = draftFrom(markdown);
      const result = assignSlugs(bank, { ...context, owners: new Map(Object.entries(owners)) });
      return { slugs: result.questions.map((question) => question.slug), report: context.report };
    };

    test('a slug published for another bank is never taken: the question gets the next free one, with a warning', () => {
      const { slugs, report } = withOwners({ 'what-are-streams': 'original-bank', 'what-are-streams-2': 'original-bank' });
      expect(slugs).toEqual(['what-are-streams-3', 'what-is-a-buffer']);
      expect(report).toEqual([
        {
          pass: 'assign-slugs',
          severity: 'warning',
          line: 3,
          message:
            'Q1 "What are streams?": /questions/what-are-streams/ is published for a question of the bank "original-bank", so this one becomes "what-are-streams-3"',
        },
      ]);
    });

    test("a slug published for this bank's own question stays with it", () => {
      expect(withOwners({ 'what-are-streams': TEST_BANK })).toEqual({
        slugs: ['what-are-streams', 'what-is-a-buffer'],
        report: [],
      });
    });
  });
});
