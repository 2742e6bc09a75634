// Unit tests for the social cards: what they say, and that the PNG is 1200×630 and the same bytes every time.
import { describe, expect, test } from 'vitest';
import { cardAlt, questionCard, siteCard } from '../../src/lib/og-cards.ts';
import { renderOgImage } from '../../src/lib/og-image.ts';
import type { QuestionRecord } from '../../src/lib/schema.ts';
import { pngSize } from '../support/png.ts';

const question: QuestionRecord = {
  number: 4,
  title: 'What are Streams in Node.js and how do you use them?',
  slug: 'what-are-streams-in-nodejs-and-how-do-you-use-them',
  bank: 'nodejs-interview-questions',
  difficulty: 'medium',
  difficultyLabel: null,
  topics: ['streams'],
  summary: 'Streams process data piece by piece.',
  sections: [],
  related: [],
  aliases: [],
  readingMinutes: 3,
  source: { file: 'bank.md', startLine: 1, endLine: 2 },
};

describe('cards', () => {
  test('a question card: title, bank, difficulty word (the level label when the source gave none), topic', () => {
    const card = questionCard(question, 'Streams', 'Node.js Interview Questions');
    expect(card).toEqual({
      title: question.title,
      siteName: 'Interview Bank',
      eyebrow: 'Node.js Interview Questions',
      difficulty: { word: 'Medium', level: 'medium' },
      topic: 'Streams',
    });
    expect(cardAlt(card)).toBe(`${question.title} · Node.js Interview Questions · Medium · Streams · Interview Bank`);
  });

  test.each([
    [{ difficulty: 'advanced', difficultyLabel: 'Advanced' }, 'Advanced'],
    [{ difficulty: 'unrated', difficultyLabel: null }, 'Unrated'],
  ] as const)('the difficulty word of %o is %s', (fields, word) => {
    expect(questionCard({ ...question, ...fields }, 'Streams', 'Bank').difficulty?.word).toBe(word);
  });

  test('the site card counts the questions', () => {
    expect(siteCard(['Node.js Interview Questions'], 20).eyebrow).toBe('20 questions with full answers and code');
  });
});

describe('renderOgImage', () => {
  test('a 1200×630 PNG, byte for byte the same on a second render', async () => {
    const card = questionCard(question, 'Streams', 'Node.js Interview Questions');
    const first = await renderOgImage(card);
    const second = await renderOgImage(card);
    expect(pngSize(first)).toEqual({ width: 1200, height: 630 });
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });
});
