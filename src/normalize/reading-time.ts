/** Pass: estimates each answer's reading time, counting code more slowly than prose. */
import type { RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { DraftBank } from './model.ts';

const PROSE_WORDS_PER_MINUTE = 220;
// Readers skim long listings; a line of code costs about as much as a sentence of prose.
const CODE_LINES_PER_MINUTE = 60;

/** Whole minutes, at least one, for prose words plus code lines. */
export function readingMinutes(blocks: RootContent[]): number {
  let codeLines = 0;
  let proseWords = 0;
  for (const block of blocks) {
    visit(block, (node) => {
      if (node.type === 'code') codeLines += node.value.split('\n').length;
      if (node.type === 'text' || node.type === 'inlineCode') proseWords += plainText(node).split(/\s+/).filter(Boolean).length;
    });
  }
  return Math.max(1, Math.round(proseWords / PROSE_WORDS_PER_MINUTE + codeLines / CODE_LINES_PER_MINUTE));
}

/** Sets `readingMinutes` on every question. */
export function estimateReadingTime(bank: DraftBank): DraftBank {
  return {
    ...bank,
    questions: bank.questions.map((question) => ({ ...question, readingMinutes: readingMinutes(question.blocks) })),
  };
}
