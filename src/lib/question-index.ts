/** Lookups every question page needs, computed once per build: by slug, by topic, neighbours and a bounded sidebar. */
import type { Topic } from './schema.ts';

/** What the index needs of a question entry (a collection entry has more). */
export interface IndexedQuestion {
  data: { slug: string; topics: string[] };
}

/** A slice of a topic's questions around the current one, and how many are left out on each side. */
export interface TopicWindow<Q> {
  shown: Q[];
  before: number;
  after: number;
}

/** The index; every lookup is O(1) or O(window), so a page's cost doesn't grow with the bank. */
export interface QuestionIndex<Q extends IndexedQuestion> {
  bySlug(slug: string): Q | undefined;
  neighbours(slug: string): { previous: Q | undefined; next: Q | undefined };
  inTopic(topicId: string): readonly Q[];
  topicCounts: ReadonlyArray<Topic & { count: number }>;
  /** At most `size` questions of the topic, the current one as near the middle as the ends allow. */
  topicWindow(topicId: string, slug: string, size: number): TopicWindow<Q>;
}

/** Indexes `questions` (in reading order) under `topics` (in display order). */
export function indexQuestions<Q extends IndexedQuestion>(questions: readonly Q[], topics: readonly Topic[]): QuestionIndex<Q> {
  const position = new Map(questions.map((question, index) => [question.data.slug, index]));
  const byTopic = new Map<string, Q[]>(topics.map((topic) => [topic.id, []]));
  // Slug → place in its topic's list, per topic: a page finds its window without scanning the topic.
  const placeInTopic = new Map<string, Map<string, number>>();
  for (const question of questions) {
    for (const id of question.data.topics) {
      const list = byTopic.get(id) ?? [];
      const places = placeInTopic.get(id) ?? new Map<string, number>();
      places.set(question.data.slug, list.length);
      list.push(question);
      byTopic.set(id, list);
      placeInTopic.set(id, places);
    }
  }
  const inTopic = (topicId: string): readonly Q[] => byTopic.get(topicId) ?? [];
  return {
    bySlug: (slug) => questions[position.get(slug) ?? -1],
    neighbours(slug) {
      const index = position.get(slug);
      if (index === undefined) return { previous: undefined, next: undefined };
      return { previous: questions[index - 1], next: questions[index + 1] };
    },
    inTopic,
    topicCounts: topics.map((topic) => ({ ...topic, count: inTopic(topic.id).length })),
    topicWindow(topicId, slug, size) {
      const list = inTopic(topicId);
      if (list.length <= size) return { shown: [...list], before: 0, after: 0 };
      const current = placeInTopic.get(topicId)?.get(slug) ?? 0;
      const start = Math.min(Math.max(0, current - Math.floor(size / 2)), list.length - size);
      return { shown: list.slice(start, start + size), before: start, after: list.length - start - size };
    },
  };
}
