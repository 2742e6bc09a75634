/** Pass: compares the source's table of contents with the question headings; the headings win. */
import type { DraftBank, DraftQuestion, PassContext } from './model.ts';
import { reporter } from './report.ts';

/** Comparable form of a title: no `Qn:` prefix, no final punctuation, one space, lower case. */
export function comparableTitle(text: string): string {
  return text
    .replace(/^Q\d+\s*[:.)-]\s*/, '')
    .replace(/[\s.?!:]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

/** Reports every entry that names another question, lacks one, or points nowhere; the outline is unchanged. */
export function reconcileToc(bank: DraftBank, context: PassContext): DraftBank {
  const { fix, warn } = reporter('reconcile-toc', context.report);
  if (bank.toc.length === 0) return bank;
  // Looked up, not searched for each entry: with thousands of questions, searching takes seconds.
  const byNumber = new Map<number, DraftQuestion>();
  for (const question of bank.questions) if (!byNumber.has(question.number)) byNumber.set(question.number, question);
  const inToc = new Set(bank.toc.map((entry) => entry.number));
  for (const entry of bank.toc) {
    const question = entry.number === undefined ? undefined : byNumber.get(entry.number);
    if (!question) {
      warn(entry.line, `table of contents entry "${entry.text}" matches no question heading; it is dropped`);
      continue;
    }
    const listed = entry.text.replace(/^Q\d+\s*[:.)-]\s*/, '');
    if (listed === question.title) continue;
    if (comparableTitle(entry.text) === comparableTitle(question.title)) {
      fix(
        entry.line,
        `table of contents entry for Q${question.number} reads "${listed}"; the heading (line ${question.headingLine}) reads "${question.title}"`,
      );
    } else {
      fix(
        entry.line,
        `table of contents entry for Q${question.number} names another question, "${listed}"; the heading (line ${question.headingLine}) wins: "${question.title}"`,
      );
    }
  }
  for (const question of bank.questions) {
    if (!inToc.has(question.number)) {
      warn(question.headingLine, `Q${question.number} "${question.title}" is missing from the table of contents`);
    }
  }
  return bank;
}
