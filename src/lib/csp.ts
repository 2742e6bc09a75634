/** The site's Content-Security-Policy: its fixed directives, script hashes, and reading policies and scripts out of HTML. */
import { createHash } from 'node:crypto';
import { type StartTag, scanTags } from './html-scan.ts';

/** A page's HTML, or its start tags as `scanTags` read them (a caller that asks several questions scans once). */
type Page = string | readonly StartTag[];

const tagsOf = (page: Page): readonly StartTag[] => (typeof page === 'string' ? scanTags(page) : page);

/**
 * Directives for every page, besides `script-src` and `style-src` (which Astro writes with its hashes).
 * Each can also go in a `<meta>`; `frame-ancestors` cannot, so it is only in the HTTP header.
 */
export const META_DIRECTIVES = [
  "default-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** Directives only an HTTP header can carry (a browser ignores them in a `<meta>`, with a console error). */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * `script-src` sources besides the hashes. Pagefind reads its index with WebAssembly, and under a CSP
 * `WebAssembly.instantiate` needs `'wasm-unsafe-eval'` (without it Chromium refuses to compile the module
 * and search finds nothing). It allows compiling wasm only: not `eval`, not inline scripts.
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * `style-src` sources. Code is coloured by classes, but a token whose theme rule sets a background (diff lines)
 * or a decoration no class expresses keeps an inline `style` attribute (shiki-token-classes.ts), which hashes
 * cannot allow.
 */
export const STYLE_SOURCES = ["'self'", "'unsafe-inline'"] as const;

/** The CSP source expression for an inline script's exact text, e.g. `sha256-abc=`. */
export function scriptHash(text: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/** The text of each inline (no `src`) JavaScript `<script>` of a page, exactly as the browser hashes it. */
export function inlineScripts(page: Page): string[] {
  return tagsOf(page)
    .filter(({ name, attributes }) => name === 'script' && !attributes.has('src'))
    .filter(({ attributes }) => {
      const type = attributes.get('type')?.trim().toLowerCase();
      return type === undefined || type === '' || type === 'module' || type.includes('javascript');
    })
    .map((tag) => tag.text ?? '');
}

/** The policy of a page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaPolicy(page: Page): string | undefined {
  const meta = tagsOf(page).find(
    ({ name, attributes }) => name === 'meta' && attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy',
  );
  return meta?.attributes.get('content');
}

/** The sources of one directive of a policy (`script-src` → `['self', 'sha256-…']`), or undefined when absent. */
export function directiveSources(policy: string, name: string): string[] | undefined {
  for (const directive of policy.split(';')) {
    const [directiveName, ...sources] = directive.trim().split(/\s+/);
    if (directiveName?.toLowerCase() === name) return sources;
  }
  return undefined;
}
