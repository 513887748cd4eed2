import type { PGlite } from '@electric-sql/pglite';
import { PGliteDialect, type DatabaseConnection, type Driver } from 'kysely';

/**
 * PGlite is one connection. Kysely's PGlite driver hands that same connection to every caller, so
 * two concurrent requests could interleave a query into another's transaction. This dialect lets
 * one caller (a query, or a whole transaction) hold the connection at a time, like a pool of one.
 */
export class SerialPGliteDialect extends PGliteDialect {
  constructor(pglite: PGlite) {
    super({ pglite });
  }

  override createDriver(): Driver {
    const inner = super.createDriver();
    let tail: Promise<void> = Promise.resolve();
    const releases: (() => void)[] = [];
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
        return inner.acquireConnection();
      },
      async releaseConnection(connection: DatabaseConnection): Promise<void> {
        await inner.releaseConnection(connection);
        releases.shift()?.();
      },
    };
  }
}
