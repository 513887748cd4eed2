import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { getPatientForActor } from '../patients/index.ts';
import { bookingChannelFor, externalChannelOf } from './channels.ts';
import { quotaGuardsFor } from './quota.ts';
import { findSitesMeeting } from '../network/index.ts';
import { searchFreeSlots } from './queries/slots.ts';
import { networkNames } from './names.ts';
import type { SlotSearchQuery } from './schema.ts';
import { pageOf } from '../../platform/pagination.ts';
import { startCursor, toSlotView } from './view.ts';

/**
 * The earliest suitable free slots across the whole network that this booker may book: open to their
 * channel, past any embargo, in the future, and within the provider's daily quota for that channel.
 * For a patient, only sites that meet their accessibility needs, their preferred site first among equal times.
 */
export async function searchSlots(db: Db, actor: Actor, query: SlotSearchQuery, now: Date) {
  const limit = query.limit ?? 10;
  let siteIds: string[] | undefined;
  let preferredSiteId: string | null = null;
  if (query.patientId) {
    const patient = await getPatientForActor(db, actor, query.patientId, 'find a slot', '/querystring/patientId');
    if (patient.accessibility_needs.length) siteIds = await findSitesMeeting(db, { networkId: actor.networkId, needs: patient.accessibility_needs });
    if (query.preferredSiteFirst !== false) preferredSiteId = patient.preferred_site_id;
  }
  const rows = await searchFreeSlots(db, {
    networkId: actor.networkId, now, from: query.from ? new Date(query.from) : now, to: query.to ? new Date(query.to) : undefined,
    role: query.role, serviceId: query.serviceId, mode: query.mode, siteId: query.siteId, organisationId: query.organisationId, siteIds,
    actorOrganisationId: actor.organisationId, externalChannel: externalChannelOf(actor), quotas: await quotaGuardsFor(db, actor),
    after: query.cursor ? startCursor.decode(query.cursor) : undefined, limit: limit + 1,
  });
  const page = pageOf(rows, limit, (s) => startCursor.encode([s.start_at, s.id]), (s) => s);
  if (preferredSiteId) {
    // Stable: only slots starting at the same time swap, so the page stays earliest-first.
    page.items.sort((a, b) => a.start_at.getTime() - b.start_at.getTime() || Number(b.site_id === preferredSiteId) - Number(a.site_id === preferredSiteId));
  }
  const shown = page.items;
  const names = await networkNames(db, actor.networkId, {
    organisations: shown.map((s) => s.organisation_id), sites: shown.map((s) => s.site_id), services: shown.map((s) => s.service_id), staff: shown.map((s) => s.staff_id),
  });
  return { items: shown.map((s) => toSlotView(s, bookingChannelFor(actor, s.organisation_id), names)), nextCursor: page.nextCursor };
}
