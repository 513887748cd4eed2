// Table types of the messaging module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Selectable } from 'kysely';
import type { Timestamp, TimestampDefault, Defaulted, Json } from '../../db/columns.ts';

export type MessageStatus = 'queued' | 'sending' | 'sent' | 'delivered' | 'failed';

// 0005_messaging.sql, 0012_messaging_patient_links.sql
export interface MessageTable {
  network_id: string;
  id: string;
  patient_id: string;
  channel: 'sms' | 'email' | 'letter';
  template: string;
  recipient: string | null;
  body: string;
  status: Defaulted<MessageStatus>;
  related_entity: string | null;
  related_id: string | null;
  created_at: TimestampDefault;
  sent_at: Timestamp | null;
  error: string | null;
  attempts: Defaulted<number>;
  next_attempt_at: Timestamp | null;
  lease_until: Timestamp | null;
  provider: string | null;
  provider_id: string | null;
  notify_template_id: string | null;
  personalisation: Json<Record<string, string>> | null;
  delivery_status: string | null;
  delivered_at: Timestamp | null;
}
export type MessageRow = Selectable<MessageTable>;

export type LinkPurpose = 'appointment' | 'consultation' | 'offer' | 'fft' | 'outreach' | 'monitoring';
export interface PatientLinkTable {
  network_id: string;
  id: string;
  patient_id: string;
  purpose: LinkPurpose;
  appointment_id: string | null;
  consultation_id: string | null;
  offer_id: string | null;
  /**
   * The record of another module this link is about, by purpose (outreach: the outreach entry; monitoring: the request for readings;
   * fft: the appointment the invitation follows; consultation: the request, whose Friends and Family Test answer follows it once closed). 0020, 0022.
   */
  subject_id: string | null;
  service_ids: Defaulted<string[]>;
  created_at: TimestampDefault;
  expires_at: Timestamp;
}
export type PatientLinkRow = Selectable<PatientLinkTable>;

export interface PatientLinkEventTable {
  network_id: string;
  id: string;
  link_id: string;
  patient_id: string;
  action: string;
  at: TimestampDefault;
  detail: Json<Record<string, unknown>>;
}

export interface FftResponseTable {
  network_id: string;
  id: string;
  patient_id: string;
  practice_id: string;
  appointment_id: string | null;
  consultation_id: string | null;
  link_id: string;
  rating: number;
  comment: string | null;
  answered_at: TimestampDefault;
  /** What the answer followed, kept when it is recorded (0024_fft_answer_context.sql): null when it names neither. */
  follows: 'appointment' | 'request' | null;
  /** The organisation that gave the appointment or handled the request. */
  delivered_by: string | null;
  role: string | null;
  site_id: string | null;
  /** The appointment's mode, or how the request came in (online, phone, desk). */
  channel: string | null;
  national_category: string | null;
}

export interface MessagingSettingsTable {
  network_id: string;
  reminder_hours: Defaulted<number[]>;
  link_days: Defaulted<number>;
  offer_minutes: Defaulted<number>;
}

export interface MessagingSecretTable {
  name: string;
  secret: string;
  created_at: TimestampDefault;
}

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface MessagingTables {
  message: MessageTable;
  patient_link: PatientLinkTable;
  patient_link_event: PatientLinkEventTable;
  fft_response: FftResponseTable;
  messaging_settings: MessagingSettingsTable;
  messaging_secret: MessagingSecretTable;
}
