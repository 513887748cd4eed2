import type { Executor } from '../../db/database.ts';
import { DomainError, Forbidden, NotFound } from '../../platform/problems.ts';
import { newId } from '../../platform/ids.ts';
import * as q from './queries.ts';
import type { ConsultationStatus } from './tables.ts';

// The patient's way back: a reply through the link in the clinician's message lands on the request as
// an event in its history and puts the request back in the queue. The SLA clock paused while the
// request waited for the patient, so its due time moves on by the time it waited.

export class ConsultationClosedForPatient extends DomainError {
  constructor(reference: string) {
    super('conflict', 'consultations/closed', `Your request ${reference} has been closed, so we cannot add your reply to it. If you still need help, send a new request or contact your GP practice.`, {}, [{ pointer: '/body/message', detail: 'the request is closed' }]);
  }
}

/** What the patient's page shows about their request: its reference, status and the practice's last message. */
export async function consultationForPatient(db: Executor, p: { networkId: string; patientId: string; consultationId: string }) {
  const row = await q.findConsultation(db, { networkId: p.networkId, id: p.consultationId });
  if (!row) throw new NotFound('consultation');
  if (row.patient_id !== p.patientId) throw new Forbidden('consultations/not-this-patients', 'This link is for another person\'s request.');
  const events = await q.findEvents(db, { networkId: p.networkId, consultationId: p.consultationId });
  const replies = events.filter((e) => e.type === 'patient-reply').map((e) => ({ at: new Date(e.at).toISOString(), message: e.note ?? '' }));
  return { id: row.id, reference: row.reference, status: row.status, type: row.type, submittedAt: new Date(row.submitted_at).toISOString(), practiceName: row.assigned_practice_name, replies };
}

/** Adds the patient's reply; an 'awaiting-patient' request goes back to the queue (unclaimed) with its clock restarted. */
export async function replyFromPatient(trx: Executor, p: { networkId: string; patientId: string; consultationId: string; message: string; now: Date }) {
  const row = await q.findConsultationForUpdate(trx, { networkId: p.networkId, id: p.consultationId });
  if (!row) throw new NotFound('consultation');
  if (row.patient_id !== p.patientId) throw new Forbidden('consultations/not-this-patients', 'This link is for another person\'s request.');
  if (row.status === 'closed') throw new ConsultationClosedForPatient(row.reference);
  let to: ConsultationStatus = row.status;
  const set: Parameters<typeof q.updateConsultation>[1]['set'] = {};
  if (row.status === 'awaiting-patient') {
    const events = await q.findEvents(trx, { networkId: p.networkId, consultationId: p.consultationId });
    const pausedAt = [...events].reverse().find((e) => e.to_status === 'awaiting-patient')?.at;
    const waited = pausedAt ? Math.max(0, p.now.getTime() - new Date(pausedAt).getTime()) : 0;
    to = 'new';
    Object.assign(set, { status: to, claimed_by_staff_id: null, claimed_at: null, due_at: new Date(new Date(row.due_at).getTime() + waited) });
    await q.updateConsultation(trx, { networkId: p.networkId, id: row.id, set });
  }
  await q.insertEvent(trx, {
    network_id: p.networkId, id: newId(), consultation_id: row.id, type: 'patient-reply', at: p.now, by_staff_id: null, by_token_id: null, by_patient: true,
    from_status: row.status, to_status: to, note: p.message, detail: JSON.stringify({ via: 'link' }),
  });
  return { reference: row.reference, status: to };
}
