// Table types of the population-health module for Kysely, kept by hand beside the SQL migration
// (0015_population_health.sql, 0019_phm_allergy.sql, 0025_phm_cohort_indexes.sql): change both in the same commit.
import type { ColumnType } from 'kysely';
import type { DateString, Defaulted, Json, Timestamp, TimestampDefault } from '../../db/columns.ts';

export type RecordSource = 'manual' | 'fhir' | 'demo' | 'home';
export type FrailtyCategory = 'fit' | 'mild' | 'moderate' | 'severe';
export type OutreachPurpose = 'ltc-clinic' | 'medication-review' | 'frailty-review' | 'health-check';
export type OutreachStatus = 'to-contact' | 'invited' | 'contacted' | 'booked' | 'attended' | 'did-not-attend' | 'declined' | 'no-response';

export interface PhmConditionTable {
  network_id: string;
  id: string;
  patient_id: string;
  code: string;
  display: string | null;
  onset: DateString;
  resolved: DateString | null;
  source: Defaulted<RecordSource>;
  recorded_at: TimestampDefault;
}

export interface PhmObservationTable {
  network_id: string;
  id: string;
  patient_id: string;
  kind: string;
  code: string;
  value: number | null;
  unit: string | null;
  observed_on: DateString;
  source: Defaulted<RecordSource>;
  recorded_at: TimestampDefault;
}

export interface PhmMedicationTable {
  network_id: string;
  id: string;
  patient_id: string;
  name: string;
  code: string | null;
  started_on: DateString;
  ended_on: DateString | null;
  repeat: Defaulted<boolean>;
  source: Defaulted<RecordSource>;
  recorded_at: TimestampDefault;
}

export interface PhmAllergyTable {
  network_id: string;
  id: string;
  patient_id: string;
  code: string | null;
  display: string;
  reaction: string | null;
  recorded_on: DateString;
  active: Defaulted<boolean>;
  source: Defaulted<RecordSource>;
  recorded_at: TimestampDefault;
}

export interface PhmPatientSummaryTable {
  network_id: string;
  patient_id: string;
  practice_id: string;
  date_of_birth: DateString;
  sex: string;
  imd_decile: number | null;
  registers: Defaulted<string[]>;
  multimorbidity: Defaulted<number>;
  efi_deficits: string[] | null;
  efi_score: number | null;
  efi_category: FrailtyCategory | null;
  due_reviews: Defaulted<string[]>;
  /** registers and due_reviews as bits (registerBit in registers.ts), for the cohort indexes (0025_phm_cohort_indexes.sql). */
  register_mask: Defaulted<number>;
  due_mask: Defaulted<number>;
  last_review_on: DateString | null;
  computed_at: Timestamp;
}

/** A summary as it was (sign -1) or is (sign +1), or a whole network's summaries changed (0038_phm_summary_changes.sql). */
export interface PhmSummaryChangeTable {
  id: ColumnType<string, never, never>;
  txid: ColumnType<string, never, never>;
  changed_at: TimestampDefault;
  network_id: string | null;
  whole: Defaulted<boolean>;
  sign: number | null;
  practice_id: string | null;
  date_of_birth: DateString | null;
  sex: string | null;
  efi_category: string | null;
  imd_decile: number | null;
  register_mask: number | null;
  due_mask: number | null;
  multimorbidity: number | null;
  last_review_on: DateString | null;
}

export interface PhmCohortTable {
  network_id: string;
  id: string;
  name: string;
  filter: Json<Record<string, unknown>>;
  shared: Defaulted<boolean>;
  created_by_staff_id: string | null;
  created_at: Timestamp;
}

export interface PhmOutreachListTable {
  network_id: string;
  id: string;
  cohort_id: string;
  name: string;
  purpose: OutreachPurpose;
  role: string;
  created_by_staff_id: string | null;
  created_at: Timestamp;
}

export interface PhmOutreachEntryTable {
  network_id: string;
  id: string;
  outreach_id: string;
  patient_id: string;
  practice_id: string;
  status: Defaulted<OutreachStatus>;
  message_id: string | null;
  /** The appointment booked through the invitation's link (0020). */
  appointment_id: string | null;
  updated_at: Timestamp;
  updated_by_staff_id: string | null;
}

// 0020_population_health_remote_monitoring.sql
export interface PhmMonitoringRequestTable {
  network_id: string;
  id: string;
  patient_id: string;
  register_id: string;
  kinds: string[];
  requested_by_staff_id: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
}

export interface PhmMonitoringThresholdTable {
  network_id: string;
  patient_id: string;
  threshold_id: string;
  limit_value: number;
  diastolic: number | null;
  reason: string;
  set_by_staff_id: string | null;
  set_at: Timestamp;
}

export interface PhmMonitoringAlertTable {
  network_id: string;
  id: string;
  patient_id: string;
  threshold_id: string;
  urgency: 'urgent' | 'routine';
  consultation_id: string;
  consultation_reference: string;
  detail: string;
  raised_at: Timestamp;
}

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface PopulationHealthTables {
  phm_condition: PhmConditionTable;
  phm_observation: PhmObservationTable;
  phm_medication: PhmMedicationTable;
  phm_allergy: PhmAllergyTable;
  phm_patient_summary: PhmPatientSummaryTable;
  phm_recompute: { network_id: string; computed_at: Timestamp };
  phm_summary_change: PhmSummaryChangeTable;
  phm_cohort: PhmCohortTable;
  phm_outreach_list: PhmOutreachListTable;
  phm_outreach_entry: PhmOutreachEntryTable;
  phm_monitoring_request: PhmMonitoringRequestTable;
  phm_monitoring_threshold: PhmMonitoringThresholdTable;
  phm_monitoring_alert: PhmMonitoringAlertTable;
}
