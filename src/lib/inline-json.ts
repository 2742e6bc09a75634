/** Data for pages' `<script type="application/json">` blocks, safe to place in HTML. */

/** JSON with no `<` left that could close the element (`\u003c` parses back to `<`). */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value).replaceAll('<', '\\u003c');
}
