/** Pass: gives each question a URL slug made from its title (or the overrides), unique across the banks. */
import GithubSlugger from 'github-slugger';
import type { DraftBank, PassContext } from './model.ts';
import type { BankOverrides } from './overrides.ts';
import { questionUrl } from './permalinks.ts';
import { reporter } from './report.ts';

/** The slug of a title: GitHub's heading slug folded to ASCII, so it is the same on every platform. */
export function slugify(title: string): string {
  return new GithubSlugger()
    .slug(title.normalize('NFKD'))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What slug assignment knows of the other banks: slugs taken in this build, and published URLs' banks. */
export type SlugContext = PassContext & {
  overrides: BankOverrides;
  taken: Set<string>;
  owners: ReadonlyMap<string, string>;
};

/**
 * Slugs come from titles, not numbers, so renumbering the bank changes no URL. `taken` spans all banks; a slug
 * published for another bank's question (`owners`) is never taken from it, whichever bank is read first.
 */
export function assignSlugs(bank: DraftBank, context: SlugContext): DraftBank {
  const { fix, warn } = reporter('assign-slugs', context.report);
  const questions = bank.questions.map((question) => {
    const automatic = slugify(question.title) || `question-${question.number}`;
    const chosen = context.overrides.questions[automatic]?.slug ?? automatic;
    if (chosen !== automatic) fix(question.headingLine, `Q${question.number} uses the slug "${chosen}" from the overrides`);
    const ownedElsewhere = (candidate: string) => (context.owners.get(candidate) ?? bank.id) !== bank.id;
    let slug = chosen;
    for (let suffix = 2; context.taken.has(slug) || ownedElsewhere(slug); suffix++) slug = `${chosen}-${suffix}`;
    if (ownedElsewhere(chosen))
      warn(
        question.headingLine,
        `Q${question.number} "${question.title}": ${questionUrl(chosen)} is published for a question of the bank "${context.owners.get(chosen)}", so this one becomes "${slug}"`,
      );
    else if (slug !== chosen)
      warn(
        question.headingLine,
        `Q${question.number} "${question.title}" has the same slug as an earlier question: it becomes "${slug}"`,
      );
    context.taken.add(slug);
    return { ...question, slug };
  });
  return { ...bank, questions };
}
