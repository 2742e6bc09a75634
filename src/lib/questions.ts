/** Reads the question and bank collections in the order pages show them. */
import { type CollectionEntry, getCollection } from 'astro:content';

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
