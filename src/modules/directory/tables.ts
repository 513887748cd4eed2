// Table types of the directory module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { Selectable } from 'kysely';
import type { DateString, Defaulted, TimestampDefault, Timestamp } from '../../db/columns.ts';

// 0010_directory.sql
export type ProviderKind = 'voluntary' | 'council' | 'nhs' | 'health-champions';
export type HowToAccess = 'self-refer' | 'referral-needed' | 'self-refer-or-referral';

export interface DirectoryOrganisationTable {
  network_id: string;
  id: string;
  name: string;
  kind: ProviderKind;
  description: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface DirectoryMemberTable {
  network_id: string;
  organisation_id: string;
  staff_id: string;
  created_at: TimestampDefault;
}

export interface DirectoryLocationTable {
  network_id: string;
  id: string;
  name: string | null;
  address: string | null;
  postcode: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface DirectoryOfferTable {
  network_id: string;
  id: string;
  organisation_id: string;
  location_id: string | null;
  name: string;
  description: Defaulted<string>;
  categories: string[];
  how_to_access: HowToAccess;
  referral_details: string | null;
  capacity: number | null;
  places_available: number | null;
  min_age: number | null;
  max_age: number | null;
  conditions: Defaulted<string[]>;
  cost: string | null;
  contact_name: string | null;
  contact_phone: string | null;
  contact_email: string | null;
  website: string | null;
  active: Defaulted<boolean>;
  last_verified_at: Timestamp;
  created_at: TimestampDefault;
  updated_at: TimestampDefault;
}

export interface DirectoryScheduleTable {
  network_id: string;
  id: string;
  offer_id: string;
  freq: 'weekly' | 'monthly';
  every_n: Defaulted<number>;
  /** ISO weekday: 1 Monday … 7 Sunday. */
  weekday: number;
  week_of_month: number | null;
  opens_at: string;
  closes_at: string;
  description: string | null;
}

export interface DirectorySessionTable {
  network_id: string;
  id: string;
  offer_id: string;
  held_on: DateString;
  volunteer_hours: Defaulted<number>;
  recorded_by_staff_id: string | null;
  recorded_at: TimestampDefault;
}

export interface DirectoryAttendanceTable {
  network_id: string;
  session_id: string;
  attendee_key: string;
  attendee: string;
  recorded_at: TimestampDefault;
}

export interface DirectoryPostcodeTable {
  postcode: string;
  latitude: number;
  longitude: number;
}

export type DirectoryOfferRow = Selectable<DirectoryOfferTable>;
export type DirectoryScheduleRow = Selectable<DirectoryScheduleTable>;

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface DirectoryTables {
  directory_organisation: DirectoryOrganisationTable;
  directory_member: DirectoryMemberTable;
  directory_location: DirectoryLocationTable;
  directory_offer: DirectoryOfferTable;
  directory_schedule: DirectoryScheduleTable;
  directory_session: DirectorySessionTable;
  directory_attendance: DirectoryAttendanceTable;
  directory_postcode: DirectoryPostcodeTable;
}
