/** A question's social preview image, `og/<slug>.png`, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type OgCard, questionCard } from '../../lib/og-cards.ts';
import { renderOgImage } from '../../lib/og-image.ts';
import { getBanks, getQuestions, getTopics, topicNamed } from '../../lib/questions.ts';

export const getStaticPaths = (async () => {
  const [questions, topics, banks] = await Promise.all([getQuestions(), getTopics(), getBanks()]);
  return questions.map(({ data }) => {
    const bankTitle = banks.find((bank) => bank.id === data.bank)?.data.title ?? '';
    const card = questionCard(data, topicNamed(topics, data.topics[0] ?? '').name, bankTitle);
    return { params: { slug: data.slug }, props: { card } };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await renderOgImage(props.card), { headers: { 'Content-Type': 'image/png' } });
