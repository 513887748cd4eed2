import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Database } from './database.ts';

const migrationsDir = fileURLToPath(new URL('./migrations/', import.meta.url));
const LOCK_ID = 7412001;

export function listMigrations(): { name: string; sql: string }[] {
  return readdirSync(migrationsDir)
    .filter((f) => /^\d{4}_.+\.sql$/.test(f))
    .sort()
    .map((name) => ({ name, sql: readFileSync(join(migrationsDir, name), 'utf8') }));
}

/**
 * Applies the SQL files in src/db/migrations in name order, each in its own transaction.
 * On PostgreSQL an advisory lock makes concurrent starts (several app servers) apply each file once.
 */
export async function migrateToLatest(database: Database, log: (msg: string) => void = () => {}): Promise<string[]> {
  const applied: string[] = [];
  const create = 'create table if not exists schema_migration (name text primary key, applied_at timestamptz not null default now())';
  if (database.pglite) {
    // PGlite runs a file of several statements only through exec(), which the Kysely driver does not use.
    const pglite = database.pglite;
    await pglite.exec(create);
    const done = new Set((await pglite.query<{ name: string }>('select name from schema_migration')).rows.map((r) => r.name));
    for (const m of listMigrations()) {
      if (done.has(m.name)) continue;
      await pglite.transaction(async (tx) => {
        await tx.exec(m.sql);
        await tx.query('insert into schema_migration (name) values ($1)', [m.name]);
      });
      applied.push(m.name);
      log(`applied migration ${m.name}`);
    }
    return applied;
  }
  await database.db.connection().execute(async (conn) => {
    await sql`select pg_advisory_lock(${LOCK_ID})`.execute(conn);
    try {
      await sql.raw(create).execute(conn);
      const done = new Set((await sql<{ name: string }>`select name from schema_migration`.execute(conn)).rows.map((r) => r.name));
      for (const m of listMigrations()) {
        if (done.has(m.name)) continue;
        await conn.transaction().execute(async (trx) => {
          await sql.raw(m.sql).execute(trx);
          await sql`insert into schema_migration (name) values (${m.name})`.execute(trx);
        });
        applied.push(m.name);
        log(`applied migration ${m.name}`);
      }
    } finally {
      await sql`select pg_advisory_unlock(${LOCK_ID})`.execute(conn);
    }
  });
  return applied;
}
