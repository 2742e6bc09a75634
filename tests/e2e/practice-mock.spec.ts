// The mock interview in Chromium: set-up from a set, a shared mock URL in a fresh context, the timer (a controlled
// clock), notes across a reload, the summary copied as Markdown, keyboard and touch, axe, no request off the origin.
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { allowClipboard, clipboard } from './support/clipboard.ts';
import { axeViews, position, question, titles, type View } from './support/practice.ts';
import { watchErrors, watchRequests } from './support/watch.ts';

const MOCK = 'practice/?mode=mock&mix=medium-1,hard-1,advanced-1&time=2&seed=lead7';

const timer = (page: Page) => page.getByRole('timer');
const START = new Date('2026-03-02T09:00:00Z');

/** A clock that moves only when the test says (page.clock.runFor), across reloads. */
async function stoppedClock(page: Page): Promise<void> {
  await page.clock.install({ time: START });
  await page.clock.pauseAt(new Date(START.getTime() + 1000));
}
const notes = (page: Page) => page.getByRole('textbox', { name: 'Your notes on this question' });

test('"Practice these" leads to a mock set-up offering only the levels of the set; its URL gives a fresh browser the same interview', async ({
  page,
  browser,
  baseURL,
}) => {
  const errors = watchErrors(page);
  const requests = watchRequests(page);
  // The timer must still read its full length when checked, however slowly the page loads.
  await stoppedClock(page);
  await page.goto('topics/architecture/');
  await page.getByRole('link', { name: 'Practice these' }).click();
  await page.getByRole('link', { name: 'Mock interview on this set' }).click();
  await expect(page.getByRole('heading', { name: 'Set up a mock interview' })).toBeVisible();
  const levels = page.getByRole('group', { name: 'Questions per difficulty' }).getByRole('spinbutton');
  // Architecture has hard, advanced and expert questions: easy and medium are not offered.
  await expect(levels).toHaveCount(3);
  await expect(page.getByRole('spinbutton', { name: /^Hard/ })).toHaveAttribute('max', '2');
  await expect(page.getByRole('spinbutton', { name: /^Easy/ })).toBeHidden();
  await page.getByRole('spinbutton', { name: /^Hard/ }).fill('2');
  await page.getByRole('spinbutton', { name: /^Advanced/ }).fill('0');
  await page.getByRole('spinbutton', { name: /^Expert/ }).fill('1');
  await expect(page.locator('[data-mock-total]')).toHaveText('3 questions, 5 minutes each.');
  await page.getByLabel('Time per question').selectOption('10');
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  await expect(page).toHaveURL(/\?topic=architecture&mode=mock&mix=hard-2,expert-1&time=10&seed=[a-z0-9]{6}$/);
  await expect(page.locator('[data-set-label]')).toContainText(
    'Mock interview · Topic: Architecture and patterns: 3 questions (2 hard, 1 expert), 10 minutes each',
  );
  await expect(timer(page)).toHaveText('Time left: 10:00');
  const shared = page.url();
  const mine = await titles(page);
  expect(mine).toHaveLength(3);

  const fresh = await browser.newContext(baseURL ? { baseURL } : {});
  const other = await fresh.newPage();
  await other.goto(shared);
  expect(await titles(other)).toEqual(mine);
  await fresh.close();
  expect(errors).toEqual([]);
  const origin = new URL(page.url()).origin;
  expect(requests.filter((url) => !url.startsWith(origin))).toEqual([]);
});

test('the start form sets up a mock interview over the chosen set', async ({ page }) => {
  await page.goto('practice/');
  await page.getByRole('form', { name: 'Start a practice set' }).getByLabel('Topic').selectOption('streams');
  await page.getByRole('button', { name: 'Set up a mock interview' }).click();
  await expect(page.locator('[data-set-label]')).toHaveText('Mock interview on Topic: Streams: 2 questions.');
  await expect(page.getByRole('group', { name: 'Questions per difficulty' }).getByRole('spinbutton')).toHaveCount(1);
  await expect(page.getByRole('spinbutton', { name: /^Medium/ })).toHaveValue('2');
  await page.getByRole('button', { name: 'Start the mock interview' }).click();
  await expect(page).toHaveURL(/\?topic=streams&mode=mock&mix=medium-2&time=5&seed=/);
  await expect(position(page)).toHaveText('Question 1 of 2');
  // A link with a bad time opens the set-up, its mix kept.
  await page.goto('practice/?mode=mock&mix=hard-1,nope-3&time=forever');
  await expect(page.getByRole('spinbutton', { name: /^Hard/ })).toHaveValue('1');
  await expect(page.getByRole('spinbutton', { name: /^Advanced/ })).toHaveValue('0');
  await expect(page.locator('[data-mock-total]')).toHaveText('1 question, 5 minutes each.');
});

test('the timer counts down unannounced, shows the answer when time is up, and says so once', async ({ page }) => {
  await stoppedClock(page);
  await page.goto(MOCK);
  const answer = page.locator('[data-answer]');
  await expect(timer(page)).toHaveText('Time left: 2:00');
  await expect(answer).toBeHidden();
  await page.clock.runFor('01:00');
  await expect(timer(page)).toHaveText('Time left: 1:00');
  await expect(page.locator('#announcer'), 'the countdown is not announced').toBeEmpty();
  await expect(answer).toBeHidden();
  await page.clock.runFor('01:00');
  await expect(answer).toBeVisible();
  await expect(timer(page)).toHaveText('Time is up (2:00).');
  await expect(page.locator('#announcer')).toHaveText('Time is up. The answer is shown.');
  await expect(page.getByRole('group', { name: 'How well did you know it?' })).toBeVisible();

  await page.keyboard.press('3');
  await expect(position(page)).toHaveText('Question 2 of 3');
  await expect(timer(page), 'the next question starts its own time').toHaveText('Time left: 2:00');
  await page.clock.runFor('00:40');
  await page.keyboard.press('Space');
  await expect(answer).toBeVisible();
  await expect(timer(page)).toHaveText('Answered in 0:40 of 2:00.');
  await page.clock.runFor('05:00');
  await expect(timer(page), 'a revealed answer stops the clock').toHaveText('Answered in 0:40 of 2:00.');
});

test('notes and the clock survive a reload; typing a space in the notes does not reveal the answer', async ({ page }) => {
  await stoppedClock(page);
  await page.goto(MOCK);
  await page.clock.runFor('00:30');
  await notes(page).click();
  await page.keyboard.type('Event loop phases then microtasks');
  await expect(page.locator('[data-answer]')).toBeHidden();
  await page.reload();
  await expect(notes(page)).toHaveValue('Event loop phases then microtasks');
  await expect(timer(page)).toHaveText('Time left: 1:30');
  await page.getByRole('button', { name: /Skip/ }).click();
  await expect(notes(page), 'each question has its own notes').toHaveValue('');
  await page.keyboard.press('ArrowLeft');
  await expect(notes(page)).toHaveValue('Event loop phases then microtasks');
});

test('the summary lists every question and copies as Markdown with titles and notes', async ({ page, context }) => {
  await allowClipboard(context);
  await page.goto(MOCK);
  const asked: string[] = [];
  for (const [index, note] of ['First thoughts', '', 'Ask about back-pressure'].entries()) {
    asked.push((await question(page).textContent()) ?? '');
    if (note) await notes(page).fill(note);
    if (index < 2) {
      await page.getByRole('button', { name: /Show answer/ }).click();
      await page.getByRole('button', { name: index === 0 ? /Knew it/ : /Partly/ }).click();
    } else {
      await page.getByRole('button', { name: /Skip/ }).click();
    }
  }
  await expect(page.getByRole('heading', { name: 'Summary' })).toBeFocused();
  const rows = page.locator('[data-mock-rows] > li');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText(/0:0\d of 2:00, answer revealed early, rated Knew it/);
  await expect(rows.nth(2)).toContainText('answer not revealed, not rated');
  await expect(rows.nth(0).getByRole('link', { name: asked[0] ?? 'missing' })).toHaveAttribute(
    'href',
    /\/questions\/[a-z0-9-]+\/$/,
  );
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await expect(page.locator('#announcer')).toHaveText('The summary was copied as Markdown.');
  const copied = await clipboard(page);
  await expect(page.getByRole('textbox', { name: /summary as Markdown/ })).toHaveValue(copied);
  expect(copied).toMatch(/^# Mock interview\n/);
  for (const title of asked) expect(copied).toContain(title.replaceAll('`', '\\`'));
  expect(copied).toContain('> First thoughts');
  expect(copied).toContain('> Ask about back-pressure');
  expect(copied).toContain('rated Partly');
});

test.describe('on a touch phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 812 } });

  test('every control works by tap, with room for a thumb', async ({ page }) => {
    await page.goto(MOCK);
    await notes(page).tap();
    await page.keyboard.type('tapped');
    await page.getByRole('button', { name: /Show answer/ }).tap();
    await expect(page.locator('[data-answer-body] p').first()).toBeVisible();
    await page.getByRole('button', { name: /Didn't know/ }).tap();
    await page.getByRole('button', { name: /Skip/ }).tap();
    await page.getByRole('button', { name: /Skip/ }).tap();
    await expect(page.locator('[data-mock-rows] > li')).toHaveCount(3);
    const box = await page.getByRole('button', { name: 'Copy as Markdown' }).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, 'nothing wider than the phone').toBeLessThanOrEqual(375);
  });
});

const VIEWS: View[] = [
  [
    'the mock set-up',
    async (page) => {
      await page.goto('practice/?mode=mock');
      await expect(page.getByRole('button', { name: 'Start the mock interview' })).toBeVisible();
    },
  ],
  [
    'a mock question with its timer, notes and answer',
    async (page) => {
      await page.goto(MOCK);
      await notes(page).fill('A note');
      await page.getByRole('button', { name: /Show answer/ }).click();
      await expect(page.locator('[data-answer-body] p').first()).toBeVisible();
    },
  ],
  [
    'the mock summary',
    async (page) => {
      await page.goto(MOCK);
      await notes(page).fill('A note\non two lines');
      for (let index = 0; index < 3; index++) await page.getByRole('button', { name: /Skip/ }).click();
      await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeVisible();
    },
  ],
];

axeViews('the mock interview', VIEWS);
