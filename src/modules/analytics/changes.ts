import { sql } from 'kysely';
import type { Executor } from '../../db/database.ts';
import { appointmentFactsSql, findAppointmentDaysOfPatients, findChangedDays, forgetChangedDays } from '../booking/index.ts';
import { findChangedPatients, forgetChangedPatients } from '../patients/index.ts';
import type { RollupCell } from './rollup-rows.ts';
import { dayAfter, londonStart } from './spans.ts';

// What changed since the rollup was last rebuilt, and what of it to rebuild. Three kinds of mark, each
// written where the change happens and read here through the owner's index.ts:
//  - booking: a slot or appointment written (0029_booking_changed_days.sql), the days it touched (every
//    breakdown of them);
//  - patients: a date of birth or postcode changed (0035_patient_fact_changes.sql), the cells of that
//    patient's appointments (asked of booking: their age band and decile count there);
//  - analytics' own deprivation import (0035_analytics_deprivation_changes.sql): the deprivation
//    breakdown of every day the rollup holds.
// Every mark is forgotten by id, once the days it asks for are rebuilt, so a mark written during a
// refresh stays for the next one.

export interface RollupChanges {
  /** The days booking marked, every breakdown of which is rebuilt: sorted and distinct. */
  days: string[];
  bookingMarks: { id: number; day: string }[];
  /** The patients whose date of birth or postcode changed: their appointments' age and deprivation cells are rebuilt. */
  patientIds: string[];
  patientMarks: number[];
  /** The days of the changed patients' appointments. */
  patientDays: string[];
  deprivationMarks: number[];
  /** The days the rollup holds, when a deprivation import asks for all of them (else empty). */
  heldDays: string[];
}

/** The marks of one network and the days they ask to rebuild. */
export async function readRollupChanges(db: Executor, networkId: string): Promise<RollupChanges> {
  const booking = await findChangedDays(db, { networkId });
  const patients = await findChangedPatients(db, { networkId });
  const patientDays = patients.patientIds.length ? await findAppointmentDaysOfPatients(db, { networkId, patientIds: patients.patientIds }) : [];
  const deprivation = await db.selectFrom('analytics_deprivation_change').select('id').where('network_id', '=', networkId).execute();
  const heldDays = deprivation.length ? await rollupDays(db, networkId) : [];
  return {
    days: [...new Set(booking.days)].sort(),
    bookingMarks: booking.marks,
    patientIds: patients.patientIds,
    patientMarks: patients.marks,
    patientDays,
    deprivationMarks: deprivation.map((r) => Number(r.id)),
    heldDays,
  };
}

/**
 * The cells of the daily rollup (day, organisation, site, role, mode, category) that the changed
 * patients' appointments count in, any status: the only cells whose age and deprivation rows they move.
 */
export async function findCellsOfPatients(db: Executor, networkId: string, c: RollupChanges): Promise<RollupCell[]> {
  if (c.patientIds.length === 0 || c.patientDays.length === 0) return [];
  const range = { networkId, from: londonStart(c.patientDays[0]), to: londonStart(dayAfter(c.patientDays.at(-1)!)) };
  const cells: RollupCell[] = [];
  for (let i = 0; i < c.patientIds.length; i += 10_000) {
    const { rows } = await sql<RollupCell>`select distinct to_char(a.start_at at time zone 'Europe/London', 'YYYY-MM-DD') as day,
        a.organisation_id::text as organisation_id, a.site_id::text as site_id, a.role, a.mode, a.national_category
      from (${appointmentFactsSql(range)}) a where a.patient_id in (${sql.join(c.patientIds.slice(i, i + 10_000))})`.execute(db);
    cells.push(...rows);
  }
  return [...new Map(cells.map((cell) => [JSON.stringify(cell), cell])).values()];
}

/**
 * Every London day from the first to the last the daily rollup holds for a network (its 'total'
 * breakdown has a row on every day with a slot or appointment): one run to rebuild, as a full refresh,
 * the days between without rows included (an empty day costs next to nothing; split at each of those,
 * the pcn demo's 201 days were 30-odd transactions: the same CPU, more wall time, docs/analytics.md).
 */
async function rollupDays(db: Executor, networkId: string): Promise<string[]> {
  const held = await db.selectFrom('analytics_rollup').select((eb) => [eb.fn.min('day').as('first'), eb.fn.max('day').as('last')])
    .where('network_id', '=', networkId).where('dimension', '=', 'total').executeTakeFirst();
  const days: string[] = [];
  if (!held?.first || !held.last) return days;
  for (let d = String(held.first); d <= String(held.last); d = dayAfter(d)) days.push(d);
  return days;
}

/**
 * Forgets the marks read, after their days were rebuilt. With `within` (a ranged refresh), only what
 * that range covered: booking's marks of its days, the patients' marks when all their appointments'
 * days are inside it, the deprivation marks when every day the rollup held is.
 */
export async function forgetRollupChanges(db: Executor, networkId: string, c: RollupChanges, within?: { fromDay: string; toDay: string }) {
  const inside = (d: string) => !within || (d >= within.fromDay && d <= within.toDay);
  await forgetChangedDays(db, { networkId, marks: c.bookingMarks.filter((m) => inside(m.day)).map((m) => m.id) });
  if (c.patientDays.every(inside)) await forgetChangedPatients(db, { networkId, marks: c.patientMarks });
  if (c.heldDays.every(inside) && c.deprivationMarks.length) {
    for (let i = 0; i < c.deprivationMarks.length; i += 10_000) {
      await db.deleteFrom('analytics_deprivation_change').where('network_id', '=', networkId).where('id', 'in', c.deprivationMarks.slice(i, i + 10_000)).execute();
    }
  }
}
