// Table types of the navigation module for Kysely, kept by hand beside the SQL migration
// (0011_navigation.sql): change both in the same commit.
import type { ColumnType, Selectable } from 'kysely';
import type { Timestamp } from '../../db/columns.ts';

export type NavigationDecision = 'booked' | 'online-consultation' | 'pharmacy-self-care' | 'signposted' | 'social-prescribing' | 'redirected';
export type RedirectTo = '111' | 'a-and-e' | '999' | 'dentist' | 'optician' | 'pharmacy' | 'other';

export interface NavContactTable {
  network_id: string;
  id: string;
  patient_id: string | null;
  caller_label: string | null;
  channel: 'phone' | 'desk' | 'online';
  reason: string;
  need: string;
  need_kind: 'clinical' | 'non-clinical';
  decision: NavigationDecision;
  booked_role: string | null;
  appointment_id: string | null;
  consultation_id: string | null;
  offer_id: string | null;
  offer_name: string | null;
  redirect_to: RedirectTo | null;
  sp_referral_id: string | null;
  note: string | null;
  organisation_id: string;
  recorded_by_staff_id: string;
  recorded_at: Timestamp;
  seconds_to_record: number | null;
  /** When the offer's details were last texted to the patient, and the outbox message that carried them. */
  offer_texted_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  offer_text_message_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export type NavContactRow = Selectable<NavContactTable>;

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface NavigationTables {
  nav_contact: NavContactTable;
}
