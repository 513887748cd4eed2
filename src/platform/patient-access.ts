import type { PatientRelationship } from './module.ts';

// The relationships every module declares (CommonsModule.patientRelationships), gathered once by
// the module list (src/modules/index.ts). The patients module reads them to apply the
// patient-access rule; no module registers a check of its own.
let relationships: readonly PatientRelationship[] = [];

export function setPatientRelationships(list: readonly PatientRelationship[]) {
  relationships = list;
}

export function patientRelationships(): readonly PatientRelationship[] {
  return relationships;
}
