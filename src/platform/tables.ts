// Table types of the platform layer for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { TimestampDefault, Json } from '../db/columns.ts';

export interface IdempotencyKeyTable {
  network_id: string;
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: TimestampDefault;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: TimestampDefault;
}

/** The tables this layer owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface PlatformTables {
  idempotency_key: IdempotencyKeyTable;
  schema_migration: SchemaMigrationTable;
}
