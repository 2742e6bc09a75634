/** Images a bank links to: found beside the bank on disk, checked to be images, named by content, linked from pages. */
import { createHash } from 'node:crypto';
import { readFileSync, realpathSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { imageSize } from 'image-size';

/** A file published with the site: its name under the output's asset folder, and its bytes. */
export interface BankAsset {
  name: string;
  bytes: Uint8Array;
}

/** What looking up an image of a bank gives: the asset to publish, or why it cannot be. */
export type AssetLookup = { asset: BankAsset } | { problem: string };

/** Looks up a bank's image by the URL the bank wrote; how depends on where the bank lives. */
export type AssetReader = (bankFile: string, url: string) => AssetLookup;

/** Generated pages sit one folder below the output folder (`questions/`, `banks/`); their images in `assets/`. */
export const ASSETS_FOLDER = 'assets';

/** The URL a generated page uses for an asset: relative, so Astro's image pipeline publishes it under the base path. */
export function assetUrl(name: string): string {
  return `../${ASSETS_FOLDER}/${name}`;
}

// Formats a browser shows in <img> and Astro publishes as they are. SVG is left out on purpose: opened by its own
// URL, an SVG file runs its scripts with the site's origin.
const PUBLISHED_FORMATS: Readonly<Record<string, string>> = { png: 'png', jpg: 'jpg', gif: 'gif', webp: 'webp', heif: 'avif' };
const FORMAT_NAMES = 'PNG, JPEG, GIF, WebP or AVIF';
const MAX_BYTES = 10 * 1024 * 1024;

/** The published form of an image's bytes, or why they are not a publishable image. */
export function checkImage(bytes: Uint8Array, path: string): AssetLookup {
  if (/\.svgz?$/i.test(path))
    return { problem: `image ${path} is not published: an SVG file can run scripts; use ${FORMAT_NAMES}` };
  if (bytes.length > MAX_BYTES) return { problem: `image ${path} is larger than 10 MiB` };
  let format: string | undefined;
  try {
    const size = imageSize(bytes);
    format = size.width && size.height ? PUBLISHED_FORMATS[size.type ?? ''] : undefined;
  } catch {
    format = undefined;
  }
  if (!format) return { problem: `image ${path} is not a ${FORMAT_NAMES} image` };
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { asset: { name: `${hash}.${format}`, bytes } };
}

/** The path a relative image URL names, decoded, without query or fragment; undefined for one that is not a path. */
export function imagePath(url: string): string | undefined {
  const path = url.replace(/[?#].*$/s, '');
  if (path === '' || /^[a-z][a-z\d+.-]*:/i.test(path) || path.startsWith('//')) return undefined;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * Reads images from disk: a relative (or `/`-rooted) path from the bank's own folder, which it may not leave,
 * links included, so a bank can publish only files that sit beside it.
 */
export const readAssetFromDisk: AssetReader = (bankFile, url) => {
  const path = imagePath(url) ?? url;
  const folder = resolve(dirname(bankFile));
  const target = resolve(folder, `.${sep}${path.replace(/^\/+/, '')}`);
  const notFound = { problem: `image ${path} not found` };
  try {
    const real = realpathSync(target);
    const inside = relative(realpathSync(folder), real);
    if (inside.startsWith('..') || isAbsolute(inside) || !statSync(real).isFile()) return notFound;
    return checkImage(readFileSync(real), path);
  } catch {
    return notFound;
  }
};

/** A reader for tests and tools that publish no images: every image is missing. */
export const noImages: AssetReader = (_bankFile, url) => ({ problem: `image ${imagePath(url) ?? url} not found` });
