/** Astro integration: after the build, the web app manifest and its icons, drawn from the site's mark (favicon.svg). */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { appIconCached, readMark } from '../lib/app-icons.ts';
import { APP_FILES, appManifest } from '../lib/app-manifest.ts';
import { baseFolder } from '../lib/urls.ts';

/** Writes `manifest.webmanifest` and `icons/*.png` into `dist/`. */
export function appManifestFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'app-manifest',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = baseFolder(config.base);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const mark = readMark(readFileSync(join(outDir, 'favicon.svg'), 'utf8'));
        mkdirSync(join(outDir, 'icons'), { recursive: true });
        const manifest = appManifest(base);
        for (const icon of APP_FILES.icons)
          writeFileSync(join(outDir, icon.src), await appIconCached(mark, icon.size, icon.maskable));
        writeFileSync(join(outDir, APP_FILES.manifest), `${JSON.stringify(manifest, null, 2)}\n`);
        logger.info(`${APP_FILES.manifest} and ${APP_FILES.icons.length} icons`);
      },
    },
  };
}
