/** A practice session on the page: one question at a time, the answer on request, ratings that schedule reviews, a summary. */
import { LEVELS_AND_UNRATED } from '../lib/difficulty.ts';
import type { Reveal } from '../lib/mock-interview.ts';
import type { PracticeCatalog, PracticeEntry } from '../lib/practice-set.ts';
import { ANSWER_LABELS, ANSWERS, type Answer, type PracticeState, type Session } from '../lib/practice-store.ts';
import { summarize } from '../lib/practice-summary.ts';
import { review } from '../lib/schedule.ts';
import { answerNodes } from './practice-answer.ts';

/** What the session needs from the page: the catalog, the stored state to change, and how to save it and move on. */
export interface SessionHost {
  catalog: PracticeCatalog;
  state: PracticeState;
  session: Session;
  save(state: PracticeState): void;
  missesUrl(misses: string[]): string;
  restartUrl(): string;
  /** What a mock interview adds (timer, notes, its summary), given the session's controls. */
  extend?: ((controls: SessionControls) => SessionExtension) | undefined;
}

/** What an extension may do to the session: show the answer, and save after changing the session. */
export interface SessionControls {
  reveal(how: Reveal): void;
  store(): void;
}

/** Called when a question is drawn (again) and when the summary is shown. */
export interface SessionExtension {
  question(slug: string): void;
  summary(): void;
}

const levelLabel = (id: string) => LEVELS_AND_UNRATED.find((level) => level.id === id)?.label ?? id;

function part<T extends HTMLElement>(name: string): T {
  const node = document.querySelector<T>(`[${name}]`);
  if (!node) throw new Error(`practice page: no [${name}]`);
  return node;
}

export function say(text: string): void {
  const live = document.getElementById('announcer');
  if (live) live.textContent = text;
}

export function runSession(host: SessionHost): void {
  const { catalog, session } = host;
  const entries = new Map<string, PracticeEntry>(catalog.questions.map((entry) => [entry.slug, entry]));
  const view = part('data-session');
  const summary = part('data-summary');
  const reveal = part<HTMLButtonElement>('data-reveal');
  const answer = part('data-answer');
  const body = part('data-answer-body');
  const status = part('data-answer-status');
  const ratings = part('data-ratings');
  const back = part<HTMLButtonElement>('data-back');
  const skip = part<HTMLButtonElement>('data-skip');
  const title = part('data-question');
  let shown = '';
  let extension: SessionExtension | undefined;

  const current = () => session.order[session.index];
  const store = () => host.save({ ...host.state, session });

  const loadAnswer = (entry: PracticeEntry) => {
    if (shown === entry.slug) return;
    shown = entry.slug;
    status.textContent = 'Loading the answer…';
    body.replaceChildren();
    answerNodes(entry.url).then(
      (nodes) => {
        if (shown !== entry.slug) return;
        status.textContent = '';
        body.replaceChildren(...nodes);
      },
      () => {
        if (shown !== entry.slug) return;
        shown = '';
        status.textContent = 'The answer could not be loaded. Open the question page below, or try again.';
      },
    );
  };

  const render = () => {
    const slug = current();
    const done = slug === undefined;
    view.hidden = done;
    summary.hidden = !done;
    if (done) return renderSummary();
    const entry = entries.get(slug);
    if (!entry) return;
    const total = session.order.length;
    part('data-position').textContent = `Question ${session.index + 1} of ${total}`;
    part('data-rated').textContent = `${Object.keys(session.ratings).length} rated`;
    const bar = part<HTMLProgressElement>('data-bar');
    bar.value = session.index / total;
    const topics = entry.topics.map((id) => catalog.topics[id] ?? id).join(', ');
    part('data-meta').textContent = `Q${entry.number} · ${levelLabel(entry.difficulty)} · ${topics}`;
    title.textContent = entry.title;
    part<HTMLAnchorElement>('data-question-link').href = entry.url;
    reveal.hidden = session.revealed;
    reveal.setAttribute('aria-expanded', String(session.revealed));
    answer.hidden = !session.revealed;
    ratings.hidden = !session.revealed;
    for (const button of ratings.querySelectorAll<HTMLElement>('[data-rate]')) {
      button.setAttribute('aria-pressed', String(session.ratings[slug] === button.dataset.rate));
    }
    back.disabled = session.index === 0;
    part('data-skip-label').textContent = session.ratings[slug] ? 'Next' : 'Skip';
    // Fetched while the reader thinks, so "Show answer" is instant.
    loadAnswer(entry);
    extension?.question(slug);
  };

  const renderSummary = () => {
    const result = summarize(session.order, session.ratings, entries);
    part('data-summary-counts').replaceChildren(
      ...[...ANSWERS, 'skipped' as const].map((outcome) => {
        const item = document.createElement('li');
        item.className = 'rounded-md border border-zinc-200 px-2 py-1 text-sm dark:border-zinc-800';
        item.textContent = `${outcome === 'skipped' ? 'Skipped' : ANSWER_LABELS[outcome]}: ${result.total[outcome]}`;
        return item;
      }),
    );
    part('data-summary-topics').replaceChildren(
      ...result.topics.map(({ topic, tally }) => {
        const row = document.createElement('tr');
        const name = document.createElement('th');
        name.scope = 'row';
        name.className = 'py-1 font-normal';
        name.textContent = catalog.topics[topic] ?? topic;
        row.append(name, ...[...ANSWERS, 'skipped' as const].map((outcome) => cell(String(tally[outcome]))));
        return row;
      }),
    );
    const misses = part<HTMLAnchorElement>('data-misses');
    misses.hidden = result.misses.length === 0;
    misses.href = host.missesUrl(result.misses);
    extension?.summary();
  };

  const go = (index: number) => {
    session.index = Math.min(Math.max(index, 0), session.order.length);
    const slug = current();
    session.revealed = slug !== undefined && (session.ratings[slug] !== undefined || session.mock?.reveals[slug] !== undefined);
    store();
    render();
    (current() === undefined ? part('data-summary').querySelector('h2') : title)?.focus();
  };

  // Time running out shows the answer without moving focus, which may be in the notes.
  const show = (how: Reveal = 'early') => {
    const slug = current();
    if (session.revealed || slug === undefined) return;
    session.revealed = true;
    if (session.mock) session.mock.reveals[slug] = how;
    store();
    render();
    if (how === 'early') answer.focus();
  };

  const rate = (given: Answer) => {
    const slug = current();
    if (slug === undefined || !session.revealed) return;
    // Only the first rating in a session schedules; a changed mind corrects the summary, not the review history.
    if (session.ratings[slug] === undefined) host.state.cards[slug] = review(host.state.cards[slug], given, new Date());
    session.ratings[slug] = given;
    say(`Rated ${ANSWER_LABELS[given]}.`);
    go(session.index + 1);
  };

  reveal.addEventListener('click', () => show());
  ratings.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-rate]');
    if (button) rate(button.dataset.rate as Answer);
  });
  back.addEventListener('click', () => go(session.index - 1));
  skip.addEventListener('click', () => go(session.index + 1));
  part('data-restart').addEventListener('click', () => location.assign(host.restartUrl()));
  document.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || view.hidden) return;
    const target = event.target as HTMLElement;
    if (target.closest('input, textarea, select, [contenteditable]')) return;
    const index = ['1', '2', '3'].indexOf(event.key);
    if (event.key === ' ' && !session.revealed && !target.closest('a, button:not([data-reveal])')) {
      event.preventDefault();
      show();
    } else if (index >= 0 && session.revealed) {
      rate(ANSWERS[index] as Answer);
    } else if (event.key === 'ArrowLeft' && !target.closest('pre')) {
      go(session.index - 1);
    } else if (event.key === 'ArrowRight' && !target.closest('pre')) {
      go(session.index + 1);
    }
  });
  extension = host.extend?.({ reveal: show, store });
  render();
}

function cell(text: string): HTMLTableCellElement {
  const node = document.createElement('td');
  node.className = 'py-1 tabular-nums';
  node.textContent = text;
  return node;
}
