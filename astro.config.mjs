// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, then a sitemap, CSP headers, Pagefind, the app manifest, the offline file list, and the finished site replaces dist/. */
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig, passthroughImageService } from 'astro/config';
import { appManifestFiles } from './src/integrations/app-manifest.ts';
import { cspConfig, cspHeaders } from './src/integrations/csp-headers.ts';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { offlineFiles } from './src/integrations/offline.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { publishBuild } from './src/integrations/publish-build.ts';
import { isOfflinePage } from './src/lib/offline.ts';
import { isPrintView } from './src/lib/print.ts';
import { notARedirect } from './src/lib/redirects.ts';
import { hastPlugins } from './src/markdown/pipeline.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Astro lets an environment variable BASE_URL (vitest sets one; so may a host) override
// import.meta.env.BASE_URL in page code, and every link would ignore BASE_PATH. The base is BASE_PATH's alone.
delete process.env.BASE_URL;

const notMoved = notARedirect(fileURLToPath(new URL('./src/content/permalinks.json', import.meta.url)));

// Caches live in the project, not in node_modules: checkouts and test fixture copies that link one
// node_modules would otherwise read each other's content store in the middle of a build.
const cacheDir = new URL('./.astro/cache/', import.meta.url);

export default defineConfig({
  site,
  base,
  cacheDir: fileURLToPath(cacheDir),
  trailingSlash: 'ignore',
  // Two pages at a time: while one social card is rasterised off the main thread, the next page renders.
  build: { concurrency: 2 },
  integrations: [
    normalizeContent(),
    mdx({ optimize: true }),
    // 404 is left out by the sitemap itself; redirect pages are the moved URLs of this build's manifest.
    // Print views stand for their sets' pages, so they are left out too, and so is the offline page.
    sitemap({ filter: (page) => notMoved(page) && !isPrintView(page, base) && !isOfflinePage(page, base) }),
    cspHeaders(),
    pagefindIndex(),
    appManifestFiles(),
    // After the others: the offline file list hashes every file they wrote, Pagefind's index included.
    offlineFiles(),
    // Last: a finished build replaces dist/ whole; a failed one leaves the last good dist/ as it was.
    publishBuild(),
  ],
  // Images a bank keeps beside it are published as they are (hashed names under the base path, sizes read for
  // width and height); the normalizer has already checked each is a PNG, JPEG, GIF, WebP or AVIF file.
  image: { service: passthroughImageService() },
  // A strict policy in every page's <meta>; the same, plus frame-ancestors, in dist/_headers.
  security: { csp: cspConfig() },
  markdown: {
    // Code is highlighted by our first hast pass (src/markdown/hast-highlight.ts): one tokenization for both themes.
    syntaxHighlight: false,
    // Astro 7's Sätteri runs hast plugins, not rehype ones (`markdown.rehypePlugins` needs @astrojs/markdown-remark).
    // Prose is shown as written: smart punctuation would curl the quotes of HTML shown as text and turn
    // a `--flag` written outside backticks into an en dash, which a reader then copies wrong.
    processor: satteri({ hastPlugins, features: { smartPunctuation: false } }),
  },
  vite: { plugins: [tailwindcss()], cacheDir: fileURLToPath(new URL('vite/', cacheDir)) },
});
