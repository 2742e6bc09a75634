/** The search panel: searches as you type, filters with counts, arrow keys through results, the search kept in the URL. */
import { setOfSearch, setQuery } from '../lib/practice-set.ts';
import { loadHits, loadPagefind, type PagefindResult, runSearch, totalCounts } from '../lib/search-client.ts';
import { offlineSearch, searchSummary } from '../lib/search-offline.ts';
import { isActive, NO_SEARCH, readSearch, type SearchState } from '../lib/search-state.ts';
import { SHORTEST_PAUSE_MS, typingPace } from '../lib/typing-pause.ts';
import { sitePath } from '../lib/urls.ts';
import { readForm, showCounts, writeForm } from './search-form.ts';
import { adoptSearchEntry, leaveSearchEntry, syncSearchUrl } from './search-history.ts';
import { renderHit } from './search-render.ts';

// Each shown result costs its page's text (2–12 KB gzip): three keep the first search within its byte budget.
const FIRST_RESULTS = 3;
const MORE_RESULTS = 5;
// One letter matches nearly every answer by prefix, and would fetch result texts only to replace them.
const MIN_QUERY_LENGTH = 2;
// The index exists only in a build: `astro dev` serves no dist/pagefind/.
const UNAVAILABLE = import.meta.env.DEV
  ? 'Search runs on the built site: npm run build, then npm run preview.'
  : 'Search is unavailable right now. Please try again.';
const UNAVAILABLE_OFFLINE = 'Offline: search works here once a bank, a topic or My list is made available offline.';

/** The elements the panel is made of, as SearchBox.astro renders them. */
interface Parts {
  root: HTMLElement;
  input: HTMLInputElement;
  panel: HTMLElement;
  form: HTMLFormElement;
  list: HTMLOListElement;
  status: HTMLElement;
  more: HTMLButtonElement;
}

function findParts(root: HTMLElement): Parts | undefined {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]');
  const panel = root.querySelector<HTMLElement>('[data-search-panel]');
  const form = root.querySelector<HTMLFormElement>('[data-search-filters]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]');
  return input && panel && form && list && status && more ? { root, input, panel, form, list, status, more } : undefined;
}

/** Wires the panel inside `root`; `initial` is the URL's parameters as the page opened. */
export function mountSearch(root: HTMLElement, initial: URLSearchParams): void {
  const parts = findParts(root);
  if (parts) wire(parts, initial);
}

function wire({ root, input, panel, form, list, status, more }: Parts, initial: URLSearchParams): void {
  let ticket = 0;
  let waiting: PagefindResult[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  let searching = 0;
  const links = () => [...list.querySelectorAll('a')];
  const badge = (level: string) => form.querySelector(`[data-difficulty="${CSS.escape(level)}"]`)?.cloneNode(true);
  const bankName = (id: string) =>
    id ? form.querySelector<HTMLOptionElement>(`select[name="bank"] option[value="${CSS.escape(id)}"]`)?.dataset.name : undefined;

  /**
   * Shows the next `count` waiting results; returns the first new item, if any. The first result's text loads
   * alone, the others only if no key has made the search stale meanwhile: a search overtaken while it loads
   * fetches one text it will not show, not `count`.
   */
  async function append(count: number, mine: number): Promise<HTMLLIElement | undefined> {
    const batch = waiting.splice(0, count);
    let first: HTMLLIElement | undefined;
    for (const part of [batch.slice(0, 1), batch.slice(1)]) {
      if (part.length === 0) continue;
      const hits = await loadHits(part);
      if (mine !== ticket) return undefined;
      const items = hits.map((hit) => renderHit(hit, badge(hit.difficulty), bankName(hit.bank)));
      list.append(...items);
      first ??= items[0];
    }
    more.hidden = waiting.length === 0;
    more.textContent = `Show ${Math.min(MORE_RESULTS, waiting.length)} more (${waiting.length} left)`;
    return first;
  }

  function update(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    // The list is busy while any search runs (one a key has made stale ends at its next step).
    list.setAttribute('aria-busy', 'true');
    searching++;
    running = search().finally(() => {
      if (--searching === 0) list.removeAttribute('aria-busy');
    });
    return running;
  }

  async function search(): Promise<void> {
    const typed = readForm(form, input);
    syncSearchUrl(typed);
    const state = typed.query.trim().length < MIN_QUERY_LENGTH ? { ...typed, query: '' } : typed;
    const mine = ++ticket;
    try {
      if (!isActive(state)) {
        showCounts(form, navigator.onLine ? await totalCounts() : (await offlineSearch(NO_SEARCH)).counts);
        if (mine !== ticket) return;
        list.replaceChildren();
        more.hidden = true;
        status.textContent = 'Type to search the answers, or pick a level or topic.';
        showPractice(state, 0);
        return;
      }
      const { results, counts } = await runSearch(state);
      // Keys pressed meanwhile made these results stale (the input handler moved the ticket on): fetch no text.
      if (mine !== ticket) return;
      // Offline, a result whose page is not saved here would open the offline page: only the saved ones are listed.
      const offline = navigator.onLine ? undefined : await offlineSearch(state, results);
      if (mine !== ticket) return;
      showCounts(form, offline?.counts ?? counts);
      waiting = offline?.saved ?? [...results];
      const shown = waiting.length;
      list.replaceChildren();
      await append(FIRST_RESULTS, mine);
      if (mine !== ticket) return;
      status.textContent = searchSummary(state, shown, offline?.unsaved);
      showPractice(state, shown);
    } catch {
      if (mine === ticket) status.textContent = navigator.onLine ? UNAVAILABLE : UNAVAILABLE_OFFLINE;
    }
  }

  function show(): void {
    panel.hidden = false;
  }

  /** "Practice these": a practice set of the same words and filters. */
  function showPractice(state: SearchState, count: number): void {
    const link = root.querySelector<HTMLAnchorElement>('[data-search-practice]');
    if (!link) return;
    link.hidden = count === 0;
    link.href = `${sitePath('practice/')}${setQuery(setOfSearch(state))}`;
  }

  function apply(state: SearchState | undefined): void {
    writeForm(form, input, state ?? NO_SEARCH);
    void update();
    if (state) show();
    else panel.hidden = true;
  }

  function close(): void {
    leaveSearchEntry();
    input.focus(FOCUS);
    apply(undefined);
  }

  async function onKey(event: KeyboardEvent): Promise<void> {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      close();
    } else if ((event.key === 'ArrowDown' || event.key === 'ArrowUp') && (event.target === input || at !== -1)) {
      event.preventDefault();
      const next = event.key === 'ArrowDown' ? Math.min(at + 1, all.length - 1) : at - 1;
      const target = next < 0 ? input : all[next];
      if (target) reveal(target, panel);
    } else if (event.key === 'Enter' && event.target === input) {
      event.preventDefault();
      await (timer === undefined ? running : update());
      links()[0]?.click();
    }
  }

  input.addEventListener('focus', show);
  const pace = typingPace();
  const updateSoon = (pause: number) => {
    clearTimeout(timer);
    timer = setTimeout(update, pause);
  };
  input.addEventListener('input', () => {
    // The search under way is for words no longer in the box: it stops before fetching anything more.
    ticket++;
    show();
    // The search waits for a pause longer than this typist's gaps between keys: no search for a prefix.
    updateSoon(pace.key());
  });
  form.addEventListener('change', () => void update());
  more.addEventListener('click', async () => {
    // A search still running (a filter just changed) replaces the waiting results first.
    await running;
    const first = await append(MORE_RESULTS, ticket);
    const link = first?.querySelector('a');
    if (link) reveal(link, panel);
  });
  root.addEventListener('keydown', (event) => void onKey(event));
  // Focus leaving for elsewhere on the page closes the panel; a click on the panel's own padding does not.
  root.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && !root.contains(event.relatedTarget)) panel.hidden = true;
  });
  document.addEventListener('pointerdown', (event) => {
    if (event.target instanceof Node && !root.contains(event.target)) panel.hidden = true;
  });
  addEventListener('popstate', () => apply(readSearch(new URLSearchParams(location.search))));
  // Offline lists only what is saved here, online everything: the search shown is run again when the connection changes.
  addEventListener('online', () => void update());
  addEventListener('offline', () => void update());

  void loadPagefind().catch(() => undefined);
  const opened = readSearch(initial);
  if (opened) {
    adoptSearchEntry();
    apply(opened);
    input.focus(FOCUS);
  } else {
    // Words typed while this script loaded: their pace is unknown, so they wait as long as a quick typist's.
    if (input.value) updateSoon(SHORTEST_PAUSE_MS);
    else void update();
    if (document.activeElement === input) show();
  }
}

// The panel hangs from the sticky header, where a plain focus() scrolls the page to its top; scroll the panel instead.
const FOCUS: FocusOptions = { preventScroll: true };

function reveal(element: HTMLElement, panel: HTMLElement): void {
  element.focus(FOCUS);
  const box = element.getBoundingClientRect();
  const view = panel.getBoundingClientRect();
  if (box.top < view.top) panel.scrollTop -= view.top - box.top;
  else if (box.bottom > view.bottom) panel.scrollTop += box.bottom - view.bottom;
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) mountSearch(root, new URLSearchParams(root.dataset.opened));
