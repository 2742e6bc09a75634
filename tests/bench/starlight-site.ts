/** The bench's anchor: the same questions as an Astro Starlight site, installed once from the npm registry. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { slugify } from '../../src/normalize/assign-slugs.ts';
import type { ModelQuestion } from './make-corpus.ts';

export const STARLIGHT_VERSION = '0.42.5';

/** Starlight docs pages for a bank: one Markdown page per question, its title in front matter, and a home page. */
export function starlightPages(bank: { title: string; questions: readonly ModelQuestion[] }): Record<string, string> {
  // JSON strings are YAML double-quoted scalars: any title (colons, quotes) stays one value.
  const page = (title: string, body: string) => `---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`;
  const pages: Record<string, string> = {
    'src/content/docs/index.md': page(bank.title, `${bank.questions.length} questions.`),
  };
  bank.questions.forEach((question, index) => {
    pages[`src/content/docs/questions/${String(index + 1).padStart(4, '0')}-${slugify(question.title)}.md`] = page(
      question.title,
      question.answer,
    );
  });
  return pages;
}

/** The project's files besides its pages: Starlight's documented minimal set-up. */
function projectFiles(astroVersion: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify(
      {
        name: 'bench-starlight',
        private: true,
        type: 'module',
        dependencies: { '@astrojs/starlight': STARLIGHT_VERSION, astro: astroVersion },
        allowScripts: { esbuild: true, sharp: true },
      },
      null,
      2,
    )}\n`,
    'astro.config.mjs': [
      "import starlight from '@astrojs/starlight';",
      "import { defineConfig } from 'astro/config';",
      "export default defineConfig({ integrations: [starlight({ title: 'Interview questions' })] });",
      '',
    ].join('\n'),
    'src/content.config.ts': [
      "import { docsLoader } from '@astrojs/starlight/loaders';",
      "import { docsSchema } from '@astrojs/starlight/schema';",
      "import { defineCollection } from 'astro:content';",
      'export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };',
      '',
    ].join('\n'),
    'tsconfig.json': '{ "extends": "astro/tsconfigs/strict" }\n',
  };
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/**
 * Sets up the Starlight site for `bank` in a folder of the temp directory kept between runs (npm install runs only
 * when Starlight is not installed there yet), with the same Astro as ours; returns the folder.
 */
export function prepareStarlight(
  bank: { title: string; questions: readonly ModelQuestion[] },
  astroVersion: string,
  log: (line: string) => void,
): string {
  const root = join(tmpdir(), `interview-bank-bench-starlight-${STARLIGHT_VERSION}-astro-${astroVersion}`);
  writeFiles(root, projectFiles(astroVersion));
  const installed = join(root, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== STARLIGHT_VERSION) {
    log(`installing @astrojs/starlight@${STARLIGHT_VERSION} from the npm registry into ${root}`);
    const npm = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
    if (npm.status !== 0) throw new Error(`npm install of Starlight failed (exit ${npm.status}):\n${npm.stderr}`);
  }
  rmSync(join(root, 'src', 'content', 'docs'), { recursive: true, force: true });
  writeFiles(root, starlightPages(bank));
  return root;
}

/** Removes what a Starlight build leaves for the next one (Astro caches in node_modules/.astro), so the next is cold. */
export function forgetStarlightBuild(root: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) {
    rmSync(join(root, path), { recursive: true, force: true });
  }
}
