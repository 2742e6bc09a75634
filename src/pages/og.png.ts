/** The social preview image of every page that is not a question: the banks and their question count. */
import type { APIRoute } from 'astro';
import { siteCard } from '../lib/og-cards.ts';
import { ogImageCached } from '../lib/og-image.ts';
import { getBanks, getQuestions } from '../lib/questions.ts';

export const GET: APIRoute = async () => {
  const [banks, questions] = await Promise.all([getBanks(), getQuestions()]);
  const card = siteCard(
    banks.map((bank) => bank.data.title),
    questions.length,
  );
  return new Response(await ogImageCached(card), { headers: { 'Content-Type': 'image/png' } });
};
