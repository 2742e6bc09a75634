// Unit tests for practice storage: repair of damaged or foreign values with a message, standings, and the FSRS wrapper.
import { describe, expect, test } from 'vitest';
import { isDue, parsePractice, readPractice, type StoredCard, standings } from '../../src/lib/practice-store.ts';
import { review } from '../../src/lib/schedule.ts';

const NOW = new Date('2026-03-01T09:00:00Z');
const DAY = 24 * 60 * 60 * 1000;

describe('parsePractice', () => {
  test('nothing stored is an empty state without a message', () => {
    expect(parsePractice(null)).toEqual({ state: { version: 1, cards: {} } });
  });

  test('a stored state reads back as it was written', () => {
    const card = review(undefined, 'knew', NOW);
    const state = {
      version: 1 as const,
      cards: { a: card },
      session: { key: '?seed=x', order: ['a', 'b'], index: 1, revealed: true, ratings: { a: 'knew' as const } },
    };
    expect(parsePractice(JSON.stringify(state))).toEqual({ state });
  });

  test.each([
    ['bad JSON', '{"version":1,'],
    ['not an object', '42'],
  ])('%s resets with a message', (_, raw) => {
    const { state, problem } = parsePractice(raw);
    expect(state).toEqual({ version: 1, cards: {} });
    expect(problem).toMatch(/could not be read, so it was reset/);
  });

  test('another version resets and says which', () => {
    expect(parsePractice('{"version":7,"cards":{}}').problem).toMatch(/version 7/);
  });

  test('damaged cards and a damaged session are dropped, the rest kept, with a count', () => {
    const good = review(undefined, 'missed', NOW);
    const raw = JSON.stringify({
      version: 1,
      cards: { a: good, b: { ...good, due: 'soon' }, 'Not A Slug': good, c: { ...good, reps: '2' } },
      session: { key: 'x', order: ['a', 42], index: 0, ratings: {} },
    });
    const { state, problem } = parsePractice(raw);
    expect(state).toEqual({ version: 1, cards: { a: good } });
    expect(problem).toMatch(/4 entries were dropped/);
  });

  test('a session index out of range is clamped and ratings of other questions dropped', () => {
    const raw = JSON.stringify({
      version: 1,
      cards: {},
      session: { key: 'k', order: ['a'], index: 9, ratings: { a: 'partly', z: 'knew', ...{ a2: 'meh' } } },
    });
    expect(parsePractice(raw).state.session).toEqual({
      key: 'k',
      order: ['a'],
      index: 1,
      revealed: false,
      ratings: { a: 'partly' },
    });
  });

  test("a mock interview's record reads back; damaged timings, reveals and notes are dropped with a count", () => {
    const session = { key: 'k', order: ['a', 'b'], index: 0, revealed: false, ratings: {} };
    const mock = { spent: { a: 1200 }, reveals: { a: 'early' }, notes: { a: 'two\nlines' } };
    const good = { version: 1 as const, cards: {}, session: { ...session, mock } };
    expect(parsePractice(JSON.stringify(good))).toEqual({ state: good });
    const damaged = {
      ...good,
      session: {
        ...session,
        mock: { spent: { a: -1, b: 'soon', z: 5 }, reveals: { a: 'early', b: 'never' }, notes: { a: 42, b: 'kept' } },
      },
    };
    const { state, problem } = parsePractice(JSON.stringify(damaged));
    expect(state.session?.mock, 'entries of questions outside the session are ignored').toEqual({
      spent: {},
      reveals: { a: 'early' },
      notes: { b: 'kept' },
    });
    expect(problem).toMatch(/4 entries were dropped/);
    const unreadable = parsePractice(JSON.stringify({ ...good, session: { ...session, mock: 'x' } }));
    expect(unreadable.state.session?.mock).toEqual({ spent: {}, reveals: {}, notes: {} });
    expect(unreadable.problem).toMatch(/1 entry was dropped/);
  });

  test('storage that throws reads as empty', () => {
    expect(
      readPractice(() => {
        throw new Error('blocked');
      }).state,
    ).toEqual({ version: 1, cards: {} });
  });
});

describe('review (ts-fsrs)', () => {
  test('a miss is due again within the day; "knew it" later than "partly", both later than a miss', () => {
    const missed = review(undefined, 'missed', NOW);
    const partly = review(undefined, 'partly', NOW);
    const knew = review(undefined, 'knew', NOW);
    const due = (card: StoredCard) => Date.parse(card.due) - NOW.getTime();
    expect(due(missed)).toBeGreaterThan(0);
    expect(due(missed)).toBeLessThan(DAY);
    expect(due(partly)).toBeGreaterThan(due(missed));
    expect(due(knew)).toBeGreaterThan(due(partly));
    expect(missed.last_review).toBe(NOW.toISOString());
  });

  test('knowing it again once due moves it into review, further out, and it stops being due', () => {
    const first = review(undefined, 'knew', NOW);
    const at = new Date(first.due);
    expect(isDue(first, at)).toBe(true);
    const second = review(first, 'knew', at);
    expect(second.state).toBe(2);
    expect(Date.parse(second.due) - at.getTime()).toBeGreaterThanOrEqual(DAY);
    expect(isDue(second, at)).toBe(false);
    expect(standings({ a: second, b: first }, ['a', 'b', 'c'])).toEqual({ known: 1, learning: 1, new: 1 });
  });

  test('the same review at the same time gives the same schedule', () => {
    expect(review(undefined, 'partly', NOW)).toEqual(review(undefined, 'partly', NOW));
  });
});
