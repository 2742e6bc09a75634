/** Pass: lists each answer's h2/h3 sections with the anchor ids the rendered page will give them. */
import GithubSlugger from 'github-slugger';
import { toString as plainText } from 'mdast-util-to-string';
import type { Section } from '../lib/schema.ts';
import type { DraftBank } from './model.ts';

/** Ids follow GitHub's slugger, the one Astro uses for heading ids, counted afresh on each page. */
export function collectSections(bank: DraftBank): DraftBank {
  const questions = bank.questions.map((question) => {
    const slugger = new GithubSlugger();
    const sections: Section[] = [];
    for (const block of question.blocks) {
      if (block.type !== 'heading') continue;
      const text = plainText(block).trim();
      // Slug every heading, as the page does, so later ids match; one whose text makes no id (`#### |`) cannot be linked.
      const id = slugger.slug(text);
      if (id && text) sections.push({ depth: block.depth === 2 ? 2 : 3, text, id });
    }
    return { ...question, sections };
  });
  return { ...bank, questions };
}
