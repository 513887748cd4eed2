import { DateTime } from 'luxon';
import type { Executor } from '../../db/database.ts';
import type { BookingChannel } from './tables.ts';
import type { Actor } from '../../platform/actor.ts';
import { externalChannelOf } from './channels.ts';
import { QuotaExhausted } from './errors.ts';
import { countBookingsOnDay, lockQuotaDay } from './queries/appointments.ts';
import { findQuotas } from './queries/blocks-quotas.ts';
import { countRegisteredPatients } from '../patients/index.ts';
import { networkReference } from '../network/index.ts';
import { byCodePoint } from '../../platform/reference-cache.ts';
import type { QuotaGuard } from './queries/slots.ts';
import { LONDON } from '../../platform/calendar.ts';

/**
 * The daily cap a quota sets. GP Connect lets providers cap bookings per booking-organisation type;
 * the usual NHS 111 rule is one slot a day per 3,000 registered patients, and never fewer than one.
 * When both a fixed cap and a list-based cap are set, the smaller applies.
 */
export function effectiveDailyLimit(q: { per_day: number | null; per_registered_patients: number | null }, registeredPatients: number): number {
  const caps: number[] = [];
  if (q.per_day != null) caps.push(q.per_day);
  if (q.per_registered_patients != null) caps.push(Math.max(1, Math.floor(registeredPatients / q.per_registered_patients)));
  return caps.length ? Math.min(...caps) : Number.MAX_SAFE_INTEGER;
}

/** Quotas with their provider's name and kind (from memory), by provider name, then channel. */
export async function findQuotasWithProviders(db: Executor, p: { networkId: string; channels?: BookingChannel[]; providerId?: string }) {
  const rows = await findQuotas(db, p);
  const { organisations } = await networkReference(db, p.networkId, { organisations: rows.map((r) => r.provider_organisation_id) });
  const named = rows.map((r) => {
    const provider = organisations.get(r.provider_organisation_id);
    return { ...r, provider_name: provider?.name ?? '', provider_kind: provider?.kind ?? 'practice' };
  });
  return named.sort((x, y) => byCodePoint(x.provider_name, y.provider_name));
}
export type QuotaWithProvider = Awaited<ReturnType<typeof findQuotasWithProviders>>[number];

/**
 * The list a quota is measured against. A practice: its own registered patients. A hub: its share of
 * the network's list, the network's patients divided equally between the network's hubs (Commons holds
 * no hub catchments, and every hub serves the whole network), so two hubs together get the network's
 * quota, not twice it. The PCN or another provider without a list of its own: the whole network's.
 */
async function countListOf(db: Executor, p: { networkId: string; organisationId: string; organisationKind: string }) {
  const n = await countRegisteredPatients(db, { networkId: p.networkId, practiceId: p.organisationKind === 'practice' ? p.organisationId : undefined });
  if (p.organisationKind !== 'hub') return n;
  const { organisations } = await networkReference(db, p.networkId);
  const hubs = [...organisations.values()].filter((o) => o.kind === 'hub').length;
  return Math.floor(n / Math.max(1, hubs));
}

// List sizes move by a few patients a day, but counting a hub's (the whole network's) list on every
// slot search cost more than the search itself; a quota is a daily cap, so a 10-minute-old count is fine.
const LIST_SIZE_TTL_MS = 10 * 60_000;
const listSizes = new Map<string, { n: number; at: number }>();

async function registeredPatients(db: Executor, networkId: string, q: QuotaWithProvider): Promise<number> {
  const key = `${networkId}:${q.provider_organisation_id}`;
  const hit = listSizes.get(key);
  if (hit && Date.now() - hit.at < LIST_SIZE_TTL_MS) return hit.n;
  const n = await countListOf(db, { networkId, organisationId: q.provider_organisation_id, organisationKind: q.provider_kind });
  listSizes.set(key, { n, at: Date.now() });
  return n;
}

export async function limitOf(db: Executor, networkId: string, q: QuotaWithProvider) {
  const registered = q.per_registered_patients == null ? 0 : await registeredPatients(db, networkId, q);
  return { registered, limit: effectiveDailyLimit(q, registered) };
}

// Search reads quota definitions on every request; they change a few times a year. Cached for 30 s
// (and dropped at once when this server changes one). Booking itself always reads them afresh,
// under the quota lock, so a stale cache can only hide or show a slot, never overshoot a quota.
const QUOTA_TTL_MS = 30_000;
const quotaCache = new Map<string, { rows: QuotaWithProvider[]; at: number }>();

async function quotasOfNetwork(db: Executor, networkId: string): Promise<QuotaWithProvider[]> {
  const hit = quotaCache.get(networkId);
  if (hit && Date.now() - hit.at < QUOTA_TTL_MS) return hit.rows;
  const rows = await findQuotasWithProviders(db, { networkId });
  quotaCache.set(networkId, { rows, at: Date.now() });
  return rows;
}

/** Call after changing a network's quotas. */
export function forgetQuotas(networkId: string) {
  quotaCache.delete(networkId);
}

/** The quotas that apply to this booker in a search: own-practice ones for its own slots, its channel's for everyone else's. */
export async function quotaGuardsFor(db: Executor, actor: Actor): Promise<QuotaGuard[]> {
  const external = externalChannelOf(actor);
  const rows = (await quotasOfNetwork(db, actor.networkId)).filter((q) => q.channel === 'own-practice' || q.channel === external);
  const applicable = rows.filter((q) => (q.provider_organisation_id === actor.organisationId) === (q.channel === 'own-practice'));
  return Promise.all(applicable.map(async (q) => ({ providerId: q.provider_organisation_id, channel: q.channel, limit: (await limitOf(db, actor.networkId, q)).limit })));
}

/**
 * Inside the booking transaction: serialises bookings for this provider, channel and London day with an
 * advisory lock held to commit, then refuses the booking if the day's quota is already used.
 */
export async function enforceQuota(trx: Executor, p: { networkId: string; providerId: string; channel: BookingChannel; slotId: string; startAt: Date }) {
  const [quota] = await findQuotasWithProviders(trx, { networkId: p.networkId, channels: [p.channel], providerId: p.providerId });
  if (!quota) return;
  const day = DateTime.fromJSDate(p.startAt, { zone: LONDON }).toISODate()!;
  await lockQuotaDay(trx, { providerId: p.providerId, channel: p.channel, day });
  const { limit } = await limitOf(trx, p.networkId, quota);
  const used = await countBookingsOnDay(trx, { networkId: p.networkId, providerId: p.providerId, channel: p.channel, at: p.startAt });
  if (used >= limit) throw new QuotaExhausted(p.slotId, p.channel, day, limit);
}
