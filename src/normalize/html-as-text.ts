/** Pass: turns raw HTML of the source into literal text, so a page shows it and never runs it. */
import type { Html, Paragraph, Parent, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import type { DraftBank, PassContext } from './model.ts';
import { copyIfAny, startLine } from './model.ts';
import { reporter } from './report.ts';

/** Inline HTML becomes a text node; block HTML a paragraph of text. MDX serialization escapes both. */
export function htmlAsText(bank: DraftBank, context: PassContext): DraftBank {
  const { fix } = reporter('html-as-text', context.report);
  const convert = (blocks: RootContent[]): RootContent[] => {
    const root = { type: 'root' as const, children: blocks.map((block) => copyIfAny(block, (node) => node.type === 'html')) };
    visit(root, 'html', (node: Html, index, parent: Parent | undefined) => {
      if (!parent || index === undefined) return;
      fix(startLine(node), `raw HTML "${node.value.slice(0, 40)}" is shown as text`);
      const text: Text = { type: 'text', value: node.value };
      const inFlow = parent.type === 'root' || parent.type === 'listItem' || parent.type === 'blockquote';
      const replacement: Paragraph | Text = inFlow ? { type: 'paragraph', children: [text] } : text;
      if (node.position) replacement.position = node.position;
      parent.children[index] = replacement as (typeof parent.children)[number];
    });
    return root.children;
  };
  const questions = bank.questions.map((question) => ({ ...question, blocks: convert(question.blocks) }));
  return { ...bank, intro: convert(bank.intro), questions };
}
