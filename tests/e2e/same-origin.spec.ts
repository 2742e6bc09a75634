// The built site asks nothing of any other origin: every request of every page kind, and of a search, is same-origin.
import { expect, type Page, test } from '@playwright/test';
import { sitePages } from './support/site-pages.ts';

/** Every request the page makes from now on, as URLs. */
function recordRequests(page: Page): string[] {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  return requests;
}

// data: URLs are parsed in place, never fetched, and have no origin to compare.
const elsewhere = (requests: string[], origin: string) =>
  requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);

test('every page kind loads only from its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const pages = await sitePages(page, baseURL ?? '');
  for (const { kind, url } of pages) {
    const requests = recordRequests(page);
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(requests.length, kind).toBeGreaterThan(0);
    expect(elsewhere(requests, origin), kind).toEqual([]);
    page.removeAllListeners('request');
  }
});

test('a search loads only from its own origin', async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests = recordRequests(page);
  await page.goto(baseURL ?? '');
  await page.getByRole('searchbox', { name: 'Search questions' }).fill('event loop');
  await expect(page.getByRole('region', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(
    requests.some((url) => url.includes('/pagefind/')),
    'the search loaded Pagefind',
  ).toBe(true);
  expect(elsewhere(requests, origin)).toEqual([]);
});

test('the check sees a request to another origin', async ({ page, baseURL }) => {
  const requests = recordRequests(page);
  await page.route('https://example.com/**', (route) => route.fulfill({ body: 'elsewhere' }));
  await page.goto(baseURL ?? '');
  // The page's policy would stop a fetch before it is made; a navigation is a request the recorder must see.
  await page.goto('https://example.com/probe');
  expect(elsewhere(requests, new URL(baseURL ?? '').origin)).toEqual(['https://example.com/probe']);
});
