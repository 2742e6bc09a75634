/** Builds the real site from other source banks in a temporary copy of the project, for build and e2e tests. */
import { cpSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { measure } from './measure.ts';

const PROJECT = resolve(import.meta.dirname, '..', '..');
// Astro's command line, run by this Node (the project's Node 24) as `npm run build` runs it.
const ASTRO_BIN = join(PROJECT, 'node_modules', 'astro', 'bin', 'astro.mjs');
// What a build reads; generated folders (src/content/questions, banks) are left behind on purpose. .gitignore
// too: Tailwind skips ignored files when it looks for class names, and without it would find some in the pages.
const PROJECT_FILES = [
  '.gitignore',
  'astro.config.mjs',
  'package.json',
  'tsconfig.json',
  'src/content.config.ts',
  'src/components',
  'src/integrations',
  'src/layouts',
  'src/lib',
  'src/markdown',
  'src/normalize',
  'src/pages',
  'src/scripts',
  'src/styles',
  'public',
];

/** A fixture site: its folder, its `dist/`, and what the build printed. */
export interface FixtureBuild {
  root: string;
  dist: string;
  status: number | null;
  output: string;
  /** Wall time of the build (`astro build`, what `npm run build` runs), ms. */
  wallMs: number;
  /** Peak resident memory of the build's largest process (Node, or Pagefind's binary), KiB; undefined without GNU time. */
  maxRssKiB: number | undefined;
}

/** Copies the project (without node_modules, which is linked, or generated pages) into a fresh folder; returns it. */
export function copyProject(): string {
  const site = mkdtempSync(join(tmpdir(), 'fixture-site-'));
  for (const path of PROJECT_FILES.filter((file) => existsSync(join(PROJECT, file)))) {
    cpSync(join(PROJECT, path), join(site, path), { recursive: true });
  }
  symlinkSync(join(PROJECT, 'node_modules'), join(site, 'node_modules'), 'dir');
  mkdirSync(join(site, 'content'), { recursive: true });
  return site;
}

/**
 * Writes `files` (paths relative to the project, e.g. `content/bank.md`, `content/overrides.yaml`) into a fresh copy
 * of the project, or into `root`, and builds it as `npm run build` does.
 */
export function buildFixtureSite(
  files: Record<string, string | Uint8Array>,
  env: Record<string, string> = {},
  root?: string,
): FixtureBuild {
  const site = root ?? copyProject();
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(site, path)), { recursive: true });
    writeFileSync(join(site, path), text);
  }
  const run = measure(
    process.execPath,
    [ASTRO_BIN, 'build'],
    site,
    { ...env, ASTRO_TELEMETRY_DISABLED: '1' },
    buildEnvironment(),
  );
  // Plain text whatever the terminal: under CI=true Astro colours its messages, and tests read the words.
  return { root: site, dist: join(site, 'dist'), ...run, output: stripVTControlCharacters(run.output) };
}

// What vitest adds to the environment (NODE_ENV=test, BASE_URL, MODE...): a fixture builds as `npm run build` does.
const TEST_RUNNER_VARIABLES = /^(VITEST.*|TEST|NODE_ENV|BASE_URL|MODE|DEV|PROD|SSR)$/;

function buildEnvironment(): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(process.env).filter(([name]) => !TEST_RUNNER_VARIABLES.test(name)));
}
