import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * Each patient's date of birth and postcode (upper case, without spaces), as a subquery for the
 * analytics rollup's age bands and deprivation deciles, so analytics never names this module's table.
 */
export function patientFactsSql(p: { networkId: string }): RawBuilder<unknown> {
  return sql`select id, date_of_birth, upper(replace(postcode, ' ', '')) as postcode_key from patient where network_id = ${p.networkId}`;
}

/** Names and NHS numbers of a few patients, for a patient-level list (the caller audits the read). */
export function findPatientLabels(db: Executor, p: { networkId: string; ids: string[] }) {
  if (p.ids.length === 0) return Promise.resolve([]);
  return db.selectFrom('patient').select(['id', 'nhs_number', 'given_name', 'family_name', 'date_of_birth', 'practice_id'])
    .where('network_id', '=', p.networkId).where('id', 'in', p.ids).execute();
}

/** Distinct patient postcodes of a network (upper case, without spaces), for the demo's own LSOA table. */
export async function findPatientPostcodes(db: Executor, p: { networkId: string }): Promise<string[]> {
  const rows = await db.selectFrom('patient').select(sql<string>`distinct upper(replace(postcode, ' ', ''))`.as('postcode'))
    .where('network_id', '=', p.networkId).where('postcode', 'is not', null).execute();
  return rows.map((r) => r.postcode);
}
