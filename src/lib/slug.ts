/** What a slug is (a question's URL part, a bank's or topic's id): lower-case words of letters and digits joined by hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
