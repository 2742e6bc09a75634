/** Small images made for tests: a 1×1 PNG, and files that only look like images. */

/** A valid 1×1 PNG (one transparent pixel). */
export const PNG_1X1 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** Text saved under an image's name. */
export const NOT_AN_IMAGE = Buffer.from('this is not a picture\n');

/** An SVG that would run a script if opened by its own URL. */
export const SCRIPTED_SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>',
);
