/**
 * Which lines of a bank's text are fenced code, read line by line as CommonMark opens and closes fences: for the
 * steps that work on the text before it is parsed (a line inside code is never navigation, nor a heading to repair).
 */

const FENCE = /^([ \t]*)(`{3,}|~{3,})(.*)$/;

/** Where fences may open: anywhere (list items indent theirs), or only at the top level (0 to 3 spaces). */
export type FenceDepth = 'any' | 'top-level';

/** For each line, whether it belongs to a fenced code block: its opening fence, its code, or its closing fence. */
export function fencedLines(lines: readonly string[], depth: FenceDepth = 'any'): boolean[] {
  let open: { char: string; length: number; indent: number } | undefined;
  return lines.map((line) => {
    const [, indent = '', run = '', rest = ''] = FENCE.exec(line) ?? [];
    if (open) {
      // A closing fence has the opening's character, at least as many, nothing after them, and at most three columns
      // of indent past its container's content: the page's left edge at the top level; in a list item, up to three
      // columns left of the opening fence. Unsure where that is, a line is a closing fence only if it would be one
      // wherever it is: else it is taken as code.
      const closes =
        depth === 'top-level'
          ? indent.length <= 3
          : indent.length >= open.indent && indent.length <= Math.max(0, open.indent - 3) + 3;
      if (run[0] === open.char && run.length >= open.length && rest.trim() === '' && closes) {
        open = undefined;
        return true;
      }
      // A fence opened inside a list item ends with the item: at a line indented less than the item's content, which
      // is at most three columns left of the fence. Lines between are taken as code.
      const leading = /^[ \t]*/.exec(line)?.[0].length ?? 0;
      if (line.trim() === '' || leading >= open.indent - 3) return true;
      open = undefined;
    }
    if (run === '' || (depth === 'top-level' && indent.length > 3)) return false;
    // A backtick in a backtick fence's info string makes the line a code span, not a fence.
    if (run[0] === '`' && rest.includes('`')) return false;
    open = { char: run[0] ?? '`', length: run.length, indent: indent.length };
    return true;
  });
}
