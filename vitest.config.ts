/** Vitest: `unit` tests the normalizer and libraries; `build` tests the built `dist/` (run after `npm run build`). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      { test: { name: 'build', include: ['tests/build/**/*.test.ts'], testTimeout: 120_000 } },
    ],
  },
});
