import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * Each patient's practice, date of birth, sex and postcode (upper case, without spaces), as a subquery
 * for population health's summaries (registers by age, frailty from 65, deprivation by postcode), so that
 * module never names this one's table. `patientIds` narrows it to the patients whose records changed.
 */
export function patientDemographicsSql(p: { networkId: string; patientIds?: readonly string[] }): RawBuilder<unknown> {
  const only = p.patientIds ? sql` and id = any(${[...p.patientIds]}::uuid[])` : sql``;
  return sql`select network_id, id, practice_id, date_of_birth, sex, upper(replace(coalesce(postcode, ''), ' ', '')) as postcode_key from patient where network_id = ${p.networkId}::uuid${only}`;
}

/** How to reach a few patients (name, preferences, phone, email, address), for a module that invites them (population health's outreach); the caller audits. */
export function findPatientContacts(db: Executor, p: { networkId: string; ids: readonly string[] }) {
  if (p.ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('patient').select(['id', 'given_name', 'family_name', 'communication_preferences', 'phone', 'email', 'address', 'postcode'])
    .where('network_id', '=', p.networkId).where('id', 'in', [...p.ids]).execute();
}
