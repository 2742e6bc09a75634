/** Pass: links each question to others on a similar subject, and reports subjects the bank asks twice. */
import type { RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { DraftBank } from './model.ts';
import { findRelated } from './related-questions.ts';
import type { FileReportEntry } from './report.ts';

/** Prose only: code shares too much boilerplate (`require('express')`) to tell subjects apart. */
function prose(blocks: RootContent[]): string {
  return blocks
    .filter((block) => block.type !== 'code' && block.type !== 'heading')
    .map((block) => plainText(block))
    .join('\n');
}

/**
 * Similarity runs over all banks at once, so a question can relate to one in another bank; each entry
 * names the file of the question it is reported at.
 */
export function linkRelated(banks: DraftBank[], report: FileReportEntry[]): DraftBank[] {
  const questions = banks.flatMap((bank) => bank.questions);
  const fileOf = new Map(banks.flatMap((bank) => bank.questions.map((question) => [question.slug, bank.file] as const)));
  const { related, duplicates } = findRelated(
    questions.map((question) => ({
      slug: question.slug ?? '',
      title: question.title,
      headings: question.blocks.filter((block) => block.type === 'heading').map((block) => plainText(block)),
      prose: prose(question.blocks),
    })),
  );
  const bySlug = new Map(questions.map((question) => [question.slug, question]));
  for (const { a, b, score } of duplicates) {
    const first = bySlug.get(a);
    const second = bySlug.get(b);
    if (!first || !second) continue;
    report.push({
      file: fileOf.get(b) ?? '',
      pass: 'link-related',
      severity: 'fix',
      line: second.headingLine,
      message: `Q${second.number} "${second.title}" asks the same subject as Q${first.number} "${first.title}" (similarity ${score.toFixed(2)}): each lists the other as related`,
    });
  }
  return banks.map((bank) => ({
    ...bank,
    questions: bank.questions.map((question) => ({ ...question, related: related.get(question.slug ?? '') ?? [] })),
  }));
}
