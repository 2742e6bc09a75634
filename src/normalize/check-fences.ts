/** Pass: finds code fences that never close, which would swallow the rest of the file. */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { endLine, type PassContext, startLine } from './model.ts';
import { reporter } from './report.ts';

const FENCE_OPEN = /^\s{0,3}(`{3,}|~{3,})/;

/** Reports each fenced code block whose closing fence is missing, at the line that opened it. */
export function checkFences(tree: Root, context: PassContext): Root {
  const { error } = reporter('check-fences', context.report);
  visit(tree, 'code', (node) => {
    const opening = FENCE_OPEN.exec(context.lines[startLine(node) - 1] ?? '')?.[1];
    if (!opening) return; // indented code has no fence to close
    const last = endLine(node);
    // A closing fence is indented at most three spaces and at least as long as the opening one.
    const closing = /^\s{0,3}(`{3,}|~{3,})\s*$/.exec(context.lines[last - 1] ?? '')?.[1] ?? '';
    const closed = last > startLine(node) && closing[0] === opening[0] && closing.length >= opening.length;
    if (!closed) error(startLine(node), `code fence ${opening} opened here is never closed`);
  });
  return tree;
}
