// Finds the Chromium that the e2e tests drive (env, Debian package, or Playwright's download).
import { accessSync, constants, statSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Flags for a system Chromium running headless in a container or CI job, without network chatter. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** One line, so a failed detection reads as an instruction rather than a stack trace. */
export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: set CHROMIUM_PATH, or run "apt-get install -y chromium" (Debian/Ubuntu), or "npx playwright install chromium".';

export type ChromiumSource = 'CHROMIUM_PATH' | 'system' | 'playwright';

export interface FoundChromium {
  readonly executablePath: string;
  readonly source: ChromiumSource;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    // Some Playwright versions throw when the browser is not in their registry.
    return undefined;
  }
}

/** Returns the first usable Chromium: env CHROMIUM_PATH, /usr/bin/chromium, then Playwright's own. */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): FoundChromium {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  // A CHROMIUM_PATH that is not an executable file is skipped, like .ci/run does.
  if (fromEnv && isExecutableFile(fromEnv)) return { executablePath: fromEnv, source: 'CHROMIUM_PATH' };
  if (isExecutableFile('/usr/bin/chromium')) {
    return { executablePath: '/usr/bin/chromium', source: 'system' };
  }
  const bundled = playwrightChromium();
  if (bundled && isExecutableFile(bundled)) return { executablePath: bundled, source: 'playwright' };
  throw new Error(NO_CHROMIUM_MESSAGE);
}
