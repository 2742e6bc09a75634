/** Golden files: a normalizer result as files (pages and report.json), read from or written to a checked-in folder. */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { NormalizeResult } from '../../src/normalize/pipeline.ts';
import { outputFiles } from '../../src/normalize/write-output.ts';

/** The files a result gives: its pages, and its report as JSON. */
export function resultFiles(result: NormalizeResult): Map<string, string | Uint8Array> {
  const files = outputFiles(result);
  files.set('report.json', `${JSON.stringify(result.report, null, 2)}\n`);
  return files;
}

/** The files under a golden folder, by relative path. */
export function goldenFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(path.slice(dir.length + 1), readFileSync(path, 'utf8'));
  }
  return files;
}

/** Replaces a golden folder with `files`: only when a run asks for it with UPDATE=1. */
export function writeGolden(dir: string, files: Map<string, string | Uint8Array>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}
