// Unit tests: the app icons are drawn from the site's mark, and the manifest stays inside the base path.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { readMark, renderAppIcon } from '../../src/lib/app-icons.ts';
import { APP_FILES, appManifest } from '../../src/lib/app-manifest.ts';
import { pngSize } from '../support/png.ts';

const FAVICON = readFileSync('public/favicon.svg', 'utf8');

describe('readMark', () => {
  test("reads the site's mark: its background, letter colour and letter", () => {
    expect(readMark(FAVICON)).toEqual({ background: '#3f6212', colour: '#fff', letter: 'Q' });
  });

  test('a mark of another shape fails with a message naming the file', () => {
    expect(() => readMark('<svg><circle r="3"/></svg>')).toThrow(/public\/favicon\.svg/);
  });
});

test.each([192, 512])('an icon of %i px is a square PNG of that size', async (size) => {
  const png = await renderAppIcon(readMark(FAVICON), size);
  expect(pngSize(png)).toEqual({ width: size, height: size });
});

describe('appManifest', () => {
  test.each(['/', '/sub/'])('under %s: start page, scope and icons are inside the base path', (base) => {
    const manifest = appManifest(base);
    expect(manifest.start_url).toBe(base);
    expect(manifest.scope).toBe(base);
    expect(manifest.icons.map((icon) => icon.src)).toEqual(APP_FILES.icons.map((icon) => `${base}${icon.src}`));
  });

  test('installable: a 192 px and a 512 px icon, one maskable, standalone display', () => {
    const manifest = appManifest('/');
    expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(manifest.display).toBe('standalone');
  });
});
