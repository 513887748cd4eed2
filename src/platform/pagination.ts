import { Type, type TSchema } from 'typebox';
import { sql, type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import { DomainError } from './problems.ts';
import { isWithinClinicalYears, UUID } from './formats.ts';

// One way to page every list (architecture.md, "HTTP API conventions"): keyset pagination, one page
// shape `{ items, nextCursor }`, one opaque cursor. A cursor carries the sort key of the last row
// shown; the next page starts strictly after it, so rows added or removed meanwhile never shift it.

/** The page every list route answers. */
export const Page = <T extends TSchema>(item: T) => Type.Object({
  items: Type.Array(item),
  nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'pass as `cursor` for the next page; null on the last page' }),
});

/** The `limit` and `cursor` query parameters of a list (spread into its querystring schema). */
export function pageQuery(p: { defaultLimit: number; maxLimit: number }) {
  return {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: p.maxLimit, default: p.defaultLimit, description: 'how many items per page' })),
    cursor: Type.Optional(Type.String({ minLength: 1, maxLength: 512, description: 'the nextCursor of the previous page, as given' })),
  };
}

/** A part of a sort key: an instant, a uuid, a whole number or a short text. */
export type KeyPart = 'instant' | 'uuid' | 'int' | 'text';
type KeyValue<P extends KeyPart> = P extends 'instant' ? Date : P extends 'int' ? number : string;
export type Key<S extends readonly KeyPart[]> = { [I in keyof S]: KeyValue<S[I]> };

export class InvalidCursor extends DomainError {
  constructor() {
    super('invalid', 'invalid-cursor', 'This cursor is not one we gave out, or belongs to another list. Start the list again without it.', {}, [{ pointer: '/querystring/cursor', detail: 'not a valid cursor for this list' }]);
  }
}


function encodePart(v: Date | number | string): string | number {
  return v instanceof Date ? v.toISOString() : v;
}

function decodePart(kind: KeyPart, v: unknown): Date | number | string {
  if (kind === 'instant') {
    // Only the clinical years the API accepts anywhere: a forged cursor is a 400, never a database error.
    const d = new Date(typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(v) ? v : NaN);
    if (!isWithinClinicalYears(d)) throw new InvalidCursor();
    return d;
  }
  if (kind === 'uuid') {
    if (typeof v !== 'string' || !UUID.test(v)) throw new InvalidCursor();
    return v;
  }
  if (kind === 'int') {
    if (typeof v !== 'number' || !Number.isSafeInteger(v) || Math.abs(v) > 2 ** 31) throw new InvalidCursor();
    return v;
  }
  if (typeof v !== 'string' || v.length > 200) throw new InvalidCursor();
  return v;
}

/** A list's cursor: the shape of its sort key, encoded as opaque base64url text and checked on the way back. */
export function cursorFor<const S extends readonly KeyPart[]>(name: string, shape: S) {
  return {
    encode(key: Key<S>): string {
      return Buffer.from(JSON.stringify([name, ...(key as unknown as (Date | number | string)[]).map(encodePart)])).toString('base64url');
    },
    /** The key in a cursor from a client, or an `invalid-cursor` problem naming the `cursor` parameter. */
    decode(cursor: string): Key<S> {
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
      } catch {
        throw new InvalidCursor();
      }
      if (!Array.isArray(parsed) || parsed.length !== shape.length + 1 || parsed[0] !== name) throw new InvalidCursor();
      return shape.map((kind, i) => decodePart(kind, parsed[i + 1])) as unknown as Key<S>;
    },
  };
}

/**
 * A page from rows fetched with `limit + 1`: the first `limit` rows, and a cursor after the last of
 * them when there was one more.
 */
export function pageOf<R, T>(rows: readonly R[], limit: number, key: (row: R) => string, view: (row: R) => T): { items: T[]; nextCursor: string | null } {
  const shown = rows.slice(0, limit);
  return { items: shown.map(view), nextCursor: rows.length > limit && shown.length ? key(shown[shown.length - 1]) : null };
}

/**
 * "Strictly after this key" for a sort key of columns (or expressions) all in one direction:
 * a row comparison, `(a, b, c) > ($1, $2, $3)`, that PostgreSQL answers from a matching index.
 */
export function afterKey(_eb: ExpressionBuilder<any, any>, columns: readonly Expression<unknown>[], key: readonly unknown[], direction: 'asc' | 'desc' = 'asc'): Expression<SqlBool> {
  const left = sql.join(columns.map((c) => sql`${c}`));
  const right = sql.join(key.map((v) => sql`${v}`));
  return direction === 'asc' ? sql<SqlBool>`(${left}) > (${right})` : sql<SqlBool>`(${left}) < (${right})`;
}
