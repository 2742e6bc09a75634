/** Crawls a built site on disk: every href, src, srcset and CSS url() resolved to a file, every #fragment to an id. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanTags } from '../../src/lib/html-scan.ts';
import { normalizeBase } from './base-path.ts';

/** One reference found in a page or stylesheet. */
export interface Reference {
  /** The file it is in, relative to the site folder. */
  from: string;
  /** Where in the file: `a[href]`, `img[srcset]`, `css url()`... */
  where: string;
  value: string;
}

/** What the crawl found: references by kind, and every broken one with the reason. */
export interface LinkReport {
  files: number;
  internal: Reference[];
  external: Reference[];
  broken: Array<Reference & { reason: string }>;
}

/** Where the site is served: its origin (SITE_URL) and base path, as at build time. */
export interface SiteLocation {
  site: string;
  base: string;
}

/** The location the site was built for, from SITE_URL and BASE_PATH as astro.config.mjs reads them. */
export function builtLocation(env: Record<string, string | undefined> = process.env): SiteLocation {
  return { site: new URL(env.SITE_URL ?? 'http://localhost:4321').origin, base: normalizeBase(env.BASE_PATH) };
}

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'poster', 'action', 'data']);
// Metadata that names a page or image of the site by absolute URL.
const URL_METAS = new Set(['og:url', 'og:image', 'twitter:image']);

/** Element ids (and `<a name>`) of a page: the fragments a link may point at. */
export function anchors(html: string): Set<string> {
  const ids = new Set<string>();
  for (const { name, attributes } of scanTags(html)) {
    const id = attributes.get('id') ?? (name === 'a' ? attributes.get('name') : undefined);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** The URL references of a page, each with where it was found. */
export function pageReferences(html: string, from: string): Reference[] {
  const found: Reference[] = [];
  for (const { name, attributes } of scanTags(html)) {
    for (const [key, value] of attributes) {
      if (!URL_ATTRIBUTES.has(key) || (key === 'data' && name !== 'object')) continue;
      const values = key === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of values.filter((candidate) => candidate !== ''))
        found.push({ from, where: `${name}[${key}]`, value: url });
    }
    const meta = attributes.get('property') ?? attributes.get('name');
    if (name === 'meta' && meta && URL_METAS.has(meta))
      found.push({ from, where: `meta[${meta}]`, value: attributes.get('content') ?? '' });
  }
  return found;
}

/** The `url(...)` references of a stylesheet. */
export function cssReferences(css: string, from: string): Reference[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)]
    .map((match) => match[1] ?? match[2] ?? match[3] ?? '')
    .filter((value) => value !== '')
    .map((value) => ({ from, where: 'css url()', value }));
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The URL a file is served at: `questions/x/index.html` → `<site><base>questions/x/`. */
function fileUrl(file: string, { site, base }: SiteLocation): URL {
  return new URL(`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, site);
}

/** Checks every reference of every HTML page and stylesheet under `dir`. */
export function checkLinks(dir: string, location: SiteLocation): LinkReport {
  const files = allFiles(dir);
  const present = new Set(files);
  const anchorCache = new Map<string, Set<string>>();
  const anchorsOf = (file: string) => {
    const ids = anchorCache.get(file) ?? anchors(readFileSync(join(dir, file), 'utf8'));
    anchorCache.set(file, ids);
    return ids;
  };
  const report: LinkReport = { files: 0, internal: [], external: [], broken: [] };
  for (const file of files.filter((name) => name.endsWith('.html') || name.endsWith('.css'))) {
    report.files++;
    const text = readFileSync(join(dir, file), 'utf8');
    const references = file.endsWith('.css') ? cssReferences(text, file) : pageReferences(text, file);
    for (const reference of references) {
      const problem = problemWith(reference, fileUrl(file, location), location, present, anchorsOf);
      if (problem === 'external') report.external.push(reference);
      else if (problem === 'data') continue;
      else {
        report.internal.push(reference);
        if (problem) report.broken.push({ ...reference, reason: problem });
      }
    }
  }
  return report;
}

/** Undefined when the reference resolves; 'external' or 'data' for what is not checked; else why it is broken. */
function problemWith(
  reference: Reference,
  from: URL,
  { site, base }: SiteLocation,
  present: Set<string>,
  anchorsOf: (file: string) => Set<string>,
): string | undefined {
  let url: URL;
  try {
    url = new URL(reference.value, from);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol === 'data:') return 'data';
  if (!['http:', 'https:'].includes(url.protocol))
    return ['mailto:', 'tel:'].includes(url.protocol) ? 'external' : `unsafe scheme ${url.protocol}`;
  if (url.origin !== site) return 'external';
  if (!url.pathname.startsWith(base)) return `outside the base path ${base}`;
  let local: string;
  try {
    local = decodeURIComponent(url.pathname.slice(base.length));
  } catch {
    return 'badly escaped path';
  }
  const target = [local === '' || local.endsWith('/') ? `${local}index.html` : local, `${local}/index.html`].find((file) =>
    present.has(file),
  );
  if (!target) return `no file for ${url.pathname}`;
  let fragment: string;
  try {
    fragment = decodeURIComponent(url.hash.slice(1));
  } catch {
    return 'badly escaped fragment';
  }
  if (fragment !== '' && target.endsWith('.html') && !anchorsOf(target).has(fragment)) return `no id "${fragment}" in ${target}`;
  return undefined;
}
