/** Registered patients: demographics, preferences, search, and the legitimate-relationship rule. */
export { patientRoutes } from './routes.ts';
export { getPatientForActor, searchPatients } from './service.ts';
export { hasLegitimateRelationship, patientGate, patientReachedDirectlySql, reachablePatients, tracesAnyPatient } from './access.ts';
export type { PatientGate } from './access.ts';
export { findPatientById, findPatientsByIdentity, patientSummaries, countRegisteredPatients, registeredCountOf } from './queries.ts';
export type { PatientWithPractice } from './queries.ts';
/** Patient facts for the analytics rollup (age, postcode) and labels for its patient-level lists. */
export { patientFactsSql, findPatientLabels, findPatientPostcodes } from './analytics-queries.ts';
/** Patients whose date of birth or postcode changed since they were last forgotten (the dashboard's refresh rebuilds their appointments' days). */
export { findChangedPatients, forgetChangedPatients } from './fact-changes.ts';
/** Practice, birth date, sex and postcode of patients, as a subquery for population health's summaries. */
export { patientDemographicsSql, findPatientContacts, findPatientIdsByNhsNumber, insertImportedPatient } from './facts-queries.ts';
export { isValidNhsNumber, nhsCheckDigit, formatNhsNumber } from '../../platform/nhs-number.ts';
export { ageOn, toPatientView } from './view.ts';
export { importPatients, ImportHasErrors } from './import-service.ts';
export type { ImportOptions, ImportReport } from './import-service.ts';
export { IMPORT_FIELDS } from './import-columns.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { patientRoutes } from './routes.ts';

export const patientsModule: CommonsModule = {
  name: 'patients',
  tables: ['patient', 'patient_fact_change'],
  routes: { prefix: 'patients', plugin: patientRoutes },
};
export type { PatientsTables } from './tables.ts';
