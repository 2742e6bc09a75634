/** Finds the lines where markdown source may be cut into sections that parse alone: headings outside fenced code. */

/** The start of a section: its 1-based line and the offset of the line's first character. */
export interface Cut {
  line: number;
  offset: number;
}

// An ATX heading at column 1; a `# comment` line inside fenced code looks the same, hence the fence tracking.
const HEADING = /#{1,6}(?:[ \t]|$)/my;
// Fences at the top level only: deeper ones sit in a container that an unindented heading line closes anyway.
const FENCE_OPEN = / {0,3}(`{3,}|~{3,})([^\n]*)/y;
const FENCE_CLOSE = / {0,3}(`{3,}|~{3,})[ \t]*$/my;

/**
 * The start of the text, then every line that opens with an ATX heading outside a fenced code block.
 * Only a candidate: a cut is safe when the parser agrees that the line starts a heading, which the caller checks.
 */
export function sectionCuts(text: string): Cut[] {
  const cuts: Cut[] = [{ line: 1, offset: 0 }];
  let fence: string | undefined;
  let line = 1;
  for (let offset = 0; offset < text.length; line++) {
    const end = lineEnd(text, offset);
    if (fence) {
      const closing = matchAt(FENCE_CLOSE, text, offset)?.[1];
      if (closing !== undefined && closing[0] === fence[0] && closing.length >= fence.length) fence = undefined;
    } else if (line > 1 && matchAt(HEADING, text, offset)) {
      cuts.push({ line, offset });
    } else {
      const opening = matchAt(FENCE_OPEN, text, offset);
      // A backtick in a backtick fence's info string makes the line a code span, not a fence.
      if (opening?.[1] && !(opening[1][0] === '`' && opening[2]?.includes('`'))) fence = opening[1];
    }
    offset = end + 1;
  }
  return cuts;
}

/** The offset of the line ending that closes the line at `offset`, or the text's length on the last line. */
export function lineEnd(text: string, offset: number): number {
  const end = text.indexOf('\n', offset);
  return end === -1 ? text.length : end;
}

function matchAt(pattern: RegExp, text: string, offset: number): RegExpExecArray | null {
  pattern.lastIndex = offset;
  return pattern.exec(text);
}
