// Table types of the messaging module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Timestamp, TimestampDefault, Defaulted } from '../../db/columns.ts';

export interface MessageTable {
  network_id: string;
  id: string;
  patient_id: string;
  channel: 'sms' | 'email' | 'letter';
  template: string;
  recipient: string | null;
  body: string;
  status: Defaulted<'queued' | 'sent' | 'failed'>;
  related_entity: string | null;
  related_id: string | null;
  created_at: TimestampDefault;
  sent_at: Timestamp | null;
  error: string | null;
}

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface MessagingTables {
  message: MessageTable;
}
