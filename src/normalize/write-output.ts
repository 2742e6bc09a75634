/** Writes the normalizer's pages: all or nothing, each file atomically, stale pages removed. */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { NormalizeResult } from './pipeline.ts';

/** The files the normalizer owns under the output folder, by relative path. */
export function outputFiles(result: NormalizeResult): Map<string, string> {
  const files = new Map<string, string>();
  for (const bank of result.banks) files.set(join('banks', `${bank.id}.mdx`), bank.mdx);
  for (const question of result.questions) files.set(join('questions', `${question.record.slug}.mdx`), question.mdx);
  return files;
}

/** Writes only what changed, so `astro dev` reloads only the pages an edit touched. */
export function writeOutput(outDir: string, result: NormalizeResult): { written: number; removed: number } {
  const files = outputFiles(result);
  let written = 0;
  let removed = 0;
  for (const folder of ['banks', 'questions']) {
    mkdirSync(join(outDir, folder), { recursive: true });
    for (const name of readdirSync(join(outDir, folder))) {
      if (files.has(join(folder, name))) continue;
      rmSync(join(outDir, folder, name), { force: true });
      removed++;
    }
  }
  for (const [path, content] of files) {
    const target = join(outDir, path);
    if (readIfExists(target) === content) continue;
    writeFileSync(`${target}.tmp`, content);
    renameSync(`${target}.tmp`, target);
    written++;
  }
  return { written, removed };
}

function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}
