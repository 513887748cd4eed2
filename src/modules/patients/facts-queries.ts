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

/** Ids of the patients of a network with these NHS numbers (record imports match people by NHS number). */
export async function findPatientIdsByNhsNumber(db: Executor, p: { networkId: string; nhsNumbers: readonly string[] }): Promise<Map<string, string>> {
  if (p.nhsNumbers.length === 0) return new Map();
  const rows = await db.selectFrom('patient').select(['id', 'nhs_number']).where('network_id', '=', p.networkId).where('nhs_number', 'in', [...p.nhsNumbers]).execute();
  return new Map(rows.map((r) => [r.nhs_number, r.id]));
}

/** Registers a patient met in a record import (FHIR), in the importer's transaction; the caller has checked the fields. */
export async function insertImportedPatient(db: Executor, p: { networkId: string; id: string; nhsNumber: string; practiceId: string; givenName: string; familyName: string; dateOfBirth: string; sex: 'female' | 'male' | 'other' | 'unknown' }) {
  await db.insertInto('patient').values({
    network_id: p.networkId, id: p.id, nhs_number: p.nhsNumber, practice_id: p.practiceId, given_name: p.givenName, family_name: p.familyName, date_of_birth: p.dateOfBirth, sex: p.sex,
    communication_preferences: ['letter'],
  }).execute();
}
