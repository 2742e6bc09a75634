/** The question and bank records: one zod schema shared by the normalizer and the content collections. */
import { z } from 'astro/zod';
import { DIFFICULTY_IDS } from './difficulty.ts';
import { SLUG_PATTERN } from './slug.ts';

const slug = z.string().regex(SLUG_PATTERN, 'a slug is lower-case words joined by hyphens');

/** One h2/h3 section of an answer, linkable by its id. */
export const sectionSchema = z.object({
  /** 2 for a section, 3 for a subsection. */
  depth: z.union([z.literal(2), z.literal(3)]),
  /** The heading text as shown. */
  text: z.string().min(1),
  /** The heading's anchor id (GitHub-style slug, unique on the page). */
  id: z.string().min(1),
});

/** One question of a bank, as the frontmatter of its MDX page. */
export const questionSchema = z.object({
  /** Position in the source bank, 1-based; shown, never used in URLs. */
  number: z.number().int().positive(),
  /** The question as asked, without its `Qn:` prefix. */
  title: z.string().min(1),
  /** URL segment made from the title (or the overrides), stable across renumbering. */
  slug,
  /** Id of the bank (source file name without extension) this question comes from. */
  bank: slug,
  /** Level on the ordered scale, or `unrated` when neither source nor overrides say. */
  difficulty: z.enum(DIFFICULTY_IDS),
  /** The word the source used (`Advanced`), or null when the level came from elsewhere. */
  difficultyLabel: z.string().nullable(),
  /** Topic ids, most specific first; at least one. */
  topics: z.array(slug).min(1),
  /** One sentence that says what the answer covers, plain text. */
  summary: z.string().min(1),
  /** The answer's linkable sections in page order. */
  sections: z.array(sectionSchema),
  /** Slugs of questions on a similar subject, most similar first. */
  related: z.array(slug),
  /** Anchors under which this question was linked before (table of contents, GitHub heading anchors). */
  aliases: z.array(z.string()),
  /** Estimated reading time in whole minutes, code included. */
  readingMinutes: z.number().int().positive(),
  /** Where the question came from, for editors. */
  source: z.object({ file: z.string(), startLine: z.number().int(), endLine: z.number().int() }),
});

/** One topic of the topic index. */
export const topicSchema = z.object({ id: slug, name: z.string().min(1) });

/** A whole bank: its title and the document text shown on the home page. */
export const bankSchema = z.object({
  /** The document's `#` title. */
  title: z.string().min(1),
  /** Source file, relative to the project. */
  file: z.string(),
  /** Every topic its questions use, in display order. */
  topics: z.array(topicSchema),
  /** The front matter's description, shown where the banks are listed. */
  description: z.string().optional(),
  /** The bank labels no question's difficulty: every question is `unrated`, and pages show no difficulty for it. */
  noDifficulty: z.literal(true).optional(),
});

export type QuestionRecord = z.infer<typeof questionSchema>;
export type BankRecord = z.infer<typeof bankSchema>;
export type Topic = z.infer<typeof topicSchema>;
export type Section = z.infer<typeof sectionSchema>;
