// Table types of the social-prescribing module for Kysely, kept by hand beside the SQL migration
// (0011_social_prescribing.sql): change both in the same commit.
import type { Selectable } from 'kysely';
import type { DateString, Defaulted, Json, Timestamp } from '../../db/columns.ts';

export type ReferralStatus = 'new' | 'contacted' | 'active' | 'on-hold' | 'discharged';
export type ReferralSource = 'staff' | 'consultation' | 'navigation' | 'self';
export type DischargeReason = 'goals-met' | 'declined' | 'did-not-engage' | 'moved-away' | 'referred-elsewhere' | 'died' | 'other';

export interface SpReferralTable {
  network_id: string;
  id: string;
  patient_id: string;
  source: ReferralSource;
  referred_by_staff_id: string | null;
  referred_by_organisation_id: string | null;
  consultation_id: string | null;
  navigation_contact_id: string | null;
  reasons: string[];
  reason_note: string | null;
  consent: boolean;
  referral_code: Defaulted<string>;
  declined_code: string | null;
  status: Defaulted<ReferralStatus>;
  link_worker_staff_id: string | null;
  allocated_at: Timestamp | null;
  referred_at: Timestamp;
  first_contact_at: Timestamp | null;
  discharged_at: Timestamp | null;
  discharge_reason: DischargeReason | null;
  discharge_note: string | null;
}

export interface SpReferralEventTable {
  network_id: string;
  id: string;
  referral_id: string;
  type: string;
  at: Timestamp;
  by_staff_id: string | null;
  from_status: string | null;
  to_status: string | null;
  note: string | null;
  detail: Json<Record<string, unknown>>;
}

export type ContactKind = 'face-to-face' | 'phone' | 'home-visit' | 'group' | 'video';
export interface SpContactTable {
  network_id: string;
  id: string;
  referral_id: string;
  at: Timestamp;
  kind: ContactKind;
  minutes: number;
  what_matters: string | null;
  note: string | null;
  by_staff_id: string;
  recorded_at: Timestamp;
}

export type GoalStatus = 'active' | 'achieved' | 'stopped';
export interface SpGoalTable {
  network_id: string;
  id: string;
  referral_id: string;
  description: string;
  owner: string;
  target_date: DateString | null;
  progress: Defaulted<number>;
  status: Defaulted<GoalStatus>;
  progress_note: string | null;
  created_at: Timestamp;
  created_by_staff_id: string;
  updated_at: Timestamp;
}

export interface SpOnwardReferralTable {
  network_id: string;
  id: string;
  referral_id: string;
  offer_id: string | null;
  offer_name: string;
  offer_category: string | null;
  referred_at: Timestamp;
  by_staff_id: string;
  taken_up: boolean | null;
  taken_up_recorded_at: Timestamp | null;
  note: string | null;
}

export type WellbeingMeasure = 'ons4' | 'swemwbs';
export type WellbeingTimepoint = 'first-contact' | 'review' | 'discharge';
export interface SpWellbeingTable {
  network_id: string;
  id: string;
  referral_id: string;
  measure: WellbeingMeasure;
  timepoint: WellbeingTimepoint;
  at: Timestamp;
  life_satisfaction: number | null;
  worthwhile: number | null;
  happy: number | null;
  anxious: number | null;
  swemwbs_items: number[] | null;
  swemwbs_raw: number | null;
  /** numeric(5,2): read as text by the drivers, written as a number. */
  swemwbs_metric: string | number | null;
  by_staff_id: string;
}

export interface SpSafeguardingConcernTable {
  network_id: string;
  id: string;
  referral_id: string;
  concern: string;
  raised_by_staff_id: string | null;
  raised_at: Timestamp;
  lead_staff_id: string | null;
  acknowledged_at: Timestamp | null;
}

export interface SpSettingTable {
  network_id: string;
  safeguarding_lead_staff_id: string | null;
  updated_at: Timestamp;
  updated_by_staff_id: string | null;
}

export interface SpNotificationTable {
  network_id: string;
  id: string;
  recipient_staff_id: string | null;
  kind: 'new-referral' | 'safeguarding';
  referral_id: string;
  message: string;
  created_at: Timestamp;
  read_at: Timestamp | null;
}

export type ReferralRow = Selectable<SpReferralTable>;
export type WellbeingRow = Selectable<SpWellbeingTable>;

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface SocialPrescribingTables {
  sp_referral: SpReferralTable;
  sp_referral_event: SpReferralEventTable;
  sp_contact: SpContactTable;
  sp_goal: SpGoalTable;
  sp_onward_referral: SpOnwardReferralTable;
  sp_wellbeing: SpWellbeingTable;
  sp_safeguarding_concern: SpSafeguardingConcernTable;
  sp_setting: SpSettingTable;
  sp_notification: SpNotificationTable;
}
