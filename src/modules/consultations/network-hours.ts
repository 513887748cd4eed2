import { DateTime } from 'luxon';
import type { OpeningHours } from '../network/index.ts';
import { bankHolidays, LONDON } from '../../platform/calendar.ts';

// When a clinician of the network can see an urgent request: the network is open while any of its
// sites (practice sites and hubs, whose clinicians work the same network-wide queue) is open, and
// nobody works on an England bank holiday (the rota never generates sessions then). A network that
// has recorded no opening hours is taken to keep the GMS core hours, 08:00–18:30 Monday to Friday.

const DAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const CORE_DAY: [string, string][] = [['08:00', '18:30']];
export const CORE_HOURS: OpeningHours = { mon: CORE_DAY, tue: CORE_DAY, wed: CORE_DAY, thu: CORE_DAY, fri: CORE_DAY };

/** An urgent request needs at least this long before the last site closes to be read and acted on the same day. */
export const SAME_DAY_CUTOFF_MINUTES = 60;
/** Out of hours, an urgent request is due this long after the network next opens (first thing, never after it closes). */
export const OPENING_RESPONSE_HOURS = 2;

export interface OpenPeriod {
  opens: DateTime;
  closes: DateTime;
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

function at(day: DateTime, hhmm: string): DateTime | null {
  const m = TIME.exec(hhmm);
  return m ? day.set({ hour: Number(m[1]), minute: Number(m[2]), second: 0, millisecond: 0 }) : null;
}

function hasHours(h: OpeningHours): boolean {
  return DAY_KEYS.some((k) => (h[k] ?? []).length > 0);
}

/** When the network is open on one London day, as merged periods in order; none on a bank holiday. */
export function openPeriodsOn(day: DateTime, sites: OpeningHours[]): OpenPeriod[] {
  const local = day.setZone(LONDON).startOf('day');
  if (bankHolidays.isBankHoliday(local.toISODate()!)) return [];
  const key = DAY_KEYS[local.weekday - 1];
  const periods: OpenPeriod[] = [];
  for (const site of sites) {
    for (const [from, to] of site[key] ?? []) {
      const opens = at(local, from);
      const closes = at(local, to);
      if (opens && closes && closes > opens) periods.push({ opens, closes });
    }
  }
  periods.sort((a, b) => a.opens.toMillis() - b.opens.toMillis());
  const merged: OpenPeriod[] = [];
  for (const p of periods) {
    const last = merged.at(-1);
    if (last && p.opens <= last.closes) last.closes = p.closes > last.closes ? p.closes : last.closes;
    else merged.push({ ...p });
  }
  return merged;
}

export interface UrgentCover {
  /** A clinician will see it today: it arrived at least SAME_DAY_CUTOFF_MINUTES before the network's last closing today. */
  seenToday: boolean;
  dueAt: Date;
  /** Out of hours: when the network next opens; null when it will be seen today. */
  nextOpensAt: Date | null;
}

/** Whether an urgent request sent at `submittedAt` will be seen the same day, and when it is due. */
export function urgentCover(submittedAt: Date, sites: OpeningHours[]): UrgentCover {
  const hours = sites.some(hasHours) ? sites : [CORE_HOURS];
  const local = DateTime.fromJSDate(submittedAt, { zone: LONDON });
  const lastClose = openPeriodsOn(local, hours).at(-1)?.closes;
  if (lastClose && local <= lastClose.minus({ minutes: SAME_DAY_CUTOFF_MINUTES })) {
    return { seenToday: true, dueAt: lastClose.toJSDate(), nextOpensAt: null };
  }
  // Three weeks covers any run of closed days (Christmas and New Year, a site closed for a week).
  for (let d = 0; d < 21; d++) {
    const next = openPeriodsOn(local.plus({ days: d }), hours).find((p) => p.opens > local);
    if (next) {
      const due = next.opens.plus({ hours: OPENING_RESPONSE_HOURS });
      return { seenToday: false, dueAt: (due < next.closes ? due : next.closes).toJSDate(), nextOpensAt: next.opens.toJSDate() };
    }
  }
  // Hours recorded but never open in three weeks (a data error): fall back to core hours rather than never.
  return urgentCover(submittedAt, [CORE_HOURS]);
}
