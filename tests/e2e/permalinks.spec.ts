// Links that never break: old anchors of the source document on the home page, and redirect pages for moved URLs.
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { type StaticServer, serveStatic } from './support/serve.ts';

const STREAMS = 'what-are-streams-in-nodejs-and-how-do-you-use-them';
const STREAMS_ANCHOR = 'q4-what-are-streams-in-nodejs-and-how-do-you-use-them';

test.describe('old anchors on the home page', () => {
  test('opening /#<old anchor> lands on the question page', async ({ page }) => {
    await page.goto(`./#${STREAMS_ANCHOR}`);
    await expect(page).toHaveURL(new RegExp(`/questions/${STREAMS}/$`));
    await expect(page.locator('h1')).toHaveText('What are Streams in Node.js and how do you use them?');
  });

  test('an old anchor typed on the open home page goes there too', async ({ page }) => {
    await page.goto('./');
    await page.evaluate(() => {
      location.hash = '#q9-how-do-you-work-with-streams-in-nodejs';
    });
    await expect(page).toHaveURL(/\/questions\/how-do-you-work-with-streams-in-nodejs\/$/);
  });

  test('an anchor that is no old question anchor leaves the home page alone', async ({ page }) => {
    await page.goto('./#main');
    await expect(page.locator('h1')).toHaveText('Node.js Interview Questions');
    expect(new URL(page.url()).hash).toBe('#main');
  });

  test('without JavaScript the home page still reads, with the question list', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const response = await page.goto(new URL(`./#${STREAMS_ANCHOR}`, baseURL).href);
    expect(response?.status()).toBe(200);
    await expect(
      page
        .getByRole('main')
        .getByRole('link', { name: /What are Streams in Node\.js/ })
        .first(),
    ).toBeVisible();
    await context.close();
  });
});

test.describe('a redirect page', () => {
  test.describe.configure({ mode: 'serial' });
  const OLD = 'how-do-streams-handle-backpressure';
  const NEW = 'how-do-readable-streams-handle-backpressure';
  const question = (title: string) => `### Q1: ${title}\n**Difficulty: Easy**\n\n**Setup:**\n\nPipe them.\n`;
  let site: StaticServer;

  test.beforeAll(async () => {
    test.setTimeout(180_000);
    // Publish, rename with a redirect, then serve the second build.
    const first = buildFixtureSite({
      'content/bank.md': `# Fixture Bank\n\n## Basics\n\n${question('How do streams handle backpressure?')}`,
    });
    expect(first.status, first.output).toBe(0);
    const renamed = buildFixtureSite(
      {
        'content/bank.md': `# Fixture Bank\n\n## Basics\n\n${question('How do readable streams handle backpressure?')}`,
        'content/overrides.yaml': `redirects:\n  ${OLD}: ${NEW}\n`,
      },
      {},
      first.root,
    );
    expect(renamed.status, renamed.output).toBe(0);
    site = await serveStatic({ dir: renamed.dist, base: new URL('./', test.info().project.use.baseURL ?? 'http://x/').pathname });
  });

  test.afterAll(async () => {
    await site?.stop();
  });

  test('the old URL lands on the new one, keeping the #section', async ({ page }) => {
    await page.goto(`${site.url}questions/${OLD}/#setup`);
    await expect(page).toHaveURL(`${site.url}questions/${NEW}/#setup`);
    await expect(page.locator('h1')).toHaveText('How do readable streams handle backpressure?');
  });

  test('without JavaScript the meta refresh lands on the new URL', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}questions/${OLD}/`);
    await expect(page).toHaveURL(`${site.url}questions/${NEW}/`);
    await context.close();
  });
});
