// Search offline in real Chromium with the service worker (project "offline"): only results whose page is saved on
// this device are listed, the status says how many more need a connection, filters narrow them, each opens its page,
// and back online every result returns.
import { expect, type Page, test } from '@playwright/test';
import { fragmentFileOf } from '../support/pagefind-files.ts';
import { openWithWorker, saveForOffline } from './support/offline-worker.ts';
import { resultLinks, resultSlugs, searchBox, showAllResults, waitForResults } from './support/search-page.ts';

const TOPIC = 'topics/streams/';
// "pipe" is in both questions of the saved topic (medium), in one opened online (hard), and in one never opened.
const WORD = 'pipe';
const SAVED_TOPIC = ['how-do-you-work-with-streams-in-nodejs', 'what-are-streams-in-nodejs-and-how-do-you-use-them'];
const OPENED = 'what-are-the-common-design-patterns-used-in-nodejs-applications';
const NOT_SAVED = 'how-do-you-implement-deployment-and-devops-practices-for-nodejs-applications';
const NOT_SAVED_HEADING = 'This page is not saved on this device';

/** The counts beside the difficulty levels, added up. */
async function levelCountsTotal(page: Page): Promise<number> {
  const counts = await page.locator('#search-panel [data-count]').allTextContents();
  return counts.reduce((sum, count) => sum + Number(count), 0);
}

/** Opens a question online, with the worker, and waits until the worker has kept it. */
async function openAndKeep(page: Page, slug: string): Promise<void> {
  await page.goto(`./questions/${slug}/`);
  await expect.poll(() => page.evaluate(async () => (await caches.match(location.href)) !== undefined)).toBe(true);
}

test('offline, search lists only the results saved on this device, says how many need a connection, and filters them', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openWithWorker(page, `./${TOPIC}`);
  await saveForOffline(page);
  // A page the reader opened is kept too, and counts as saved.
  await openAndKeep(page, OPENED);

  const status = page.locator('#search-panel').getByRole('status');
  await searchBox(page).fill(WORD);
  await waitForResults(page, WORD);
  const total = Number(/^(\d+) questions? for/.exec((await status.textContent()) ?? '')?.[1]);
  expect(total, 'the word is in more than the saved questions').toBeGreaterThan(SAVED_TOPIC.length + 1);
  const unsaved = total - SAVED_TOPIC.length - 1;
  expect(await levelCountsTotal(page), 'online, the levels count every match').toBe(total);

  // The search shown runs again as the connection goes. Chromium's emulated offline reaches only the page open when it
  // is switched on (a page loaded afterwards reads navigator.onLine as true), so the searches run on this page.
  await context.setOffline(true);
  await expect(status).toHaveText(
    `Offline: 3 questions for “${WORD}” saved on this device; ${unsaved} more need${unsaved === 1 ? 's' : ''} a connection.`,
  );
  expect((await resultSlugs(page)).sort()).toEqual([...SAVED_TOPIC, OPENED].sort());
  // The counts beside the levels are of the saved questions too, with words and without.
  await expect.poll(() => levelCountsTotal(page)).toBe(3);
  await searchBox(page).fill('');
  await expect(status).toHaveText('Type to search the answers, or pick a level or topic.');
  await expect.poll(() => levelCountsTotal(page)).toBe(3);
  await searchBox(page).fill(WORD);
  await expect(status).toContainText('Offline: 3 questions');

  // A filter narrows the saved results.
  const medium = page.locator('#search-panel input[name="difficulty"][value="medium"]');
  await medium.check();
  await expect(status).toHaveText(`Offline: 2 questions for “${WORD}”, all saved on this device.`);
  expect((await resultSlugs(page)).sort()).toEqual([...SAVED_TOPIC].sort());
  await medium.uncheck();
  await expect(status).toContainText('Offline: 3 questions');
  const hrefs = await resultLinks(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));

  // Back online, every result returns.
  await context.setOffline(false);
  await expect(status).toHaveText(`${total} questions for “${WORD}”.`);
  await showAllResults(page);
  await expect(resultLinks(page)).toHaveCount(total);
  expect(await resultSlugs(page)).toContain(NOT_SAVED);

  // Offline, every result listed opens its own page, not the offline page.
  await context.setOffline(true);
  await expect(status).toContainText('Offline: 3 questions');
  await resultLinks(page).first().click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(NOT_SAVED_HEADING);
  for (const href of hrefs) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(NOT_SAVED_HEADING);
  }
  // The unsaved result really is not saved: it opens the offline page.
  await page.goto(`./questions/${NOT_SAVED}/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(NOT_SAVED_HEADING);
  expect(errors).toEqual([]);
});

test('offline, a saved page whose text is not on this device counts as not saved; the list stays whole', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const fragment = fragmentFileOf('dist/pagefind', `questions/${OPENED}/`);
  expect(fragment, 'the opened question is indexed').toBeDefined();
  await openWithWorker(page, `./${TOPIC}`);
  await saveForOffline(page);
  await openAndKeep(page, OPENED);
  // The opened question's search text (its Pagefind fragment) gone from the worker's cache, as if never fetched.
  const deleted = await page.evaluate(async (name) => {
    let count = 0;
    for (const cacheName of await caches.keys()) {
      const cache = await caches.open(cacheName);
      for (const request of await cache.keys()) {
        if (request.url.endsWith(`/pagefind/fragment/${name}`) && (await cache.delete(request))) count++;
      }
    }
    return count;
  }, fragment);
  expect(deleted).toBe(1);
  // Nor in the browser's HTTP cache, which the worker's network-first fetch would otherwise still read offline.
  await (await context.newCDPSession(page)).send('Network.clearBrowserCache');

  await context.setOffline(true);
  await searchBox(page).fill(WORD);
  const status = page.locator('#search-panel').getByRole('status');
  await expect(status).toHaveText(/^Offline: 2 questions for “pipe” saved on this device; \d+ more needs? a connection\.$/);
  expect((await resultSlugs(page)).sort()).toEqual([...SAVED_TOPIC].sort());
  expect(errors).toEqual([]);
});
