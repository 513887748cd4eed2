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
