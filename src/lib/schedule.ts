/** Spaced review: a self-rating schedules a question's next review with FSRS (the ts-fsrs library), stored as JSON-safe cards. */
import { type Card, createEmptyCard, fsrs, type Grade, Rating } from 'ts-fsrs';
import type { Answer, StoredCard } from './practice-store.ts';

// "Partly" is FSRS's Hard: recalled with effort. No fuzz, so a review at a given time always gives the same due date.
const GRADES: Record<Answer, Grade> = { knew: Rating.Good, partly: Rating.Hard, missed: Rating.Again };
const scheduler = fsrs({ enable_fuzz: false });

function toCard({ last_review, ...stored }: StoredCard): Card {
  const card: Card = { ...stored, due: new Date(stored.due) };
  return last_review === undefined ? card : { ...card, last_review: new Date(last_review) };
}

function toStored(card: Card): StoredCard {
  const { due, last_review, state, ...numbers } = card;
  const stored: StoredCard = { ...numbers, due: due.toISOString(), state: state as StoredCard['state'] };
  return last_review ? { ...stored, last_review: last_review.toISOString() } : stored;
}

/** The card after rating a question `answer` at `now`; a question never practised starts as a new card. */
export function review(stored: StoredCard | undefined, answer: Answer, now: Date): StoredCard {
  const card = stored ? toCard(stored) : createEmptyCard(now);
  return toStored(scheduler.next(card, now, GRADES[answer]).card);
}
