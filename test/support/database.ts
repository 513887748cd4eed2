import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../../src/db/database.ts';
import { withDatabase } from './global-setup.ts';

/**
 * Drops a test database. An autovacuum worker may be in it; on PostgreSQL 15 a role without
 * pg_signal_backend may not end that worker (SQLSTATE 42501), so wait for it to finish instead.
 */
async function dropWhenFree(c: pg.Client, name: string) {
  for (let attempt = 1; ; attempt++) {
    try {
      await c.query(`drop database if exists ${name} with (force)`);
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== '42501' || attempt >= 20) throw e;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

/** A fresh, migrated database of its own for one test file: PGlite in memory, or a clone on PostgreSQL. */
export async function openTestDatabase(): Promise<Database> {
  const template = inject('postgresTemplate');
  const url = process.env.DATABASE_URL;
  if (template && url) {
    const name = `commons_t_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
    const database = await openDatabase({ engine: 'postgres', url: withDatabase(url, name), poolSize: 30 });
    return {
      ...database,
      async close() {
        await database.close();
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        try {
          await dropWhenFree(c, name);
        } finally {
          await c.end();
        }
      },
    };
  }
  const dumpPath = inject('pgliteDumpPath');
  if (!dumpPath) throw new Error('global setup did not prepare a database');
  return openDatabase({ engine: 'pglite', loadDataDir: new Blob([readFileSync(dumpPath)]) });
}
