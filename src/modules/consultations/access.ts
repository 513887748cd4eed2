import { registerRelationshipCheck } from '../patients/index.ts';
import { hasConsultationRelationship } from './queries.ts';

let registered = false;

/**
 * A consultation is a care context (standards.md §7.3): a clinician who claimed or acted on a patient's
 * request, the receptionist who took it, and (the queue being network-wide) any triaging clinician
 * while the request is open may see that patient, even when registered at another practice.
 */
export function registerConsultationRelationship() {
  if (registered) return;
  registered = true;
  registerRelationshipCheck(async (db, actor, patientId) => !!actor.staffId && hasConsultationRelationship(db, {
    networkId: actor.networkId, patientId, staffId: actor.staffId, triages: actor.permissions.has('consultations:triage'),
  }));
}
