import type { Db } from '../../../db/database.ts';
import type { Actor } from '../../../platform/actor.ts';
import { newId } from '../../../platform/ids.ts';
import { Invalid } from '../../../platform/problems.ts';
import { recordAudit } from '../../identity/index.ts';
import { contactFor, queueMessage } from '../../messaging/index.ts';
import { reachPatient } from '../records.ts';
import { registerById } from '../registers.ts';
import { KINDS_FOR_REGISTER, type MonitoredKind } from './thresholds.ts';
import type { AskBody } from './schema.ts';

// A clinician asks a patient on a register to send home readings: a request row (what to measure, for how
// long) and a message whose link (messaging's patient link, purpose 'monitoring') opens the readings page.

const WORDS: Record<MonitoredKind, string> = { 'blood-pressure': 'blood pressure', pulse: 'pulse', spo2: 'oxygen level', weight: 'weight', 'peak-flow': 'peak flow', 'blood-glucose': 'blood glucose' };

export async function askForReadings(db: Db, actor: Actor, patientId: string, body: AskBody, now: Date, requestId: string) {
  const patient = await reachPatient(db, actor, patientId, requestId, 'phm_monitoring_request');
  const allowed = KINDS_FOR_REGISTER[body.registerId];
  if (!allowed) throw new Invalid('population-health/not-monitored', `${registerById.get(body.registerId)?.name ?? body.registerId} has no home readings defined.`, '/body/registerId');
  const summary = await db.selectFrom('phm_patient_summary').select('registers').where('network_id', '=', actor.networkId).where('patient_id', '=', patient.id).executeTakeFirst();
  if (!summary?.registers.includes(body.registerId)) throw new Invalid('population-health/not-on-register', `This patient is not on the ${registerById.get(body.registerId)!.name.toLowerCase()} register.`, '/body/registerId');
  const kinds = body.kinds ?? allowed;
  const id = newId();
  const days = body.days ?? 14;
  const expiresAt = new Date(now.getTime() + days * 86_400_000);
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('phm_monitoring_request').values({ network_id: actor.networkId, id, patient_id: patient.id, register_id: body.registerId, kinds, requested_by_staff_id: actor.staffId, created_at: now, expires_at: expiresAt }).execute();
    await queueMessage(trx, {
      networkId: actor.networkId, patientId: patient.id, template: 'phm-monitoring-request', ...contactFor(patient), at: now, relatedEntity: 'phm_monitoring_request', relatedId: id,
      body: `${patient.practice_name} would like you to measure your ${kinds.map((k) => WORDS[k]).join(', ')} at home over the next ${days} days and send us the readings. Your practice will look at them.`,
      link: { purpose: 'monitoring', subjectId: id, expiresAt },
    });
    await recordAudit(trx, actor, { patientId: patient.id, action: 'create', entity: 'phm_monitoring_request', entityId: id, purpose: `home readings (${body.registerId})`, requestId });
  });
  return { id, registerId: body.registerId, kinds, createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() };
}
