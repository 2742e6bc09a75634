/** Conservation helper: which page (or report span) owns each line of a source bank after the outline. */
import { noImages } from '../../src/normalize/bank-assets.ts';
import { emptyOverrides, overridesForBank } from '../../src/normalize/overrides.ts';
import { outlineBank, parseSource, type SourceFile } from '../../src/normalize/pipeline.ts';
import type { ReportEntry } from '../../src/normalize/report.ts';

/**
 * Who owns each source line after the outline: `dropped` (a report span), `title`, `intro`, `markup` (a separator or
 * a `<details>` tag, shown by layout) or `q<heading line>` for a question's heading and answer.
 */
export function lineOwners(source: SourceFile): Map<number, string[]> {
  const report: ReportEntry[] = [];
  const parsed = parseSource(source, new Set(), report);
  const overrides = overridesForBank(emptyOverrides(), parsed?.id ?? source.id);
  const shared = { overrides, taken: new Set<string>(), owners: new Map<string, string>(), readAsset: noImages };
  const outlined = parsed && outlineBank(parsed, shared, report);
  const owners = new Map<number, string[]>();
  const own = (from: number, to: number, owner: string) => {
    // A line dropped for two reasons (a comment inside a table of contents) is still on no page.
    for (let line = from; line <= to; line++)
      if (!owners.get(line)?.includes('dropped')) owners.set(line, [...(owners.get(line) ?? []), owner]);
  };
  for (const entry of report) if (entry.endLine) own(entry.line, entry.endLine, 'dropped');
  const bank = outlined?.bank;
  if (!bank) return owners;
  const lines = outlined.context.lines;
  const titleLine = lines.findIndex((line) => /^#\s/.test(line)) + 1;
  if (titleLine > 0) own(titleLine, titleLine, 'title');
  for (const section of bank.sections) own(section.line, section.line, 'section');
  for (const block of bank.intro) own(block.position?.start.line ?? 0, block.position?.end.line ?? -1, 'intro');
  for (const question of bank.questions) {
    const owner = `q${question.headingLine}`;
    if (!owners.has(question.headingLine)) own(question.headingLine, question.headingLine, owner);
    for (const block of question.blocks) {
      const start = block.position?.start.line ?? 0;
      own(owners.get(start)?.includes(owner) ? start + 1 : start, block.position?.end.line ?? -1, owner);
    }
  }
  for (const [index, line] of lines.entries()) {
    if (owners.has(index + 1)) continue;
    // The <summary> line of a <details> question is its title, under the opener the question starts at.
    const question = bank.questions.findLast((candidate) => candidate.headingLine <= index + 1);
    if (/^\s*(---|<\/?(details|summary|p)\b[^>]*>\s*)+$/.test(line)) own(index + 1, index + 1, 'markup');
    else if (/<summary\b/.test(line) && question) own(index + 1, index + 1, `q${question.headingLine}`);
  }
  return owners;
}
