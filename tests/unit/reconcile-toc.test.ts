// Unit tests for the reconcile-toc pass: the table of contents is checked against the question headings, which win.
import { describe, expect, test } from 'vitest';
import { comparableTitle, reconcileToc } from '../../src/normalize/reconcile-toc.ts';
import { draftFrom } from '../support/draft.ts';

/** A bank with a TOC of `entries` (one line each, from line 4) and one `### Qn:` heading per title. */
const bankWith = (entries: string[], headings: string[]) =>
  [
    '# Bank',
    '',
    '## Table of Contents',
    ...entries.map((entry) => `- [${entry}](#anchor)`),
    '',
    ...headings.flatMap((heading) => [`### ${heading}`, '', 'Answer.', '']),
  ].join('\n');

const run = (markdown: string) => {
  const { bank, context } = draftFrom(markdown);
  const before = structuredClone(bank);
  const out = reconcileToc(bank, context);
  expect(bank).toEqual(before);
  expect(out).toEqual(before);
  return { out, report: context.report.filter((entry) => entry.pass === 'reconcile-toc') };
};

describe('reconcile-toc', () => {
  test('entries that match their headings exactly: no entries', () => {
    expect(run(bankWith(['Q1: What is Node?', 'Q2: What is npm?'], ['Q1: What is Node?', 'Q2: What is npm?'])).report).toEqual(
      [],
    );
  });

  test('an entry naming another question: fix, and the heading wins', () => {
    const markdown = bankWith(
      ['Q1: What is Node?', 'Q2: Explain the module system'],
      ['Q1: What is Node?', 'Q2: Explain the difference.'],
    );
    const { out, report } = run(markdown);
    expect(out.questions[1]?.title).toBe('Explain the difference.');
    expect(out.toc[1]?.text).toBe('Q2: Explain the module system');
    expect(report).toEqual([
      {
        pass: 'reconcile-toc',
        severity: 'fix',
        line: 5,
        message:
          'table of contents entry for Q2 names another question, "Explain the module system"; the heading (line 11) wins: "Explain the difference."',
      },
    ]);
  });

  test.each([
    ['final full stop', 'Q1: Explain the Event Loop', 'Q1: Explain the Event Loop.'],
    ['final question mark', 'Q1: What is Node', 'Q1: What is Node?'],
    ['case and spacing', 'Q1: what is  node?', 'Q1: What is Node?'],
  ])('an entry differing only by %s: fix that quotes both', (_, entry, heading) => {
    const { report } = run(bankWith([entry], [heading]));
    expect(report.map((e) => [e.severity, e.line])).toEqual([['fix', 4]]);
    expect(report[0]?.message).toBe(
      `table of contents entry for Q1 reads "${entry.slice(4)}"; the heading (line 6) reads "${heading.slice(4)}"`,
    );
  });

  test('an entry matching no question: warning at the entry', () => {
    const { report } = run(bankWith(['Q1: What is Node?', 'Q9: Gone?'], ['Q1: What is Node?']));
    expect(report).toEqual([
      {
        pass: 'reconcile-toc',
        severity: 'warning',
        line: 5,
        message: 'table of contents entry "Q9: Gone?" matches no question heading; it is dropped',
      },
    ]);
  });

  test('a question missing from the table of contents: warning at its heading', () => {
    const { report } = run(bankWith(['Q1: What is Node?'], ['Q1: What is Node?', 'Q2: What is npm?']));
    expect(report).toEqual([
      {
        pass: 'reconcile-toc',
        severity: 'warning',
        line: 10,
        message: 'Q2 "What is npm?" is missing from the table of contents',
      },
    ]);
  });

  test('no table of contents: no entries, even for questions it would miss', () => {
    const { out, report } = run('# Bank\n\n### Q1: What?\n\nAnswer.\n');
    expect(out.toc).toEqual([]);
    expect(report).toEqual([]);
  });

  test.each([
    ['Q3: Explain the Event Loop.', 'explain the event loop'],
    ['Q10) What is   npm?!', 'what is npm'],
    ['What is Node?  ', 'what is node'],
  ])('comparableTitle(%j) = %j', (text, expected) => {
    expect(comparableTitle(text)).toBe(expected);
  });
});
