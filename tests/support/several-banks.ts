/** The two-bank fixture site (tests/fixtures/several-banks/): its source files, and what the tests know of its questions. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FOLDER = resolve(import.meta.dirname, '..', 'fixtures', 'several-banks');

/** The fixture's banks as `buildFixtureSite` takes them: `content/<file>` → text. */
export const SEVERAL_BANKS: Record<string, string> = Object.fromEntries(
  readdirSync(FOLDER)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => [`content/${file}`, readFileSync(join(FOLDER, file), 'utf8')]),
);

/** Bank ids and titles, as the fixture files name them. */
export const WEB = { id: 'web-basics', title: 'Web Basics' };
export const SQL = { id: 'sql-basics', title: 'SQL Basics' };
