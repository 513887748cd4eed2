import type { AppointmentStatus } from './tables.ts';
import { londonIsoDate as londonDate } from '../../platform/calendar.ts';

// What reception and clinicians may record as the day goes on. Facts are never overwritten: each
// change adds a history row, and only a DNA recorded by mistake may be undone, on the day itself.
const NEXT: Record<AppointmentStatus, AppointmentStatus[]> = {
  booked: ['arrived', 'dna'],
  arrived: ['in-progress', 'dna'],
  'in-progress': ['attended'],
  attended: [],
  dna: ['booked'],
  cancelled: [],
};

/** The statuses an appointment may become `to` from (the time rules aside: refuseStatusChange). */
export function statusesBefore(to: AppointmentStatus): AppointmentStatus[] {
  return (Object.keys(NEXT) as AppointmentStatus[]).filter((from) => NEXT[from].includes(to));
}

/** Why a status change is refused, or null when it is allowed. */
export function refuseStatusChange(from: AppointmentStatus, to: AppointmentStatus, p: { now: Date; startAt: Date }): string | null {
  if (from === 'cancelled') return 'This appointment was cancelled; its status cannot change. Book a new appointment instead.';
  if (!NEXT[from].includes(to)) return `An appointment that is "${from}" cannot become "${to}".`;
  if (to === 'dna' && p.now < p.startAt) return 'A DNA can be recorded only once the appointment time has come.';
  if (from === 'dna' && londonDate(p.now) !== londonDate(p.startAt)) return 'A DNA can be undone only on the day of the appointment.';
  return null;
}
