// Smoke tests of the built site: home list, a highlighted question page, search, and error-free pages.

import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { openTabs, visitInTabs } from './support/tabs.ts';

// URLs are relative to baseURL (which ends in the base path and a slash), so no leading slash.
const HOME = './';
const QUESTION_COUNT = 20;
const MAX_CRAWLED_PAGES = 200;

/** Collects console errors, uncaught exceptions, failed requests and HTTP errors seen by a page. */
function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error on ${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => {
    problems.push(`uncaught exception on ${page.url()}: ${error.message}`);
  });
  page.on('requestfailed', (request) => {
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  return problems;
}

function squash(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Hrefs of the links inside the home page's question list, one per list item. */
/** Distinct question links in the home page's topic lists (a question with two topics is listed under both). */
async function questionHrefs(page: Page): Promise<string[]> {
  const links = page.getByRole('main').getByRole('listitem').getByRole('link');
  const hrefs = await links.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => href.includes('questions/')))];
}

test('the home page lists the 20 questions by topic, each linking to its page', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(HOME);

  const lists = page.getByRole('main').getByRole('list');
  expect(await lists.count()).toBeGreaterThan(1);
  const hrefs = await questionHrefs(page);
  expect(hrefs).toHaveLength(QUESTION_COUNT);
  for (const href of hrefs) expect(href).toMatch(/questions\/[a-z0-9-]+\/$/);
  expect(problems).toEqual([]);
});

test('a question page shows its title and Shiki-highlighted code', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(HOME);

  const link = page.getByRole('main').getByRole('listitem').getByRole('link').first();
  const linkText = squash(await link.textContent());
  await link.click();
  await expect(page).toHaveURL(/\/questions\/[^/]+\/?(#.*)?$/);

  const heading = page.locator('h1');
  await expect(heading).toHaveCount(1);
  const title = squash(await heading.textContent());
  expect(title, 'the h1 is not empty').not.toBe('');
  expect(linkText, 'the home page link carries the same title as the h1').toContain(title);

  const code = page.locator('pre.astro-code').first();
  await expect(code).toBeVisible();
  const colouredSpans = code.locator('span.line > span[class]');
  expect(await colouredSpans.count(), 'token colours are palette classes').toBeGreaterThan(0);
  const colours = await colouredSpans.evaluateAll((spans) => new Set(spans.map((span) => getComputedStyle(span).color)).size);
  expect(colours, 'tokens show more than one colour').toBeGreaterThan(1);
  expect(problems).toEqual([]);
});

test('header search finds stream questions for "backpressure"', async ({ page }) => {
  const problems = watchForProblems(page);
  await page.goto(HOME);

  await page.getByRole('searchbox', { name: 'Search questions' }).fill('backpressure');

  const links = page.getByRole('region', { name: 'Search results' }).getByRole('link');
  await expect(links.first()).toBeVisible({ timeout: 10_000 });
  // Results may arrive in more than one pass, so retry until the top three settle.
  await expect(async () => {
    const topThree = (await links.allTextContents()).slice(0, 3).map(squash);
    expect(
      topThree.some((text) => /stream/i.test(text)),
      `top results: ${JSON.stringify(topThree)}`,
    ).toBe(true);
  }).toPass({ timeout: 10_000 });
  expect(problems).toEqual([]);
});

test('every page loads without console errors or failed requests', async ({ page, context, baseURL }) => {
  test.setTimeout(300_000);
  if (baseURL === undefined) throw new Error('use.baseURL must be set in playwright.config.ts');
  const root = new URL(baseURL);
  const tabs = await openTabs(page, context);
  const problems = tabs.map(watchForProblems);

  // Crawl from the home page over links that stay inside the base path and look like pages, a level at a time.
  const seen = new Set<string>([new URL(HOME, root).href]);
  for (let level = [...seen]; level.length > 0; ) {
    const linksOfEach = await visitInTabs(tabs, level, async (tab, url) => {
      const response = await tab.goto(url, { waitUntil: 'networkidle' });
      expect(response?.status(), `status of ${url}`).toBe(200);
      const hrefs = await tab.locator('a[href]').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href') ?? ''));
      return hrefs.map((href) => new URL(href, tab.url()));
    });
    level = [];
    for (const url of linksOfEach.flat()) {
      url.hash = '';
      url.search = '';
      const isPage = /(\/|\.html)$/.test(url.pathname);
      if (url.origin !== root.origin || !url.pathname.startsWith(root.pathname) || !isPage) continue;
      if (seen.has(url.href)) continue;
      seen.add(url.href);
      level.push(url.href);
    }
    expect(seen.size, 'crawl stays small').toBeLessThanOrEqual(MAX_CRAWLED_PAGES);
  }

  const questionPages = [...seen].filter((href) => href.includes('/questions/'));
  expect(questionPages.length, 'the crawl reached every question').toBeGreaterThanOrEqual(QUESTION_COUNT);
  expect(problems.flat()).toEqual([]);
});
