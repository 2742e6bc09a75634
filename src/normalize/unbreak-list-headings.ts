/**
 * Step on the text, before parsing: micromark (unlike GitHub) reads `27. ### Title` as a paragraph when the line before
 * its blank line is indented code, because it treats the list as interrupting the code and only a list starting at 1 may
 * interrupt. Such an item is renumbered `1.` with the same width, which changes no column and nothing shown: questions
 * are numbered by their position, never by the list's numbers.
 */
import { fencedLines } from './fences.ts';
import type { ReportEntry } from './report.ts';

const NUMBERED_HEADING_ITEM = /^(\d+)\.( +#{1,6}\s)/;

/** The text with each such item renumbered; one fix per bank says how many. */
export function unbreakListHeadings(text: string, report: ReportEntry[]): string {
  const lines = text.split('\n');
  const inFence = fencedLines(lines, 'top-level');
  let previous = '';
  const fixed: number[] = [];
  for (const [index, line] of lines.entries()) {
    const match = inFence[index] ? null : NUMBERED_HEADING_ITEM.exec(line);
    if (match && match[1] !== '1' && /^( {4}|\t)/.test(previous)) {
      lines[index] = `1.${' '.repeat((match[1] ?? '').length - 1)}${line.slice((match[1] ?? '').length + 1)}`;
      fixed.push(index + 1);
    }
    if (line.trim() !== '') previous = line;
  }
  if (fixed.length > 0)
    report.push({
      pass: 'unbreak-list-headings',
      severity: 'fix',
      line: fixed[0] ?? 1,
      message: `${fixed.length} numbered question item(s) after indented text read as list items (lines ${fixed.slice(0, 5).join(', ')}${fixed.length > 5 ? ', …' : ''})`,
    });
  return lines.join('\n');
}
