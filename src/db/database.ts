import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from './types.ts';
import { SerialPGliteDialect } from './serial-pglite-dialect.ts';
import { PreparingClient } from './prepared.ts';

export type Db = Kysely<DB>;
/** A database or a transaction: query functions take either. */
export type Executor = Kysely<DB> | Transaction<DB>;

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

export interface Database {
  db: Db;
  engine: 'postgres' | 'pglite';
  /** Only for PGlite: the embedded instance (tests dump and load its data directory). */
  pglite?: PGlite;
  close(): Promise<void>;
}

// Dates come back as ISO strings (date columns) and timestamptz as Date objects on both engines;
// `date` is kept as a string so that a date of birth never shifts with the server's time zone.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v)); // count(*) is bigint; our counts fit a double

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20, Client: PreparingClient });
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy() };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir: options.dataDir,
    loadDataDir: options.loadDataDir,
    extensions: { pg_trgm },
    parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v) },
  });
  const db = new Kysely<DB>({ dialect: new SerialPGliteDialect(pglite) });
  return { db, engine: 'pglite', pglite, close: () => db.destroy() };
}

/** Chooses the engine from the environment: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv, fallbackDataDir = './.commons'): DatabaseOptions {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'pglite', dataDir: env.COMMONS_DATA_DIR ?? fallbackDataDir };
}
