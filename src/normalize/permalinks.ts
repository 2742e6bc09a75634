/** The manifest of published URLs (`content/permalinks.json`): a URL, once published, stays or redirects. */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import { SLUG_MESSAGE, SLUG_PATTERN } from '../lib/slug.ts';
import { type Overrides, overridesKeyLine } from './overrides.ts';
import type { FileReportEntry } from './pipeline.ts';
import { NormalizeError } from './report.ts';

/** One published URL: a question's page, or (with `movedTo`) a redirect page to where it went. */
export interface Permalink {
  /** The path inside the site, `/questions/<slug>/`, without the base path. */
  url: string;
  slug: string;
  /** The bank whose question the URL was published for; it keeps the URL whatever banks come beside it. */
  bank?: string | undefined;
  title: string;
  /** For a URL that moved: the question URL its redirect page points to. */
  movedTo?: string | undefined;
}

/** A manifest entry with the line it starts on, for messages. */
export type PublishedPermalink = Permalink & { line: number };

/** The site path of a question page, as the manifest writes it. */
export function questionUrl(slug: string): string {
  return `/questions/${slug}/`;
}

const slug = z.string().regex(SLUG_PATTERN, SLUG_MESSAGE);
const entrySchema = z
  .strictObject({
    url: z.string(),
    slug,
    bank: z.string().min(1).optional(),
    title: z.string().min(1),
    movedTo: z
      .string()
      .regex(/^\/questions\/[a-z0-9-]+\/$/, 'must be a /questions/<slug>/ URL')
      .optional(),
  })
  .refine((entry) => entry.url === questionUrl(entry.slug), { message: 'url must be /questions/<slug>/ of its slug' });

/** Parses manifest text; any problem throws one NormalizeError at its line. */
export function parseManifest(text: string, file: string): PublishedPermalink[] {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const yamlError = document.errors[0];
  if (yamlError) throw new NormalizeError(file, lineAt(yamlError.pos[0]), yamlError.message.split('\n')[0] ?? 'invalid JSON');
  const root = document.contents;
  if (!isSeq(root)) throw new NormalizeError(file, lineAt(root?.range?.[0]), 'the manifest must be a JSON array');
  const values = document.toJS() as unknown[];
  return root.items.map((item, index) => {
    // The `url` line is the one an editor looks for; the entry's first line when there is none.
    const urlNode = isMap(item) ? item.get('url', true) : undefined;
    const line = lineAt(urlNode?.range?.[0] ?? item?.range?.[0]);
    const result = entrySchema.safeParse(values[index]);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      throw new NormalizeError(file, line, `entry ${index + 1}: ${where}${issue?.message ?? 'invalid entry'}`);
    }
    return { ...result.data, line };
  });
}

/** Reads the manifest; a missing file means nothing is published yet. */
export function readManifest(file: string): PublishedPermalink[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return parseManifest(text, file);
}

/** The manifest as written: sorted by URL, two-space JSON, a final newline; the same input gives the same bytes. */
export function formatManifest(entries: readonly Permalink[]): string {
  const sorted = [...entries]
    .sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0))
    .map(({ url, slug, bank, title, movedTo }) =>
      movedTo === undefined ? { url, slug, bank, title } : { url, slug, bank, title, movedTo },
    );
  return `${JSON.stringify(sorted, null, 2)}\n`;
}

/** The next manifest, or the errors that stop the build. */
export interface PermalinkCheck {
  manifest: Permalink[];
  errors: FileReportEntry[];
}

/**
 * Checks that every published URL survives: still a question, or redirected by `overrides.redirects`
 * (chains are followed, so `a → b → c` lands on c). Returns the manifest to write when nothing is wrong.
 */
export function checkPermalinks(
  published: readonly PublishedPermalink[],
  questions: ReadonlyArray<{ slug: string; title: string; bank: string }>,
  overrides: Overrides,
  manifestFile: string,
): PermalinkCheck {
  const titles = new Map(questions.map((question) => [question.slug, question.title]));
  const banks = new Map(questions.map((question) => [question.slug, question.bank]));
  const errors: FileReportEntry[] = [];
  const error = (file: string, line: number, message: string) =>
    errors.push({ file, pass: 'permalinks', severity: 'error', line, message });
  const redirectError = (old: string, message: string) =>
    error(overrides.file, overridesKeyLine(overrides.file, ['redirects', old]), `redirects.${old}: ${message}`);

  const landing = new Map<string, string>();
  for (const [old, target] of Object.entries(overrides.redirects)) {
    if (titles.has(old)) {
      redirectError(old, `${questionUrl(old)} is a question's URL; remove this redirect`);
      continue;
    }
    const hops = [old];
    let next = target;
    while (!titles.has(next) && overrides.redirects[next] !== undefined && !hops.includes(next)) {
      hops.push(next);
      next = overrides.redirects[next] ?? next;
    }
    if (titles.has(next)) landing.set(old, next);
    else if (hops.includes(next)) redirectError(old, `the redirects go round in a loop: ${[...hops, next].join(' → ')}`);
    else redirectError(old, `redirects to "${target}", which is not the slug of any question`);
  }

  for (const entry of published) {
    if (titles.has(entry.slug) || entry.slug in overrides.redirects) continue;
    error(
      manifestFile,
      entry.line,
      `published URL ${entry.url} would disappear; add a redirect under redirects in ${overrides.file}`,
    );
  }

  const oldTitles = new Map(published.map((entry) => [entry.slug, entry.title]));
  const manifest: Permalink[] = [
    ...questions.map((question) => ({
      url: questionUrl(question.slug),
      slug: question.slug,
      bank: question.bank,
      title: question.title,
    })),
    ...[...landing].map(([old, target]) => ({
      url: questionUrl(old),
      slug: old,
      bank: banks.get(target),
      title: oldTitles.get(old) ?? titles.get(target) ?? target,
      movedTo: questionUrl(target),
    })),
  ];
  return { manifest: errors.length > 0 ? [] : manifest, errors };
}
