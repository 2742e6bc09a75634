/** Pass: gives each question a URL slug made from its title (or the overrides), unique across the banks. */
import GithubSlugger from 'github-slugger';
import type { DraftBank, PassContext } from './model.ts';
import type { BankOverrides } from './overrides.ts';
import { questionUrl } from './permalinks.ts';
import { reporter } from './report.ts';

const NON_LATIN_LETTER = /(?![\p{Script=Latin}])\p{L}/u;

/**
 * The slug of a title: GitHub's heading slug, folded to ASCII for Latin titles (`Überblick` → `uberblick`, as
 * before). A title in another script keeps its letters (`什么是闭包`, `что-такое-замыкание`), as GitHub's own
 * anchors do: readable, and the same for the same title on every platform, where a transliteration would need
 * a table per language and turn Chinese into pinyin no reader of the bank asked for.
 */
export function slugify(title: string): string {
  // NFKC first: `𝐀` (a styled letter of no script) is `A`, a Latin letter.
  const compatible = title.normalize('NFKC');
  const unicode = NON_LATIN_LETTER.test(compatible);
  return new GithubSlugger()
    .slug(unicode ? compatible : title.normalize('NFKD'))
    .replace(unicode ? /[^\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}-]/gu : /[^a-z0-9-]/g, '')
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
