/** Small readers of hast elements the markdown passes share: class names, and a `<pre>`'s `<code>`. */
import type { Element } from 'hast';

/** An element's classes, whether written as `className` (a list) or `class` (a string). */
export function classes(node: Element): string[] {
  const value = node.properties.className ?? node.properties.class;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** The `<code>` inside a `<pre>`, if any. */
export function codeOf(pre: Element): Element | undefined {
  return pre.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code');
}
