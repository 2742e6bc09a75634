/** Pass: lifts a label line (`**Difficulty: Hard**`) that CommonMark glued onto the line above into a block of its own. */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isLabelText } from './labels.ts';
import { type PassContext, startLine } from './model.ts';
import { reporter } from './report.ts';

/**
 * A label with no blank line before it becomes a lazy continuation of the paragraph above, even inside
 * a list item. Split it off and place it right after the top-level block that swallowed it.
 */
export function liftGluedLabels(tree: Root, context: PassContext): Root {
  const { fix } = reporter('lift-glued-labels', context.report);
  const children: RootContent[] = [];
  for (const block of structuredClone(tree.children)) {
    const lifted: Paragraph[] = [];
    visit(block, 'paragraph', (paragraph) => {
      const cut = gluedLabelIndex(paragraph.children);
      if (cut === undefined) return;
      const tail = paragraph.children.splice(cut);
      trimTrailingNewline(paragraph.children);
      const label: Paragraph = { type: 'paragraph', children: tail };
      if (tail[0]?.position)
        label.position = { start: tail[0].position.start, end: paragraph.position?.end ?? tail[0].position.end };
      lifted.push(label);
      fix(startLine(label), `label "${plainText(tail[0])}" was glued to the line above; it now starts a block of its own`);
    });
    children.push(block, ...lifted);
  }
  return { ...tree, children };
}

/** Index of a label `strong` that starts a line after other content in the same paragraph. */
function gluedLabelIndex(children: PhrasingContent[]): number | undefined {
  for (let index = 1; index < children.length; index++) {
    const child = children[index];
    const before = children[index - 1];
    if (child?.type === 'strong' && isLabelText(plainText(child)) && before?.type === 'text' && before.value.endsWith('\n')) {
      return index;
    }
  }
  return undefined;
}

function trimTrailingNewline(children: PhrasingContent[]): void {
  const last = children.at(-1);
  if (last?.type === 'text') last.value = last.value.replace(/\n$/, '');
}
