/** Pass: normalizes code-block languages and takes a first-line file-name comment as the block's title. */
import type { Code } from 'mdast';
import { visit } from 'unist-util-visit';
import type { DraftBank, PassContext } from './model.ts';
import { copyIfAny, startLine } from './model.ts';
import { reporter } from './report.ts';

const LANGUAGE_ALIASES: Readonly<Record<string, string>> = {
  js: 'javascript',
  mjs: 'javascript',
  cjs: 'javascript',
  node: 'javascript',
  ts: 'typescript',
  yml: 'yaml',
  sh: 'bash',
  shell: 'bash',
  zsh: 'bash',
  console: 'bash',
  docker: 'dockerfile',
  tf: 'hcl',
  terraform: 'hcl',
  plaintext: 'text',
  txt: 'text',
  md: 'markdown',
};
const COMMENT = /^\s*(?:\/\/|#|--|\/\*+|;)\s*(\S+)/;
const FILE_NAME =
  /^\/?(?:[\w@.~-]+\/)*\.?[\w.-]*\.(?:[cm]?[jt]sx?|json5?|ya?ml|conf|env|sh|sql|graphql|gql|tf|hcl|php|py|toml|ini|html|css|md)$/;
const BARE_NAMES = new Set(['Dockerfile', 'Makefile', 'Procfile', 'Jenkinsfile']);

/** The file name a first-line comment announces (`// server.js - ...`, `# k8s/deployment.yaml`), if any. */
export function fileNameTitle(code: string): string | undefined {
  const name = COMMENT.exec(code.split('\n', 1)[0] ?? '')?.[1];
  if (!name) return undefined;
  if (BARE_NAMES.has(name)) return name;
  // "Node.js" or "Socket.io" open prose comments; a file is named by a path or starts lower-case.
  const looksLikeFile = name.includes('/') || /^[a-z._]/.test(name);
  return looksLikeFile && FILE_NAME.test(name) ? name : undefined;
}

/** A block's language by its canonical name, `text` when none is given. */
export function canonicalLanguage(lang: string | null | undefined): string {
  const given = lang?.toLowerCase();
  return given ? (LANGUAGE_ALIASES[given] ?? given) : 'text';
}

/** A block's meta as the pass leaves it: its own, or else a title taken from a first-line file-name comment. */
export function metaWithTitle(meta: string | null | undefined, code: string): string | null | undefined {
  const title = meta ? undefined : fileNameTitle(code);
  return title ? `title=${JSON.stringify(title)}` : meta;
}

/** Languages by their canonical name so highlighting and filters see one spelling. Code stays verbatim. */
export function normalizeCodeBlocks(bank: DraftBank, context: PassContext): DraftBank {
  const { fix, warn } = reporter('code-blocks', context.report);
  const questions = bank.questions.map((question) => {
    const blocks = question.blocks.map((block) => copyIfAny(block, (node) => node.type === 'code'));
    for (const block of blocks) {
      visit(block, 'code', (code: Code) => {
        const lang = canonicalLanguage(code.lang);
        if (!code.lang) warn(startLine(code), 'code block without a language: shown as plain text');
        else if (lang !== code.lang) fix(startLine(code), `code language "${code.lang}" is written "${lang}"`);
        code.lang = lang;
        code.meta = metaWithTitle(code.meta, code.value);
      });
    }
    return { ...question, blocks };
  });
  return { ...bank, questions };
}
