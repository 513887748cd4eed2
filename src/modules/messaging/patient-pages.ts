import type { Db, Executor } from '../../db/database.ts';
import { newId } from '../../platform/ids.ts';
import { DomainError, Forbidden, NotFound } from '../../platform/problems.ts';
import { recordAudit, type AuditAction } from '../identity/index.ts';
import { findPatientById, type PatientWithPractice } from '../patients/index.ts';
import {
  acceptOffer, appointmentOfPatient, bookForPatient, cancelByPatient, declineOffer, describeSlot, findOffer, findOnlineSlots, patientLinkActor, type PatientRef,
} from '../booking/index.ts';
import { consultationForPatient, replyFromPatient } from '../consultations/index.ts';
import { markOutreachBooked, monitoringRequestForLink, outreachInvitation, submitHomeReadings, type HomeReading } from '../population-health/index.ts';
import { LinkForged, linkSecret, openLink, readLink } from './links.ts';
import type { PatientLinkRow } from './tables.ts';
import { contactFor, queueMessage } from './outbox.ts';
import { FFT_LABELS, fftAnswerContext } from './fft.ts';

// The patient's page behind a link: what it shows and what it lets them do. Every open and every action
// writes a patient_link_event (the link's own trail) and an audit row as the patient.

interface LinkContext { link: PatientLinkRow; patient: PatientWithPractice; ref: PatientRef }

export class NothingToDoHere extends DomainError {
  constructor(what: string, pointer: string) {
    super('conflict', 'messaging/link-cannot', what, {}, [{ pointer, detail: what }]);
  }
}

async function open(db: Executor, token: string, now: Date): Promise<LinkContext> {
  let link: PatientLinkRow;
  try {
    link = await openLink(db, token, now);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'messaging/link-expired') await recordExpired(db, token);
    throw e;
  }
  const patient = await findPatientById(db, { networkId: link.network_id, id: link.patient_id });
  if (!patient) throw new LinkForged();
  return { link, patient, ref: { networkId: link.network_id, patientId: patient.id, practiceId: patient.practice_id } };
}

/** An expired link's refusal is kept in its trail too ("I tried to cancel but the link did not work"). */
async function recordExpired(db: Executor, token: string) {
  const claims = readLink(await linkSecret(db), token);
  const row = await db.selectFrom('patient_link').select(['network_id', 'id', 'patient_id']).where('network_id', '=', claims.networkId).where('id', '=', claims.linkId).executeTakeFirst();
  if (row) await db.insertInto('patient_link_event').values({ network_id: row.network_id, id: newId(), link_id: row.id, patient_id: row.patient_id, action: 'refused-expired', detail: JSON.stringify({}) }).execute();
}

async function trail(db: Executor, c: LinkContext, action: string, audit: { action: AuditAction; entity: string; entityId?: string | null; purpose: string }, now: Date, detail: Record<string, unknown> = {}, requestId?: string) {
  await db.insertInto('patient_link_event').values({ network_id: c.link.network_id, id: newId(), link_id: c.link.id, patient_id: c.link.patient_id, action, at: now, detail: JSON.stringify(detail) }).execute();
  await recordAudit(db, patientLinkActor(c.ref), { patientId: c.link.patient_id, ...audit, requestId });
}

/** Whether this appointment or request was confirmed through any of the patient's links. */
async function confirmedAppointment(db: Executor, networkId: string, appointmentId: string) {
  const row = await db.selectFrom('patient_link_event as e').innerJoin('patient_link as l', (j) => j.onRef('l.network_id', '=', 'e.network_id').onRef('l.id', '=', 'e.link_id'))
    .select('e.at').where('e.network_id', '=', networkId).where('l.appointment_id', '=', appointmentId).where('e.action', '=', 'confirmed').executeTakeFirst();
  return row ? new Date(row.at).toISOString() : null;
}

async function fftOf(db: Executor, link: PatientLinkRow) {
  const answered = await db.selectFrom('fft_response').select(['rating']).where('network_id', '=', link.network_id).where('link_id', '=', link.id).executeTakeFirst();
  return { answered: !!answered, rating: answered?.rating ?? null };
}

/** What the page shows for this link. */
export async function viewLink(db: Db, token: string, now: Date, requestId?: string) {
  const c = await open(db, token, now);
  const { link } = c;
  const appointment = link.appointment_id ? await appointmentOfPatient(db, { ...c.ref, appointmentId: link.appointment_id }) : null;
  const consultation = link.consultation_id ? await consultationForPatient(db, { ...c.ref, consultationId: link.consultation_id }) : null;
  let offer = null;
  if (link.offer_id) {
    const o = await findOffer(db, { networkId: link.network_id, offerId: link.offer_id });
    if (!o || o.patient_id !== link.patient_id) throw new Forbidden('messaging/not-this-patients', 'This link is for another person.');
    const slot = await describeSlot(db, { networkId: link.network_id, slotId: o.slot_id });
    offer = { status: o.status === 'open' && o.expires_at <= now ? 'expired' : o.status, expiresAt: new Date(o.expires_at).toISOString(), slot };
  }
  const invitation = await invitationOf(db, c);
  const monitoring = await monitoringOf(db, c);
  const booked = invitation?.bookedAppointmentId ? await appointmentOfPatient(db, { ...c.ref, appointmentId: invitation.bookedAppointmentId }) : null;
  await trail(db, c, 'opened', { action: 'read', entity: 'patient_link', entityId: link.id, purpose: 'patient opened a link in a message' }, now, {}, requestId);
  const upcoming = appointment && appointment.status === 'booked' && new Date(appointment.startAt) > now;
  return {
    purpose: link.purpose,
    expiresAt: new Date(link.expires_at).toISOString(),
    practiceName: c.patient.practice_name,
    appointment: appointment ? {
      id: appointment.id, status: appointment.status, startAt: appointment.startAt, endAt: appointment.endAt, mode: appointment.mode, role: appointment.role,
      service: appointment.service.name, site: appointment.site.name, organisation: appointment.organisation.name, practitioner: appointment.practitioner.name,
      confirmedAt: await confirmedAppointment(db, link.network_id, appointment.id), canCancel: !!upcoming, canRebook: !!upcoming && link.service_ids.length > 0,
    } : null,
    consultation: consultation ? { reference: consultation.reference, status: consultation.status, practiceName: consultation.practiceName, replies: consultation.replies, canReply: consultation.status !== 'closed' } : null,
    offer,
    invitation: invitation ? {
      what: invitation.what, role: invitation.role, canBook: !booked,
      booked: booked ? { startAt: booked.startAt, service: booked.service.name, site: booked.site.name, practitioner: booked.practitioner.name, status: booked.status } : null,
    } : null,
    monitoring,
    fft: { ...(await fftOf(db, link)), canAnswer: link.purpose === 'fft' || (appointment?.status === 'attended') || consultation?.status === 'closed', question: 'Thinking about your GP practice, overall, how was your experience of our service?', options: [...FFT_LABELS] },
  };
}

/** An outreach link's invitation (the population-health module's outreach entry), or null for other links. */
async function invitationOf(db: Executor, c: LinkContext) {
  if (c.link.purpose !== 'outreach' || !c.link.subject_id) return null;
  const invitation = await outreachInvitation(db, { networkId: c.link.network_id, entryId: c.link.subject_id, patientId: c.link.patient_id });
  if (!invitation) throw new LinkForged();
  return invitation;
}

/** A monitoring link's request for home readings (the population-health module's), or null for other links. */
async function monitoringOf(db: Executor, c: LinkContext) {
  if (c.link.purpose !== 'monitoring' || !c.link.subject_id) return null;
  const request = await monitoringRequestForLink(db, { networkId: c.link.network_id, requestId: c.link.subject_id, patientId: c.link.patient_id });
  if (!request) throw new LinkForged();
  return request;
}

function needAppointment(c: LinkContext): string {
  if (!c.link.appointment_id) throw new NothingToDoHere('This link is not about an appointment.', '/params/token');
  return c.link.appointment_id;
}

export async function confirmByLink(db: Db, token: string, now: Date) {
  const c = await open(db, token, now);
  const appt = await appointmentOfPatient(db, { ...c.ref, appointmentId: needAppointment(c) });
  if (appt.status !== 'booked' || new Date(appt.startAt) <= now) throw new NothingToDoHere(appt.status === 'cancelled' ? 'This appointment was cancelled.' : 'This appointment can no longer be confirmed.', '/params/token');
  await trail(db, c, 'confirmed', { action: 'update', entity: 'appointment', entityId: appt.id, purpose: 'patient confirmed appointment' }, now);
  return viewLink(db, token, now);
}

export async function cancelByLink(db: Db, token: string, body: { reason?: string }, now: Date) {
  const c = await open(db, token, now);
  const appointmentId = needAppointment(c);
  const appt = await appointmentOfPatient(db, { ...c.ref, appointmentId });
  if (appt.status !== 'booked') throw new NothingToDoHere(appt.status === 'cancelled' ? 'This appointment is already cancelled.' : `This appointment is ${appt.status}, so it cannot be cancelled.`, '/params/token');
  if (new Date(appt.startAt) <= now) throw new NothingToDoHere('This appointment has already started. Call your GP practice.', '/params/token');
  await db.transaction().execute(async (trx) => {
    await cancelByPatient(trx, { ...c.ref, appointmentId, reason: body.reason?.trim() || 'cancelled by the patient through the link in a message', now });
    await trail(trx, c, 'cancelled', { action: 'cancel', entity: 'appointment', entityId: appointmentId, purpose: 'patient cancelled through a link' }, now, { reason: body.reason ?? null });
  });
  return viewLink(db, token, now);
}

export async function slotsForLink(db: Db, token: string, now: Date) {
  const c = await open(db, token, now);
  return { items: await findOnlineSlots(db, { networkId: c.link.network_id, serviceIds: c.link.service_ids, now, limit: 20 }) };
}

/** Books a slot released for online booking; from an appointment link, moves that appointment (old one cancelled in the same transaction). */
export async function bookByLink(db: Db, token: string, body: { slotId: string }, now: Date) {
  const c = await open(db, token, now);
  if (c.link.service_ids.length === 0) throw new NothingToDoHere('This link cannot book appointments.', '/params/token');
  const old = c.link.appointment_id ? await appointmentOfPatient(db, { ...c.ref, appointmentId: c.link.appointment_id }) : null;
  if (old && old.status !== 'booked') throw new NothingToDoHere('This appointment is no longer booked, so it cannot be moved. Contact your GP practice to book again.', '/body/slotId');
  const invitation = await invitationOf(db, c);
  if (invitation?.bookedAppointmentId) throw new NothingToDoHere('You have already booked this. To change or cancel it, use the link in your booking confirmation.', '/body/slotId');
  const reason = old ? 'moved by the patient online' : invitation ? `booked by the patient from an invitation to a ${invitation.what}` : 'booked by the patient online';
  const booked = await db.transaction().execute(async (trx) => {
    const appt = await bookForPatient(trx, { ...c.ref, slotId: body.slotId, now, serviceIds: c.link.service_ids, reason, rebookedFromId: old?.id });
    if (invitation) await markOutreachBooked(trx, { networkId: c.ref.networkId, entryId: c.link.subject_id!, patientId: c.ref.patientId, appointmentId: appt.id, now });
    if (old) await cancelByPatient(trx, { ...c.ref, appointmentId: old.id, reason: 'moved by the patient to another time', now });
    await trail(trx, c, 'booked', { action: 'book', entity: 'appointment', entityId: appt.id, purpose: 'patient booked online through a link' }, now, { slotId: body.slotId, movedFrom: old?.id ?? null });
    const patient = c.patient;
    await queueMessage(trx, {
      networkId: c.ref.networkId, patientId: patient.id, template: 'appointment-confirmation', ...contactFor(patient), at: now, relatedEntity: 'appointment', relatedId: appt.id,
      body: `Your appointment is booked: ${appt.service.name} at ${appt.site.name}, ${new Date(appt.startAt).toLocaleString('en-GB', { timeZone: 'Europe/London', dateStyle: 'full', timeStyle: 'short' })}.`,
      link: { purpose: 'appointment', appointmentId: appt.id, serviceIds: c.link.service_ids, expiresAt: new Date(new Date(appt.endAt).getTime() + 3 * 86_400_000) },
    });
    return appt;
  });
  return { appointmentId: booked.id, startAt: booked.startAt, site: booked.site.name, service: booked.service.name, practitioner: booked.practitioner.name };
}

export async function replyByLink(db: Db, token: string, body: { message: string }, now: Date) {
  const c = await open(db, token, now);
  if (!c.link.consultation_id) throw new NothingToDoHere('This link is not about an online request.', '/params/token');
  const consultationId = c.link.consultation_id;
  const result = await db.transaction().execute(async (trx) => {
    const r = await replyFromPatient(trx, { ...c.ref, consultationId, message: body.message.trim(), now });
    await trail(trx, c, 'replied', { action: 'update', entity: 'consultation', entityId: consultationId, purpose: 'patient replied through a link' }, now);
    return r;
  });
  return { reference: result.reference, status: result.status };
}

export async function answerFftByLink(db: Db, token: string, body: { rating: number; comment?: string }, now: Date) {
  const c = await open(db, token, now);
  const { link } = c;
  const existing = await fftOf(db, link);
  if (existing.answered) throw new NothingToDoHere('You have already answered. Thank you.', '/body/rating');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    const context = await fftAnswerContext(trx, { networkId: link.network_id, appointmentId: link.appointment_id, consultationId: link.consultation_id });
    await trx.insertInto('fft_response').values({
      network_id: link.network_id, id, patient_id: link.patient_id, practice_id: c.patient.practice_id, appointment_id: link.appointment_id, consultation_id: link.consultation_id,
      link_id: link.id, rating: body.rating, comment: body.comment?.trim() || null, answered_at: now, ...context,
    }).onConflict((oc) => oc.columns(['network_id', 'link_id']).doNothing()).execute();
    await trail(trx, c, 'answered-fft', { action: 'create', entity: 'fft_response', entityId: id, purpose: 'patient answered the Friends and Family Test' }, now, { rating: body.rating });
  });
  return { id, rating: body.rating, label: FFT_LABELS[body.rating - 1] };
}

export async function respondToOfferByLink(db: Db, token: string, accept: boolean, now: Date) {
  const c = await open(db, token, now);
  const offerId = c.link.offer_id;
  if (!offerId) throw new NotFound('offer');
  return db.transaction().execute(async (trx) => {
    if (!accept) {
      await declineOffer(trx, { ...c.ref, offerId, now });
      await trail(trx, c, 'declined-offer', { action: 'update', entity: 'waitlist_offer', entityId: offerId, purpose: 'patient declined a waitlist offer' }, now);
      return { accepted: false, appointmentId: null };
    }
    const appt = await acceptOffer(trx, { ...c.ref, offerId, now });
    await trail(trx, c, 'accepted-offer', { action: 'book', entity: 'appointment', entityId: appt.id, purpose: 'patient accepted a waitlist offer' }, now);
    return { accepted: true, appointmentId: appt.id };
  });
}


/** Home readings sent through a monitoring link: checked whole, written as observations, thresholds checked (population health). */
export async function readingsByLink(db: Db, token: string, body: { readings: HomeReading[] }, now: Date) {
  const c = await open(db, token, now);
  if (c.link.purpose !== 'monitoring' || !c.link.subject_id) throw new NothingToDoHere('This link is not for sending readings.', '/params/token');
  const requestId = c.link.subject_id;
  return db.transaction().execute(async (trx) => {
    const result = await submitHomeReadings(trx, patientLinkActor(c.ref), { ...c.ref, requestId, readings: body.readings, now });
    await trail(trx, c, 'sent-readings', { action: 'create', entity: 'phm_observation', entityId: requestId, purpose: 'patient sent home readings through a link' }, now, { readings: body.readings.length, alerts: result.alerts.map((a) => a.thresholdId) });
    return result;
  });
}
