/** Emits a validated question record and its MDX page, and the bank's home-page document. */
import type { Root, RootContent } from 'mdast';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { toMarkdown, type Unsafe } from 'mdast-util-to-markdown';
import { visit } from 'unist-util-visit';
import { stringify } from 'yaml';
import { type BankRecord, bankSchema, type QuestionRecord, questionSchema } from '../lib/schema.ts';
import type { DraftBank, DraftQuestion } from './model.ts';

// MDX reads a line of text that starts with `import` or `export` as ESM and runs it when the page is built; the
// first letter written as a character reference (`&#x69;mport`) reads as the same text and is never code.
const ESM_KEYWORDS: Unsafe[] = ['import', 'export'].map((word) => ({
  character: word.charAt(0),
  atBreak: true,
  after: word.slice(1),
  inConstruct: 'phrasing',
}));

/**
 * Markdown for MDX in which every character of the bank is text: `{`, `}`, `<` are escaped by the MDX extension,
 * and `import`/`export` at the start of a line by ESM_KEYWORDS.
 */
export function toMdxBody(blocks: RootContent[]): string {
  const root: Root = { type: 'root', children: structuredClone(blocks) };
  // A code span shows its line endings as spaces, so writing them as spaces changes nothing on the page; written
  // as line endings, a continuation line could start with indented backticks, which MDX (no indented code)
  // reads as a code fence that swallows the rest of the list item.
  visit(root, 'inlineCode', (node) => {
    node.value = node.value.replace(/\r?\n/g, ' ');
  });
  return toMarkdown(root, {
    extensions: [gfmToMarkdown(), mdxToMarkdown()],
    bullet: '-',
    emphasis: '_',
    fence: '`',
    fences: true,
    rule: '-',
    unsafe: ESM_KEYWORDS,
  });
}

function frontmatter(data: object): string {
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** The record of a finished draft question, validated by the collection's own schema. */
export function questionRecord(bank: DraftBank, question: DraftQuestion): QuestionRecord {
  return questionSchema.parse({
    number: question.number,
    title: question.title,
    slug: question.slug,
    bank: bank.id,
    difficulty: question.difficulty,
    difficultyLabel: question.difficultyLabel ?? null,
    topics: question.topics,
    summary: question.summary,
    sections: question.sections,
    related: question.related,
    aliases: question.aliases,
    readingMinutes: question.readingMinutes,
    source: { file: bank.file, startLine: question.headingLine, endLine: question.endLine },
  });
}

/** One MDX page: frontmatter, then the answer. */
export function questionPage(record: QuestionRecord, blocks: RootContent[]): string {
  return `${frontmatter(record)}\n${toMdxBody(blocks)}`;
}

/** The bank's record (title, topics) and its MDX document (the home-page intro). */
export function bankPage(bank: DraftBank): { record: BankRecord; mdx: string } {
  const { title, description, file, topics, noDifficulty } = bank;
  // Absent, not undefined, when a bank has none: the record of a bank without them stays as it was.
  const record = bankSchema.parse({
    title,
    ...(description && { description }),
    ...(noDifficulty && { noDifficulty }),
    file,
    topics,
  });
  return { record, mdx: `${frontmatter(record)}\n${toMdxBody(bank.intro)}` };
}
