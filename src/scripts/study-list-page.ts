/** The My list page: the reader's list (done, reorder, remove, copy link) and progress, or a shared list read-only. */
import { LEVELS_AND_UNRATED } from '../lib/difficulty.ts';
import {
  banksOf,
  type Catalog,
  move,
  parseShared,
  progress,
  remove,
  saveAll,
  shareQuery,
  splitKnown,
  unknownReport,
} from '../lib/my-list.ts';
import { readState, STUDY_KEY, type StudyState, toggle, writeState } from '../lib/study-list.ts';
import { questionRow } from './study-list-rows.ts';

const root = document.querySelector<HTMLElement>('[data-study-page]');

function part<T extends HTMLElement>(name: string): T {
  const node = root?.querySelector<T>(`[${name}]`);
  if (!node) throw new Error(`list page: no [${name}]`);
  return node;
}

const load = (): StudyState => readState(() => localStorage.getItem(STUDY_KEY));
const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

if (root) {
  const catalog = JSON.parse(document.getElementById('study-catalog')?.textContent ?? '{}') as Catalog;
  const status = part('data-status');
  const say = (text: string) => {
    status.textContent = text;
  };
  const shared = parseShared(location.search);
  root.hidden = false;
  if (shared) showShared(catalog, shared, say);
  else showOwn(catalog, say);
}

function showShared(catalog: Catalog, entries: string[], say: (text: string) => void): void {
  const heading = document.querySelector('[data-list-heading]');
  if (heading) heading.textContent = 'Shared list';
  document.title = 'Shared list';
  part('data-own-view').hidden = true;
  part('data-shared-view').hidden = false;
  const { known, unknown } = splitKnown(entries, catalog);
  const report = part('data-unknown');
  report.textContent = unknownReport(unknown);
  report.hidden = unknown.length === 0;
  const done = load().done;
  const options = { own: false, first: false, last: false };
  part('data-shared').replaceChildren(
    ...known.map((slug) => questionRow(slug, catalog[slug], { ...options, done: done.includes(slug) })),
  );
  part('data-shared-empty').hidden = known.length > 0;
  const button = part<HTMLButtonElement>('data-save-all');
  button.hidden = known.length === 0;
  button.addEventListener('click', () => {
    const { state, added } = saveAll(load(), known);
    const stored = writeState((value) => localStorage.setItem(STUDY_KEY, value), state);
    if (!stored) say('Your browser refused to store the list.');
    else say(added === 0 ? 'These questions are all in your list already.' : `Added ${plural(added, 'question')} to your list.`);
  });
}

function showOwn(catalog: Catalog, say: (text: string) => void): void {
  const list = part<HTMLOListElement>('data-saved');
  const empty = part('data-empty');
  const field = part('data-share-field');
  const url = part<HTMLInputElement>('data-share-url');
  let state = load();
  // Only questions the site still has go into a link; the list shows the others for removal.
  const link = () => `${location.origin}${location.pathname}${shareQuery(splitKnown(state.saved, catalog).known)}`;

  const render = () => {
    part('data-progress').replaceChildren(
      ...[...progress(catalog, state.done, banksOf(catalog), 'bank'), ...progress(catalog, state.done, LEVELS_AND_UNRATED)].map(
        progressItem,
      ),
    );
    const last = state.saved.length - 1;
    list.replaceChildren(
      ...state.saved.map((slug, index) =>
        questionRow(slug, catalog[slug], {
          own: true,
          done: state.done.includes(slug),
          first: index === 0,
          last: index === last,
        }),
      ),
    );
    empty.hidden = last >= 0;
    part('data-share').hidden = last < 0;
    url.value = link();
  };

  const buttonOf = (slug: string, action: string) =>
    [...list.children]
      .find((row) => (row as HTMLElement).dataset.item === slug)
      ?.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);

  list.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('[data-action]');
    const slug = button?.closest<HTMLElement>('[data-item]')?.dataset.item;
    if (!button || !slug) return;
    const action = button.dataset.action ?? '';
    const title = catalog[slug]?.title ?? slug;
    const index = state.saved.indexOf(slug);
    if (action === 'done') state = toggle(state, 'done', slug);
    else if (action === 'remove') state = remove(state, slug);
    else state = move(state, slug, action === 'up' ? -1 : 1);
    writeState((value) => localStorage.setItem(STUDY_KEY, value), state);
    render();
    // Keep the keyboard where it was: the same control on the moved row, or the next row's Remove after a removal.
    if (action === 'remove') {
      const next = state.saved[Math.min(index, state.saved.length - 1)];
      (next ? buttonOf(next, 'remove') : empty)?.focus();
      say(`Removed “${title}” from your list.`);
    } else if (action === 'done') {
      buttonOf(slug, 'done')?.focus();
    } else {
      const same = buttonOf(slug, action);
      (same?.disabled ? buttonOf(slug, action === 'up' ? 'down' : 'up') : same)?.focus();
      say(`Moved “${title}” to position ${state.saved.indexOf(slug) + 1} of ${state.saved.length}.`);
    }
  });

  part('data-copy').addEventListener('click', async () => {
    url.value = link();
    field.hidden = false;
    try {
      await navigator.clipboard.writeText(url.value);
      say('Link copied. Whoever opens it sees this list, read-only.');
    } catch {
      url.select();
      say('Copy the link from the box.');
    }
  });

  const refresh = () => {
    state = load();
    render();
  };
  addEventListener('storage', (event) => {
    if (event.key === STUDY_KEY || event.key === null) refresh();
  });
  addEventListener('pageshow', (event) => {
    if (event.persisted) refresh();
  });
  render();
}

function progressItem(level: { label: string; done: number; total: number }): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'rounded-md border border-zinc-200 p-2 text-sm dark:border-zinc-800';
  item.textContent = `${level.label} ${level.done}/${level.total} done`;
  const bar = document.createElement('span');
  bar.className = 'mt-1 block h-1.5 rounded-full bg-zinc-200 dark:bg-zinc-800';
  bar.setAttribute('aria-hidden', 'true');
  const fill = document.createElement('span');
  fill.className = 'block h-full rounded-full bg-emerald-600 dark:bg-emerald-400';
  fill.style.width = `${(100 * level.done) / level.total}%`;
  bar.append(fill);
  item.append(bar);
  return item;
}
