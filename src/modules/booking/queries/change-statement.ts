import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { runPrepared } from '../../../db/prepared.ts';
import type { Actor } from '../../../platform/actor.ts';
import { patientReachedDirectlySql } from '../../patients/index.ts';
import { auditInsertWhen, type AuditAction } from '../../identity/index.ts';
import type { AppointmentRow, AppointmentStatus } from '../tables.ts';
import { freedSlotStatus } from './slots.ts';

// A change of an appointment's status in one statement, one round trip, as booking is made
// (book-statement.ts): the row is locked and changed only if every check holds (it exists, its status
// may become the new one, the time rules, the caller reaches its patient without asking the full
// relationship rule), and the same statement writes the status-history row and the audit row, and on a
// cancellation returns the slot to the pool (or leaves it blocked under leave). It also returns the
// history written before, so the answer needs no second read. When nothing changed the caller takes the
// step-by-step path to say why (or to ask the full patient-access rule). Statuses are written into the
// text (validated values), one text per kind of change.

export interface AppointmentChange {
  id: string;
  now: Date;
  to: AppointmentStatus;
  /** The statuses it may change from. */
  from: readonly AppointmentStatus[];
  /** The appointment must have started by then (a DNA). */
  startedBy?: Date;
  /** The appointment must start in [from, to) (undoing a DNA: the same London day). */
  startsWithin?: { from: Date; to: Date };
  cancel?: { by: 'patient' | 'practice'; reason: string };
  historyId: string;
  historyReason: string | null;
  audit: { action: AuditAction; purpose: string | RawBuilder<unknown> };
}

export interface EarlierHistory { from_status: AppointmentStatus | null; to_status: AppointmentStatus; at: string; by_staff_id: string | null; by_token_id: string | null; reason: string | null; id: string }
export type ChangedRow = AppointmentRow & { from_status: AppointmentStatus; earlier_history: EarlierHistory[] };

/** `from_status → to`, the audit purpose of a status change, worked out by the statement. */
export const transitionPurpose = (to: AppointmentStatus) => sql`(u.from_status || ${` → ${to}`}::text)`;

/** An appointment's change of status (a cancellation when `cancel` is given), gated by earlier CTEs of the statement. */
export interface GatedChange {
  /** The appointment changed. */
  id: string;
  now: Date;
  to: AppointmentStatus;
  /** The earlier CTEs that gate the change, as the update's `from` list: a row in each, or nothing changes. */
  gate: RawBuilder<unknown>;
  /** Its status before: a column of the gate, or a literal when the gate already fixed it. */
  fromStatus: RawBuilder<unknown>;
  cancel?: { by: 'patient' | 'practice'; reason: string };
  historyId: string;
  historyReason: string | null;
  audit: { action: AuditAction; purpose: string | RawBuilder<unknown> };
}

/**
 * The CTEs `u` (the appointment changed; its row and `from_status`), `uh` (its status-history row),
 * on a cancellation `freed` (its slot back to the pool, blocked instead under leave), and `uau` (the
 * audit row), written only when the gate holds. A status change or cancellation (below) and moving a
 * booking (reschedule-statement.ts) share them, as booking and moving share claimAndBookCtes.
 */
export function changeStatusCtes(actor: Actor, c: GatedChange) {
  const to = sql.lit(c.to);
  const cancelled = c.cancel
    ? sql`, cancelled_at = ${c.now}::timestamptz, cancelled_by = ${c.cancel.by}::text, cancel_reason = ${c.cancel.reason}::text`
    : sql``;
  return sql`u as (
      update appointment set status = ${to}${cancelled}
      from ${c.gate} where appointment.network_id = ${actor.networkId}::uuid and appointment.id = ${c.id}::uuid
      returning appointment.*, ${c.fromStatus} as from_status
    ),
    uh as (
      insert into appointment_status_history (network_id, id, appointment_id, from_status, to_status, at, by_staff_id, by_token_id, reason)
      select u.network_id, ${c.historyId}::uuid, u.id, u.from_status, ${to}, ${c.now}::timestamptz, ${actor.staffId}::uuid, ${actor.tokenId}::uuid, ${c.historyReason}::text
      from u
    ),
    ${c.cancel ? sql`freed as (update slot set status = ${freedSlotStatus} from u where slot.network_id = u.network_id and slot.id = u.slot_id),` : sql``}
    uau as (${auditInsertWhen('u', actor, { patientId: sql.ref('u.patient_id'), action: c.audit.action, entity: 'appointment', entityId: c.id, purpose: c.audit.purpose })})`;
}

/** Changes the appointment in one statement; null when nothing changed (the caller finds out why). */
export async function changeInOneStatement(db: Executor, actor: Actor, c: AppointmentChange): Promise<ChangedRow | null> {
  const lit = (s: string) => sql.lit(s);
  // Reached without the full rule: registered at the caller's organisation (or any patient, for an
  // integration), or this very appointment is the caller's care relationship (appointmentRelationship).
  const reached = sql`(exists (${patientReachedDirectlySql(actor, sql.ref('a.patient_id'))})
    or a.provider_organisation_id = ${actor.organisationId}::uuid or a.booker_organisation_id = ${actor.organisationId}::uuid
    ${actor.staffId ? sql`or a.staff_id = ${actor.staffId}::uuid` : sql``})`;
  const query = sql<ChangedRow>`
    with old as (
      select a.id, a.status as from_status from appointment a
      where a.network_id = ${actor.networkId}::uuid and a.id = ${c.id}::uuid and a.status in (${sql.join(c.from.map(lit))})
        ${c.startedBy ? sql`and a.start_at <= ${c.startedBy}::timestamptz` : sql``}
        ${c.startsWithin ? sql`and a.start_at >= ${c.startsWithin.from}::timestamptz and a.start_at < ${c.startsWithin.to}::timestamptz` : sql``}
        and ${reached}
      for update of a
    ),
    ${changeStatusCtes(actor, { ...c, gate: sql`old`, fromStatus: sql.ref('old.from_status') })}
    select u.*, (
      select coalesce(json_agg(json_build_object('id', e.id, 'from_status', e.from_status, 'to_status', e.to_status, 'at', e.at, 'by_staff_id', e.by_staff_id,
        'by_token_id', e.by_token_id, 'reason', e.reason) order by e.at, e.id), '[]'::json)
      from appointment_status_history e where e.network_id = u.network_id and e.appointment_id = u.id
    ) as earlier_history
    from u`;
  const [row] = await runPrepared(db, `booking_${c.cancel ? 'cancel' : 'status'}`, query);
  if (!row) return null;
  return { ...row, earlier_history: typeof row.earlier_history === 'string' ? JSON.parse(row.earlier_history) : row.earlier_history };
}
