import { setAppointmentStatus, type Appointment, type AppointmentStatus } from './api.ts';

// What reception and clinicians record as the day goes on, one action per intent (Excalidraw's
// pattern): the day list buttons and any shortcut call the same `run`. `canRun` mirrors the server's
// rules (src/modules/booking/status.ts) so a button is only offered when it will work.

export interface StatusAction {
  id: 'arrived' | 'attended' | 'dna' | 'undo-dna';
  label: string;
  /** What the button says to a screen reader, with the patient's name. */
  describe: (patientLabel: string) => string;
  color: string;
  variant: 'filled' | 'light' | 'outline';
  canRun: (a: { status: AppointmentStatus; startAt: string }, now: Date) => boolean;
  run: (a: { id: string; status: AppointmentStatus }) => Promise<Appointment>;
  done: string;
}

export const statusActions: StatusAction[] = [
  {
    id: 'arrived', label: 'Arrived', describe: (p) => `Mark ${p} as arrived`, color: 'nhs', variant: 'filled',
    canRun: (a) => a.status === 'booked',
    run: (a) => setAppointmentStatus(a.id, 'arrived'), done: 'marked as arrived',
  },
  {
    id: 'attended', label: 'Attended', describe: (p) => `Mark ${p} as attended`, color: 'green', variant: 'light',
    canRun: (a) => a.status === 'arrived' || a.status === 'in-progress',
    // The record keeps "in progress" between arrival and the end of the consultation.
    run: async (a) => {
      if (a.status === 'arrived') await setAppointmentStatus(a.id, 'in-progress');
      return setAppointmentStatus(a.id, 'attended');
    },
    done: 'marked as attended',
  },
  {
    id: 'dna', label: 'DNA', describe: (p) => `Record that ${p} did not attend`, color: 'red', variant: 'outline',
    canRun: (a, now) => (a.status === 'booked' || a.status === 'arrived') && new Date(a.startAt) <= now,
    run: (a) => setAppointmentStatus(a.id, 'dna'), done: 'recorded as did not attend',
  },
  {
    id: 'undo-dna', label: 'Undo DNA', describe: (p) => `Undo the DNA for ${p}`, color: 'gray', variant: 'outline',
    canRun: (a) => a.status === 'dna',
    run: (a) => setAppointmentStatus(a.id, 'booked'), done: 'DNA undone',
  },
];

export const STATUS_WORDS: Record<AppointmentStatus, string> = {
  booked: 'Booked', arrived: 'Arrived', 'in-progress': 'With clinician', attended: 'Attended', dna: 'Did not attend', cancelled: 'Cancelled',
};
export const STATUS_COLOURS: Record<AppointmentStatus, string> = {
  booked: 'nhs', arrived: 'violet', 'in-progress': 'orange', attended: 'green', dna: 'red', cancelled: 'gray',
};

/** Upcoming: still to happen (or happening). Everything else is history. */
export function isUpcoming(a: Appointment, now: Date): boolean {
  return (a.status === 'booked' || a.status === 'arrived' || a.status === 'in-progress') && new Date(a.endAt) >= now;
}
export const canCancel = (a: Appointment, now: Date) => a.status === 'booked' && new Date(a.startAt) > now;
export const canRebook = canCancel;
