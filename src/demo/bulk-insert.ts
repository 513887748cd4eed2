import { sql } from 'kysely';
import type { Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type { Database } from '../db/database.ts';
import { BINARY_TYPES, encodeCopyBinary } from './copy-binary.ts';
import { keepHeapNearLive } from './heap.ts';

/** A column value as the generator produces it; arrays are text[] columns. */
export type CellValue = string | number | boolean | Date | null | readonly string[];

const PGLITE_ROWS_PER_COPY = 50_000;
const POSTGRES_ROWS_PER_STATEMENT = 5_000;
/** Below this many rows, updating the indexes row by row costs less than building them again. */
const REBUILD_INDEXES_FROM_ROWS = 10_000;

/** Adds rows to one table within a bulk load; may be called many times, for any table, in any order. */
export type LoadRows = (table: string, columns: readonly string[], rows: readonly (readonly CellValue[])[]) => Promise<void>;

/**
 * Loads many rows into one table as fast as each engine allows; see bulkLoad. Indexes are rebuilt
 * after the load when there are enough rows for that to pay.
 */
export async function bulkInsert(database: Database, table: string, columns: readonly string[], rows: readonly (readonly CellValue[])[], onRows?: (n: number) => void): Promise<void> {
  if (rows.length === 0) return;
  await bulkLoad(database, { rebuildIndexes: rows.length >= REBUILD_INDEXES_FROM_ROWS ? [table] : [], onRows }, (load) => load(table, columns, rows));
}

/**
 * A bulk load of many batches into several tables, so a generator can hand its rows over as it makes
 * them and never hold a whole table in memory. Every constraint stays.
 *
 * - PGlite: one transaction for the whole load; each batch is a COPY from a blob in binary format
 *   (CSV for a table with a column type the encoder does not know; row-by-row inserts into WASM
 *   Postgres are ~50x slower). The indexes of the tables in `rebuildIndexes` that back no constraint
 *   are dropped at their first batch and built again at the end (see dropSecondaryIndexes). Foreign
 *   keys are checked once per table by a set-based anti-join before commit instead of by a trigger
 *   per row, which locks the referenced row and doubles the load time; a violation throws and rolls
 *   the whole load back, dropped indexes included. A table's own triggers fire all the same (set to
 *   fire always for the load: fireOwnTriggersInReplica).
 * - PostgreSQL: each batch in chunks of JSON through json_populate_recordset (one parameter per
 *   statement, no new dependency), committed as it goes; triggers fire as usual.
 */
export async function bulkLoad<T>(database: Database, options: { rebuildIndexes?: readonly string[]; onRows?: (n: number) => void }, fill: (load: LoadRows) => Promise<T>): Promise<T> {
  const check = (table: string, columns: readonly string[]) => {
    if (!/^[a-z_]+$/.test(table) || columns.some((c) => !/^[a-z_]+$/.test(c))) throw new Error(`bulkInsert: bad table or column name in ${table}`);
  };
  if (!database.pglite) {
    return fill(async (table, columns, rows) => {
      check(table, columns);
      await insertAsJson(database, table, columns, rows, options.onRows);
    });
  }
  return database.pglite.transaction(async (tx) => {
    const tables = new Map<string, { triggers: string[] | null; types: Map<string, string | undefined>; rebuild: string[] }>();
    const result = await fill(async (table, columns, rows) => {
      check(table, columns);
      if (rows.length === 0) return;
      let t = tables.get(table);
      if (!t) {
        t = { triggers: await fireOwnTriggersInReplica(tx, table), types: await columnTypes(tx, table), rebuild: options.rebuildIndexes?.includes(table) ? await dropSecondaryIndexes(tx, table) : [] };
        tables.set(table, t);
      }
      const types = columns.map((c) => t.types.get(c));
      const cols = columns.join(', ');
      if (t.triggers) await tx.exec('set local session_replication_role = replica');
      for (let from = 0; from < rows.length; from += PGLITE_ROWS_PER_COPY) {
        const chunk = rows.length <= PGLITE_ROWS_PER_COPY ? rows : rows.slice(from, from + PGLITE_ROWS_PER_COPY);
        if (types.every((x) => x !== undefined)) {
          const bin = encodeCopyBinary(types as string[], chunk);
          await tx.query(`copy ${table} (${cols}) from '/dev/blob' with (format binary)`, [], { blob: new Blob([bin as Uint8Array<ArrayBuffer>]) });
        } else {
          await tx.query(`copy ${table} (${cols}) from '/dev/blob' with (format csv)`, [], { blob: new Blob([chunk.map(csvRow).join('\n') + '\n']) });
        }
        options.onRows?.(chunk.length);
        keepHeapNearLive();
      }
      if (t.triggers) await tx.exec('set local session_replication_role = origin');
    });
    for (const [table, t] of tables) for (const name of t.triggers ?? []) await tx.exec(`alter table ${table} enable trigger ${quoteIdent(name)}`);
    for (const t of tables.values()) for (const definition of t.rebuild) await tx.exec(definition);
    for (const [table, t] of tables) if (t.triggers) await checkForeignKeys(tx, table);
    return result;
  });
}

async function insertAsJson(database: Database, table: string, columns: readonly string[], rows: readonly (readonly CellValue[])[], onRows?: (n: number) => void) {
  if (rows.length === 0) return;
  const cols = columns.join(', ');
  // Rows carry jsonb values already serialised (COPY wants text); inside a JSON document they must be
  // objects again, or json_populate_recordset stores a quoted string.
  const { rows: jsonbRows } = await sql<{ name: string }>`select attname::text as name from pg_attribute where attrelid = ${table}::regclass and atttypid = 'jsonb'::regtype`.execute(database.db);
  const jsonb = new Set(jsonbRows.map((r) => r.name));
  const value = (c: string, v: unknown) => (jsonb.has(c) && typeof v === 'string' ? JSON.parse(v) : v);
  for (let from = 0; from < rows.length; from += POSTGRES_ROWS_PER_STATEMENT) {
    const chunk = rows.slice(from, from + POSTGRES_ROWS_PER_STATEMENT);
    const json = JSON.stringify(chunk.map((row) => Object.fromEntries(columns.map((c, i) => [c, value(c, row[i])]))));
    await sql`insert into ${sql.raw(table)} (${sql.raw(cols)}) select ${sql.raw(cols)} from json_populate_recordset(null::${sql.raw(table)}, ${json}::json)`.execute(database.db);
    onRows?.(chunk.length);
    keepHeapNearLive();
  }
}

/**
 * Lets a table's own triggers fire while the load runs as a replica (which skips the foreign keys'
 * per-row triggers, checked afterwards by checkForeignKeys): each trigger enabled for origin sessions
 * fires always until the load ends (bulkLoad puts it back; all in the load's transaction). Returns their
 * names, or null when a trigger is in another state (replica-only, already always): such a table is loaded
 * as an origin session, every trigger firing. Booking's statement triggers on slot and appointment (which
 * mark the days changed) made those tables load row by row through their foreign keys' triggers: loading
 * the pcn demo's appointments took 12 s of COPY at load 6.
 */
async function fireOwnTriggersInReplica(tx: PGliteTransaction, table: string): Promise<string[] | null> {
  const { rows } = await tx.query<{ name: string; enabled: string }>('select tgname::text as name, tgenabled::text as enabled from pg_trigger where tgrelid = $1::regclass and not tgisinternal', [table]);
  if (rows.some((r) => r.enabled !== 'O' && r.enabled !== 'D')) return null;
  const own = rows.filter((r) => r.enabled === 'O').map((r) => r.name);
  for (const name of own) await tx.exec(`alter table ${table} enable always trigger ${quoteIdent(name)}`);
  return own;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The binary COPY type of each column (undefined for a type the encoder does not write). */
async function columnTypes(tx: PGliteTransaction, table: string): Promise<Map<string, string | undefined>> {
  const { rows } = await tx.query<{ name: string; oid: number }>('select attname::text as name, atttypid::int as oid from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped', [table]);
  return new Map(rows.map((r) => [r.name, BINARY_TYPES[r.oid]]));
}

/**
 * Drops the table's indexes that back no constraint and returns the statements that create them again.
 * Building an index once from the loaded rows is faster than updating it row by row, and the index
 * comes out packed (row by row, an index on (staff, time) fed rows in time order splits pages at random
 * and ends up about half empty). The drop and the rebuild are in the load's transaction, so a failed
 * load leaves every index in place.
 */
async function dropSecondaryIndexes(tx: PGliteTransaction, table: string): Promise<string[]> {
  const { rows } = await tx.query<{ name: string; definition: string }>(`
    select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition
    from pg_index i where i.indrelid = $1::regclass and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`, [table]);
  for (const r of rows) await tx.exec(`drop index ${r.name}`);
  return rows.map((r) => r.definition);
}

/** Every foreign key of a table, checked for all its rows at once (MATCH SIMPLE: rows with a null key pass). */
async function checkForeignKeys(tx: PGliteTransaction, table: string): Promise<void> {
  const fks = await tx.query<{ name: string; ref: string; cols: string[]; refcols: string[] }>(`
    select c.conname as name, c.confrelid::regclass::text as ref,
      array(select a.attname::text from unnest(c.conkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.n order by k.i) as cols,
      array(select a.attname::text from unnest(c.confkey) with ordinality k(n, i) join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.n order by k.i) as refcols
    from pg_constraint c where c.contype = 'f' and c.conrelid = $1::regclass`, [table]);
  for (const fk of fks.rows) {
    const notNull = fk.cols.map((c) => `t.${c} is not null`).join(' and ');
    const join = fk.cols.map((c, i) => `r.${fk.refcols[i]} = t.${c}`).join(' and ');
    const { rows } = await tx.query<{ n: number }>(`select count(*)::int as n from ${table} t where ${notNull} and not exists (select 1 from ${fk.ref} r where ${join})`);
    if (rows[0].n > 0) throw new Error(`bulkInsert: ${rows[0].n} row(s) of ${table} break foreign key ${fk.name}`);
  }
}

function csvRow(row: readonly CellValue[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += ',';
    line += csvCell(row[i]);
  }
  return line;
}

/** An unquoted empty field is NULL in PostgreSQL's CSV; an empty string must be quoted. */
function csvCell(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'string') return needsQuotes(v) ? `"${v.replace(/"/g, '""')}"` : v;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 't' : 'f';
  if (v instanceof Date) return v.toISOString();
  const literal = `{${(v as readonly string[]).map(arrayElement).join(',')}}`;
  return needsQuotes(literal) ? `"${literal.replace(/"/g, '""')}"` : literal;
}

function needsQuotes(s: string): boolean {
  return s === '' || /[",\n\r]/.test(s);
}

function arrayElement(s: string): string {
  return s === '' || /[{}",\\\s]/.test(s) || s.toUpperCase() === 'NULL' ? `"${s.replace(/[\\"]/g, (c) => '\\' + c)}"` : s;
}
