import { londonDaysBetween } from '../../platform/calendar.ts';

/**
 * National appointment categories for care-related encounters (GPAD, standardised 2021/22;
 * standards.md §1.3), spelled exactly as NHS England publishes them, plus the catch-all from IIF ACC-08.
 */
export const NATIONAL_CATEGORIES = [
  'General Consultation Acute',
  'General Consultation Routine',
  'Unplanned Clinical Activity',
  'Clinical Triage',
  'Walk-in',
  'Planned Clinics',
  'Planned Clinical Procedure',
  'Home Visit',
  'Care Home Visit',
  'Patient contact during Care Home Round',
  'Care Home Needs Assessment & Personalised Care and Support Planning',
  'Structured Medication Review',
  'Social Prescribing Service',
  'Service provided by organisation external to the practice',
  'Non-contractual chargeable work',
  'Group Consultation and Group Education',
  'Care Related Encounter but does not fit into any other category',
] as const;
export type NationalCategory = (typeof NATIONAL_CATEGORIES)[number];

/**
 * GPAD TIME_BETWEEN_BOOK_AND_APPT bands (standards.md §1.2). The double spaces are in the published
 * files; we keep them so our exports join to NHS England's data without a mapping table.
 */
export const BOOKING_LEAD_BANDS = ['Same Day', '1 Day', '2 to 7 Days', '8  to 14 Days', '15  to 21 Days', '22  to 28 Days', 'More than 28 Days'] as const;
export type BookingLeadBand = (typeof BOOKING_LEAD_BANDS)[number];

/** Whole London calendar days from booking to appointment: booked at 23:50 for 08:30 next morning is 1 day. */
export function daysBookedAhead(bookedAt: Date, startAt: Date): number {
  return londonDaysBetween(bookedAt, startAt);
}

export function bookingLeadBand(days: number): BookingLeadBand {
  if (days <= 0) return 'Same Day';
  if (days === 1) return '1 Day';
  if (days <= 7) return '2 to 7 Days';
  if (days <= 14) return '8  to 14 Days';
  if (days <= 21) return '15  to 21 Days';
  if (days <= 28) return '22  to 28 Days';
  return 'More than 28 Days';
}
