// Unit tests for the build helper process: cards drawn there (early or on demand) are the bytes drawn here,
// and the cards a build starts early are the ones its image routes ask for.
import { afterAll, describe, expect, test } from 'vitest';
import { cardImage, drawCardsEarly, highlightEarly, highlightInHelper, stopHelper } from '../../src/lib/build-helper.ts';
import { cardsOfBuild, type OgCard, questionCard, siteCard } from '../../src/lib/og-cards.ts';
import { renderOgImage } from '../../src/lib/og-image.ts';
import type { BankRecord, QuestionRecord } from '../../src/lib/schema.ts';

const card = (title: string): OgCard => ({ title, siteName: 'Interview Bank', eyebrow: 'A bank', topic: 'Streams' });
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

afterAll(() => stopHelper());

describe('cards in the build helper', () => {
  test('a card started early comes back with the bytes drawn in this process', async () => {
    const early = card('What is a stream?');
    drawCardsEarly([early]);
    const [fromHelper, here] = await Promise.all([cardImage(early), renderOgImage(early)]);
    expect(same(fromHelper, here)).toBe(true);
  });

  test('a card never started early is still drawn, with the same bytes', async () => {
    const late = card('What is a buffer?');
    expect(same(await cardImage(late), await renderOgImage(late))).toBe(true);
  });

  test('cards and code blocks share the helper: a block asked for after cards is answered', async () => {
    drawCardsEarly([card('One'), card('Two'), card('Three')]);
    highlightEarly([{ code: 'let c = 3;', lang: 'javascript', meta: undefined }]);
    const pre = await highlightInHelper('let c = 3;', 'javascript', undefined);
    expect(pre.properties.dataLanguage).toBe('javascript');
  });
});

describe('cardsOfBuild', () => {
  const bank = (title: string, topics: BankRecord['topics']): BankRecord => ({ title, file: 'content/x.md', topics });
  const question = (fields: Partial<QuestionRecord>): QuestionRecord => ({
    number: 1,
    title: 'What is a stream?',
    slug: 'what-is-a-stream',
    bank: 'b-bank',
    difficulty: 'easy',
    difficultyLabel: null,
    topics: ['streams'],
    summary: 'x',
    sections: [],
    related: [],
    aliases: [],
    readingMinutes: 1,
    source: { file: 'content/b-bank.md', startLine: 1, endLine: 2 },
    ...fields,
  });

  test('the site card (banks by id), then each question with its bank title and first topic name', () => {
    const banks = [
      { id: 'b-bank', record: bank('B', [{ id: 'streams', name: 'Streams (B)' }]) },
      { id: 'a-bank', record: bank('A', [{ id: 'streams', name: 'Streams' }]) },
    ];
    const first = question({});
    const second = question({ number: 2, slug: 'q2', bank: 'a-bank', topics: ['unlisted'] });
    expect(cardsOfBuild(banks, [first, second])).toEqual([
      siteCard(['A', 'B'], 2),
      // The first bank by id names a topic two banks share, as the topic pages do.
      questionCard(first, 'Streams', 'B'),
      questionCard(second, 'unlisted', 'A'),
    ]);
  });
});
