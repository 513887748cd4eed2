import type { Db } from '../../db/database.ts';
import type { ConsultationTriage } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { getPatientForActor } from '../patients/index.ts';
import { recordAudit } from '../identity/index.ts';
import { newId } from '../../platform/ids.ts';
import { Forbidden, NotFound } from '../../platform/problems.ts';
import { NotYourClaim } from './errors.ts';
import * as q from './queries.ts';
import type { JudgementRequest } from './schema.ts';
import { urgencyVerdict } from './view.ts';
import { getConsultation } from './work.ts';

// Live rates (issue 11, part 5): the clinician who works a request records the urgency and first-contact
// role they judged. The engine's verdict and rules version are copied beside it, so the engine's under-
// and over-triage against clinicians can be counted per rules version without reading the triage JSON.

/**
 * Records the urgency and role the clinician holding a request judged (also after closing it). A changed
 * mind adds a row and the latest counts; each one is a history event and an audit row.
 */
export async function recordJudgement(db: Db, actor: Actor, id: string, body: JudgementRequest, now: Date) {
  if (!actor.staffId) throw new Forbidden('consultations/staff-only', 'Only a signed-in clinician can record a triage judgement.');
  await db.transaction().execute(async (trx) => {
    const row = await q.findConsultationForUpdate(trx, { networkId: actor.networkId, id });
    if (!row) throw new NotFound('consultation');
    if (row.claimed_by_staff_id !== actor.staffId) {
      const holder = row.claimed_by_staff_id ? await q.findConsultation(trx, { networkId: actor.networkId, id }) : null;
      throw new NotYourClaim(holder?.claimer_name ?? null);
    }
    await getPatientForActor(trx, actor, row.patient_id, 'record triage judgement');
    const engine = row.triage as ConsultationTriage;
    await q.insertJudgement(trx, {
      network_id: row.network_id, id: newId(), consultation_id: row.id, staff_id: actor.staffId!, at: now, urgency: body.urgency, role: body.role,
      engine_urgency: engine.urgency, engine_role: engine.role, rules_version: engine.rulesVersion, note: body.note ?? null,
    });
    await q.insertEvent(trx, {
      network_id: row.network_id, id: newId(), consultation_id: row.id, type: 'judged', at: now, by_staff_id: actor.staffId, by_token_id: actor.tokenId,
      from_status: row.status, to_status: row.status, note: body.note ?? null,
      detail: JSON.stringify({ urgency: body.urgency, role: body.role, engineUrgency: engine.urgency, engineRole: engine.role, rulesVersion: engine.rulesVersion, urgencyVerdict: urgencyVerdict(engine.urgency, body.urgency) }),
    });
    await recordAudit(trx, actor, { patientId: row.patient_id, action: 'update', entity: 'consultation', entityId: id, purpose: 'record triage judgement' });
  });
  return getConsultation(db, actor, id, now);
}
