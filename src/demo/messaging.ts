import type { CellValue } from './bulk-insert.ts';
import type { IdSource, Random } from './random.ts';
import { APPOINTMENT_COLUMNS } from './bookings.ts';

// The patient's side of the demo: reminders in the history (and their effect: a reminded appointment is
// missed less often), Friends and Family Test answers and a waitlist. Made from the appointment rows
// before they are loaded, a month at a time as the bookings are made.
//
// Modelling assumptions, not measurements: about 85% of patients can be texted; a reminder is sent 48
// hours before every appointment booked earlier than that; a reminded patient who would have missed the
// appointment attends instead 40% of the time (studies of text reminders in general practice report
// relative reductions of roughly a quarter to a half). Message rows are kept for the last 28 days of
// history and the coming days; older outbox rows are summarised by the appointments' outcomes alone.

const DAY = 86_400_000;
const HOUR = 3_600_000;
const col = (name: (typeof APPOINTMENT_COLUMNS)[number]) => APPOINTMENT_COLUMNS.indexOf(name);
const C = { id: col('id'), patient: col('patient_id'), status: col('status'), start: col('start_at'), end: col('end_at'), practice: col('patient_practice_id'), booked: col('booked_at'), role: col('role'),
  provider: col('provider_organisation_id'), site: col('site_id'), mode: col('mode'), category: col('national_category') };
// National FFT results for general practice run at about 3 in 4 "good or very good"; the demo's mix.
const FFT_MIX: [number, number][] = [[1, 58], [2, 22], [3, 7], [4, 5], [5, 5], [6, 3]];
// About one attended appointment in twelve gets an answer: an assumption, not a measurement (real response
// rates are lower), chosen so that one site and role still has more than 5 answers in most months.
const FFT_ANSWERED = 0.08;
const FFT_COMMENTS = ['Seen on time and listened to', 'Very kind nurse', 'Easy to book online', 'Waited 40 minutes past my time', 'Could not get through on the phone first', 'Thorough and explained everything', ''];

export const MESSAGE_COLUMNS = ['network_id', 'id', 'patient_id', 'channel', 'template', 'recipient', 'body', 'status', 'related_entity', 'related_id', 'created_at', 'sent_at', 'attempts', 'provider', 'provider_id'] as const;
export const FFT_COLUMNS = ['network_id', 'id', 'patient_id', 'practice_id', 'appointment_id', 'consultation_id', 'link_id', 'rating', 'comment', 'answered_at',
  'follows', 'delivered_by', 'role', 'site_id', 'channel', 'national_category'] as const;
export const WAITLIST_COLUMNS = ['network_id', 'id', 'patient_id', 'practice_id', 'role', 'priority', 'status', 'created_at'] as const;

export interface MessagingCounts { reminded: number; remindedDna: number; unreminded: number; unremindedDna: number; dnaPrevented: number }

/**
 * Decides which appointments were reminded, lets reminders prevent some DNAs (changing those rows and
 * their status-history rows in place), and makes the outbox and FFT rows; `add` takes the appointments
 * a batch at a time, in time order, each with its status history. `waitlist` makes the waitlist at the end.
 */
export function planMessaging(rng: Random, ids: IdSource, p: { networkId: string; now: Date }) {
  const nowMs = p.now.getTime();
  const answers = rng.fork('fft');
  const counts: MessagingCounts = { reminded: 0, remindedDna: 0, unreminded: 0, unremindedDna: 0, dnaPrevented: 0 };
  const add = (appointments: CellValue[][], history: CellValue[][]) => {
    const historyOf = new Map<string, CellValue[]>();
    for (const h of history) if (h[4] === 'dna') historyOf.set(h[2] as string, h);
    const messages: CellValue[][] = [];
    const fft: CellValue[][] = [];
    for (const a of appointments) {
      const status = a[C.status];
      const start = (a[C.start] as Date).getTime();
      const remindAt = start - 48 * HOUR;
      const reachable = rng.chance(0.85);
      const reminded = reachable && (a[C.booked] as Date).getTime() < remindAt && remindAt <= nowMs && status !== 'cancelled';
      if (reminded && status === 'dna' && rng.chance(0.4)) {
        a[C.status] = 'attended';
        counts.dnaPrevented++;
        const h = historyOf.get(a[C.id] as string);
        if (h) { h[4] = 'attended'; h[5] = a[C.end]; }
      }
      if (start < nowMs && (a[C.status] === 'dna' || a[C.status] === 'attended')) {
        if (reminded) { counts.reminded++; if (a[C.status] === 'dna') counts.remindedDna++; } else { counts.unreminded++; if (a[C.status] === 'dna') counts.unremindedDna++; }
      }
      // The FFT invitation follows every attended appointment of the history (not only the reminder window), so
      // the dashboard's split by role, site and channel has a year to show; each answer names its appointment.
      if (a[C.status] === 'attended' && start < nowMs && reachable && answers.chance(FFT_ANSWERED)) {
        const answered = new Date((a[C.end] as Date).getTime() + answers.int(1, 30) * HOUR);
        if (answered.getTime() < nowMs) fft.push([p.networkId, ids.next(), a[C.patient], a[C.practice], a[C.id], null, ids.next(), weighted(answers, FFT_MIX), answers.pick(FFT_COMMENTS) || null, answered,
          'appointment', a[C.provider], a[C.role], a[C.site], a[C.mode], a[C.category]]);
      }
      if (!reminded || remindAt < nowMs - 28 * DAY) continue;
      const at = new Date(remindAt);
      const id = ids.next();
      messages.push([p.networkId, id, a[C.patient], 'sms', 'appointment-reminder-48h', '07700 900000', 'Reminder: your appointment is in two days. If you no longer need it, please cancel so someone else can have it.', 'sent', 'appointment', a[C.id], at, at, 1, 'log-file', id]);
    }
    return { messages, fft };
  };
  const waitlist = (patients: readonly CellValue[][]) => {
    const rows: CellValue[][] = [];
    for (let i = 0; i < 40; i++) {
      const row = rng.pick(patients); // PATIENT_COLUMNS: network_id, id, nhs_number, practice_id, …
      const patient = row[1];
      const priority = rng.chance(0.15) ? 'urgent' : rng.chance(0.4) ? 'soon' : 'routine';
      rows.push([p.networkId, ids.next(), patient, row[3], rng.chance(0.6) ? 'gp' : rng.pick(['physiotherapist', 'nurse', 'pharmacist']), priority, 'waiting', new Date(nowMs - rng.int(1, 14 * 24) * HOUR)]);
    }
    return rows;
  };
  return { counts, add, waitlist };
}

function weighted(rng: Random, mix: [number, number][]): number {
  const total = mix.reduce((s, [, w]) => s + w, 0);
  let r = rng.next() * total;
  for (const [v, w] of mix) if ((r -= w) < 0) return v;
  return mix[mix.length - 1][0];
}
