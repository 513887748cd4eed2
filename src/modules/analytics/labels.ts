import { ROLE_LABELS, type StaffRole } from '../../platform/permissions.ts';
import { BOOKING_LEAD_BANDS } from '../booking/index.ts';

// What the rollup's buckets are called on screen and in exports.

/** How an appointment came to be booked (docs/analytics.md, "Demand by source"). */
export const SOURCE_LABELS: Record<string, string> = {
  'phone-reception': 'Phone or reception',
  'online-consultation': 'Online consultation',
  'patient-online': 'Booked online by the patient',
  nhs111: 'NHS 111',
  'hub-referral': 'Hub referral',
  'practice-referral': 'Practice referral (another practice)',
};

/** Lead buckets in order, with the GPAD TIME_BETWEEN_BOOK_AND_APPT band each stands for (double spaces as published). */
export const LEAD_BUCKETS = ['0', '1', '2-7', '8-14', '15-21', '22-28', '29+'] as const;
export const LEAD_LABELS: Record<string, string> = Object.fromEntries(LEAD_BUCKETS.map((b, i) => [b, BOOKING_LEAD_BANDS[i].replace(/ {2}/g, ' ')]));

export const AGE_BUCKETS = ['0-15', '16-29', '30-44', '45-64', '65-74', '75+', 'unknown'] as const;
export const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MODE_LABELS: Record<string, string> = { 'face-to-face': 'Face to face', telephone: 'Telephone', video: 'Video', 'home-visit': 'Home visit' };

export const roleLabel = (role: string) => ROLE_LABELS[role as StaffRole] ?? role;
export const decileLabel = (d: string) => (d === '0' ? 'Unknown (no LSOA)' : d === '1' ? '1 (most deprived)' : d === '10' ? '10 (least deprived)' : d);

/** n as a percentage of d, one decimal place; null when d is 0. */
export const percent = (n: number, d: number) => (d > 0 ? Math.round((n / d) * 1000) / 10 : null);
/** Minutes as hours, one decimal place. */
export const hours = (minutes: number) => Math.round(minutes / 6) / 10;
