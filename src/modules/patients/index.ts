/** Registered patients: demographics, preferences, search, and the legitimate-relationship rule. */
export { patientRoutes } from './routes.ts';
export { getPatientForActor, searchPatients } from './service.ts';
export { hasLegitimateRelationship, registerRelationshipCheck } from './access.ts';
export type { RelationshipCheck } from './access.ts';
export { findPatientById, findPatientsByIdentity } from './queries.ts';
export type { PatientWithPractice } from './queries.ts';
export { isValidNhsNumber, nhsCheckDigit, formatNhsNumber } from './nhs-number.ts';
export { ageOn, toPatientView } from './view.ts';
