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
import {
  defaultOptions,
  formatEntry,
  publishManifest,
  type RunOptions,
  type RunOutcome,
  runNormalizer,
  summarize,
} from '../normalize/run.ts';
import { logElapsed } from './bench-timings.ts';
import { exitBuild } from './exit-build.ts';

// Enough to see what a new bank needs, few enough that a large messy bank does not bury the rest of the log.
const SHOWN_WARNINGS = 20;

function normalizeOnce(options: RunOptions, logger: AstroIntegrationLogger): RunOutcome | undefined {
  const outcome = runNormalizer(options);
  const { result, errors } = outcome;
  if (errors.length > 0) {
    for (const line of errors) logger.error(line);
    return undefined;
  }
  logger.info(summarize(result, 0).split('\n')[0] ?? '');
  const warnings = result.report.filter((entry) => entry.severity === 'warning');
  for (const entry of warnings.slice(0, SHOWN_WARNINGS)) logger.warn(formatEntry(entry));
  if (warnings.length > SHOWN_WARNINGS)
    logger.warn(`${warnings.length - SHOWN_WARNINGS} more warning(s): run "npm run normalize" to read them all`);
  return outcome;
}

/**
 * Writes `content/permalinks.json` once everything else is done: added at setup, it runs after every integration
 * of the config (Pagefind included), so a build that fails at any stage leaves the editors' manifest as it was.
 */
function publishPermalinks(file: string, manifest: string): AstroIntegration {
  return { name: 'publish-permalinks', hooks: { 'astro:build:done': () => publishManifest(file, manifest) } };
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
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        const startedAt = performance.now();
        // Paths relative to where astro runs: messages read `content/bank.md:9: ...`, and records do not
        // depend on where the checkout lives, so two checkouts build the same bytes.
        const root = relative(process.cwd(), fileURLToPath(config.root)) || '.';
        // Only a finished build publishes URLs (see publishPermalinks); in dev, a half-typed title must not become one.
        options = { ...defaultOptions(root), updatePermalinks: false };
        // The helper highlights the blocks the pages will have on the other core while the normalizer runs here
        // (src/build.ts asked already, before Astro loaded: the same blocks are not asked twice).
        if (command === 'build') highlightPredicted(options.sources);
        const outcome = normalizeOnce(options, logger);
        const result = outcome?.result;
        logElapsed(logger, 'normalize', startedAt);
        // A build must not go on with stale pages; `<file>:<line>: <message>` above says why.
        if (!result && command === 'build') await exitBuild(1);
        if (outcome?.manifest !== undefined && options.permalinksFile && command === 'build') {
          updateConfig({ integrations: [publishPermalinks(options.permalinksFile, outcome.manifest)] });
        }
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
