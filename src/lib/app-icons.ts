/** App icons for the web app manifest, drawn at build time from the site's mark (public/favicon.svg): its colour and letter. */
import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cached, cacheKey, sourceDigest } from './build-cache.ts';
import { drawnWith, interFonts, pngCodec } from './og-image.ts';

/** What the mark is made of: a rounded square of one colour, a letter in another. */
export interface Mark {
  background: string;
  colour: string;
  letter: string;
}

/** Reads the mark's colours and letter from its SVG; fails with a clear message when the file has another shape. */
export function readMark(svg: string): Mark {
  const background = /<rect\b[^>]*\bfill="([^"]+)"/.exec(svg)?.[1];
  const text = /<text\b[^>]*\bfill="([^"]+)"[^>]*>([^<]*)<\/text>/.exec(svg);
  const letter = text?.[2]?.trim();
  if (!background || !text?.[1] || !letter) {
    throw new Error('public/favicon.svg: the app icons need a <rect fill="…"> and a <text fill="…"> with the mark\'s letter');
  }
  return { background, colour: text[1], letter };
}

/**
 * The mark as a square PNG of `size` pixels. `maskable` fills the square (the platform cuts its own shape) and keeps
 * the letter inside the middle 80%, the safe zone; otherwise the corners are rounded like the favicon's.
 */
export async function renderAppIcon(mark: Mark, size: number, maskable = false): Promise<Uint8Array> {
  const node = {
    type: 'div',
    props: {
      style: {
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: maskable ? 0 : size * (6 / 32),
        background: mark.background,
        color: mark.colour,
        fontFamily: 'Inter',
        fontWeight: 700,
        fontSize: size * (maskable ? 0.4 : 0.5),
      },
      children: mark.letter,
    },
  };
  const svg = await satori(node, { width: size, height: size, fonts: interFonts() });
  const image = await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } });
  return new Uint8Array(image.asPng());
}

/** What shapes every icon besides its mark, size and kind: the libraries that draw it, its font, and this file. */
let shapedBy: string | undefined;

/** The icon's PNG bytes as `renderAppIcon` draws them, from the build cache when an earlier build drew them. */
export function appIconCached(mark: Mark, size: number, maskable = false): Promise<Uint8Array> {
  shapedBy ??= cacheKey([...drawnWith(), sourceDigest(['src/lib/app-icons.ts'])]);
  return cached('app-icon', cacheKey([shapedBy, mark, size, maskable]), pngCodec, () => renderAppIcon(mark, size, maskable));
}
