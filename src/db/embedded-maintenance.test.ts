import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/database.ts';
import { openDatabase, type Database } from './database.ts';
import { checkpointIfWalOver, vacuumWhereDue, walSinceCheckpoint } from './embedded-maintenance.ts';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
  await sql`create table maintenance_probe (id int primary key, note text not null) with (autovacuum_enabled = false)`.execute(database.db);
});
afterAll(async () => {
  await database.close();
});

/** Where the log may be replayed from: the last checkpoint's redo point. */
const redoLsn = async () => (await sql<{ lsn: string }>`select redo_lsn::text as lsn from pg_control_checkpoint()`.execute(database.db)).rows[0].lsn;
const insertLsn = async () => (await sql<{ lsn: string }>`select pg_current_wal_insert_lsn()::text as lsn`.execute(database.db)).rows[0].lsn;
const lsnAtLeast = async (a: string, b: string) => (await sql<{ ok: boolean }>`select ${a}::pg_lsn >= ${b}::pg_lsn as ok`.execute(database.db)).rows[0].ok;

describe('the checkpoint the embedded database has no checkpointer for', () => {
  it('reads the log written since the last checkpoint against max_wal_size', async () => {
    const before = await walSinceCheckpoint(database.db);
    await sql`insert into maintenance_probe select n, repeat('x', 200) from generate_series(1, 2000) n`.execute(database.db);
    const after = await walSinceCheckpoint(database.db);
    expect(after.bytes).toBeGreaterThan(before.bytes + 2000 * 200);
    expect(after.maxBytes).toBeGreaterThanOrEqual(32 * 1024 * 1024);
    if (database.engine === 'pglite') expect(after.maxBytes).toBe(32 * 1024 * 1024); // database.ts
  });

  it('checkpoints once more log than the limit was written, and not before', async () => {
    expect(await checkpointIfWalOver(database.db, 1024 ** 4)).toBe(false);
    await sql`update maintenance_probe set note = repeat('y', 200)`.execute(database.db);
    const written = await insertLsn();
    // Commons checkpoints only the embedded database: a PostgreSQL server has its own checkpointer, and
    // there CHECKPOINT needs a superuser or pg_checkpoint, which CI's application role rightly lacks.
    const { rows: may } = await sql<{ ok: boolean }>`select rolsuper or pg_has_role(current_user, 'pg_checkpoint', 'member') as ok from pg_roles where rolname = current_user`.execute(database.db);
    if (database.engine !== 'pglite' && !may[0].ok) {
      await expect(checkpointIfWalOver(database.db, 64 * 1024)).rejects.toThrow(/superuser|pg_checkpoint/);
      return;
    }
    expect(await checkpointIfWalOver(database.db, 64 * 1024)).toBe(true);
    // The new checkpoint's redo point is past everything written before it.
    expect(await lsnAtLeast(await redoLsn(), written)).toBe(true);
  });
});

describe('the vacuum the embedded database has no autovacuum for', () => {
  it('vacuums a table whose dead rows pass autovacuum\'s threshold, and leaves it once clean', async () => {
    await sql`delete from maintenance_probe where id > 500`.execute(database.db);
    // PostgreSQL's server processes send their counts to the statistics a moment after a statement.
    let due = await vacuumWhereDue(database.db);
    for (let i = 0; i < 40 && !due.vacuumed.includes('maintenance_probe'); i++) {
      await new Promise((r) => setTimeout(r, 250));
      due = await vacuumWhereDue(database.db);
    }
    expect(due.vacuumed).toContain('maintenance_probe');
    const { rows } = await sql<{ dead: number }>`select n_dead_tup::int as dead from pg_stat_user_tables where relname = 'maintenance_probe'`.execute(database.db);
    expect(rows[0].dead).toBe(0);
    expect((await vacuumWhereDue(database.db)).vacuumed).not.toContain('maintenance_probe');
  });
});

describe('an embedded data folder', () => {
  const dirs: string[] = [];
  afterAll(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
  const walMb = (dir: string) => readdirSync(join(dir, 'pg_wal')).filter((f) => /^[0-9A-F]{24}$/.test(f)).reduce((s, f) => s + statSync(join(dir, 'pg_wal', f)).size, 0) / 1024 ** 2;
  /** About 80 MB of log in statements of their own, as the dashboard's rollup writes it (a month per transaction); the folder's log after. */
  async function writeLog(checkpointCheckMs: number, then?: (db: Database) => Promise<void>) {
    const dir = mkdtempSync(join(tmpdir(), 'commons-wal-'));
    dirs.push(dir);
    const folder = await openDatabase({ engine: 'pglite', dataDir: dir, checkpointCheckMs });
    try {
      await sql`create table filler (id int, note text)`.execute(folder.db);
      for (let i = 0; i < 4; i++) await sql`insert into filler select n, repeat(md5(n::text), 4) from generate_series(1, 100000) n`.execute(folder.db);
      const before = walMb(dir);
      await then?.(folder);
      return { before, after: walMb(dir) };
    } finally {
      await folder.close();
    }
  }

  it('keeps about max_wal_size of log after a checkpoint, however much was written before it', async () => {
    const wal = await writeLog(1e9, async (folder) => { expect(await checkpointIfWalOver(folder.db)).toBe(true); });
    expect(wal.before).toBeGreaterThan(64);
    expect(wal.after).toBeLessThanOrEqual(48);
  }, 60_000);

  it('checkpoints between statements on its own once the log passes max_wal_size', async () => {
    const wal = await writeLog(0);
    expect(wal.before).toBeLessThanOrEqual(64);
  }, 60_000);
});
