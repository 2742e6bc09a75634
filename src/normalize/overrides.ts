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

/** One bank's choices: they apply to that bank's questions only, so a new bank can never pick them up. */
const bankOverridesSchema = z.strictObject({
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
  /** The question rule to use when detection guesses wrong. */
  questionShape: z.strictObject({ rule: z.enum(SHAPE_RULES), depth: z.number().int().min(1).max(6).optional() }).optional(),
});

const overridesSchema = z.strictObject({
  /** Published URLs that moved: old slug → new slug. URLs are the site's, not one bank's. */
  redirects: z.record(slug, slug).default({}),
  /** Choices per bank, by bank id (as `npm run normalize` reports it: usually the file name without `.md`). */
  banks: z.record(z.string().min(1), bankOverridesSchema).default({}),
});

export type Overrides = z.infer<typeof overridesSchema> & { file: string };

/** The choices one bank's passes see; `scope` is where they live in the file (`banks.<id>`), for messages. */
export type BankOverrides = z.infer<typeof bankOverridesSchema> & { file: string; scope: string };

// Keys that lived at the top before overrides were per bank: named in the error, so an editor knows where they went.
const PER_BANK_KEYS: ReadonlySet<string> = new Set(Object.keys(bankOverridesSchema.shape));

/** Overrides when there is no file: nothing overridden. */
export function emptyOverrides(file = 'content/overrides.yaml'): Overrides {
  return { ...overridesSchema.parse({}), file };
}

/** One bank's view of the overrides: its own block, or nothing overridden. */
export function overridesForBank(overrides: Overrides, bankId: string): BankOverrides {
  const own = overrides.banks[bankId] ?? bankOverridesSchema.parse({});
  return { ...own, file: overrides.file, scope: `banks.${bankId}` };
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
  const values = document.toJS() ?? {};
  const moved = typeof values === 'object' ? Object.keys(values).find((key) => PER_BANK_KEYS.has(key)) : undefined;
  if (moved) {
    const where = lineAt(keyOffset(document, [moved]));
    throw new NormalizeError(file, where, `${moved}: choices are per bank now; move this under banks.<bank id>.${moved}`);
  }
  const result = overridesSchema.safeParse(values);
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
