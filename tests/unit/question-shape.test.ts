// Unit tests for question-shape detection and the outline it drives: one small bank of our own text per shape.
import { toString as plainText } from 'mdast-util-to-string';
import { describe, expect, test } from 'vitest';
import { outline } from '../../src/normalize/outline.ts';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { normalize } from '../../src/normalize/pipeline.ts';
import { detectQuestionShape, markedTitle } from '../../src/normalize/question-shape.ts';
import { contextFor } from '../support/draft.ts';

function outlined(markdown: string, pin?: Parameters<typeof detectQuestionShape>[1]) {
  const tree = parseMarkdown(markdown);
  const shape = detectQuestionShape(tree, pin);
  const context = contextFor(markdown);
  const bank = outline(tree, { file: 'bank.md', id: 'bank' }, context, shape);
  const questions = bank.questions.map((q) => [q.title, q.sourceSection ?? null, q.blocks.map((block) => plainText(block))]);
  return { shape, bank, questions, report: context.report };
}

describe('markedTitle', () => {
  test.each([
    ['Q1: What is a tarn?', 'What is a tarn?'],
    ['Q. What is a fell?', 'What is a fell?'],
    ['1. What is a beck?', 'What is a beck?'],
    ['3) What is a ghyll?', 'What is a ghyll?'],
    ['Question 4: What is a scree?', 'What is a scree?'],
  ])('%j → %j', (heading, title) => {
    expect(markedTitle(heading)).toBe(title);
  });

  test.each(['# 1. INTRODUCTION', 'References', '2024 in review', 'Q&A'])('%j is not marked', (heading) => {
    expect(markedTitle(heading)).toBeUndefined();
  });
});

describe('each shape finds its questions, sections and answers', () => {
  test('numbered h2 headings: deeper headings, numbered or not, stay in the answer', () => {
    const { shape, questions } = outlined(
      '# Hills\n\n## 1. What is a tarn?\n\nA mountain lake.\n\n### Key facts\n\nCold.\n\n#### 1. Step one\n\nWalk.\n\n## 2. What is a fell?\n\nA hill.\n',
    );
    expect(shape).toMatchObject({ rule: 'marked-heading', depth: 2 });
    expect(questions).toEqual([
      ['What is a tarn?', null, ['A mountain lake.', 'Key facts', 'Cold.', '1. Step one', 'Walk.']],
      ['What is a fell?', null, ['A hill.']],
    ]);
  });

  test('"## Q." questions with "## # 1. Part" sections at the same level: a section closes the question', () => {
    const { shape, questions, bank } = outlined(
      '# Hills\n\n## # 1. BASICS\n\n## Q. What is a tarn?\n\nA lake.\n\n## # 2. MORE\n\n## Q. What is a fell?\n\nA hill.\n',
    );
    expect(shape.rule).toBe('marked-heading');
    expect(bank.sections.map((section) => section.title)).toEqual(['# 1. BASICS', '# 2. MORE']);
    expect(questions).toEqual([
      ['What is a tarn?', '# 1. BASICS', ['A lake.']],
      ['What is a fell?', '# 2. MORE', ['A hill.']],
    ]);
  });

  test('plain h3 headings repeated under h2 sections; a repeated h4 ("References") stays in each answer', () => {
    const { shape, questions } = outlined(
      '# Hills\n\nIntro.\n\n## Lakes\n\n### Explain tarns\n\nCold lakes.\n\n#### References\n\n- a book\n\n## Hills\n\n### Explain fells\n\nHigh ground.\n\n#### References\n\n- a map\n',
    );
    expect(shape).toMatchObject({ rule: 'plain-heading', depth: 3 });
    expect(questions).toEqual([
      ['Explain tarns', 'Lakes', ['Cold lakes.', 'References', 'a book']],
      ['Explain fells', 'Hills', ['High ground.', 'References', 'a map']],
    ]);
  });

  test('"1. ### Title" list items: the indented answer, and an unindented one after the list, belong to the item', () => {
    const { shape, questions } = outlined(
      '# Hills\n\n1. ### What is a tarn?\n\n    A lake.\n\n    #### Detail\n\n    Cold.\n\n2. ### What is a fell?\n\nA hill, written without indent.\n\n### Exercises\n\n#### 1. What does this print?\n\nNothing.\n',
    );
    expect(shape).toMatchObject({ rule: 'list-heading', depth: 3 });
    expect(questions).toEqual([
      ['What is a tarn?', null, ['A lake.', 'Detail', 'Cold.']],
      ['What is a fell?', null, ['A hill, written without indent.']],
      ['What does this print?', 'Exercises', ['Nothing.']],
    ]);
  });

  test('an indented heading after a list item (too little to be inside it) is still that answer, not a section', () => {
    const { questions, bank } = outlined(
      '# Hills\n\n1. ### What is a tarn?\n\n   A lake.\n\n  ## Key points\n\n   Cold.\n\n2. ### What is a fell?\n\n   A hill.\n',
    );
    expect(bank.sections).toEqual([]);
    expect(questions[0]).toEqual(['What is a tarn?', null, ['A lake.', 'Key points', 'Cold.']]);
  });

  test('numbered steps inside answers under more plain headings do not make the steps the questions', () => {
    const { shape, questions } = outlined(
      '# Hills\n\n## What is a tarn?\n\nA lake.\n\n### 1. Find one\n\nWalk.\n\n### 2. Swim\n\nBrr.\n\n## What is a fell?\n\nA hill.\n\n## What is a beck?\n\nA stream.\n',
    );
    expect(shape).toMatchObject({ rule: 'plain-heading', depth: 2 });
    expect(shape.reason).toContain('the 2 numbered headings below them are inside answers');
    expect(questions.map(([title]) => title)).toEqual(['What is a tarn?', 'What is a fell?', 'What is a beck?']);
  });

  test('<details><summary> blocks: the summary is the question, the markdown inside is the answer', () => {
    const { shape, questions } = outlined(
      '# Hills\n\n<details>\n<summary>What is a tarn?</summary>\n\nA **lake**.\n\n</details>\n\n<details><summary><b>What is a fell?</b></summary>\n\nA hill.\n\n</details>\n',
    );
    expect(shape.rule).toBe('details');
    expect(questions).toEqual([
      ['What is a tarn?', null, ['A lake.']],
      ['What is a fell?', null, ['A hill.']],
    ]);
  });

  test('bold lines ending in "?" are questions; an "**Answer:**" label stays for strip-scaffolding', () => {
    const { shape, questions } = outlined(
      '# Hills\n\n**What is a tarn?**\n\n**Answer:** A lake.\n\n**What is a fell?**\n\nA hill.\n',
    );
    expect(shape.rule).toBe('bold-line');
    expect(questions).toEqual([
      ['What is a tarn?', null, ['Answer: A lake.']],
      ['What is a fell?', null, ['A hill.']],
    ]);
  });

  test('"### Q1:" headings keep the original rule and their numbers', () => {
    const { shape, bank } = outlined(
      '# Hills\n\n## Lakes\n\n### Q4: What is a tarn?\n\nA lake.\n\n### Q9: What is a mere?\n\nA bigger lake.\n',
    );
    expect(shape).toMatchObject({ rule: 'q-number-heading', depth: 3 });
    expect(bank.questions.map((q) => [q.number, q.title])).toEqual([
      [4, 'What is a tarn?'],
      [9, 'What is a mere?'],
    ]);
  });
});

describe('choosing and pinning', () => {
  test('the reason names the evidence; a level that only groups others is not chosen; a pin wins', () => {
    const markdown =
      '# Hills\n\n## Lakes\n\n### Tarns\n\nSmall.\n\n#### Cold\n\nBrr.\n\n## Hills\n\n### Fells\n\nHigh.\n\n#### Wet\n\nRain.\n';
    const { shape } = outlined(markdown);
    expect(shape).toMatchObject({ rule: 'plain-heading', depth: 3 });
    expect(shape.reason).toBe(
      '2 distinct h3 headings with text of their own, the most of any level; h4 has nearly as many (2): pin the rule if h3 is wrong',
    );
    const pinned = outlined(markdown, { rule: 'plain-heading', depth: 4 });
    expect(pinned.shape.reason).toBe('pinned in the overrides');
    expect(pinned.questions.map(([title]) => title)).toEqual(['Cold', 'Wet']);
  });
});

test('a doubtful choice is a warning in the report that names the file and the pin to write', () => {
  const markdown = '# Hills\n\n### Tarns\n\nSmall.\n\n#### Cold\n\nBrr.\n\n### Fells\n\nHigh.\n\n#### Wet\n\nRain.\n';
  const result = normalize(
    [{ file: 'content/README.md', id: 'README', bytes: new TextEncoder().encode(markdown) }],
    emptyOverrides(),
  );
  expect(
    result.report.filter((entry) => entry.pass === 'question-shape').map((entry) => [entry.severity, entry.message]),
  ).toEqual([
    [
      'warning',
      'questions are the h3 headings, but h4 has nearly as many: if they are the questions, add to content/overrides.yaml banks.hills.questionShape: { rule: plain-heading, depth: 4 }',
    ],
  ]);
});
