/** Lighthouse on a built site: serves its `dist/` with the e2e static server and audits pages in Debian's Chromium. */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { launch } from 'chrome-launcher';
import lighthouse, { desktopConfig, type Flags } from 'lighthouse';
import { CHROMIUM_ARGS, findChromium } from '../e2e/support/browser.ts';

/** The four categories the issue asks for, in Lighthouse's report order. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];
export type Preset = 'mobile' | 'desktop';

/** The e2e tests' flags plus headless: the same browser setup measures what the tests check. */
const CHROMIUM_FLAGS = ['--headless', ...CHROMIUM_ARGS];

/** An audit that keeps a category under 100, with what it found. */
export interface FailingAudit {
  category: Category;
  id: string;
  title: string;
  score: number;
  /** Weight in its category; 0 means it is listed but does not move the score. */
  weight: number;
  displayValue: string | undefined;
  /** Up to five distinct things it points at: element snippets, selectors or URLs. */
  items: string[];
}

/** The scores (0–100) of one page under one preset, and the audits that cost points. */
export interface LighthouseResult {
  page: string;
  preset: Preset;
  scores: Record<Category, number>;
  failing: FailingAudit[];
  /** Cumulative layout shift while the page loads. */
  cls: number;
  /** Requests that blocked the first render (the one stylesheet, ideally). */
  renderBlocking: string[];
}

/** A free TCP port on 127.0.0.1, released before it is returned. */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (address === null || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

/** Starts `<root>/tests/e2e/support/static-server.ts`, which serves `<root>/dist/`; resolves once it listens. */
export async function serve(root: string): Promise<{ origin: string; server: ChildProcess }> {
  const port = await freePort();
  const script = join(root, 'tests', 'e2e', 'support', 'static-server.ts');
  const server = spawn(process.execPath, [script, String(port)], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let heard = '';
  for await (const chunk of server.stdout ?? []) {
    heard += String(chunk);
    if (heard.includes('serving')) break;
  }
  if (!heard.includes('serving')) throw new Error(`static server did not start: ${heard}`);
  return { origin: `http://127.0.0.1:${port}`, server };
}

// Tables and opportunities list items (lists nest tables); debug data and trees say nothing an editor can act on.
function itemsOf(details: unknown): string[] {
  const { type, items } = (details ?? {}) as { type?: string; items?: unknown };
  if (!Array.isArray(items) || !['table', 'opportunity', 'list'].includes(type ?? '')) return [];
  const texts = (items as Array<Record<string, unknown>>).flatMap((item) =>
    item.type === 'table' ? itemsOf(item) : [itemText(item)],
  );
  return [...new Set(texts.filter((text) => text !== ''))].slice(0, 5);
}

function itemText(item: Record<string, unknown>): string {
  const node = item.node as { snippet?: string; selector?: string; explanation?: string } | undefined;
  // For contrast and similar checks the explanation carries the figures (colours, ratio).
  const why = node?.explanation?.split('\n').find((line) => /contrast|color|size/i.test(line));
  const what = node?.snippet ?? node?.selector ?? item.url ?? item.source ?? item.label ?? '';
  const text = typeof what === 'string' ? what : JSON.stringify(what);
  return `${text.slice(0, 160)}${why ? ` — ${why.trim()}` : ''}`;
}

async function audit(url: string, preset: Preset, port: number): Promise<Omit<LighthouseResult, 'page'>> {
  const flags: Flags = { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] };
  const run = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = run.lhr;
  const scores = {} as Record<Category, number>;
  const failing: FailingAudit[] = [];
  for (const category of CATEGORIES) {
    const result = categories[category];
    scores[category] = Math.round((result?.score ?? 0) * 100);
    for (const ref of result?.auditRefs ?? []) {
      const found = audits[ref.id];
      if (!found || found.score === null || found.score >= 1) continue;
      if (found.scoreDisplayMode === 'informative' || found.scoreDisplayMode === 'manual') continue;
      failing.push({
        category,
        id: ref.id,
        title: found.title,
        score: found.score,
        weight: ref.weight,
        displayValue: found.displayValue,
        items: itemsOf(found.details),
      });
    }
  }
  const blocking = (audits['render-blocking-insight']?.details ?? {}) as { items?: Array<{ url?: unknown }> };
  const renderBlocking = (blocking.items ?? []).map((item) => String(item.url ?? '')).filter(Boolean);
  return { preset, scores, failing, cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN, renderBlocking };
}

/** Audits each of `pages` (paths under the site root, e.g. `/`) with the mobile and the desktop preset. */
export async function runLighthouse(
  root: string,
  pages: string[],
  chromePath = findChromium().executablePath,
): Promise<LighthouseResult[]> {
  const { origin, server } = await serve(root);
  const results: LighthouseResult[] = [];
  try {
    for (const page of pages) {
      for (const preset of ['mobile', 'desktop'] as const) {
        // A fresh browser per run, so no cache or service state carries from one audit to the next.
        const chrome = await launch({ chromePath, chromeFlags: CHROMIUM_FLAGS, logLevel: 'silent' });
        try {
          results.push({ page, ...(await audit(`${origin}${page}`, preset, chrome.port)) });
        } finally {
          chrome.kill();
        }
      }
    }
  } finally {
    server.kill('SIGTERM');
  }
  return results;
}
