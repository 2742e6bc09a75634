// Golden test: the whole real source against checked-in output; regenerate on purpose with UPDATE=1.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { outputFiles } from '../../src/normalize/write-output.ts';
import { normalizedRealBank } from '../support/real-bank.ts';

const GOLDEN_DIR = 'tests/golden/nodejs-interview-questions';

function actualFiles(): Map<string, string | Uint8Array> {
  const result = normalizedRealBank();
  const files = outputFiles(result);
  files.set('report.json', `${JSON.stringify(result.report, null, 2)}\n`);
  return files;
}

function goldenFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(GOLDEN_DIR, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(GOLDEN_DIR.length + 1), readFileSync(path, 'utf8'));
  }
  return files;
}

if (process.env.UPDATE === '1') {
  rmSync(GOLDEN_DIR, { recursive: true, force: true });
  for (const [path, content] of actualFiles()) {
    mkdirSync(dirname(join(GOLDEN_DIR, path)), { recursive: true });
    writeFileSync(join(GOLDEN_DIR, path), content);
  }
}

describe('golden output of content/nodejs-interview-questions.md', () => {
  const actual = actualFiles();
  const golden = goldenFiles();

  test('produces exactly the golden file set', () => {
    expect([...actual.keys()].sort()).toEqual([...golden.keys()].sort());
  });

  test.each([...golden.keys()].sort())('%s matches (UPDATE=1 npm run test:unit regenerates)', (path) => {
    expect(actual.get(path)).toBe(golden.get(path));
  });
});
