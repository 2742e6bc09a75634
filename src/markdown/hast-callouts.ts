/** Hast pass (Sätteri): a blockquote opened by `[!NOTE]` (`TIP`, `IMPORTANT`, `WARNING`, `CAUTION`) is a titled callout; `[!DETAILS]` a disclosure. */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { HastPluginDefinition } from 'satteri';

const MARKER = /^\s*\[!(NOTE|TIP|IMPORTANT|WARNING|CAUTION|DETAILS)\][ \t]*([^\n]*)\n?/;
const LABELS: Readonly<Record<string, string>> = {
  NOTE: 'Note',
  TIP: 'Tip',
  IMPORTANT: 'Important',
  WARNING: 'Warning',
  CAUTION: 'Caution',
  DETAILS: 'Details',
};

/** `aside.callout.callout-note > [p.callout-title, …rest]`, or undefined for a plain blockquote. */
export function callout(quote: Element): Element | undefined {
  const first = quote.children.find((child): child is Element => child.type === 'element');
  const text = first?.tagName === 'p' ? first.children[0] : undefined;
  const match = text?.type === 'text' ? MARKER.exec(text.value) : null;
  if (!first || !text || text.type !== 'text' || !match) return undefined;
  const kind = match[1] ?? 'NOTE';
  const title = (match[2] ?? '').trim() || (LABELS[kind] ?? kind);
  const remainder = text.value.slice(match[0].length);
  const rest: ElementContent[] =
    remainder.trim() || first.children.length > 1
      ? [{ ...first, children: [...(remainder.trim() ? [{ ...text, value: remainder }] : []), ...first.children.slice(1)] }]
      : [];
  const after = quote.children.slice(quote.children.indexOf(first) + 1);
  // A hidden answer (`<details>` in the bank, written `[!DETAILS]` by the normalizer) opens on the reader's click.
  if (kind === 'DETAILS')
    return h('details', { class: 'callout callout-details' }, [
      h('summary', { class: 'callout-title' }, title),
      ...rest,
      ...after,
    ]);
  return h('aside', { class: `callout callout-${kind.toLowerCase()}` }, [
    h('p', { class: 'callout-title' }, title),
    ...rest,
    ...after,
  ]);
}

/** The pass. */
export const calloutsPlugin: HastPluginDefinition = {
  name: 'callouts',
  element: { filter: ['blockquote'], visit: (node) => callout(node) },
};
