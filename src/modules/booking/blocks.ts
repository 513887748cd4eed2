import { cursorFor, pageOf } from '../../platform/pagination.ts';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { managesOrganisation } from './channels.ts';
import { BlockInvalid, BlockNotFound, NotYourOrganisation } from './errors.ts';
import * as q from './queries/blocks-quotas.ts';
import { findSiteRef } from '../network/index.ts';
import { staffOrganisations } from '../identity/index.ts';
import { blockFreeSlots, findActiveAppointmentsInRange, freeBlockedSlots } from './queries/slots.ts';
import type { BlockQuery, CreateBlockRequest } from './rota-schema.ts';
import { toBlockView } from './view.ts';

/**
 * Who may block what: leave for someone who works for the manager's organisation, a closure of one of
 * its sites; a network-wide closure (neither given) only from the PCN.
 */
async function checkScope(db: Executor, actor: Actor, p: { staffId: string | null; siteId: string | null }, where: 'body' | 'params') {
  const ptr = (f: string) => (where === 'body' ? `/body/${f}` : '/params/id');
  if (p.siteId) {
    const site = await findSiteRef(db, { networkId: actor.networkId, id: p.siteId });
    if (!site) throw new BlockInvalid('No site with that id in this network.', ptr('siteId'));
    if (!managesOrganisation(actor, site.organisationId)) throw new NotYourOrganisation(ptr('siteId'));
  }
  if (p.staffId) {
    const orgs = await staffOrganisations(db, { networkId: actor.networkId, staffId: p.staffId });
    if (!orgs.length) throw new BlockInvalid('No staff member with that id in this network.', ptr('staffId'));
    if (!orgs.some((o) => managesOrganisation(actor, o))) throw new NotYourOrganisation(ptr('staffId'));
  }
  if (!p.staffId && !p.siteId && actor.organisationKind !== 'pcn') {
    throw new BlockInvalid('Give a staffId (leave) or a siteId (closure). Only the PCN can close the whole network.', ptr('staffId'));
  }
}

/** Marks the free slots in a period blocked. Booked ones are listed, not cancelled: reception rebooks them. */
export async function createBlock(db: Db, actor: Actor, body: CreateBlockRequest) {
  // A block covers its maker's own slots: a practice's leave for a GP leaves the GP's hub sessions to
  // the hub. Only the PCN, which runs the whole network, blocks every organisation's slots at once.
  const range = {
    networkId: actor.networkId, staffId: body.staffId ?? null, siteId: body.siteId ?? null,
    organisationId: actor.organisationKind === 'pcn' ? null : actor.organisationId,
    startsAt: new Date(body.startsAt), endsAt: new Date(body.endsAt),
  };
  if (range.endsAt <= range.startsAt) throw new BlockInvalid('The block must end after it starts.', '/body/endsAt');
  await checkScope(db, actor, range, 'body');
  return db.transaction().execute(async (trx) => {
    const block = await q.insertBlock(trx, { network_id: actor.networkId, id: newId(), staff_id: range.staffId, site_id: range.siteId, organisation_id: range.organisationId, starts_at: range.startsAt, ends_at: range.endsAt, reason: body.reason });
    const slotsBlocked = await blockFreeSlots(trx, range);
    const booked = await findActiveAppointmentsInRange(trx, range);
    return {
      block: toBlockView(block), slotsBlocked,
      bookedAppointments: booked.map((b) => ({ appointmentId: b.appointment_id, slotId: b.slot_id, startAt: b.start_at.toISOString(), staffId: b.staff_id, siteId: b.site_id, providerOrganisationId: b.organisation_id })),
    };
  });
}

/** Blocks are listed by start: the key their cursor carries. */
const blockCursor = cursorFor('block', ['instant', 'uuid']);

export async function listBlocks(db: Db, actor: Actor, query: BlockQuery) {
  const limit = query.limit ?? 100;
  const rows = await q.findBlocks(db, {
    networkId: actor.networkId, from: query.from ? new Date(query.from) : undefined, to: query.to ? new Date(query.to) : undefined, staffId: query.staffId, siteId: query.siteId,
    after: query.cursor ? blockCursor.decode(query.cursor) : undefined, limit: limit + 1,
  });
  return pageOf(rows, limit, (r) => blockCursor.encode([r.starts_at, r.id]), toBlockView);
}

/** Removes a block and frees its slots again, unless another block still covers them. */
export async function removeBlock(db: Db, actor: Actor, id: string) {
  return db.transaction().execute(async (trx) => {
    const block = await q.findBlock(trx, { networkId: actor.networkId, id });
    if (!block) throw new BlockNotFound();
    await checkScope(trx, actor, { staffId: block.staff_id, siteId: block.site_id }, 'params');
    await q.deleteBlock(trx, { networkId: actor.networkId, id });
    const slotsFreed = await freeBlockedSlots(trx, { networkId: actor.networkId, staffId: block.staff_id, siteId: block.site_id, organisationId: block.organisation_id, startsAt: block.starts_at, endsAt: block.ends_at, removedBlockId: id });
    return { slotsFreed };
  });
}
