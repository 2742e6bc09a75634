/** The real source bank, normalized once per test file with the checked-in overrides. */
import { readFileSync } from 'node:fs';
import { loadOverrides } from '../../src/normalize/overrides.ts';
import { type NormalizeResult, normalize } from '../../src/normalize/pipeline.ts';

export const SOURCE_FILE = 'content/nodejs-interview-questions.md';
export const OVERRIDES_FILE = 'content/overrides.yaml';

let cached: NormalizeResult | undefined;

/** The normalizer's result on the real bank. */
export function normalizedRealBank(): NormalizeResult {
  cached ??= normalize(
    [{ file: SOURCE_FILE, id: 'nodejs-interview-questions', bytes: readFileSync(SOURCE_FILE) }],
    loadOverrides(OVERRIDES_FILE),
  );
  return cached;
}

/** The question with source number `n`. */
export function questionNumber(n: number) {
  const question = normalizedRealBank().questions.find((candidate) => candidate.record.number === n);
  if (!question) throw new Error(`no Q${n}`);
  return question;
}
