import { sql } from 'kysely';
import type { Transaction as PGliteTransaction } from '@electric-sql/pglite';
import type { Database } from '../db/database.ts';
import { BINARY_TYPES, encodeCopyBinary } from './copy-binary.ts';

/** A column value as the generator produces it; arrays are text[] columns. */
export type CellValue = string | number | boolean | Date | null | readonly string[];

const PGLITE_ROWS_PER_COPY = 50_000;
const POSTGRES_ROWS_PER_STATEMENT = 5_000;

/**
 * Loads many rows into one table as fast as each engine allows. Every constraint and index stays.
 *
 * - PGlite: COPY from a blob in binary format (CSV for a table with a column type the encoder
 *   does not know), in one transaction per table (row-by-row inserts into WASM Postgres are ~50x slower). Foreign keys are checked once for the whole table by a set-based
 *   anti-join before commit instead of by a trigger per row, which locks the referenced row and
 *   doubles the load time; a violation throws and rolls the table back. Tables with triggers of
 *   their own are loaded with every trigger firing.
 * - PostgreSQL: chunks of JSON through json_populate_recordset (one parameter per statement, no
 *   new dependency); triggers fire as usual.
 */
export async function bulkInsert(database: Database, table: string, columns: readonly string[], rows: readonly (readonly CellValue[])[], onRows?: (n: number) => void): Promise<void> {
  if (rows.length === 0) return;
  if (!/^[a-z_]+$/.test(table) || columns.some((c) => !/^[a-z_]+$/.test(c))) throw new Error(`bulkInsert: bad table or column name in ${table}`);
  const cols = columns.join(', ');
  if (database.pglite) {
    await database.pglite.transaction(async (tx) => {
      const userTriggers = await tx.query<{ n: number }>('select count(*)::int as n from pg_trigger where tgrelid = $1::regclass and not tgisinternal', [table]);
      const checkInBulk = userTriggers.rows[0].n === 0;
      if (checkInBulk) await tx.exec('set local session_replication_role = replica');
      const types = await binaryTypes(tx, table, columns);
      for (let from = 0; from < rows.length; from += PGLITE_ROWS_PER_COPY) {
        const chunk = rows.slice(from, from + PGLITE_ROWS_PER_COPY);
        if (types) {
          const bin = encodeCopyBinary(types, chunk);
          await tx.query(`copy ${table} (${cols}) from '/dev/blob' with (format binary)`, [], { blob: new Blob([bin as Uint8Array<ArrayBuffer>]) });
        } else {
          await tx.query(`copy ${table} (${cols}) from '/dev/blob' with (format csv)`, [], { blob: new Blob([chunk.map(csvRow).join('\n') + '\n']) });
        }
        onRows?.(chunk.length);
      }
      if (checkInBulk) {
        await tx.exec('set local session_replication_role = origin');
        await checkForeignKeys(tx, table);
      }
    });
    return;
  }
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
  }
}

/** The binary COPY type of each column, or null when one has a type the encoder does not write. */
async function binaryTypes(tx: PGliteTransaction, table: string, columns: readonly string[]): Promise<string[] | null> {
  const { rows } = await tx.query<{ name: string; oid: number }>('select attname::text as name, atttypid::int as oid from pg_attribute where attrelid = $1::regclass and attnum > 0 and not attisdropped', [table]);
  const byName = new Map(rows.map((r) => [r.name, BINARY_TYPES[r.oid]]));
  const types = columns.map((c) => byName.get(c));
  return types.every((t) => t !== undefined) ? (types as string[]) : null;
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
