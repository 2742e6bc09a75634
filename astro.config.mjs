// @ts-check
/** Site configuration: the normalizer runs first, MDX pages are highlighted by Shiki, Pagefind indexes the result. */
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { normalizeContent } from './src/integrations/normalize-content.ts';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { CODE_THEMES, hastPlugins, shikiTransformers } from './src/markdown/pipeline.ts';

// Deploy anywhere: SITE_URL is the origin (for canonical links), BASE_PATH the sub-path the site lives under.
const site = process.env.SITE_URL ?? 'http://localhost:4321';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  integrations: [normalizeContent(), mdx(), pagefindIndex()],
  markdown: {
    shikiConfig: { themes: { ...CODE_THEMES }, defaultColor: 'light', transformers: shikiTransformers },
    // Astro 7's Sätteri runs hast plugins, not rehype ones (`markdown.rehypePlugins` needs @astrojs/markdown-remark).
    processor: satteri({ hastPlugins }),
  },
  vite: { plugins: [tailwindcss()] },
});
