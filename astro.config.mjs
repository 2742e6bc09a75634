// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, Pagefind indexes the result. */

import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { cspConfig, cspHeaders } from './src/integrations/csp-headers.ts';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';
// Astro lets an environment variable BASE_URL (vitest sets one; so may a host) override
// import.meta.env.BASE_URL in page code, and every link would ignore BASE_PATH. The base is BASE_PATH's alone.
delete process.env.BASE_URL;

// Caches live in the project, not in node_modules: checkouts and test fixture copies that link one
// node_modules would otherwise read each other's content store in the middle of a build.
const cacheDir = new URL('./.astro/cache/', import.meta.url);

export default defineConfig({
  site,
  base,
  cacheDir: fileURLToPath(cacheDir),
  trailingSlash: 'ignore',
  integrations: [normalizeContent(), mdx(), cspHeaders(), pagefindIndex()],
  // A strict policy in every page's <meta>; the same, plus frame-ancestors, in dist/_headers.
  security: { csp: cspConfig() },
  markdown: {
    // Prose is shown as written: smart punctuation would curl the quotes of HTML shown as text and turn
    // a `--flag` written outside backticks into an en dash, which a reader then copies wrong.
    smartypants: false,
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: 'light' },
  },
  vite: { plugins: [tailwindcss()], cacheDir: fileURLToPath(new URL('vite/', cacheDir)) },
});
