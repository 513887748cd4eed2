import { sql } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { runPrepared } from '../../../db/prepared.ts';
import type { Actor } from '../../../platform/actor.ts';
import { patientReachedDirectlySql } from '../../patients/index.ts';
import { claimAndBookCtes, type BookedRow } from './book-statement.ts';
import { changeStatusCtes } from './change-statement.ts';

// Moving a booking to another slot in one statement, one round trip. The old appointment is locked
// (it must still be booked, its patient one the caller reaches directly); the new slot is claimed with
// every check of a booking (book-statement.ts); only when that claim succeeds does the same statement
// cancel the old appointment, return its slot to the pool (blocked instead under leave), and write its
// status-history row and both audit rows (cancel, book): the claim is claimAndBookCtes, the cancel
// changeStatusCtes gated by the claim (change-statement.ts). A statement either does all of it or nothing,
// so a refused claim leaves the old booking and its slot as they were; the caller then takes the
// step-by-step path to say why (or to take a quota lock, or to ask the full patient-access rule).

export interface RescheduleStatementInput {
  /** The appointment being moved. */
  id: string;
  slotId: string;
  now: Date;
  by: 'patient' | 'practice';
  reason: string;
  appointmentId: string;
  cancelHistoryId: string;
}

/** Moves the booking in one statement; null when nothing changed (the caller finds out why). */
export async function rescheduleInOneStatement(db: Executor, actor: Actor, r: RescheduleStatementInput): Promise<BookedRow | null> {
  const query = sql<BookedRow>`
    with old as (
      select a.id, a.patient_id, a.reason, a.source_consultation_id from appointment a
      where a.network_id = ${actor.networkId}::uuid and a.id = ${r.id}::uuid and a.status = 'booked'
      for update of a
    ),
    p as (
      select pt.id, pt.practice_id, old.id as old_id, old.reason, old.source_consultation_id
      from old cross join lateral (${patientReachedDirectlySql(actor, sql.ref('old.patient_id'))}) pt
    ),
    ${claimAndBookCtes(actor, {
      appointmentId: r.appointmentId, slotId: r.slotId, now: r.now, nationalCategory: null, purpose: 'reschedule appointment',
      reason: sql.ref('p.reason'), rebookedFromId: sql.ref('p.old_id'), sourceConsultationId: sql.ref('p.source_consultation_id'),
    })},
    ${changeStatusCtes(actor, {
      id: r.id, now: r.now, to: 'cancelled', gate: sql`p, s`, fromStatus: sql`'booked'::text`, cancel: { by: r.by, reason: r.reason },
      historyId: r.cancelHistoryId, historyReason: r.reason, audit: { action: 'cancel', purpose: `cancelled by ${r.by}` },
    })}
    select * from a`;
  const [row] = await runPrepared(db, 'booking_reschedule', query);
  return row ?? null;
}
