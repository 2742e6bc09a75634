/**
 * Astro integration: runs the normalizer before Astro reads the collections (and again when a source changes in dev),
 * and hands the build's helper process the pages' code blocks and social cards early, to work on beside Astro.
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { drawCardsEarly, highlightEarly, highlightPredicted, stopHelper } from '../lib/build-helper.ts';
import { cardsOfBuild } from '../lib/og-cards.ts';
import { fencedBlocks } from '../markdown/fenced-blocks.ts';
import type { NormalizeResult } from '../normalize/pipeline.ts';
import { defaultOptions, type RunOptions, runNormalizer, summarize } from '../normalize/run.ts';
import { logElapsed } from './bench-timings.ts';
import { exitBuild } from './exit-build.ts';

function normalizeOnce(options: RunOptions, logger: AstroIntegrationLogger): NormalizeResult | undefined {
  const { result, errors } = runNormalizer(options);
  if (errors.length > 0) {
    for (const line of errors) logger.error(line);
    return undefined;
  }
  logger.info(summarize(result, 0).split('\n')[0] ?? '');
  const warnings = result.report.filter((entry) => entry.severity === 'warning').length;
  if (warnings > 0) logger.warn(`${warnings} warning(s): run "npm run normalize" to read them`);
  return result;
}

/** Every code block of the pages just written; the ones guessed right are not highlighted twice. */
function codeBlocksOf(result: NormalizeResult) {
  return [...result.questions, ...result.banks].flatMap((page) => fencedBlocks(page.mdx));
}

/** The normalizer as the first step of `astro build` and `astro dev`. */
export function normalizeContent(): AstroIntegration {
  let options: RunOptions;
  return {
    name: 'normalize-content',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        const startedAt = performance.now();
        // Paths relative to where astro runs: messages read `content/bank.md:9: ...`, and records do not
        // depend on where the checkout lives, so two checkouts build the same bytes.
        const root = relative(process.cwd(), fileURLToPath(config.root)) || '.';
        // Only a build publishes: in dev, a half-typed title must not become a URL to keep forever.
        options = { ...defaultOptions(root), updatePermalinks: command === 'build' };
        // The helper highlights the blocks the pages will have on the other core while the normalizer runs here
        // (src/build.ts asked already, before Astro loaded: the same blocks are not asked twice).
        if (command === 'build') highlightPredicted(options.sources);
        const result = normalizeOnce(options, logger);
        logElapsed(logger, 'normalize', startedAt);
        // A build must not go on with stale pages; `<file>:<line>: <message>` above says why.
        if (!result && command === 'build') await exitBuild(1);
        if (result && command === 'build') {
          highlightEarly(codeBlocksOf(result));
          drawCardsEarly(
            cardsOfBuild(
              result.banks,
              result.questions.map((question) => question.record),
            ),
          );
        }
      },
      // Every page and image is written: the helper's memory goes back before Pagefind runs.
      'astro:build:generated': () => stopHelper(),
      'astro:server:setup': ({ server, logger }) => {
        const watched = new Set([...options.sources, options.overridesFile].map((file) => resolve(file)));
        server.watcher.add([...watched]);
        server.watcher.on('change', (file) => {
          if (watched.has(resolve(file))) normalizeOnce(options, logger);
        });
      },
    },
  };
}
