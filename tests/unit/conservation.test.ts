// Conservation on the real source: every code block in exactly one page, every prose word exactly once, no mojibake.
import { readFileSync } from 'node:fs';
import type { Code } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import { findMojibake, repairEncoding } from '../../src/normalize/repair-encoding.ts';
import { normalizedRealBank, SOURCE_FILE } from '../support/real-bank.ts';

const source = repairEncoding(readFileSync(SOURCE_FILE, 'utf8'), []);
const result = normalizedRealBank();
const pages = [...result.banks.map((bank) => bank.mdx), ...result.questions.map((question) => question.mdx)];

function codeBlocks(markdown: string): Code[] {
  const blocks: Code[] = [];
  visit(fromMarkdown(markdown), 'code', (node) => {
    blocks.push(node);
  });
  return blocks;
}

/** Lines outside code fences, minus frontmatter. */
function proseLines(markdown: string): string[] {
  const lines = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  for (const block of codeBlocks(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''))) {
    const { start, end } = block.position ?? { start: { line: 1 }, end: { line: 0 } };
    for (let line = start.line; line <= end.line; line++) lines[line - 1] = '';
  }
  return lines;
}

// What the source uses for structure, which pages express by layout: the title, the table of contents,
// `##` sections and `### Qn:` headings, separators, and the difficulty and answer labels.
const STRUCTURE = [/^#{1,3} /, /^---$/, /^- \[Q\d+:/, /^\*\*Difficulty: \w+\*\*$/, /^\*\*Answer:\*\*$/];

function words(lines: string[]): string[] {
  return lines.flatMap((line) => line.match(/[\p{L}\p{N}]+/gu) ?? []).sort();
}

describe('nothing is lost, nothing is doubled', () => {
  test('121 code blocks in the source, each verbatim in exactly one page', () => {
    const sourceBlocks = codeBlocks(source).map((block) => block.value);
    expect(sourceBlocks).toHaveLength(121);
    const pageBlocks = pages.map((page) => codeBlocks(page).map((block) => block.value));
    for (const value of sourceBlocks) {
      const owners = pageBlocks.filter((blocks) => blocks.includes(value));
      expect(owners, value.slice(0, 60)).toHaveLength(1);
    }
    expect(pageBlocks.flat().sort()).toEqual([...sourceBlocks].sort());
  });

  test('every prose word of the source appears in the pages exactly as often as in the source', () => {
    const sourceProse = proseLines(source).filter((line) => !STRUCTURE.some((pattern) => pattern.test(line.trim())));
    const pageProse = pages.flatMap(proseLines);
    expect(words(pageProse)).toEqual(words(sourceProse));
  });

  test('20 questions and one bank', () => {
    expect(result.questions).toHaveLength(20);
    expect(result.banks).toHaveLength(1);
  });

  test('no mojibake remains in any page', () => {
    expect(findMojibake(readFileSync(SOURCE_FILE, 'utf8')).length).toBeGreaterThan(0);
    for (const page of pages) expect(findMojibake(page)).toEqual([]);
  });

  test('every page parses back as markdown with the same tree shape it was written from', () => {
    for (const page of pages) expect(parseMarkdown(page).children.length).toBeGreaterThan(0);
  });
});
