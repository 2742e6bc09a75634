/**
 * `npm run build`: `astro build`, with the code highlighting worker started first. Astro takes half a second to
 * load before it reads our configuration; the second core spends it highlighting instead of waiting.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { highlightSources } from './markdown/highlight-sources.ts';
import { defaultOptions } from './normalize/run.ts';

try {
  highlightSources(defaultOptions().sources);
} catch {
  // No content folder, say: the integration reports it as the build's error, with the file to fix.
}
// Astro's own command line, with the arguments given to this script (`npm run build -- --verbose`).
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
process.argv = [process.argv[0] ?? 'node', astroBin, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astroBin).href);
