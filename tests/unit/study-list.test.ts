// Unit tests for the study list's stored state: tolerant reading, storage that throws, toggles.
import { describe, expect, test } from 'vitest';
import type { StudyState } from '../../src/lib/study-list.ts';
import { emptyState, parseState, readState, STUDY_KEY, toggle, writeState } from '../../src/lib/study-list.ts';

const state = (saved: string[], done: string[] = []): StudyState => ({ version: 1, saved, done });

describe('parseState', () => {
  test('reads a well-formed v1 value as it is', () => {
    const value = state(['b', 'a'], ['a']);
    expect(parseState(JSON.stringify(value))).toEqual(value);
  });

  test.each([
    ['nothing stored', null],
    ['empty string', ''],
    ['bad JSON', '{not json'],
    ['JSON null', 'null'],
    ['a number', '42'],
    ['a bare array of slugs', '["a","b"]'],
    ['no version', '{"saved":["a"],"done":[]}'],
    ['an unknown version', '{"version":2,"saved":["a"],"done":["a"]}'],
    ['version as a string', '{"version":"1","saved":["a"],"done":[]}'],
  ])('%s → empty state', (_name, raw) => {
    expect(parseState(raw)).toEqual(emptyState());
  });

  test.each([
    ['lists of the wrong type', '{"version":1,"saved":"a,b","done":{"a":true}}', state([], [])],
    ['a missing list', '{"version":1,"saved":["a"]}', state(['a'], [])],
    [
      'non-strings and bad slugs',
      '{"version":1,"saved":["a",3,null,"B C","../x","b"],"done":["<i>","c"]}',
      state(['a', 'b'], ['c']),
    ],
    ['repeats', '{"version":1,"saved":["a","b","a"],"done":["c","c"]}', state(['a', 'b'], ['c'])],
  ])('keeps what is valid in %s', (_name, raw, expected) => {
    expect(parseState(raw)).toEqual(expected);
  });
});

describe('readState and writeState', () => {
  test('storage that throws reads as empty and refuses writes without throwing', () => {
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    expect(readState(blocked)).toEqual(emptyState());
    expect(writeState(blocked, state(['a']))).toBe(false);
  });

  test('a written state reads back the same under the versioned key', () => {
    const store = new Map<string, string>();
    const value = state(['x-y', 'a'], ['a']);
    expect(writeState((raw) => store.set(STUDY_KEY, raw), value)).toBe(true);
    expect(readState(() => store.get(STUDY_KEY) ?? null)).toEqual(value);
    expect(STUDY_KEY).toBe('interview-bank:study:v1');
  });
});

describe('toggle', () => {
  test('adds at the end, then removes, without touching the other list', () => {
    const added = toggle(state(['a'], ['a']), 'saved', 'b');
    expect(added).toEqual(state(['a', 'b'], ['a']));
    expect(toggle(added, 'saved', 'a')).toEqual(state(['b'], ['a']));
    expect(toggle(added, 'done', 'a')).toEqual(state(['a', 'b'], []));
  });

  test('does not change its input', () => {
    const before = state(['a']);
    toggle(before, 'saved', 'b');
    expect(before).toEqual(state(['a']));
  });
});
