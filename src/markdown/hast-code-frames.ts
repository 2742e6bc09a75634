/** Hast pass (Sätteri): frames each highlighted code block with a title bar, tools, a stable id, collapsed when long. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { HastPluginDefinition } from 'satteri';
import { classes, codeOf } from './hast-element.ts';
import { LINE_MARK } from './shiki-raw-lines.ts';

/** Blocks with more lines than this start collapsed (with scripts on); the HTML always holds every line. */
export const COLLAPSE_OVER = 40;

const LANGUAGE_NAMES: Readonly<Record<string, string>> = {
  javascript: 'JavaScript',
  js: 'JavaScript',
  typescript: 'TypeScript',
  ts: 'TypeScript',
  json: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  hcl: 'HCL',
  php: 'PHP',
  sql: 'SQL',
  html: 'HTML',
  css: 'CSS',
  sh: 'Shell',
  bash: 'Shell',
  shell: 'Shell',
  text: 'Text',
  plaintext: 'Text',
};

/** The label shown for a Shiki language id: `javascript` → `JavaScript`, unknown ids capitalised. */
export function languageName(lang: string): string {
  return LANGUAGE_NAMES[lang] ?? lang.charAt(0).toUpperCase() + lang.slice(1);
}

function property(node: Element, camel: string, kebab: string): string | undefined {
  const value = node.properties[camel] ?? node.properties[kebab];
  return value === undefined || value === null ? undefined : String(value);
}

/** True for a `<pre>` Shiki highlighted (Astro renames Shiki's class to `astro-code`). */
export function isHighlighted(node: Element): boolean {
  return node.tagName === 'pre' && classes(node).includes('astro-code');
}

/** The number of `<span class="line">` in a highlighted block, as nodes or inside the raw HTML of its lines. */
export function lineCount(pre: Element): number {
  let count = 0;
  for (const child of codeOf(pre)?.children ?? []) {
    if (child.type === 'element' && classes(child).includes('line')) count++;
    else if (child.type === 'raw') count += child.value.split(LINE_MARK).length - 1;
  }
  return count;
}

/**
 * The frame of the `index`-th block (1-based) of a page: `figure#code-<index>` holding the caption (file name,
 * language), the tools (link, wrap, copy), the `<pre>` itself, and a "Show all N lines" button when it is long.
 */
export function codeFrame(pre: Element, index: number): Element {
  const id = `code-${index}`;
  const title = property(pre, 'dataTitle', 'data-title');
  const lang = property(pre, 'dataLanguage', 'data-language') ?? 'text';
  const lines = lineCount(pre);
  const collapsed = lines > COLLAPSE_OVER;
  const { dataTitle: _camel, 'data-title': _kebab, ...properties } = pre.properties;
  const caption: ElementContent[] = [h('span', { class: 'code-lang' }, languageName(lang))];
  if (title) caption.unshift(h('span', { class: 'code-title' }, title), { type: 'text', value: ' ' });
  const children: ElementContent[] = [
    h('figcaption', { class: 'code-bar' }, caption),
    h('div', { class: 'code-tools', dataPagefindIgnore: '' }, [
      h('a', { class: 'anchor', href: `#${id}`, ariaLabel: `Link to code block ${title ?? index}` }),
      h('button', { type: 'button', class: 'code-wrap', ariaPressed: 'false' }, 'Wrap'),
      h('button', { type: 'button', class: 'code-copy' }, 'Copy'),
    ]),
    { ...pre, properties },
  ];
  if (collapsed) {
    const label = `Show all ${lines} lines`;
    children.push(h('button', { type: 'button', class: 'code-more', ariaExpanded: 'false', dataPagefindIgnore: '' }, label));
  }
  return h('figure', { class: 'code not-prose', id, dataLines: lines, dataCollapsed: collapsed ? '' : undefined }, children);
}

/** The pass: frames every highlighted `<pre>` of a document, numbering them in page order. */
export function codeFramesPlugin(): () => HastPluginDefinition {
  // A factory, so the numbering starts again for every document.
  return () => {
    let index = 0;
    return {
      name: 'code-frames',
      element: { filter: ['pre'], visit: (node) => (isHighlighted(node) ? codeFrame(node, ++index) : undefined) },
    };
  };
}
