/** A question's social preview image, `og/<slug>.png`, drawn at build time. */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { OgCard } from '../../lib/og-cards.ts';
import { ogImageCached } from '../../lib/og-image.ts';
import { getQuestions, questionCardOf } from '../../lib/questions.ts';

export const getStaticPaths = (async () =>
  Promise.all(
    (await getQuestions()).map(async ({ data }) => ({
      params: { slug: data.slug },
      props: { card: await questionCardOf(data) },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(await ogImageCached(props.card), { headers: { 'Content-Type': 'image/png' } });
