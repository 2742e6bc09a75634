/** Pass: gives each question a URL slug made from its title (or the overrides), unique across the banks. */
import GithubSlugger from 'github-slugger';
import type { DraftBank, PassContext } from './model.ts';
import type { Overrides } from './overrides.ts';
import { reporter } from './report.ts';

/** The slug of a title: GitHub's heading slug folded to ASCII, so it is the same on every platform. */
export function slugify(title: string): string {
  return new GithubSlugger()
    .slug(title.normalize('NFKD'))
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Slugs come from titles, not numbers, so renumbering the bank changes no URL. `taken` spans all banks. */
export function assignSlugs(bank: DraftBank, context: PassContext & { overrides: Overrides; taken: Set<string> }): DraftBank {
  const { fix, warn } = reporter('assign-slugs', context.report);
  const questions = bank.questions.map((question) => {
    const automatic = slugify(question.title) || `question-${question.number}`;
    const chosen = context.overrides.questions[automatic]?.slug ?? automatic;
    if (chosen !== automatic) fix(question.headingLine, `Q${question.number} uses the slug "${chosen}" from the overrides`);
    let slug = chosen;
    for (let suffix = 2; context.taken.has(slug); suffix++) slug = `${chosen}-${suffix}`;
    if (slug !== chosen)
      warn(
        question.headingLine,
        `Q${question.number} "${question.title}" has the same slug as an earlier question: it becomes "${slug}"`,
      );
    context.taken.add(slug);
    return { ...question, slug };
  });
  return { ...bank, questions };
}
