/** The one slug pattern (a question's URL part, a bank's or topic's id): lower-case words joined by hyphens, in any script (`closures`, `什么是闭包`, `что-такое-замыкание`). */

/** Letters without case (CJK), lower-case letters, modifier letters, combining marks and digits, in hyphen-joined words. */
export const SLUG_PATTERN = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{Nd}]+)*$/u;

/** The message a value that is not a slug gets. */
export const SLUG_MESSAGE = 'must be lower-case words joined by hyphens';
