/** How our integrations stop a build: Astro's own error, whose message is the `<file>:<line>: <message>` lines. */
import { AstroError } from 'astro/errors';

/** The error to throw from a hook: Astro prints its message and hint, and exits 1. */
export function buildStopped(lines: readonly string[], hint: string): AstroError {
  const error = new AstroError(lines.join('\n'), hint);
  // The lines name what to fix; where our code noticed it would only hide them under a stack trace.
  error.stack = '';
  return error;
}
