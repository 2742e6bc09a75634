/** What one built page costs before search is opened: its HTML, the CSS it links and the JavaScript it loads, gzip -9. */
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One file (or inline script) and its gzip -9 size. */
export interface WeighedFile {
  /** Path under `dist/` (`/_astro/x.js`), or `inline #n` for the n-th inline script. */
  name: string;
  gzipBytes: number;
}

/** The figures of one page; each total is the sum of its files. */
export interface PageWeight {
  page: string;
  htmlGzipBytes: number;
  css: WeighedFile[];
  cssGzipBytes: number;
  js: WeighedFile[];
  jsGzipBytes: number;
}

/** gzip -9 size of `bytes`. */
export function gzipSize(bytes: string | Uint8Array): number {
  return gzipSync(bytes, { level: 9 }).length;
}

// Astro writes its tags in one fixed form, so attribute patterns suffice for our own built pages.
const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
// A stylesheet for print only (media="print") does not hold up a screen's first paint, so it is not weighed.
const STYLESHEET = /<link\b(?=[^>]*\brel=["']?stylesheet\b)(?![^>]*\bmedia=["']?print\b)[^>]*\bhref=["']?([^"'\s>]+)/gi;
const MODULEPRELOAD = /<link\b(?=[^>]*\brel=["']?modulepreload\b)[^>]*\bhref=["']?([^"'\s>]+)/gi;
const SRC = /\bsrc=["']?([^"'\s>]+)/i;
// Static `import … from "x"`, `import "x"` and `export … from "x"`; `import("x")` (loaded on use) has a parenthesis.
const STATIC_IMPORT = /(?:^|[;\s}])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** Static imports of a module's source text, as written. */
export function staticImports(source: string): string[] {
  return [...source.matchAll(STATIC_IMPORT)].map((match) => match[1] ?? '');
}

/** Resolves `href` (absolute under `base`, or relative to `from`, a path under `dist/`) to a path under `dist/`. */
function resolveHref(href: string, from: string, base: string): string | undefined {
  if (/^[a-z]+:|^\/\//i.test(href)) return undefined;
  const path = href.split(/[?#]/)[0] ?? '';
  if (path.startsWith('/')) return path.startsWith(base) ? `/${path.slice(base.length)}` : undefined;
  return posix.join(posix.dirname(from), path);
}

/**
 * Weighs `page` (a path under `dist`, e.g. `/questions/x/index.html`): its HTML; every linked stylesheet but print ones;
 * every inline script, `<script src>` and modulepreload, with what each imports statically. Modules it imports
 * with `import()` (search, on first use) are left out. `base` is the site's base path.
 */
export function pageWeight(dist: string, page: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, page), 'utf8');
  const css = [...html.matchAll(STYLESHEET)].flatMap(([, href]) => {
    const path = resolveHref(href ?? '', page, base);
    return path && existsSync(join(dist, path)) ? [{ name: path, gzipBytes: gzipSize(readFileSync(join(dist, path))) }] : [];
  });
  const js: WeighedFile[] = [];
  const seen = new Set<string>();
  const visit = (path: string) => {
    if (seen.has(path) || !existsSync(join(dist, path))) return;
    seen.add(path);
    const source = readFileSync(join(dist, path), 'utf8');
    js.push({ name: path, gzipBytes: gzipSize(source) });
    for (const specifier of staticImports(source)) {
      const target = resolveHref(specifier, path, base);
      if (target) visit(target);
    }
  };
  for (const [, href] of html.matchAll(MODULEPRELOAD)) {
    const path = resolveHref(href ?? '', page, base);
    if (path) visit(path);
  }
  let inline = 0;
  for (const [, attributes = '', body = ''] of html.matchAll(SCRIPT)) {
    if (/\btype=["']?(application\/(ld\+)?json|importmap)/i.test(attributes)) continue;
    const src = SRC.exec(attributes)?.[1];
    if (src) {
      const path = resolveHref(src, page, base);
      if (path) visit(path);
    } else if (body.trim() !== '') {
      js.push({ name: `inline #${++inline}`, gzipBytes: gzipSize(body) });
      for (const specifier of staticImports(body)) {
        const target = resolveHref(specifier, page, base);
        if (target) visit(target);
      }
    }
  }
  const sum = (files: WeighedFile[]) => files.reduce((total, file) => total + file.gzipBytes, 0);
  return { page, htmlGzipBytes: gzipSize(html), css, cssGzipBytes: sum(css), js, jsGzipBytes: sum(js) };
}

/** The figures of a page as lines, largest file first, for test output and the bench. */
export function describeWeight(weight: PageWeight): string {
  const list = (files: WeighedFile[]) =>
    [...files].sort((a, b) => b.gzipBytes - a.gzipBytes).map((file) => `    ${file.gzipBytes} B  ${file.name}`);
  return [
    `${weight.page}`,
    `  HTML ${weight.htmlGzipBytes} B gzip`,
    `  CSS ${weight.cssGzipBytes} B gzip in ${weight.css.length} file(s)`,
    ...list(weight.css),
    `  JS before search ${weight.jsGzipBytes} B gzip in ${weight.js.length} script(s)`,
    ...list(weight.js),
  ].join('\n');
}

/** The `dist/` path of a page URL path: `/questions/x/` → `/questions/x/index.html`. */
export function pageFile(urlPath: string): string {
  return urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
}
