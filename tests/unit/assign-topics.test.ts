// Unit tests for the assign-topics pass: overrides, then title keywords, then heading keywords, then the source section.
import { describe, expect, test } from 'vitest';
import { assignSlugs } from '../../src/normalize/assign-slugs.ts';
import { assignTopics, topicsMentioned } from '../../src/normalize/assign-topics.ts';
import { overridesForBank } from '../../src/normalize/overrides.ts';
import { draftFrom, TEST_BANK, testBankOverrides } from '../support/draft.ts';

const VOCABULARY = `topics:
  streams: { name: Streams, keywords: [stream, streams] }
  security: { name: Security, keywords: [jwt, auth] }
  testing: { name: Testing, keywords: [test, jest] }
  runtime: { name: Runtime, keywords: [node.js] }
`;

/** Runs assign-slugs then assign-topics over `markdown`, with the vocabulary plus `extraYaml`. */
function run(markdown: string, extraYaml = '') {
  const { bank, context } = draftFrom(markdown, testBankOverrides(VOCABULARY + extraYaml));
  const slugged = assignSlugs(bank, context);
  const before = structuredClone(slugged);
  const result = assignTopics(slugged, context);
  expect(slugged).toEqual(before);
  return { result, topics: result.questions.map((question) => question.topics), report: context.report };
}

describe('topicsMentioned', () => {
  const vocabulary = overridesForBank(testBankOverrides(VOCABULARY), TEST_BANK).topics;
  test.each([
    ['How do streams work?', ['streams']],
    ['What is an upstream server?', []],
    ['Streaming with JWT in Node.js', ['security', 'runtime']],
    ['Test a Stream', ['streams', 'testing']],
    ['Contest results', []],
  ])('%j → %j', (text, ids) => {
    expect(topicsMentioned(text, vocabulary)).toEqual(ids);
  });
});

describe('assignTopics', () => {
  test('the title keywords choose the topics', () => {
    const { topics, report } = run('# Bank\n\n### Q1: How do streams work?\nText.\n');
    expect(topics).toEqual([['streams']]);
    expect(report).toEqual([]);
  });

  test('with none in the title, the heading keywords choose', () => {
    const { topics } = run('# Bank\n\n### Q1: How do you sign in?\nText.\n\n#### Using JWT\n\nMore.\n');
    expect(topics).toEqual([['security']]);
  });

  test('with no keyword at all, the source ## section is the topic, with a warning', () => {
    const { result, topics, report } = run('# Bank\n\n## Event Loop\n\n### Q1: What is an upstream server?\nText.\n');
    expect(topics).toEqual([['event-loop']]);
    expect(result.topics).toEqual([{ id: 'event-loop', name: 'Event Loop' }]);
    expect(report).toContainEqual({
      pass: 'assign-topics',
      severity: 'warning',
      line: 5,
      message: 'Q1 matches no topic keyword: filed under its source section "Event Loop"',
    });
  });

  test.each([
    ['a section of symbols only', '# Bank\n\n## |\n\n### Q1: What is an upstream server?\nText.\n', 'bank', 'Bank'],
    ['an emoji section and no title', '## 🚀\n\n### Q1: What is an upstream server?\nText.\n', 'test', 'test'],
    ['an empty section', '# 😀\n\n##  \n\n### Q1: What is an upstream server?\nText.\n', 'test', 'test'],
  ])('%s: the topic falls back to a name that makes a slug (regression: found by fuzzing)', (_, markdown, id, name) => {
    const { result, topics } = run(markdown);
    expect(topics).toEqual([[id]]);
    expect(result.topics).toEqual([{ id, name }]);
  });

  test('with no name that makes a slug at all, the topic is "general"', () => {
    const { bank, context } = draftFrom('# 🚀\n\n## |\n\n### Q1: What?\nText.\n');
    const result = assignTopics(assignSlugs({ ...bank, id: '' }, context), context);
    expect(result.topics).toEqual([{ id: 'general', name: 'General' }]);
  });

  test('topics in the overrides win, with a fix', () => {
    const { topics, report } = run(
      '# Bank\n\n### Q1: How do streams work?\nText.\n',
      'questions:\n  how-do-streams-work:\n    topics: [testing, security]\n',
    );
    expect(topics).toEqual([['testing', 'security']]);
    expect(report).toEqual([
      {
        pass: 'assign-topics',
        severity: 'fix',
        line: 3,
        message: 'Q1 topics come from overrides.yaml: testing, security',
      },
    ]);
  });

  test("the bank's topics follow the vocabulary order, not the question order", () => {
    const { result } = run('# Bank\n\n### Q1: How to test?\nA.\n\n### Q2: What is JWT?\nB.\n\n### Q3: Why streams?\nC.\n');
    expect(result.topics).toEqual([
      { id: 'streams', name: 'Streams' },
      { id: 'security', name: 'Security' },
      { id: 'testing', name: 'Testing' },
    ]);
  });

  test('a topic id not in the vocabulary is warned about', () => {
    const { report } = run('# Bank\n\n### Q1: Why streams?\nA.\n', 'questions:\n  why-streams:\n    topics: [made-up]\n');
    expect(report).toContainEqual({
      pass: 'assign-topics',
      severity: 'warning',
      line: 1,
      message: 'topic "made-up" is not in banks.test.topics of overrides.yaml',
    });
  });
});
