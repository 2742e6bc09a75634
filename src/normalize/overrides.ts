/** The editors' overrides file: its schema, and a loader whose errors name the file and line. */
import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { type Document, isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { DIFFICULTY_LEVELS, type DifficultyLevel } from '../lib/difficulty.ts';
import { SLUG_MESSAGE, SLUG_PATTERN } from '../lib/slug.ts';
import { SHAPE_RULES } from './question-shape.ts';
import { NormalizeError } from './report.ts';

const slug = z.string().regex(SLUG_PATTERN, SLUG_MESSAGE);
const level = z.enum(DIFFICULTY_LEVELS.map((entry) => entry.id) as [DifficultyLevel, ...DifficultyLevel[]]);

const overridesSchema = z.strictObject({
  /** Extra source words and the level each means, e.g. `intermediate: medium`. */
  difficultyWords: z.record(z.string(), level).default({}),
  /** The topic vocabulary, in display order: id → name and the title keywords that select it. */
  topics: z
    .record(slug, z.strictObject({ name: z.string().min(1), keywords: z.array(z.string().min(1)).default([]) }))
    .default({}),
  /** Per question, keyed by the slug its title gives: choices a rule cannot make. */
  questions: z
    .record(
      slug,
      z.strictObject({ difficulty: level.optional(), topics: z.array(slug).min(1).optional(), slug: slug.optional() }),
    )
    .default({}),
  /** Published URLs that moved: old slug → new slug. */
  redirects: z.record(slug, slug).default({}),
  /** The banks (by id) the topic vocabulary is for; absent: every bank. Other banks' topics are their own sections. */
  topicsFor: z.array(slug).min(1).optional(),
  /** Per bank file name (`README.md`): the question rule to use when detection guesses wrong. */
  questionShapes: z
    .record(z.string().min(1), z.strictObject({ rule: z.enum(SHAPE_RULES), depth: z.number().int().min(1).max(6).optional() }))
    .default({}),
});

export type Overrides = z.infer<typeof overridesSchema> & { file: string };

/** Overrides when there is no file: nothing overridden. */
export function emptyOverrides(file = 'content/overrides.yaml'): Overrides {
  return { ...overridesSchema.parse({}), file };
}

/** Parses and validates overrides text; any problem throws one NormalizeError at its line. */
export function parseOverrides(text: string, file: string): Overrides {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: true });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lineCounter.linePos(offset).line);
  const yamlError = document.errors[0];
  if (yamlError) {
    // The parser's first line ends "at line 5, column 1:", which the `<file>:<line>:` prefix already says.
    const message = (yamlError.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '') || 'invalid YAML';
    throw new NormalizeError(file, lineAt(yamlError.pos[0]), message);
  }
  const result = overridesSchema.safeParse(document.toJS() ?? {});
  if (result.success) return { ...result.data, file };
  const issue = result.error.issues[0];
  const path = [...(issue?.path.map(String) ?? []), ...(issue && 'keys' in issue ? issue.keys.slice(0, 1) : [])];
  const where = path.length > 0 ? `${path.join('.')}: ` : '';
  // A bad record key nests the reason one level down; show that reason, not "Invalid key in record".
  const reason = (issue && 'issues' in issue ? issue.issues[0]?.message : undefined) ?? issue?.message ?? 'invalid overrides';
  throw new NormalizeError(file, lineAt(keyOffset(document, path)), `${where}${reason}`);
}

/** Offset of the deepest key along `path` that exists, so an error points at the key an editor must change. */
function keyOffset(document: Document, path: string[]): number | undefined {
  let node: unknown = document.contents;
  let offset: number | undefined;
  for (const segment of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === segment);
    if (!pair || !isScalar(pair.key)) break;
    offset = pair.key.range?.[0];
    node = pair.value;
  }
  return offset;
}

/** The line of the deepest existing key along `path` in an overrides file (1 when unreadable), for errors found later. */
export function overridesKeyLine(file: string, path: string[]): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return 1;
  }
  const lineCounter = new LineCounter();
  const offset = keyOffset(parseDocument(text, { lineCounter }), path);
  return offset === undefined ? 1 : lineCounter.linePos(offset).line;
}

/** Reads the overrides file, or returns empty overrides when it does not exist. */
export function loadOverrides(file: string): Overrides {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return emptyOverrides(file);
  }
  return parseOverrides(text, file);
}
