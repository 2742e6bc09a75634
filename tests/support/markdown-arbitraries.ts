/** fast-check generators of messy question banks: `### Qn:` questions, labels, fences of every kind, lists, HTML, MDX and ESM bait. */
import fc from 'fast-check';

// Prose bait: MDX expressions and JSX, raw HTML, unsafe links, entities, emoji (with joiners and flags), RTL text.
const TOKENS = [
  'Node.js',
  'stream',
  'the',
  'event loop',
  '{x}',
  '{',
  '}',
  '{/* comment */}',
  '<Foo bar={1} />',
  '<div onclick="x">',
  '</div>',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'a < b',
  'c > d',
  '<>',
  '&amp;',
  '&#123;',
  '\\',
  '`code {x}`',
  '``a ` b``',
  '*',
  '_',
  '**bold**',
  '_em_',
  '|',
  '#',
  '[link](https://nodejs.org)',
  '[js](javascript:alert(1))',
  '<javascript:alert(1)>',
  '<https://example.com>',
  '![img](x.png)',
  '😀',
  '👩‍💻',
  '🇫🇷',
  'ðŸš€',
  'שלום עולם',
  'مرحبا',
  '\u200f',
  '\u202e',
  'é',
  'Difficulty:',
  'Answer:',
  'import',
  'export',
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) },
);

/** One line of inline text. */
export const inline = fc.array(word, { minLength: 1, maxLength: 7 }).map((words) => words.join(' '));

const paragraph = fc.array(inline, { minLength: 1, maxLength: 3 }).map((lines) => lines.join('\n'));

const CODE_LINES = [
  'const x = { a: 1 };',
  'function f() { return <div>{x}</div>; }',
  '// server.js - the entry point',
  '// <script>alert(1)</script>.js',
  '# k8s/deployment.yaml',
  '    indented',
  '',
  '{',
  '}',
  '</div>',
  '### Q9: Not a question',
  '**Difficulty: Hard**',
  '---',
  '- not a list',
  '```',
  '~~~',
  '    ```',
  '``',
  '```js',
];

const codeLine = fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...CODE_LINES) }, { weight: 1, arbitrary: inline });

/** A fenced code block, indented by `indent` spaces; unclosed when asked. */
export function fencedCode(indent: number, closed: fc.Arbitrary<boolean> = fc.constant(true)): fc.Arbitrary<string> {
  return fc
    .record({
      char: fc.constantFrom('`', '~'),
      length: fc.integer({ min: 3, max: 5 }),
      info: fc.constantFrom('', 'js', 'ts', 'bash', 'json', 'text', 'javascript title="app.js"', 'sh {1,3}'),
      lines: fc.array(codeLine, { maxLength: 6 }),
      closed,
    })
    .map(({ char, length, info, lines, closed: isClosed }) => {
      const fence = char.repeat(length);
      const pad = ' '.repeat(indent);
      // A line that would close the fence early is pushed past three spaces of indent, where it is code.
      const closes = new RegExp(`^ {0,3}${char === '`' ? '`' : '~'}{${length},}\\s*$`);
      const body = lines.map((line) => (line === '' ? '' : `${pad}${closes.test(line) ? `    ${line}` : line}`));
      return [`${pad}${fence}${info}`, ...body, ...(isClosed ? [`${pad}${fence}`] : [])].join('\n');
    });
}

const indentedCode = fc
  .array(fc.constantFrom(...CODE_LINES.filter((line) => line !== '')), { minLength: 1, maxLength: 3 })
  .map((lines) => lines.map((line) => `    ${line}`).join('\n'));

/** A list, its items holding text and, nested, code blocks and further lists. */
export function list(depth: number): fc.Arbitrary<string> {
  const child: fc.Arbitrary<(indent: number) => fc.Arbitrary<string>> =
    depth > 0
      ? fc.constantFrom(
          (indent: number) => fencedCode(indent),
          (indent: number) => list(depth - 1).map((text) => indentLines(text, indent)),
          (indent: number) => paragraph.map((text) => indentLines(text, indent)),
        )
      : fc.constant((indent: number) => fencedCode(indent));
  const item = fc.record({
    marker: fc.constantFrom('- ', '* ', '1. ', '2) '),
    text: inline,
    nested: fc.option(child, { nil: undefined }),
    loose: fc.boolean(),
  });
  return fc
    .array(item, { minLength: 1, maxLength: 3 })
    .chain((items) =>
      fc.tuple(
        ...items.map(({ marker, text, nested, loose }) =>
          (nested ? nested(marker.length) : fc.constant(undefined)).map((block) =>
            [`${marker}${text}`, ...(block === undefined ? [] : [loose ? '' : undefined, block])]
              .filter((line) => line !== undefined)
              .join('\n'),
          ),
        ),
      ),
    )
    .map((items) => items.join('\n'));
}

function indentLines(text: string, indent: number): string {
  return text
    .split('\n')
    .map((line) => (line === '' ? '' : `${' '.repeat(indent)}${line}`))
    .join('\n');
}

const table = fc
  .array(fc.tuple(inline, inline), { minLength: 1, maxLength: 3 })
  .map((rows) => ['| a | b |', '| --- | --- |', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n'));

const html = fc.constantFrom(
  '<div onclick="x">\n<script>alert(1)</script>\n</div>',
  '<Foo bar={1} />',
  '<details><summary>More</summary>{x}</details>',
  '<!-- a comment {x} -->',
);

// Lines MDX would run as ESM if they reached a page as written.
const esm = fc.constantFrom(
  "import './write-file.mjs';",
  'export const x = (() => { globalThis.ran = true })();',
  "import TOCInline from '@theme/TOCInline';\n\n<TOCInline toc={toc} />",
);

/** One block of an answer. */
export const block = fc.oneof(
  { weight: 4, arbitrary: paragraph },
  { weight: 3, arbitrary: fencedCode(0) },
  { weight: 2, arbitrary: list(2) },
  { weight: 1, arbitrary: inline.map((text) => `> ${text}`) },
  { weight: 1, arbitrary: table },
  { weight: 1, arbitrary: html },
  { weight: 1, arbitrary: esm },
  { weight: 1, arbitrary: indentedCode },
  { weight: 1, arbitrary: fc.constantFrom('**1. Setup:**', '**Key points**', '---') },
  { weight: 1, arbitrary: inline.map((text) => `#### ${text}`) },
);

const difficulty = fc.oneof(
  { weight: 30, arbitrary: fc.constantFrom('Easy', 'Medium', 'Hard', 'Advanced', 'Expert', 'easy', 'HARD') },
  { weight: 1, arbitrary: fc.constant('Intermediate') },
);

const question = fc.record({
  title: inline,
  difficulty: fc.option(difficulty, { nil: undefined, freq: 4 }),
  blocks: fc.array(block, { maxLength: 5 }),
  section: fc.option(inline, { nil: undefined, freq: 2 }),
});

/** A whole bank: an optional title, intro and contents list, then questions, sometimes under `##` sections. */
export const bankDocument = fc
  .record({
    title: fc.option(inline, { nil: undefined, freq: 5 }),
    intro: fc.array(block, { maxLength: 2 }),
    questions: fc.array(question, { minLength: 1, maxLength: 4 }),
    contents: fc.boolean(),
    glue: fc.constantFrom('\n\n', '\n\n', '\n'),
    // One bank in ten ends in a fence that never closes.
    unclosed: fc.oneof(
      { weight: 9, arbitrary: fc.constant(undefined) },
      { weight: 1, arbitrary: fencedCode(0, fc.constant(false)) },
    ),
  })
  .map(({ title, intro, questions, contents, glue, unclosed }) => {
    const parts: string[] = [];
    if (title !== undefined) parts.push(`# ${title}`);
    parts.push(...intro);
    if (contents) {
      parts.push('## Table of Contents', questions.map((q, index) => `- [Q${index + 1}: ${q.title}](#q${index + 1})`).join('\n'));
    }
    questions.forEach((q, index) => {
      if (q.section !== undefined) parts.push(`## ${q.section}`);
      const label = q.difficulty === undefined ? [] : [`**Difficulty: ${q.difficulty}**`];
      parts.push([`### Q${index + 1}: ${q.title}`, ...label].join(glue), ...q.blocks);
    });
    if (unclosed !== undefined) parts.push(unclosed);
    return `${parts.join('\n\n')}\n`;
  });
