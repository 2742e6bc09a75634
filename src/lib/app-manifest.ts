/** The web app manifest: what makes the site installable (name, start page, scope, colours, icons), under any base path. */
import { SITE_NAME } from './og-cards.ts';

/** The page colours, light and dark (the body's white and zinc-950): the manifest and the theme-color metas. */
export const THEME_COLOURS = { light: '#ffffff', dark: '#09090b' } as const;

/** Inside the site: the manifest and its icons (maskable: the platform cuts its own shape out of a full square). */
export const APP_FILES = {
  manifest: 'manifest.webmanifest',
  icons: [
    { src: 'icons/icon-192.png', size: 192, maskable: false },
    { src: 'icons/icon-512.png', size: 512, maskable: false },
    { src: 'icons/maskable-512.png', size: 512, maskable: true },
  ],
} as const;

/** The manifest of a site published under `base` (ending in a slash). */
export function appManifest(base: string) {
  return {
    name: SITE_NAME,
    short_name: SITE_NAME,
    description: 'Interview questions with full answers and code, to read anywhere.',
    id: base,
    start_url: base,
    scope: base,
    display: 'standalone',
    background_color: THEME_COLOURS.light,
    theme_color: THEME_COLOURS.light,
    icons: APP_FILES.icons.map(({ src, size, maskable }) => ({
      src: `${base}${src}`,
      sizes: `${size}x${size}`,
      type: 'image/png',
      purpose: maskable ? 'maskable' : 'any',
    })),
  };
}
