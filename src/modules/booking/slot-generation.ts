import { DateTime } from 'luxon';
import type { BookingChannel } from './tables.ts';
import { LONDON } from '../../platform/calendar.ts';

/** Rotas are written in UK local time: a clinic at 08:30 starts at 08:30 on both sides of a clock change. */

export interface TemplateForExpansion {
  weekday: number; // ISO: 1 = Monday … 7 = Sunday
  start_time: string; // 'HH:MM' or 'HH:MM:SS', London local
  end_time: string;
  slot_minutes: number;
  channels: BookingChannel[];
  network_share: number; // % of each session's slots also released to the network
  embargo_hours: number | null;
  valid_from: string; // YYYY-MM-DD
  valid_to: string | null;
}

export interface BlockedPeriod {
  startsAt: Date;
  endsAt: Date;
}

export interface GeneratedSlot {
  startAt: Date;
  endAt: Date;
  channels: BookingChannel[];
  /** When the slot may first be booked (the embargo); never later than its start. */
  opensAt: Date;
}

function hm(t: string): { hour: number; minute: number } {
  const [h, m] = t.split(':').map(Number);
  return { hour: h, minute: m };
}

/**
 * Whether slot i of a session carries the network share: spreads released slots evenly through the session
 * (30% of 10 slots releases slots 3, 6 and 9 rather than the first three), so network bookers see
 * morning and late capacity alike.
 */
export function isReleasedToNetwork(i: number, share: number): boolean {
  if (share <= 0) return false;
  if (share >= 100) return true;
  return Math.floor(((i + 1) * share) / 100) > Math.floor((i * share) / 100);
}

/** Who may book slot i of a session: the template's channels, plus the network when the slot is released. */
export function channelsForSlot(t: Pick<TemplateForExpansion, 'channels' | 'network_share'>, i: number): BookingChannel[] {
  return isReleasedToNetwork(i, t.network_share) && !t.channels.includes('network') ? [...t.channels, 'network'] : [...t.channels];
}

/**
 * The slots one weekly template yields between two local dates (inclusive), skipping any that
 * overlap a blocked period (bank holiday, leave). Pure: the same input always gives the same slots.
 */
export function expandTemplate(t: TemplateForExpansion, fromDate: string, toDate: string, blocks: BlockedPeriod[] = []): GeneratedSlot[] {
  const out: GeneratedSlot[] = [];
  const first = DateTime.fromISO(fromDate > t.valid_from ? fromDate : t.valid_from, { zone: LONDON });
  const lastIso = t.valid_to && t.valid_to < toDate ? t.valid_to : toDate;
  const last = DateTime.fromISO(lastIso, { zone: LONDON });
  let day = first.plus({ days: (t.weekday - first.weekday + 7) % 7 });
  const start = hm(t.start_time);
  const end = hm(t.end_time);
  while (day <= last) {
    const sessionStart = day.set({ ...start, second: 0, millisecond: 0 });
    const sessionEnd = day.set({ ...end, second: 0, millisecond: 0 });
    const n = Math.floor(sessionEnd.diff(sessionStart, 'minutes').minutes / t.slot_minutes);
    for (let i = 0; i < n; i++) {
      const s = sessionStart.plus({ minutes: i * t.slot_minutes });
      const startAt = s.toJSDate();
      const endAt = s.plus({ minutes: t.slot_minutes }).toJSDate();
      if (blocks.some((b) => b.startsAt < endAt && b.endsAt > startAt)) continue;
      const channels = channelsForSlot(t, i);
      const opensAt = t.embargo_hours == null ? new Date(0) : new Date(startAt.getTime() - t.embargo_hours * 3600_000);
      out.push({ startAt, endAt, channels, opensAt });
    }
    day = day.plus({ weeks: 1 });
  }
  return out;
}


/** A whole London-local day as a blocked period (a bank holiday). */
export function londonDay(date: string): BlockedPeriod {
  const d = DateTime.fromISO(date, { zone: LONDON }).startOf('day');
  return { startsAt: d.toJSDate(), endsAt: d.plus({ days: 1 }).toJSDate() };
}
