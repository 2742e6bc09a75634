/** The one entry point the CLI and the Astro integration share: read sources, normalize, write or check. */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readAssetFromDisk } from './bank-assets.ts';
import { loadOverrides, type Overrides } from './overrides.ts';
import { checkPermalinks, formatManifest, type PublishedPermalink, readManifest } from './permalinks.ts';
import { type FileReportEntry, type NormalizeResult, normalize } from './pipeline.ts';
import { NormalizeError } from './report.ts';
import { fileStemOf, sourceFiles } from './sources.ts';
import { writeOutput } from './write-output.ts';

/** Where things are; every path is relative to the project root unless absolute. */
export interface RunOptions {
  sources: string[];
  outDir: string;
  overridesFile: string;
  reportFile: string | undefined;
  /** The manifest of published URLs to check against; none: no check. */
  permalinksFile: string | undefined;
  /**
   * Rewrite the manifest after a clean run (the CLI does). A build passes false and publishes the outcome's
   * manifest itself once the site is built, so a build that fails later leaves the manifest as it was.
   */
  updatePermalinks: boolean;
  /** Validate only: nothing is written. */
  check: boolean;
}

/** The defaults: every `content/*.md`, the content collections folder, `content/overrides.yaml` and `content/permalinks.json`. */
export function defaultOptions(root = '.'): RunOptions {
  const contentDir = join(root, 'content');
  const sources = sourceFiles(contentDir);
  const outDir = join(root, 'src', 'content');
  return {
    sources,
    outDir,
    overridesFile: join(contentDir, 'overrides.yaml'),
    reportFile: join(outDir, 'report.json'),
    permalinksFile: join(contentDir, 'permalinks.json'),
    updatePermalinks: true,
    check: false,
  };
}

/** Outcome of a run: the result, the errors as `<file>:<line>: <message>` lines, and the manifest to publish. */
export interface RunOutcome {
  result: NormalizeResult;
  errors: string[];
  /** The next `permalinks.json` text, when the run checked one and found no error. */
  manifest: string | undefined;
}

/** Runs the normalizer; writes pages, report and manifest only when there is no error. */
export function runNormalizer(options: RunOptions): RunOutcome {
  let result: NormalizeResult;
  let manifest: string | undefined;
  try {
    const overrides = loadOverrides(options.overridesFile);
    const sources = options.sources.map((file) => ({ file, id: fileStemOf(file), bytes: readSource(file) }));
    const published = options.permalinksFile ? readManifest(options.permalinksFile) : [];
    result = normalize(sources, overrides, { readAsset: readAssetFromDisk, published });
    ({ result, manifest } = withPermalinks(result, overrides, published, options.permalinksFile));
  } catch (error) {
    if (!(error instanceof NormalizeError)) throw error;
    const entry: FileReportEntry = {
      file: error.file,
      pass: 'load',
      severity: 'error',
      line: error.line,
      message: error.message,
    };
    result = { banks: [], questions: [], assets: [], report: [entry] };
  }
  const errors = result.report.filter((entry) => entry.severity === 'error').map(formatEntry);
  if (errors.length === 0 && !options.check) {
    writeOutput(options.outDir, result, manifest);
    if (options.reportFile) writeFileSync(options.reportFile, `${JSON.stringify(result.report, null, 2)}\n`);
    if (options.permalinksFile && manifest !== undefined && options.updatePermalinks) {
      publishManifest(options.permalinksFile, manifest);
    }
  }
  return { result, errors, manifest: errors.length === 0 ? manifest : undefined };
}

/** Checks the published URLs; their errors void the result, as the normalizer's own do. */
function withPermalinks(
  result: NormalizeResult,
  overrides: Overrides,
  published: PublishedPermalink[],
  file: string | undefined,
): { result: NormalizeResult; manifest: string | undefined } {
  if (!file || result.report.some((entry) => entry.severity === 'error')) return { result, manifest: undefined };
  const records = result.questions.map((question) => question.record);
  const { manifest, errors } = checkPermalinks(published, records, overrides, file);
  if (errors.length > 0)
    return { result: { banks: [], questions: [], assets: [], report: [...result.report, ...errors] }, manifest: undefined };
  return { result, manifest: formatManifest(manifest) };
}

/** Writes the manifest atomically, and only when it changed, so an unchanged build leaves the file untouched. */
export function publishManifest(file: string, text: string): void {
  if (existsSync(file) && readFileSync(file, 'utf8') === text) return;
  writeFileSync(`${file}.tmp`, text);
  renameSync(`${file}.tmp`, file);
}

function readSource(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch {
    throw new NormalizeError(file, 1, 'cannot read the source file');
  }
}

/** `<file>:<line>: <message>`, the form editors' tools jump from. */
export function formatEntry(entry: FileReportEntry): string {
  return `${entry.file}:${entry.line}: ${entry.message}`;
}

/** A readable summary: counts per pass, every warning, and the first fixes of each pass. */
export function summarize(result: NormalizeResult, examplesPerPass = 2): string {
  const lines = [`${result.questions.length} questions in ${result.banks.length} bank(s)`];
  const byPass = Map.groupBy(
    result.report.filter((entry) => entry.severity === 'fix'),
    (entry) => entry.pass,
  );
  for (const [pass, entries] of byPass) {
    lines.push(`  ${pass}: ${entries.length} fix${entries.length === 1 ? '' : 'es'}`);
    for (const entry of entries.slice(0, examplesPerPass)) lines.push(`    ${formatEntry(entry)}`);
  }
  const warnings = result.report.filter((entry) => entry.severity === 'warning');
  if (warnings.length > 0) lines.push(`${warnings.length} warning(s):`, ...warnings.map((entry) => `  ${formatEntry(entry)}`));
  return lines.join('\n');
}
