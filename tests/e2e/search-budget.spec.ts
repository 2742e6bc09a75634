// Search budgets in real Chromium: nothing of search loads before it is opened; small JS before; a light first search
// at any typing pace.
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

/**
 * Opens search with "/" and types `word` a key every `msPerKey` on the page's own clock, so the gaps the page sees
 * are exactly these however busy the machine is. A search that starts between two keys runs to its end before the
 * next key, as it would for a typist this slow on any machine; the search after the last key runs in real time.
 */
async function typeAtPace(page: Page, word: string, msPerKey: number): Promise<void> {
  await page.keyboard.press('/');
  await expect(page.locator('#search-panel').getByRole('status')).toContainText('Type to search');
  const list = page.locator('[data-search-results]');
  await page.clock.pauseAt(Date.now() + 1000);
  for (const key of word) {
    await page.keyboard.press(key);
    await page.clock.runFor(msPerKey);
    await expect(list).not.toHaveAttribute('aria-busy', 'true');
  }
  await page.clock.resume();
}

// A quick typist and a slow one (a key every 400 ms, longer than a quick typist's pause) pay the same.
for (const [word, msPerKey] of [
  ['middleware', 100],
  ['redis', 100],
  ['stream', 100],
  ['redis', 400],
  ['middleware', 400],
] as const) {
  test(`the first search ("/", then "${word}" a key every ${msPerKey} ms) transfers ≤ ${FIRST_SEARCH / KB} KB, no text for a prefix`, async ({
    page,
  }) => {
    await page.clock.install();
    await page.goto(QUESTION, { waitUntil: 'networkidle' });
    const record = recordResponses(page);
    await typeAtPace(page, word, msPerKey);
    await waitForResults(page, word);
    await page.waitForLoadState('networkidle');
    await record.settled();
    const total = record.sizes.reduce((sum, { bytes }) => sum + bytes, 0);
    const files = record.sizes.map(({ url, bytes }) => `${new URL(url).pathname.split('/').slice(-2).join('/')} ${bytes}`);
    test.info().annotations.push({ type: 'first-search', description: `${total} B: ${files.join(', ')}` });
    const texts = record.sizes.filter(({ url }) => url.endsWith('.pf_fragment'));
    expect(texts.length, 'result texts fetched: only those of the results shown').toBe(await resultLinks(page).count());
    expect(total).toBeLessThanOrEqual(FIRST_SEARCH);
  });
}
