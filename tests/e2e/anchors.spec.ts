// In-page anchors: copying links to the question, its sections and code blocks, "Copy for chat", and landing on #ids.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { allowClipboard, canonical, clipboard } from './support/clipboard.ts';

const Q9 = 'questions/how-do-you-work-with-streams-in-nodejs/';
const Q9_TITLE = 'How do you work with streams in Node.js?';
const Q19 = 'questions/how-do-you-build-real-time-applications-with-websockets-and-socketio-in-nodejs/';
const SECTION = '4-piping-streams';

test.beforeEach(({ context }) => allowClipboard(context));

// Section ids may start with a digit, which a CSS `#id` selector does not allow; `[id="…"]` does.

/** Where an element sits against the sticky header and the viewport. */
async function placement(page: Page, target: Locator) {
  const headerBottom = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().bottom);
  const top = await target.evaluate((element) => element.getBoundingClientRect().top);
  return { belowHeader: top >= headerBottom - 1, inUpperHalf: top < (page.viewportSize()?.height ?? 0) / 2 };
}

test('a section anchor shows on hover and on keyboard focus, and copies the absolute section URL', async ({ page }) => {
  await page.goto(Q9);
  const wrap = page.locator('.heading-wrap', { has: page.locator(`[id="${SECTION}"]`) });
  const anchor = wrap.getByRole('link', { name: 'Link to section: 4. Piping Streams' });
  await expect(anchor).toHaveCSS('opacity', '0');
  await wrap.hover();
  await expect(anchor).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(anchor).toHaveCSS('opacity', '0');
  await anchor.focus();
  await expect(anchor).toHaveCSS('opacity', '1');

  const scrolled = await page.evaluate(() => scrollY);
  await anchor.press('Enter');
  await expect(page.getByRole('status')).toHaveText('Link copied');
  const copied = await clipboard(page);
  expect(copied).toBe(`${await canonical(page)}#${SECTION}`);
  expect(new URL(copied).pathname).toBe(new URL(page.url()).pathname);
  await expect(page).toHaveURL(new RegExp(`#${SECTION}$`));
  expect(await page.evaluate(() => scrollY), 'copying does not move the page').toBe(scrolled);
});

test("the title's anchor copies the question's absolute URL", async ({ page }) => {
  await page.goto(`${Q9}#${SECTION}`);
  await page.getByRole('heading', { level: 1 }).hover();
  await page.getByRole('link', { name: 'Link to this question' }).click();
  await expect(page.getByRole('status')).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(await canonical(page));
  await expect(page).toHaveURL(/\/questions\/how-do-you-work-with-streams-in-nodejs\/$/);
});

test("a code block's Link copies the block's absolute URL", async ({ page }) => {
  await page.goto(Q9);
  const link = page.locator('#code-2').getByRole('link', { name: 'Link to code block 2' });
  await link.click();
  await expect(link).toHaveAttribute('data-copied', '');
  expect(await clipboard(page)).toBe(`${await canonical(page)}#code-2`);
});

test('Copy for chat copies the title, difficulty, summary and link as Markdown', async ({ page }) => {
  await page.goto(Q9);
  const button = page.getByRole('button', { name: 'Copy for chat' });
  await button.click();
  await expect(page.getByRole('status')).toHaveText('Question copied for chat');
  const summary = await page.locator('meta[name="description"]').getAttribute('content');
  expect(summary).toMatch(/^Streams are /);
  expect(await clipboard(page)).toBe(`**Q9: ${Q9_TITLE}** (Medium)\n> ${summary}\n${await canonical(page)}`);
});

test('a section link lands with the heading in view below the header, marked', async ({ page }) => {
  await page.goto(`${Q9}#${SECTION}`);
  const heading = page.locator(`[id="${SECTION}"]`);
  await expect(heading).toBeInViewport();
  expect(await placement(page, heading)).toEqual({ belowHeader: true, inUpperHalf: true });
  await expect(page.locator('.heading-wrap', { has: heading })).toHaveAttribute('data-landed', '');
});

test('a line-range link expands the collapsed Q19 block, marks its lines and brings them into view', async ({ page }) => {
  await page.goto(`${Q19}#code-1-L300-L305`);
  const frame = page.locator('#code-1');
  await expect(frame).not.toHaveAttribute('data-collapsed');
  await expect(frame.getByRole('button', { name: 'Show fewer lines' })).toHaveAttribute('aria-expanded', 'true');
  const marked = frame.locator('.line.hl');
  await expect(marked).toHaveCount(6);
  const numbers = await marked.evaluateAll((lines) =>
    lines.map((line) => [...(line.parentElement?.children ?? [])].indexOf(line) + 1),
  );
  expect(numbers).toEqual([300, 301, 302, 303, 304, 305]);
  await expect(marked.first()).toBeInViewport();
  expect((await placement(page, marked.first())).belowHeader).toBe(true);
});

test('following an in-page link marks the section it lands on', async ({ page }) => {
  await page.goto(Q9);
  await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: '7. Handling Backpressure' }).click();
  await expect(page).toHaveURL(/#7-handling-backpressure$/);
  const heading = page.locator('[id="7-handling-backpressure"]');
  await expect(page.locator('.heading-wrap', { has: heading })).toHaveAttribute('data-landed', '');
  expect((await placement(page, heading)).belowHeader).toBe(true);
});

test('every section and code block has its own id, blocks numbered in page order', async ({ page }) => {
  await page.goto(Q9);
  const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
  expect(new Set(ids).size).toBe(ids.length);
  const blocks = await page.locator('figure.code').evaluateAll((figures) => figures.map((figure) => figure.id));
  expect(blocks).toEqual(blocks.map((_, index) => `code-${index + 1}`));
  expect(blocks.length).toBe(13);
  const anchors = await page
    .locator('.heading-wrap:not(.level-h1) > a.anchor')
    .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
  const headings = await page.locator('.heading-wrap > :is(h2, h3)').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
  expect(anchors).toEqual(headings);
});

test('a malformed or unknown hash is ignored without errors', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${Q9}#%E0%A4%A`);
  await page.goto(`${Q9}#code-99-L1-L2`);
  await expect(page.locator('[data-landed]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
