// Several tabs of one browser context loading pages at once: a test that waits for each page's network to go quiet
// spends that wait on every tab together, not page after page.
import type { BrowserContext, Page } from '@playwright/test';

/** How many pages load at once: the waits are time, not work, so a few tabs shorten them even on a busy machine. */
const TABS = 4;

/** The test's page and more tabs of its context. */
export async function openTabs(page: Page, context: BrowserContext): Promise<Page[]> {
  return [page, ...(await Promise.all(Array.from({ length: TABS - 1 }, () => context.newPage())))];
}

/** Visits every URL, each tab taking the next one when it is free; the results are in the URLs' order. */
export async function visitInTabs<T>(tabs: Page[], urls: string[], visit: (tab: Page, url: string) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    tabs.map(async (tab) => {
      for (let index = next++; index < urls.length; index = next++) results[index] = await visit(tab, urls[index] as string);
    }),
  );
  return results;
}
