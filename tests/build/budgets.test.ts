// Build test: size budgets of question pages in dist/ (gzip -9 bytes, not times): at most half of what Starlight ships.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { normalizeBase } from '../support/base-path.ts';
import { BUDGET, BUDGET_PAGES } from '../support/budgets.ts';
import { describeWeight, pageFile, pageWeight } from '../support/page-weight.ts';

const DIST = 'dist';
const BASE = normalizeBase(process.env.BASE_PATH);

const weigh = (path: string) => pageWeight(DIST, pageFile(path), BASE);

describe.each(BUDGET_PAGES)('%s %s', (_name, path) => {
  test('the page was built (run `npm run build` first); its figures', () => {
    expect(existsSync(join(DIST, pageFile(path)))).toBe(true);
    console.info(describeWeight(weigh(path)));
  });

  test(`JavaScript before search ≤ ${BUDGET.js} B gzip`, () => {
    const weight = weigh(path);
    expect(weight.jsGzipBytes, describeWeight(weight)).toBeLessThanOrEqual(BUDGET.js);
  });

  test(`CSS ≤ ${BUDGET.css} B gzip`, () => {
    const weight = weigh(path);
    expect(weight.css.length, 'the page links its stylesheet').toBeGreaterThan(0);
    expect(weight.cssGzipBytes, describeWeight(weight)).toBeLessThanOrEqual(BUDGET.css);
  });
});

test(`the HTML of Q19 ≤ ${BUDGET.html} B gzip`, () => {
  const weight = weigh(BUDGET_PAGES[0][1]);
  expect(weight.htmlGzipBytes, describeWeight(weight)).toBeLessThanOrEqual(BUDGET.html);
});
