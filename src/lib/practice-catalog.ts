/** The catalog a practice page embeds: every question's set fields, topic names and bank titles, built once per page. */
import type { PracticeCatalog } from './practice-set.ts';
import { getBanks, getQuestions, getTopics } from './questions.ts';
import { questionPath } from './urls.ts';

export async function practiceCatalog(): Promise<PracticeCatalog> {
  const questions = (await getQuestions()).map(({ data }) => ({
    slug: data.slug,
    number: data.number,
    title: data.title,
    bank: data.bank,
    difficulty: data.difficulty,
    topics: [...data.topics],
    url: questionPath(data.slug),
    summary: data.summary,
  }));
  const topics = Object.fromEntries((await getTopics()).map((topic) => [topic.id, topic.name]));
  const banks = Object.fromEntries((await getBanks()).map((bank) => [bank.id, bank.data.title]));
  return { questions, topics, banks };
}
