// Search budgets in real Chromium: nothing of search loads before it is opened; small JS before; a light first search.
import { gzipSync } from 'node:zlib';
import type { Page, Response } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { resultLinks, waitForResults } from './support/search-page.ts';

const QUESTION = './questions/explain-the-nodejs-event-loop-and-how-it-works/';
const KB = 1024;
const JS_BEFORE_SEARCH = 4 * KB;
const FIRST_SEARCH = 140 * KB;

/** Bytes a gzip-serving host sends for a body: text compresses, Pagefind's files are gzip data already. */
function wireSize(body: Buffer): number {
  return Math.min(body.length, gzipSync(body).length);
}

const isSearchFile = (url: string) => /\/pagefind\/|search-ui/.test(url);

/** Collects every response the page receives from now on, with its wire size once its body has arrived. */
function recordResponses(page: Page): { sizes: Array<{ url: string; bytes: number }>; settled: () => Promise<unknown> } {
  const pending: Array<Promise<void>> = [];
  const sizes: Array<{ url: string; bytes: number }> = [];
  page.on('response', (response: Response) => {
    pending.push(
      response
        .body()
        .then((body) => void sizes.push({ url: response.url(), bytes: wireSize(body) }))
        .catch(() => undefined),
    );
  });
  return { sizes, settled: () => Promise.all(pending) };
}

test('nothing of search is fetched before search is opened', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.goto(QUESTION, { waitUntil: 'networkidle' });
  await page.mouse.wheel(0, 2000);
  await page.getByRole('searchbox', { name: 'Search questions' }).hover();
  await page.waitForLoadState('networkidle');
  expect(requested.filter(isSearchFile)).toEqual([]);

  await page.keyboard.press('/');
  await expect.poll(() => requested.filter(isSearchFile).length, { message: 'opening search loads it' }).toBeGreaterThan(0);
});

test(`JS a question page runs before search ≤ ${JS_BEFORE_SEARCH / KB} KB gzip, the search trigger among it`, async ({
  page,
}) => {
  const scripts: Array<{ url: string; code: string }> = [];
  const pending: Array<Promise<void>> = [];
  page.on('response', (response) => {
    if (!/\.m?js(\?|$)/.test(response.url())) return;
    pending.push(
      response
        .text()
        .then((code) => void scripts.push({ url: response.url(), code }))
        .catch(() => undefined),
    );
  });
  await page.goto(QUESTION, { waitUntil: 'networkidle' });
  await Promise.all(pending);
  const inline = await page.locator('script:not([src])').evaluateAll((tags) => tags.map((tag) => tag.textContent ?? ''));
  const all = [...inline.map((code) => ({ url: 'inline', code })), ...scripts];
  const total = all.reduce((sum, { code }) => sum + wireSize(Buffer.from(code)), 0);
  test.info().annotations.push({ type: 'js-before-search', description: `total ${total} B gzip in ${all.length} scripts` });
  // The trigger ships inside the page's own bundle; the search UI it names is fetched only on first use.
  expect(
    all.filter(({ code }) => code.includes('search-ui')),
    'one script holds the search trigger',
  ).toHaveLength(1);
  expect(
    scripts.some(({ url }) => url.includes('search-ui')),
    'the search UI itself is not loaded',
  ).toBe(false);
  expect(total).toBeLessThanOrEqual(JS_BEFORE_SEARCH);
});

for (const word of ['middleware', 'redis', 'stream']) {
  test(`the first search ("/", then "${word}") transfers ≤ ${FIRST_SEARCH / KB} KB and shows a result quickly`, async ({
    page,
  }) => {
    await page.goto(QUESTION, { waitUntil: 'networkidle' });
    const record = recordResponses(page);
    await page.keyboard.press('/');
    await page.keyboard.type(word, { delay: 100 });
    const typed = Date.now();
    await expect(resultLinks(page).first()).toBeVisible();
    const firstResultMs = Date.now() - typed;
    await waitForResults(page, word);
    await page.waitForLoadState('networkidle');
    await record.settled();
    const total = record.sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const files = record.sizes.map(({ url, bytes }) => `${new URL(url).pathname.split('/').slice(-2).join('/')} ${bytes}`);
    test.info().annotations.push({
      type: 'first-search',
      description: `${total} B, first result ${firstResultMs} ms: ${files.join(', ')}`,
    });
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH);
    expect(firstResultMs).toBeLessThan(3000);
  });
}
