import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { Kysely, PostgresDialect, type Transaction } from 'kysely';
import pg from 'pg';
import type { DB } from './types.ts';
import { SerialPGliteDialect } from './serial-pglite-dialect.ts';
import { PreparingClient } from './prepared.ts';
import { lockDataFolder } from './folder-lock.ts';
import { checkpointPgliteIfWalOver } from './embedded-maintenance.ts';
import { parseTimestamptz } from './timestamptz.ts';

export type Db = Kysely<DB>;
/** A database or a transaction: query functions take either. */
export type Executor = Kysely<DB> | Transaction<DB>;

export type DatabaseOptions =
  | { engine: 'postgres'; url: string; poolSize?: number; onPoolError?: (err: Error) => void }
  | { engine: 'pglite'; dataDir?: string; loadDataDir?: Blob | File; checkpointCheckMs?: number };

export interface Database {
  db: Db;
  engine: 'postgres' | 'pglite';
  /** Only for PGlite: the embedded instance (tests dump and load its data directory). */
  pglite?: PGlite;
  close(): Promise<void>;
  /**
   * Calls `onNotice` with the payload of every NOTIFY on `channel`, from any process using this
   * database; `onListening(false)` whenever a notice may have been missed (the listening connection
   * dropped: it reconnects), `onListening(true)` once listening again. Resolves to a stop function.
   */
  listen?(channel: string, onNotice: (payload: string) => void, onListening: (on: boolean) => void): Promise<() => Promise<void>>;
}

// Dates come back as ISO strings (date columns) and timestamptz as Date objects on both engines;
// `date` is kept as a string so that a date of birth never shifts with the server's time zone.
pg.types.setTypeParser(1082, (v: string) => v);
pg.types.setTypeParser(20, (v: string) => Number(v)); // count(*) is bigint; our counts fit a double
pg.types.setTypeParser(1184, parseTimestamptz); // timestamptz: the usual text form read by position (timestamptz.ts)

/** How often the embedded database checks, between two queries, whether its log calls for a checkpoint. */
const CHECKPOINT_CHECK_MS = 2_000;

/** How long opening a connection to PostgreSQL may take before the request answers 503. */
const CONNECT_TIMEOUT_MS = 5_000;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.engine === 'postgres') {
    // Fail fast while the database is away (requests answer 503 rather than hang), and never let an
    // idle connection that PostgreSQL closed (a restart, a failover) end the process: the pool drops
    // that connection and opens a new one when it is next needed.
    const onConnectionLost = options.onPoolError ?? ((err: Error) => console.warn(`database connection lost (${err.message}); reconnecting when next needed`));
    // The pool listens for errors only on idle connections; one that is checked out (a transaction
    // waiting on Node) when PostgreSQL goes away would emit an 'error' nobody hears, and that ends
    // the process. Every connection therefore carries its own listener; the query in flight still
    // fails (503), and the pool discards the broken connection when it is released.
    // Connecting gives up after 5 s (the database is away: answer 503 rather than hang), but waiting
    // for a free connection of a busy pool does not: under a burst, requests queue as they always
    // did. The pool's own connectionTimeoutMillis would cover both, and told a busy server's clients
    // that the database was down (140 of 500 racing bookings got 503 on the bench).
    class ResilientClient extends PreparingClient {
      constructor(config?: string | pg.ClientConfig) {
        super(typeof config === 'string' ? { connectionString: config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS } : { ...config, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
        this.on('error', onConnectionLost);
      }
    }
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 20, Client: ResilientClient });
    pool.on('error', onConnectionLost);
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, engine: 'postgres', close: () => db.destroy(), listen: (channel, onNotice, onListening) => listenOnPostgres(options.url, channel, onNotice, onListening) };
  }
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // One process per data folder: PGlite has no server to arbitrate, so a second writer corrupts it.
  const unlock = options.dataDir ? lockDataFolder(options.dataDir) : () => {};
  let pglite: PGlite;
  try {
    pglite = await PGlite.create({
      dataDir: options.dataDir,
      loadDataDir: options.loadDataDir,
      extensions: { pg_trgm },
      // PostgreSQL keeps up to max_wal_size (1 GB) of write-ahead log for reuse; building the demo left
      // 881 MB of it beside 616 MB of data, and 96 MB still with max_wal_size = 96MB. A small embedded
      // database needs far less: checkpoints come sooner (cheap while the demo loads, since its big
      // tables' indexes are built after the rows) and the folder keeps about 32 MB of log.
      postgresqlconf: ['max_wal_size = 32MB', 'min_wal_size = 32MB', 'wal_level = minimal', 'max_wal_senders = 0'],
      parsers: { 1082: (v: string) => v, 20: (v: string) => Number(v), 1184: parseTimestamptz },
    });
  } catch (e) {
    unlock();
    throw e;
  }
  // The checkpointer's work, which PGlite has no process for: without it the dashboard's first rollup of
  // the pcn demo left 385 MB of log in the folder (src/db/embedded-maintenance.ts).
  const checkpointer = { everyMs: options.checkpointCheckMs ?? CHECKPOINT_CHECK_MS, run: async () => { await checkpointPgliteIfWalOver(pglite); } };
  const db = new Kysely<DB>({ dialect: new SerialPGliteDialect(pglite, checkpointer) });
  return {
    db, engine: 'pglite', pglite, close: async () => { try { await db.destroy(); } finally { unlock(); } },
    // One process, one instance: every NOTIFY is heard, nothing to reconnect.
    async listen(channel, onNotice, onListening) {
      const unlisten = await pglite.listen(channel, onNotice);
      onListening(true);
      return async () => {
        onListening(false);
        await unlisten();
      };
    },
  };
}

/** Chooses the engine from the environment: PostgreSQL when DATABASE_URL is set, else embedded PGlite. */
export function databaseOptionsFromEnv(env: NodeJS.ProcessEnv, fallbackDataDir = './.commons'): DatabaseOptions {
  if (env.DATABASE_URL) return { engine: 'postgres', url: env.DATABASE_URL };
  return { engine: 'pglite', dataDir: env.COMMONS_DATA_DIR ?? fallbackDataDir };
}

const RELISTEN_MS = 1_000;

/** A connection of its own that LISTENs on a channel, and comes back after it drops. */
async function listenOnPostgres(url: string, channel: string, onNotice: (payload: string) => void, onListening: (on: boolean) => void) {
  let stopped = false;
  let client: pg.Client | null = null;
  const connect = async (): Promise<void> => {
    const c = new pg.Client({ connectionString: url });
    const lost = () => {
      if (client !== c) return;
      client = null;
      onListening(false);
      c.end().catch(() => {});
      if (!stopped) setTimeout(() => void connect().catch(() => {}), RELISTEN_MS).unref();
    };
    c.on('notification', (n) => { if (n.channel === channel && n.payload != null) onNotice(n.payload); });
    c.on('error', lost);
    c.on('end', lost);
    try {
      await c.connect();
      await c.query(`listen ${pg.escapeIdentifier(channel)}`);
    } catch (e) {
      await c.end().catch(() => {});
      if (stopped) return;
      setTimeout(() => void connect().catch(() => {}), RELISTEN_MS).unref();
      return;
    }
    if (stopped) {
      await c.end().catch(() => {});
      return;
    }
    client = c;
    onListening(true);
  };
  await connect();
  return async () => {
    stopped = true;
    const c = client;
    client = null;
    onListening(false);
    await c?.end().catch(() => {});
  };
}
