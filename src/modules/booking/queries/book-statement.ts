import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../../db/database.ts';
import { statementTemplate } from '../../../db/prepared.ts';
import type { AppointmentMode, BookingChannel } from '../tables.ts';
import type { Actor } from '../../../platform/actor.ts';
import { patientReachedDirectlySql, tracesAnyPatient } from '../../patients/index.ts';
import { auditInsertWhen, auditRoleOf } from '../../identity/index.ts';
import { newId } from '../../../platform/ids.ts';
import { externalChannelOf } from '../channels.ts';
import { markChangedDaysOf } from '../changed-days.ts';

// A booking in one statement, one round trip: the slot is claimed only if every check holds (free, in
// the future, past its embargo, released to the booker's channel, no quota on that provider and
// channel, a patient the booker reaches directly), and the same statement writes the appointment, the
// audit row and the mark of the day changed for the dashboard. The booking itself is on the appointment
// row (booked_at, booked_by_*, rebooked_from_id); the status history holds what changed after it
// (view.ts shows the booking first). PostgreSQL holds the slot's row lock for the statement
// alone, not across round trips to Node. When nothing is claimed the caller reads again to say why
// (or to take the quota lock, or to ask the patient-access rule); see book.ts.
// Constants (status, the channels) are in the text; one text per external channel and access variant,
// built and compiled once (a statement template, db/prepared.ts).

export interface BookStatementInput {
  appointmentId: string;
  slotId: string;
  patientId: string;
  now: Date;
  nationalCategory: string | null;
  reason: string | null;
  rebookedFromId: string | null;
  sourceConsultationId: string | null;
  purpose: string;
}

export interface BookedRow {
  id: string;
  slot_id: string;
  patient_id: string;
  start_at: Date;
  end_at: Date;
  provider_organisation_id: string;
  site_id: string;
  staff_id: string;
  service_id: string;
  role: string;
  mode: AppointmentMode;
  national_category: string;
  channel: BookingChannel;
  patient_practice_id: string;
  booked_at: Date;
  reason: string | null;
  rebooked_from_id: string | null;
  source_consultation_id: string | null;
}

const lit = (c: BookingChannel) => sql.lit(c);

/** What a one-statement booking writes besides the slot's own columns; values, or columns of the gating CTE `p`. */
export interface ClaimAndBook {
  appointmentId: string;
  slotId: string;
  now: Date;
  nationalCategory: string | null;
  reason: RawBuilder<unknown>;
  rebookedFromId: RawBuilder<unknown>;
  sourceConsultationId: RawBuilder<unknown>;
  purpose: string;
  /** The audit row's id and the actor's role there (worked out from the actor unless given). */
  auditId?: string;
  actorRole?: string;
}

/**
 * The CTEs `s` (the claim with every check), `m` (its day marked changed), `a` (the appointment) and `au`
 * (the audit row), gated by an earlier CTE `p` holding the patient the booker reaches directly (id,
 * practice_id). Booking (below) and moving a booking (reschedule-statement.ts) share them.
 */
export function claimAndBookCtes(actor: Actor, c: ClaimAndBook) {
  const channel = sql`(case when slot.organisation_id = ${actor.organisationId}::uuid then ${lit('own-practice')} else ${lit(externalChannelOf(actor))} end)`;
  return sql`s as (
      update slot set status = 'booked'
      from p
      where slot.network_id = ${actor.networkId}::uuid and slot.id = ${c.slotId}::uuid and slot.status = 'free'
        and slot.start_at > ${c.now}::timestamptz and slot.opens_at <= ${c.now}::timestamptz
        and slot.channels @> array[${channel}]::text[]
        and not exists (select 1 from booking_quota q where q.network_id = slot.network_id and q.provider_organisation_id = slot.organisation_id and q.channel = ${channel})
      returning slot.network_id, slot.id as slot_id, slot.start_at, slot.end_at, slot.organisation_id as provider_organisation_id, slot.site_id, slot.staff_id, slot.service_id,
        slot.role, slot.mode, slot.national_category as slot_category, ${channel} as channel, p.id as patient_id, p.practice_id as patient_practice_id,
        ${c.reason}::text as reason, ${c.rebookedFromId}::uuid as rebooked_from_id, ${c.sourceConsultationId}::uuid as source_consultation_id
    ),
    m as (${markChangedDaysOf('s')}),
    a as (
      insert into appointment (network_id, id, slot_id, patient_id, status, start_at, end_at, provider_organisation_id, site_id, staff_id, service_id, role, mode,
        national_category, channel, booker_organisation_id, booked_by_staff_id, booked_by_token_id, patient_practice_id, reason, booked_at, rebooked_from_id, source_consultation_id)
      select ${actor.networkId}::uuid, ${c.appointmentId}::uuid, s.slot_id, s.patient_id, 'booked', s.start_at, s.end_at, s.provider_organisation_id, s.site_id, s.staff_id,
        s.service_id, s.role, s.mode, coalesce(${c.nationalCategory}::text, s.slot_category), s.channel, ${actor.organisationId}::uuid, ${actor.staffId}::uuid,
        ${actor.tokenId}::uuid, s.patient_practice_id, s.reason, ${c.now}::timestamptz, s.rebooked_from_id, s.source_consultation_id
      from s
      returning id, slot_id, patient_id, start_at, end_at, provider_organisation_id, site_id, staff_id, service_id, role, mode, national_category, channel, patient_practice_id,
        booked_at, reason, rebooked_from_id, source_consultation_id
    ),
    au as (${auditInsertWhen('a', actor, { patientId: sql.ref('a.patient_id'), action: 'book', entity: 'appointment', entityId: c.appointmentId, purpose: c.purpose, id: c.auditId, actorRole: c.actorRole })})`;
}

/** Every value the booking statement is run with. */
interface BookValues extends Record<string, unknown> {
  networkId: string; organisationId: string; staffId: string | null; tokenId: string | null; actorRole: string;
  appointmentId: string; auditId: string; slotId: string; patientId: string; now: Date;
  nationalCategory: string | null; reason: string | null; rebookedFromId: string | null; sourceConsultationId: string | null; purpose: string;
}

const bookTemplate = statementTemplate<BookValues, BookedRow>('booking_book');

/** The statement, built with `v` (placeholders) for its values; the actor gives only the text's variant (its channel, its access rule). */
function bookStatement(actor: Actor, v: BookValues) {
  const by: Actor = { ...actor, networkId: v.networkId, organisationId: v.organisationId, staffId: v.staffId, tokenId: v.tokenId };
  return sql<BookedRow>`
    with p as (${patientReachedDirectlySql(by, v.patientId)}),
    ${claimAndBookCtes(by, {
      appointmentId: v.appointmentId, slotId: v.slotId, now: v.now, nationalCategory: v.nationalCategory, purpose: v.purpose,
      reason: sql`${v.reason}`, rebookedFromId: sql`${v.rebookedFromId}`, sourceConsultationId: sql`${v.sourceConsultationId}`,
      auditId: v.auditId, actorRole: v.actorRole,
    })}
    select * from a`;
}

/** Books in one statement; null when nothing was claimed (the caller finds out why). */
export async function bookInOneStatement(db: Executor, actor: Actor, p: BookStatementInput): Promise<BookedRow | null> {
  const values: BookValues = {
    networkId: actor.networkId, organisationId: actor.organisationId, staffId: actor.staffId, tokenId: actor.tokenId, actorRole: auditRoleOf(actor),
    appointmentId: p.appointmentId, auditId: newId(), slotId: p.slotId, patientId: p.patientId, now: p.now,
    nationalCategory: p.nationalCategory, reason: p.reason, rebookedFromId: p.rebookedFromId, sourceConsultationId: p.sourceConsultationId,
    purpose: p.purpose,
  };
  const variant = `${externalChannelOf(actor)}:${tracesAnyPatient(actor)}`;
  const [row] = await bookTemplate.run(db, variant, values, (v) => bookStatement(actor, v));
  return row ?? null;
}
