// Table types of the network module for Kysely, kept by hand beside the SQL migrations: change both in the same commit.
import type { TimestampDefault, Json, Defaulted } from '../../db/columns.ts';
import type { OrganisationKind } from '../../platform/actor.ts';

export interface NetworkTable {
  id: string;
  name: string;
  ods_code: string | null;
  data_sharing_across_practices: Defaulted<boolean>;
  created_at: TimestampDefault;
}

export interface OrganisationTable {
  network_id: string;
  id: string;
  kind: OrganisationKind;
  ods_code: string | null;
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

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface NetworkTables {
  network: NetworkTable;
  organisation: OrganisationTable;
  site: SiteTable;
  service: ServiceTable;
}
