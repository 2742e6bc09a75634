// Unit tests for the strip-scaffolding pass: `**Answer:**` labels and `---` separators leave the answers.
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { stripScaffolding } from '../../src/normalize/strip-scaffolding.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

const run = (markdown: string, intro = '') => {
  const { bank } = draftFrom(markdown);
  const draft = { ...bank, intro: parseMarkdown(intro).children };
  const before = structuredClone(draft);
  const out = stripScaffolding(draft);
  expect(draft).toEqual(before);
  return {
    intro: out.intro.map((block) => block.type),
    text: out.questions.map((q) => q.blocks.map((block) => plainText(block))),
  };
};

describe('strip-scaffolding', () => {
  test.each([
    ['**Answer:** alone', '**Answer:**\n\nFirst sentence.', ['First sentence.']],
    ['**Answer** without a colon', '**Answer**\n\nFirst sentence.', ['First sentence.']],
    [
      '**Answer:** with its first sentence on the next line',
      '**Answer:**\nFirst sentence.\nSecond.',
      ['First sentence.\nSecond.'],
    ],
    ['**Answer:** with its first sentence on the same line', '**Answer:** First sentence.', ['First sentence.']],
    ['--- between blocks', 'One.\n\n---\n\nTwo.\n\n---', ['One.', 'Two.']],
    ['a label that is not Answer', '**Key Takeaways:**\nBe brief.', ['Key Takeaways:\nBe brief.']],
    ['Answer: in the middle of a paragraph', 'The **Answer:** is here.', ['The Answer: is here.']],
  ])('%s', (_, body, expected) => {
    expect(run(bankOf(body)).text).toEqual([expected]);
  });

  test('the kept first sentence has no leading whitespace', () => {
    const { bank } = draftFrom(bankOf('**Answer:**\n   First sentence.'));
    const [paragraph] = stripScaffolding(bank).questions[0]?.blocks ?? [];
    expect(paragraph?.type === 'paragraph' && paragraph.children[0]).toMatchObject({ type: 'text', value: 'First sentence.' });
  });

  test.each([
    ['alone', '**Difficulty: Hard**\n\n**Answer:**\n\nText.', ['Difficulty: Hard', 'Text.']],
    ['with text glued below', '**Difficulty: Hard**\nText.', ['Difficulty: Hard\nText.']],
    ['word outside the bold', '**Difficulty:** Medium\n\nText.', ['Difficulty: Medium', 'Text.']],
  ])('difficulty labels are kept (%s)', (_, body, expected) => {
    expect(run(bankOf(body)).text).toEqual([expected]);
  });

  test('--- is dropped from the intro too; other intro blocks stay', () => {
    expect(run(bankOf('A.'), 'Welcome.\n\n---\n\nThis guide covers Node.js.\n\n---').intro).toEqual(['paragraph', 'paragraph']);
  });

  test('each question is stripped on its own', () => {
    expect(run(bankOf('**Answer:**\n\nOne.\n\n---', '---\n\n**Answer:** Two.')).text).toEqual([['One.'], ['Two.']]);
  });
});
