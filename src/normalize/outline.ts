/** Pass: reads the document outline (title, table of contents, sections, `Qn:` questions) from the tree. */
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { SLUG_PATTERN } from '../lib/slug.ts';
import { slugify } from './assign-slugs.ts';
import type { DraftBank, DraftQuestion, PassContext, TocEntry } from './model.ts';
import { endLine, startLine } from './model.ts';
import { reporter } from './report.ts';

const QUESTION_HEADING = /^Q(\d+)\s*[:.)-]\s*(.+)$/;
const TOC_HEADING = /^(table of )?contents$/i;

/** Where a bank comes from: its path (for messages) and id (its file name). */
export interface BankSource {
  file: string;
  id: string;
}

/** Splits the tree into document text and questions; the blocks of each question are its answer. */
export function outline(tree: Root, source: BankSource, context: PassContext): DraftBank {
  const { warn, error } = reporter('outline', context.report);
  const bank: DraftBank = { ...source, title: '', intro: [], toc: [], sections: [], questions: [], topics: [] };
  let question: DraftQuestion | undefined;
  let section: string | undefined;
  const blocks = tree.children;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as RootContent;
    const match = block.type === 'heading' ? QUESTION_HEADING.exec(plainText(block).trim()) : null;
    if (match) {
      question = newQuestion(match, block as Heading, section);
      bank.questions.push(question);
    } else if (block.type === 'heading' && block.depth === 1 && !bank.title) {
      bank.title = plainText(block).trim();
    } else if (block.type === 'heading' && block.depth === 2 && TOC_HEADING.test(plainText(block).trim())) {
      const list = blocks[index + 1];
      if (list?.type === 'list') bank.toc = tocEntries(list);
      if (list?.type === 'list') index++;
    } else if (block.type === 'heading' && block.depth <= 2) {
      section = plainText(block).trim();
      bank.sections.push({ title: section, line: startLine(block) });
      question = undefined;
    } else if (question) {
      question.blocks.push(block);
      question.endLine = endLine(block);
    } else if (block.type !== 'thematicBreak') {
      if (section) warn(startLine(block), `text under "${section}" before its first question goes to the home page`);
      bank.intro.push(block);
    }
  }
  // The file name is the bank's id, which URLs and records use as a slug.
  if (!SLUG_PATTERN.test(source.id))
    error(
      1,
      `the file name "${source.id}" must be lower-case words joined by hyphens, e.g. "${slugify(source.id) || 'bank'}.md"`,
    );
  if (context.lines.every((line) => line.trim() === '')) error(1, 'the file is empty');
  else if (bank.questions.length === 0) error(1, 'no questions found: a question is a heading like "### Q1: What is ...?"');
  if (!bank.title) {
    bank.title = source.id;
    warn(1, `no "# Title" heading: the bank is titled "${source.id}"`);
  }
  return bank;
}

function newQuestion(match: RegExpExecArray, heading: Heading, section: string | undefined): DraftQuestion {
  const line = startLine(heading);
  const [headingText, number, title] = match;
  return {
    number: Number(number),
    title: (title ?? '').trim(),
    headingText,
    headingLine: line,
    sourceSection: section,
    blocks: [],
    endLine: line,
    aliases: [],
  };
}

function tocEntries(list: List): TocEntry[] {
  return list.children.map((item) => {
    const text = plainText(item).trim();
    let anchor = '';
    for (const child of item.children) {
      if (child.type === 'paragraph' && child.children[0]?.type === 'link') anchor = child.children[0].url;
    }
    return { number: Number(/^Q(\d+)/.exec(text)?.[1]) || undefined, text, anchor, line: startLine(item) };
  });
}
