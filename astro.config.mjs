// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, then a sitemap, then Pagefind. */
import { fileURLToPath } from 'node:url';
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { notARedirect } from './src/lib/redirects.ts';
import { CODE_THEMES, hastPlugins, shikiTransformers } from './src/markdown/pipeline.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [
    normalizeContent(),
    mdx(),
    // 404 is left out by the sitemap itself; redirect pages are the moved URLs of the manifest.
    sitemap({ filter: notARedirect(fileURLToPath(new URL('./content/permalinks.json', import.meta.url))) }),
    pagefindIndex(),
  ],
  markdown: {
    shikiConfig: { themes: { ...CODE_THEMES }, defaultColor: 'light', transformers: shikiTransformers },
    // Astro 7's Sätteri runs hast plugins, not rehype ones (`markdown.rehypePlugins` needs @astrojs/markdown-remark).
    processor: satteri({ hastPlugins }),
  },
  vite: { plugins: [tailwindcss()] },
});
