import { sql, type Expression, type ExpressionBuilder, type Insertable, type Selectable, type SqlBool } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import type { BookingChannel, SlotTable } from '../tables.ts';
import type { DB } from '../../../db/types.ts';
import { statementTemplate } from '../../../db/prepared.ts';
import { markChangedDaysOf } from '../changed-days.ts';

type SlotEb = ExpressionBuilder<DB & { slot: DB['slot'] }, 'slot'>;

/** Inserts generated slots; a slot already there for that person at that time is left alone. */
export async function insertSlots(db: Executor, rows: Insertable<SlotTable>[]): Promise<number> {
  let created = 0;
  // 1,000 rows × 16 columns stays well under PostgreSQL's 65,535 bind parameters.
  for (let i = 0; i < rows.length; i += 1000) {
    const inserted = await db.insertInto('slot').values(rows.slice(i, i + 1000))
      .onConflict((oc) => oc.columns(['network_id', 'staff_id', 'start_at']).doNothing())
      .returning('id').execute();
    created += inserted.length;
  }
  return created;
}

export function findSlot(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('slot').selectAll().where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

/**
 * Claims a free slot for a booking: one row back means it is ours until the transaction ends. Marks its
 * day changed for the dashboard in the same statement (the slot's trigger leaves claims out).
 */
export async function claimSlot(db: Executor, p: { networkId: string; id: string }): Promise<Selectable<SlotTable> | undefined> {
  const { rows: [claimed] } = await sql<Selectable<SlotTable>>`
    with s as (update slot set status = 'booked' where network_id = ${p.networkId}::uuid and id = ${p.id}::uuid and status = 'free' returning *),
    m as (${markChangedDaysOf('s')})
    select * from s`.execute(db);
  return claimed;
}

/**
 * A block (leave, closure, network-wide) covering the row of `slot`'s time, for that person, site or
 * organisation: a condition on the table named slot, for the query builder and for one-statement changes.
 */
export function coveredByBlock(exceptBlockId?: string) {
  return sql<SqlBool>`exists (select 1 from slot_block b where b.network_id = slot.network_id and b.starts_at < slot.end_at and b.ends_at > slot.start_at
    and (b.staff_id is null or b.staff_id = slot.staff_id) and (b.site_id is null or b.site_id = slot.site_id)
    and (b.organisation_id is null or b.organisation_id = slot.organisation_id)${exceptBlockId ? sql` and b.id <> ${exceptBlockId}::uuid` : sql``})`;
}

/** The status a freed slot returns to: still blocked when leave or a closure covers it (a condition on slot's row). */
export const freedSlotStatus = sql<'free' | 'blocked'>`(case when ${coveredByBlock()} then 'blocked' else 'free' end)`;

/** Returns a slot to the pool after a cancellation; still blocked when leave or a closure covers it. */
export function releaseSlot(db: Executor, p: { networkId: string; id: string }) {
  return db.updateTable('slot').set({ status: freedSlotStatus })
    .where('network_id', '=', p.networkId).where('id', '=', p.id).execute();
}

/** A block's reach: its period, and whose slots (a person's, a site's, one organisation's; null: any). */
export interface SlotRange { networkId: string; staffId: string | null; siteId: string | null; organisationId: string | null; startsAt: Date; endsAt: Date }

function inRange<T extends { where: (...a: any[]) => T }>(q: T, r: SlotRange): T {
  let out = q.where('slot.network_id', '=', r.networkId).where('slot.start_at', '<', r.endsAt).where('slot.end_at', '>', r.startsAt);
  if (r.staffId) out = out.where('slot.staff_id', '=', r.staffId);
  if (r.siteId) out = out.where('slot.site_id', '=', r.siteId);
  if (r.organisationId) out = out.where('slot.organisation_id', '=', r.organisationId);
  return out;
}

export async function blockFreeSlots(db: Executor, r: SlotRange): Promise<number> {
  const rows = await inRange(db.updateTable('slot').set({ status: 'blocked' }).where('slot.status', '=', 'free'), r).returning('slot.id').execute();
  return rows.length;
}

/** Frees slots a removed block held, unless another block still covers them. */
export async function freeBlockedSlots(db: Executor, r: SlotRange & { removedBlockId: string }): Promise<number> {
  const rows = await inRange(db.updateTable('slot').set({ status: 'free' }).where('slot.status', '=', 'blocked'), r)
    .where((eb) => eb.not(coveredByBlock(r.removedBlockId)))
    .returning('slot.id').execute();
  return rows.length;
}

/** Appointments still standing inside a blocked period: reception must rebook them by hand. */
export function findActiveAppointmentsInRange(db: Executor, r: SlotRange) {
  return inRange(db.selectFrom('slot').innerJoin('appointment as a', (j) => j.onRef('a.network_id', '=', 'slot.network_id').onRef('a.slot_id', '=', 'slot.id')), r)
    .where('a.status', 'in', ['booked', 'arrived'])
    .select(['a.id as appointment_id', 'slot.id as slot_id', 'slot.start_at', 'slot.staff_id', 'slot.site_id', 'slot.organisation_id'])
    .orderBy('slot.start_at').execute();
}

/**
 * Withdraws a deactivated template's future slots that no appointment ever used (history stays intact).
 * A template's slots are its practitioner's (a template's staff never changes): they are found through
 * the (network_id, staff_id, start_at) unique index; there is no index by template (0031).
 */
export async function deleteUnusedFutureSlots(db: Executor, p: { networkId: string; templateId: string; staffId: string; after: Date }) {
  const rows = await db.deleteFrom('slot').where('network_id', '=', p.networkId).where('staff_id', '=', p.staffId).where('template_id', '=', p.templateId)
    .where('start_at', '>', p.after).where('status', 'in', ['free', 'blocked'])
    .where((eb) => eb.not(eb.exists(eb.selectFrom('appointment as a').select(sql`1`.as('one')).whereRef('a.network_id', '=', 'slot.network_id').whereRef('a.slot_id', '=', 'slot.id'))))
    .returning('id').execute();
  return rows.length;
}

export interface QuotaGuard { providerId: string; channel: BookingChannel; limit: number }

export interface SlotSearchFilters {
  networkId: string;
  now: Date;
  from: Date;
  to?: Date;
  role?: string;
  serviceId?: string;
  mode?: string;
  siteId?: string;
  organisationId?: string;
  /** Only these sites (those meeting a patient's accessibility needs). */
  siteIds?: string[];
  actorOrganisationId: string;
  externalChannel: BookingChannel;
  quotas: QuotaGuard[];
  /** The (start, id) of the last slot of the previous page. */
  after?: readonly [Date, string];
  limit: number;
}

const londonDayStart = (ts: Expression<unknown>) => sql`date_trunc('day', ${ts}, 'Europe/London')`;
const londonDayEnd = (ts: Expression<unknown>) => sql`date_trunc('day', ${ts} + interval '1 day', 'Europe/London')`;

/** Bookings through a channel into a provider on the London day of `at` (an instant or a column). */
export function activeBookingsOnDay(eb: ExpressionBuilder<DB, never> | SlotEb, p: { networkId: Expression<unknown> | string; providerId: Expression<unknown> | string; channel: BookingChannel; at: Expression<unknown> }) {
  const e = eb as ExpressionBuilder<DB, never>;
  return e.selectFrom('appointment as q').select((x) => x.fn.countAll<number>().as('n'))
    .where('q.network_id', '=', p.networkId as string).where('q.provider_organisation_id', '=', p.providerId as string).where('q.channel', '=', sql.lit(p.channel))
    .where(sql<SqlBool>`q.status <> 'cancelled'`) // a literal: the partial quota index is defined by it
    .where('q.start_at', '>=', londonDayStart(p.at) as never).where('q.start_at', '<', londonDayEnd(p.at) as never);
}

const has = (c: BookingChannel) => sql<SqlBool>`slot.channels @> array[${sql.lit(c)}]::text[]`;

/**
 * A value the search compares with, given to the planner as a one-row sub-select it cannot look into.
 * PostgreSQL plans a prepared statement's first five runs for the values given, then keeps one plan for
 * any values, but only if that plan's estimate is no dearer than theirs. A search narrowed to one
 * organisation, service or site names one of many, most rarer than the average the kept plan assumes
 * (a hub's slots, physiotherapy), so its plan for the value always looked cheaper and those searches
 * were planned again on every run: about 0.2 ms of the database's CPU each, more than running them.
 * With no value to look at, each plan of such a shape is estimated alike, and the one kept serves from
 * the sixth run. The partial indexes are chosen by the constants written into the text (status,
 * channels), which stay literals. A search by role, thought to keep its plan anyway, did not at city
 * scale: its two halves (own slots, released ones) were planned again on every run, 0.31 ms of planning
 * to 0.07 ms of running (EXPLAIN ANALYZE of the prepared statement after six runs), 0.41 ms of the
 * database's CPU a search in the bench; unseen, its plan is kept and uses the same indexes. Only a
 * patient's sites stay in sight: the planner needs them to pick the free-slot index for them.
 */
const unseen = <T>(value: T, type: 'uuid' | 'timestamptz' | 'int') => sql<T>`(select ${value}::${sql.raw(type)})`;

/** The search's values as the planner is to see them: unseen, except in a search among a patient's sites. */
function valuesFor(f: SlotSearchFilters) {
  const hide = !f.siteIds;
  return <T>(value: T, type: 'uuid' | 'timestamptz' | 'int') => (hide ? unseen(value, type) : sql<T>`${value}`);
}

/** Slots of another organisation released to this booker's channel (the channel a literal: the per-channel partial indexes are defined by it). */
const externalOpen = (eb: SlotEb, f: SlotSearchFilters) => eb.and([eb('slot.organisation_id', '<>', valuesFor(f)(f.actorOrganisationId, 'uuid')), has(f.externalChannel)]);
/** The booker's own organisation's slots. */
const ownOpen = (eb: SlotEb, f: SlotSearchFilters) => eb.and([eb('slot.organisation_id', '=', valuesFor(f)(f.actorOrganisationId, 'uuid')), has('own-practice')]);

/** Whether a slot is open to this booker's channel: their own organisation's slots or the released ones. */
function channelOpen(eb: SlotEb, f: SlotSearchFilters): Expression<SqlBool> {
  if (f.externalChannel === 'nhs111') return externalOpen(eb, f); // NHS 111 has no slots of its own
  return eb.or([ownOpen(eb, f), externalOpen(eb, f)]);
}

/** Every value a slot search is run with (the quotas' as quota0Provider, quota0Limit, …). */
type SearchValues = Record<string, unknown>;

const searchTemplate = statementTemplate<SearchValues, FoundSlot>('booking_search');

/**
 * The earliest free slots this booker may book, earliest first: the slot's own columns only (names
 * come from memory, names.ts). One fixed text per combination of filters, built and compiled once
 * (a statement template, db/prepared.ts) and run prepared; the constants the partial free-slot indexes
 * are defined by (status, channel) are written into the text.
 */
export async function searchFreeSlots(db: Executor, f: SlotSearchFilters): Promise<FoundSlot[]> {
  if (f.siteIds && f.siteIds.length === 0) return []; // no site meets the patient's needs
  const values: SearchValues = {
    networkId: f.networkId, now: f.now, from: f.from, to: f.to, role: f.role, serviceId: f.serviceId, mode: f.mode, siteId: f.siteId,
    organisationId: f.organisationId, siteIds: f.siteIds, afterStart: f.after?.[0], afterId: f.after?.[1], actorOrganisationId: f.actorOrganisationId, limit: f.limit,
  };
  f.quotas.forEach((q, i) => { values[`quota${i}Provider`] = q.providerId; values[`quota${i}Limit`] = q.limit; });
  // What shapes the text: which filters are given, the booker's channel, and the quotas' channels.
  const shape = [f.externalChannel, ...(['to', 'role', 'serviceId', 'mode', 'siteId', 'organisationId', 'siteIds', 'after'] as const).map((k) => (f[k] === undefined ? '' : k)), ...f.quotas.map((q) => q.channel)].join(':');
  return searchTemplate.run(db, shape, values, (v) => freeSlotsQuery(db, {
    ...f, networkId: v.networkId as string, now: v.now as Date, from: v.from as Date, actorOrganisationId: v.actorOrganisationId as string, limit: v.limit as number,
    to: f.to && v.to as Date, role: f.role && v.role as string, serviceId: f.serviceId && v.serviceId as string, mode: f.mode && v.mode as string,
    siteId: f.siteId && v.siteId as string, organisationId: f.organisationId && v.organisationId as string, siteIds: f.siteIds && v.siteIds as string[],
    after: f.after && [v.afterStart as Date, v.afterId as string],
    quotas: f.quotas.map((q, i) => ({ providerId: v[`quota${i}Provider`] as string, channel: q.channel, limit: v[`quota${i}Limit`] as number })),
  }) as never);
}

/**
 * The query searchFreeSlots runs (the plan test explains it). A search by role (the commonest: "the next
 * GP appointment") or by service is two searches, the booker's own slots and the slots other organisations released to
 * the booker's channel, each read in time order from an index of free slots that holds little else
 * (slot_free_by_org_role[_mode], slot_free_by_org_service; slot_free_network_by_role[_mode],
 * slot_free_network_by_service: 0031, 0040), merged, earliest first. As one
 * search with "own or released" as a filter, a practice at city scale walked every practice's free GP
 * slots in time order and threw away those not its own and not released (most of them: a practice
 * keeps its telephone slots to itself, many under embargo), about 900 slots read to return 11.
 */
export function freeSlotsQuery(db: Executor, f: SlotSearchFilters) {
  if (!splitByOwner(f)) return freeSlotsWhere(db, f, channelOpen).orderBy('slot.start_at').orderBy('slot.id').limit(valuesFor(f)(f.limit, 'int'));
  const own = freeSlotsWhere(db, f, ownOpen).orderBy('slot.start_at').orderBy('slot.id').limit(valuesFor(f)(f.limit, 'int'));
  const external = freeSlotsWhere(db, f, externalOpen).orderBy('slot.start_at').orderBy('slot.id').limit(valuesFor(f)(f.limit, 'int'));
  const both = db.selectFrom(own.as('own')).selectAll().unionAll(db.selectFrom(external.as('external')).selectAll());
  return db.selectFrom(both.as('slot')).selectAll().orderBy('slot.start_at').orderBy('slot.id').limit(valuesFor(f)(f.limit, 'int'));
}

/**
 * Split in two where each half has its index: a search by role or service by a practice (its external
 * channel is the network), not narrowed to one organisation or site (0031, 0040).
 */
const splitByOwner = (f: SlotSearchFilters) =>
  f.externalChannel === 'network' && !!(f.role || f.serviceId) && !f.organisationId && !f.siteId && !f.siteIds;

/** Free slots matching the filters and open to the booker by `open`, not yet ordered. */
function freeSlotsWhere(db: Executor, f: SlotSearchFilters, open: (eb: SlotEb, f: SlotSearchFilters) => Expression<SqlBool>) {
  const v = valuesFor(f);
  let picked = db.selectFrom('slot')
    .select(['slot.id', 'slot.start_at', 'slot.end_at', 'slot.mode', 'slot.role', 'slot.national_category', 'slot.organisation_id', 'slot.site_id', 'slot.service_id', 'slot.staff_id'])
    .where('slot.network_id', '=', v(f.networkId, 'uuid')).where(sql<SqlBool>`slot.status = 'free'`)
    // In the future and from the date asked for: two bounds, so the text does not depend on which is later.
    .where('slot.start_at', '>', v(f.now, 'timestamptz')).where('slot.start_at', '>=', v(f.from, 'timestamptz'))
    .where('slot.opens_at', '<=', v(f.now, 'timestamptz'))
    .where((eb) => open(eb as SlotEb, f));
  if (f.to) picked = picked.where('slot.start_at', '<', v(f.to, 'timestamptz'));
  if (f.role) picked = picked.where('slot.role', '=', f.role);
  if (f.serviceId) picked = picked.where('slot.service_id', '=', v(f.serviceId, 'uuid'));
  if (f.mode) picked = picked.where('slot.mode', '=', f.mode as never);
  if (f.siteId) picked = picked.where('slot.site_id', '=', v(f.siteId, 'uuid'));
  if (f.organisationId) picked = picked.where('slot.organisation_id', '=', v(f.organisationId, 'uuid'));
  if (f.siteIds) picked = picked.where('slot.site_id', '=', (eb) => eb.fn.any(eb.val(f.siteIds!)));
  if (f.after) {
    const after = f.after;
    picked = picked.where((eb) => eb(eb.refTuple('slot.start_at', 'slot.id'), '>', eb.tuple(v(after[0], 'timestamptz'), v(after[1], 'uuid'))));
  }
  for (const g of f.quotas) {
    // A provider whose daily quota for this channel is used up offers nothing more that day.
    picked = picked.where((eb) => eb.not(eb.and([
      eb('slot.organisation_id', '=', v(g.providerId, 'uuid')),
      eb(activeBookingsOnDay(eb as SlotEb, { networkId: eb.ref('slot.network_id'), providerId: eb.ref('slot.organisation_id'), channel: g.channel, at: eb.ref('slot.start_at') }), '>=', v(g.limit, 'int')),
    ])));
  }
  return picked;
}
/** A free slot as a search finds it. */
export type FoundSlot = Pick<Selectable<SlotTable>, 'id' | 'start_at' | 'end_at' | 'mode' | 'role' | 'national_category' | 'organisation_id' | 'site_id' | 'service_id' | 'staff_id'>;

/** Slot counts per organisation and role over a period, with how many are released to each channel (names: capacity.ts). */
export function findCapacity(db: Executor, p: { networkId: string; from: Date; to: Date; organisationId?: string }) {
  const released = (c: BookingChannel) => sql<number>`count(*) filter (where slot.channels @> array[${sql.lit(c)}]::text[])`;
  let q = db.selectFrom('slot')
    .leftJoin('appointment as a', (j) => j.onRef('a.network_id', '=', 'slot.network_id').onRef('a.slot_id', '=', 'slot.id').on('a.status', '<>', 'cancelled'))
    .select(['slot.organisation_id', 'slot.role'])
    .select((eb) => [
      eb.fn.countAll<number>().as('total'),
      sql<number>`count(*) filter (where slot.status = 'free')`.as('free'),
      sql<number>`count(*) filter (where slot.status = 'booked')`.as('booked'),
      sql<number>`count(*) filter (where slot.status = 'blocked')`.as('blocked'),
      sql<number>`count(*) filter (where a.status = 'attended')`.as('attended'),
      sql<number>`count(*) filter (where a.status = 'dna')`.as('dna'),
      released('network').as('released_network'), released('hub').as('released_hub'), released('nhs111').as('released_nhs111'), released('online').as('released_online'),
    ])
    .where('slot.network_id', '=', p.networkId).where('slot.start_at', '>=', p.from).where('slot.start_at', '<', p.to);
  if (p.organisationId) q = q.where('slot.organisation_id', '=', p.organisationId);
  return q.groupBy(['slot.organisation_id', 'slot.role']).orderBy('slot.role').execute();
}
