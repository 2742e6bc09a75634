/** Pass: a question the source leaves without an answer gets a page saying so, and an editor a warning. */
import type { RootContent } from 'mdast';
import type { DraftBank, PassContext } from './model.ts';
import { reporter } from './report.ts';

/** What the page of an unanswered question says, in place of an answer. */
export const NO_ANSWER_TEXT = 'The source bank gives no answer to this question yet.';

/**
 * Runs after read-difficulty, so a question with only a label counts as empty. relocate-misfiled-answers has already
 * warned about those with nothing at all; this warns about the rest, once.
 */
export function emptyAnswers(bank: DraftBank, context: PassContext): DraftBank {
  const { warn } = reporter('empty-answers', context.report);
  const warned = new Set(context.report.filter((entry) => entry.message.endsWith('has no answer')).map((entry) => entry.line));
  const questions = bank.questions.map((question) => {
    if (!question.blocks.every((block) => block.type === 'thematicBreak')) return question;
    if (!warned.has(question.headingLine)) warn(question.headingLine, `Q${question.number} "${question.title}" has no answer`);
    const note: RootContent = {
      type: 'paragraph',
      children: [{ type: 'emphasis', children: [{ type: 'text', value: NO_ANSWER_TEXT }] }],
    };
    return { ...question, blocks: [note] };
  });
  return { ...bank, questions };
}
