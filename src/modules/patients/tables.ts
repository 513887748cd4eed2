// Table types of the patients module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Generated, Insertable, Selectable } from 'kysely';
import type { TimestampDefault, DateString, Defaulted } from '../../db/columns.ts';

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

/** A patient whose date of birth or postcode changed (0035_patient_fact_changes.sql: written by a trigger, read by the dashboard's refresh). */
export interface PatientFactChangeTable {
  network_id: string;
  id: Generated<number>;
  patient_id: string;
}

export type PatientRow = Selectable<PatientTable>;
export type NewPatientRow = Insertable<PatientTable>;

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface PatientsTables {
  patient: PatientTable;
  patient_fact_change: PatientFactChangeTable;
}
