import { sql, type RawBuilder } from 'kysely';

// Subqueries population health's cohort builder places in an IN (…) clause, so its SQL never names
// this module's tables (docs/modules.md).

/** Patients with at least `minimum` did-not-attends among appointments starting on or after `from`: one column, patient_id. */
export function patientsWithDnasSql(p: { networkId: string; from: Date; minimum: number }): RawBuilder<{ patient_id: string }> {
  return sql`select patient_id from appointment
    where network_id = ${p.networkId} and status = 'dna' and start_at >= ${p.from}
    group by patient_id having count(*) >= ${p.minimum}`;
}
