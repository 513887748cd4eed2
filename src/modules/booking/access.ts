import type { PatientRelationship } from '../../platform/module.ts';

/**
 * An appointment is a care relationship: the organisation that provides or booked it, and the
 * clinician it is with, may see the patient even when registered at another practice.
 */
export const appointmentRelationship: PatientRelationship = {
  name: 'appointment',
  patientIds: (db, actor) => db.selectFrom('appointment').select('appointment.patient_id as patient_id')
    .where('appointment.network_id', '=', actor.networkId)
    .where((eb) => eb.or([
      eb('appointment.provider_organisation_id', '=', actor.organisationId),
      eb('appointment.booker_organisation_id', '=', actor.organisationId),
      ...(actor.staffId ? [eb('appointment.staff_id', '=', actor.staffId)] : []),
    ])),
};
