/** Hast pass (Sätteri): a "link to this section" anchor after every h2/h3 that has an id, outside the heading. */
import type { Element } from 'hast';
import { toString as textOf } from 'hast-util-to-string';
import { h } from 'hastscript';
import type { HastPluginDefinition } from 'satteri';

/**
 * `div.heading-wrap > [heading, a.anchor]`, or undefined when the heading has no id. The anchor sits beside the
 * heading, not in it, so the heading's accessible name, search text and Astro's heading list stay its own text.
 */
export function headingLink(heading: Element): Element | undefined {
  const id = heading.properties.id;
  if (typeof id !== 'string' || id === '') return undefined;
  const anchor = h('a', { class: 'anchor', href: `#${id}`, ariaLabel: `Link to section: ${textOf(heading).trim()}` });
  return h('div', { class: `heading-wrap level-${heading.tagName}` }, [heading, anchor]);
}

/** The pass. Heading ids come from Astro's heading-ids pass, which must run before it (see `pipeline.ts`). */
export const headingLinksPlugin: HastPluginDefinition = {
  name: 'heading-links',
  element: { filter: ['h2', 'h3'], visit: (node) => headingLink(node) },
};
