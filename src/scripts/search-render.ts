/** Search results as DOM, built from text nodes and <mark> elements only: nothing from the index is parsed as HTML. */
import type { ExcerptRun } from '../lib/excerpt.ts';
import type { SearchHit } from '../lib/search-client.ts';

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

/** The excerpt as text nodes, each search hit wrapped in <mark>. */
export function excerptNodes(runs: readonly ExcerptRun[]): Node[] {
  return runs.map((run) =>
    run.marked
      ? element('mark', 'rounded-sm bg-amber-200 px-0.5 text-zinc-950 dark:bg-amber-300', run.text)
      : document.createTextNode(run.text),
  );
}

/** One result: number, title, difficulty badge and bank, then the matching section and its excerpt, all one link. */
export function renderHit(hit: SearchHit, badge: Node | undefined, bank: string | undefined): HTMLLIElement {
  const link = element(
    'a',
    'block rounded-md px-2 py-2 outline-offset-0 hover:bg-zinc-100 focus-visible:bg-zinc-100 dark:hover:bg-zinc-800 dark:focus-visible:bg-zinc-800',
  );
  link.href = hit.url;
  const head = element('span', 'flex flex-wrap items-baseline gap-x-2');
  head.append(element('span', 'text-xs text-zinc-500 tabular-nums dark:text-zinc-400', `Q${hit.number}`));
  head.append(element('strong', 'font-semibold', hit.title));
  if (badge) head.append(badge);
  if (bank) head.append(element('span', 'text-xs text-zinc-600 dark:text-zinc-400', bank));
  link.append(head);
  if (hit.section) {
    const section = element('span', 'mt-0.5 block text-sm font-medium text-sky-800 dark:text-sky-300', hit.section);
    section.prepend(element('span', '', '§ '));
    section.firstElementChild?.setAttribute('aria-hidden', 'true');
    link.append(section);
  }
  const excerpt = element('span', 'mt-0.5 block text-sm text-zinc-600 dark:text-zinc-400');
  excerpt.append(...excerptNodes(hit.excerpt));
  link.append(excerpt);
  const item = element('li', '');
  item.append(link);
  return item;
}
