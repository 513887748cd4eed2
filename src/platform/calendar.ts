// The calendar every module works in: rotas, days and due times are London-local; bank holidays
// are not working days (bankHolidays: GOV.UK's list, see bank-holidays/).

/** The time zone of clinics and of every date a person sees. */
export const LONDON = 'Europe/London';

import { DateTime } from 'luxon';

export { bankHolidays } from './bank-holidays/index.ts';

// ICU's own London calendar, one formatter kept: a few µs a date, where the luxon DateTimes a booking's
// answer made for its days-booked-ahead took about 250 µs on our shared 2-core machine.
const londonDayFormat = new Intl.DateTimeFormat('en-CA', { timeZone: LONDON, year: 'numeric', month: '2-digit', day: '2-digit' });

// London's date changes only on the hour in UTC (midnight is 00:00 or 23:00 UTC, and the clocks change
// at 01:00 UTC), so one answer serves a whole UTC hour.
const dateOfHour = new Map<number, string>();

/** The London calendar date of an instant, as YYYY-MM-DD. */
export function londonIsoDate(d: Date): string {
  const hour = Math.floor(d.getTime() / 3_600_000);
  let date = dateOfHour.get(hour);
  if (date === undefined) {
    if (dateOfHour.size >= 20_000) dateOfHour.clear();
    date = londonDayFormat.format(d);
    dateOfHour.set(hour, date);
  }
  return date;
}

/** The London calendar day an instant falls on, as the instants it runs [from, to). */
export function londonDayOf(d: Date): { from: Date; to: Date } {
  const start = DateTime.fromJSDate(d, { zone: LONDON }).startOf('day');
  return { from: start.toJSDate(), to: start.plus({ days: 1 }).toJSDate() };
}

/** Whole London calendar days from one instant's date to another's (negative when `to` is earlier). */
export function londonDaysBetween(from: Date, to: Date): number {
  return Math.round((Date.parse(londonIsoDate(to)) - Date.parse(londonIsoDate(from))) / 86_400_000);
}
