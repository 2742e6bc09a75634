// Drives the header search in a Playwright page: type a query, wait for its results, read them.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The header search box, found the way a screen-reader user would. */
export function searchBox(page: Page): Locator {
  return page.getByRole('searchbox', { name: 'Search questions' });
}

/** The panel's result links, in rank order. */
export function resultLinks(page: Page): Locator {
  return page.getByRole('region', { name: 'Search results' }).getByRole('link');
}

/** Waits until the panel reports on `query` (its words, or the filters alone when empty). */
export async function waitForResults(page: Page, query: string): Promise<void> {
  const status = page.locator('#search-panel').getByRole('status');
  if (query.trim()) await expect(status).toContainText(`“${query.trim()}”`, { timeout: 15_000 });
  else await expect(status).toContainText(/question/, { timeout: 15_000 });
}

/** Types `query` into the search box and returns the result slugs (`questions/<slug>/`) in rank order. */
export async function searchFor(page: Page, query: string): Promise<string[]> {
  await searchBox(page).fill(query);
  await waitForResults(page, query);
  return resultSlugs(page);
}

/**
 * Presses "Show N more" until every result is listed. Each press must list more, and the next waits until the batch
 * has loaded (the button's count changes only then): pressed while a batch loads, the button may hide before the click.
 */
export async function showAllResults(page: Page): Promise<void> {
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const shown = await resultLinks(page).count();
    const label = (await more.textContent()) ?? '';
    await page.getByRole('button', { name: /Show \d+ more/ }).click();
    await expect(resultLinks(page)).not.toHaveCount(shown);
    await expect(more).not.toHaveText(label);
  }
}

/** The slugs of the result links now shown. */
export async function resultSlugs(page: Page): Promise<string[]> {
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  return hrefs.map((path) => /questions\/([^/]+)\//.exec(path)?.[1] ?? path);
}

/** Slugs of the questions the tests name, by source number. */
export const Q = {
  3: 'explain-the-nodejs-event-loop-and-how-it-works',
  4: 'what-are-streams-in-nodejs-and-how-do-you-use-them',
  5: 'how-do-you-implement-security-best-practices-in-nodejs-applications',
  6: 'how-do-you-design-and-implement-a-microservices-architecture-with-nodejs',
  7: 'how-do-you-implement-a-graphql-api-with-nodejs',
  8: 'how-do-you-optimize-and-monitor-a-nodejs-application-for-production',
  9: 'how-do-you-work-with-streams-in-nodejs',
  10: 'what-are-the-common-design-patterns-used-in-nodejs-applications',
  11: 'how-do-you-implement-real-time-communication-with-websockets-and-socketio-in-nodejs',
  12: 'how-do-you-implement-comprehensive-security-measures-in-nodejs-applications',
  13: 'how-do-you-design-and-implement-microservices-architecture-with-nodejs',
  14: 'how-do-you-implement-clustering-and-worker-threads-in-nodejs-for-cpu-intensive-tasks',
  15: 'how-do-you-implement-comprehensive-testing-strategies-for-nodejs-applications',
  17: 'how-do-you-implement-advanced-api-design-patterns-and-best-practices-in-nodejs',
  19: 'how-do-you-build-real-time-applications-with-websockets-and-socketio-in-nodejs',
  20: 'how-do-you-implement-advanced-nodejs-patterns-and-enterprise-architecture',
} as const;
