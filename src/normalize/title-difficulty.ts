/** Pass: takes a difficulty tag off a question's title (`[Easy] What is X?`, `What is X ⭐⭐`) before slugs are made from it. */
import { titleLabel } from './difficulty-forms.ts';
import type { DraftBank, PassContext } from './model.ts';
import type { BankOverrides } from './overrides.ts';
import { reporter } from './report.ts';

/** The tag becomes the question's `titleLabel`, which read-difficulty maps; the title keeps the rest. */
export function titleDifficulty(bank: DraftBank, context: PassContext & { overrides: BankOverrides }): DraftBank {
  const { fix } = reporter('title-difficulty', context.report);
  const questions = bank.questions.map((question) => {
    const found = titleLabel(question.title, context.overrides.difficultyWords);
    if (!found) return question;
    fix(question.headingLine, `"${found.label}" in the title of Q${question.number} is its difficulty`);
    return { ...question, title: found.title, titleLabel: found.label };
  });
  return { ...bank, questions };
}
