/** Reads the question and bank collections in the order pages show them, and the navigation between them. */
import { type CollectionEntry, getCollection } from 'astro:content';
import type { Topic } from './schema.ts';

export type Question = CollectionEntry<'questions'>;

/** Every question, by bank and then by number. */
export async function getQuestions(): Promise<Question[]> {
  const questions = await getCollection('questions');
  return questions.sort((a, b) => a.data.bank.localeCompare(b.data.bank) || a.data.number - b.data.number);
}

/** Every bank, by id. */
export async function getBanks(): Promise<CollectionEntry<'banks'>[]> {
  return (await getCollection('banks')).sort((a, b) => a.id.localeCompare(b.id));
}

/** Every topic any bank uses, in the banks' display order, without repeats. */
export async function getTopics(): Promise<Topic[]> {
  const seen = new Map<string, Topic>();
  for (const bank of await getBanks()) for (const topic of bank.data.topics) if (!seen.has(topic.id)) seen.set(topic.id, topic);
  return [...seen.values()];
}

/** The questions filed under each topic (a question with two topics appears under both), in topic order. */
export function groupByTopic(questions: Question[], topics: Topic[]): Array<{ topic: Topic; questions: Question[] }> {
  return topics
    .map((topic) => ({ topic, questions: questions.filter((question) => question.data.topics.includes(topic.id)) }))
    .filter((group) => group.questions.length > 0);
}

/** The questions before and after `slug` in reading order. */
export function neighbours(questions: Question[], slug: string): { previous: Question | undefined; next: Question | undefined } {
  const index = questions.findIndex((question) => question.data.slug === slug);
  return { previous: index > 0 ? questions[index - 1] : undefined, next: questions[index + 1] };
}

/** The topic record of an id (falls back to the id as its name). */
export function topicNamed(topics: Topic[], id: string): Topic {
  return topics.find((topic) => topic.id === id) ?? { id, name: id };
}
