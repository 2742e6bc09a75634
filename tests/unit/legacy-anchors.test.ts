// Unit tests for the legacy-anchors pass: each question keeps the anchors the source document gave it.
import { describe, expect, test } from 'vitest';
import { githubAnchor, legacyAnchors } from '../../src/normalize/legacy-anchors.ts';
import { draftFrom } from '../support/draft.ts';

const run = (markdown: string) => {
  const { bank } = draftFrom(markdown);
  const before = structuredClone(bank);
  const out = legacyAnchors(bank);
  expect(bank).toEqual(before);
  return out;
};

const STREAMS = 'What are Streams in Node.js and how do you use them?';

describe('legacy-anchors', () => {
  test('the GitHub anchor of the real Q4 heading', () => {
    expect(githubAnchor(`Q4: ${STREAMS}`)).toBe('q4-what-are-streams-in-nodejs-and-how-do-you-use-them');
  });

  test('a TOC anchor equal to the GitHub anchor is listed once, without #', () => {
    const out = run(
      `# Bank\n\n## Table of Contents\n- [Q4: ${STREAMS}](#q4-what-are-streams-in-nodejs-and-how-do-you-use-them)\n\n### Q4: ${STREAMS}\n\nA.\n`,
    );
    expect(out.questions[0]?.aliases).toEqual(['q4-what-are-streams-in-nodejs-and-how-do-you-use-them']);
  });

  test('a TOC anchor that differs is added, and the list is sorted', () => {
    const markdown = [
      '# Bank',
      '',
      '## Contents',
      '- [Q2: Old name](#q2-old-name)',
      '- [Q2: Older name](#a-first-anchor)',
      '- [Q1: Home](https://example.com/q1)',
      '',
      '### Q1: What is Node?',
      '',
      'A.',
      '',
      '### Q2: Explain the difference.',
      '',
      'B.',
    ].join('\n');
    const out = run(markdown);
    expect(out.questions.map((q) => q.aliases)).toEqual([
      ['q1-what-is-node'],
      ['a-first-anchor', 'q2-explain-the-difference', 'q2-old-name'],
    ]);
  });

  test('aliases already on the question are kept and deduplicated', () => {
    const { bank } = draftFrom('# Bank\n\n### Q1: What is Node?\n\nA.\n');
    const withAliases = {
      ...bank,
      questions: bank.questions.map((q) => ({ ...q, aliases: ['z-old', 'q1-what-is-node', 'z-old'] })),
    };
    expect(legacyAnchors(withAliases).questions[0]?.aliases).toEqual(['q1-what-is-node', 'z-old']);
  });

  test.each([
    ['Q5: What is `process.nextTick()`?', 'q5-what-is-processnexttick'],
    ['Q11: How do you use WebSockets and Socket.io in Node.js?', 'q11-how-do-you-use-websockets-and-socketio-in-nodejs'],
    ['Q12: What is *the* event loop?', 'q12-what-is-the-event-loop'],
  ])('heading %j → alias %j', (heading, anchor) => {
    expect(run(`# Bank\n\n### ${heading}\n\nA.\n`).questions[0]?.aliases).toEqual([anchor]);
  });
});
