import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { findCapacity } from './queries/slots.ts';
import { networkReference } from '../network/index.ts';
import { byCodePoint } from '../../platform/reference-cache.ts';
import type { CapacityQuery, CapacityRow } from './schema.ts';

/** Capacity at a glance: slots per organisation and role, how they are used, and how much is shared. */
export async function getCapacity(db: Db, actor: Actor, query: CapacityQuery): Promise<{ items: CapacityRow[] }> {
  const counts = await findCapacity(db, { networkId: actor.networkId, from: new Date(query.from), to: new Date(query.to), organisationId: query.organisationId });
  const { organisations } = await networkReference(db, actor.networkId, { organisations: counts.map((r) => r.organisation_id) });
  // By organisation name, then role: the statement gives role order, the stable sort adds the name.
  const rows = counts.map((r) => ({ ...r, organisation_name: organisations.get(r.organisation_id)?.name ?? '', organisation_kind: organisations.get(r.organisation_id)?.kind ?? 'practice' }))
    .sort((x, y) => byCodePoint(x.organisation_name, y.organisation_name));
  const n = (v: unknown) => Number(v);
  return {
    items: rows.map((r) => ({
      organisation: { id: r.organisation_id, name: r.organisation_name, kind: r.organisation_kind }, role: r.role,
      total: n(r.total), free: n(r.free), booked: n(r.booked), blocked: n(r.blocked), attended: n(r.attended), dna: n(r.dna),
      released: { network: n(r.released_network), hub: n(r.released_hub), nhs111: n(r.released_nhs111), online: n(r.released_online) },
    })),
  };
}
