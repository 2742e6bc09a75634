/** Vitest: `unit` tests the normalizer and libraries; `build` tests the built `dist/` (run after `npm run build`). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Every unit test does a fixed amount of work (the real bank, a generated corpus, a set number of fuzz
          // runs), never waits on time: the timeout only catches a hang, so it leaves room for a laptop ten
          // times slower than a quiet one (Vitest's 5 s failed the real-bank tests on this 2-core machine when busy).
          testTimeout: 60_000,
        },
      },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
