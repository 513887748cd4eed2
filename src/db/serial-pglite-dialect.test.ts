import { PGlite } from '@electric-sql/pglite';
import { Kysely, PGliteDialect, sql, type Dialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { SerialPGliteDialect } from './serial-pglite-dialect.ts';

// Why SerialPGliteDialect exists (docs/architecture-decisions.md, ADR-2): Kysely's own PGlite driver
// hands its one connection to every caller, so a query made while another caller's transaction is
// open runs inside that transaction and shares its fate. If a Kysely release fixes this, the first
// test fails: then the wrapper can go.

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
    await new Promise((r) => setTimeout(r, 50));
    release();
    await rolledBack;
    await independent;
    return (await db.selectFrom('t').select('n').orderBy('n').execute()).map((r) => r.n);
  } finally {
    await db.destroy();
  }
}

describe('PGlite under concurrent callers', () => {
  it("loses an independent write with Kysely's own PGliteDialect (it joins the other caller's transaction)", async () => {
    expect(await rowsAfterConcurrentRollback((pglite) => new PGliteDialect({ pglite }))).toEqual([]);
  });

  it('keeps it with SerialPGliteDialect (the write waits for the transaction to end)', async () => {
    expect(await rowsAfterConcurrentRollback((pglite) => new SerialPGliteDialect(pglite))).toEqual([2]);
  });
});
