/** Reads Pagefind's output: each fragment (one indexed page: its text, anchors, filters, meta) decoded. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One indexed page as Pagefind stores it for results and excerpts. */
export interface Fragment {
  url: string;
  content: string;
  word_count: number;
  filters: Record<string, string[]>;
  meta: Record<string, string>;
  anchors: Array<{ element: string; id: string; text?: string; location: number }>;
}

// Pagefind files are gzip data starting with a 12-byte signature ("pagefind_dcd").
const SIGNATURE_LENGTH = 12;

/** Decodes a `.pf_fragment` file's bytes. */
export function decodeFragment(bytes: Uint8Array): Fragment {
  return JSON.parse(gunzipSync(bytes).subarray(SIGNATURE_LENGTH).toString('utf8')) as Fragment;
}

/** Every fragment in a written bundle (e.g. `dist/pagefind`). */
export function readFragments(bundle: string): Fragment[] {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).map((file) => decodeFragment(readFileSync(join(folder, file))));
}

/** The name of the fragment file (`<hash>.pf_fragment`) of the page whose URL ends in `path`, if indexed. */
export function fragmentFileOf(bundle: string, path: string): string | undefined {
  const folder = join(bundle, 'fragment');
  return readdirSync(folder).find((file) => decodeFragment(readFileSync(join(folder, file))).url.endsWith(path));
}
