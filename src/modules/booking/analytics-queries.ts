import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';

// Row sources the analytics module aggregates into its rollup, so that its SQL never names this
// module's tables (docs/modules.md): each returns a subquery to place in a FROM clause.

/** Offered slots (not blocked) starting in [from, to): one row each, with the columns the dashboard filters on. */
export function slotFactsSql(p: { networkId: string; from: Date; to: Date }): RawBuilder<unknown> {
  return sql`select network_id, start_at, organisation_id, site_id, role, mode, national_category,
      (extract(epoch from end_at - start_at) / 60)::int as minutes, (status = 'booked') as booked
    from slot
    where network_id = ${p.networkId} and start_at >= ${p.from} and start_at < ${p.to} and status <> 'blocked'`;
}

/**
 * Appointments starting in [from, to), cancelled ones included: one row each with the booking
 * facts the dashboard breaks down by (channel, whether an online consultation led to it, booked when).
 */
export function appointmentFactsSql(p: { networkId: string; from: Date; to: Date }): RawBuilder<unknown> {
  return sql`select network_id, patient_id, patient_practice_id, start_at, booked_at, organisation_id, site_id, role, mode, national_category,
      (extract(epoch from end_at - start_at) / 60)::int as minutes, status, channel, (source_consultation_id is not null) as from_consultation
    from (select network_id, patient_id, patient_practice_id, start_at, end_at, booked_at, provider_organisation_id as organisation_id, site_id, role, mode,
        national_category, status, channel, source_consultation_id
      from appointment
      where network_id = ${p.networkId} and start_at >= ${p.from} and start_at < ${p.to}) as appointment_rows`;
}

/** Patients with DNAs in [from, to), most first: the patient-level list behind the DNA figures (callers audit each read). */
export async function findRepeatedDnas(db: Executor, p: { networkId: string; from: Date; to: Date; minimum: number; practiceId: string | null; limit: number }) {
  let q = db
    .selectFrom('appointment')
    .select((eb) => ['patient_id', 'patient_practice_id', eb.fn.countAll<number>().as('dna'), eb.fn.max('start_at').as('last_dna_at')])
    .where('network_id', '=', p.networkId)
    .where('status', '=', 'dna')
    .where('start_at', '>=', p.from)
    .where('start_at', '<', p.to);
  if (p.practiceId) q = q.where('patient_practice_id', '=', p.practiceId);
  return q
    .groupBy(['patient_id', 'patient_practice_id'])
    .having((eb) => eb.fn.countAll(), '>=', p.minimum)
    .orderBy('dna', 'desc')
    .orderBy('patient_id')
    .limit(p.limit)
    .execute();
}

/** The organisation and patient of an appointment, to check what a complaint is logged against. */
export function findAppointmentParties(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('appointment').select(['provider_organisation_id as organisation_id', 'patient_id', 'patient_practice_id'])
    .where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

/**
 * Who saw the patient, where and how, one row per appointment of a network (id, role, site_id,
 * organisation_id, mode, national_category): what a Friends and Family Test answer given after the
 * appointment is split by. A subquery to join by id, so only the answers' appointments are read.
 */
export function appointmentFeedbackSql(p: { networkId: string }): RawBuilder<unknown> {
  return sql`select id, role, site_id, provider_organisation_id as organisation_id, mode, national_category
    from appointment where network_id = ${p.networkId}`;
}
