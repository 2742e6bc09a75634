/** Shiki transformer: a block's highlighted lines leave Shiki as one HTML string, not thousands of hast nodes. */
import type { Element } from 'hast';
import { hastToHtml, type ShikiTransformer } from 'shiki';

/** The class Shiki gives each line: counted again in the HTML string (see lineCount in hast-code-frames.ts). */
export const LINE_MARK = '<span class="line">';

/**
 * Sätteri copies every node a plugin returns into its own (Rust) tree, and again whenever a later pass looks at
 * the block: for a bank of a thousand pages, tens of millions of token nodes and most of the build's memory. A
 * `raw` node is one string however long the block, and the page's HTML is the same. Runs after the passes that
 * need the tokens as nodes (token classes).
 */
export function shikiRawLines(): ShikiTransformer {
  return {
    name: 'raw-lines',
    code(code: Element) {
      const html = hastToHtml({ type: 'root', children: code.children });
      // `raw` is hast's node for HTML that is already serialised (Sätteri and hast-util-to-html write it as is).
      code.children = [{ type: 'raw', value: html }];
    },
  };
}
