/** Pass: reads the document outline (title, table of contents, sections, questions) from the tree, by the bank's shape. */
import type { Heading, List, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { BankMetadata } from './front-matter.ts';
import type { DraftBank, DraftQuestion, PassContext } from './model.ts';
import { endLine, startLine } from './model.ts';
import { collectDetails, isTocBody, tocEntries } from './outline-blocks.ts';
import {
  detailsQuestion,
  detectQuestionShape,
  isBoldQuestion,
  isTocHeading,
  itemHeading,
  markedTitle,
  Q_NUMBER_HEADING,
  type QuestionShape,
} from './question-shape.ts';
import { reporter } from './report.ts';

/** Where a bank comes from: its path (for messages), id (its file name) and front matter, if any. */
export interface BankSource extends BankMetadata {
  file: string;
  id: string;
}

/** An open question and the heading level that opened it (0: not a heading). */
interface Open {
  question: DraftQuestion;
  depth: number;
}

/** Splits the tree into document text and questions; the blocks of each question are its answer. */
export function outline(tree: Root, source: BankSource, context: PassContext, shape = detectQuestionShape(tree)): DraftBank {
  const { warn, error } = reporter('outline', context.report);
  const { file, id, description } = source;
  const bank: DraftBank = { file, id, title: '', intro: [], toc: [], sections: [], questions: [], topics: [] };
  if (description) bank.description = description;
  let open: Open | undefined;
  let section: string | undefined;
  const start = (title: string, headingText: string, node: RootContent, depth: number) => {
    const number =
      shape.rule === 'q-number-heading' ? Number(Q_NUMBER_HEADING.exec(headingText)?.[1]) : bank.questions.length + 1;
    open = { question: newQuestion(number, title || headingText, headingText, node, section), depth };
    bank.questions.push(open.question);
  };
  const blocks = tree.children;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index] as RootContent;
    if (shape.rule === 'list-heading' && block.type === 'list' && block.children.some((item) => itemHeading(item))) {
      for (const [at, item] of block.children.entries()) {
        const heading = itemHeading(item);
        const itemStart = block.ordered ? (block.start ?? 1) + at : block.start;
        if (heading) start(plainText(heading).trim(), plainText(heading).trim(), heading, heading.depth);
        // An item with no heading stays a list of its own, placed where the item is in the source.
        const answer = heading
          ? item.children.slice(1)
          : [{ ...block, start: itemStart, children: [item], position: item.position } satisfies List];
        for (const child of answer) addBlock(child);
      }
    } else if (shape.rule === 'details' && detailsQuestion(block) !== undefined) {
      start(detailsQuestion(block) ?? '', detailsQuestion(block) ?? '', block, 0);
      index = collectDetails(blocks, index, (child) => addBlock(child));
      open = undefined;
    } else if (shape.rule === 'bold-line' && isBoldQuestion(block)) {
      start(plainText(block).trim(), plainText(block).trim(), block, 0);
    } else if (block.type === 'heading') {
      index = heading(block, index);
    } else addBlock(block);
  }
  if (context.lines.every((line) => line.trim() === '')) error(1, 'the file is empty');
  else if (bank.questions.length === 0)
    error(
      1,
      'no questions found: a question is a heading ("### Q1: …", "## 1. …", "## Q. …", repeated "### …"), a "1. ### …" list item, a <details><summary> block or a bold line ending in "?"',
    );
  if (!bank.title && source.title) bank.title = source.title;
  if (!bank.title) {
    bank.title = source.id;
    warn(1, `no "# Title" heading: the bank is titled "${source.id}"`);
  }
  return bank;

  /** Files a heading as a question, the title, the table of contents, a section or answer text; returns the last index used. */
  function heading(block: Heading, index: number): number {
    const text = plainText(block).trim();
    if (isQuestionHeading(shape, block, text, open)) {
      start(
        shape.rule === 'q-number-heading' ? (Q_NUMBER_HEADING.exec(text)?.[2] ?? '') : (markedTitle(text) ?? text),
        text,
        block,
        block.depth,
      );
    } else if (block.depth === 1 && !bank.title) {
      bank.title = text;
    } else if (isTocHeading(text) && (shape.rule !== 'q-number-heading' || block.depth <= 2)) {
      index = readToc(index);
    } else if (isSection(shape, block, open)) {
      section = text;
      bank.sections.push({ title: section, line: startLine(block) });
      open = undefined;
    } else addBlock(block);
    return index;
  }

  /** The original form keeps its list as entries to reconcile; any other table of contents is navigation. */
  function readToc(index: number): number {
    const heading = blocks[index] as Heading;
    if (shape.rule === 'q-number-heading') {
      const list = blocks[index + 1];
      if (list?.type === 'list') bank.toc = tocEntries(list);
      return list?.type === 'list' ? index + 1 : index;
    }
    let last = index;
    while (isTocBody(blocks[last + 1])) last++;
    const end = endLine(blocks[last] ?? heading);
    context.report.push({
      pass: 'outline',
      severity: 'fix',
      line: startLine(heading),
      endLine: end,
      message: `table of contents (lines ${startLine(heading)}-${end}) dropped: navigation for the raw file, the site lists the questions`,
    });
    return last;
  }

  function addBlock(block: RootContent): void {
    if (open) {
      open.question.blocks.push(block);
      open.question.endLine = endLine(block);
    } else if (block.type !== 'thematicBreak') {
      if (section) warn(startLine(block), `text under "${section}" before its first question goes to the bank's introduction`);
      bank.intro.push(block);
    }
  }
}

/** Whether a heading opens a question under the shape; a marked heading inside a deeper answer does not. */
function isQuestionHeading(shape: QuestionShape, heading: Heading, text: string, open: Open | undefined): boolean {
  if (shape.rule === 'q-number-heading') return Q_NUMBER_HEADING.test(text);
  if (shape.rule === 'plain-heading') return heading.depth === shape.depth;
  if (shape.rule === 'list-heading' || shape.rule === 'marked-heading')
    return markedTitle(text) !== undefined && (!open || heading.depth <= open.depth);
  return false;
}

/** A heading no deeper than the question it would fall in is a section: it closes the question. */
function isSection(shape: QuestionShape, heading: Heading, open: Open | undefined): boolean {
  if (shape.rule === 'q-number-heading') return heading.depth <= 2;
  if (shape.rule === 'plain-heading') return heading.depth < shape.depth;
  if (!open) return heading.depth <= Math.max(shape.depth, 2);
  // Indented like the answer of a list item (`  ## Key points`) but not enough to be inside it: still the answer.
  if (shape.rule === 'list-heading' && (heading.position?.start.column ?? 1) > 1) return false;
  return open.depth > 0 ? heading.depth <= open.depth : heading.depth <= 2;
}

function newQuestion(
  number: number,
  title: string,
  headingText: string,
  node: RootContent,
  section: string | undefined,
): DraftQuestion {
  const line = startLine(node);
  return {
    number,
    title: title.trim(),
    headingText,
    headingLine: line,
    sourceSection: section,
    blocks: [],
    endLine: line,
    aliases: [],
  };
}
