/** What MDX would run or render as a component in a page: its ESM, expressions and JSX nodes, by type. */
import { createProcessor } from '@mdx-js/mdx';
import { toString as plainText } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

const CODE_NODE_TYPES: ReadonlySet<string> = new Set([
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
]);

const processor = createProcessor();

/** Every ESM block, expression and JSX element in an MDX body (frontmatter removed first), as `type: source`. */
export function mdxCodeNodes(mdx: string): string[] {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const found: string[] = [];
  visit(processor.parse(body), (node) => {
    if (CODE_NODE_TYPES.has(node.type)) found.push(`${node.type}: ${'value' in node ? String(node.value) : ''}`);
  });
  return found;
}

/** The text a reader sees of an MDX body: its tree's plain text, character references decoded. */
export function mdxText(mdx: string): string {
  return plainText(processor.parse(mdx));
}
