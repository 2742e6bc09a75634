// Whole-chain tests: the bad inputs the product must survive, through normalize() from bytes to MDX pages and report.
import { compile } from '@mdx-js/mdx';
import { describe, expect, test } from 'vitest';
import { emptyOverrides, parseOverrides } from '../../src/normalize/overrides.ts';
import { type NormalizeResult, normalize } from '../../src/normalize/pipeline.ts';

const source = (markdown: string | Uint8Array, file = 'bank.md') => ({
  file,
  id: file.replace(/\.md$/, ''),
  bytes: typeof markdown === 'string' ? new TextEncoder().encode(markdown) : markdown,
});
const run = (...markdowns: Array<string | Uint8Array>): NormalizeResult =>
  normalize(
    markdowns.map((markdown, index) => source(markdown, index === 0 ? 'bank.md' : `bank${index + 1}.md`)),
    emptyOverrides(),
  );
const errors = (result: NormalizeResult) => result.report.filter((entry) => entry.severity === 'error');
const withoutFrontmatter = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
/** A JSX element call for a tag in compiled MDX, e.g. `_jsx("script", ...)`. */
const ELEMENT = /jsxs?\("(script|img)"/;

const GOOD =
  '# Bank\n\n### Q1: What is Node?\n\n**Difficulty: Easy**\n\nA runtime.\n\n### Q2: What is npm?\n\n**Difficulty: Hard**\n\nA tool.\n';

describe('inputs that stop the build: one error, nothing produced', () => {
  test.each([
    ['an empty file', '', 'outline', 1, 'the file is empty'],
    ['a file of blank lines', '\n\n   \n', 'outline', 1, 'the file is empty'],
    ['a file with no questions', '# Bank\n\nJust prose.\n\n## Section\n\nMore.\n', 'outline', 1, 'no questions found'],
    [
      'an unclosed code fence',
      '# Bank\n\n### Q1: One?\n\nText.\n\n```js\nconst x = 1;\n\n### Q2: Two?\n',
      'check-fences',
      7,
      '``` opened here is never closed',
    ],
    ['an unclosed tilde fence', '# Bank\n\n### Q1: One?\n\n~~~\ncode\n', 'check-fences', 5, '~~~ opened here is never closed'],
  ])('%s', (_, markdown, pass, line, message) => {
    const result = run(markdown);
    expect(errors(result)).toEqual([
      { file: 'bank.md', pass, severity: 'error', line, message: expect.stringContaining(message) },
    ]);
    expect(result.banks).toEqual([]);
    expect(result.questions).toEqual([]);
  });

  test('invalid UTF-8: an error at the line and column of the bad byte', () => {
    const bytes = Uint8Array.from([
      ...new TextEncoder().encode('# Bank\n\n### Q1: One?\n\ncaf'),
      0xe9,
      ...new TextEncoder().encode(' au lait\n'),
    ]);
    const result = run(bytes);
    expect(result.report).toEqual([
      {
        file: 'bank.md',
        pass: 'decode-source',
        severity: 'error',
        line: 5,
        message: 'invalid UTF-8 (byte 0xE9 at column 4); save the file as UTF-8',
      },
    ]);
    expect([result.banks, result.questions]).toEqual([[], []]);
  });

  test('an error in one bank keeps every bank from being produced', () => {
    const result = run(GOOD, '# Other\n\n### Q1: Broken?\n\n```\nnever closed\n');
    expect(errors(result).map((entry) => [entry.file, entry.line])).toEqual([['bank2.md', 5]]);
    expect([result.banks, result.questions]).toEqual([[], []]);
  });
});

describe('inputs that are repaired or warned about', () => {
  test('two questions with the same title: unique slugs and a warning', () => {
    const result = run(
      '# Bank\n\n### Q1: What is X?\n\n**Difficulty: Easy**\n\nOne.\n\n### Q2: What is X?\n\n**Difficulty: Easy**\n\nTwo.\n',
    );
    expect(result.questions.map((q) => q.record.slug)).toEqual(['what-is-x', 'what-is-x-2']);
    expect(result.report.filter((entry) => entry.pass === 'assign-slugs')).toEqual([
      {
        file: 'bank.md',
        pass: 'assign-slugs',
        severity: 'warning',
        line: 9,
        message: 'Q2 "What is X?" has the same slug as an earlier question: it becomes "what-is-x-2"',
      },
    ]);
  });

  test('no difficulty anywhere: every question unrated, and one note for the bank instead of a warning each', () => {
    const result = run('# Bank\n\n### Q1: One?\n\nOne.\n\n### Q2: Two?\n\nTwo.\n\n### Q3: Three?\n\nThree.\n');
    expect(result.questions.map((q) => [q.record.difficulty, q.record.difficultyLabel])).toEqual([
      ['unrated', null],
      ['unrated', null],
      ['unrated', null],
    ]);
    const entries = result.report.filter((entry) => entry.pass === 'read-difficulty');
    expect(entries.map((entry) => [entry.severity, entry.line, entry.message])).toEqual([
      ['fix', 1, 'no difficulty labels in this bank: its questions have no difficulty'],
    ]);
    expect(result.banks[0]?.record.noDifficulty).toBe(true);
  });

  test('some labels: each question without one is unrated with a warning naming the overrides key', () => {
    const result = run('# Bank\n\n### Q1: One?\n**Difficulty: Easy**\n\nOne.\n\n### Q2: Two?\n\nTwo.\n');
    const warnings = result.report.filter((entry) => entry.pass === 'read-difficulty');
    expect(warnings.map((entry) => [entry.severity, entry.line, entry.message])).toEqual([
      [
        'warning',
        8,
        'Q2 has no difficulty label: it is "unrated"; set one under banks.bank.questions.two.difficulty in content/overrides.yaml',
      ],
    ]);
    expect(result.banks[0]?.record).not.toHaveProperty('noDifficulty');
  });

  test('CRLF and a BOM: two fixes, and otherwise the same output as LF', () => {
    const lf = run(GOOD);
    const crlf = run(`\uFEFF${GOOD.replaceAll('\n', '\r\n')}`);
    const repairs = crlf.report.filter((entry) => entry.pass === 'repair-encoding');
    expect(repairs.map((entry) => [entry.severity, entry.line, entry.message])).toEqual([
      ['fix', 1, 'removed byte order mark (U+FEFF)'],
      ['fix', 1, 'converted 13 CRLF line endings to LF'],
    ]);
    expect(crlf.report.filter((entry) => entry.pass !== 'repair-encoding')).toEqual(lf.report);
    expect(crlf.banks).toEqual(lf.banks);
    expect(crlf.questions).toEqual(lf.questions);
    expect(lf.questions.map((q) => q.mdx.includes('\r'))).toEqual([false, false]);
    expect(lf.questions).toHaveLength(2);
  });
});

describe('prose with MDX-special characters and raw HTML', () => {
  const markdown = [
    '# Bank <b>bold</b>',
    '',
    'Intro with {curly} and <i>tags</i>.',
    '',
    '### Q1: What does {x} < y mean?',
    '',
    '**Difficulty: Medium**',
    '',
    'Objects look like { a: 1 } and a < b > c.',
    '',
    '<script>alert(1)</script>',
    '',
    'Inline <img src=x onerror=alert(1)> image and `<code>` in code.',
    '',
  ].join('\n');
  const result = run(markdown);
  const pages = [...result.questions.map((q) => q.mdx), ...result.banks.map((b) => b.mdx)];

  test('the page escapes them', () => {
    expect(errors(result)).toEqual([]);
    const mdx = result.questions[0]?.mdx ?? '';
    expect(mdx).toContain('\\<script>alert(1)\\</script>');
    expect(mdx).toContain('\\<img src=x onerror=alert(1)>');
    expect(mdx).toContain('\\{ a: 1 }');
    expect(mdx).toContain('`<code>`');
  });

  test('the check below would catch a real element', async () => {
    expect(String(await compile('<script>alert(1)</script>\n\n<img src="x" />'))).toMatch(ELEMENT);
  });

  test('every page compiles as MDX, with the HTML as text and no script or img element', async () => {
    expect(pages).toHaveLength(2);
    for (const page of pages) {
      const js = String(await compile(withoutFrontmatter(page)));
      expect(js).not.toMatch(ELEMENT);
    }
    const js = String(await compile(withoutFrontmatter(pages[0] ?? '')));
    expect(js).toContain('"<script>alert(1)</script>"');
    expect(js).toContain('Objects look like { a: 1 } and a < b > c.');
  });
});

test('normalize is deterministic: the same input gives the same output twice', () => {
  const markdown = [
    '# Bank',
    '',
    '## Contents',
    '- [Q1: One](#q1-one)',
    '- [Q2: Two?](#q2-two)',
    '',
    '## Basics',
    '',
    '### Q1: One?',
    '',
    '### Q2: Two?',
    '**Difficulty: Medium**',
    '',
    'Two <b>answers</b>.',
    '',
    '**Difficulty: Hard**',
    '',
    'One {answer}.',
    '',
    '---',
    '',
    'This guide ends here.',
    '',
  ].join('\n');
  const first = run(markdown);
  const second = run(markdown);
  expect(second).toEqual(first);
  expect(JSON.stringify(second)).toBe(JSON.stringify(first));
  expect(first.questions.map((q) => [q.record.slug, q.record.difficulty])).toEqual([
    ['one', 'hard'],
    ['two', 'medium'],
  ]);
});

describe('labels in awkward places (regressions)', () => {
  const one = (body: string) => run(`# Bank\n\n### Q1: What is it?\n${body}\n`);

  test.each([
    ['two labels glued one after the other', 'Some context.\n**Difficulty: Hard**\n**Answer:**\nFirst sentence.'],
    ['a label after a hard line break', 'Some context.  \n**Difficulty: Hard**\n\nFirst sentence.'],
    ['a label after a backslash line break', 'Some context.\\\n**Difficulty: Hard**\n\nFirst sentence.'],
  ])('%s: the difficulty is read and no label text is left on the page', (_, body) => {
    const result = one(body);
    const page = result.questions[0];
    expect(page?.record.difficulty).toBe('hard');
    expect(page?.mdx).not.toContain('Difficulty');
    expect(page?.mdx).not.toContain('Answer:');
    expect(page?.mdx).toContain('First sentence.');
    expect(page?.mdx).toContain('Some context.');
  });

  test('a link right after **Answer:** is kept', () => {
    const page = one('**Difficulty: Easy**\n\n**Answer:**[Node.js](https://nodejs.org) is a runtime.').questions[0];
    expect(page?.record.summary).toBe('Node.js is a runtime.');
    expect(page?.mdx).toContain('[Node.js](https://nodejs.org) is a runtime.');
  });

  test('an indented fake closing fence at the end of the file is still an unclosed fence', () => {
    const result = run('# Bank\n\n### Q1: A?\n**Difficulty: Easy**\n\n```js\nx\n    ```');
    expect(errors(result).map((entry) => [entry.line, entry.message])).toEqual([
      [6, 'code fence ``` opened here is never closed'],
    ]);
  });

  test('GitHub anchors come from the heading as written, and a repeated heading gets -1', () => {
    const result = run(
      '# Bank\n\n### Q4 - What are Streams?\n**Difficulty: Easy**\n\nA.\n\n### Q4 - What are Streams?\n**Difficulty: Easy**\n\nB.\n',
    );
    expect(result.questions.map((question) => question.record.aliases)).toEqual([
      ['q4---what-are-streams'],
      ['q4---what-are-streams-1'],
    ]);
  });
});

describe('reports across banks', () => {
  test('a duplicate subject found in the second bank is reported against that bank, at its line', () => {
    const streams = (title: string) =>
      `### ${title}\n**Difficulty: Medium**\n\nReadable streams, writable streams, backpressure and pipe move data through buffers in chunks.\n`;
    const first =
      '# First\n\n### Q1: How do you cache responses with Redis?\n**Difficulty: Easy**\n\nCache responses in Redis with a TTL and invalidate keys on writes.\n';
    const second = `# Second\n\n${streams('Q1: What are streams and backpressure?')}\n${streams('Q2: How do streams handle backpressure?')}`;
    const entries = run(first, second).report.filter((entry) => entry.pass === 'link-related');
    expect(entries.map((entry) => [entry.file, entry.line])).toEqual([['bank2.md', 8]]);
  });
});

describe('URLs across banks', () => {
  const original = '# Original\n\n### Q1: What is Node.js?\n\n**Difficulty: Easy**\n\nA runtime.\n';
  const newcomer = '# Newcomer\n\n### Q1: What is Node.js?\n\n**Difficulty: Hard**\n\nA different answer.\n';
  const slugsByBank = (result: NormalizeResult) => result.questions.map(({ record }) => [record.bank, record.slug]);

  test('a new bank read first with a same-titled question leaves the published URL on its bank', () => {
    const sources = [source(newcomer, 'a-newcomer.md'), source(original, 'original.md')];
    const published = [{ slug: 'what-is-nodejs', bank: 'original' }];
    const result = normalize(sources, emptyOverrides(), { published });
    expect(slugsByBank(result)).toEqual([
      ['a-newcomer', 'what-is-nodejs-2'],
      ['original', 'what-is-nodejs'],
    ]);
    expect(result.report).toContainEqual(
      expect.objectContaining({ file: 'a-newcomer.md', line: 3, severity: 'warning', pass: 'assign-slugs' }),
    );
  });

  test('without a manifest the first bank read takes the slug, as nothing was published yet', () => {
    const result = normalize([source(newcomer, 'a-newcomer.md'), source(original, 'original.md')], emptyOverrides());
    expect(slugsByBank(result)).toEqual([
      ['a-newcomer', 'what-is-nodejs'],
      ['original', 'what-is-nodejs-2'],
    ]);
  });

  test("a bank's overrides apply to its own questions only, never to another bank's question of the same slug", () => {
    const overrides = parseOverrides(
      'banks:\n  original:\n    questions:\n      what-is-nodejs:\n        difficulty: expert\n',
      'o.yaml',
    );
    const unlabelled = (text: string) => text.replace(/\*\*Difficulty: \w+\*\*\n\n/, '');
    const sources = [source(unlabelled(newcomer), 'a-newcomer.md'), source(unlabelled(original), 'original.md')];
    const result = normalize(sources, overrides, { published: [{ slug: 'what-is-nodejs', bank: 'original' }] });
    expect(result.questions.map(({ record }) => [record.bank, record.difficulty])).toEqual([
      ['a-newcomer', 'unrated'],
      ['original', 'expert'],
    ]);
  });

  test('overrides kept for a bank that is not there are a warning naming that bank', () => {
    const overrides = parseOverrides('redirects: {}\nbanks:\n  gone-bank:\n    difficultyWords: {}\n', 'o.yaml');
    const result = normalize([source(original, 'original.md')], overrides);
    expect(result.report).toContainEqual(
      expect.objectContaining({
        file: 'o.yaml',
        severity: 'warning',
        message: expect.stringMatching(/^banks\.gone-bank: no bank/),
      }),
    );
  });
});

describe('a question with no answer', () => {
  test('gets a page saying so, and a warning at its heading', () => {
    const result = run('# Bank\n\n### Q1: One?\n**Difficulty: Easy**\n\n### Q2: Two?\n**Difficulty: Easy**\n\nTwo.\n');
    expect(result.questions[0]?.mdx).toContain('_The source bank gives no answer to this question yet._');
    expect(result.report.filter((entry) => entry.severity === 'warning').map((entry) => [entry.line, entry.message])).toEqual([
      [3, 'Q1 "One?" has no answer'],
    ]);
  });
});
