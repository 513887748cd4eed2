import { sql, type SqlBool } from 'kysely';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../identity/index.ts';
import type { SlotReleaseRuleTable } from './tables.ts';
import { findHubSessionFill } from './queries/hub-sessions.ts';
import { networkReference } from '../network/index.ts';
import { byCodePoint } from '../../platform/reference-cache.ts';

// "Use it or lose it": slots held for hubs, the network or NHS 111 that nobody has booked a set number of
// hours before they start go back to the practice (or hub) that owns them, and become freed slots the
// waitlist is offered (waitlist.ts). The hours are per network and per channel (the session type).

export type ReleaseChannel = SlotReleaseRuleTable['channel'];
export const RELEASE_CHANNELS: readonly ReleaseChannel[] = ['hub', 'network', 'nhs111'];

/**
 * Used when a network has set no rule. NHS 111 slots are kept for 111 until 2 hours before, since 111
 * books for the same day; hub and network slots are released the day before (24 hours), early enough for
 * the practice to use them and for a waitlisted patient to accept an offer.
 */
export const DEFAULT_RELEASE_HOURS: Record<ReleaseChannel, number> = { hub: 24, network: 24, nhs111: 2 };

export async function releaseRules(db: Db, networkId: string): Promise<Record<ReleaseChannel, number>> {
  const rows = await db.selectFrom('slot_release_rule').select(['channel', 'hours_before']).where('network_id', '=', networkId).execute();
  const out = { ...DEFAULT_RELEASE_HOURS };
  for (const r of rows) out[r.channel] = r.hours_before;
  return out;
}

export async function setReleaseRule(db: Db, actor: Actor, body: { channel: ReleaseChannel; hoursBefore: number }) {
  await db.insertInto('slot_release_rule').values({ network_id: actor.networkId, channel: body.channel, hours_before: body.hoursBefore })
    .onConflict((oc) => oc.columns(['network_id', 'channel']).doUpdateSet({ hours_before: body.hoursBefore })).execute();
  await recordAudit(db, actor, { patientId: null, action: 'update', entity: 'slot_release_rule', purpose: `release ${body.channel} slots ${body.hoursBefore} h before` });
  return releaseRules(db, actor.networkId);
}

/**
 * Releases every network's unbooked held slots that are within their channel's hours of starting:
 * the owning organisation may then book them (own-practice is added to their channels), and a
 * slot_release row records when and from what, so the fill rate and the waitlist know.
 */
export async function releaseUnbookedSlots(db: Db, p: { now: Date }) {
  const networks = await db.selectFrom('slot').select('network_id').distinct()
    .where(sql<SqlBool>`slot.status = 'free'`).where('start_at', '>', p.now).where('start_at', '<=', new Date(p.now.getTime() + 336 * 3_600_000)).execute();
  let released = 0;
  for (const { network_id: networkId } of networks) {
    const rules = await releaseRules(db, networkId);
    for (const channel of RELEASE_CHANNELS) {
      const horizon = new Date(p.now.getTime() + rules[channel] * 3_600_000);
      const rows = await db.transaction().execute(async (trx) => {
        const due = await trx.selectFrom('slot').select(['id', 'channels'])
          .where('network_id', '=', networkId).where(sql<SqlBool>`slot.status = 'free'`).where(sql<SqlBool>`slot.channels @> array[${sql.lit(channel)}]::text[]`)
          .where('start_at', '>', p.now).where('start_at', '<=', horizon)
          .where((eb) => eb.not(eb.exists(eb.selectFrom('slot_release as r').select(sql`1`.as('x')).whereRef('r.network_id', '=', 'slot.network_id').whereRef('r.slot_id', '=', 'slot.id'))))
          .forUpdate().skipLocked().limit(5000).execute();
        if (due.length === 0) return 0;
        await trx.insertInto('slot_release').values(due.map((s) => ({ network_id: networkId, slot_id: s.id, released_at: p.now, from_channels: s.channels }))).onConflict((oc) => oc.doNothing()).execute();
        await trx.updateTable('slot').set({ channels: sql`array_append(channels, 'own-practice')` })
          .where('network_id', '=', networkId).where('id', 'in', due.map((s) => s.id)).where(sql<SqlBool>`not (channels @> array['own-practice']::text[])`).execute();
        return due.length;
      });
      released += rows;
    }
  }
  return { released };
}

/** Fill rate per hub session (a hub clinician's day at a site): slots, booked, attended, DNA, released, and booked ÷ bookable. */
export async function hubSessionFillRates(db: Db, p: { networkId: string; from: Date; to: Date }) {
  const { organisations } = await networkReference(db, p.networkId);
  const hubIds = [...organisations.values()].filter((o) => o.kind === 'hub').map((o) => o.id);
  const hubName = (id: string) => organisations.get(id)?.name ?? '';
  const rows = await findHubSessionFill(db, { ...p, hubIds });
  // By day, then hub name, then clinician: the statement gives day and clinician order, the stable sort adds the name.
  rows.sort((x, y) => byCodePoint(String(x.day), String(y.day)) || byCodePoint(hubName(x.organisation_id), hubName(y.organisation_id)));
  return rows.map((r) => ({ ...r, organisation_name: hubName(r.organisation_id) })).map((r) => {
    const slots = Number(r.slots);
    const blocked = Number(r.blocked);
    const booked = Number(r.booked);
    return {
      hubId: r.organisation_id, hubName: r.organisation_name, siteId: r.site_id, staffId: r.staff_id, day: String(r.day), firstStart: new Date(r.first_start).toISOString(),
      slots, blocked, booked, attended: Number(r.attended), dna: Number(r.dna), released: Number(r.released), releasedThenBooked: Number(r.released_booked),
      fillRate: slots - blocked > 0 ? Math.round((booked / (slots - blocked)) * 1000) / 1000 : null,
    };
  });
}
export type HubSessionFill = Awaited<ReturnType<typeof hubSessionFillRates>>[number];
