// Code blocks on question pages: copy, wrap, collapse and show all, line links, narrow screens, no JavaScript, print, dark.
import type { Locator } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { allowClipboard, canonical, clipboard } from './support/clipboard.ts';

const Q9 = 'questions/how-do-you-work-with-streams-in-nodejs/';
const Q19 = 'questions/how-do-you-build-real-time-applications-with-websockets-and-socketio-in-nodejs/';
const Q19_LINES = 611;

test.beforeEach(({ context }) => allowClipboard(context));

/** Whether the `<pre>` of a frame clips lines (collapsed) and whether it scrolls sideways. */
function preBox(frame: Locator) {
  return frame.locator('pre').evaluate((pre) => ({
    clipped: pre.scrollHeight > pre.clientHeight + 1,
    scrollsSideways: pre.scrollWidth > pre.clientWidth + 1,
  }));
}

test('Copy puts the whole block, without line numbers, on the clipboard and says so', async ({ page }) => {
  await page.goto(Q9);
  const frame = page.locator('#code-1');
  // Located by class: the button's name changes to "Copied" and back.
  const copy = frame.locator('button.code-copy');
  await expect(copy).toHaveAccessibleName('Copy');
  await copy.click();
  await expect(copy).toHaveText('Copied');
  await expect(page.getByRole('status')).toHaveText('Code copied');
  const copied = await clipboard(page);
  expect(copied).toBe(await frame.locator('code').textContent());
  expect(copied.startsWith("const fs = require('fs');\n\n// Create a readable stream")).toBe(true);
  await expect(copy).toHaveText('Copy');
});

test('the frame names the file and the language', async ({ page }) => {
  await page.goto(Q19);
  await expect(page.locator('#code-1 figcaption')).toHaveText('server/socketServer.js JavaScript');
  await expect(page.getByRole('figure', { name: 'server/socketServer.js JavaScript' })).toHaveAttribute('id', 'code-1');
});

test('Wrap toggles soft wrapping of long lines', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(Q19);
  const frame = page.locator('#code-1');
  const wrap = frame.getByRole('button', { name: 'Wrap' });
  expect((await preBox(frame)).scrollsSideways).toBe(true);
  await wrap.click();
  await expect(wrap).toHaveAttribute('aria-pressed', 'true');
  await expect(frame.locator('.line').first()).toHaveCSS('white-space', 'pre-wrap');
  expect((await preBox(frame)).scrollsSideways).toBe(false);
  await wrap.click();
  await expect(wrap).toHaveAttribute('aria-pressed', 'false');
  expect((await preBox(frame)).scrollsSideways).toBe(true);
});

test("the Q19 block's HTML holds all 611 lines even though it starts collapsed", async ({ page, request }) => {
  const html = await (await request.get(Q19)).text();
  const block = html.slice(html.indexOf('id="code-1"'), html.indexOf('</figure>', html.indexOf('id="code-1"')));
  expect(block).toContain('data-collapsed');
  expect(block.split('<span class="line">').length - 1).toBe(Q19_LINES);

  await page.goto(Q19);
  const frame = page.locator('#code-1');
  await expect(frame).toHaveAttribute('data-collapsed', '');
  await expect(frame.locator('.line')).toHaveCount(Q19_LINES);
  expect((await preBox(frame)).clipped).toBe(true);
});

test('Show all reveals every line, and Show fewer collapses again', async ({ page }) => {
  await page.goto(Q19);
  const frame = page.locator('#code-1');
  const more = frame.locator('button.code-more');
  await expect(more).toHaveAccessibleName(`Show all ${Q19_LINES} lines`);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
  await expect(more).toHaveText('Show fewer lines');
  expect((await preBox(frame)).clipped).toBe(false);
  const last = frame.locator('.line').last();
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  await more.click();
  await expect(frame).toHaveAttribute('data-collapsed', '');
  expect((await preBox(frame)).clipped).toBe(true);
});

test('clicking a line number marks the line; shift-click marks a range and copies its link', async ({ page }) => {
  await page.goto(Q9);
  const frame = page.locator('#code-1');
  const lines = frame.locator('.line');
  const gutter = { x: 8, y: 8 };
  // A click on the code itself selects nothing.
  await lines.nth(3).click({ position: { x: 200, y: 8 } });
  await expect(frame.locator('.hl')).toHaveCount(0);

  await lines.nth(3).click({ position: gutter });
  await expect(page).toHaveURL(/#code-1-L4$/);
  await expect(frame.locator('.hl')).toHaveCount(1);
  await lines.nth(8).click({ position: gutter, modifiers: ['Shift'] });
  await expect(page).toHaveURL(/#code-1-L4-L9$/);
  await expect(frame.locator('.hl')).toHaveCount(6);
  await expect(lines.nth(3)).toHaveClass(/\bhl\b/);
  await expect(lines.nth(8)).toHaveClass(/\bhl\b/);
  await expect(page.getByRole('status')).toHaveText('Link to lines 4 to 9 copied');
  expect(await clipboard(page)).toBe(`${await canonical(page)}#code-1-L4-L9`);
});

test.describe('at 375 px', () => {
  test.use({ viewport: { width: 375, height: 800 } });

  for (const path of [Q9, Q19]) {
    test(`${path} does not scroll sideways, with blocks collapsed or open`, async ({ page }) => {
      await page.goto(path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      for (const more of await page.locator('button.code-more').all()) await more.click();
      await expect(page.getByRole('button', { name: /^Show all \d+ lines$/ })).toHaveCount(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    });
  }
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('long blocks show in full and only the working link remains among the tools', async ({ page }) => {
    await page.goto(Q19);
    const frame = page.locator('#code-1');
    expect((await preBox(frame)).clipped).toBe(false);
    await expect(frame.locator('.line').last()).toBeVisible();
    await expect(frame.getByRole('link', { name: /^Link to code block/ })).toBeVisible();
    for (const name of ['Copy', 'Wrap', `Show all ${Q19_LINES} lines`])
      await expect(frame.getByRole('button', { name })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Copy for chat' })).toBeHidden();
  });
});

test('print shows collapsed blocks whole, wrapped to the page, without buttons', async ({ page }) => {
  await page.goto(Q19);
  await page.emulateMedia({ media: 'print' });
  const frame = page.locator('#code-1');
  expect(await preBox(frame)).toEqual({ clipped: false, scrollsSideways: false });
  await expect(frame.locator('.code-tools')).toBeHidden();
  await expect(frame.locator('.code-more')).toBeHidden();
});

test.describe('in the dark theme', () => {
  test.use({ colorScheme: 'dark' });

  test('tokens take the dark palette', async ({ page }) => {
    await page.goto(Q9);
    await expect(page.locator('html')).toHaveClass(/\bdark\b/);
    const keyword = page.locator('#code-1 span', { hasText: /^const$/ }).first();
    await expect(keyword).toHaveCSS('color', 'rgb(255, 123, 114)');
    await expect(page.locator('#code-1 pre')).toHaveCSS('background-color', 'rgb(13, 17, 23)');
  });
});

test('in the light theme tokens take the light palette', async ({ page }) => {
  await page.goto(Q9);
  const keyword = page.locator('#code-1 span', { hasText: /^const$/ }).first();
  await expect(keyword).toHaveCSS('color', 'rgb(207, 34, 46)');
  await expect(page.locator('#code-1 pre')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
});
