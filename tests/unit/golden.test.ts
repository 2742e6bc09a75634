// Golden test: the whole real source against checked-in output; regenerate on purpose with UPDATE=1.
import { describe, expect, test } from 'vitest';
import { goldenFiles, resultFiles, writeGolden } from '../support/golden.ts';
import { normalizedRealBank } from '../support/real-bank.ts';

const GOLDEN_DIR = 'tests/golden/nodejs-interview-questions';

if (process.env.UPDATE === '1') writeGolden(GOLDEN_DIR, resultFiles(normalizedRealBank()));

describe('golden output of content/nodejs-interview-questions.md', () => {
  const actual = resultFiles(normalizedRealBank());
  const golden = goldenFiles(GOLDEN_DIR);

  test('produces exactly the golden file set', () => {
    expect([...actual.keys()].sort()).toEqual([...golden.keys()].sort());
  });

  test.each([...golden.keys()].sort())('%s matches (UPDATE=1 npm run test:unit regenerates)', (path) => {
    expect(actual.get(path)).toBe(golden.get(path));
  });
});
