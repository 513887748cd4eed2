import { DateTime } from 'luxon';
import type { Db, Executor } from '../../db/database.ts';
import { LONDON } from '../../platform/calendar.ts';
import { findPatientById } from '../patients/index.ts';
import {
  appointmentOfPatient, describeSlot, findAppointmentsBookedSince, findAttendedBetween, findBookedAppointmentsStarting, offerFreedSlots, releaseUnbookedSlots, type MadeOffer,
} from '../booking/index.ts';
import { contactFor, queueMessage } from './outbox.ts';
import { settingsOf } from './settings.ts';

// The "fewer DNAs" messages, made by a job from the appointment book (so every way of booking, staff,
// NHS 111, online, a waitlist offer, gets them): a booking confirmation, reminders N hours before
// (48 and 2 by default, per network), each with the confirm/cancel link; the Friends and Family Test
// after an attended appointment; and waitlist offers for freed slots. What was sent is read back from
// the outbox (template + appointment), so a run that repeats or overlaps sends nothing twice.

const when = (d: Date | string) => DateTime.fromJSDate(new Date(d), { zone: LONDON }).toFormat("cccc d MMMM 'at' h:mma").replace(/AM|PM/, (m) => m.toLowerCase());

async function alreadySent(db: Executor, ids: string[], templates: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await db.selectFrom('message').select(['related_id', 'template']).where('related_id', 'in', ids).where('template', 'in', templates).execute();
  return new Set(rows.map((r) => `${r.related_id}|${r.template}`));
}

interface ApptRow { network_id: string; id: string; patient_id: string; patient_practice_id: string; start_at: Date; service_id: string }

async function queueAboutAppointment(db: Db, a: ApptRow, template: string, words: (x: { what: string; where: string; at: string }) => string, now: Date, purpose: 'appointment' | 'fft' = 'appointment') {
  await db.transaction().execute(async (trx) => {
    const patient = await findPatientById(trx, { networkId: a.network_id, id: a.patient_id });
    if (!patient) return;
    const ref = { networkId: a.network_id, patientId: patient.id, practiceId: patient.practice_id };
    const appt = await appointmentOfPatient(trx, { ...ref, appointmentId: a.id });
    const where = appt.mode === 'telephone' ? 'by phone' : appt.mode === 'video' ? 'by video' : `at ${appt.site.name}`;
    await queueMessage(trx, {
      networkId: a.network_id, patientId: patient.id, template, ...contactFor(patient), at: now, relatedEntity: 'appointment', relatedId: a.id,
      body: words({ what: appt.service.name, where, at: when(appt.startAt) }),
      link: purpose === 'appointment'
        ? { purpose, appointmentId: a.id, serviceIds: [a.service_id], expiresAt: new Date(new Date(appt.endAt).getTime() + 3 * 86_400_000) }
        : { purpose, appointmentId: a.id, subjectId: a.id, expiresAt: new Date(now.getTime() + 14 * 86_400_000) },
    });
  });
}

/** Confirmations for appointments booked in the last day, and reminders due now. */
export async function queueAppointmentMessages(db: Db, now: Date) {
  let confirmations = 0;
  let reminders = 0;
  let fft = 0;
  const booked = await findAppointmentsBookedSince(db, { since: new Date(now.getTime() - 86_400_000), now, limit: 2000 });
  const sentConf = await alreadySent(db, booked.map((a) => a.id), ['appointment-confirmation', 'consultation-appointment']);
  for (const a of booked) {
    if (sentConf.has(`${a.id}|appointment-confirmation`) || sentConf.has(`${a.id}|consultation-appointment`)) continue;
    await queueAboutAppointment(db, a, 'appointment-confirmation', (x) => `Your ${x.what} appointment is booked ${x.where} on ${x.at}.`, now);
    confirmations++;
  }

  const settings = new Map<string, number[]>();
  const hoursOf = async (networkId: string) => {
    if (!settings.has(networkId)) settings.set(networkId, (await settingsOf(db, networkId)).reminderHours);
    return settings.get(networkId)!;
  };
  const upcoming = await findBookedAppointmentsStarting(db, { from: now, to: new Date(now.getTime() + 169 * 3_600_000), limit: 5000 });
  const templatesFor = (h: number) => `appointment-reminder-${h}h`;
  const sentRem = await alreadySent(db, upcoming.map((a) => a.id), [...new Set((await Promise.all([...new Set(upcoming.map((a) => a.network_id))].map(hoursOf))).flat())].map(templatesFor));
  for (const a of upcoming) {
    const hours = await hoursOf(a.network_id);
    // The nearest reminder point already reached; one booked after a point is not reminded for it (the confirmation said it).
    const due = hours.filter((h) => new Date(a.start_at).getTime() - h * 3_600_000 <= now.getTime() && new Date(a.booked_at).getTime() < new Date(a.start_at).getTime() - h * 3_600_000);
    const h = due.length ? Math.min(...due) : null;
    if (h === null || sentRem.has(`${a.id}|${templatesFor(h)}`)) continue;
    await queueAboutAppointment(db, a, templatesFor(h), (x) => `Reminder: your ${x.what} appointment is ${x.where} on ${x.at}. If you no longer need it, please cancel so someone else can have it.`, now);
    reminders++;
  }

  const attended = await findAttendedBetween(db, { from: new Date(now.getTime() - 86_400_000), to: now, limit: 2000 });
  const sentFft = await alreadySent(db, attended.map((a) => a.id), ['friends-and-family']);
  for (const a of attended) {
    if (sentFft.has(`${a.id}|friends-and-family`)) continue;
    await queueAboutAppointment(db, { ...a, service_id: '' }, 'friends-and-family', (x) => `Thank you for coming to your ${x.what} appointment. Overall, how was your experience of our service? It takes a minute and helps us improve.`, now, 'fft');
    fft++;
  }
  return { confirmations, reminders, fft };
}

/** Queues the offer message with its accept/decline link, in the offer's transaction. */
async function queueOffer(trx: Executor, o: MadeOffer, now: Date) {
  const patient = await findPatientById(trx, { networkId: o.networkId, id: o.patientId });
  if (!patient) throw new Error('waitlist patient not found');
  const slot = await describeSlot(trx, { networkId: o.networkId, slotId: o.slotId });
  const where = slot ? (slot.mode === 'telephone' ? 'by phone' : slot.mode === 'video' ? 'by video' : `at ${slot.site.name}`) : '';
  await queueMessage(trx, {
    networkId: o.networkId, patientId: o.patientId, template: 'waitlist-offer', ...contactFor(patient), at: now, relatedEntity: 'waitlist_offer', relatedId: o.offerId,
    body: `An earlier appointment is free: ${slot?.service.name ?? 'an appointment'} ${where} on ${when(o.startAt)}. It is yours if you accept by ${when(o.expiresAt)}; after that it goes to the next person waiting.`,
    link: { purpose: 'offer', offerId: o.offerId, expiresAt: o.expiresAt },
  });
}

/** One run of the job: release held slots, offer freed slots, then confirmations, reminders and FFT invitations. */
export async function runRemindersAndWaitlist(db: Db, now: Date) {
  const release = await releaseUnbookedSlots(db, { now });
  const offers = await offerFreedSlots(db, {
    now, offerMinutes: async (networkId) => (await settingsOf(db, networkId)).offerMinutes, onOffer: (trx, o) => queueOffer(trx, o, now),
  });
  const messages = await queueAppointmentMessages(db, now);
  return { released: release.released, offered: offers.offered, offersExpired: offers.expired, ...messages };
}
