import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { Db, Executor } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import { newId } from '../../platform/ids.ts';
import { cursorFor, pageOf } from '../../platform/pagination.ts';
import { AttendeeLooksLikeNhsNumber, SessionInFuture } from './errors.ts';
import { offerOwnedBy } from './offers.ts';
import type { OfferSummaryView, SessionBody, SessionView } from './schema.ts';

// Sessions an offer held and who came to them. People are recorded by a first name or a code they
// chose: this is the group's register, not a patient record, so nothing here links to a patient.

/** Ten digits (with or without spaces) is an NHS number or some other record number, never a name. */
const RECORD_NUMBER = /^\d[\d ]{6,}$/;
const attendeeKey = (a: string) => a.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Counts the social-prescribing module gives: people referred to each offer, all told and since a
 * date (the start of this month). Until one is set, counts are unknown (null).
 */
export type ReferralCounter = (db: Executor, networkId: string, offerIds: readonly string[], since: Date) => Promise<Map<string, { total: number; since: number }>>;
let referralCounter: ReferralCounter | null = null;
/** Lets the module that holds referrals report how many people were referred to each offer. */
export function setReferralCounter(counter: ReferralCounter | null): void {
  referralCounter = counter;
}

const sessionsCursor = cursorFor('directory-sessions', ['text', 'uuid'] as const);

/**
 * Records a session of an offer and who came: one session per offer and day (recording the same day
 * again adds people and replaces the hours), each person once per session.
 */
export async function recordSession(db: Db, actor: Actor, offerId: string, body: SessionBody, now: Date): Promise<SessionView> {
  await offerOwnedBy(db, actor, offerId);
  body.attendees.forEach((a, i) => { if (RECORD_NUMBER.test(a.trim())) throw new AttendeeLooksLikeNhsNumber(`/body/attendees/${i}`); });
  const today = DateTime.fromJSDate(now, { zone: LONDON }).toISODate()!;
  if (body.heldOn > today) throw new SessionInFuture();
  const networkId = actor.networkId;
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('directory_session')
      .values({ network_id: networkId, id: newId(), offer_id: offerId, held_on: body.heldOn, volunteer_hours: body.volunteerHours ?? 0, recorded_by_staff_id: actor.staffId, recorded_at: now })
      .onConflict((oc) => oc.columns(['network_id', 'offer_id', 'held_on']).doUpdateSet({ ...(body.volunteerHours !== undefined ? { volunteer_hours: body.volunteerHours } : {}), recorded_by_staff_id: actor.staffId, recorded_at: now }))
      .returning('id').executeTakeFirstOrThrow();
    const people = new Map(body.attendees.map((a) => [attendeeKey(a), a.trim().replace(/\s+/g, ' ')]));
    if (people.size) {
      await trx.insertInto('directory_attendance').values([...people].map(([key, attendee]) => ({ network_id: networkId, session_id: row.id, attendee_key: key, attendee, recorded_at: now })))
        .onConflict((oc) => oc.columns(['network_id', 'session_id', 'attendee_key']).doNothing()).execute();
    }
    return row.id;
  });
  const [view] = await sessionViews(db, networkId, [id]);
  return view;
}

async function sessionViews(db: Executor, networkId: string, ids: readonly string[]): Promise<SessionView[]> {
  if (!ids.length) return [];
  const sessions = await db.selectFrom('directory_session').selectAll().where('network_id', '=', networkId).where('id', 'in', [...ids]).execute();
  const people = await db.selectFrom('directory_attendance').select(['session_id', 'attendee']).where('network_id', '=', networkId).where('session_id', 'in', [...ids]).orderBy('recorded_at').orderBy('attendee_key').execute();
  return ids.map((id) => sessions.find((s) => s.id === id)!).map((s) => {
    const attendees = people.filter((p) => p.session_id === s.id).map((p) => p.attendee);
    return { id: s.id, offerId: s.offer_id, heldOn: s.held_on, volunteerHours: s.volunteer_hours, attendees, attendance: attendees.length };
  });
}

/** An offer's sessions, most recent first. */
export async function listSessions(db: Db, actor: Actor, offerId: string, q: { limit?: number; cursor?: string }) {
  await offerOwnedBy(db, actor, offerId);
  const limit = q.limit ?? 20;
  let query = db.selectFrom('directory_session').select(['id', 'held_on']).where('network_id', '=', actor.networkId).where('offer_id', '=', offerId);
  if (q.cursor) {
    const [heldOn, id] = sessionsCursor.decode(q.cursor);
    query = query.where((eb) => eb.or([eb('held_on', '<', heldOn), eb.and([eb('held_on', '=', heldOn), eb('id', '<', id)])]));
  }
  const rows = await query.orderBy('held_on', 'desc').orderBy('id', 'desc').limit(limit + 1).execute();
  const views = await sessionViews(db, actor.networkId, rows.slice(0, limit).map((r) => r.id));
  return pageOf(rows, limit, (r) => sessionsCursor.encode([r.held_on, r.id]), (r) => views.find((v) => v.id === r.id)!);
}

/** Sessions, attendance and hours of an offer, and how many people were referred to it. */
export async function offerSummary(db: Db, actor: Actor, offerId: string, now: Date): Promise<OfferSummaryView> {
  await offerOwnedBy(db, actor, offerId);
  const networkId = actor.networkId;
  const row = await db.selectFrom('directory_session as s')
    .leftJoin('directory_attendance as a', (j) => j.onRef('a.network_id', '=', 's.network_id').onRef('a.session_id', '=', 's.id'))
    .select([
      sql<number>`count(distinct s.id)::integer`.as('sessions'), sql<number>`count(a.attendee_key)::integer`.as('attendances'),
      sql<string | null>`max(s.held_on)::text`.as('last_session_on'),
    ])
    .where('s.network_id', '=', networkId).where('s.offer_id', '=', offerId).executeTakeFirstOrThrow();
  const hours = await db.selectFrom('directory_session').select(sql<number>`coalesce(sum(volunteer_hours), 0)::float8`.as('hours'))
    .where('network_id', '=', networkId).where('offer_id', '=', offerId).executeTakeFirstOrThrow();
  // "This month" is the calendar month in London, as a champion reads it on the page.
  const monthStart = DateTime.fromJSDate(now, { zone: LONDON }).startOf('month').toJSDate();
  const counts = referralCounter ? ((await referralCounter(db, networkId, [offerId], monthStart)).get(offerId) ?? { total: 0, since: 0 }) : null;
  return {
    offerId, sessions: row.sessions, attendances: row.attendances, volunteerHours: Number(hours.hours), lastSessionOn: row.last_session_on,
    referred: counts?.total ?? null, referredThisMonth: counts?.since ?? null,
  };
}
