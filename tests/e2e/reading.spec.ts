// The reading experience in Chromium: theme choice, home filters, keyboard, phones, JavaScript off, 404.
import { expect, test } from '@playwright/test';
import { Q1, Q9, Q19 } from './support/pages.ts';

test('the theme switch cycles system → light → dark, is remembered, and applies before first paint', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(Q9);
  const toggle = page.getByRole('button', { name: /Change theme/ });
  await expect(toggle).toHaveAttribute('aria-label', 'Theme: system. Change theme');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-label', 'Theme: light. Change theme');
  await toggle.click();
  await expect(page.locator('html')).toHaveClass(/dark/);
  // On the next page the class must be set by the inline head script, before any module script runs.
  await page.route('**/*.js', (route) => route.abort());
  await page.goto(Q1);
  await expect(page.locator('html')).toHaveClass(/dark/);
});

test('home filters narrow the list without a reload and keep the choice in the URL', async ({ page }) => {
  await page.goto('./');
  const visible = page.locator('[data-home-list] .question-item:visible');
  const all = await visible.count();
  await page.getByRole('checkbox', { name: /Expert/ }).check();
  await expect(page.getByRole('status')).toHaveText('2 questions shown');
  for (const item of await visible.all()) await expect(item).toHaveAttribute('data-difficulty', 'expert');
  await page.getByRole('combobox', { name: 'Topic' }).selectOption('architecture');
  expect(page.url()).toContain('difficulty=expert');
  expect(page.url()).toContain('topic=architecture');
  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Expert/ })).toBeChecked();
  await page.getByRole('checkbox', { name: /Expert/ }).uncheck();
  await page.getByRole('combobox', { name: 'Topic' }).selectOption('');
  await expect(visible).toHaveCount(all);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the home page shows every question and no dead filter controls', async ({ page }) => {
    await page.goto('./');
    await expect(page.getByRole('form', { name: 'Filter questions' })).toBeHidden();
    const links = await page
      .locator('[data-home-list] a[href*="questions/"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
    expect(new Set(links).size).toBe(20);
  });

  test('a question page reads fully: title, sections, code', async ({ page }) => {
    await page.goto(Q19);
    await expect(page.locator('h1')).toContainText('real-time applications');
    expect(await page.locator('article h2').count()).toBeGreaterThan(0);
    expect(await page.locator('article pre').count()).toBeGreaterThan(0);
  });
});

test('keyboard: skip link first, "/" focuses search, j and k move between questions', async ({ page }) => {
  await page.goto(Q9);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Escape');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('/');
  await expect(page.getByRole('searchbox', { name: 'Search questions' })).toBeFocused();
  await page.getByRole('searchbox', { name: 'Search questions' }).blur();
  await page.keyboard.press('j');
  await expect(page).toHaveURL(/what-are-the-common-design-patterns/);
  await page.keyboard.press('k');
  await expect(page).toHaveURL(/how-do-you-work-with-streams/);
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('searchbox', { name: 'Search questions' })).toBeFocused();
});

test('question page: breadcrumbs, sidebar marks the current question, related and previous/next links', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(Q9);
  await expect(page.getByRole('navigation', { name: 'Breadcrumbs' })).toContainText('Streams');
  await expect(page.getByRole('navigation', { name: 'Questions' }).locator('[aria-current="page"]')).toContainText(
    'How do you work with streams',
  );
  await expect(page.getByRole('region', { name: 'Related questions' }).getByRole('link').first()).toContainText(
    'What are Streams',
  );
  await expect(page.locator('a[rel="prev"]')).toContainText('Q8');
  await expect(page.locator('a[rel="next"]')).toContainText('Q10');
});

test('"On this page" follows the scroll on wide screens', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(Q9);
  const rail = page.getByRole('navigation', { name: 'On this page' });
  const target = rail.getByRole('link').nth(6);
  const id = (await target.getAttribute('href'))?.slice(1) ?? '';
  await page.locator(`[id="${id}"]`).scrollIntoViewIfNeeded();
  await page.evaluate((section) => document.getElementById(section)?.scrollIntoView({ block: 'start' }), id);
  await expect(target).toHaveAttribute('aria-current', 'true');
});

test('phones: the table of contents is collapsed and no page scrolls sideways at 375 px', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  for (const path of ['./', Q9, Q19, 'difficulty/', 'topics/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
  }
  await page.goto(Q9);
  const toc = page.getByRole('navigation', { name: 'On this page' });
  await expect(toc.locator('details')).not.toHaveAttribute('open');
});

test('the difficulty index lists the five levels in order with counts', async ({ page }) => {
  await page.goto('difficulty/');
  const headings = await page.locator('main h2').allInnerTexts();
  expect(headings.map((text) => text.split('\n')[0]?.replace(/\s*\d+ questions?$/, ''))).toEqual([
    'Easy',
    'Medium',
    'Hard',
    'Advanced',
    'Expert',
  ]);
  await expect(page.locator('main h2').first()).toContainText('1 question');
});

test('an unknown URL gets the 404 page with search and every question', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('searchbox', { name: 'Search questions' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'All questions' }).getByRole('listitem')).toHaveCount(20);
});

test('print: the answer and its code print, navigation does not', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(Q9);
  await page.emulateMedia({ media: 'print' });
  for (const name of ['Breadcrumbs', 'Questions', 'Previous and next question']) {
    await expect(page.getByRole('navigation', { name })).toBeHidden();
  }
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(page.locator('article h1')).toBeVisible();
  const code = page.locator('article pre').first();
  await expect(code).toBeVisible();
  // Long lines wrap on paper instead of being cut at the page edge.
  expect(
    await code
      .locator('.line')
      .first()
      .evaluate((line) => getComputedStyle(line).whiteSpace),
  ).toBe('pre-wrap');
});
