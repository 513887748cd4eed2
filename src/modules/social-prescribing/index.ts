/** Social prescribing: referrals, the link workers' caseload, support plans, onward referrals, wellbeing outcomes, safeguarding, discharge. */
export { socialPrescribingRoutes } from './routes.ts';
/** Opens an episode in the caller's transaction (consultations' "refer to social prescribing", navigation). */
export { createReferralInTransaction } from './referrals.ts';
export type { NewReferral } from './referrals.ts';
export { REASONS as REFERRAL_REASONS, SNOMED as SOCIAL_PRESCRIBING_CODES, STATUSES as REFERRAL_STATUSES } from './schema.ts';
export { swemwbsScore } from './wellbeing.ts';
/** Patients with an open episode, as a subquery for population health's cohort filter. */
export { patientsWithOpenEpisodeSql } from './cohort-queries.ts';

import type { CommonsModule } from '../../platform/module.ts';
import { setReferralCounter } from '../directory/index.ts';
import { socialPrescribingRoutes } from './routes.ts';
import { referralRelationship } from './access.ts';
import { countPeopleReferredToOffers } from './queries.ts';

// Onward referrals to directory offers live here; the directory shows their counts on each offer
// ("people referred this month") through the counter it asks for, so neither reads the other's tables.
setReferralCounter(countPeopleReferredToOffers);

export const socialPrescribingModule: CommonsModule = {
  name: 'social-prescribing',
  tables: ['sp_referral', 'sp_referral_event', 'sp_contact', 'sp_goal', 'sp_onward_referral', 'sp_wellbeing', 'sp_safeguarding_concern', 'sp_setting', 'sp_notification'],
  routes: { prefix: 'social-prescribing', plugin: socialPrescribingRoutes },
  patientRelationships: [referralRelationship],
};
export type { SocialPrescribingTables } from './tables.ts';
