import { PGlite } from '@electric-sql/pglite';
import { Kysely, sql, type Dialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SerialPGliteDialect } from './serial-pglite-dialect.ts';

// Why SerialPGliteDialect exists (docs/architecture-decisions.md, ADR-2): Kysely's own PGlite driver
// hands its one connection to every caller and sends a query through whatever transaction is open
// on it, so whether an independent write joins another caller's transaction depends on timing. (A
// test that tried to show the loss with Kysely 0.29.9 saw the write survive on this machine, so it
// was removed rather than kept as a flaky proof.) The serial dialect makes the guarantee explicit.

/** A transaction that will roll back is open while another caller inserts a row of its own; which rows survive? */
async function rowsAfterConcurrentRollback(dialect: (pglite: PGlite) => Dialect): Promise<number[]> {
  const pglite = await PGlite.create();
  const db = new Kysely<{ t: { n: number } }>({ dialect: dialect(pglite) });
  try {
    await sql`create table t (n int)`.execute(db);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let begun!: () => void;
    const hasBegun = new Promise<void>((r) => (begun = r));
    const rolledBack = db.transaction().execute(async (trx) => {
      await trx.insertInto('t').values({ n: 1 }).execute();
      begun();
      await gate;
      throw new Error('roll back');
    }).catch(() => {});
    await hasBegun;
    const independent = db.insertInto('t').values({ n: 2 }).execute();
    // Give the independent write time to run (it finishes at once if it joined the open transaction;
    // with the serial dialect it waits, so the race ends on the timer). A fixed short sleep was flaky on a busy machine.
    await Promise.race([independent, new Promise((r) => setTimeout(r, 2000))]);
    release();
    await rolledBack;
    await independent;
    return (await db.selectFrom('t').select('n').orderBy('n').execute()).map((r) => r.n);
  } finally {
    await db.destroy();
  }
}

describe('PGlite under concurrent callers', () => {
  it('keeps an independent write while another caller rolls back (the write waits for the transaction to end)', async () => {
    expect(await rowsAfterConcurrentRollback((pglite) => new SerialPGliteDialect(pglite))).toEqual([2]);
  }, 240_000); // a fresh PGlite takes 10-20 s to start, several times that on a busy CI machine
});

// The hot paths' statements run prepared on PGlite (PREPARE once, then EXECUTE with the values written
// in as literals): the answers must be what the ordinary path gives, for every kind of value, and a
// value can never become SQL.
describe('statements marked for preparing, on PGlite', () => {
  it('prepares once, executes after, and returns every kind of value as sent', async () => {
    const pglite = await PGlite.create();
    const db = new Kysely<Record<string, never>>({ dialect: new SerialPGliteDialect(pglite) });
    try {
      await sql`create table person (id uuid primary key, name text, born date, seen timestamptz, tags text[], n int, ok boolean, extra jsonb)`.execute(db);
      const tricky = `O'Brien"); drop table person; -- \\ back\\slash`;
      const row = { id: '0190a5a0-0000-7000-8000-000000000001', name: tricky, born: '1950-02-03', seen: new Date('2026-06-01T07:00:00.123Z'), tags: ['a "quoted" tag', 'back\\slash', null, "it's"], n: 42, ok: false, extra: { k: "v'" } };
      const insert = sql`/* prepare:test_person_insert */ insert into person values (${row.id}, ${row.name}, ${row.born}, ${row.seen}, ${row.tags}, ${row.n}, ${row.ok}, ${JSON.stringify(row.extra)}) returning *`;
      const first = await insert.execute(db);
      const select = (id: string) => sql<Record<string, unknown>>`/* prepare:test_person_select */ select * from person where id = ${id}`.execute(db);
      const again = await select(row.id);
      await select(row.id);
      expect(first.rows[0]).toEqual(again.rows[0]);
      expect(again.rows[0]).toMatchObject({ name: tricky, tags: row.tags, n: 42, ok: false, extra: { k: "v'" } });
      expect((again.rows[0].seen as Date).toISOString()).toBe('2026-06-01T07:00:00.123Z');
      const names = await sql<{ name: string }>`select name from pg_prepared_statements order by name`.execute(db);
      expect(names.rows.map((r) => r.name)).toEqual([expect.stringMatching(/^test_person_insert_/), expect.stringMatching(/^test_person_select_/)]);
      // Text holding a NUL has no literal: it goes the ordinary way, and PostgreSQL refuses it as it would anyway.
      await expect(select('\0')).rejects.toThrow();
      expect((await sql<{ n: number }>`select count(*)::int as n from person`.execute(db)).rows[0].n).toBe(1);
    } finally {
      await db.destroy();
    }
  });
});
