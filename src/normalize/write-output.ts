/** Writes the normalizer's pages and the images they show: all or nothing, each file atomically, stale files removed. */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASSETS_FOLDER } from './bank-assets.ts';
import type { NormalizeResult } from './pipeline.ts';

/**
 * This build's manifest of URLs, beside the pages: redirect pages and the sitemap read it, while
 * `content/permalinks.json` is rewritten only once the whole build has passed.
 */
const BUILD_MANIFEST = 'permalinks.json';

/** The files the normalizer owns under the output folder, by relative path. */
export function outputFiles(result: NormalizeResult): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const bank of result.banks) files.set(join('banks', `${bank.id}.mdx`), bank.mdx);
  for (const question of result.questions) files.set(join('questions', `${question.record.slug}.mdx`), question.mdx);
  for (const asset of result.assets) files.set(join(ASSETS_FOLDER, asset.name), asset.bytes);
  return files;
}

/** Writes only what changed, so `astro dev` reloads only the pages an edit touched; `manifest` is this build's URLs. */
export function writeOutput(
  outDir: string,
  result: NormalizeResult,
  manifest: string | undefined,
): { written: number; removed: number } {
  const files = outputFiles(result);
  if (manifest === undefined) rmSync(join(outDir, BUILD_MANIFEST), { force: true });
  else files.set(BUILD_MANIFEST, manifest);
  let written = 0;
  let removed = 0;
  for (const folder of ['banks', 'questions', ASSETS_FOLDER]) {
    mkdirSync(join(outDir, folder), { recursive: true });
    for (const name of readdirSync(join(outDir, folder))) {
      if (files.has(join(folder, name))) continue;
      rmSync(join(outDir, folder, name), { force: true });
      removed++;
    }
  }
  for (const [path, content] of files) {
    const target = join(outDir, path);
    const existing = readIfExists(target);
    if (existing?.equals(typeof content === 'string' ? Buffer.from(content) : content)) continue;
    writeFileSync(`${target}.tmp`, content);
    renameSync(`${target}.tmp`, target);
    written++;
  }
  return { written, removed };
}

function readIfExists(path: string): Buffer | undefined {
  try {
    return readFileSync(path);
  } catch {
    return undefined;
  }
}
