import type { PatientRelationship } from '../../platform/module.ts';
import { consultationPatientIds } from './queries.ts';

/**
 * A consultation is a care context (standards.md §7.3): a clinician who claimed or acted on a patient's
 * request, the receptionist who took it, and (the queue being network-wide) any triaging clinician
 * while the request is open may see that patient, even when registered at another practice.
 */
export const consultationRelationship: PatientRelationship = {
  name: 'consultation',
  patientIds: (db, actor) => actor.staffId
    ? consultationPatientIds(db, { networkId: actor.networkId, staffId: actor.staffId, triages: actor.permissions.has('consultations:triage') })
    : null,
};
