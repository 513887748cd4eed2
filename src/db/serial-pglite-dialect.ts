import type { PGlite } from '@electric-sql/pglite';
import { PGliteDialect, type CompiledQuery, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import { statementName } from './prepared.ts';

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
        return preparing(await inner.acquireConnection());
      },
      async releaseConnection(connection: DatabaseConnection): Promise<void> {
        await inner.releaseConnection(connection);
        releases.shift()?.();
      },
    };
  }
}

/**
 * The hot paths' statements (marked for preparing, prepared.ts) run as prepared statements on PGlite
 * too: the first run of a text prepares it with SQL PREPARE, every run after is an EXECUTE of it. PGlite
 * otherwise plans each statement afresh, and in WebAssembly planning a slot search or a booking cost
 * more than running it. EXECUTE is a utility statement, which takes no bound parameters, so the values
 * are written into it as quoted literals (each coerced to its parameter's type, as a bound value is);
 * a value with no safe literal here (bytes, nested arrays, text holding a NUL) sends the statement the
 * ordinary way. A prepared statement belongs to the session, not to a transaction, so it outlives a
 * rollback; a PREPARE that fails leaves nothing behind and is tried again next time.
 */
const preparedOn = new WeakMap<DatabaseConnection, Set<string>>();

function preparing(connection: DatabaseConnection): DatabaseConnection {
  if (preparedOn.has(connection)) return connection;
  const prepared = new Set<string>();
  preparedOn.set(connection, prepared);
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
    const name = statementName(query.sql);
    const values = name ? literals(query.parameters) : null;
    if (!name || !values) return execute<R>(query);
    if (!prepared.has(name)) {
      await execute({ ...query, sql: `prepare ${name} as ${query.sql}`, parameters: [] });
      prepared.add(name);
    }
    return execute<R>({ ...query, sql: `execute ${name}${values.length ? `(${values.join(', ')})` : ''}`, parameters: [] });
  };
  return connection;
}

/** Each value as an SQL string literal of unknown type (PGlite's own serialisers write the same text), or null if one has none here. */
function literals(values: readonly unknown[]): string[] | null {
  const out: string[] = [];
  for (const v of values) {
    const text = literalText(v);
    if (text === undefined) return null;
    out.push(text === null ? 'null' : `'${text.replaceAll("'", "''")}'`);
  }
  return out;
}

function literalText(v: unknown): string | null | undefined {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v.includes('\0') ? undefined : v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : undefined;
  if (typeof v === 'bigint' || typeof v === 'boolean') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
  if (Array.isArray(v)) {
    const items: string[] = [];
    for (const item of v) {
      if (Array.isArray(item)) return undefined;
      const text = literalText(item);
      if (text === undefined) return undefined;
      items.push(text === null ? 'NULL' : `"${text.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`);
    }
    return `{${items.join(',')}}`;
  }
  if (v instanceof Uint8Array) return undefined;
  if (typeof v === 'object') { const json = JSON.stringify(v); return json.includes('\0') ? undefined : json; }
  return undefined;
}
