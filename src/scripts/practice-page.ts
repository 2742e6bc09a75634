/** The practice page: reads the set from the URL and runs its session, or shows the start form and what is due. */

import {
  missesSet,
  newSeed,
  type PracticeCatalog,
  type PracticeSet,
  readSet,
  SET_PARAMS,
  setOrder,
  setQuery,
} from '../lib/practice-set.ts';
import { isDue, PRACTICE_KEY, type PracticeState, readPractice, writePractice } from '../lib/practice-store.ts';
import { readState, STUDY_KEY } from '../lib/study-list.ts';
import { runSession } from './practice-session.ts';
import { showStart } from './practice-start.ts';
import { wireCsv, wireProgressTools } from './practice-transfer-ui.ts';
import './code-and-anchors.ts';

const root = document.querySelector<HTMLElement>('[data-practice]');
const page = location.pathname;

function notice(text: string): void {
  const box = document.querySelector<HTMLElement>('[data-notice]');
  if (!box) return;
  box.textContent = text;
  box.hidden = false;
}

function save(state: PracticeState): void {
  if (!writePractice((value) => localStorage.setItem(PRACTICE_KEY, value), state)) {
    notice('Your browser refused to store practice progress: it will be lost when you leave this page.');
  }
}

function setLabel(set: PracticeSet, catalog: PracticeCatalog, count: number): string {
  const parts = [
    set.bank && (catalog.banks[set.bank] ?? set.bank),
    set.topic && `Topic: ${catalog.topics[set.topic] ?? set.topic}`,
    set.difficulty.length > 0 && `Difficulty: ${set.difficulty.join(', ')}`,
    set.search && `Search: “${set.search}”`,
    set.list && 'My list',
    set.due && 'Due for review',
    set.questions.length > 0 && 'Chosen questions',
  ].filter((text): text is string => typeof text === 'string' && text !== '');
  return `${parts.length > 0 ? parts.join(' · ') : 'All questions'}: ${count} question${count === 1 ? '' : 's'}, order ${set.seed}.`;
}

async function main(container: HTMLElement): Promise<void> {
  const catalog = JSON.parse(document.getElementById('practice-catalog')?.textContent ?? '{}') as PracticeCatalog;
  const read = readPractice(() => localStorage.getItem(PRACTICE_KEY));
  const state = read.state;
  if (read.problem) {
    notice(read.problem);
    save(state);
  }
  container.hidden = false;
  const params = new URLSearchParams(location.search);
  if (!SET_PARAMS.some((name) => params.has(name))) {
    showStart(catalog, state.cards, page);
    // After an import or a reset, the due view shows the stored progress.
    wireProgressTools(() => showStart(catalog, readPractice(() => localStorage.getItem(PRACTICE_KEY)).state.cards, page));
    return;
  }

  let set = readSet(params);
  if (!set.seed) {
    // The seed goes into the address at once, so reloading or sharing it asks the same questions in the same order.
    set = { ...set, seed: newSeed() };
    history.replaceState(null, '', `${page}${setQuery(set)}`);
  }
  const key = setQuery(set);
  let session = state.session?.key === key ? state.session : undefined;
  if (!session) {
    const now = new Date();
    const saved = readState(() => localStorage.getItem(STUDY_KEY)).saved;
    const due = new Set(Object.keys(state.cards).filter((slug) => isDue(state.cards[slug], now)));
    const matches = set.search ? await (await import('./practice-search.ts')).searchMatches(set.search) : undefined;
    const order = setOrder(catalog.questions, set, { saved, due, matches });
    session = { key, order, index: 0, revealed: false, ratings: {} };
  }
  const label = document.querySelector('[data-set-label]');
  if (label) label.textContent = setLabel(set, catalog, session.order.length);
  if (session.order.length === 0) {
    const empty = document.querySelector<HTMLElement>('[data-empty]');
    if (empty) empty.hidden = false;
    return;
  }
  wireCsv(catalog, session.order);
  runSession({
    catalog,
    state,
    session,
    save,
    missesUrl: (misses) => `${page}${setQuery(missesSet(misses, newSeed()))}`,
    restartUrl: () => `${page}${setQuery({ ...set, seed: newSeed() })}`,
  });
}

if (root) {
  main(root).catch(() => notice('This set could not be started. Reload the page to try again.'));
}
