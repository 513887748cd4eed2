import type { Executor } from '../../db/database.ts';
import type { Insertable, Updateable } from 'kysely';
import type { DB } from '../../db/types.ts';

// Every statement of network administration: organisations, sites, services and the network's settings.

export function findOrganisation(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('organisation').select(['id', 'kind', 'ods_code', 'name']).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function findPcnOrganisation(db: Executor, p: { networkId: string }) {
  return db.selectFrom('organisation').select('id').where('network_id', '=', p.networkId).where('kind', '=', 'pcn').executeTakeFirst();
}

export function insertOrganisation(db: Executor, row: Insertable<DB['organisation']>) {
  return db.insertInto('organisation').values(row).execute();
}

export function updateOrganisation(db: Executor, p: { networkId: string; id: string; set: Updateable<DB['organisation']> }) {
  return db.updateTable('organisation').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function findSite(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('site').select(['id', 'organisation_id']).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function insertSite(db: Executor, row: Insertable<DB['site']>) {
  return db.insertInto('site').values(row).execute();
}

export function updateSite(db: Executor, p: { networkId: string; id: string; set: Updateable<DB['site']> }) {
  return db.updateTable('site').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function insertService(db: Executor, row: Insertable<DB['service']>) {
  return db.insertInto('service').values(row).execute();
}

export function updateService(db: Executor, p: { networkId: string; id: string; set: Updateable<DB['service']> }) {
  return db.updateTable('service').set(p.set).where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

export function updateNetwork(db: Executor, p: { networkId: string; set: Updateable<DB['network']> }) {
  return db.updateTable('network').set(p.set).where('id', '=', p.networkId).executeTakeFirst();
}
