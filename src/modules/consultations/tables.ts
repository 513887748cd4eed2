// Table types of the consultations module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Selectable } from 'kysely';
import type { Timestamp, TimestampDefault, Json, Defaulted } from '../../db/columns.ts';

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

/** A clinician's judgement of a request beside the engine's verdict (migration 0008); the latest per request counts. */
export interface ConsultationJudgementTable {
  network_id: string;
  id: string;
  consultation_id: string;
  staff_id: string;
  at: Timestamp;
  urgency: ConsultationUrgency;
  role: string;
  engine_urgency: ConsultationUrgency;
  engine_role: string;
  rules_version: string;
  note: string | null;
}

export type ConsultationRow = Selectable<ConsultationTable>;
export type ConsultationEventRow = Selectable<ConsultationEventTable>;

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface ConsultationsTables {
  consultation_secret: ConsultationSecretTable;
  consultation: ConsultationTable;
  consultation_event: ConsultationEventTable;
  consultation_demand: ConsultationDemandTable;
  consultation_judgement: ConsultationJudgementTable;
}
