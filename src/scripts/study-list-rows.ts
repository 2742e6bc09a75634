/** Builds the rows of the My list page: a question's number, title link and difficulty, and for the reader's own list its controls. */
import type { CatalogEntry } from '../lib/my-list.ts';

const BUTTON =
  'group rounded-md border border-zinc-300 px-2 py-0.5 text-sm text-zinc-700 hover:bg-zinc-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-zinc-600 dark:text-zinc-200 dark:hover:bg-zinc-800';
const PRESSED =
  'aria-pressed:border-emerald-700 aria-pressed:bg-emerald-50 aria-pressed:text-emerald-900 dark:aria-pressed:border-emerald-400 dark:aria-pressed:bg-emerald-950 dark:aria-pressed:text-emerald-100';

/** What a row shows beside the question: controls for the reader's own list, or the done mark alone for a shared one. */
export interface RowOptions {
  own: boolean;
  done: boolean;
  first: boolean;
  last: boolean;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

// The title in the accessible name tells apart the many "Move up" buttons of a list; it starts with the visible word.
function action(name: string, text: string, title: string): HTMLButtonElement {
  const button = element('button', BUTTON, text);
  button.type = 'button';
  button.dataset.action = name;
  button.setAttribute('aria-label', `${text}: ${title}`);
  return button;
}

function badge(difficulty: string): Node {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-badge="${difficulty}"]`);
  return template?.content.cloneNode(true) ?? document.createTextNode('');
}

/** One list item for `slug`; a slug the bank no longer has is shown as such, with only its Remove button. */
export function questionRow(slug: string, entry: CatalogEntry | undefined, options: RowOptions): HTMLLIElement {
  const row = element('li', 'flex flex-wrap items-center gap-x-3 gap-y-2 py-2.5');
  row.dataset.item = slug;
  const title = entry?.title ?? slug;
  if (entry) {
    const link = element('a', 'min-w-0 flex-1 basis-64 font-medium hover:underline', entry.title);
    link.href = entry.url;
    row.append(
      element('span', 'w-9 shrink-0 text-sm tabular-nums text-zinc-600 dark:text-zinc-400', `Q${entry.number}`),
      link,
      badge(entry.difficulty),
    );
    if (entry.bank) row.append(element('span', 'text-xs text-zinc-600 dark:text-zinc-400', entry.bank));
  } else {
    row.append(element('span', 'min-w-0 flex-1 basis-64 text-zinc-700 dark:text-zinc-300', `${slug} (no longer on this site)`));
  }
  if (!options.own) {
    if (options.done) row.append(element('span', 'text-sm font-semibold text-emerald-800 dark:text-emerald-200', '✓ Done'));
    return row;
  }
  const controls = element('span', 'flex flex-wrap gap-1.5');
  if (entry) {
    const done = action('done', 'Done', title);
    done.className = `${BUTTON} ${PRESSED}`;
    done.prepend(element('span', 'hidden group-aria-pressed:inline', '✓ '));
    done.setAttribute('aria-pressed', String(options.done));
    controls.append(done);
  }
  const up = action('up', 'Move up', title);
  const down = action('down', 'Move down', title);
  up.disabled = options.first;
  down.disabled = options.last;
  controls.append(up, down, action('remove', 'Remove', title));
  row.append(controls);
  return row;
}
