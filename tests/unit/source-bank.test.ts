// Pins what a close reading of the real source found (shared/docs/SOURCE-NOTES.md), through the normalizer's output.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { normalize } from '../../src/normalize/pipeline.ts';
import { findMojibake } from '../../src/normalize/repair-encoding.ts';
import { normalizedRealBank, questionNumber, SOURCE_FILE } from '../support/real-bank.ts';

const bytes = readFileSync(SOURCE_FILE);
const { questions, banks, report } = normalizedRealBank();
const fixesOf = (pass: string) => report.filter((entry) => entry.pass === pass && entry.severity === 'fix');
const fenceLanguages = (mdx: string) => [...mdx.matchAll(/^```(\w+)/gm)].map((match) => match[1]);

describe('the source file as given', () => {
  test('is the original document, byte for byte (never hand-edited)', () => {
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(
      'c0ea2dd8670fc5ed9680d7ffce16c7d69bb03b022aadaaf787b1a6f452325ee9',
    );
  });

  test('399,521 bytes, 14,879 newlines (`wc -l`) and none at the end', () => {
    expect(bytes.length).toBe(399_521);
    expect(bytes.toString('utf8').split('\n')).toHaveLength(14_879 + 1);
    expect(bytes.at(-1)).not.toBe(0x0a);
  });

  test('mojibake: 103 runs of 27 distinct Mac Roman strings, each repaired with its line', () => {
    // SOURCE-NOTES counts 146 "sequences"; a run here is a maximal stretch of non-ASCII characters,
    // and `grep -oP '[^\x00-\x7F]+'` agrees on 103.
    const runs = findMojibake(bytes.toString('utf8'));
    expect(runs).toHaveLength(103);
    expect(new Set(runs.map((run) => run.run)).size).toBe(27);
    expect(fixesOf('repair-encoding')).toHaveLength(103);
  });
});

describe('structure', () => {
  test('the title, 20 questions in source order, the outro in the home intro', () => {
    expect(banks[0]?.record.title).toBe('Node.js Interview Questions');
    expect(questions.map((question) => question.record.number)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    expect(banks[0]?.mdx).toContain('This comprehensive Node.js guide covers fundamental concepts');
    expect(questionNumber(6).mdx).not.toContain('This comprehensive Node.js guide');
    expect(fixesOf('detach-outro').map((entry) => entry.line)).toEqual([3890]);
  });

  test('the table of contents loses to the headings for Q2 (line 5) and Q3 (line 6)', () => {
    expect(fixesOf('reconcile-toc').map((entry) => entry.line)).toEqual([5, 6]);
    expect(questionNumber(2).record.title).toBe(
      'Explain the difference between Node.js and traditional server-side technologies.',
    );
    expect(questionNumber(4).record.aliases).toContain('q4-what-are-streams-in-nodejs-and-how-do-you-use-them');
    expect(questionNumber(2).record.aliases).toContain('q2-explain-the-nodejs-module-system-and-how-require-works');
  });

  test("Q3's event-loop answer moves out of Q4 (from line 722); Q3 is Hard, Q4 keeps only streams", () => {
    expect(fixesOf('relocate-misfiled-answers').map((entry) => entry.line)).toEqual([722]);
    expect(questionNumber(3).mdx).toContain('The Event Loop is the heart of Node.js');
    expect(questionNumber(4).mdx).not.toContain('The Event Loop is the heart of Node.js');
    expect(questionNumber(4).mdx).toContain('Streams are one of the fundamental concepts');
    expect(questionNumber(3).record).toMatchObject({ difficulty: 'hard', difficultyLabel: 'Hard' });
  });

  test('121 code blocks keep their languages: javascript 106, yaml 9, dockerfile 3, php 1, nginx 1, hcl 1', () => {
    const counts: Record<string, number> = {};
    for (const language of questions.flatMap((question) => fenceLanguages(question.mdx))) {
      counts[language ?? ''] = (counts[language ?? ''] ?? 0) + 1;
    }
    expect(counts).toEqual({ javascript: 106, yaml: 9, dockerfile: 3, php: 1, nginx: 1, hcl: 1 });
  });

  test('file-name comments become titles, prose comments do not', () => {
    const titles = questions.flatMap((question) => [...question.mdx.matchAll(/^```\w+ title="([^"]+)"/gm)].map((m) => m[1]));
    expect(titles).toContain('server.js');
    expect(titles).toContain('docker-compose.yml');
    expect(titles).toContain('k8s/namespace.yaml');
    expect(titles).not.toContain('Node.js');
    expect(titles.length).toBeGreaterThanOrEqual(45);
  });
});

describe('difficulty', () => {
  test.each([
    ['easy', [1]],
    ['medium', [2, 4, 7, 9]],
    ['hard', [3, 5, 6, 8, 10]],
    ['advanced', [11, 12, 14, 15, 16, 17, 18, 19]],
    ['expert', [13, 20]],
  ])('%s: %j', (level, numbers) => {
    expect(questions.filter((q) => q.record.difficulty === level).map((q) => q.record.number)).toEqual(numbers);
  });

  test('Q11 has no label: Advanced comes from the overrides; without them it is unrated with a warning', () => {
    expect(questionNumber(11).record).toMatchObject({ difficulty: 'advanced', difficultyLabel: null });
    const bare = normalize([{ file: SOURCE_FILE, id: 'nodejs-interview-questions', bytes }], emptyOverrides());
    expect(bare.questions.find((q) => q.record.number === 11)?.record.difficulty).toBe('unrated');
    expect(bare.report.filter((entry) => entry.pass === 'read-difficulty').map((entry) => [entry.severity, entry.line])).toEqual([
      ['warning', 8113],
    ]);
  });
});

describe('topics and related questions', () => {
  test('no question is filed by its wrong "##" section: Q5–Q20 get their own topics', () => {
    const topicOf = (n: number) => questionNumber(n).record.topics;
    expect(topicOf(4)).toEqual(['streams']);
    expect(topicOf(5)).toEqual(['security']);
    expect(topicOf(15)).toEqual(['testing']);
    for (let n = 5; n <= 20; n++) expect(topicOf(n)).not.toContain('event-loop');
  });

  test.each([
    [4, 9],
    [5, 12],
    [6, 13],
    [11, 19],
  ])('Q%i and Q%i are duplicate subjects: each lists the other first', (a, b) => {
    expect(questionNumber(a).record.related[0]).toBe(questionNumber(b).record.slug);
    expect(questionNumber(b).record.related[0]).toBe(questionNumber(a).record.slug);
  });

  test('exactly the four duplicate pairs are reported, and every question has a related one', () => {
    expect(fixesOf('link-related')).toHaveLength(4);
    for (const question of questions) expect(question.record.related.length).toBeGreaterThan(0);
  });
});
