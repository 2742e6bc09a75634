/** Readers of the blocks the outline groups: a table of contents (its entries, its body) and a `<details>` question's answer. */
import type { List, RootContent } from 'mdast';
import { toString as plainText } from 'mdast-util-to-string';
import type { TocEntry } from './model.ts';
import { startLine } from './model.ts';
import { itemHeading } from './question-shape.ts';

const DETAILS_END = /<\/details>\s*$/i;
/** What is left around the answer once `<details>` and `<summary>` are off: only `<p>` wrappers, which show nothing. */
export const WRAPPERS_ONLY = /^(?:\s*<\/?p\b[^>]*>)*\s*$/i;

/** What follows a table-of-contents heading and belongs to it: link lists, tables, HTML markers. */
export function isTocBody(block: RootContent | undefined): boolean {
  if (!block) return false;
  if (block.type === 'list') return !block.children.some((item) => itemHeading(item));
  return block.type === 'table' || (block.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(block.value));
}

/** Adds every block after a `<details>` opener up to its `</details>` to the answer; returns the closer's index. */
export function collectDetails(blocks: RootContent[], index: number, add: (block: RootContent) => void): number {
  const opener = blocks[index] as RootContent & { value: string };
  const rest = opener.value.replace(/^[\s\S]*?<\/summary>/i, '').trim();
  if (DETAILS_END.test(opener.value)) {
    if (!WRAPPERS_ONLY.test(rest.replace(DETAILS_END, '')))
      add({ type: 'html', value: rest.replace(DETAILS_END, '').trim(), position: opener.position });
    return index;
  }
  if (!WRAPPERS_ONLY.test(rest)) add({ type: 'html', value: rest, position: opener.position });
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at] as RootContent;
    if (block.type === 'html' && DETAILS_END.test(block.value)) {
      const before = block.value.replace(DETAILS_END, '').trim();
      if (!WRAPPERS_ONLY.test(before)) add({ ...block, value: before });
      return at;
    }
    add(block);
  }
  return blocks.length - 1;
}

/** The entries of the original bank's table of contents, with the `Qn` each names. */
export function tocEntries(list: List): TocEntry[] {
  return list.children.map((item) => {
    const text = plainText(item).trim();
    let anchor = '';
    for (const child of item.children) {
      if (child.type === 'paragraph' && child.children[0]?.type === 'link') anchor = child.children[0].url;
    }
    return { number: Number(/^Q(\d+)/.exec(text)?.[1]) || undefined, text, anchor, line: startLine(item) };
  });
}
