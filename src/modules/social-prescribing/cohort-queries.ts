import { sql, type RawBuilder } from 'kysely';

// A subquery population health's cohort builder places in an IN (…) clause, so its SQL never names
// this module's tables (docs/modules.md).

/** Patients with a social-prescribing episode not yet discharged (new, contacted, active or on hold): one column, patient_id. */
export function patientsWithOpenEpisodeSql(p: { networkId: string }): RawBuilder<{ patient_id: string }> {
  return sql`select patient_id from sp_referral where network_id = ${p.networkId} and status <> 'discharged'`;
}
