// The study list in Chromium: save and done on a question, badges, My list by keyboard, sharing, bad storage, no JS, axe.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { watchErrors, watchRequests } from './support/watch.ts';

const KEY = 'interview-bank:study:v1';
const WHAT_IS = 'what-is-nodejs-and-what-are-its-key-features';
const EVENT_LOOP = 'explain-the-nodejs-event-loop-and-how-it-works';
const STREAMS = 'how-do-you-work-with-streams-in-nodejs';
const LIST = 'list/';
const questionUrl = (slug: string) => `questions/${slug}/`;

/** Stores a study state, then opens `url` (the list page by default) with it. */
async function seed(page: Page, saved: string[], done: string[] = [], url = LIST): Promise<void> {
  await page.goto(LIST);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), {
    key: KEY,
    value: JSON.stringify({ version: 1, saved, done }),
  });
  await page.goto(url);
}

async function stored(page: Page): Promise<unknown> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

/** The slugs of a list's rows, in order. */
async function rows(page: Page, name: string): Promise<string[]> {
  return page
    .getByRole('list', { name })
    .locator('li')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.item ?? ''));
}

test('Save and Mark as done persist across a reload and show as badges on the home page', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(questionUrl(STREAMS));
  const save = page.getByRole('button', { name: 'Save', exact: true });
  const done = page.getByRole('button', { name: 'Mark as done' });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(done).toHaveAttribute('aria-pressed', 'false');

  const requests = watchRequests(page);
  await save.click();
  await done.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  expect(requests, 'nothing is sent anywhere').toEqual([]);
  const sidebarItem = page.getByRole('navigation', { name: 'Questions' }).locator(`li[data-slug="${STREAMS}"]`);
  await expect(sidebarItem).toContainText('Saved');

  await page.reload();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  await expect(done).toHaveAttribute('aria-pressed', 'true');
  expect(await stored(page)).toEqual({ version: 1, saved: [STREAMS], done: [STREAMS] });

  await page.goto('./');
  const streamsLink = page.getByRole('main').locator(`li[data-slug="${STREAMS}"] a`).first();
  await expect(streamsLink).toHaveAccessibleName(/streams.*Saved.*Done/i);
  await expect(page.getByRole('main').locator(`li[data-slug="${WHAT_IS}"]`).first()).not.toContainText(/Saved|Done/);

  await page.goto(questionUrl(STREAMS));
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await expect(sidebarItem).not.toContainText('Saved');
  await expect(sidebarItem).toContainText('Done');
  expect(errors).toEqual([]);
});

test('My list reorders and removes by keyboard, keeping focus on the moved or next row', async ({ page }) => {
  const errors = watchErrors(page);
  await seed(page, [WHAT_IS, EVENT_LOOP, STREAMS], [EVENT_LOOP]);
  const name = 'Saved questions';
  expect(await rows(page, name)).toEqual([WHAT_IS, EVENT_LOOP, STREAMS]);
  await expect(page.getByRole('button', { name: /^Done: Explain the Node\.js Event Loop/i })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('button', { name: /^Move up: What is Node\.js/ })).toBeDisabled();

  const down = page.getByRole('button', { name: /^Move down: What is Node\.js/ });
  const up = page.getByRole('button', { name: /^Move up: What is Node\.js/ });
  await down.focus();
  await page.keyboard.press('Enter');
  expect(await rows(page, name)).toEqual([EVENT_LOOP, WHAT_IS, STREAMS]);
  await expect(down).toBeFocused();
  await expect(page.getByRole('status')).toContainText('to position 2 of 3');

  await page.keyboard.press('Enter');
  expect(await rows(page, name)).toEqual([EVENT_LOOP, STREAMS, WHAT_IS]);
  await expect(down).toBeDisabled();
  await expect(up, 'at the bottom, focus moves to the row’s other move button').toBeFocused();

  await page.keyboard.press('Space');
  expect(await rows(page, name)).toEqual([EVENT_LOOP, WHAT_IS, STREAMS]);
  await expect(up).toBeFocused();

  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Remove: What is Node\.js/ })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await rows(page, name)).toEqual([EVENT_LOOP, STREAMS]);
  await expect(page.getByRole('button', { name: /^Remove: How do you work with streams/i })).toBeFocused();
  await expect(page.getByRole('status')).toContainText('Removed “What is Node.js');

  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^Remove: Explain the Node\.js Event Loop/i })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await rows(page, name)).toEqual([]);
  await expect(page.getByText('Your list is empty')).toBeFocused();
  await expect(page.getByRole('button', { name: 'Copy list link' })).toBeHidden();

  await page.reload();
  await expect(page.getByText('Your list is empty')).toBeVisible();
  expect(await stored(page)).toEqual({ version: 1, saved: [], done: [EVENT_LOOP] });
  expect(errors).toEqual([]);
});

test('progress counts done questions among all questions of each level', async ({ page }) => {
  await page.goto('difficulty/hard/');
  const hardTotal = await page.getByRole('main').locator('li[data-slug]').count();
  expect(hardTotal).toBeGreaterThan(1);

  await seed(page, [STREAMS], [EVENT_LOOP]);
  const progress = page.getByRole('region', { name: 'Progress' });
  await expect(progress.getByRole('listitem').filter({ hasText: /^Hard/ })).toHaveText(`Hard 1/${hardTotal} done`);
  await page.getByRole('button', { name: /^Done: How do you work with streams/i }).click();
  await expect(progress.getByRole('listitem').filter({ hasText: /^Medium/ })).toHaveText(/^Medium 1\/\d+ done$/);
});

test('a copied list link (known slugs only) opens read-only in a fresh browser, saves all, and reports unknown slugs', async ({
  page,
  context,
  browser,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await seed(page, [EVENT_LOOP, 'no-longer-here', STREAMS]);
  const requests = watchRequests(page);
  await page.getByRole('button', { name: 'Copy list link' }).click();
  await expect(page.getByRole('status')).toContainText('Link copied');
  const link = await page.getByRole('textbox', { name: 'List link' }).inputValue();
  expect(link).toMatch(new RegExp(`/list/\\?questions=${EVENT_LOOP},${STREAMS}$`));
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  expect(requests, 'nothing is sent anywhere').toEqual([]);

  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  const errors = watchErrors(other);
  await other.goto(link);
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('Shared list');
  expect(await rows(other, 'Shared questions')).toEqual([EVENT_LOOP, STREAMS]);
  await expect(other.getByRole('button', { name: /Move|Remove|Done|Copy/ })).toHaveCount(0);
  await expect(other.getByRole('list', { name: 'Saved questions' })).toBeHidden();

  await other.getByRole('button', { name: 'Save all to my list' }).click();
  await expect(other.getByRole('status')).toHaveText('Added 2 questions to your list.');
  await other.getByRole('link', { name: 'Go to my list' }).click();
  await expect(other.getByRole('heading', { level: 1 })).toHaveText('My list');
  expect(await rows(other, 'Saved questions')).toEqual([EVENT_LOOP, STREAMS]);

  await other.goto(`${LIST}?questions=${STREAMS},foo-bar`);
  await expect(other.getByText('1 question in this link no longer exists: foo-bar')).toBeVisible();
  expect(await rows(other, 'Shared questions')).toEqual([STREAMS]);
  await other.getByRole('button', { name: 'Save all to my list' }).click();
  await expect(other.getByRole('status')).toHaveText('These questions are all in your list already.');
  expect(errors).toEqual([]);
  await fresh.close();
});

test('a corrupt stored value does not break the pages, and the controls still work', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript((key) => localStorage.setItem(key, '{not json'), KEY);
  await page.goto(questionUrl(STREAMS));
  const save = page.getByRole('button', { name: 'Save', exact: true });
  await expect(save).toHaveAttribute('aria-pressed', 'false');
  await save.click();
  await expect(save).toHaveAttribute('aria-pressed', 'true');
  expect(await stored(page)).toEqual({ version: 1, saved: [STREAMS], done: [] });

  await page.goto(LIST);
  await expect(page.getByText('Your list is empty')).toBeVisible();
  await page.goto('./');
  await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible();
  expect(errors).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a question page reads fine and shows no study controls', async ({ page }) => {
    await page.goto(questionUrl(STREAMS));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Mark as done' })).toHaveCount(0);
    await expect(page.locator('[data-study-controls]')).toBeHidden();
  });

  test('the list page says it needs JavaScript and shows no dead controls', async ({ page }) => {
    await page.goto(LIST);
    // Playwright turns scripts off after parsing starts, so Chromium still parses <noscript> as text: check its source.
    expect(await page.getByRole('main').locator('noscript').textContent()).toContain('This page needs JavaScript');
    await expect(page.locator('[data-study-page]')).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy list link' })).toHaveCount(0);
  });
});

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`axe on the list page, ${scheme}`, () => {
    test.use({ colorScheme: scheme });

    const views: Array<[string, (page: Page) => Promise<void>]> = [
      ['empty', (page) => page.goto(LIST).then(() => undefined)],
      [
        'with items and a copied link',
        async (page) => {
          await seed(page, [WHAT_IS, EVENT_LOOP], [EVENT_LOOP]);
          await page.getByRole('button', { name: 'Copy list link' }).click();
          await expect(page.getByRole('textbox', { name: 'List link' })).toBeVisible();
        },
      ],
      [
        'shared, with an unknown slug',
        async (page) => {
          await seed(page, [], [STREAMS], `${LIST}?questions=${STREAMS},${WHAT_IS},foo-bar`);
          await expect(page.getByText('no longer exists')).toBeVisible();
        },
      ],
    ];

    for (const [view, open] of views) {
      test(`${view}: no violations`, async ({ page }) => {
        await open(page);
        await expect(page.locator('[data-study-page]')).toBeVisible();
        await expect(page.locator('html')).toHaveClass(scheme === 'dark' ? /\bdark\b/ : /^(?!.*\bdark\b)/);
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
      });
    }
  });
}
