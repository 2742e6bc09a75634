/** Pass: moves an answer filed inside the wrong question to the empty question it belongs to. */

import { difficultyWord } from './labels.ts';
import type { DraftBank, DraftQuestion, PassContext } from './model.ts';
import { endLine, startLine } from './model.ts';
import { reporter } from './report.ts';

/**
 * Every answer opens with one difficulty label, so a second label inside a question starts another answer.
 * It goes to the nearest earlier question that has no answer; with none, the text stays and an editor is warned.
 */
export function relocateMisfiledAnswers(bank: DraftBank, context: PassContext): DraftBank {
  const { fix, warn } = reporter('relocate-misfiled-answers', context.report);
  const questions = bank.questions.map((question) => ({ ...question, blocks: [...question.blocks] }));
  for (const [index, question] of questions.entries()) {
    const labels = question.blocks.flatMap((block, at) => (difficultyWord(block) === undefined ? [] : [at]));
    for (const cut of labels.slice(1).reverse()) {
      const target = questions.slice(0, index).reverse().find(isEmpty);
      const first = question.blocks[cut];
      if (!first) continue;
      if (!target) {
        warn(startLine(first), `Q${question.number} has a second difficulty label here and no empty question to own it`);
        continue;
      }
      const moved = question.blocks.splice(cut);
      target.blocks = moved;
      target.endLine = endLine(moved.at(-1) ?? first);
      question.endLine = endLine(question.blocks.at(-1) ?? first);
      fix(
        startLine(first),
        `the answer at lines ${startLine(first)}-${target.endLine} sits inside Q${question.number} "${question.title}"; it moves to Q${target.number} "${target.title}", which had no answer`,
      );
    }
  }
  for (const question of questions.filter(isEmpty)) {
    warn(question.headingLine, `Q${question.number} "${question.title}" has no answer`);
  }
  return { ...bank, questions };
}

function isEmpty(question: DraftQuestion): boolean {
  return question.blocks.every((block) => block.type === 'thematicBreak');
}
