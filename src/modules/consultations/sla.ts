import { DateTime } from 'luxon';
import { bankHolidays, LONDON } from '../../platform/calendar.ts';
import type { ConsultationUrgency } from './tables.ts';
import type { OpeningHours } from '../network/index.ts';
import { urgentCover } from './network-hours.ts';

// Response times the network promises (the issue): urgent the same day while the network is open
// (see network-hours.ts: any site open, and at least an hour before the last one closes); otherwise
// the patient is told to call NHS 111 now and the request is due two hours after the network next
// opens. Routine (and self-care still sent in) within two working days, by 18:30. Working days are
// Monday–Friday except England bank holidays.

const CLOSE = { hour: 18, minute: 30 };

export function isWorkingDay(d: DateTime): boolean {
  return d.weekday <= 5 && !bankHolidays.isBankHoliday(d.toISODate()!);
}

function nextWorkingDay(d: DateTime): DateTime {
  let n = d.plus({ days: 1 }).startOf('day');
  while (!isWorkingDay(n)) n = n.plus({ days: 1 });
  return n;
}

/**
 * Admin requests routed to the admin team (fit notes, repeat prescriptions, letters, test results) are
 * due on the third working day by 18:30: most practices promise repeat prescriptions in 2-3 working
 * days and fit notes and letters take longer than a clinical reply, and the team works them between
 * phone and desk duties. An admin request the engine found urgent goes to a clinician with the
 * clinical clock instead (submit.ts queueDecision).
 */
export const ADMIN_WORKING_DAYS = 3;

/** When a request submitted at `submittedAt` must have had a response; `siteHours` are the network's sites' opening hours; `role` 'admin' is the admin team's clock. */
export function dueAtFor(urgency: ConsultationUrgency, submittedAt: Date, siteHours: OpeningHours[] = [], role?: string): Date {
  if (urgency === 'urgent' || urgency === 'emergency') return urgentCover(submittedAt, siteHours).dueAt;
  const local = DateTime.fromJSDate(submittedAt, { zone: LONDON });
  const inHours = isWorkingDay(local) && local < local.set({ ...CLOSE, second: 0, millisecond: 0 });
  let day = inHours ? local.startOf('day') : nextWorkingDay(local);
  const days = role === 'admin' ? ADMIN_WORKING_DAYS : 2;
  for (let i = 0; i < days; i++) day = nextWorkingDay(day);
  return day.set(CLOSE).toJSDate();
}

function clock(d: DateTime): string {
  return d.minute === 0 ? d.toFormat('ha').toLowerCase() : d.toFormat('h:mma').toLowerCase();
}

/** "6:30pm today", "8am tomorrow (Saturday 6 June)", "8am on Monday 8 June": a time as a patient reads it. */
export function describeWhen(at: Date, now: Date): string {
  const when = DateTime.fromJSDate(at, { zone: LONDON });
  const today = DateTime.fromJSDate(now, { zone: LONDON }).startOf('day');
  const days = Math.round(when.startOf('day').diff(today, 'days').days);
  if (days === 0) return `${clock(when)} today`;
  if (days === 1) return `${clock(when)} tomorrow (${when.toFormat('cccc d MMMM')})`;
  return `${clock(when)} on ${when.toFormat('cccc d MMMM')}`;
}

/** "by 6:30pm today", "by 12pm tomorrow", "by 6:30pm on Wednesday 3 June": what the patient is told. */
export function describeDue(dueAt: Date, now: Date): string {
  return `by ${describeWhen(dueAt, now)}`;
}
