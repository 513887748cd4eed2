import type { Executor } from '../../db/database.ts';
import { sql } from 'kysely';

// The days whose slots or appointments changed (0029_booking_changed_days.sql): triggers on slot and
// appointment add a row per London day a write statement touched; a reader takes the rows it sees and,
// once it has acted on them, deletes exactly those, so a change committed meanwhile stays for next time.
// A claim (a slot from free to booked, the hot path) marks its day in its own statement instead, with
// markChangedDaysOf: the slot's trigger leaves claims out (0039_booking_claims_mark_their_day.sql).

/**
 * The insert marking the London day of every row of the CTE `source` (columns network_id and start_at):
 * for a statement that claims slots, written as one of its CTEs.
 */
export function markChangedDaysOf(source: string) {
  return sql`insert into booking_changed_day (network_id, day) select network_id, (start_at at time zone 'Europe/London')::date from ${sql.table(source)}`;
}

/** The changed London days of a network (sorted, distinct) and the marks read (id and day). */
export async function findChangedDays(db: Executor, p: { networkId: string }): Promise<{ days: string[]; marks: { id: number; day: string }[] }> {
  const rows = await db.selectFrom('booking_changed_day').select(['id', 'day']).where('network_id', '=', p.networkId).execute();
  const marks = rows.map((r) => ({ id: Number(r.id), day: String(r.day) }));
  return { days: [...new Set(marks.map((m) => m.day))].sort(), marks };
}

/** Deletes marks read (ids from findChangedDays' `marks`), after the caller has acted on them. */
export async function forgetChangedDays(db: Executor, p: { networkId: string; marks: number[] }): Promise<void> {
  // In chunks, so a long list stays within a statement's parameter limit.
  for (let i = 0; i < p.marks.length; i += 10_000) {
    await db.deleteFrom('booking_changed_day').where('network_id', '=', p.networkId).where('id', 'in', p.marks.slice(i, i + 10_000)).execute();
  }
}

/**
 * The London days of the given patients' appointments (any status; sorted, distinct): the days whose
 * rollup rows count them, for a refresh after their date of birth or postcode changed. Reads the
 * appointment_by_patient index, in chunks of ids.
 */
export async function findAppointmentDaysOfPatients(db: Executor, p: { networkId: string; patientIds: string[] }): Promise<string[]> {
  const days = new Set<string>();
  for (let i = 0; i < p.patientIds.length; i += 10_000) {
    const rows = await db.selectFrom('appointment')
      .select(sql<string>`to_char(start_at at time zone 'Europe/London', 'YYYY-MM-DD')`.as('day')).distinct()
      .where('network_id', '=', p.networkId).where('patient_id', 'in', p.patientIds.slice(i, i + 10_000)).execute();
    for (const r of rows) days.add(r.day);
  }
  return [...days].sort();
}
