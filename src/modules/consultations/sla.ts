import { DateTime } from 'luxon';
import { bankHolidays, LONDON } from '../../platform/calendar.ts';
import type { ConsultationUrgency } from './tables.ts';

// Response times the network promises (the issue): urgent the same working day by 18:30 London time;
// routine (and self-care still sent in) within two working days, by 18:30. An urgent request sent
// after 18:30 or on a closed day is due by 12:00 on the next working day; the patient is told to
// call 111 if they get worse meanwhile. Working days are Monday–Friday except England bank holidays.

const CLOSE = { hour: 18, minute: 30 };
const URGENT_NEXT_DAY = { hour: 12, minute: 0 };

export function isWorkingDay(d: DateTime): boolean {
  return d.weekday <= 5 && !bankHolidays.isBankHoliday(d.toISODate()!);
}

function nextWorkingDay(d: DateTime): DateTime {
  let n = d.plus({ days: 1 }).startOf('day');
  while (!isWorkingDay(n)) n = n.plus({ days: 1 });
  return n;
}

/** When a request submitted at `submittedAt` must have had a response. */
export function dueAtFor(urgency: ConsultationUrgency, submittedAt: Date): Date {
  const local = DateTime.fromJSDate(submittedAt, { zone: LONDON });
  const closing = local.set({ ...CLOSE, second: 0, millisecond: 0 });
  const inHours = isWorkingDay(local) && local < closing;
  if (urgency === 'urgent' || urgency === 'emergency') {
    if (inHours) return closing.toJSDate();
    return nextWorkingDay(local).set(URGENT_NEXT_DAY).toJSDate();
  }
  let day = inHours ? local.startOf('day') : nextWorkingDay(local);
  for (let i = 0; i < 2; i++) day = nextWorkingDay(day);
  return day.set(CLOSE).toJSDate();
}

function clock(d: DateTime): string {
  return d.minute === 0 ? d.toFormat('ha').toLowerCase() : d.toFormat('h:mma').toLowerCase();
}

/** "by 6:30pm today", "by 12pm tomorrow", "by 6:30pm on Wednesday 3 June": what the patient is told. */
export function describeDue(dueAt: Date, now: Date): string {
  const due = DateTime.fromJSDate(dueAt, { zone: LONDON });
  const today = DateTime.fromJSDate(now, { zone: LONDON }).startOf('day');
  const days = Math.round(due.startOf('day').diff(today, 'days').days);
  if (days === 0) return `by ${clock(due)} today`;
  if (days === 1) return `by ${clock(due)} tomorrow (${due.toFormat('cccc d MMMM')})`;
  return `by ${clock(due)} on ${due.toFormat('cccc d MMMM')}`;
}
