import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/db/database.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';

// Migrates once per run. PGlite: a dumped data directory each test file loads (fast, isolated).
// PostgreSQL (DATABASE_URL set): a template database each test file clones with CREATE DATABASE … TEMPLATE.

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteDumpPath: string | null;
    postgresTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  if (url) {
    const template = `commons_template_${process.pid}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`drop database if exists ${template}`);
    await admin.query(`create database ${template}`);
    await admin.end();
    const database = await openDatabase({ engine: 'postgres', url: withDatabase(url, template), poolSize: 1 });
    await migrateToLatest(database);
    await database.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteDumpPath', null);
    return async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${template} with (force)`);
      await c.end();
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'commons-test-'));
  const database = await openDatabase({ engine: 'pglite' });
  await migrateToLatest(database);
  const dump = await database.pglite!.dumpDataDir('none');
  await database.close();
  const path = join(dir, 'migrated.tar');
  writeFileSync(path, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteDumpPath', path);
  project.provide('postgresTemplate', null);
  return () => rmSync(dir, { recursive: true, force: true });
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}
