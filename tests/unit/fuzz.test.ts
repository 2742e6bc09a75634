// Property tests: on generated messy banks the normalizer never throws, reports errors inside the document or emits
// pages that compile as MDX with no code of the bank's in them, and keeps every code block of the input verbatim in exactly one page.
import { compile, createProcessor } from '@mdx-js/mdx';
import fc from 'fast-check';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { emptyOverrides } from '../../src/normalize/overrides.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { type NormalizeResult, normalize } from '../../src/normalize/pipeline.ts';
import { repairEncoding } from '../../src/normalize/repair-encoding.ts';
import { bankDocument } from '../support/markdown-arbitraries.ts';
import { mdxCodeNodes } from '../support/mdx-code.ts';

// One seed for the three properties: they see the same banks, and each bank is normalized once.
// FUZZ_SEED replays a failure; FUZZ_RUNS=5000 searches deeper.
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const OPTIONS = { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) };
// About 3 s each on an idle machine; the margin is for a loaded CI runner.
const TIMEOUT = 60_000 * Math.max(1, RUNS / 200);
const mdxParser = createProcessor();
const results = new Map<string, NormalizeResult>();

function run(markdown: string): NormalizeResult {
  let result = results.get(markdown);
  if (!result) {
    result = normalize([{ file: 'bank.md', id: 'bank', bytes: new TextEncoder().encode(markdown) }], emptyOverrides());
    results.set(markdown, result);
  }
  return result;
}
const withoutFrontmatter = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
const pagesOf = (result: NormalizeResult) => [...result.banks, ...result.questions].map((page) => withoutFrontmatter(page.mdx));

function codeValues(tree: Root): string[] {
  const values: string[] = [];
  visit(tree, 'code', (node) => {
    values.push(node.value);
  });
  return values;
}

/** Lines as an editor counts them: CommonMark ends a line at LF, CR or CRLF. */
const lineCount = (markdown: string) => markdown.split(/\r\n?|\n/).length;

describe('normalize() on generated banks', () => {
  test(
    'never throws; errors point inside the document and come without pages',
    () => {
      fc.assert(
        fc.property(bankDocument, (markdown) => {
          const result = run(markdown);
          for (const entry of result.report) {
            expect(entry.line, `${entry.pass}: ${entry.message}`).toBeGreaterThanOrEqual(1);
            expect(entry.line, `${entry.pass}: ${entry.message}`).toBeLessThanOrEqual(lineCount(markdown));
          }
          if (result.report.some((entry) => entry.severity === 'error')) {
            expect([result.banks, result.questions]).toEqual([[], []]);
          } else {
            expect(result.questions.length).toBeGreaterThan(0);
          }
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  test(
    'without errors, every page compiles as MDX',
    async () => {
      await fc.assert(
        fc.asyncProperty(bankDocument, async (markdown) => {
          const result = run(markdown);
          for (const page of pagesOf(result)) await compile(page);
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  test(
    'nothing of a bank becomes MDX code: no page has ESM, an expression or a JSX element',
    () => {
      fc.assert(
        fc.property(bankDocument, (markdown) => {
          for (const page of pagesOf(run(markdown))) expect(mdxCodeNodes(page)).toEqual([]);
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );

  test(
    'without errors, every code block of the input is verbatim in exactly one page',
    () => {
      fc.assert(
        fc.property(bankDocument, (markdown) => {
          const result = run(markdown);
          fc.pre(!result.report.some((entry) => entry.severity === 'error'));
          const input = codeValues(parseMarkdown(repairEncoding(markdown, [])));
          const pages = pagesOf(result).map((page) => codeValues(mdxParser.parse(page) as Root));
          for (const value of new Set(input)) {
            const owners = pages.filter((values) => values.includes(value)).length;
            const copies = input.filter((candidate) => candidate === value).length;
            expect(owners, JSON.stringify(value)).toBeGreaterThanOrEqual(1);
            expect(owners, JSON.stringify(value)).toBeLessThanOrEqual(copies);
          }
          expect(pages.flat().sort()).toEqual([...input].sort());
        }),
        OPTIONS,
      );
    },
    TIMEOUT,
  );
});
