import type { Executor } from '../../db/database.ts';
import { registeredCountOf } from '../patients/index.ts';

export function findNetwork(db: Executor, p: { networkId: string }) {
  return db.selectFrom('network').selectAll().where('id', '=', p.networkId).executeTakeFirstOrThrow();
}

/** Every network this database holds, by ODS code (the command line picks one). */
export function listNetworks(db: Executor) {
  return db.selectFrom('network').select(['id', 'ods_code', 'name']).orderBy('ods_code').execute();
}

export function findOrganisations(db: Executor, p: { networkId: string }) {
  return db
    .selectFrom('organisation')
    .select(['id', 'kind', 'ods_code', 'name', 'address', 'postcode', 'phone'])
    .select((eb) => registeredCountOf(eb, 'organisation.network_id', 'organisation.id').as('registered_patients'))
    .where('network_id', '=', p.networkId)
    .orderBy('kind')
    .orderBy('name')
    .execute();
}

export function findSites(db: Executor, p: { networkId: string }) {
  return db.selectFrom('site').select(['id', 'organisation_id', 'kind', 'name', 'address', 'postcode', 'opening_hours', 'accessibility']).where('network_id', '=', p.networkId).orderBy('name').execute();
}

export function findServices(db: Executor, p: { networkId: string }) {
  return db.selectFrom('service').select(['id', 'code', 'name', 'role', 'national_category', 'default_mode', 'description']).where('network_id', '=', p.networkId).orderBy('name').execute();
}

/** Whether the network's data-sharing agreement lets every practice's staff see each other's patients. */
export async function networkSharesRecords(db: Executor, networkId: string): Promise<boolean> {
  const row = await db.selectFrom('network').select('data_sharing_across_practices').where('id', '=', networkId).executeTakeFirst();
  return row?.data_sharing_across_practices ?? false;
}

export function findSiteOpeningHours(db: Executor, p: { networkId: string }) {
  return db.selectFrom('site').select('opening_hours').where('network_id', '=', p.networkId).execute();
}
