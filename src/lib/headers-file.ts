/** The `_headers` file of Netlify and Cloudflare Pages: path patterns, each with indented `Name: value` lines. */

/** Headers for the paths a pattern matches; `*` matches any run of characters, `/*` every path. */
export interface HeaderRule {
  path: string;
  headers: Record<string, string>;
}

/** The file's text for these rules. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules
    .map((rule) => [rule.path, ...Object.entries(rule.headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n'))
    .join('\n\n')
    .concat('\n');
}

/** Reads the rules back; `#` comments and blank lines are skipped, a header line belongs to the path above it. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    const current = rules.at(-1);
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
    } else if (current && line.includes(':')) {
      const at = line.indexOf(':');
      current.headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
    } else {
      throw new Error(`_headers line ${index + 1}: expected a path, or "Name: value" indented under one`);
    }
  }
  return rules;
}

/** Every header whose rule matches `pathname`; a later rule overrides an earlier one for the same name. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules) {
    const pattern = new RegExp(`^${rule.path.split('*').map(escapeRegExp).join('.*')}$`);
    if (pattern.test(pathname)) Object.assign(headers, rule.headers);
  }
  return headers;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
