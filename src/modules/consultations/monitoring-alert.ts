import type { Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { recordAudit } from '../identity/index.ts';
import { networkOpeningHours } from '../network/index.ts';
import * as q from './queries.ts';
import { dueAtFor } from './sla.ts';
import { newReference } from './submit.ts';

// A home reading past its threshold (population health's remote monitoring) arrives in the shared queue
// as a request, so it is seen, claimed, answered and timed like any other: the same urgencies, roles and
// response-time clocks, with no second queue to watch. It is the patient's own online submission (their
// readings through the link in a message), so it counts as submitted by the patient, online; the
// triage verdict records the threshold that raised it instead of the engine's rules.

export interface MonitoringAlert {
  networkId: string;
  patientId: string;
  practiceId: string;
  urgency: 'urgent' | 'routine';
  role: string;
  /** What the clinician reads first, e.g. "Home readings: average BP 142/88 over 7 days (threshold 135/85)". */
  description: string;
  thresholdId: string;
  /** The threshold's source (a guideline), shown as the rationale. */
  rationale: string;
  now: Date;
}

/** Puts a monitoring alert in the queue, in the caller's transaction; returns its id, reference and when it is due. */
export async function raiseMonitoringAlert(trx: Executor, actor: Actor, a: MonitoringAlert): Promise<{ id: string; reference: string; dueAt: Date }> {
  const id = newId();
  const reference = await newReference(trx, a.networkId);
  const dueAt = dueAtFor(a.urgency, a.now, await networkOpeningHours(trx, a.networkId), a.role);
  await q.insertConsultation(trx, {
    network_id: a.networkId, id, reference, patient_id: a.patientId, practice_id: a.practiceId, submitted_by: 'patient', submitted_by_staff_id: null,
    proxy_name: null, proxy_relationship: null, channel: 'online', type: 'medical', admin_kind: null, description: a.description.slice(0, 5000),
    answers: JSON.stringify({ source: 'home-monitoring', thresholdId: a.thresholdId }), phq9_score: null, gad7_score: null,
    triage: JSON.stringify({ urgency: a.urgency, role: a.role, redFlags: [], matchedRules: [`monitoring:${a.thresholdId}`], rationale: a.rationale, rulesVersion: 'home-monitoring', warnings: [] }),
    urgency: a.urgency, assigned_role: a.role, assigned_practice_id: a.practiceId, status: 'new', submitted_at: a.now, due_at: dueAt, idempotency_key: null,
  });
  await q.insertEvent(trx, {
    network_id: a.networkId, id: newId(), consultation_id: id, type: 'submitted', at: a.now, by_staff_id: null, by_token_id: null, by_patient: true,
    from_status: null, to_status: 'new', note: null, detail: JSON.stringify({ channel: 'online', submittedBy: 'patient', source: 'home-monitoring', thresholdId: a.thresholdId, urgency: a.urgency, role: a.role }),
  });
  await recordAudit(trx, actor, { patientId: a.patientId, action: 'create', entity: 'consultation', entityId: id, purpose: 'home reading past its threshold' });
  return { id, reference, dueAt };
}
