import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { findCapacity } from './queries/slots.ts';
import type { CapacityQuery, CapacityRow } from './schema.ts';

/** Capacity at a glance: slots per organisation and role, how they are used, and how much is shared. */
export async function getCapacity(db: Db, actor: Actor, query: CapacityQuery): Promise<{ items: CapacityRow[] }> {
  const rows = await findCapacity(db, { networkId: actor.networkId, from: new Date(query.from), to: new Date(query.to), organisationId: query.organisationId });
  const n = (v: unknown) => Number(v);
  return {
    items: rows.map((r) => ({
      organisation: { id: r.organisation_id, name: r.organisation_name, kind: r.organisation_kind }, role: r.role,
      total: n(r.total), free: n(r.free), booked: n(r.booked), blocked: n(r.blocked), attended: n(r.attended), dna: n(r.dna),
      released: { network: n(r.released_network), hub: n(r.released_hub), nhs111: n(r.released_nhs111), online: n(r.released_online) },
    })),
  };
}
