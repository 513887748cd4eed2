import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { newId } from '../../platform/ids.ts';
import { managesOrganisation } from './channels.ts';
import { NotYourOrganisation, OrganisationNotFound, QuotaInvalid } from './errors.ts';
import { findQuotasWithProviders, forgetQuotas, limitOf, type QuotaWithProvider } from './quota.ts';
import { upsertQuota } from './queries/blocks-quotas.ts';
import { findOrganisationRef } from '../network/index.ts';
import type { PutQuotaRequest, QuotaView } from './rota-schema.ts';

async function toQuotaView(db: Db, networkId: string, q: QuotaWithProvider): Promise<QuotaView> {
  const { registered, limit } = await limitOf(db, networkId, q);
  return {
    id: q.id, providerOrganisationId: q.provider_organisation_id, providerName: q.provider_name, channel: q.channel, perDay: q.per_day,
    perRegisteredPatients: q.per_registered_patients, registeredPatients: registered, effectivePerDay: limit,
  };
}

export async function listQuotas(db: Db, actor: Actor) {
  const rows = await findQuotasWithProviders(db, { networkId: actor.networkId });
  return { items: await Promise.all(rows.map((r) => toQuotaView(db, actor.networkId, r))), nextCursor: null };
}

/** Sets (or replaces) the daily cap on one channel's bookings into one provider's slots. */
export async function setQuota(db: Db, actor: Actor, body: PutQuotaRequest) {
  if (body.perDay == null && body.perRegisteredPatients == null) throw new QuotaInvalid('Give perDay, perRegisteredPatients or both.', '/body/perDay');
  if (!managesOrganisation(actor, body.providerOrganisationId)) throw new NotYourOrganisation('/body/providerOrganisationId');
  if (!(await findOrganisationRef(db, { networkId: actor.networkId, id: body.providerOrganisationId }))) throw new OrganisationNotFound('/body/providerOrganisationId');
  await upsertQuota(db, { network_id: actor.networkId, id: newId(), provider_organisation_id: body.providerOrganisationId, channel: body.channel, per_day: body.perDay ?? null, per_registered_patients: body.perRegisteredPatients ?? null });
  forgetQuotas(actor.networkId);
  const [row] = await findQuotasWithProviders(db, { networkId: actor.networkId, channels: [body.channel], providerId: body.providerOrganisationId });
  return toQuotaView(db, actor.networkId, row);
}
