// Search on a site built under a sub-path (BASE_PATH=/sub/): bundle, results, section links and highlighting follow it.
import { readFileSync, rmSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { Q, resultLinks, searchFor } from './support/search-page.ts';
import { type StaticServer, serveStatic } from './support/serve.ts';

const BASE = '/sub/';
let site: StaticServer | undefined;
let root: string | undefined;

test.beforeAll(async () => {
  // A hook has its own timeout: a build on a busy machine may take more than the default 30 s.
  test.setTimeout(600_000);
  const build = buildFixtureSite(
    {
      'content/nodejs-interview-questions.md': readFileSync('content/nodejs-interview-questions.md', 'utf8'),
      'content/overrides.yaml': readFileSync('content/overrides.yaml', 'utf8'),
    },
    { BASE_PATH: BASE },
  );
  root = build.root;
  expect(build.status, build.output).toBe(0);
  site = await serveStatic({ dir: build.dist, base: BASE });
});

test.afterAll(async () => {
  await site?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('search works under /sub/: Pagefind loads from /sub/pagefind/, results link into /sub/', async ({ page }) => {
  if (!site) throw new Error('the fixture site is not served');
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(`${site.url}questions/${Q[3]}/`);

  expect(await searchFor(page, 'backpressure')).toEqual(expect.arrayContaining([Q[9]]));
  expect(requested).toContain('/sub/pagefind/pagefind.js');
  expect(requested.filter((path) => path.includes('search-ui'))).toHaveLength(1);
  expect(
    requested.filter((path) => !path.startsWith(BASE)),
    'every request stays under the base path',
  ).toEqual([]);

  const first = resultLinks(page).first();
  await expect(first).toHaveAttribute('href', /^\/sub\/questions\/[^/]+\/\?highlight=backpressure#/);
  await first.click();
  await expect(page).toHaveURL(/\/sub\/questions\/[^/]+\/\?highlight=backpressure#/);
  await expect(page.locator('article mark.pagefind-highlight').first()).toHaveText(/backpressure/i);
});
