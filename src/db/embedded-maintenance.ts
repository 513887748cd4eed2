import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'kysely';
import type { Db } from './database.ts';

// PGlite runs PostgreSQL as one process without its background workers: no checkpointer and no
// autovacuum. Without a checkpoint the write-ahead log only grows (max_wal_size is read only by the
// checkpointer): the dashboard's first rollup of the pcn demo wrote 352 MB of it in about 20 s and the
// data folder held 385 MB of log until the next timed checkpoint. Without vacuum, the rows that a
// refresh deletes and writes again stay as dead rows for good. These two functions do the same work
// on request. The embedded database checks its log between callers every few seconds (database.ts,
// serial-pglite-dialect.ts) and the server runs both on a timer while idle (start.ts). The SQL is
// plain PostgreSQL (CHECKPOINT needs a superuser or pg_checkpoint there).

const WAL_SINCE_CHECKPOINT = `
  select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), redo_lsn)::bigint::text as bytes,
    (select setting::bigint * pg_size_bytes('1' || unit) from pg_settings where name = 'max_wal_size')::text as max_bytes
  from pg_control_checkpoint()`;

/** Bytes of write-ahead log written since the last checkpoint began, and the log PostgreSQL is asked to keep (max_wal_size). */
export async function walSinceCheckpoint(db: Db): Promise<{ bytes: number; maxBytes: number }> {
  const { rows } = await sql.raw<{ bytes: string; max_bytes: string }>(WAL_SINCE_CHECKPOINT).execute(db);
  return { bytes: Number(rows[0].bytes), maxBytes: Number(rows[0].max_bytes) };
}

/**
 * Checkpoints when more log than max_wal_size (or `overBytes`) was written since the last checkpoint,
 * as the checkpointer would; the checkpoint lets PostgreSQL recycle or remove the log before it.
 * Returns whether it checkpointed.
 */
export async function checkpointIfWalOver(db: Db, overBytes?: number): Promise<boolean> {
  const wal = await walSinceCheckpoint(db);
  if (wal.bytes <= (overBytes ?? wal.maxBytes)) return false;
  await sql`checkpoint`.execute(db);
  return true;
}

/**
 * The same on the PGlite instance itself, for the database layer to run between two callers
 * (serial-pglite-dialect.ts), where a query through Kysely would wait for the connection it holds.
 */
export async function checkpointPgliteIfWalOver(pglite: PGlite): Promise<boolean> {
  const { rows } = await pglite.query<{ bytes: string; max_bytes: string }>(WAL_SINCE_CHECKPOINT);
  if (Number(rows[0].bytes) <= Number(rows[0].max_bytes)) return false;
  await pglite.exec('checkpoint');
  return true;
}

/**
 * VACUUM (ANALYZE) every table of the schema whose dead rows pass autovacuum's default threshold (50
 * rows plus 20% of the table), and ANALYZE every table whose changes since its last analysis pass
 * autoanalyze's (50 rows plus 10%), as autovacuum would. A plain VACUUM makes the dead rows' space
 * reusable by the next writes; it gives a file back only where its end is empty. Returns the tables
 * vacuumed and analysed.
 */
export async function vacuumWhereDue(db: Db): Promise<{ vacuumed: string[]; analyzed: string[] }> {
  const { rows } = await sql<{ name: string; vacuum: boolean }>`
    select s.relname::text as name, s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) as vacuum
    from pg_stat_user_tables s join pg_class c on c.oid = s.relid
    where s.schemaname = current_schema()
      and (s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0) or s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0))
    order by 1`.execute(db);
  const vacuumed: string[] = [];
  const analyzed: string[] = [];
  for (const r of rows) {
    if (r.vacuum) {
      await sql`vacuum (analyze) ${sql.table(r.name)}`.execute(db);
      vacuumed.push(r.name);
    } else {
      await sql`analyze ${sql.table(r.name)}`.execute(db);
      analyzed.push(r.name);
    }
  }
  return { vacuumed, analyzed };
}

const TICK_MS = 60_000;
/** A checkpoint at least this often when anything was written (PostgreSQL's checkpoint_timeout default, 5 minutes). */
const CHECKPOINT_EVERY_TICKS = 5;

/**
 * Runs autovacuum's work on an embedded database while the server is up, each minute (the database
 * layer checkpoints by the size of the log, database.ts), and a checkpoint every 5 minutes if anything
 * was written, as checkpoint_timeout would. The first tick runs at once (after a demo build). A timer
 * fires only while the server is idle, which is when vacuum should run. Returns the function that
 * stops it; a failure is reported and the next tick runs.
 */
export function maintainEmbeddedDatabase(db: Db, onError: (err: unknown, what: string) => void): () => void {
  let ticks = 0;
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    const n = ticks++;
    try {
      await vacuumWhereDue(db).catch((err) => onError(err, 'vacuum'));
      await checkpointIfWalOver(db, n % CHECKPOINT_EVERY_TICKS === 0 ? 0 : undefined).catch((err) => onError(err, 'checkpoint'));
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(() => void tick(), TICK_MS);
  timer.unref();
  return () => clearInterval(timer);
}
