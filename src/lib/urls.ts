/** URLs inside the site, always under the configured base path. */

/** The base path as a folder, as the configuration may write it with or without its last slash: `/sub` → `/sub/`. */
export function baseFolder(base: string): string {
  return base.replace(/\/?$/, '/');
}

/** A path inside the site (`questions/x/`) prefixed with the base path, e.g. `/sub/questions/x/`. */
export function sitePath(path = ''): string {
  return `${baseFolder(import.meta.env.BASE_URL)}${path.replace(/^\//, '')}`;
}

/** The folder of the question pages, the only pages with an answer for search to index. */
export const QUESTIONS_FOLDER = 'questions';

/** The page of one question. */
export function questionPath(slug: string): string {
  return sitePath(`${QUESTIONS_FOLDER}/${slug}/`);
}

/** The page of one topic. */
export function topicPath(id: string): string {
  return sitePath(`topics/${id}/`);
}

/** The page of one difficulty level. */
export function difficultyPath(level: string): string {
  return sitePath(`difficulty/${level}/`);
}

/** The page of one bank, on a site of several banks. */
export function bankPath(id: string): string {
  return sitePath(`banks/${id}/`);
}
