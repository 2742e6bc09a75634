/** Pass: lifts a label line (`**Difficulty: Hard**`) that CommonMark glued onto the line above into a block of its own. */
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { isLabelText } from './labels.ts';
import { copyIfAny, type PassContext, startLine } from './model.ts';
import { reporter } from './report.ts';

/**
 * A label with no blank line before it becomes a lazy continuation of the paragraph above, even inside
 * a list item. Split it off and place it right after the top-level block that swallowed it. A difficulty
 * label is also cut from the lines after it, because it must stand alone to be read.
 */
export function liftGluedLabels(tree: Root, context: PassContext): Root {
  const { fix } = reporter('lift-glued-labels', context.report);
  const children: RootContent[] = [];
  for (const block of tree.children.map((child) => copyIfAny(child, isGlued))) {
    const lifted: Paragraph[] = [];
    visit(block, 'paragraph', (paragraph) => {
      const [first, ...rest] = splitAtLabels(paragraph.children);
      if (!first || rest.length === 0) return;
      paragraph.children = first;
      for (const part of rest) {
        const label: Paragraph = { type: 'paragraph', children: part };
        const start = part[0]?.position?.start;
        const end = part.at(-1)?.position?.end;
        if (start && end) label.position = { start, end };
        lifted.push(label);
        if (isLabel(part[0]))
          fix(startLine(label), `label "${plainText(part[0])}" was glued to the line above; it now starts a block of its own`);
      }
    });
    children.push(block, ...lifted);
  }
  return { ...tree, children };
}

function isGlued(node: Nodes): boolean {
  return node.type === 'paragraph' && splitAtLabels(node.children).length > 1;
}

function isLabel(node: PhrasingContent | undefined): boolean {
  return node?.type === 'strong' && isLabelText(plainText(node));
}

function endsLine(node: PhrasingContent | undefined): boolean {
  return node?.type === 'break' || (node?.type === 'text' && node.value.endsWith('\n'));
}

/** Cuts before every label that starts a line after other content, and after a difficulty label. */
function splitAtLabels(children: PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]];
  children.forEach((child, index) => {
    const previous = children[index - 1];
    const startsLine = index > 0 && endsLine(previous) && isLabel(child);
    const afterDifficulty = isLabel(previous) && /^difficulty/i.test(plainText(previous)) && startsNewLine(child);
    if (startsLine || afterDifficulty) parts.push([]);
    parts.at(-1)?.push(child);
  });
  return parts.map(trimLineEnds).filter((part) => part.length > 0);
}

function startsNewLine(node: PhrasingContent): boolean {
  return node.type === 'break' || (node.type === 'text' && node.value.startsWith('\n'));
}

/** Drops the line ending a cut leaves at either edge of a part. */
function trimLineEnds(part: PhrasingContent[]): PhrasingContent[] {
  const trimmed = part.filter((node, index) => !(node.type === 'break' && (index === 0 || index === part.length - 1)));
  const first = trimmed[0];
  if (first?.type === 'text') trimmed[0] = { ...first, value: first.value.replace(/^\n/, '') };
  const last = trimmed.at(-1);
  if (last?.type === 'text') trimmed[trimmed.length - 1] = { ...last, value: last.value.replace(/\n$/, '') };
  return trimmed.filter((node) => !(node.type === 'text' && node.value === ''));
}
