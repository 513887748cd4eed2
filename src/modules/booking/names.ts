import type { Executor } from '../../db/database.ts';
import type { OrganisationKind } from '../../platform/actor.ts';
import { staffNames } from '../identity/index.ts';
import { findNetworkNames } from './queries/reference.ts';

// The names a slot or an appointment is shown with (organisation, site, service, practitioner) change a
// few times a year; joining four tables for them on every search and booking cost more than the search.
// Each server process keeps a network's names for a minute, and reloads at once when asked for an id it
// does not know (a new site); practitioners' names come from identity by id, on first sight. A rename
// shows within a minute on every process.

const TTL_MS = 60_000;

export interface NetworkNames {
  organisation: Map<string, { name: string; kind: OrganisationKind }>;
  site: Map<string, { name: string; postcode: string | null }>;
  service: Map<string, string>;
  staff: Map<string, string>;
}

const cache = new Map<string, { names: Promise<NetworkNames>; at: number }>();

async function load(db: Executor, networkId: string): Promise<NetworkNames> {
  const rows = await findNetworkNames(db, { networkId });
  return {
    organisation: new Map(rows.organisations.map((o) => [o.id, { name: o.name, kind: o.kind }])),
    site: new Map(rows.sites.map((s) => [s.id, { name: s.name, postcode: s.postcode }])),
    service: new Map(rows.services.map((s) => [s.id, s.name])),
    staff: new Map(),
  };
}

function fresh(db: Executor, networkId: string) {
  const entry = { names: load(db, networkId), at: Date.now() };
  entry.names.catch(() => cache.delete(networkId));
  cache.set(networkId, entry);
  return entry.names;
}

export interface NameIds { organisations?: string[]; sites?: string[]; services?: string[]; staff?: string[] }

const knowsPlaces = (n: NetworkNames, ids: NameIds) =>
  (ids.organisations ?? []).every((id) => n.organisation.has(id)) && (ids.sites ?? []).every((id) => n.site.has(id))
  && (ids.services ?? []).every((id) => n.service.has(id));

/** A network's names, holding every id asked for (reloaded when one is missing or the copy is old). */
export async function networkNames(db: Executor, networkId: string, ids: NameIds = {}): Promise<NetworkNames> {
  const hit = cache.get(networkId);
  let names = hit && Date.now() - hit.at < TTL_MS ? await hit.names : null;
  if (!names || !knowsPlaces(names, ids)) names = await fresh(db, networkId);
  const unknownStaff = (ids.staff ?? []).filter((id) => !names.staff.has(id));
  if (unknownStaff.length) for (const [id, name] of await staffNames(db, { networkId, ids: unknownStaff })) names.staff.set(id, name);
  return names;
}
