/** `robots.txt`: everything may be crawled; the sitemap's absolute URL comes from SITE_URL and BASE_PATH. */
import type { APIRoute } from 'astro';
import { sitePath } from '../lib/urls.ts';

export const GET: APIRoute = ({ site, url }) => {
  const sitemap = new URL(sitePath('sitemap-index.xml'), site ?? url);
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap.href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
};
