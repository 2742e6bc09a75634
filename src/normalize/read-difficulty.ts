/** Pass: takes each question's difficulty label off its answer and maps the word onto the ordered scale. */
import { DIFFICULTY_LEVELS, levelForWord, UNRATED } from '../lib/difficulty.ts';
import { difficultyWord } from './labels.ts';
import type { DraftBank, DraftQuestion, PassContext } from './model.ts';
import { startLine } from './model.ts';
import type { BankOverrides } from './overrides.ts';
import { reporter } from './report.ts';

const WORDS = DIFFICULTY_LEVELS.map((level) => level.label).join(', ');

/** Source label first, then the overrides; with neither the question is `unrated` and an editor is warned. */
export function readDifficulty(bank: DraftBank, context: PassContext & { overrides: BankOverrides }): DraftBank {
  const { fix, warn, error } = reporter('read-difficulty', context.report);
  const questions = bank.questions.map((question): DraftQuestion => {
    const at = question.blocks.findIndex((block) => difficultyWord(block) !== undefined);
    const override = context.overrides.questions[question.slug ?? '']?.difficulty;
    if (at === -1) {
      if (override) {
        fix(
          question.headingLine,
          `Q${question.number} has no difficulty label: "${override}" comes from ${context.overrides.file}`,
        );
        return { ...question, difficulty: override, difficultyLabel: null };
      }
      warn(
        question.headingLine,
        `Q${question.number} has no difficulty label: it is "unrated"; set one under ${context.overrides.scope}.questions.${question.slug}.difficulty in ${context.overrides.file}`,
      );
      return { ...question, difficulty: UNRATED, difficultyLabel: null };
    }
    const block = question.blocks[at];
    const word = block ? (difficultyWord(block) ?? '') : '';
    const level = levelForWord(word, context.overrides.difficultyWords);
    if (!level) {
      error(
        block ? startLine(block) : question.headingLine,
        `unknown difficulty "${word}": use one of ${WORDS}, or map the word under ${context.overrides.scope}.difficultyWords in ${context.overrides.file}`,
      );
    }
    const blocks = question.blocks.filter((_, index) => index !== at);
    return { ...question, blocks, difficulty: override ?? level ?? UNRATED, difficultyLabel: word };
  });
  return { ...bank, questions };
}
