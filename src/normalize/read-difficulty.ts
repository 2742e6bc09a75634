/** Pass: takes each question's difficulty label off its answer (or title) and maps it onto the ordered scale. */
import { DIFFICULTY_LEVELS, UNRATED } from '../lib/difficulty.ts';
import { levelOfLabel, plainLabel } from './difficulty-forms.ts';
import { difficultyWord } from './labels.ts';
import type { DraftBank, DraftQuestion, PassContext } from './model.ts';
import { startLine } from './model.ts';
import type { BankOverrides } from './overrides.ts';
import { reporter } from './report.ts';

const WORDS = DIFFICULTY_LEVELS.map((level) => level.label).join(', ');

/**
 * Source label first (a `**Difficulty: X**` or `Level: X` line, a line of stars, or a tag taken off the title by
 * title-difficulty), then the overrides; with neither the question is `unrated` and an editor is warned. A bank with
 * no label at all has no difficulty: one note says so instead of a warning per question.
 */
export function readDifficulty(bank: DraftBank, context: PassContext & { overrides: BankOverrides }): DraftBank {
  const { fix, warn, error } = reporter('read-difficulty', context.report);
  const extra = context.overrides.difficultyWords;
  const labelOf = (block: DraftQuestion['blocks'][number]) => difficultyWord(block) ?? plainLabel(block, extra);
  const unlabelled = bank.questions.every((question) => !question.titleLabel && !question.blocks.some((block) => labelOf(block)));
  const mapping = new Map<string, string>();
  const questions = bank.questions.map((question): DraftQuestion => {
    const at = question.blocks.findIndex((block) => labelOf(block) !== undefined);
    const override = context.overrides.questions[question.slug ?? '']?.difficulty;
    const block = question.blocks[at];
    const word = block ? (labelOf(block) ?? '') : question.titleLabel;
    if (word === undefined) {
      if (override) {
        fix(
          question.headingLine,
          `Q${question.number} has no difficulty label: "${override}" comes from ${context.overrides.file}`,
        );
        return { ...question, difficulty: override, difficultyLabel: null };
      }
      if (!unlabelled)
        warn(
          question.headingLine,
          `Q${question.number} has no difficulty label: it is "unrated"; set one under ${context.overrides.scope}.questions.${question.slug}.difficulty in ${context.overrides.file}`,
        );
      return { ...question, difficulty: UNRATED, difficultyLabel: null };
    }
    const level = levelOfLabel(word, extra);
    if (!level) {
      error(
        block ? startLine(block) : question.headingLine,
        `unknown difficulty "${word}": use one of ${WORDS}, or map the word under ${context.overrides.scope}.difficultyWords in ${context.overrides.file}`,
      );
    } else if (level !== word.trim().toLowerCase()) mapping.set(word.trim(), level);
    const blocks = at === -1 ? question.blocks : question.blocks.filter((_, index) => index !== at);
    return { ...question, blocks, difficulty: override ?? level ?? UNRATED, difficultyLabel: word.trim() };
  });
  const noDifficulty = unlabelled && bank.questions.length > 0 && !questions.some((question) => question.difficulty !== UNRATED);
  if (noDifficulty) fix(1, 'no difficulty labels in this bank: its questions have no difficulty');
  if (mapping.size > 0)
    fix(1, `difficulty labels mapped onto the scale: ${[...mapping].map(([word, level]) => `${word} → ${level}`).join(', ')}`);
  return noDifficulty ? { ...bank, questions, noDifficulty } : { ...bank, questions };
}
