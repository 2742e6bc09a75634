/** Pass: shows links and images whose URL has an unsafe scheme (`javascript:`, `data:`, ...) as literal text. */
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Paragraph, Parent, RootContent, Text } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { DraftBank, PassContext } from './model.ts';
import { copyIfAny, definitionUrls, startLine } from './model.ts';
import { reporter } from './report.ts';

// An allow-list: a scheme nobody thought of must not run code on a reader's click.
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http', 'https', 'mailto', 'tel']);

/** The scheme of a URL as a browser reads it (lower-case, no colon), or undefined for a relative URL. */
export function urlScheme(url: string): string | undefined {
  // Browsers drop tabs and newlines anywhere and control characters or spaces at the ends before reading the scheme.
  const cleaned = url.replace(/[\t\n\r]/g, '');
  let start = 0;
  while (start < cleaned.length && cleaned.charCodeAt(start) <= 0x20) start++;
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned.slice(start))?.[1]?.toLowerCase();
}

/** True for a URL with a scheme other than http, https, mailto and tel. */
export function isUnsafeUrl(url: string): boolean {
  const scheme = urlScheme(url);
  return scheme !== undefined && !SAFE_SCHEMES.has(scheme);
}

type Reference = LinkReference | ImageReference;
type Replaced = Link | Image | Definition | Reference;

/** The node as its markdown source reads, close enough for a reader to see what the author wrote. */
function literal(node: Replaced): string {
  const bang = node.type === 'image' || node.type === 'imageReference' ? '!' : '';
  const text = node.type === 'image' || node.type === 'imageReference' ? (node.alt ?? '') : plainText(node);
  if (node.type === 'definition') return `[${node.label ?? node.identifier}]: ${node.url}`;
  if (node.type === 'link' && text === node.url) return `<${node.url}>`;
  if (node.type === 'link' || node.type === 'image') return `${bang}[${text}](${node.url})`;
  const label = node.label ?? node.identifier;
  const suffix = node.referenceType === 'full' ? `[${label}]` : node.referenceType === 'collapsed' ? '[]' : '';
  return `${bang}[${text}]${suffix}`;
}

/** Replaces every unsafe link, image, definition and reference by its literal text, warning at its line. */
export function neutralizeLinks(bank: DraftBank, context: PassContext): DraftBank {
  const { warn } = reporter('neutralize-links', context.report);
  // A reference is unsafe when the definition it resolves to is; later definitions of its identifier are neutralized here.
  const unsafe = new Map([...definitionUrls(bank)].filter(([, url]) => isUnsafeUrl(url)));
  const isUnsafe = (node: Nodes): node is Replaced =>
    ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isUnsafeUrl(node.url)) ||
    ((node.type === 'linkReference' || node.type === 'imageReference') && unsafe.has(node.identifier));
  const convert = (blocks: RootContent[]): RootContent[] => {
    const root = { type: 'root' as const, children: blocks.map((block) => copyIfAny(block, isUnsafe)) };
    visit(root, (node, index, parent: Parent | undefined) => {
      if (!parent || index === undefined || !isUnsafe(node)) return;
      const url =
        node.type === 'linkReference' || node.type === 'imageReference' ? (unsafe.get(node.identifier) ?? '') : node.url;
      warn(startLine(node), `link to "${url.slice(0, 60)}" is shown as text: only http, https, mailto and tel links are kept`);
      const text: Text = { type: 'text', value: literal(node) };
      const replacement: Paragraph | Text = node.type === 'definition' ? { type: 'paragraph', children: [text] } : text;
      if (node.position) replacement.position = node.position;
      parent.children[index] = replacement as (typeof parent.children)[number];
      // What was inside (an image in a link) is part of the literal text now.
      return SKIP;
    });
    return root.children;
  };
  const intro = convert(bank.intro);
  const questions = bank.questions.map((question) => ({ ...question, blocks: convert(question.blocks) }));
  return { ...bank, intro, questions };
}
