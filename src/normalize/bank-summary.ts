/** Per-bank figures the CLI and `npm run check:banks` print: the question rule and why, counts, labels, lines kept. */
import type { NormalizeResult } from './pipeline.ts';

/** One bank's row. */
export interface BankSummary {
  file: string;
  id: string;
  rule: string;
  reason: string;
  questions: number;
  sections: number;
  difficultyLabels: string[];
  /** Source lines on a page, of all non-blank lines. */
  linesKept: number;
  linesTotal: number;
  warnings: number;
  errors: number;
}

/** The rows of every bank in the result; `lineCounts` gives each file's non-blank and dropped-as-navigation lines. */
export function bankSummaries(result: NormalizeResult, nonBlankLines: (file: string) => number): BankSummary[] {
  const files = [...new Set(result.report.map((entry) => entry.file)), ...result.banks.map((bank) => bank.record.file)];
  return [...new Set(files)].map((file) => {
    const bank = result.banks.find((candidate) => candidate.record.file === file);
    const questions = result.questions.filter((question) => question.record.source.file === file);
    const entries = result.report.filter((entry) => entry.file === file);
    const dropped = entries.reduce((sum, entry) => sum + (entry.endLine ? entry.endLine - entry.line + 1 : 0), 0);
    const total = nonBlankLines(file);
    return {
      file,
      id: bank?.id ?? '',
      rule: bank?.shape ? `${bank.shape.rule}${bank.shape.depth ? ` h${bank.shape.depth}` : ''}` : '-',
      reason: bank?.shape?.reason ?? '',
      questions: questions.length,
      sections: bank?.sections ?? 0,
      difficultyLabels: [...new Set(questions.flatMap((question) => question.record.difficultyLabel ?? []))].sort(),
      linesKept: bank ? Math.max(total - dropped, 0) : 0,
      linesTotal: total,
      warnings: entries.filter((entry) => entry.severity === 'warning').length,
      errors: entries.filter((entry) => entry.severity === 'error').length,
    };
  });
}

/** `<file>: bank "<id>", <n> questions by rule <rule>: <reason>`, one line per bank, for `npm run normalize`. */
export function describeBanks(result: NormalizeResult): string[] {
  return result.banks.map((bank) => {
    const count = result.questions.filter((question) => question.record.bank === bank.id).length;
    const shape = bank.shape ? ` by rule ${bank.shape.rule}: ${bank.shape.reason}` : '';
    return `${bank.record.file}: bank "${bank.id}", ${count} questions${shape}`;
  });
}
