import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Compilable, CompiledQuery, RawBuilder } from 'kysely';
import type { Executor } from './database.ts';

// Prepared statements for the hot paths (booking, slot search, sign-in look-ups). On PostgreSQL most of
// a short query's server time is planning; a named statement is parsed and planned once per connection
// and then only executed. A query opts in by starting with a marker comment naming its shape; the pool's
// client turns it into a pg named query. Its name carries a hash of the text, so a shape whose text
// varies (optional filters) gets one statement per variant and never a clash. Constants that partial
// indexes depend on (status = 'free', the channel) are written into the text, not passed as
// parameters: a reusable (generic) plan can only use such an index when the value is in the text.
// PGlite runs the same text (the comment is ignored there): one connection, nothing to prepare.

const MARK = '/* prepare:';

// Names already worked out, by text: hashing a 3 kB statement on every call cost a booking 40 µs.
// The number of texts is bounded by the shapes in the code; the cap only guards against a mistake.
const names = new Map<string, string>();

function statementName(text: string): string | null {
  if (!text.startsWith(MARK)) return null;
  const known = names.get(text);
  if (known) return known;
  const end = text.indexOf(' */');
  const label = text.slice(MARK.length, end).replace(/[^a-z0-9_]/gi, '_').slice(0, 40);
  const name = `${label}_${createHash('sha1').update(text).digest('hex').slice(0, 12)}`;
  if (names.size >= 5000) names.clear();
  names.set(text, name);
  return name;
}

/** A pg client that runs marked queries as named (prepared) statements. */
export class PreparingClient extends pg.Client {
  override query(...args: any[]): any {
    const [first, values, callback] = args;
    const name = typeof first === 'string' ? statementName(first) : null;
    if (name && typeof values !== 'function') return (super.query as (...a: unknown[]) => unknown)({ name, text: first, values }, callback);
    return (super.query as (...a: unknown[]) => unknown)(...args);
  }
}

/** Runs a query as a prepared statement named after its shape (`label`); returns its rows. */
export async function runPrepared<R>(db: Executor, label: string, query: Compilable<R> | RawBuilder<R>): Promise<R[]> {
  // A raw sql`` needs the executor to compile; a query builder ignores the argument.
  const compiled = (query as { compile(db: Executor): CompiledQuery<R> }).compile(db);
  const marked: CompiledQuery<R> = { ...compiled, sql: `${MARK}${label} */ ${compiled.sql}` };
  return (await db.executeQuery<R>(marked)).rows;
}
