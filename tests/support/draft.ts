/** Test helpers: small markdown strings in, drafts and report entries out, through the real parser and outline. */

import type { DraftBank } from '../../src/normalize/model.ts';
import { outline } from '../../src/normalize/outline.ts';
import { emptyOverrides, type Overrides, overridesForBank, parseOverrides } from '../../src/normalize/overrides.ts';
import { parseMarkdown } from '../../src/normalize/parse-markdown.ts';
import type { ReportEntry } from '../../src/normalize/report.ts';

/** The id of the bank `draftFrom` makes; overrides for it live under `banks.test`. */
export const TEST_BANK = 'test';

/** Overrides text with `bankYaml` as the test bank's block (`banks.test`), parsed as the normalizer parses the file. */
export function testBankOverrides(bankYaml: string, file = 'overrides.yaml'): Overrides {
  const indented = bankYaml.replace(/^(?=.)/gm, '    ');
  return parseOverrides(`banks:\n  ${TEST_BANK}:\n${indented}`, file);
}

/** The context a bank pass gets, over `markdown`'s lines, with a fresh report and optional overrides. */
export function contextFor(markdown: string, overrides: Overrides = emptyOverrides()) {
  return {
    lines: markdown.split('\n'),
    report: [] as ReportEntry[],
    overrides: overridesForBank(overrides, TEST_BANK),
    taken: new Set<string>(),
    owners: new Map<string, string>(),
  };
}

/** Parses `markdown` and cuts it into a draft bank, as the pipeline does before the bank passes. */
export function draftFrom(markdown: string, overrides: Overrides = emptyOverrides()) {
  const context = contextFor(markdown, overrides);
  const bank: DraftBank = outline(parseMarkdown(markdown), { file: 'test.md', id: TEST_BANK }, context);
  return { bank, context };
}

/** `# Bank` plus one `### Qn:` heading per body, numbered from 1. */
export function bankOf(...bodies: string[]): string {
  return ['# Bank', '', ...bodies.map((body, index) => `### Q${index + 1}: Question ${index + 1}?\n${body}\n`)].join('\n');
}
