/** Astro integration: a build writes into a staging folder, and only a finished one replaces the output folder. */
import { cpSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * Astro empties its output folder when a build starts, so a build that fails halfway (a page that throws, Pagefind)
 * would leave half a site where the last good one was. Building into `.astro/staging/` and renaming it over `dist/`
 * at the end keeps the last good `dist/` until a new one is whole. Listed last, it runs after every other
 * integration's `astro:build:done` (sitemap, headers, Pagefind) has written into the staging folder.
 */
export function publishBuild(): AstroIntegration {
  let outDir: string | undefined;
  return {
    name: 'publish-build',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir);
        updateConfig({ outDir: new URL('./.astro/staging/', config.root) });
      },
      'astro:build:done': ({ dir }) => {
        if (!outDir) return;
        const staging = fileURLToPath(dir);
        rmSync(outDir, { recursive: true, force: true });
        try {
          renameSync(staging, outDir);
        } catch (error) {
          // An output folder on another file system (a mounted volume) cannot take a rename: copy instead.
          if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
          cpSync(staging, outDir, { recursive: true });
          rmSync(staging, { recursive: true, force: true });
        }
      },
    },
  };
}
