/** Where old links go: redirect pages for the moved URLs of `content/permalinks.json`, and the source's old anchors. */
import { readFileSync } from 'node:fs';
import { questionPath } from './urls.ts';

/** A published question URL that moved: its old slug and the slug of the question it now lands on. */
export interface Redirect {
  from: string;
  to: string;
}

const QUESTION_URL = /^\/questions\/([a-z0-9-]+)\/$/;

/** The moved entries of a parsed manifest (which the normalizer has validated). */
export function redirectsIn(manifest: unknown): Redirect[] {
  if (!Array.isArray(manifest)) return [];
  return manifest.flatMap((entry: { slug?: unknown; movedTo?: unknown }) => {
    const to = typeof entry.movedTo === 'string' ? QUESTION_URL.exec(entry.movedTo)?.[1] : undefined;
    return typeof entry.slug === 'string' && to ? [{ from: entry.slug, to }] : [];
  });
}

/**
 * A sitemap filter that leaves out redirect pages. It reads the manifest on first use, which is after
 * the normalizer has rewritten it for this build.
 */
export function notARedirect(manifestFile: string): (page: string) => boolean {
  let moved: Set<string> | undefined;
  return (page) => {
    moved ??= new Set(redirectsIn(JSON.parse(readFileSync(manifestFile, 'utf8'))).map(({ from }) => `/questions/${from}/`));
    const path = new URL(page).pathname;
    return ![...moved].some((url) => path.endsWith(url));
  };
}

/**
 * Old anchors of the source document (`q4-what-are-streams-...`, from its table of contents and GitHub's
 * heading anchors) → the page of their question. When two questions claim one, the first keeps it.
 */
export function anchorTargets(questions: ReadonlyArray<{ slug: string; aliases: readonly string[] }>): Record<string, string> {
  const targets = new Map<string, string>();
  for (const { slug, aliases } of questions)
    for (const alias of aliases) if (!targets.has(alias)) targets.set(alias, questionPath(slug));
  return Object.fromEntries([...targets].sort(([a], [b]) => (a < b ? -1 : 1)));
}
