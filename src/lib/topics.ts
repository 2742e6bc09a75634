/** Topics as pages list them: every topic the banks use, in the banks' order, and a topic's record by id. */
import type { BankRecord, Topic } from './schema.ts';

/** Every topic of `banks` (in the order given), in their display order, without repeats. */
export function topicsOfBanks(banks: ReadonlyArray<Pick<BankRecord, 'topics'>>): Topic[] {
  const seen = new Map<string, Topic>();
  for (const bank of banks) for (const topic of bank.topics) if (!seen.has(topic.id)) seen.set(topic.id, topic);
  return [...seen.values()];
}

/** The topic record of an id (falls back to the id as its name). */
export function topicNamed(topics: readonly Topic[], id: string): Topic {
  return topics.find((topic) => topic.id === id) ?? { id, name: id };
}
