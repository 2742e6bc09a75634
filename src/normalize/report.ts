/** Report entries: every fix, warning and error the normalizer makes, each tied to a source line. */

/** How serious an entry is: a `fix` was applied, a `warning` needs an editor's eye, an `error` stops the build. */
export type Severity = 'fix' | 'warning' | 'error';

/** One thing the normalizer did or found, at a 1-based line of the source file. */
export interface ReportEntry {
  /** The pass that made the entry, e.g. `repair-encoding`. */
  pass: string;
  severity: Severity;
  /** 1-based line in the source file (after BOM and CRLF repair, which keep line numbers). */
  line: number;
  /** Last line, for entries about a span (dropped navigation), so every source line can be accounted for. */
  endLine?: number;
  message: string;
}

/** A report entry with the file it is about. */
export type FileReportEntry = ReportEntry & { file: string };

/** An error a user can cause (bad source, bad overrides): shown as `<file>:<line>: <message>`, never a stack trace. */
export class NormalizeError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, message: string) {
    super(message);
    this.name = 'NormalizeError';
    this.file = file;
    this.line = line;
  }
  /** The one-line form editors and tools read. */
  format(): string {
    return `${this.file}:${this.line}: ${this.message}`;
  }
}

/** Builds entries for one pass so each call site names only what differs. */
export function reporter(pass: string, sink: ReportEntry[]) {
  const add = (severity: Severity) => (line: number, message: string) => {
    sink.push({ pass, severity, line, message });
  };
  return { fix: add('fix'), warn: add('warning'), error: add('error') };
}
