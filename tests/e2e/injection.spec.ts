// Injection in Chromium: a bank full of scripts, handlers, javascript: links, MDX expressions, ESM and JSX, built as a
// fixture site and served by its own server, shows every payload as literal text and runs none of it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import { buildFixtureSite } from '../support/fixture-site.ts';
import { type StaticServer, serveStatic } from './support/serve.ts';

// Built once, and every test shares it.
test.describe.configure({ mode: 'serial' });

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{alert(1)}',
  '{/* comments */}',
  '<Foo bar={1} />',
  '<div onclick="alert(1)">',
  '[click me](javascript:alert(1))',
  '<javascript:alert(1)>',
  "import TOCInline from '@theme/TOCInline';",
  '<Tabs items={items} />',
  'export const ran = (() => { globalThis.alert?.(1); return 1; })();',
];

let server: StaticServer;
let pages: string[];

test.beforeAll(async () => {
  test.setTimeout(600_000);
  const site = buildFixtureSite(
    { 'content/injection.md': readFileSync('tests/fixtures/injection.md', 'utf8') },
    { BASE_PATH: process.env.BASE_PATH ?? '/' },
  );
  if (site.status !== 0) throw new Error(`the injection fixture did not build:\n${site.output}`);
  pages = readdirSync(site.dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => relative(site.dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .map((file) => file.replace(/(^|\/)index\.html$/, '$1'))
    .sort();
  server = await serveStatic({ dir: site.dist, headers: true, base: process.env.BASE_PATH });
});
test.afterAll(async () => {
  await server?.stop();
});

/** Fails on any dialog: an alert() that ran is the one thing this spec must never see. */
function forbidDialogs(page: Page): string[] {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    await dialog.dismiss();
  });
  return dialogs;
}

/** What the page's DOM holds that the payloads would have created, had any of them become markup. */
function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const script of document.querySelectorAll('script')) {
      // A JSON data block never runs; that it still parses proves no payload closed it early.
      if (script.type === 'application/json') {
        try {
          JSON.parse(script.textContent ?? '');
        } catch {
          found.push(`unparsable JSON block: ${script.id}`);
        }
      } else if (script.textContent?.includes('alert(')) found.push(`script: ${script.textContent.slice(0, 60)}`);
    }
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`<${element.localName} ${attribute.name}>`);
        if (/^\s*(javascript|data|vbscript):/i.test(attribute.value) && /^(href|src|action|formaction)$/i.test(attribute.name))
          found.push(`<${element.localName} ${attribute.name}="${attribute.value.slice(0, 40)}">`);
      }
    }
    for (const selector of ['img[onerror]', 'a[href^="javascript:" i]', 'foo', 'tocinline', 'iframe', 'object', 'embed']) {
      if (document.querySelector(selector)) found.push(selector);
    }
    return found;
  });
}

test('every page of the fixture site runs none of the payloads', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  expect(pages.length).toBeGreaterThan(5);
  for (const path of pages) {
    await page.goto(new URL(path, server.url).href);
    await page.waitForLoadState('networkidle');
    expect(await injected(page), path).toEqual([]);
  }
  expect(dialogs).toEqual([]);
});

test('the question pages show every payload as literal text', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  expect(pages.filter((path) => path.startsWith('questions/'))).toHaveLength(2);
  const text = async (prefix: string) => {
    await page.goto(new URL(pages.find((path) => path.startsWith(prefix)) ?? prefix, server.url).href);
    return (await page.locator('main').textContent()) ?? '';
  };
  const first = await text('questions/what-does');
  for (const payload of PAYLOADS) expect(first, payload).toContain(payload);
  const second = await text('questions/is-img');
  await expect(page.locator('h1')).toHaveText('Is <img src=x onerror=alert(1)> in a title shown as text?');
  expect(second).toContain('<div onclick="alert(1)">{alert(1)}</div>');
  expect(dialogs).toEqual([]);
});

test('the title, a section heading, a list item, a table cell and a code title keep their payloads as text', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  const question = pages.find((path) => path.startsWith('questions/what-does'));
  await page.goto(new URL(question ?? '', server.url).href);
  const main = page.locator('main');
  await expect(main.locator('h1')).toHaveText('What does <script>alert(1)</script> do with {alert(1)} and <Foo bar={1} />?');
  await expect(main.getByRole('heading', { name: '1. Setup <img src=x onerror=alert(1)>' })).toBeVisible();
  await expect(main.getByRole('heading', { name: 'A heading with <Foo bar={1} /> and {/* comments */}' })).toBeVisible();
  await expect(main.getByRole('listitem').filter({ hasText: 'A list item with <script>alert(1)</script>' })).toHaveCount(1);
  await expect(main.getByRole('cell', { name: '<img src=x onerror=alert(1)>' })).toHaveCount(1);
  await expect(main.getByRole('link', { name: '<script>alert(1)</script> as link text' })).toHaveAttribute(
    'href',
    'https://example.com/',
  );
  await expect(main.locator('pre').filter({ hasText: '// <script>alert(1)</script>.js' })).toHaveCount(1);
  expect(await page.title()).toContain('<script>alert(1)</script>');
  expect(dialogs).toEqual([]);
});

test('searching the payloads lists them as text and runs nothing', async ({ page }) => {
  const dialogs = forbidDialogs(page);
  await page.goto(server.url);
  await page.getByRole('searchbox', { name: 'Search questions' }).fill('alert');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('link').first()).toBeVisible();
  expect(await injected(page)).toEqual([]);
  expect(dialogs).toEqual([]);
});
