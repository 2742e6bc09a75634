/** Astro integration: runs the normalizer before Astro reads the collections (and again when a source changes in dev). */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { NormalizeResult } from '../normalize/pipeline.ts';
import { defaultOptions, type RunOptions, runNormalizer, summarize } from '../normalize/run.ts';
import { logElapsed } from './bench-timings.ts';
import { buildStopped } from './build-error.ts';

/** The normalizer's result, or its `<file>:<line>: <message>` errors. */
function normalizeOnce(options: RunOptions, logger: AstroIntegrationLogger): NormalizeResult | string[] {
  const { result, errors } = runNormalizer(options);
  if (errors.length > 0) return errors;
  logger.info(summarize(result, 0).split('\n')[0] ?? '');
  const warnings = result.report.filter((entry) => entry.severity === 'warning').length;
  if (warnings > 0) logger.warn(`${warnings} warning(s): run "npm run normalize" to read them`);
  return result;
}

const HINT =
  'Fix what each line names and build again: the normalizer wrote nothing, the pages of the last good build are unchanged.';

/** The normalizer as the first step of `astro build` and `astro dev`. */
export function normalizeContent(): AstroIntegration {
  let options: RunOptions;
  return {
    name: 'normalize-content',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        const startedAt = performance.now();
        // Paths relative to where astro runs: messages read `content/bank.md:9: ...`, and records do not
        // depend on where the checkout lives, so two checkouts build the same bytes.
        const root = relative(process.cwd(), fileURLToPath(config.root)) || '.';
        // Only a build publishes: in dev, a half-typed title must not become a URL to keep forever.
        options = { ...defaultOptions(root), updatePermalinks: command === 'build' };
        const result = normalizeOnce(options, logger);
        logElapsed(logger, 'normalize', startedAt);
        if (!Array.isArray(result)) return;
        // A build must not go on with stale pages; the dev server keeps serving the last good ones.
        if (command === 'build') throw buildStopped(result, HINT);
        for (const line of result) logger.error(line);
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
