/** The code blocks the normalizer will write for a source, read without running it: what the build highlights first. */
import { type FencedBlock, fencedBlocks } from '../markdown/fenced-blocks.ts';
import { canonicalLanguage, metaWithTitle } from './code-blocks.ts';
import { decodeSource } from './decode-source.ts';
import { repairEncoding } from './repair-encoding.ts';

/**
 * The source's fenced blocks as the passes that touch code leave them: its text repaired (mis-decoded emoji are
 * common in code comments), languages canonical, titles from file-name comments. A guess, never a promise: a block
 * guessed wrong is highlighted for nothing, and the pages' own blocks are highlighted as always.
 */
export function predictCodeBlocks(bytes: Uint8Array, file: string): FencedBlock[] {
  let text: string;
  try {
    text = repairEncoding(decodeSource(bytes, file), []);
  } catch {
    // The normalizer reports an undecodable source, with its line; a guess has nothing to add.
    return [];
  }
  return fencedBlocks(text).map(({ code, lang, meta }) => ({
    code,
    lang: canonicalLanguage(lang),
    meta: metaWithTitle(meta, code) ?? undefined,
  }));
}
