/** Reads the question and bank collections in the order pages show them, and the navigation between them. */
import { type CollectionEntry, getCollection } from 'astro:content';
import { ratesDifficulty } from './difficulty.ts';
import { type OgCard, questionCardAmong } from './og-cards.ts';
import { levelGroups } from './print.ts';
import { indexQuestions, type QuestionIndex } from './question-index.ts';
import type { Topic } from './schema.ts';
import { topicsOfBanks } from './topics.ts';

export { topicNamed } from './topics.ts';

export type Question = CollectionEntry<'questions'>;

/**
 * Reads once per build: a build renders every page from one snapshot of the collections, and reading and sorting
 * them again for each of a thousand pages would make the build quadratic. The dev server reads afresh, so edits show.
 * Results are frozen because every page shares them.
 */
function oncePerBuild<T>(read: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return read();
    cached ??= read();
    return cached;
  };
}

/** Every question, by bank and then by number. */
export const getQuestions = oncePerBuild(async (): Promise<readonly Question[]> => {
  const questions = await getCollection('questions');
  return Object.freeze(questions.sort((a, b) => a.data.bank.localeCompare(b.data.bank) || a.data.number - b.data.number));
});

/** Every bank, by id. */
export const getBanks = oncePerBuild(
  async (): Promise<readonly CollectionEntry<'banks'>[]> =>
    Object.freeze((await getCollection('banks')).sort((a, b) => a.id.localeCompare(b.id))),
);

/** Every topic any bank uses, in the banks' display order, without repeats. */
export const getTopics = oncePerBuild(
  async (): Promise<readonly Topic[]> => Object.freeze(topicsOfBanks((await getBanks()).map((bank) => bank.data))),
);

/** Lookups by slug and topic for question pages, built once from the above. */
export const getQuestionIndex = oncePerBuild(
  async (): Promise<QuestionIndex<Question>> => indexQuestions(await getQuestions(), await getTopics()),
);

/** A bank as its pages show it: the entry, its questions in order, lookups among them, whether it rates difficulty. */
export interface BankView {
  entry: CollectionEntry<'banks'>;
  questions: readonly Question[];
  /** Neighbours, related questions and the sidebar stay inside the bank. */
  index: QuestionIndex<Question>;
  /** False for a bank without difficulty: no badge, filter or difficulty group for its questions. */
  rated: boolean;
}

/** Every bank with its questions, in bank order. */
export const getBankViews = oncePerBuild(async (): Promise<readonly BankView[]> => {
  const questions = await getQuestions();
  return Object.freeze(
    (await getBanks()).map((entry) => {
      const own = questions.filter((question) => question.data.bank === entry.id);
      const rated = ratesDifficulty(
        entry.data,
        own.map(({ data }) => data.difficulty),
      );
      return { entry, questions: own, index: indexQuestions(own, entry.data.topics), rated };
    }),
  );
});

/** The bank a question names. */
export async function bankView(id: string): Promise<BankView> {
  const view = (await getBankViews()).find((each) => each.entry.id === id);
  if (!view) throw new Error(`no bank "${id}": run "npm run normalize" to see why`);
  return view;
}

/** The questions of banks that rate difficulty, in reading order: what the difficulty pages list. */
export async function getRatedQuestions(): Promise<Question[]> {
  return (await getBankViews()).filter((bank) => bank.rated).flatMap((bank) => bank.questions);
}

/** True when the site publishes several banks: pages then name the bank of each question. */
export async function hasSeveralBanks(): Promise<boolean> {
  return (await getBanks()).length > 1;
}

/** The questions filed under each topic (a question with two topics appears under both), in topic order. */
export function groupByTopic(
  questions: readonly Question[],
  topics: readonly Topic[],
): Array<{ topic: Topic; questions: Question[] }> {
  return topics
    .map((topic) => ({ topic, questions: questions.filter((question) => question.data.topics.includes(topic.id)) }))
    .filter((group) => group.questions.length > 0);
}

// The static paths of the pages made per topic, level or bank: one rule for each set's screen page and its print view.

/** One page per topic that has questions, with them. */
export async function topicPages() {
  return groupByTopic(await getQuestions(), await getTopics()).map(({ topic, questions }) => ({
    params: { topic: topic.id },
    props: { topic, questions },
  }));
}

/** One page per difficulty level of the banks that rate difficulty (unrated only when some question is). */
export async function levelPages() {
  return levelGroups(await getRatedQuestions()).map(({ id, label, questions }) => ({
    params: { level: id },
    props: { level: id, label, questions },
  }));
}

/** One page per bank on a site of several; with one bank its page is the home page, with no second address. */
export async function bankPages() {
  const banks = await getBankViews();
  return banks.length < 2 ? [] : banks.map((bank) => ({ params: { bank: bank.entry.id }, props: { bank } }));
}

/** A question's social card: its own fields, the name of its first topic and the title of its bank. */
export async function questionCardOf(data: Question['data']): Promise<OgCard> {
  const bank = (await getBanks()).find((entry) => entry.id === data.bank);
  return questionCardAmong(data, await getTopics(), bank?.data.title ?? '');
}
