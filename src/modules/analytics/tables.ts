// Table types of the analytics module for Kysely, kept by hand beside 0013_analytics.sql: change both in the same commit.
import type { Generated } from 'kysely';
import type { DateString, Timestamp, TimestampDefault } from '../../db/columns.ts';

export type RollupDimension = 'total' | 'hour' | 'source' | 'lead' | 'age' | 'imd';

/** The counts both rollups carry, summed over whatever their keys leave out. */
interface RollupMeasures {
  slots: number;
  slot_minutes: number;
  slots_booked: number;
  appointments: number;
  attended: number;
  dna: number;
  cancelled: number;
  appointment_minutes: number;
}

export interface AnalyticsRollupTable extends RollupMeasures {
  network_id: string;
  dimension: RollupDimension;
  day: DateString;
  organisation_id: string;
  site_id: string;
  role: string;
  mode: string;
  national_category: string;
  bucket: string;
}

/** The daily rollup per span and level (0028_analytics_rollup_spans.sql, spans.ts); '' in a column the level sums over. */
export interface AnalyticsRollupSpanTable extends RollupMeasures {
  network_id: string;
  dimension: RollupDimension;
  level: number;
  span_start: DateString;
  weekday: number;
  site_id: string;
  organisation_id: string;
  role: string;
  mode: string;
  national_category: string;
  bucket: string;
}

/** The Friends and Family Test answers summed per London day (0029_analytics_fft_rollup_and_site_spans.sql, fft-rollup.ts); '' for not recorded. */
export interface AnalyticsFftDayTable {
  network_id: string;
  day: DateString;
  practice_id: string;
  delivered_by: string;
  role: string;
  site_id: string;
  follows: string;
  channel: string;
  national_category: string;
  responses: number;
  positive: number;
  negative: number;
}

/** The same per span (spans.ts). */
export interface AnalyticsFftSpanTable extends Omit<AnalyticsFftDayTable, 'day'> {
  span_start: DateString;
}

export interface AnalyticsRefreshTable {
  network_id: string;
  refreshed_at: Timestamp;
  from_day: DateString;
  to_day: DateString;
  /** The span rollup's levels for this network (0033); null: every level (built before that migration). */
  span_levels: number[] | null;
}

export interface ImdLsoaTable {
  lsoa_code: string;
  imd_decile: number;
  source: string;
}

export interface PostcodeLsoaTable {
  postcode: string;
  lsoa_code: string;
}

/** A deprivation import that changed something, per network with a rollup (0035_analytics_deprivation_changes.sql, changes.ts). */
export interface AnalyticsDeprivationChangeTable {
  network_id: string;
  id: Generated<number>;
}

export type ComplaintConcerns = 'appointment' | 'consultation' | 'referral' | 'other';
export type ComplaintOutcome = 'upheld' | 'partly-upheld' | 'not-upheld' | 'withdrawn';
export interface ComplaintTable {
  network_id: string;
  id: string;
  organisation_id: string;
  received_on: DateString;
  concerns: ComplaintConcerns;
  concerns_id: string | null;
  concerns_reference: string | null;
  patient_id: string | null;
  category: string;
  summary: string;
  outcome: ComplaintOutcome | null;
  responded_on: DateString | null;
  logged_by_staff_id: string | null;
  logged_at: TimestampDefault;
}

/** The tables this module owns, by name: src/db/types.ts assembles the database type from every module's. */
export interface AnalyticsTables {
  analytics_rollup: AnalyticsRollupTable;
  analytics_rollup_span: AnalyticsRollupSpanTable;
  analytics_fft_day: AnalyticsFftDayTable;
  analytics_fft_span: AnalyticsFftSpanTable;
  analytics_refresh: AnalyticsRefreshTable;
  analytics_deprivation_change: AnalyticsDeprivationChangeTable;
  imd_lsoa: ImdLsoaTable;
  postcode_lsoa: PostcodeLsoaTable;
  complaint: ComplaintTable;
}
