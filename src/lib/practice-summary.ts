/** What a finished session and the schedule add up to: counts per rating and per topic, the misses, and what is due per bank and topic. */
import type { PracticeEntry } from './practice-set.ts';
import { type Answer, isDue, type StoredCard } from './practice-store.ts';

/** Counts of each rating, and of questions left unrated. */
export type Tally = Record<Answer | 'skipped', number>;

const emptyTally = (): Tally => ({ knew: 0, partly: 0, missed: 0, skipped: 0 });

/** The session's tallies: overall and per topic (a question with two topics counts under both), in first-seen topic order. */
export function summarize(
  order: readonly string[],
  ratings: Readonly<Record<string, Answer>>,
  entries: ReadonlyMap<string, PracticeEntry>,
): { total: Tally; topics: Array<{ topic: string; tally: Tally }>; misses: string[] } {
  const total = emptyTally();
  const topics = new Map<string, Tally>();
  for (const slug of order) {
    const outcome = ratings[slug] ?? 'skipped';
    total[outcome]++;
    for (const topic of entries.get(slug)?.topics ?? []) {
      const tally = topics.get(topic) ?? emptyTally();
      tally[outcome]++;
      topics.set(topic, tally);
    }
  }
  const misses = order.filter((slug) => ratings[slug] === 'missed' || ratings[slug] === 'partly');
  return { total, topics: [...topics].map(([topic, tally]) => ({ topic, tally })), misses };
}

/** Due questions per bank and, within it, per topic, in catalog order; banks and topics with none due are left out. */
export function dueCounts(
  catalog: readonly PracticeEntry[],
  cards: Readonly<Record<string, StoredCard>>,
  now: Date,
): Array<{ bank: string; due: number; topics: Array<{ topic: string; due: number }> }> {
  const banks = new Map<string, { due: number; topics: Map<string, number> }>();
  for (const entry of catalog) {
    if (!isDue(cards[entry.slug], now)) continue;
    const bank = banks.get(entry.bank) ?? { due: 0, topics: new Map<string, number>() };
    bank.due++;
    for (const topic of entry.topics) bank.topics.set(topic, (bank.topics.get(topic) ?? 0) + 1);
    banks.set(entry.bank, bank);
  }
  return [...banks].map(([bank, { due, topics }]) => ({
    bank,
    due,
    topics: [...topics].map(([topic, count]) => ({ topic, due: count })),
  }));
}
