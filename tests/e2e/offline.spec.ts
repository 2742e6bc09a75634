// Offline reading in real Chromium with the service worker (project "offline"): save a topic, read and search it
// offline, the offline page for the rest, a new deploy picked up whole, and axe on what offline reading adds.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { writeOfflineFiles } from '../../src/integrations/offline.ts';
import { normalizeBase } from '../support/base-path.ts';
import { openWithWorker, saveForOffline } from './support/offline-worker.ts';
import { VIEWPORTS } from './support/pages.ts';
import { resultSlugs, searchBox, waitForResults } from './support/search-page.ts';
import { serveStatic } from './support/serve.ts';

const BASE = normalizeBase(process.env.BASE_PATH);
const TOPIC = 'topics/streams/';
const IN_TOPIC = 'questions/what-are-streams-in-nodejs-and-how-do-you-use-them/';
const NOT_SAVED = 'questions/how-do-you-implement-a-graphql-api-with-nodejs/';
// The topic's other question, renamed by the second deploy in the update test.
const RENAMED = 'questions/how-do-you-work-with-streams-in-nodejs/';
const RENAMED_TO = 'questions/working-with-streams-in-nodejs/';

/** axe-core's violations on the page as it is now, one line each. */
async function axeViolations(page: Page): Promise<string[]> {
  return (await new AxeBuilder({ page }).analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

test('a saved topic reads and searches offline; an unsaved page offline says so and lists what is saved', async ({
  page,
  context,
}) => {
  await openWithWorker(page, `./${TOPIC}`);
  const size = await saveForOffline(page);
  expect(size).toMatch(/MB|KB/);

  await context.setOffline(true);
  await page.goto(`./${IN_TOPIC}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Streams in Node.js');
  await page.goto(`./${TOPIC}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Streams');

  // Search runs on the saved index: the topic's own question is found without the network.
  await page.goto(`./${IN_TOPIC}`);
  await searchBox(page).fill('streams');
  await waitForResults(page, 'streams');
  expect(await resultSlugs(page)).toContain(IN_TOPIC.split('/')[1]);
  // With a filter, from a search URL: only the topic's questions.
  await page.goto(`./${IN_TOPIC}?q=streams&topic=streams`);
  await waitForResults(page, 'streams');
  const filtered = await resultSlugs(page);
  expect(filtered.length).toBeGreaterThan(0);
  for (const slug of filtered) expect([IN_TOPIC, RENAMED]).toContain(`questions/${slug}/`);

  await page.goto(`./${NOT_SAVED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
  const saved = page.locator('[data-saved-pages] a');
  await expect(saved.first()).toBeVisible();
  const hrefs = await saved.evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
  expect(hrefs).toEqual(expect.arrayContaining([`${BASE}${TOPIC}`, `${BASE}${IN_TOPIC}`]));
  expect(hrefs).not.toContain(`${BASE}${NOT_SAVED}`);
});

test('My list saves its own questions: they read offline, a question not on it does not', async ({ page, context }) => {
  const state = { version: 1, saved: [RENAMED.split('/')[1]], done: [] };
  await page.addInitScript((value) => localStorage.setItem('interview-bank:study:v1', value), JSON.stringify(state));
  await openWithWorker(page, './list/');
  await saveForOffline(page);
  await context.setOffline(true);
  await page.goto(`./${RENAMED}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('work with streams');
  await page.goto(`./${NOT_SAVED}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page is not saved on this device');
});

/**
 * What the second deploy changes in a copy of dist/: one saved question's heading, and the other question renamed (a
 * redirect page at its old URL, as the build writes one). Its file list and worker are left as they were.
 */
function changePages(second: string): void {
  const changed = join(second, IN_TOPIC, 'index.html');
  writeFileSync(changed, readFileSync(changed, 'utf8').replace(/(<h1[^>]*>)/, '$1Revised: '));
  renameSync(join(second, RENAMED), join(second, RENAMED_TO));
  mkdirSync(join(second, RENAMED));
  writeFileSync(
    join(second, RENAMED, 'index.html'),
    `<!doctype html><html lang="en"><head><meta http-equiv="refresh" content="0; url=${BASE}${RENAMED_TO}"><title>Moved</title></head></html>`,
  );
  const topicPage = join(second, TOPIC, 'index.html');
  writeFileSync(topicPage, readFileSync(topicPage, 'utf8').replaceAll(`${BASE}${RENAMED}`, `${BASE}${RENAMED_TO}`));
}

test('a deploy half uploaded (new pages, old worker and file list): nothing of it is saved, offline stays the old version', async ({
  page,
  context,
}) => {
  const first = mkdtempSync(join(tmpdir(), 'offline-v1-'));
  const half = mkdtempSync(join(tmpdir(), 'offline-half-'));
  cpSync('dist', first, { recursive: true });
  cpSync('dist', half, { recursive: true });
  changePages(half);
  let server = await serveStatic({ dir: first, base: BASE });
  try {
    await openWithWorker(page, `${server.url}${TOPIC}`);
    await saveForOffline(page);
    const before = await page.evaluate(() => caches.keys());

    await server.stop();
    server = await serveStatic({ dir: half, base: BASE, port: server.port });
    await page.goto(`${server.url}${IN_TOPIC}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Revised:');
    await page.goto(`${server.url}${TOPIC}`);
    await expect(page.locator('[data-offline-status]')).toContainText(/Available offline|to download/);

    await context.setOffline(true);
    expect(await page.evaluate(() => caches.keys())).toEqual(before);
    await page.goto(`${server.url}${IN_TOPIC}`);
    await expect(page.getByRole('heading', { level: 1 })).not.toContainText('Revised:');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Streams in Node.js');
  } finally {
    await server.stop();
    rmSync(first, { recursive: true, force: true });
    rmSync(half, { recursive: true, force: true });
  }
});

test('a new deploy served in place: the reader is told once, and the saved topic is the new version throughout', async ({
  page,
  context,
}) => {
  const first = mkdtempSync(join(tmpdir(), 'offline-v1-'));
  const second = mkdtempSync(join(tmpdir(), 'offline-v2-'));
  cpSync('dist', first, { recursive: true });
  cpSync('dist', second, { recursive: true });
  // The second deploy: its pages changed, then its file list and worker rebuilt as a build would.
  changePages(second);
  const v2 = writeOfflineFiles(second, BASE);
  let server = await serveStatic({ dir: first, base: BASE });
  try {
    await openWithWorker(page, `${server.url}${TOPIC}`);
    await saveForOffline(page);

    await server.stop();
    server = await serveStatic({ dir: second, base: BASE, port: server.port });
    // The first visit after the deploy finds the new worker; once it has taken over, only its cache is left.
    await page.goto(`${server.url}${TOPIC}`);
    const siteCaches = () =>
      page.evaluate(async () => (await caches.keys()).filter((name) => name.startsWith('interview-bank-offline:')));
    await expect.poll(siteCaches, { timeout: 60_000 }).toEqual([`interview-bank-offline:${BASE}:${v2.version}`]);
    await page.goto(`${server.url}${TOPIC}`);
    await expect(page.locator('[data-site-updated]')).toHaveCount(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(page.locator('[data-site-updated]')).toHaveCount(0);

    // The saved topic is the new deploy's, offline.
    await context.setOffline(true);
    await page.goto(`${server.url}${IN_TOPIC}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Revised:');
    // The renamed question's saved copy is reached from its old address, through the redirect.
    await page.goto(`${server.url}${RENAMED}`);
    await expect(page).toHaveURL(`${server.url}${RENAMED_TO}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('work with streams');
    await page.goto(`${server.url}${TOPIC}`);
    await expect(page.locator('[data-offline-status]')).toContainText('Available offline on this device');
  } finally {
    await server.stop();
    rmSync(first, { recursive: true, force: true });
    rmSync(second, { recursive: true, force: true });
  }
});

test('on a connection that hangs, a saved page is shown from the device instead of waiting for the network', async ({ page }) => {
  // Served with the site's _headers, as Netlify or Cloudflare Pages would: the worker works under the strict CSP header.
  const server = await serveStatic({ base: BASE, headers: true });
  // After the save, the site's address accepts connections and never answers, as on a train between stations.
  const sockets = new Set<Socket>();
  const hanging = createServer((socket) => sockets.add(socket));
  try {
    await openWithWorker(page, `${server.url}${TOPIC}`);
    await saveForOffline(page);
    await server.stop();
    await new Promise<void>((resolve) => hanging.listen(server.port, '127.0.0.1', resolve));
    await page.goto(`${server.url}${IN_TOPIC}`);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Streams in Node.js');
    expect(sockets.size).toBeGreaterThan(0);
  } finally {
    for (const socket of sockets) socket.destroy();
    hanging.close();
    await server.stop();
  }
});

test('Chromium finds the site installable: manifest, icons, start page and worker', async ({ page, context }) => {
  await openWithWorker(page, './');
  const session = await context.newCDPSession(page);
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
  // Playwright's contexts are incognito, where Chromium installs nothing: that one is the browser's, not the site's.
  expect(installabilityErrors.filter(({ errorId }) => errorId !== 'in-incognito')).toEqual([]);
  const { url, errors } = await session.send('Page.getAppManifest');
  expect(errors).toEqual([]);
  expect(new URL(url).pathname).toBe(`${BASE}manifest.webmanifest`);
});

for (const theme of ['light', 'dark'] as const) {
  for (const [width, viewport] of Object.entries(VIEWPORTS)) {
    test(`axe: the offline control and the offline page, ${theme} theme, ${width} (${viewport.width}px)`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme: theme });
      await page.addInitScript((choice) => localStorage.setItem('theme', choice), theme);
      const violations = () => axeViolations(page);
      await openWithWorker(page, `./${TOPIC}`);
      await expect(page.locator('[data-offline-status]')).toContainText('to download');
      expect(await violations()).toEqual([]);
      await saveForOffline(page);
      expect(await violations()).toEqual([]);
      await page.goto('./offline/');
      await expect(page.locator('[data-saved-pages] a').first()).toBeVisible();
      expect(await violations()).toEqual([]);
    });
  }
}
