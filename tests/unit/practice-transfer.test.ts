// Unit tests for moving progress: export and import of all of it, repair on import, and CSV for Anki with escaping.
import { describe, expect, test } from 'vitest';
import type { PracticeEntry } from '../../src/lib/practice-set.ts';
import { ankiCsv, csvField, exportProgress, parseImport } from '../../src/lib/practice-transfer.ts';
import { review } from '../../src/lib/schedule.ts';

const NOW = new Date('2026-03-01T09:00:00Z');

describe('export and import', () => {
  test('an export imports back to the same states', () => {
    const practice = { version: 1 as const, cards: { a: review(undefined, 'knew', NOW) } };
    const study = { version: 1 as const, saved: ['a', 'b'], done: ['b'] };
    expect(parseImport(exportProgress(practice, study, NOW))).toEqual({ practice, study });
  });

  test.each([
    ['not JSON', 'nope', /not JSON/],
    ['another file', '{"cards":{}}', /not a progress export/],
    ['a later version', '{"format":"interview-bank-progress","version":2}', /version this site cannot read \(2\)/],
  ])('%s is refused with a reason', (_, text, reason) => {
    const result = parseImport(text);
    expect('error' in result && result.error).toMatch(reason);
  });

  test('damaged entries in an export are dropped with a message, the rest restored', () => {
    const good = review(undefined, 'missed', NOW);
    const text = JSON.stringify({
      format: 'interview-bank-progress',
      version: 1,
      practice: { version: 1, cards: { a: good, b: { due: 'x' } } },
      study: { version: 1, saved: ['a', '../evil'], done: [] },
    });
    expect(parseImport(text)).toEqual({
      practice: { version: 1, cards: { a: good } },
      study: { version: 1, saved: ['a'], done: [] },
      problem: expect.stringMatching(/1 entry was dropped/),
    });
  });
});

describe('CSV for Anki', () => {
  test('a field with commas, quotes and line breaks stays one field', () => {
    expect(csvField('a, "b"\nc')).toBe('"a, ""b""\nc"');
  });

  test('front is the escaped question and its absolute link, back the summary; Anki header lines first', () => {
    const entry: PracticeEntry & { summary: string } = {
      slug: 'x',
      number: 1,
      title: 'Is <script> "safe", or not?',
      bank: 'node',
      difficulty: 'easy',
      topics: ['t'],
      url: '/sub/questions/x/',
      summary: 'Use a & b.',
    };
    expect(ankiCsv([entry], 'https://example.org').split('\n')).toEqual([
      '#separator:comma',
      '#html:true',
      '#columns:Front,Back',
      '"Is &lt;script&gt; &quot;safe&quot;, or not?<br><a href=""https://example.org/sub/questions/x/"">https://example.org/sub/questions/x/</a>","Use a &amp; b."',
      '',
    ]);
  });
});
