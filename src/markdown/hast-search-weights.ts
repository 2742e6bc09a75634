/** Hast plugin (Sätteri, Astro's Markdown and MDX processor): in Pagefind, headings outrank prose and code ranks below it. */
import type { Element } from 'hast';

/**
 * Pagefind weight per element (prose weighs 1, the layout's h1 title 10). Pagefind's own heading defaults (6, 5, 4)
 * let a name repeated through code blocks outrank the question whose section is named for it.
 */
export const SEARCH_WEIGHTS: Readonly<Record<string, number>> = { h2: 9, h3: 8, h4: 7, pre: 0.5 };

/** The part of Sätteri's visitor context this plugin uses. */
interface HastContext {
  setProperty(node: Readonly<Element>, key: string, value: unknown): void;
}

/** Sets `data-pagefind-weight` on each h2–h4 and code block that has none: a heading match beats a passing mention. */
export const searchWeightsPlugin = {
  name: 'search-weights',
  element: {
    filter: Object.keys(SEARCH_WEIGHTS),
    visit(node: Readonly<Element>, ctx: HastContext): void {
      const weight = SEARCH_WEIGHTS[node.tagName];
      if (weight !== undefined && node.properties.dataPagefindWeight === undefined) {
        ctx.setProperty(node, 'dataPagefindWeight', String(weight));
      }
    },
  },
};
