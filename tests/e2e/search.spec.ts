// Search in real Chromium: relevance of the top results, filters, sort, keyboard, section links, URL state.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { Q, resultLinks, resultSlugs, searchBox, searchFor, showAllResults, waitForResults } from './support/search-page.ts';

const QUESTION = './questions/what-is-nodejs-and-what-are-its-key-features/';

// Each query with the questions that count as a right answer; one of them must be in the top three.
const RELEVANCE: ReadonlyArray<readonly [query: string, expected: readonly string[]]> = [
  ['event loop phases', [Q[3]]],
  ['backpressure', [Q[4], Q[9]]],
  ['circuit breaker', [Q[6], Q[13]]],
  ['JWT', [Q[5], Q[12]]],
  ['cluster fork', [Q[14]]],
  ['Apollo subscriptions', [Q[7]]],
  ['jest', [Q[15]]],
  ['CQRS', [Q[20]]],
  ['socket.io rooms', [Q[11], Q[19]]],
  // Code identifiers, whole and by their parts (Pagefind splits dotted and camel-case words itself).
  ['process.nextTick', [Q[3]]],
  ['nextTick', [Q[3]]],
  ['fs.createReadStream', [Q[4], Q[9]]],
  ['createReadStream', [Q[4], Q[9]]],
  ['IORedis', [Q[8], Q[17], Q[19]]],
];

// A question whose title or section heading names the words comes first, ahead of pages that only mention them.
const HEADING_FIRST: ReadonlyArray<readonly [query: string, first: string, why: string]> = [
  ['GraphQL', Q[7], 'its title'],
  ['clustering', Q[14], 'its title'],
  ['nginx', Q[8], 'section "Load Balancing with Nginx" (Q16 repeats nginx through its config code)'],
  ['proxy', Q[10], 'section "9. Proxy Pattern" (Q13 and Q6 mention proxies in passing)'],
];

test.describe('relevance', () => {
  for (const [query, expected] of RELEVANCE) {
    test(`"${query}" has ${expected.length === 1 ? expected[0] : `one of ${expected.join(', ')}`} in the top 3`, async ({
      page,
    }) => {
      await page.goto(QUESTION);
      const top = (await searchFor(page, query)).slice(0, 3);
      expect(
        top.some((slug) => expected.includes(slug)),
        `top 3: ${top.join(', ')}`,
      ).toBe(true);
    });
  }

  for (const [query, first, why] of HEADING_FIRST) {
    test(`"${query}" ranks ${first} first, for ${why}`, async ({ page }) => {
      await page.goto(QUESTION);
      expect((await searchFor(page, query))[0]).toBe(first);
    });
  }
});

test('a result shows the question, its difficulty and the matching section, with the words marked', async ({ page }) => {
  await page.goto(QUESTION);
  await searchFor(page, 'backpressure');
  const first = resultLinks(page).first();
  await expect(first).toContainText('How do you work with streams in Node.js?');
  await expect(first).toContainText('Q9');
  await expect(first.locator('[data-difficulty="medium"]')).toHaveText('Medium');
  await expect(first).toContainText('Handling Backpressure');
  await expect(first).toHaveAttribute(
    'href',
    /\/questions\/how-do-you-work-with-streams-in-nodejs\/\?highlight=backpressure#7-handling-backpressure$/,
  );
  await expect(first.locator('mark').first()).toHaveText(/backpressure/i);
});

test('excerpts are text: markup quoted in an answer is shown, never run', async ({ page }) => {
  await page.goto(QUESTION);
  await searchFor(page, 'setupFilesAfterEnv');
  const first = resultLinks(page).first();
  await expect(first).toContainText("['<rootDir>/tests/setup.js']");
  // Only the elements the renderer builds: spans, the title, the badge and <mark>s.
  const tags = await first.locator('*').evaluateAll((nodes) => [...new Set(nodes.map((node) => node.localName))].sort());
  expect(tags).toEqual(['mark', 'span', 'strong']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open panel passes axe (WCAG 2.1 AA) in ${colorScheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(QUESTION);
    await page.keyboard.press('/');
    await page.keyboard.type('backpressure');
    await waitForResults(page, 'backpressure');
    const { violations } = await new AxeBuilder({ page })
      .include('[data-search]')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    expect(violations.map(({ id, nodes }) => `${id}: ${nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test.describe('filters and order', () => {
  test('difficulty Expert gives only Expert questions, and the count beside it agrees', async ({ page }) => {
    await page.goto(QUESTION);
    await searchFor(page, 'architecture');
    const expert = page.getByRole('checkbox', { name: /Expert/ });
    const count = Number(await page.locator('[data-count="expert"]').textContent());
    expect(count).toBeGreaterThan(0);
    await expert.check();
    await waitForResults(page, 'architecture');
    await expect(page.locator('#search-panel').getByRole('status')).toContainText(`${count} question`);
    const badges = await resultLinks(page).locator('[data-difficulty]').allTextContents();
    expect(badges.length).toBe(Math.min(count, 3));
    expect(new Set(badges)).toEqual(new Set(['Expert']));
    await expect(page).toHaveURL(/[?&]difficulty=expert/);
  });

  test('a level alone lists its questions by number, with every level counted', async ({ page }) => {
    await page.goto('./?q=&difficulty=expert');
    await waitForResults(page, '');
    expect(await resultSlugs(page)).toEqual([Q[13], Q[20]]);
    await expect(page.locator('[data-count="expert"]')).toHaveText('2');
    await expect(page.locator('[data-count="advanced"]')).not.toHaveText('0');
    // The excerpt continues the answer instead of repeating the title above it.
    await expect(resultLinks(page).first().locator('span.block').last()).not.toContainText('How do you design');
  });

  test('two levels give questions of either level', async ({ page }) => {
    await page.goto('./?q=security&difficulty=hard&difficulty=advanced');
    await waitForResults(page, 'security');
    const slugs = await resultSlugs(page);
    expect(slugs).toEqual(expect.arrayContaining([Q[5], Q[12]]));
    const levels = await resultLinks(page)
      .locator('[data-difficulty]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-difficulty')));
    for (const level of levels) expect(['hard', 'advanced']).toContain(level);
  });

  test('a topic narrows the results, and its option shows how many match', async ({ page }) => {
    await page.goto(QUESTION);
    await searchFor(page, 'pipe');
    const topic = page.getByRole('combobox', { name: 'Topic' });
    await expect(topic.locator('option[value="streams"]')).toHaveText('Streams (2)');
    await topic.selectOption('streams');
    await waitForResults(page, 'pipe');
    expect((await resultSlugs(page)).sort()).toEqual([Q[9], Q[4]].sort());
  });

  test('results can be ordered by question number', async ({ page }) => {
    await page.goto(QUESTION);
    await searchFor(page, 'redis');
    await page.getByRole('combobox', { name: 'Order' }).selectOption('number');
    await expect(page.locator('#search-panel').getByRole('status')).toContainText('by number');
    await expect(page).toHaveURL(/[?&]sort=number/);
    await showAllResults(page);
    const numbers = (await resultLinks(page).locator('span.tabular-nums').allTextContents()).map((text) => Number(text.slice(1)));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
  });
});

test.describe('keyboard', () => {
  test('"/" opens search, arrows move through results, Enter lands on the section, its words highlighted', async ({ page }) => {
    await page.goto(QUESTION);
    await page.keyboard.press('/');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('backpressure');
    await waitForResults(page, 'backpressure');
    const links = resultLinks(page);
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(0)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links.nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    const anchor = new URL(href ?? '', page.url()).hash;
    expect(anchor).not.toBe('');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${anchor}$`));
    const section = page.locator(`[id="${anchor.slice(1)}"]`);
    await expect(section).toBeInViewport();
    const headerBottom = await page.locator('header.site-header').evaluate((header) => header.getBoundingClientRect().bottom);
    expect(
      await section.evaluate((heading) => heading.getBoundingClientRect().top),
      'the section starts below the sticky header',
    ).toBeGreaterThanOrEqual(headerBottom);
    await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText(/backpressure/i);
  });

  test('Ctrl+K opens search, Enter opens the first result, Escape closes and leaves the URL clean', async ({ page }) => {
    await page.goto(QUESTION);
    await page.keyboard.press('Control+k');
    await expect(searchBox(page)).toBeFocused();
    await page.keyboard.type('CQRS');
    await waitForResults(page, 'CQRS');
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-panel')).toBeHidden();
    await expect(searchBox(page)).toHaveValue('');
    await expect(page).toHaveURL(/what-is-nodejs-and-what-are-its-key-features\/$/);
    await page.keyboard.type('CQRS');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${Q[20]}/\\?highlight=cqrs#`, 'i'));
  });
});

test.describe('the search in the URL', () => {
  test('?q=…&difficulty=…&topic=… on any page opens search with those', async ({ page }) => {
    await page.goto('./topics/?q=event+loop&difficulty=hard&topic=event-loop');
    await waitForResults(page, 'event loop');
    await expect(searchBox(page)).toHaveValue('event loop');
    await expect(page.getByRole('checkbox', { name: /Hard/ })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'Topic' })).toHaveValue('event-loop');
    expect(await resultSlugs(page)).toEqual([Q[3]]);
  });

  test('typing puts the search in the URL; Back returns to the page as it was', async ({ page }) => {
    await page.goto(QUESTION);
    await page.evaluate(() => window.scrollTo(0, 400));
    await page.keyboard.press('/');
    await page.keyboard.type('jwt');
    await waitForResults(page, 'jwt');
    expect(await page.evaluate(() => window.scrollY), 'opening search keeps the reading position').toBe(400);
    await expect(page).toHaveURL(/\?q=jwt$/);
    await page.goBack();
    await expect(page).toHaveURL(/what-is-nodejs-and-what-are-its-key-features\/$/);
    await expect(page.locator('#search-panel')).toBeHidden();
    await expect(searchBox(page)).toHaveValue('');
    expect(await page.evaluate(() => window.scrollY)).toBe(400);
  });

  test('Back from a result returns to the search and its results', async ({ page }) => {
    await page.goto(QUESTION);
    const [first] = await searchFor(page, 'jest');
    await resultLinks(page).first().click();
    await expect(page).toHaveURL(new RegExp(`${first}/`));
    await page.goBack();
    await expect(page).toHaveURL(/\?q=jest$/);
    await waitForResults(page, 'jest');
    expect((await resultSlugs(page))[0]).toBe(first);
  });
});
