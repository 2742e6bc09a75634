// Unit tests for the summaries pass: the first sentence of the first paragraph, or the title.
import { describe, expect, test } from 'vitest';
import { firstSentence, writeSummaries } from '../../src/normalize/summaries.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

describe('firstSentence', () => {
  test.each([
    ['Node.js is a runtime. It runs JS.', 'Node.js is a runtime.'],
    ['Use a tool, e.g. npm or yarn. It works.', 'Use a tool, e.g. npm or yarn.'],
    ['Use a framework, e.g. Express, to route. Then go.', 'Use a framework, e.g. Express, to route.'],
    ['It is built on Node.js. It runs JS.', 'It is built on Node.js.'],
    ['Really? Yes.', 'Really?'],
    ['No end mark here', 'No end mark here'],
    ['  Spread\n  over   lines.  Next.', 'Spread over lines.'],
  ])('%j → %j', (text, sentence) => {
    expect(firstSentence(text)).toBe(sentence);
  });

  test('a very long sentence is cut at a word to at most 240 characters, ending in …', () => {
    const summary = firstSentence(`${'word '.repeat(100)}end.`);
    expect(summary.length).toBeLessThanOrEqual(240);
    expect(summary.length).toBeGreaterThan(200);
    expect(summary).toMatch(/^(word )+word…$/);
  });
});

test('a long run without spaces is still cut to 240 characters', () => {
  const summary = firstSentence('y'.repeat(300));
  expect(summary).toBe(`${'y'.repeat(239)}…`);
});

describe('writeSummaries', () => {
  test('takes the first paragraph, skipping headings and code', () => {
    const { bank, context } = draftFrom(bankOf('#### Overview\n\n```js\nx.\n```\n\nFirst one. Second one.\n\nLater.'));
    const before = structuredClone(bank);
    const result = writeSummaries(bank, context);
    expect(bank).toEqual(before);
    expect(result.questions[0]?.summary).toBe('First one.');
    expect(context.report).toEqual([]);
  });

  test('with no paragraph the title stands in, with a warning', () => {
    const { bank, context } = draftFrom(bankOf('```js\nx\n```'));
    expect(writeSummaries(bank, context).questions[0]?.summary).toBe('Question 1?');
    expect(context.report).toEqual([
      {
        pass: 'summaries',
        severity: 'warning',
        line: 3,
        message: 'Q1 has no opening paragraph: its summary repeats the title',
      },
    ]);
  });
});
