// Build test: `npm run build` (src/build.ts) runs Astro with mimalloc, the allocator of its Rust modules,
// committing memory as it is used and returning it at once; a value set in the environment wins.
import { rmSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildFixtureSite } from '../support/fixture-site.ts';

// A build that stops at the normalizer, after Astro has loaded its native modules: quick, and prints the options.
const BROKEN_OVERRIDES = {
  'content/bank.md': '# Bank\n\n### Q1: What?\n\nAn answer.\n',
  'content/overrides.yaml': 'questions: [\n',
};

/** Every value mimalloc reports for `option`, once per copy of mimalloc the build loaded. */
function optionValues(env: Record<string, string>, option: string): string[] {
  const build = buildFixtureSite(BROKEN_OVERRIDES, { MIMALLOC_VERBOSE: '1', ...env });
  rmSync(build.root, { recursive: true, force: true });
  expect(build.status).not.toBe(0);
  return [...build.output.matchAll(new RegExp(`option '${option}': (\\S+)`, 'g'))].map((match) => match[1] ?? '');
}

describe('the build entry', () => {
  test('every mimalloc the build loads commits arena memory on use and purges freed pages at once', () => {
    const eager = optionValues({}, 'arena_eager_commit');
    expect(eager.length).toBeGreaterThan(0);
    expect(new Set(eager)).toEqual(new Set(['0']));
    expect(new Set(optionValues({}, 'purge_delay'))).toEqual(new Set(['0']));
  });

  test('a purge delay already in the environment is kept', () => {
    expect(new Set(optionValues({ MIMALLOC_PURGE_DELAY: '25' }, 'purge_delay'))).toEqual(new Set(['25']));
  });
});
