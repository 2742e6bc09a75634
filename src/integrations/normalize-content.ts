/** Astro integration: runs the normalizer before Astro reads the collections (and again when a source changes in dev). */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
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
import { buildStopped } from './build-error.ts';

// Enough to see what a new bank needs, few enough that a large messy bank does not bury the rest of the log.
const SHOWN_WARNINGS = 20;

/** The normalizer's outcome, or its `<file>:<line>: <message>` errors. */
function normalizeOnce(options: RunOptions, logger: AstroIntegrationLogger): RunOutcome | string[] {
  const outcome = runNormalizer(options);
  const { result, errors } = outcome;
  if (errors.length > 0) return errors;
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

const HINT =
  'Fix what each line names and build again: the normalizer wrote nothing, the pages of the last good build are unchanged.';

/** The normalizer as the first step of `astro build` and `astro dev`. */
export function normalizeContent(): AstroIntegration {
  let options: RunOptions;
  return {
    name: 'normalize-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger, updateConfig }) => {
        const startedAt = performance.now();
        // Paths relative to where astro runs: messages read `content/bank.md:9: ...`, and records do not
        // depend on where the checkout lives, so two checkouts build the same bytes.
        const root = relative(process.cwd(), fileURLToPath(config.root)) || '.';
        // Only a finished build publishes URLs (see publishPermalinks); in dev, a half-typed title must not become one.
        options = { ...defaultOptions(root), updatePermalinks: false };
        const outcome = normalizeOnce(options, logger);
        logElapsed(logger, 'normalize', startedAt);
        if (!Array.isArray(outcome)) {
          if (outcome.manifest !== undefined && options.permalinksFile && command === 'build') {
            updateConfig({ integrations: [publishPermalinks(options.permalinksFile, outcome.manifest)] });
          }
          return;
        }
        // A build must not go on with stale pages; the dev server keeps serving the last good ones.
        if (command === 'build') throw buildStopped(outcome, HINT);
        for (const line of outcome) logger.error(line);
      },
      'astro:server:setup': ({ server, logger }) => {
        const watched = new Set([...options.sources, options.overridesFile].map((file) => resolve(file)));
        server.watcher.add([...watched]);
        server.watcher.on('change', (file) => {
          if (!watched.has(resolve(file))) return;
          const result = normalizeOnce(options, logger);
          if (Array.isArray(result)) for (const line of result) logger.error(line);
        });
      },
    },
  };
}
