// Table types for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';

/** timestamptz: read as Date, written as Date or ISO string. */
export type Timestamp = ColumnType<Date, Date | string, Date | string>;
export type TimestampDefault = ColumnType<Date, Date | string | undefined, Date | string>;
/** date: read and written as 'YYYY-MM-DD'. */
export type DateString = string;
/** jsonb */
export type Json<T> = ColumnType<T, string | T, string | T>;
type Defaulted<T> = ColumnType<T, T | undefined, T>;

export interface NetworkTable {
  id: string;
  name: string;
  ods_code: string | null;
  data_sharing_across_practices: Defaulted<boolean>;
  created_at: TimestampDefault;
}

export type { OrganisationKind } from '../platform/actor.ts';
import type { OrganisationKind } from '../platform/actor.ts';
export interface OrganisationTable {
  network_id: string;
  id: string;
  kind: OrganisationKind;
  ods_code: string;
  name: string;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  created_at: TimestampDefault;
}

export type OpeningHours = Partial<Record<'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun', [string, string][]>>;
export interface SiteTable {
  network_id: string;
  id: string;
  organisation_id: string;
  kind: 'practice-site' | 'hub';
  name: string;
  address: string | null;
  postcode: string | null;
  opening_hours: Json<OpeningHours>;
  accessibility: Defaulted<string[]>;
  created_at: TimestampDefault;
}

export interface ServiceTable {
  network_id: string;
  id: string;
  code: string;
  name: string;
  role: string;
  national_category: string;
  default_mode: Defaulted<string>;
  description: string | null;
}

export interface StaffTable {
  network_id: string;
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  active: Defaulted<boolean>;
  created_at: TimestampDefault;
}

export interface StaffRoleTable {
  network_id: string;
  staff_id: string;
  organisation_id: string;
  role: string;
}

export interface StaffSessionTable {
  network_id: string;
  token_hash: string;
  staff_id: string;
  active_organisation_id: string;
  csrf_token: string;
  created_at: TimestampDefault;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface ApiTokenTable {
  network_id: string;
  id: string;
  organisation_id: string;
  name: string;
  token_hash: string;
  scopes: string[];
  created_at: TimestampDefault;
  revoked_at: Timestamp | null;
  last_used_at: Timestamp | null;
}

export interface LoginAttemptTable {
  network_id: string;
  email: string;
  at: TimestampDefault;
  succeeded: boolean;
}

export interface AuditEventTable {
  network_id: string;
  id: string;
  at: TimestampDefault;
  actor_staff_id: string | null;
  actor_token_id: string | null;
  actor_organisation_id: string | null;
  actor_role: string | null;
  patient_id: string | null;
  action: string;
  entity: string;
  entity_id: string | null;
  purpose: string;
  request_id: string | null;
}

export interface IdempotencyKeyTable {
  network_id: string;
  scope: string;
  key: string;
  request_hash: string;
  status_code: number;
  response: Json<unknown>;
  created_at: TimestampDefault;
}

export type Sex = 'female' | 'male' | 'other' | 'unknown';
export interface PatientTable {
  network_id: string;
  id: string;
  nhs_number: string;
  practice_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: DateString;
  sex: Sex;
  address: string | null;
  postcode: string | null;
  phone: string | null;
  email: string | null;
  communication_preferences: Defaulted<string[]>;
  reasonable_adjustments: string | null;
  interpreter_language: string | null;
  accessibility_needs: Defaulted<string[]>;
  preferred_site_id: string | null;
  registered_at: Defaulted<DateString>;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
  search_name: Generated<string>;
}

export type AppointmentMode = 'face-to-face' | 'telephone' | 'video' | 'home-visit';
export type BookingChannel = 'own-practice' | 'network' | 'hub' | 'nhs111' | 'online';

export interface RotaTemplateTable {
  network_id: string;
  id: string;
  staff_id: string;
  organisation_id: string;
  site_id: string;
  service_id: string;
  role: string;
  name: string;
  weekday: number;
  start_time: string;
  end_time: string;
  slot_minutes: number;
  mode: AppointmentMode;
  national_category: string;
  channels: BookingChannel[];
  network_share: Defaulted<number>;
  embargo_hours: number | null;
  valid_from: DateString;
  valid_to: DateString | null;
  active: Defaulted<boolean>;
  created_at: TimestampDefault;
}

export interface BookingQuotaTable {
  network_id: string;
  id: string;
  provider_organisation_id: string;
  channel: BookingChannel;
  per_day: number | null;
  per_registered_patients: number | null;
}

export interface SlotBlockTable {
  network_id: string;
  id: string;
  staff_id: string | null;
  site_id: string | null;
  starts_at: Timestamp;
  ends_at: Timestamp;
  reason: string;
  created_at: TimestampDefault;
}

export type SlotStatus = 'free' | 'booked' | 'blocked';
export interface SlotTable {
  network_id: string;
  id: string;
  template_id: string | null;
  staff_id: string;
  organisation_id: string;
  site_id: string;
  service_id: string;
  role: string;
  mode: AppointmentMode;
  national_category: string;
  start_at: Timestamp;
  end_at: Timestamp;
  channels: BookingChannel[];
  opens_at: Timestamp;
  status: Defaulted<SlotStatus>;
  created_at: TimestampDefault;
}

export type AppointmentStatus = 'booked' | 'arrived' | 'in-progress' | 'attended' | 'dna' | 'cancelled';
export interface AppointmentTable {
  network_id: string;
  id: string;
  slot_id: string;
  patient_id: string;
  status: AppointmentStatus;
  start_at: Timestamp;
  end_at: Timestamp;
  provider_organisation_id: string;
  site_id: string;
  staff_id: string;
  service_id: string;
  role: string;
  mode: AppointmentMode;
  national_category: string;
  channel: BookingChannel;
  booker_organisation_id: string;
  booked_by_staff_id: string | null;
  booked_by_token_id: string | null;
  patient_practice_id: string;
  reason: string | null;
  booked_at: TimestampDefault;
  cancelled_at: Timestamp | null;
  cancelled_by: 'patient' | 'practice' | null;
  cancel_reason: string | null;
  rebooked_from_id: string | null;
  source_consultation_id: string | null;
}

export interface AppointmentStatusHistoryTable {
  network_id: string;
  id: string;
  appointment_id: string;
  from_status: AppointmentStatus | null;
  to_status: AppointmentStatus;
  at: TimestampDefault;
  by_staff_id: string | null;
  by_token_id: string | null;
  reason: string | null;
}

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

// 0007_consultations.sql
export interface ConsultationSecretTable {
  name: string;
  secret: string;
  created_at: TimestampDefault;
}

export type ConsultationStatus = 'new' | 'in-progress' | 'awaiting-patient' | 'closed';
export type ConsultationType = 'medical' | 'admin' | 'advice';
export type ConsultationUrgency = 'emergency' | 'urgent' | 'routine' | 'self-care';
export interface ConsultationTable {
  network_id: string;
  id: string;
  reference: string;
  patient_id: string;
  practice_id: string;
  submitted_by: 'patient' | 'proxy' | 'reception';
  submitted_by_staff_id: string | null;
  proxy_name: string | null;
  proxy_relationship: string | null;
  channel: 'online' | 'phone' | 'desk';
  type: ConsultationType;
  admin_kind: string | null;
  description: string;
  answers: Json<Record<string, string | number | boolean>>;
  phq9_score: number | null;
  gad7_score: number | null;
  triage: Json<ConsultationTriage>;
  urgency: ConsultationUrgency;
  assigned_role: string;
  assigned_practice_id: string;
  status: Defaulted<ConsultationStatus>;
  claimed_by_staff_id: string | null;
  claimed_at: Timestamp | null;
  outcome: string | null;
  outcome_note: string | null;
  appointment_id: string | null;
  submitted_at: Timestamp;
  first_action_at: Timestamp | null;
  closed_at: Timestamp | null;
  due_at: Timestamp;
  idempotency_key: string | null;
}

/** The triage engine's verdict as stored with a consultation (what the clinician sees). */
export interface ConsultationTriage {
  urgency: ConsultationUrgency;
  role: string;
  redFlags: { id: string; label: string; source: string }[];
  matchedRules: string[];
  rationale: string;
  rulesVersion: string;
  warnings: string[];
}

export interface ConsultationEventTable {
  network_id: string;
  id: string;
  consultation_id: string;
  type: string;
  at: Timestamp;
  by_staff_id: string | null;
  by_token_id: string | null;
  by_patient: Defaulted<boolean>;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  detail: Json<Record<string, unknown>>;
}

export interface ConsultationDemandTable {
  network_id: string;
  id: string;
  patient_id: string;
  at: Timestamp;
  kind: 'emergency-refused';
  submitted_by: string;
  channel: string;
  urgency: string;
  matched_rules: Defaulted<string[]>;
  rules_version: string;
  idempotency_key: string | null;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: TimestampDefault;
}

export interface DB {
  network: NetworkTable;
  organisation: OrganisationTable;
  site: SiteTable;
  service: ServiceTable;
  staff: StaffTable;
  staff_role: StaffRoleTable;
  staff_session: StaffSessionTable;
  api_token: ApiTokenTable;
  login_attempt: LoginAttemptTable;
  audit_event: AuditEventTable;
  idempotency_key: IdempotencyKeyTable;
  patient: PatientTable;
  rota_template: RotaTemplateTable;
  booking_quota: BookingQuotaTable;
  slot_block: SlotBlockTable;
  slot: SlotTable;
  appointment: AppointmentTable;
  appointment_status_history: AppointmentStatusHistoryTable;
  message: MessageTable;
  consultation_secret: ConsultationSecretTable;
  consultation: ConsultationTable;
  consultation_event: ConsultationEventTable;
  consultation_demand: ConsultationDemandTable;
  schema_migration: SchemaMigrationTable;
}

export type PatientRow = Selectable<PatientTable>;
export type NewPatientRow = Insertable<PatientTable>;
export type SlotRow = Selectable<SlotTable>;
export type AppointmentRow = Selectable<AppointmentTable>;
export type RotaTemplateRow = Selectable<RotaTemplateTable>;
export type ConsultationRow = Selectable<ConsultationTable>;
export type ConsultationEventRow = Selectable<ConsultationEventTable>;
