import type { Executor } from '../../db/database.ts';
import type { OrganisationKind } from '../../platform/actor.ts';
import { referenceCache } from '../../platform/reference-cache.ts';

// The network's organisations, sites and services as other modules see them: names to show and the few
// facts they check (an organisation's kind, a site's organisation and accessibility, a service's role),
// held in memory (platform/reference-cache.ts). Other modules never read these tables themselves.

export interface OrganisationRef { id: string; name: string; kind: OrganisationKind; odsCode: string | null }
export interface SiteRef { id: string; organisationId: string; name: string; postcode: string | null; accessibility: string[] }
export interface ServiceRef { id: string; name: string; role: string; nationalCategory: string; defaultMode: string }

export interface NetworkReference {
  organisations: Map<string, OrganisationRef>;
  sites: Map<string, SiteRef>;
  services: Map<string, ServiceRef>;
}

const cache = referenceCache<NetworkReference>(async (db, networkId) => {
  const [organisations, sites, services] = await Promise.all([
    db.selectFrom('organisation').select(['id', 'name', 'kind', 'ods_code']).where('network_id', '=', networkId).execute(),
    db.selectFrom('site').select(['id', 'organisation_id', 'name', 'postcode', 'accessibility']).where('network_id', '=', networkId).execute(),
    db.selectFrom('service').select(['id', 'name', 'role', 'national_category', 'default_mode']).where('network_id', '=', networkId).execute(),
  ]);
  return {
    organisations: new Map(organisations.map((o) => [o.id, { id: o.id, name: o.name, kind: o.kind, odsCode: o.ods_code }])),
    sites: new Map(sites.map((s) => [s.id, { id: s.id, organisationId: s.organisation_id, name: s.name, postcode: s.postcode, accessibility: s.accessibility }])),
    services: new Map(services.map((s) => [s.id, { id: s.id, name: s.name, role: s.role, nationalCategory: s.national_category, defaultMode: s.default_mode }])),
  };
});

export interface ReferenceIds { organisations?: readonly (string | null)[]; sites?: readonly (string | null)[]; services?: readonly (string | null)[] }

const holdsAll = (map: Map<string, unknown>, ids: readonly (string | null)[] = []) => ids.every((id) => id === null || map.has(id));

/** The network's organisations, sites and services, holding every id asked for when it exists. */
export function networkReference(db: Executor, networkId: string, ids: ReferenceIds = {}): Promise<NetworkReference> {
  return cache.get(db, networkId, (r) => holdsAll(r.organisations, ids.organisations) && holdsAll(r.sites, ids.sites) && holdsAll(r.services, ids.services));
}

/** Drops this process's copy: called by the network module after it has committed a change to these tables. */
export function forgetNetworkReference(networkId: string) {
  cache.forget(networkId);
}

export async function findOrganisationRef(db: Executor, p: { networkId: string; id: string }): Promise<OrganisationRef | undefined> {
  return (await networkReference(db, p.networkId, { organisations: [p.id] })).organisations.get(p.id);
}

export async function findSiteRef(db: Executor, p: { networkId: string; id: string }): Promise<SiteRef | undefined> {
  return (await networkReference(db, p.networkId, { sites: [p.id] })).sites.get(p.id);
}

export async function findServiceRef(db: Executor, p: { networkId: string; id: string }): Promise<ServiceRef | undefined> {
  return (await networkReference(db, p.networkId, { services: [p.id] })).services.get(p.id);
}

/** Sites whose accessibility includes every need (a patient's step-free access, hearing loop…). */
export async function findSitesMeeting(db: Executor, p: { networkId: string; needs: readonly string[] }): Promise<string[]> {
  const { sites } = await networkReference(db, p.networkId);
  return [...sites.values()].filter((s) => p.needs.every((n) => s.accessibility.includes(n))).map((s) => s.id);
}

/** The practices holding an ODS code, across every network of this database (an online form names its practice by code). */
export function findPracticesByOdsCode(db: Executor, p: { odsCode: string }) {
  return db.selectFrom('organisation').select(['network_id', 'id', 'name']).where('ods_code', '=', p.odsCode).where('kind', '=', 'practice').execute();
}

/** The ids of organisations holding an ODS code, as a sub-query another module may put in its own statement. */
export function organisationIdsWithOdsCode(db: Executor, odsCode: string) {
  return db.selectFrom('organisation').select('organisation.id').where('organisation.ods_code', '=', odsCode);
}
