import type { PGlite } from '@electric-sql/pglite';
import { PGliteDialect, type DatabaseConnection, type Driver } from 'kysely';

/**
 * PGlite is one connection. Kysely's PGlite driver hands that same connection to every caller, so
 * two concurrent requests could interleave a query into another's transaction. This dialect lets
 * one caller (a query, or a whole transaction) hold the connection at a time, like a pool of one.
 */
export class SerialPGliteDialect extends PGliteDialect {
  /**
   * `between`, when given, runs between two callers (never inside a transaction), with the connection
   * held, at most once every `everyMs`: work PostgreSQL's background processes would do (a checkpoint).
   * It runs here and not on a timer because a chain of PGlite queries blocks Node's event loop, so no
   * timer fires until the chain ends (a dashboard rollup is a chain of 20 s).
   */
  private readonly between?: { everyMs: number; run: () => Promise<void> };

  constructor(pglite: PGlite, between?: { everyMs: number; run: () => Promise<void> }) {
    super({ pglite });
    this.between = between;
  }

  override createDriver(): Driver {
    const inner = super.createDriver();
    let tail: Promise<void> = Promise.resolve();
    const releases: (() => void)[] = [];
    const between = this.between;
    let lastBetween = Date.now();
    return {
      init: () => inner.init(),
      destroy: () => inner.destroy(),
      beginTransaction: (c, s) => inner.beginTransaction(c, s),
      commitTransaction: (c) => inner.commitTransaction(c),
      rollbackTransaction: (c) => inner.rollbackTransaction(c),
      savepoint: inner.savepoint?.bind(inner),
      rollbackToSavepoint: inner.rollbackToSavepoint?.bind(inner),
      releaseSavepoint: inner.releaseSavepoint?.bind(inner),
      async acquireConnection(): Promise<DatabaseConnection> {
        let release!: () => void;
        const held = new Promise<void>((resolve) => (release = resolve));
        const previous = tail;
        tail = previous.then(() => held);
        await previous;
        releases.push(release);
        if (between && Date.now() - lastBetween >= between.everyMs) {
          lastBetween = Date.now();
          await between.run().catch((err) => console.warn('embedded database maintenance failed:', err));
        }
        return inner.acquireConnection();
      },
      async releaseConnection(connection: DatabaseConnection): Promise<void> {
        await inner.releaseConnection(connection);
        releases.shift()?.();
      },
    };
  }
}
