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

/** A file's name without its extension: the bank's id when it names the bank (bank-id.ts makes the id from it). */
export function fileStemOf(file: string): string {
  return basename(file, extname(file));
}
