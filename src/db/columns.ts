// Column types every table definition uses (each module keeps its tables in its tables.ts).
import type { ColumnType } from 'kysely';

/** timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
/** date: read and written as 'YYYY-MM-DD'. */
export type DateString = string;
/** jsonb */
export type Json<T> = ColumnType<T, string | T, string | T>;
export type Defaulted<T> = ColumnType<T, T | undefined, T>;

