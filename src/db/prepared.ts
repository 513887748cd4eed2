import { createHash } from 'node:crypto';
import pg from 'pg';
import { createQueryId, type Compilable, type CompiledQuery, type RawBuilder, type RootOperationNode } from 'kysely';
import type { Executor } from './database.ts';

// Prepared statements for the hot paths (booking, slot search, sign-in look-ups). On PostgreSQL most of
// a short query's server time is planning; a named statement is parsed and planned once per connection
// and then only executed. A query opts in by starting with a marker comment naming its shape; the pool's
// client turns it into a pg named query. Its name carries a hash of the text, so a shape whose text
// varies (optional filters) gets one statement per variant and never a clash. Constants that partial
// indexes depend on (status = 'free', the channel) are written into the text, not passed as
// parameters: a reusable (generic) plan can only use such an index when the value is in the text.
// PGlite runs the same statements prepared too, by SQL PREPARE and EXECUTE (serial-pglite-dialect.ts).

const MARK = '/* prepare:';

// Names already worked out, by text: hashing a 3 kB statement on every call cost a booking 40 µs.
// The number of texts is bounded by the shapes in the code; the cap only guards against a mistake.
const names = new Map<string, string>();

export function statementName(text: string): string | null {
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

/** What a statement template is built with in place of a value: it becomes the parameter of that name. */
class Placeholder {
  constructor(readonly name: string) {}
}

interface CompiledTemplate {
  sql: string;
  query: RootOperationNode;
  /** The input's key for each parameter, in order. */
  keys: string[];
}

/**
 * The text with one parameter per input key: the query builder numbers every use of a value, so the
 * booking statement sent the network's id four times and the time four (27 parameters for 15 values),
 * each serialised by the driver on every call. Every $n of a key becomes the $ of its first use.
 */
function oneParameterPerKey(text: string, keys: string[]): { sql: string; keys: string[] } {
  const distinct: string[] = [];
  const numberOf = new Map<string, number>();
  for (const k of keys) if (!numberOf.has(k)) numberOf.set(k, distinct.push(k));
  return { sql: text.replace(/\$(\d+)\b/g, (_, n: string) => `$${numberOf.get(keys[Number(n) - 1])}`), keys: distinct };
}

/**
 * A prepared statement built and compiled once per variant, then run with each call's values. Building
 * and compiling the booking's 3 kB statement cost more of Node's CPU than sending it and reading the
 * answer. `build` gets placeholders for the input's values (typed as the values, to fit the builders
 * that take them) and is called only for a variant not yet compiled; whatever else shapes the text
 * (a channel written into it, an access rule's form) must be in `variant`. Every parameter of the text
 * must come from a placeholder, so no value of one call can be kept for the next; a builder that
 * computes with a value (a condition on it, a default) gets a placeholder, not the value, so it must
 * take such things as inputs of their own.
 */
export function statementTemplate<I extends Record<string, unknown>, R>(label: string) {
  const compiled = new Map<string, CompiledTemplate>();
  const compile = (db: Executor, build: (input: I) => RawBuilder<R>): CompiledTemplate => {
    const placeholders = new Proxy({}, { get: (_, key) => new Placeholder(String(key)) }) as I;
    const query = build(placeholders).compile(db);
    const keys = query.parameters.map((p, i) => {
      if (!(p instanceof Placeholder)) throw new Error(`${label}: parameter ${i + 1} is a value, not a placeholder; make it an input of the template`);
      return p.name;
    });
    const once = oneParameterPerKey(query.sql, keys);
    return { sql: `${MARK}${label} */ ${once.sql}`, query: query.query, keys: once.keys };
  };
  return {
    async run(db: Executor, variant: string, input: I, build: (input: I) => RawBuilder<R>): Promise<R[]> {
      let t = compiled.get(variant);
      if (!t) {
        t = compile(db, build);
        compiled.set(variant, t);
      }
      const query: CompiledQuery<R> = { sql: t.sql, query: t.query, queryId: createQueryId(), parameters: t.keys.map((k) => input[k]) };
      return (await db.executeQuery<R>(query)).rows;
    },
  };
}
