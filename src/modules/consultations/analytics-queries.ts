import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/database.ts';

/**
 * Online consultations per London day and assigned practice: submitted, and closed without an
 * appointment (an outcome other than a booking, and no appointment linked), for the dashboard's
 * demand and "GP time released" figures.
 */
export async function findConsultationDays(db: Executor, p: { networkId: string; from: Date; to: Date; practiceId: string | null }) {
  const { rows } = await sql<{ day: string; practice_id: string; submitted: number; closed_without_appointment: number }>`
    select (submitted_at at time zone 'Europe/London')::date::text as day, assigned_practice_id as practice_id, count(*)::int as submitted,
      (count(*) filter (where status = 'closed' and appointment_id is null and coalesce(outcome, '') not in ('appointment-booked', 'duplicate')))::int as closed_without_appointment
    from consultation
    where network_id = ${p.networkId} and submitted_at >= ${p.from} and submitted_at < ${p.to}
      ${p.practiceId ? sql`and assigned_practice_id = ${p.practiceId}` : sql``}
    group by 1, 2`.execute(db);
  return rows;
}

/** The practice and patient of an online consultation, to check what a complaint is logged against. */
export function findConsultationParties(db: Executor, p: { networkId: string; id: string }) {
  return db.selectFrom('consultation').select(['assigned_practice_id as organisation_id', 'patient_id', 'practice_id as patient_practice_id'])
    .where('network_id', '=', p.networkId).where('id', '=', p.id).executeTakeFirst();
}

/**
 * The role a request was routed to, how it came in and the practice that handled it, one row per
 * online consultation of a network (id, role, channel, organisation_id): what a Friends and Family
 * Test answer given after the request is split by. A subquery to join by id.
 */
export function consultationFeedbackSql(p: { networkId: string }): RawBuilder<unknown> {
  return sql`select id, assigned_role as role, channel, assigned_practice_id as organisation_id
    from consultation where network_id = ${p.networkId}`;
}
