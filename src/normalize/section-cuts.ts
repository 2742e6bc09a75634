/** Finds the lines where markdown source may be cut into sections that parse alone: headings outside fenced code. */
import { fencedLines } from './fences.ts';

/** The start of a section: its 1-based line and the offset of the line's first character. */
export interface Cut {
  line: number;
  offset: number;
}

// An ATX heading at column 1; a `# comment` line inside fenced code looks the same, hence the fence tracking.
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * The start of the text, then every line that opens with an ATX heading outside a fenced code block (fences at the
 * top level only: deeper ones sit in a container that an unindented heading line closes anyway).
 * Only a candidate: a cut is safe when the parser agrees that the line starts a heading, which the caller checks.
 */
export function sectionCuts(text: string): Cut[] {
  const cuts: Cut[] = [{ line: 1, offset: 0 }];
  const lines = text.split('\n');
  const fenced = fencedLines(lines, 'top-level');
  let offset = 0;
  for (const [index, line] of lines.entries()) {
    if (index > 0 && !fenced[index] && HEADING.test(line)) cuts.push({ line: index + 1, offset });
    offset += line.length + 1;
  }
  return cuts;
}

/** The offset of the line ending that closes the line at `offset`, or the text's length on the last line. */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}
