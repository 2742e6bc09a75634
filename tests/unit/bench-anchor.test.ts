// Unit tests for the bench's Starlight anchor: the pages it writes for Starlight, the edit it makes, and its table.
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { type AnchorFigures, anchorTable } from '../bench/anchor-report.ts';
import { editOneQuestion } from '../bench/starlight-anchor.ts';
import { starlightPages } from '../bench/starlight-site.ts';

const bank = {
  title: 'Node.js Interview Questions',
  questions: [
    { title: 'What is "libuv": the event loop?', section: 'Basics', answer: '**Difficulty: Easy**\n\nIt is a C library.' },
    { title: 'Streams', section: undefined, answer: '```js\nstream.pipe(out);\n```' },
    { title: 'Streams', section: undefined, answer: 'Asked twice, answered twice.' },
  ],
};

function frontMatter(page: string): { title: string } {
  return parse(/^---\n([\s\S]*?)\n---\n/.exec(page)?.[1] ?? '');
}

describe('starlightPages', () => {
  const pages = starlightPages(bank);
  const questionPages = Object.entries(pages).filter(([path]) => path.startsWith('src/content/docs/questions/'));

  test('one page per question, even when two share a title, and a home page', () => {
    expect(questionPages).toHaveLength(bank.questions.length);
    expect(new Set(questionPages.map(([path]) => path)).size).toBe(bank.questions.length);
    expect(frontMatter(pages['src/content/docs/index.md'] ?? '').title).toBe(bank.title);
  });

  test('each page carries its title (colons and quotes kept) and its whole answer, in bank order', () => {
    questionPages.forEach(([, page], index) => {
      const question = bank.questions[index];
      expect(frontMatter(page).title).toBe(question?.title);
      expect(page).toContain(question?.answer);
    });
  });
});

test('editOneQuestion adds a sentence to one answer and leaves the others', () => {
  const edited = editOneQuestion(bank);
  const changed = edited.questions.filter((question, index) => question.answer !== bank.questions[index]?.answer);
  expect(changed).toHaveLength(1);
  expect(changed[0]?.answer.startsWith(bank.questions[1]?.answer ?? '')).toBe(true);
  expect(edited.questions.map((question) => question.title)).toEqual(bank.questions.map((question) => question.title));
});

describe('anchorTable', () => {
  const cost = (seconds: number, cpuSeconds: number | undefined, mib: number) => ({
    wallMs: seconds * 1000,
    cpuMs: cpuSeconds === undefined ? undefined : cpuSeconds * 1000,
    peakKiB: mib * 1024,
  });
  const figures: AnchorFigures = {
    runs: 3,
    questions: 20,
    starlightVersion: '0.42.5',
    oursCold: cost(6, 12, 900),
    starlightCold: cost(10, 10, 600),
    oursEdited: cost(3, 4, 700),
    oursTenfold: cost(30, 50, 1100),
  };
  const lines = anchorTable(figures).split('\n');
  const line = (start: string) => lines.find((text) => text.startsWith(`| ${start}`)) ?? '';

  test('ratios are ours over Starlight, each against its target', () => {
    expect(line('cold build: wall')).toBe('| cold build: wall | 6.0 s | 10.0 s | 0.60× | ≤ 0.75× ✓ |');
    expect(line('cold build: CPU')).toContain('| 12.0 s | 10.0 s | 1.20× | ≤ 1.00× ✗ |');
    expect(line('one question edited, our cache kept')).toContain('| 3.0 s | 10.0 s | 0.30× | ≤ 0.35× ✓ |');
  });

  test('the 10× peak is held to 1 GiB, and a missing CPU figure shows as n/a', () => {
    expect(line('10× (200 questions)')).toContain('1100 MiB |  |  | < 1 GiB ✗');
    const withoutCpu = anchorTable({ ...figures, starlightCold: { ...figures.starlightCold, cpuMs: undefined } });
    expect(withoutCpu).toContain('| 12.0 s | n/a | n/a | ≤ 1.00× |');
  });

  test('the header names Starlight version, question count and runs', () => {
    expect(lines[0]).toContain('20 questions, median of 3 interleaved runs');
    expect(lines[0]).toContain('Starlight 0.42.5');
  });
});
