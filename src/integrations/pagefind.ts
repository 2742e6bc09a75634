/** Astro integration: indexes the built site with Pagefind's Node API, failing the build on any indexing error. */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { QUESTIONS_FOLDER } from '../lib/urls.ts';
import { logElapsed } from './bench-timings.ts';

/**
 * How the site is indexed. Only `data-pagefind-body` (the answer) is read; inside it, controls and
 * screen-reader-only labels are never answer text, even where a component forgets `data-pagefind-ignore`.
 */
export const PAGEFIND_CONFIG: Readonly<pagefind.PagefindServiceConfig> = {
  excludeSelectors: ['.sr-only', 'button'],
};

function assertNoErrors(step: string, response: { errors: string[] }): void {
  if (response.errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
}

/** Creates an index with the site's configuration, or throws with Pagefind's errors. */
export async function createSiteIndex(): Promise<pagefind.PagefindIndex> {
  const { index, errors } = await pagefind.createIndex({ ...PAGEFIND_CONFIG });
  assertNoErrors('createIndex', { errors });
  if (!index) throw new Error('Pagefind did not create an index');
  return index;
}

/** Writes `dist/pagefind/`; only elements marked `data-pagefind-body` (the answers) are indexed. */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const startedAt = performance.now();
        const outDir = fileURLToPath(dir);
        const index = await createSiteIndex();
        // Pagefind indexes no page without `data-pagefind-body` once one has it, but parses every page it is given:
        // only the question pages have an answer, and the rest (print views hold every answer again) is skipped unread.
        const added = await index.addDirectory({ path: outDir, glob: `${QUESTIONS_FOLDER}/**/*.html` });
        assertNoErrors('addDirectory', added);
        assertNoErrors('writeFiles', await index.writeFiles({ outputPath: join(outDir, 'pagefind') }));
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
        logElapsed(logger, 'pagefind', startedAt);
      },
    },
  };
}
