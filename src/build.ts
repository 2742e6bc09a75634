/**
 * `npm run build`: Astro's `astro build`, with the allocator of its native modules told to hand memory back.
 * Rolldown and Astro's other Rust modules allocate through mimalloc, which by default commits its arenas up
 * front and keeps freed pages: at 10× the bank that held 200 MB no one used (1,262 MiB peak, 1,051 MiB without).
 * mimalloc reads these variables once, when a module loads, so they are set here, before Astro loads any.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

// Commit arena memory as pages are used, and return freed pages at once, not after a delay. A value already
// in the environment wins.
process.env.MIMALLOC_ARENA_EAGER_COMMIT ??= '0';
process.env.MIMALLOC_PURGE_DELAY ??= '0';

// Astro's own command line, with the arguments given to this script (`npm run build -- --verbose`).
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
process.argv = [process.argv[0] ?? 'node', astroBin, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astroBin).href);
