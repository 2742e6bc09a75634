// The Content-Security-Policy in Chromium: dist/ served with its _headers; every page kind, search, the theme
// switch and copy buttons work with zero policy violations and no console errors.
import { expect, type Page, test } from '@playwright/test';
import { directiveSources } from '../../src/lib/csp.ts';
import { type StaticServer, serveStatic } from './support/serve.ts';
import { sitePages } from './support/site-pages.ts';

declare global {
  interface Window {
    cspViolations: string[];
    injectedScriptRan?: boolean;
  }
}

let server: StaticServer;

test.beforeAll(async () => {
  server = await serveStatic({ headers: true, base: process.env.BASE_PATH });
});
test.afterAll(async () => {
  await server?.stop();
});

/** Records policy violations (in the page, before any of its scripts) and console errors. */
async function watch(page: Page): Promise<{ violations: () => Promise<string[]>; consoleErrors: string[] }> {
  await page.addInitScript(() => {
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  return { violations: () => page.evaluate(() => window.cspViolations), consoleErrors };
}

test('every page is served with a strict policy header, and carries it in a <meta> too', async ({ page }) => {
  for (const { kind, url } of await sitePages(page, server.url)) {
    const response = await page.goto(url);
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(directiveSources(policy, 'script-src'), kind).toContain("'self'");
    expect(directiveSources(policy, 'script-src'), kind).not.toContain("'unsafe-inline'");
    expect(directiveSources(policy, 'script-src'), kind).not.toContain("'unsafe-eval'");
    expect(directiveSources(policy, 'default-src'), kind).toEqual(["'self'"]);
    expect(directiveSources(policy, 'object-src'), kind).toEqual(["'none'"]);
    expect(directiveSources(policy, 'frame-ancestors'), kind).toEqual(["'none'"]);
    await expect(page.locator('meta[http-equiv="content-security-policy"]'), kind).toHaveCount(1);
  }
});

test('every page kind loads with zero violations and no console errors', async ({ page }) => {
  const pages = await sitePages(page, server.url);
  const { violations, consoleErrors } = await watch(page);
  for (const { kind, url } of pages) {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    expect(await violations(), kind).toEqual([]);
  }
  // The made-up URL's 404 status is logged as a console error by Chromium; nothing else may be.
  expect(consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
});

test('search works under the policy (Pagefind and its WebAssembly), with zero violations', async ({ page }) => {
  const { violations, consoleErrors } = await watch(page);
  await page.goto(server.url);
  await page.getByRole('searchbox', { name: 'Search questions' }).fill('stream');
  const results = page.getByRole('region', { name: 'Search results' }).getByRole('link');
  await expect(results.first()).toBeVisible();
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the theme switch and copy buttons work under the policy, with zero violations', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const { violations, consoleErrors } = await watch(page);
  const question = (await sitePages(page, server.url)).find((entry) => entry.kind === 'question page');
  await page.goto(question?.url ?? server.url);

  const toggle = page.locator('[data-theme-toggle]').first();
  await expect(toggle).toBeVisible();
  const before = await page.evaluate(() => document.documentElement.dataset.theme);
  await toggle.click();
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);

  const copy = page.getByRole('button', { name: /copy/i });
  if ((await copy.count()) > 0) {
    await copy.first().click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).not.toBe('');
  } else {
    test.info().annotations.push({ type: 'note', description: 'this build has no copy button' });
  }
  expect(await violations()).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test('the policy bites: a script injected at run time is blocked and reported', async ({ page }) => {
  const { violations } = await watch(page);
  await page.goto(server.url);
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedScriptRan = true;';
    document.head.append(script);
  });
  // Reported once per policy that blocks it: the header's and the <meta>'s.
  await expect.poll(async () => (await violations()).length).toBeGreaterThan(0);
  for (const violation of await violations()) expect(violation).toMatch(/^script-src(-elem)? blocked inline/);
  expect(await page.evaluate(() => window.injectedScriptRan)).toBeUndefined();
});
