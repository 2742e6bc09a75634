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
    const closing = (context.lines[last - 1] ?? '').trim();
    const closed = last > startLine(node) && closing.startsWith(opening) && closing.replaceAll(opening[0] ?? '`', '') === '';
    if (!closed) error(startLine(node), `code fence ${opening} opened here is never closed`);
  });
  return tree;
}
