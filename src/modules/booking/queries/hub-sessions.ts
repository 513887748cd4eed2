import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';

/** Slots of the given hubs grouped into sessions (organisation, site, clinician, London day) with what became of them, by day and clinician. */
export function findHubSessionFill(db: Executor, p: { networkId: string; hubIds: string[]; from: Date; to: Date }) {
  const day = sql<string>`to_char(slot.start_at at time zone 'Europe/London', 'YYYY-MM-DD')`;
  if (p.hubIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('slot')
    .leftJoin('appointment as a', (j) => j.onRef('a.network_id', '=', 'slot.network_id').onRef('a.slot_id', '=', 'slot.id').on('a.status', '<>', 'cancelled'))
    .leftJoin('slot_release as r', (j) => j.onRef('r.network_id', '=', 'slot.network_id').onRef('r.slot_id', '=', 'slot.id'))
    .select(['slot.organisation_id', 'slot.site_id', 'slot.staff_id', day.as('day')])
    .select((eb) => [
      eb.fn.min('slot.start_at').as('first_start'),
      eb.fn.countAll<number>().as('slots'),
      sql<number>`count(*) filter (where slot.status = 'blocked')`.as('blocked'),
      sql<number>`count(a.id)`.as('booked'),
      sql<number>`count(*) filter (where a.status = 'attended')`.as('attended'),
      sql<number>`count(*) filter (where a.status = 'dna')`.as('dna'),
      sql<number>`count(r.slot_id)`.as('released'),
      sql<number>`count(*) filter (where r.slot_id is not null and a.id is not null)`.as('released_booked'),
    ])
    .where('slot.network_id', '=', p.networkId).where('slot.organisation_id', 'in', p.hubIds).where('slot.start_at', '>=', p.from).where('slot.start_at', '<', p.to)
    .groupBy(['slot.organisation_id', 'slot.site_id', 'slot.staff_id', day])
    .orderBy(day).orderBy('slot.staff_id')
    .execute();
}
