// Two banks in one site, in a real browser: home → bank page → question, the search's bank filter with its counts,
// and no axe violation on the home and a bank page in either theme at phone and desktop widths.
import { rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { SEVERAL_BANKS, SQL, WEB } from '../support/several-banks.ts';
import { axeViolations } from './support/axe.ts';
import { VIEWPORTS } from './support/pages.ts';
import { resultLinks, resultSlugs, searchFor, waitForResults } from './support/search-page.ts';
import { type StaticServer, serveStatic } from './support/serve.ts';

let site: StaticServer | undefined;
let root: string | undefined;

test.describe.configure({ timeout: 300_000 });

test.beforeAll(async () => {
  const build = buildFixtureSite(SEVERAL_BANKS);
  root = build.root;
  expect(build.status, build.output).toBe(0);
  site = await serveStatic({ dir: build.dist });
});

test.afterAll(async () => {
  await site?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

function served(path = ''): string {
  if (!site) throw new Error('the fixture site is not served');
  return `${site.url}${path}`;
}

test('from the home page to a bank page and on to one of its questions', async ({ page }) => {
  await page.goto(served());
  const banks = page.getByRole('list', { name: 'Banks' });
  await expect(banks.getByRole('listitem')).toHaveCount(2);
  await banks.getByRole('link', { name: SQL.title }).click();
  await expect(page).toHaveURL(new RegExp(`/banks/${SQL.id}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SQL.title);
  await page.getByRole('link', { name: 'What does a JOIN do?' }).click();
  await expect(page).toHaveTitle(`Q1: What does a JOIN do? · ${SQL.title}`);
  await page.getByRole('navigation', { name: 'Breadcrumbs' }).getByRole('link', { name: SQL.title }).click();
  await expect(page).toHaveURL(new RegExp(`/banks/${SQL.id}/$`));
});

test('search offers the banks with their counts, and the bank filter narrows the results', async ({ page }) => {
  await page.goto(served(`banks/${WEB.id}/`));
  const found = await searchFor(page, 'cache');
  expect(found.sort()).toEqual(['how-does-an-http-cache-decide-a-response-is-stale', 'what-does-an-index-speed-up']);
  const bank = page.getByRole('combobox', { name: 'Bank' });
  await expect(bank.getByRole('option')).toHaveText(['All banks', `${SQL.title} (1)`, `${WEB.title} (1)`]);
  await bank.selectOption(SQL.id);
  await expect(page).toHaveURL(/[?&]bank=sql-basics(&|$)/);
  await waitForResults(page, 'cache');
  await expect.poll(() => resultSlugs(page)).toEqual(['what-does-an-index-speed-up']);
  await expect(resultLinks(page).first()).toContainText(SQL.title);
});

test('My list names the bank of each saved question and shows progress per bank', async ({ page }) => {
  for (const [slug, markDone] of [
    ['what-does-a-join-do', false],
    ['what-does-the-status-code-404-mean-2', true],
  ] as const) {
    await page.goto(served(`questions/${slug}/`));
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    if (markDone) await page.getByRole('button', { name: 'Mark as done' }).click();
  }
  await page.goto(served('list/'));
  const saved = page.getByRole('list', { name: 'Saved questions' }).getByRole('listitem');
  await expect(saved).toHaveCount(2);
  await expect(saved.nth(0)).toContainText(SQL.title);
  await expect(saved.nth(1)).toContainText(WEB.title);
  // The SQL bank rates no difficulty: its question has no level, and counts only in its bank's progress.
  await expect(page.locator('[data-progress] li')).toHaveText([
    `${SQL.title} 0/3 done`,
    `${WEB.title} 1/3 done`,
    'Easy 1/1 done',
    'Medium 0/1 done',
    'Hard 0/1 done',
  ]);
});

for (const theme of ['light', 'dark'] as const) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test.describe(`${theme} theme, ${width} (${viewport.width}px)`, () => {
      test.use({ viewport, colorScheme: theme });
      for (const [kind, path] of [
        ['home', ''],
        ['bank', `banks/${WEB.id}/`],
      ] as const) {
        test(`the ${kind} page has no axe violations`, async ({ page }) => {
          await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
          await page.goto(served(path));
          await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /dark/ : /^(?!.*dark)/);
          expect(await axeViolations(page)).toEqual([]);
        });
      }
    });
  }
}
