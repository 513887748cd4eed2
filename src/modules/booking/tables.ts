// Table types of the booking module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Selectable } from 'kysely';
import type { Timestamp, TimestampDefault, DateString, Defaulted } from '../../db/columns.ts';

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
  /** Whose slots the block covers; null: every organisation's (the PCN's blocks). */
  organisation_id: string | null;
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

// 0012_booking_waitlist_release.sql
export type WaitlistPriority = 'urgent' | 'soon' | 'routine';
export interface WaitlistEntryTable {
  network_id: string;
  id: string;
  patient_id: string;
  practice_id: string;
  role: string;
  service_id: string | null;
  priority: Defaulted<WaitlistPriority>;
  note: string | null;
  status: Defaulted<'waiting' | 'offered' | 'booked' | 'removed'>;
  created_at: TimestampDefault;
  created_by_staff_id: string | null;
  appointment_id: string | null;
}

export type OfferStatus = 'open' | 'accepted' | 'declined' | 'expired' | 'withdrawn';
export interface WaitlistOfferTable {
  network_id: string;
  id: string;
  entry_id: string;
  patient_id: string;
  slot_id: string;
  offered_at: Timestamp;
  expires_at: Timestamp;
  status: Defaulted<OfferStatus>;
  responded_at: Timestamp | null;
  appointment_id: string | null;
}

export interface SlotReleaseRuleTable {
  network_id: string;
  channel: 'hub' | 'network' | 'nhs111';
  hours_before: number;
}

export interface SlotReleaseTable {
  network_id: string;
  slot_id: string;
  released_at: Timestamp;
  from_channels: BookingChannel[];
}

export type SlotRow = Selectable<SlotTable>;
export type AppointmentRow = Selectable<AppointmentTable>;
export type RotaTemplateRow = Selectable<RotaTemplateTable>;

/** A London day whose slots or appointments changed (0029_booking_changed_days.sql: written by triggers, read by the dashboard's refresh). */
export interface BookingChangedDayTable {
  network_id: string;
  id: Defaulted<number>;
  day: DateString;
}

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface BookingTables {
  rota_template: RotaTemplateTable;
  booking_quota: BookingQuotaTable;
  slot_block: SlotBlockTable;
  slot: SlotTable;
  appointment: AppointmentTable;
  appointment_status_history: AppointmentStatusHistoryTable;
  waitlist_entry: WaitlistEntryTable;
  waitlist_offer: WaitlistOfferTable;
  slot_release_rule: SlotReleaseRuleTable;
  slot_release: SlotReleaseTable;
  booking_changed_day: BookingChangedDayTable;
}
