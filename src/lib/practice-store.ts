/** Practice progress in localStorage beside the study list: one scheduled card per question and the session in progress, read with repair. */
import type { Reveal } from './mock-interview.ts';
import { isSlug } from './study-list.ts';

/** The one localStorage key; a new shape gets a new version inside it, migrated or reset with a message. */
export const PRACTICE_KEY = 'interview-bank:practice:v1';

/** A self-rating: "Knew it", "Partly", "Didn't know". */
export type Answer = 'knew' | 'partly' | 'missed';
export const ANSWERS: readonly Answer[] = ['knew', 'partly', 'missed'];
export const ANSWER_LABELS: Record<Answer, string> = { knew: 'Knew it', partly: 'Partly', missed: "Didn't know" };

/** A question's schedule as the scheduler (ts-fsrs) keeps it, with dates as ISO strings so it survives JSON. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs State: 0 new, 1 learning, 2 review, 3 relearning. */
  state: 0 | 1 | 2 | 3;
  last_review?: string;
}

/** A session in progress: which set (its query string), its questions in order, where the reader is, what they rated. */
export interface Session {
  key: string;
  order: string[];
  index: number;
  revealed: boolean;
  ratings: Record<string, Answer>;
  /** A mock interview's record, absent for practice. */
  mock?: MockRecord;
}

/** Per question of a mock interview: milliseconds on the clock, how its answer was shown, the reader's notes. */
export interface MockRecord {
  spent: Record<string, number>;
  reveals: Record<string, Reveal>;
  notes: Record<string, string>;
}

export const emptyMock = (): MockRecord => ({ spent: {}, reveals: {}, notes: {} });

/** Everything practice keeps. */
export interface PracticeState {
  version: 1;
  cards: Record<string, StoredCard>;
  session?: Session;
}

/** A state read from storage, and the sentence to show when what was stored had to be repaired or reset. */
export interface ReadResult {
  state: PracticeState;
  problem?: string;
}

export function emptyPractice(): PracticeState {
  return { version: 1, cards: {} };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value));
const NUMBER_FIELDS = ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses'];

function card(value: unknown): StoredCard | undefined {
  if (!isObject(value) || !isDate(value.due) || ![0, 1, 2, 3].includes(value.state as number)) return undefined;
  if (!NUMBER_FIELDS.every((field) => isNumber(value[field]))) return undefined;
  if (value.last_review !== undefined && !isDate(value.last_review)) return undefined;
  const kept = { ...value } as unknown as StoredCard;
  return Object.fromEntries(
    Object.entries(kept).filter(([field]) => [...NUMBER_FIELDS, 'due', 'state', 'last_review'].includes(field)),
  ) as unknown as StoredCard;
}

// Notes longer than this are cut, so one runaway paste cannot fill the browser's storage.
const MAX_NOTE = 20_000;

const isReveal = (value: unknown): value is Reveal => value === 'early' || value === 'time';
const isSpent = (value: unknown): value is number => isNumber(value) && value >= 0;
const isNote = (value: unknown): value is string => typeof value === 'string';

/** The entries of `field` for questions of the session that pass `valid`, and how many failed it. */
function entries<T>(field: unknown, order: readonly string[], valid: (value: unknown) => value is T) {
  const kept: Record<string, T> = {};
  let dropped = 0;
  for (const [slug, value] of Object.entries(isObject(field) ? field : {})) {
    if (!order.includes(slug)) continue;
    if (valid(value)) kept[slug] = value;
    else dropped++;
  }
  return { kept, dropped };
}

/** A stored mock record with damaged entries dropped and counted; entries for questions outside the session are ignored. */
function mockRecord(value: unknown, order: readonly string[]): { record: MockRecord; dropped: number } {
  if (!isObject(value)) return { record: emptyMock(), dropped: 1 };
  const spent = entries(value.spent, order, isSpent);
  const reveals = entries(value.reveals, order, isReveal);
  const notes = entries(value.notes, order, isNote);
  for (const [slug, text] of Object.entries(notes.kept)) notes.kept[slug] = text.slice(0, MAX_NOTE);
  return {
    record: { spent: spent.kept, reveals: reveals.kept, notes: notes.kept },
    dropped: spent.dropped + reveals.dropped + notes.dropped,
  };
}

/** A stored session, and how many of its mock entries were damaged; undefined when it cannot be used at all. */
function session(value: unknown): { session: Session; dropped: number } | undefined {
  if (!isObject(value) || typeof value.key !== 'string' || !Array.isArray(value.order)) return undefined;
  const order = value.order.filter(isSlug);
  if (order.length !== value.order.length || order.length === 0) return undefined;
  const index = isNumber(value.index) ? Math.min(Math.max(Math.trunc(value.index), 0), order.length) : 0;
  const ratings: Record<string, Answer> = {};
  for (const [slug, answer] of Object.entries(isObject(value.ratings) ? value.ratings : {})) {
    if (order.includes(slug) && ANSWERS.includes(answer as Answer)) ratings[slug] = answer as Answer;
  }
  const kept: Session = { key: value.key, order, index, revealed: value.revealed === true, ratings };
  if (value.mock === undefined) return { session: kept, dropped: 0 };
  const { record, dropped } = mockRecord(value.mock, order);
  return { session: { ...kept, mock: record }, dropped };
}

const RESET = 'Your practice progress stored in this browser could not be read, so it was reset.';

/** The state stored as `raw`; damaged entries are dropped and an unreadable value reset, each with a message. */
export function parsePractice(raw: string | null): ReadResult {
  if (raw === null) return { state: emptyPractice() };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { state: emptyPractice(), problem: RESET };
  }
  if (!isObject(data) || data.version !== 1) {
    const version = isObject(data) ? data.version : undefined;
    const problem =
      version === undefined
        ? RESET
        : `Your practice progress in this browser has a format this site cannot read (version ${String(version)}), so it was reset.`;
    return { state: emptyPractice(), problem };
  }
  const cards: Record<string, StoredCard> = {};
  let dropped = 0;
  for (const [slug, value] of Object.entries(isObject(data.cards) ? data.cards : {})) {
    const kept = isSlug(slug) ? card(value) : undefined;
    if (kept) cards[slug] = kept;
    else dropped++;
  }
  const read = data.session === undefined ? undefined : session(data.session);
  if (data.session !== undefined) dropped += read ? read.dropped : 1;
  const state: PracticeState = read ? { version: 1, cards, session: read.session } : { version: 1, cards };
  if (dropped === 0 && (data.cards === undefined || isObject(data.cards))) return { state };
  return {
    state,
    problem: `Some practice progress in this browser was damaged: ${dropped} entr${dropped === 1 ? 'y was' : 'ies were'} dropped, the rest is kept.`,
  };
}

/** Reads the state through `read`; storage that throws (blocked, private mode) reads as empty. */
export function readPractice(read: () => string | null): ReadResult {
  try {
    return parsePractice(read());
  } catch {
    return { state: emptyPractice() };
  }
}

/** Writes the state through `write`; false when storage refused it (full or blocked). */
export function writePractice(write: (value: string) => void, state: PracticeState): boolean {
  try {
    write(JSON.stringify(state));
    return true;
  } catch {
    return false;
  }
}

/** Where a question stands for the reader: never practised, still being learnt, or known (in long-term review). */
export type Standing = 'new' | 'learning' | 'known';

export function standing(stored: StoredCard | undefined): Standing {
  if (!stored) return 'new';
  return stored.state === 2 ? 'known' : 'learning';
}

/** True when a practised question's next review is due at `now`. */
export function isDue(stored: StoredCard | undefined, now: Date): boolean {
  return stored !== undefined && Date.parse(stored.due) <= now.getTime();
}

/** Counts of known, learning and new among `slugs`. */
export function standings(cards: PracticeState['cards'], slugs: readonly string[]): Record<Standing, number> {
  const counts: Record<Standing, number> = { known: 0, learning: 0, new: 0 };
  for (const slug of slugs) counts[standing(cards[slug])]++;
  return counts;
}
