// Unit tests for the collect-sections pass: each answer's h2/h3 sections with GitHub-style anchor ids.
import { describe, expect, test } from 'vitest';
import { collectSections } from '../../src/normalize/collect-sections.ts';
import { promoteBoldHeadings } from '../../src/normalize/promote-bold-headings.ts';
import { bankOf, draftFrom } from '../support/draft.ts';

/** Runs promote-bold-headings (which sets h2/h3) then collect-sections, as the pipeline does. */
function sectionsOf(...bodies: string[]) {
  const { bank, context } = draftFrom(bankOf(...bodies));
  const promoted = promoteBoldHeadings(bank, context);
  const before = structuredClone(promoted);
  const result = collectSections(promoted);
  expect(promoted).toEqual(before);
  return result.questions.map((question) => question.sections);
}

describe('collectSections', () => {
  test.each([
    ["What's new in Node.js 20?", 'whats-new-in-nodejs-20'],
    ['Error Handling & Logging', 'error-handling--logging'],
    ['`process.nextTick()` vs `setImmediate()`', 'processnexttick-vs-setimmediate'],
  ])('%j gets the id %j', (text, id) => {
    expect(sectionsOf(`### ${text}`)[0]).toEqual([{ depth: 3, text: text.replaceAll('`', ''), id }]);
  });

  test('a duplicate heading on one page gets -1', () => {
    expect(sectionsOf('### Example\n\n### Example\n\n### Example')[0]?.map((section) => section.id)).toEqual([
      'example',
      'example-1',
      'example-2',
    ]);
  });

  test('ids are counted per page', () => {
    const [first, second] = sectionsOf('### Overview', '### Overview');
    expect(first?.[0]?.id).toBe('overview');
    expect(second?.[0]?.id).toBe('overview');
  });

  test('depth is kept: h2 for sections, h3 for subsections', () => {
    expect(sectionsOf('**1. Setup**\n\n### Details\n\nText.')[0]).toEqual([
      { depth: 2, text: '1. Setup', id: '1-setup' },
      { depth: 3, text: 'Details', id: 'details' },
    ]);
  });

  test('a heading whose text makes no id is not a section, and the ids after it still match the page (regression: found by fuzzing)', () => {
    expect(sectionsOf('### |\n\n### Setup\n\n### |\n\n###\n\nText.')[0]).toEqual([
      { depth: 3, text: 'Setup', id: 'setup' },
      { depth: 3, text: '|', id: '-1' },
    ]);
  });

  test('an answer without headings has no sections', () => {
    expect(sectionsOf('Just text.')).toEqual([[]]);
  });
});
