// Build test: dist/ has the web app manifest and its icons, and every page links the manifest under the base path.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { APP_FILES } from '../../src/lib/app-manifest.ts';
import { normalizeBase } from '../support/base-path.ts';
import { pngSize } from '../support/png.ts';

const DIST = 'dist';
const BASE = normalizeBase(process.env.BASE_PATH);

test('the manifest names the site and points at icons that exist at their stated sizes', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, APP_FILES.manifest), 'utf8'));
  expect(manifest.name).toBe('Interview Bank');
  expect(manifest.start_url).toBe(BASE);
  for (const icon of manifest.icons) {
    const size = Number(icon.sizes.split('x')[0]);
    const png = readFileSync(join(DIST, icon.src.slice(BASE.length)));
    expect(pngSize(png), icon.src).toEqual({ width: size, height: size });
  }
});

test.each(['index.html', 'topics/index.html', 'list/index.html'])(
  '%s links the manifest and light and dark theme colours',
  (page) => {
    const html = readFileSync(join(DIST, page), 'utf8');
    expect(html).toContain(`<link rel="manifest" href="${BASE}${APP_FILES.manifest}"`);
    expect(html).toMatch(/<meta name="theme-color" content="#ffffff" media="\(prefers-color-scheme: light\)"/);
    expect(html).toMatch(/<meta name="theme-color" content="#09090b" media="\(prefers-color-scheme: dark\)"/);
  },
);
