/** A practice set as URL parameters (bank, topic, difficulty, search words, study list, due, size, mock mix and time, seed) and its questions in seeded order. */
import { type MixPart, mixText, pickByMix, readMinutes, readMix } from './mock-interview.ts';

/** What a practice page knows of a question, from the JSON embedded in that page. */
export interface PracticeEntry {
  slug: string;
  number: number;
  title: string;
  bank: string;
  difficulty: string;
  topics: string[];
  url: string;
}

/** What practice scripts read from a page's `#practice-catalog` JSON: every question, topic names and bank titles by id. */
export interface PracticeCatalog {
  /** With each answer's one-line summary, the back of an exported card. */
  questions: Array<PracticeEntry & { summary: string }>;
  topics: Record<string, string>;
  banks: Record<string, string>;
}

/** One set: filters that pick questions, how many to ask, and the seed that fixes their order. */
export interface PracticeSet {
  bank: string;
  topic: string;
  difficulty: string[];
  /** Search words; `search`, not `q`, because `q` opens the search panel on every page. */
  search: string;
  /** True for the reader's saved study list. */
  list: boolean;
  /** True for the questions due for review. */
  due: boolean;
  /** Explicit slugs (a shared set, the misses of a session); empty for none. */
  questions: string[];
  /** 0 for every question of the set; with a mix, the sum of its counts. */
  size: number;
  /** A mock interview (`mode=mock`): timed questions with notes. */
  mock: boolean;
  /** A mock interview's questions per level (`mix=easy-2,hard-1`); empty for any level. */
  mix: MixPart[];
  /** A mock interview's minutes per question; 0 until chosen. */
  time: number;
  seed: string;
}

export const NO_SET: PracticeSet = {
  bank: '',
  topic: '',
  difficulty: [],
  search: '',
  list: false,
  due: false,
  questions: [],
  size: 0,
  mock: false,
  mix: [],
  time: 0,
  seed: '',
};

/** The parameters that make a URL name a set (a start form sends them even when empty). */
export const SET_PARAMS = [
  'bank',
  'topic',
  'difficulty',
  'search',
  'list',
  'due',
  'questions',
  'size',
  'mode',
  'mix',
  'time',
  'seed',
] as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SEED = /^[a-z0-9]{1,16}$/;
// A set larger than any real bank is cut here, so a hand-made URL cannot ask for a million questions.
const MAX_SIZE = 500;

const slugOrEmpty = (value: string | null): string => (value !== null && SLUG.test(value) ? value : '');

/** The set a URL's parameters describe; anything malformed is left out rather than trusted. */
export function readSet(params: URLSearchParams): PracticeSet {
  const size = Number.parseInt(params.get('size') ?? '', 10);
  const seed = (params.get('seed') ?? '').toLowerCase();
  const questions = (params.get('questions') ?? '').split(',').filter((slug) => SLUG.test(slug));
  const mock = params.get('mode') === 'mock';
  // Mix and time belong to a mock interview; a mix fixes the size.
  const mix = mock ? readMix(params.get('mix'), MAX_SIZE) : [];
  const mixed = Math.min(
    mix.reduce((sum, part) => sum + part.count, 0),
    MAX_SIZE,
  );
  return {
    bank: slugOrEmpty(params.get('bank')),
    topic: slugOrEmpty(params.get('topic')),
    difficulty: [...new Set(params.getAll('difficulty').filter((level) => SLUG.test(level)))],
    search: (params.get('search') ?? '').trim().slice(0, 200),
    list: params.get('list') === 'saved',
    due: params.get('due') === '1',
    questions: [...new Set(questions)].slice(0, MAX_SIZE),
    size: mixed > 0 ? mixed : Number.isInteger(size) && size > 0 ? Math.min(size, MAX_SIZE) : 0,
    mock,
    mix,
    time: mock ? readMinutes(params.get('time')) : 0,
    seed: SEED.test(seed) ? seed : '',
  };
}

/** The query string of a set (`?bank=…&topic=…&seed=…`), in a fixed order so equal sets give equal URLs. */
export function setQuery(set: PracticeSet): string {
  const params = new URLSearchParams();
  if (set.bank) params.set('bank', set.bank);
  if (set.topic) params.set('topic', set.topic);
  for (const level of set.difficulty) params.append('difficulty', level);
  if (set.search) params.set('search', set.search);
  if (set.list) params.set('list', 'saved');
  if (set.due) params.set('due', '1');
  if (set.questions.length > 0) params.set('questions', set.questions.join(','));
  if (set.size > 0 && set.mix.length === 0) params.set('size', String(set.size));
  if (set.mock) params.set('mode', 'mock');
  if (set.mock && set.mix.length > 0) params.set('mix', mixText(set.mix));
  if (set.mock && set.time > 0) params.set('time', String(set.time));
  if (set.seed) params.set('seed', set.seed);
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}

/** What the set cannot know from the catalog alone: the saved list, the slugs due, and those a search matched. */
export interface SetContext {
  saved: readonly string[];
  due?: ReadonlySet<string> | undefined;
  matches?: ReadonlySet<string> | undefined;
}

/** The questions of `set` in catalog order, before shuffling. */
export function setMembers(catalog: readonly PracticeEntry[], set: PracticeSet, context: SetContext): PracticeEntry[] {
  const explicit = set.questions.length > 0 ? new Set(set.questions) : undefined;
  const saved = set.list ? new Set(context.saved) : undefined;
  return catalog.filter(
    (entry) =>
      (!set.bank || entry.bank === set.bank) &&
      (!set.topic || entry.topics.includes(set.topic)) &&
      (set.difficulty.length === 0 || set.difficulty.includes(entry.difficulty)) &&
      (!explicit || explicit.has(entry.slug)) &&
      (!saved || saved.has(entry.slug)) &&
      (!set.due || context.due?.has(entry.slug) === true) &&
      (!context.matches || context.matches.has(entry.slug)),
  );
}

/** A 32-bit hash of the seed text (FNV-1a), the start of the random sequence. */
function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (const char of seed) hash = Math.imul(hash ^ char.charCodeAt(0), 0x01000193) >>> 0;
  return hash;
}

/** A small seeded generator (mulberry32): the same seed gives the same numbers in every browser. */
export function seededRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of `items` shuffled by `seed` (Fisher–Yates); an empty seed keeps their order. */
export function shuffle<T>(items: readonly T[], seed: string): T[] {
  const copy = [...items];
  if (!seed) return copy;
  const random = seededRandom(seed);
  for (let index = copy.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [copy[index], copy[other]] = [copy[other] as T, copy[index] as T];
  }
  return copy;
}

/** The slugs a session asks, in order: the set's members shuffled by its seed, picked by its mix, cut to its size. */
export function setOrder(catalog: readonly PracticeEntry[], set: PracticeSet, context: SetContext): string[] {
  const shuffled = shuffle(setMembers(catalog, set, context), set.seed);
  const order = (set.mix.length > 0 ? pickByMix(shuffled, set.mix) : shuffled).map((entry) => entry.slug);
  return set.size > 0 ? order.slice(0, set.size) : order;
}

/** A fresh seed for a set that has none, from a random source the caller provides. */
export function newSeed(random: () => number = Math.random): string {
  return Math.floor(random() * 36 ** 6)
    .toString(36)
    .padStart(6, '0');
}

/** The set of the questions rated below "Knew it", to practise again in a new order. */
export function missesSet(misses: readonly string[], seed: string): PracticeSet {
  return { ...NO_SET, questions: [...misses], seed };
}

/** The practice set of a search: its words, topic and levels, for the search panel's "Practice these". */
export function setOfSearch(search: { query: string; topic: string; bank: string; difficulty: readonly string[] }): PracticeSet {
  return { ...NO_SET, search: search.query.trim(), topic: search.topic, bank: search.bank, difficulty: [...search.difficulty] };
}
