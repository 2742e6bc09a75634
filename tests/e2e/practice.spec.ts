// Practice in Chromium: a session by keyboard and by touch, reload and continue, the schedule with a fixed clock,
// a shared set in a fresh context, a corrupt stored value, no request off the origin.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { axeViews, position, question, titles, type View } from './support/practice.ts';
import { watchErrors, watchRequests } from './support/watch.ts';

const KEY = 'interview-bank:practice:v1';
const HARD = 'practice/?difficulty=hard&size=3&seed=team42';

async function stored(page: Page): Promise<{ cards: Record<string, { due: string; state: number }> }> {
  return page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null'), KEY);
}

test('a whole session by keyboard: hidden answer, ratings, back, summary, misses again', async ({ page }) => {
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  await page.goto(HARD);
  await expect(position(page)).toHaveText('Question 1 of 3');
  const answer = page.locator('[data-answer]');
  await expect(answer).toBeHidden();
  const first = await question(page).textContent();
  await page.keyboard.press('1');
  await expect(position(page), 'a rating needs the answer shown first').toHaveText('Question 1 of 3');

  await page.keyboard.press('Space');
  await expect(answer).toBeVisible();
  // The full answer, code frames and all, and its link to the question page.
  await expect(answer.locator('.code pre').first()).toBeVisible();
  const link = answer.getByRole('link', { name: 'Open the question page' });
  expect(new URL((await link.getAttribute('href')) ?? '', page.url()).pathname).toMatch(/\/questions\/[a-z0-9-]+\/$/);
  await page.keyboard.press('1');
  await expect(position(page)).toHaveText('Question 2 of 3');
  await expect(page.locator('[data-rated]')).toHaveText('1 rated');

  await page.keyboard.press('ArrowLeft');
  await expect(question(page)).toHaveText(first ?? '');
  await expect(page.getByRole('button', { name: /Knew it/ })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await page.keyboard.press('2');
  await expect(position(page)).toHaveText('Question 3 of 3');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');

  const summary = page.getByRole('heading', { name: 'Summary' });
  await expect(summary).toBeFocused();
  const counts = page.locator('[data-summary-counts] li');
  await expect(counts).toHaveText(['Knew it: 1', 'Partly: 1', "Didn't know: 1", 'Skipped: 0']);
  await expect(page.getByRole('table', { name: 'By topic' }).locator('tbody tr').first()).toBeVisible();

  await page.getByRole('link', { name: 'Practise the misses again' }).click();
  await expect(position(page)).toHaveText('Question 1 of 2');
  await expect(page.locator('[data-set-label]')).toContainText('Chosen questions: 2 questions');
  expect(errors).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});

test.describe('on a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });

  test('every control works by tap, and the header links are at the top', async ({ page }) => {
    await page.goto(HARD);
    await expect(page.getByRole('navigation', { name: 'Indexes' }).getByRole('link', { name: 'Practice' })).toBeInViewport();
    for (const rating of ['Knew it', "Didn't know", 'Partly']) {
      await page.getByRole('button', { name: /Show answer/ }).tap();
      await expect(page.locator('[data-answer-body] p').first()).toBeVisible();
      await page.getByRole('button', { name: new RegExp(rating) }).tap();
    }
    await expect(page.locator('[data-summary-counts] li')).toHaveText([
      'Knew it: 1',
      'Partly: 1',
      "Didn't know: 1",
      'Skipped: 0',
    ]);
    const box = await page.getByRole('button', { name: 'Start this set again' }).boundingBox();
    expect(box?.height ?? 0, 'controls are big enough to tap').toBeGreaterThanOrEqual(44);
  });
});

test('a reload mid-session continues where it was', async ({ page }) => {
  await page.goto(HARD);
  const first = await question(page).textContent();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.getByRole('button', { name: /Partly/ }).click();
  const second = await question(page).textContent();
  await page.getByRole('button', { name: /Show answer/ }).click();
  await page.reload();
  await expect(position(page)).toHaveText('Question 2 of 3');
  await expect(question(page)).toHaveText(second ?? '');
  await expect(page.locator('[data-answer]'), 'the revealed answer stays revealed').toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect(question(page)).toHaveText(first ?? '');
});

test('a set without a seed gets one in its URL; that URL in a fresh context asks the same questions in the same order', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('practice/?topic=&size=4');
  await expect(page).toHaveURL(/[?&]seed=[a-z0-9]{6}/);
  const shared = page.url();
  const mine = await titles(page);
  expect(mine).toHaveLength(4);
  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await other.goto(shared);
  const theirs = await titles(other);
  await fresh.close();
  expect(theirs).toEqual(mine);
});

test('ratings schedule reviews (ts-fsrs) by the clock: due counts, and progress on the home and topic pages', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date('2026-03-02T09:00:00Z'));
  await page.goto('./');
  await expect(page.locator('[data-practice-progress]'), 'nothing extra before any practice').toBeHidden();
  await page.goto('practice/?topic=streams&seed=s1');
  await expect(position(page)).toHaveText('Question 1 of 2');
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  const { cards } = await stored(page);
  const dues = Object.values(cards).map((card) => Date.parse(card.due) - Date.parse('2026-03-02T09:00:00Z'));
  expect(dues.sort((a, b) => a - b)).toEqual([60_000, 600_000]);

  await page.goto('practice/');
  await expect(page.getByText('Nothing is due.')).toBeVisible();
  await page.clock.setFixedTime(new Date('2026-03-02T09:05:00Z'));
  await page.reload();
  await expect(page.getByRole('link', { name: 'Review all 1 due' })).toBeVisible();
  await page.clock.setFixedTime(new Date('2026-03-02T09:11:00Z'));
  await page.reload();
  await expect(page.getByRole('link', { name: 'Review all 2 due' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Due by bank and topic' })).toContainText('Streams');

  await page.goto('topics/streams/');
  await expect(page.locator('[data-practice-progress]')).toHaveText(
    'Your progress: 0 known · 2 learning · 0 new · 2 due for review',
  );
  await page.goto('./');
  await expect(page.locator('[data-practice-progress]')).toContainText('0 known · 2 learning ·');
});

test('a corrupt stored value shows a message and the page still works', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('practice/');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"cards":'), KEY);
  await page.goto(HARD);
  await expect(page.getByRole('alert')).toHaveText(/could not be read, so it was reset/);
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(position(page)).toHaveText('Question 2 of 3');
  expect(Object.keys((await stored(page)).cards)).toHaveLength(1);
  await page.reload();
  await expect(page.getByRole('alert')).toBeHidden();
  expect(errors).toEqual([]);
});

test('"Practice these" links carry their set: topic, level, study list, search', async ({ page }) => {
  await page.goto('topics/streams/');
  await page.getByRole('link', { name: 'Practice these' }).click();
  await expect(page.locator('[data-set-label]')).toContainText('Topic: Streams: 2 questions');
  await page.goto('difficulty/hard/');
  await page.getByRole('link', { name: 'Practice these' }).click();
  await expect(page.locator('[data-set-label]')).toContainText('Difficulty: hard: 5 questions');
  await page.goto('./?q=stream');
  await page.locator('[data-search-practice]').click();
  await expect(page).toHaveURL(/practice\/\?search=stream&seed=/);
  await expect(position(page)).toHaveText(/Question 1 of \d+/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the practice page says plainly that it needs it', async ({ page }) => {
    await page.goto('practice/');
    // Playwright turns scripts off after parsing starts, so Chromium still parses <noscript> as text: check its source.
    expect(await page.getByRole('main').locator('noscript').textContent()).toContain('Practice needs JavaScript');
    await expect(page.locator('[data-practice]')).toBeHidden();
  });
});

const VIEWS: View[] = [
  ['start and due view', async (page) => void (await page.goto('practice/'))],
  [
    'a question with its answer shown',
    async (page) => {
      await page.goto(HARD);
      await page.getByRole('button', { name: /Show answer/ }).click();
      await expect(page.locator('[data-answer-body] .code').first()).toBeVisible();
    },
  ],
  [
    'the summary',
    async (page) => {
      await page.goto('practice/?topic=streams&seed=s1');
      for (const key of ['Space', '1', 'Space', '3']) await page.keyboard.press(key);
      await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
    },
  ],
];

axeViews('practice', VIEWS);

test('an exported file imported in a fresh context restores practice and the study list; reset asks first', async ({
  page,
  browser,
  baseURL,
}) => {
  await page.goto('practice/');
  await page.evaluate(() =>
    localStorage.setItem('interview-bank:study:v1', '{"version":1,"saved":["how-do-you-work-with-streams-in-nodejs"],"done":[]}'),
  );
  await page.goto('practice/?topic=streams&seed=s1');
  for (const key of ['Space', '3', 'Space', '2']) await page.keyboard.press(key);
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeVisible();
  const mine = await stored(page);
  await page.goto('practice/');
  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await (await exported).path();

  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await other.goto('practice/');
  await other.getByLabel('Import progress').setInputFiles(file);
  await expect(other.getByRole('status').filter({ hasText: 'Imported' })).toHaveText(
    'Imported 2 practised questions and a study list of 1.',
  );
  expect((await stored(other)).cards).toEqual(mine.cards);
  await other.goto('list/');
  await expect(other.getByRole('list', { name: 'Saved questions' }).locator('li')).toHaveCount(1);

  await other.goto('practice/');
  other.once('dialog', (dialog) => void dialog.dismiss());
  await other.getByRole('button', { name: 'Reset practice progress' }).click();
  expect(Object.keys((await stored(other)).cards), 'a dismissed confirmation keeps everything').toHaveLength(2);
  other.once('dialog', (dialog) => void dialog.accept());
  await other.getByRole('button', { name: 'Reset practice progress' }).click();
  await expect(other.getByText('Practice progress deleted.')).toBeVisible();
  expect((await stored(other)).cards).toEqual({});
  await fresh.close();
});

test('a set downloads as CSV for Anki: one row per question, in the session order', async ({ page }) => {
  await page.goto(HARD);
  const first = await question(page).textContent();
  const downloaded = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download this set as CSV for Anki' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('interview-bank-set.csv');
  const { readFile } = await import('node:fs/promises');
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n');
  expect(lines.slice(0, 3)).toEqual(['#separator:comma', '#html:true', '#columns:Front,Back']);
  expect(lines).toHaveLength(6);
  expect(lines[3]).toContain(first ?? 'missing');
  expect(lines[3]).toMatch(/<a href=""http:\/\/127\.0\.0\.1:\d+\/[^"]*questions\/[a-z0-9-]+\/"">/);
});
