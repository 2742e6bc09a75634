/** Pass: records the anchors a question was reachable by in the source (TOC links, GitHub heading anchors). */
import GithubSlugger from 'github-slugger';
import type { DraftBank } from './model.ts';

/** GitHub's anchor for a heading's text, as the rendered source document had it. */
export function githubAnchor(text: string): string {
  return new GithubSlugger().slug(text);
}

/**
 * Adds each question's old anchors (without `#`) to its aliases, so links into the source document keep
 * working. One slugger runs over the headings in order, as GitHub's does, so a repeated heading gets `-1`.
 */
export function legacyAnchors(bank: DraftBank): DraftBank {
  const slugger = new GithubSlugger();
  const tocAnchors = Map.groupBy(
    bank.toc.filter((entry) => entry.anchor.startsWith('#')),
    (entry) => entry.number,
  );
  const questions = bank.questions.map((question) => {
    const fromToc = (tocAnchors.get(question.number) ?? []).map((entry) => entry.anchor.slice(1));
    const fromHeading = slugger.slug(question.headingText);
    const aliases = [...new Set([...question.aliases, fromHeading, ...fromToc])].sort();
    return { ...question, aliases };
  });
  return { ...bank, questions };
}
