/** What each social preview card says, and where its image lives; the drawing is in og-image.ts. */
import { DIFFICULTY_LEVELS } from './difficulty.ts';
import type { QuestionRecord, Topic } from './schema.ts';
import { topicNamed } from './topics.ts';

/** The site's name, as previews show it. */
export const SITE_NAME = 'Interview Bank';

/** Size every card is drawn at: the size OpenGraph and Twitter large cards expect. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The image of every page that is not a question, inside the site. */
export const OG_DEFAULT_IMAGE = 'og.png';

/** What a card shows: a heading, the site name, a line above the heading, and chips (difficulty word, topic). */
export interface OgCard {
  title: string;
  siteName: string;
  eyebrow?: string | undefined;
  /** The word shown and the level id that picks the chip's colour. */
  difficulty?: { word: string; level: string } | undefined;
  topic?: string | undefined;
}

/** The image of one question, inside the site. */
export function ogImagePath(slug: string): string {
  return `og/${slug}.png`;
}

/** A question's card: its title, the bank above it, its difficulty word and first topic below. */
export function questionCard(question: QuestionRecord, topicName: string, bankTitle: string): OgCard {
  const level = DIFFICULTY_LEVELS.find((candidate) => candidate.id === question.difficulty);
  const word = question.difficultyLabel ?? level?.label ?? 'Unrated';
  return {
    title: question.title,
    siteName: SITE_NAME,
    eyebrow: bankTitle,
    difficulty: { word, level: question.difficulty },
    topic: topicName,
  };
}

/** A question's card among the build's topics: the name of its first topic, and its bank's title. */
export function questionCardAmong(question: QuestionRecord, topics: readonly Topic[], bankTitle: string): OgCard {
  return questionCard(question, topicNamed(topics, question.topics[0] ?? '').name, bankTitle);
}

/** The default card: the banks' titles and how many questions they hold. */
export function siteCard(bankTitles: readonly string[], questionCount: number): OgCard {
  return {
    title: bankTitles.join(' · ') || SITE_NAME,
    siteName: SITE_NAME,
    eyebrow: `${questionCount} question${questionCount === 1 ? '' : 's'} with full answers and code`,
    topic: 'By topic and difficulty',
  };
}

/** The card in words, for `og:image:alt`. */
export function cardAlt(card: OgCard): string {
  return [card.title, card.eyebrow, card.difficulty?.word, card.topic, card.siteName].filter(Boolean).join(' · ');
}
