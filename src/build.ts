/**
 * `npm run build`: Astro's `astro build`, with the code blocks handed to the build's helper process first and
 * the allocator of Astro's native modules told to hand memory back.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { highlightPredicted } from './lib/build-helper.ts';
import { sourceFiles } from './normalize/sources.ts';

// Rolldown and Astro's other Rust modules allocate through mimalloc, which by default commits its arenas up
// front and keeps freed pages: at 10× the bank that held 200 MB no one used (1,262 MiB peak, 1,051 MiB without).
// mimalloc reads these once, when a module loads, so they are set before Astro loads any. A value already in
// the environment wins.
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
process.env.MIMALLOC_PURGE_DELAY ??= '0';

// Astro takes half a second to load before it reads our configuration: the helper spends it highlighting
// on the other core. No content folder, say: the integration reports that as the build's error.
try {
  highlightPredicted(sourceFiles('content'));
} catch {}

// Astro's own command line, with the arguments given to this script (`npm run build -- --verbose`).
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
process.argv = [process.argv[0] ?? 'node', astroBin, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astroBin).href);
