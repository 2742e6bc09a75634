/** BASE_PATH as the build reads it, for the tests and their servers: one rule for every way it can be written. */

/** "sub", "/sub", "sub/", "//sub//" → "/sub/"; unset, "" or "/" → "/". */
export function normalizeBase(raw: string | undefined): string {
  const segments = (raw ?? '').split('/').filter((segment) => segment !== '');
  return segments.length === 0 ? '/' : `/${segments.join('/')}/`;
}
