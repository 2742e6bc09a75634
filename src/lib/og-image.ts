/** Social preview images: a 1200×630 PNG card drawn with satori and rasterised by resvg, offline and byte-stable. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { bytesCodec, cached, cacheKey, packageVersion, sourceDigest } from './build-cache.ts';
import { OG_HEIGHT, OG_WIDTH, type OgCard } from './og-cards.ts';

// Light chips, same families as the site's difficulty badges.
const CHIP_COLOURS: Record<string, [background: string, text: string]> = {
  easy: ['#d1fae5', '#064e3b'],
  medium: ['#e0f2fe', '#0c4a6e'],
  hard: ['#fef3c7', '#78350f'],
  advanced: ['#ffedd5', '#7c2d12'],
  expert: ['#ffe4e6', '#881337'],
};
const NEUTRAL_CHIP: [string, string] = ['#f4f4f5', '#27272a'];
const BRAND = '#3f6212';

type Node = { type: string; props: { style?: Record<string, unknown>; children?: unknown } };
const h = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({ type, props: { style, children } });

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

/** Inter from @fontsource (WOFF: satori reads it, not WOFF2), Latin and Latin Extended, read once. */
export function interFonts() {
  if (fonts) return fonts;
  const require = createRequire(import.meta.url);
  const file = (name: string) => readFileSync(require.resolve(`@fontsource/inter/files/${name}`));
  fonts = ([400, 700] as const).flatMap((weight) =>
    ['latin', 'latin-ext'].map((subset) => ({
      name: 'Inter',
      data: file(`inter-${subset}-${weight}-normal.woff`),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** Title size by length, so the longest questions still fit in four lines. */
function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 80) return 58;
  if (title.length <= 110) return 50;
  return 42;
}

function chip(text: string, [background, colour]: [string, string]): Node {
  return h('div', { display: 'flex', padding: '10px 24px', borderRadius: 999, background, color: colour, fontWeight: 700 }, text);
}

function card(content: OgCard): Node {
  const chips = [
    content.difficulty && chip(content.difficulty.word, CHIP_COLOURS[content.difficulty.level] ?? NEUTRAL_CHIP),
    content.topic && h('div', { display: 'flex', color: '#52525b' }, content.topic),
  ].filter(Boolean);
  return h(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      background: '#ffffff',
      borderTop: `16px solid ${BRAND}`,
      padding: '56px 72px 60px',
      // Satori's boxes are content-box by default: the padding would push the chips off the card.
      boxSizing: 'border-box',
      fontFamily: 'Inter',
      color: '#18181b',
    },
    [
      h('div', { display: 'flex', alignItems: 'center', gap: 16, fontSize: 30, fontWeight: 700, color: BRAND }, [
        h('div', { width: 22, height: 22, borderRadius: 6, background: BRAND }),
        content.siteName,
      ]),
      content.eyebrow ? h('div', { display: 'flex', marginTop: 40, fontSize: 30, color: '#52525b' }, content.eyebrow) : null,
      h(
        'div',
        {
          display: 'flex',
          flexGrow: 1,
          alignItems: 'center',
          fontSize: titleSize(content.title),
          fontWeight: 700,
          lineHeight: 1.15,
          letterSpacing: '-0.02em',
        },
        content.title,
      ),
      h('div', { display: 'flex', alignItems: 'center', gap: 28, fontSize: 30 }, chips),
    ].filter(Boolean),
  );
}

/**
 * The card as PNG bytes; the same content always gives the same bytes. Rasterising runs on libuv's thread pool,
 * so with `build.concurrency` above 1 the next pages render meanwhile.
 */
export async function renderOgImage(content: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  const svg = await satori(card(content), { width: OG_WIDTH, height: OG_HEIGHT, fonts: interFonts() });
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(image.asPng());
}

/** The libraries that draw a picture (cards and app icons), and its font, by version: part of its cache key. */
export const drawnWith = (): string[] =>
  ['satori', '@resvg/resvg-js', '@fontsource/inter'].map((name) => `${name}@${packageVersion(name)}`);

/** What shapes every card besides its content: the libraries that draw it, its font, and this file. */
let shapedBy: string | undefined;
export const pngCodec = bytesCodec('png');

/** The card's PNG bytes as `renderOgImage` draws them, from the build cache when an earlier build drew them. */
export function ogImageCached(content: OgCard): Promise<Uint8Array<ArrayBuffer>> {
  shapedBy ??= cacheKey([...drawnWith(), sourceDigest(['src/lib/og-image.ts'])]);
  return cached('og-card', cacheKey([shapedBy, content]), pngCodec, () => renderOgImage(content));
}
