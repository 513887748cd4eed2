import type { PatientRelationship } from '../../platform/module.ts';
import { referralPatientIds } from './queries.ts';

/**
 * A social prescribing referral is a care relationship (standards.md §7.3): the network's link
 * workers (who hold the caseload permission, working for the PCN rather than one practice) may see
 * every person referred to them, and a referrer the people they referred.
 */
export const referralRelationship: PatientRelationship = {
  name: 'social-prescribing referral',
  patientIds: (db, actor) => actor.staffId
    ? referralPatientIds(db, { networkId: actor.networkId, staffId: actor.staffId, caseload: actor.permissions.has('social-prescribing:caseload') })
    : null,
};
