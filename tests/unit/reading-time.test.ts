// Unit tests for reading-time: whole minutes for prose words plus code lines, at least one.
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { estimateReadingTime, readingMinutes } from '../../src/normalize/reading-time.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

const blocks = (markdown: string) => parseMarkdown(markdown).children;
const prose = (words: number) => 'word '.repeat(words).trim();
const code = (lines: number) => `\`\`\`js\n${Array.from({ length: lines }, (_, i) => `line(${i});`).join('\n')}\n\`\`\``;

describe('readingMinutes', () => {
  test.each([
    ['220 prose words', prose(220), 1],
    ['440 prose words', prose(440), 2],
    ['660 prose words over paragraphs', `${prose(330)}\n\n- ${prose(330)}`, 3],
    ['60 code lines', code(60), 1],
    ['120 code lines', code(120), 2],
    ['220 words and 60 code lines', `${prose(220)}\n\n${code(60)}`, 2],
    ['nothing', '', 1],
  ])('%s → %i', (_, markdown, minutes) => {
    expect(readingMinutes(blocks(markdown))).toBe(minutes);
  });

  test('an empty answer is one minute', () => {
    expect(readingMinutes([])).toBe(1);
  });
});

describe('estimateReadingTime', () => {
  test('sets readingMinutes on every question without touching the input', () => {
    const { bank } = draftFrom(bankOf(prose(10), prose(440)));
    const before = structuredClone(bank);
    expect(estimateReadingTime(bank).questions.map((question) => question.readingMinutes)).toEqual([1, 2]);
    expect(bank).toEqual(before);
  });
});
