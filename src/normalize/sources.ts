/** Which files are source banks: every `.md` file of the content folder, in name order. */
import { readdirSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

/** The source banks of `contentDir`; throws when the folder cannot be read. */
export function sourceFiles(contentDir: string): string[] {
  return readdirSync(contentDir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => join(contentDir, name));
}

/** A bank's id: its file name without the extension. Its URLs and its overrides (`banks.<id>`) are keyed by it. */
export function bankIdOf(file: string): string {
  return basename(file, extname(file));
}
