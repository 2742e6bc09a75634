/** Astro integration: the CSP settings for `security.csp`, and after the build a check of every page and `dist/_headers`. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroUserConfig } from 'astro';
import {
  directiveSources,
  HEADER_ONLY_DIRECTIVES,
  inlineScripts,
  META_DIRECTIVES,
  metaPolicy,
  SCRIPT_SOURCES,
  STYLE_SOURCES,
  scriptHash,
} from '../lib/csp.ts';
import { formatHeadersFile } from '../lib/headers-file.ts';
import { scanTags } from '../lib/html-scan.ts';
import { buildStopped } from './build-error.ts';

// Files of src/scripts/ that pages inline as written (`is:inline`): Astro cannot hash them, so their hashes are added here.
const INLINE_SCRIPT_FILES = ['theme-init.js', 'legacy-anchors.js', 'follow-redirect.js'];

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

/** `security.csp` for astro.config: Astro hashes its own scripts into each page's `<meta>`; ours are added by hash. */
export function cspConfig(): CspConfig {
  const hashes = INLINE_SCRIPT_FILES.map((name) =>
    scriptHash(readFileSync(new URL(`../scripts/${name}`, import.meta.url), 'utf8')),
  );
  return {
    algorithm: 'SHA-256',
    directives: [...META_DIRECTIVES],
    scriptDirective: { resources: [...SCRIPT_SOURCES], hashes },
    styleDirective: { resources: [...STYLE_SOURCES] },
  };
}

/** The header policy: the meta directives, `frame-ancestors`, and every inline script hash of the site. */
export function headerPolicy(hashes: Iterable<string>): string {
  const scripts = [...SCRIPT_SOURCES, ...[...new Set(hashes)].sort().map((hash) => `'${hash}'`)];
  return [
    ...META_DIRECTIVES,
    ...HEADER_ONLY_DIRECTIVES,
    `script-src ${scripts.join(' ')}`,
    `style-src ${STYLE_SOURCES.join(' ')}`,
  ].join('; ');
}

/** The tags the check reads: a page's policy and its scripts (a page holds thousands of others). */
const POLICY_TAGS: ReadonlySet<string> = new Set(['meta', 'script']);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Fails the build when a page has an inline script its own policy does not allow (it would not run), and
 * writes `dist/_headers` for hosts that read it (Netlify, Cloudflare Pages). Hashes come only from the
 * scripts listed above and Astro's own, never from what a page happens to contain: an injected script
 * must stay blocked.
 */
export function cspHeaders(): AstroIntegration {
  return {
    name: 'csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const hashes = new Set<string>();
        const problems: string[] = [];
        for (const file of htmlFiles(outDir)) {
          const tags = scanTags(readFileSync(file, 'utf8'), POLICY_TAGS);
          const allowed = directiveSources(metaPolicy(tags) ?? '', 'script-src') ?? [];
          for (const hash of inlineScripts(tags).map(scriptHash)) {
            if (allowed.includes(`'${hash}'`)) hashes.add(hash);
            else problems.push(`${relative(outDir, file)}: an inline script (${hash}) is not allowed by the page's CSP`);
          }
        }
        if (problems.length > 0) {
          throw buildStopped(
            problems,
            'Add the script to INLINE_SCRIPT_FILES in src/integrations/csp-headers.ts, or let Astro process it.',
          );
        }
        const headers = { 'Content-Security-Policy': headerPolicy(hashes), 'X-Content-Type-Options': 'nosniff' };
        writeFileSync(join(outDir, '_headers'), formatHeadersFile([{ path: '/*', headers }]));
        logger.info(`_headers: Content-Security-Policy with ${hashes.size} inline script hash(es)`);
      },
    },
  };
}
