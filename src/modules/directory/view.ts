import { DateTime } from 'luxon';
import type { Category } from './categories.ts';
import type { OfferRow } from './queries.ts';
import { WEEKDAYS, type DirectoryOffer, type Weekday } from './schema.ts';
import type { DirectoryScheduleRow } from './tables.ts';

/** An offer not verified for this many months is flagged stale (the rule: six months). */
export const STALE_AFTER_MONTHS = 6;

export function staleBefore(now: Date): Date {
  return DateTime.fromJSDate(now, { zone: 'utc' }).minus({ months: STALE_AFTER_MONTHS }).toJSDate();
}

const DAY_WORDS: Record<Weekday, string> = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' };
const NTH = { 1: 'first', 2: 'second', 3: 'third', 4: 'fourth', [-1]: 'last' } as Record<number, string>;

export function weekdayName(isoWeekday: number): Weekday {
  return WEEKDAYS[isoWeekday - 1];
}

/** "Tuesdays 10:00–12:00", "every 2 weeks on Friday 13:00–15:00", "first Monday of the month 18:30–20:00". */
export function describeSchedule(s: Pick<DirectoryScheduleRow, 'freq' | 'every_n' | 'weekday' | 'week_of_month' | 'opens_at' | 'closes_at'>): string {
  const day = DAY_WORDS[weekdayName(s.weekday)];
  const hours = `${s.opens_at}–${s.closes_at}`;
  if (s.freq === 'monthly') return `${NTH[s.week_of_month ?? 1]} ${day} of the month ${hours}`;
  if (s.every_n > 1) return `every ${s.every_n} weeks on ${day} ${hours}`;
  return `${day}s ${hours}`;
}

export function describeSchedules(rows: readonly DirectoryScheduleRow[]): string {
  return rows.length ? rows.map(describeSchedule).join('; ') : 'Contact them for times';
}

export function toOfferView(row: OfferRow, schedules: readonly DirectoryScheduleRow[], now: Date): DirectoryOffer {
  const hasPlace = row.location_id !== null;
  return {
    id: row.id,
    networkId: row.network_id,
    organisationId: row.organisation_id,
    providerName: row.provider_name,
    providerKind: row.provider_kind,
    name: row.name,
    description: row.description,
    categories: row.categories as Category[],
    location: hasPlace ? { name: row.location_name, address: row.location_address, postcode: row.location_postcode, latitude: row.latitude, longitude: row.longitude } : null,
    postcode: row.location_postcode ?? null,
    schedules: schedules.map((s) => ({ freq: s.freq, every: s.every_n, weekday: weekdayName(s.weekday), weekOfMonth: s.week_of_month, opensAt: s.opens_at, closesAt: s.closes_at, description: s.description })),
    times: describeSchedules(schedules),
    howToAccess: row.how_to_access,
    referralDetails: row.referral_details,
    capacity: row.capacity,
    placesAvailable: row.places_available,
    eligibility: { minAge: row.min_age, maxAge: row.max_age, conditions: row.conditions },
    cost: row.cost,
    contact: { name: row.contact_name, phone: row.contact_phone, email: row.contact_email, website: row.website },
    active: row.active,
    lastVerifiedAt: row.last_verified_at.toISOString(),
    stale: row.last_verified_at < staleBefore(now),
    ...(row.distance_m !== undefined ? { distanceMiles: row.distance_m === null ? null : Math.round((row.distance_m / 1609.344) * 10) / 10 } : {}),
  };
}
