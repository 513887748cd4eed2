import type { Executor } from '../../db/database.ts';

/** The organisations and sites of a network, without counts: what the dashboard's filters and tables name. */
export async function findOrganisationsAndSites(db: Executor, p: { networkId: string }) {
  const [organisations, sites] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'kind', 'name', 'ods_code']).where('network_id', '=', p.networkId).orderBy('name').execute(),
    db.selectFrom('site').select(['id', 'organisation_id', 'name']).where('network_id', '=', p.networkId).orderBy('name').execute(),
  ]);
  return { organisations, sites };
}

/** Every network's id (background jobs that work network by network). */
export async function findNetworkIds(db: Executor): Promise<string[]> {
  return (await db.selectFrom('network').select('id').orderBy('id').execute()).map((r) => r.id);
}
