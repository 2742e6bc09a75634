// Playwright settings: e2e tests in tests/e2e against the already-built dist/, served under BASE_PATH.
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/e2e/support/browser.ts';
import { normalizeBase } from './tests/support/base-path.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const portText = process.env.PORT?.trim() || '4391';
const port = Number(portText);
if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PORT must be an integer from 1 to 65535, got "${portText}".`);

const base = normalizeBase(process.env.BASE_PATH);
const baseURL = `http://127.0.0.1:${port}${base}`;

// A missing browser stops the run with one readable line instead of a stack trace.
let executablePath = '';
try {
  executablePath = findChromium().executablePath;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const chromium = { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: [...CHROMIUM_ARGS] } };
const OFFLINE_SPECS = /offline\.spec\.ts$/;

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  fullyParallel: true,
  // Waits are for states, never for times: these limits only catch a hang, with room for a laptop many times slower
  // than a quiet one (Playwright's 5 s for an assertion is one busy moment on a shared 2-core machine).
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: OFFLINE_SPECS,
      // A service worker would answer later tests' requests from what earlier ones saved; only the offline specs run one.
      use: { ...chromium, serviceWorkers: 'block' },
    },
    { name: 'offline', testMatch: OFFLINE_SPECS, use: { ...chromium, serviceWorkers: 'allow' } },
  ],
  // Serves dist/ as it is; it does not build (npm test builds before the e2e step).
  webServer: {
    // The Node that runs Playwright (24, from node_modules) also runs the TypeScript server.
    command: `${JSON.stringify(process.execPath)} tests/e2e/support/static-server.ts ${port}`,
    url: baseURL,
    env: { BASE_PATH: base, PORT: String(port) },
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
