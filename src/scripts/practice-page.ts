/** The practice page: reads the set from the URL and runs its session, or shows the start form and what is due. */

import {
  missesSet,
  newSeed,
  type PracticeCatalog,
  type PracticeSet,
  readSet,
  SET_PARAMS,
  type SetContext,
  setMembers,
  setOrder,
  setQuery,
} from '../lib/practice-set.ts';
import { emptyMock, isDue, PRACTICE_KEY, type PracticeState, readPractice, writePractice } from '../lib/practice-store.ts';
import { readState, STUDY_KEY } from '../lib/study-list.ts';
import { mockInterview } from './mock-interview.ts';
import { showMockSetup } from './mock-setup.ts';
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

/** The set's filters and how many questions it has: "Topic: Streams: 2 questions". */
function setWhat(set: PracticeSet, catalog: PracticeCatalog, count: number): string {
  const parts = [
    set.bank && (catalog.banks[set.bank] ?? set.bank),
    set.topic && `Topic: ${catalog.topics[set.topic] ?? set.topic}`,
    set.difficulty.length > 0 && `Difficulty: ${set.difficulty.join(', ')}`,
    set.search && `Search: “${set.search}”`,
    set.list && 'My list',
    set.due && 'Due for review',
    set.questions.length > 0 && 'Chosen questions',
  ].filter((text): text is string => typeof text === 'string' && text !== '');
  return `${parts.length > 0 ? parts.join(' · ') : 'All questions'}: ${count} question${count === 1 ? '' : 's'}`;
}

/** The set, its questions and order; for a mock interview also its mix and time. */
function setDetails(set: PracticeSet, catalog: PracticeCatalog, count: number): string {
  const what = setWhat(set, catalog, count);
  if (!set.mock) return `${what}, order ${set.seed}.`;
  const mix = set.mix.map((part) => `${part.count} ${part.level}`).join(', ');
  return `${what}${mix ? ` (${mix})` : ''}, ${set.time} minutes each, order ${set.seed}.`;
}

function showEmpty(): void {
  const empty = document.querySelector<HTMLElement>('[data-empty]');
  if (empty) empty.hidden = false;
}

/** What the set needs beyond the catalog: the study list, what is due now, and what a search matches. */
async function setContext(set: PracticeSet, state: PracticeState): Promise<SetContext> {
  const now = new Date();
  const saved = readState(() => localStorage.getItem(STUDY_KEY)).saved;
  const due = new Set(Object.keys(state.cards).filter((slug) => isDue(state.cards[slug], now)));
  const matches = set.search ? await (await import('./practice-search.ts')).searchMatches(set.search) : undefined;
  return { saved, due, matches };
}

function showMockLink(set: PracticeSet): void {
  const link = document.querySelector<HTMLAnchorElement>('[data-mock-link]');
  if (!link) return;
  link.hidden = false;
  link.href = `${page}${setQuery({ ...set, mock: true, seed: '' })}`;
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
  if (set.mock && set.time === 0) {
    const members = setMembers(catalog.questions, set, await setContext(set, state));
    const label = document.querySelector('[data-set-label]');
    if (label) label.textContent = `Mock interview on ${setWhat(set, catalog, members.length)}.`;
    if (members.length > 0) showMockSetup(set, members, page);
    else showEmpty();
    return;
  }
  if (!set.seed) {
    // The seed goes into the address at once, so reloading or sharing it asks the same questions in the same order.
    set = { ...set, seed: newSeed() };
    history.replaceState(null, '', `${page}${setQuery(set)}`);
  }
  const key = setQuery(set);
  let session = state.session?.key === key ? state.session : undefined;
  if (!session) {
    const order = setOrder(catalog.questions, set, await setContext(set, state));
    session = { key, order, index: 0, revealed: false, ratings: {}, ...(set.mock ? { mock: emptyMock() } : {}) };
  }
  const label = document.querySelector('[data-set-label]');
  const details = setDetails(set, catalog, session.order.length);
  if (label) label.textContent = set.mock ? `Mock interview · ${details}` : details;
  if (session.order.length === 0) return showEmpty();
  wireCsv(catalog, session.order);
  if (!set.mock) showMockLink(set);
  const mock = set.mock ? { ...session, mock: session.mock ?? emptyMock() } : undefined;
  if (mock) session = mock;
  runSession({
    catalog,
    state,
    session,
    save,
    missesUrl: (misses) => `${page}${setQuery(missesSet(misses, newSeed()))}`,
    restartUrl: () => `${page}${setQuery({ ...set, seed: newSeed() })}`,
    extend: mock && mockInterview(catalog, mock, { label: details, url: location.href, minutes: set.time }),
  });
}

if (root) {
  main(root).catch(() => notice('This set could not be started. Reload the page to try again.'));
}
