import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MODULES } from '../src/modules/index.ts';
import { PLATFORM_TABLES } from '../src/platform/module.ts';
import { openTestDatabase } from './support/database.ts';

// The walls between modules (docs/modules.md): only a module's index.ts is imported from outside
// it, src/platform imports no module, and a module's SQL names only the tables it owns.

const ROOT = resolve(import.meta.dirname, '..');
const rel = (abs: string) => relative(ROOT, abs).split(sep).join('/');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => rel(join(e.parentPath, e.name)));
}

/** Relative import specifiers of a file (static, dynamic and re-exports), resolved to repository paths. */
export function importsOf(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm)].map((m) => m[1]);
  return specs.map((s) => rel(resolve(ROOT, dirname(file), s)));
}

const moduleOf = (file: string) => /^src\/modules\/([^/]+)\//.exec(file)?.[1] ?? null;

/** Where an import crosses a wall, or null when it is allowed. */
export function importViolation(from: string, to: string): string | null {
  const fromModule = moduleOf(from);
  const toModule = moduleOf(to);
  if (from.startsWith('src/platform/') && (to.startsWith('src/modules/') || to.startsWith('src/server/') || to.startsWith('src/cli/') || to.startsWith('src/demo/'))) {
    return 'src/platform imports no module, server, CLI or demo code';
  }
  if (fromModule && (to.startsWith('src/server/') || to.startsWith('src/cli/') || to.startsWith('src/demo/'))) return 'modules stand below the server, the CLI and the demo';
  if (toModule && toModule !== fromModule && to !== `src/modules/${toModule}/index.ts` && to !== 'src/modules/index.ts') {
    return `only src/modules/${toModule}/index.ts may be imported from outside the ${toModule} module`;
  }
  return null;
}

const TABLE_CALL = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|mergeInto|innerJoin|leftJoin|rightJoin|fullJoin|innerJoinLateral|leftJoinLateral|table)\(\s*['"]([a-z_]+)/g;
const RAW_SQL = /\bsql(?:<[^`]*>)?`([^`]*)`/g;
const RAW_TABLE = /\b(?:from|join|into|update|table)\s+([a-z_]+)\b/gi;

/** Every table name a file's queries name: Kysely builder calls and raw sql`` templates. */
export function tablesNamedIn(text: string): { table: string; line: number }[] {
  const out: { table: string; line: number }[] = [];
  const lineAt = (i: number) => text.slice(0, i).split('\n').length;
  for (const m of text.matchAll(TABLE_CALL)) out.push({ table: m[1], line: lineAt(m.index) });
  for (const m of text.matchAll(RAW_SQL)) {
    for (const t of m[1].matchAll(RAW_TABLE)) out.push({ table: t[1].toLowerCase(), line: lineAt(m.index + 4 + t.index) });
  }
  return out;
}

/**
 * SQL that names another module's tables. Empty: every crossing written before the walls were checked
 * has been replaced by a look-up or a SQL fragment the owning module exports (docs/modules.md). Add
 * nothing to it; call the owning module instead.
 */
const KNOWN_SQL_CROSSINGS = new Set<string>([]);

const owner = new Map<string, string>();
for (const m of MODULES) for (const t of m.tables) owner.set(t, m.name);
const platformTables = new Set<string>(PLATFORM_TABLES);

describe('module boundaries', () => {
  const files = [...sourceFiles('src'), ...sourceFiles('test')];

  it('imports a module only through its index.ts, and src/platform imports no module', () => {
    const violations = files.flatMap((file) => importsOf(file).map((to) => ({ to, why: importViolation(file, to) })).filter((v) => v.why).map((v) => `${file} → ${v.to}: ${v.why}`));
    expect(violations).toEqual([]);
  });

  it('names in SQL only the tables a module owns (or the platform\'s)', () => {
    const known = new Set([...owner.keys(), ...platformTables]);
    const violations: string[] = [];
    const seen = new Set<string>();
    for (const file of files.filter((f) => moduleOf(f) && !/\.test\.ts$/.test(f))) {
      const mod = moduleOf(file)!;
      for (const { table, line } of tablesNamedIn(readFileSync(join(ROOT, file), 'utf8'))) {
        if (!known.has(table)) continue; // words after FROM that are not tables (a CTE, a subquery alias, "from now")
        if (platformTables.has(table) || owner.get(table) === mod) continue;
        const key = `${file} names ${table}`;
        seen.add(key);
        if (!KNOWN_SQL_CROSSINGS.has(key)) violations.push(`${file}:${line} names ${table} (owned by ${owner.get(table)})`);
      }
    }
    expect(violations).toEqual([]);
    expect([...KNOWN_SQL_CROSSINGS].filter((k) => !seen.has(k)), 'crossings removed: delete them from KNOWN_SQL_CROSSINGS').toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    expect(importViolation('src/modules/network/service.ts', 'src/modules/identity/passwords.ts')).toMatch(/identity\/index.ts/);
    expect(importViolation('src/platform/actor.ts', 'src/modules/identity/index.ts')).toMatch(/platform/);
    expect(importViolation('src/modules/booking/book.ts', 'src/server/app.ts')).toMatch(/below/);
    expect(importViolation('src/server/auth.ts', 'src/modules/identity/index.ts')).toBeNull();
    expect(importViolation('src/modules/identity/routes.ts', 'src/modules/identity/sessions.ts')).toBeNull();
    expect(importsOf('src/modules/x/a.ts', "import { a } from '../y/b.ts';\nexport * from './c.ts';\nconst m = await import('../../platform/d.ts');")).toEqual(['src/modules/y/b.ts', 'src/modules/x/c.ts', 'src/platform/d.ts']);
    const named = tablesNamedIn("db.selectFrom('appointment').innerJoin('organisation', (j) => j); sql`select 1 from staff s join staff_role r on true`; db.insertInto('patient')");
    expect(named.map((n) => n.table)).toEqual(['appointment', 'organisation', 'patient', 'staff', 'staff_role']);
  });

  it('gives every table of the migrated database exactly one owner', async () => {
    const declared = [...MODULES.flatMap((m) => m.tables), ...platformTables];
    expect(new Set(declared).size).toBe(declared.length);
    const database = await openTestDatabase();
    try {
      const { rows } = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`.execute(database.db);
      expect(rows.map((r) => r.name).sort()).toEqual([...declared].sort());
    } finally {
      await database.close();
    }
  });
});
