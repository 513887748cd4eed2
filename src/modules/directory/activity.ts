import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { Db } from '../../db/database.ts';
import type { Actor } from '../../platform/actor.ts';
import { LONDON } from '../../platform/calendar.ts';
import { Invalid } from '../../platform/problems.ts';
import type { ActivityView } from './schema.ts';

/**
 * Champion and partner activity across the network for a PCN manager: per organisation that runs
 * groups (health champions, voluntary partners), its active groups, volunteers, and the sessions,
 * volunteer hours and attendances recorded between two days (default: the last 90 days).
 */
export async function championActivity(db: Db, actor: Actor, q: { from?: string; to?: string }, now: Date): Promise<ActivityView> {
  const today = DateTime.fromJSDate(now, { zone: LONDON });
  const to = q.to ?? today.toISODate()!;
  const from = q.from ?? today.minus({ days: 90 }).toISODate()!;
  if (from > to) throw new Invalid('directory/dates-reversed', 'The first day must not be after the last day.', '/querystring/from');
  const n = actor.networkId;
  const rows = await db.selectFrom('directory_organisation as g')
    .select([
      'g.id', 'g.name', 'g.kind',
      sql<number>`(select count(*)::integer from directory_offer o where o.network_id = g.network_id and o.organisation_id = g.id and o.active)`.as('groups'),
      sql<number>`(select count(*)::integer from directory_member m where m.network_id = g.network_id and m.organisation_id = g.id)`.as('volunteers'),
      sql<number>`(select count(*)::integer from directory_session s join directory_offer o on o.network_id = s.network_id and o.id = s.offer_id
        where s.network_id = g.network_id and o.organisation_id = g.id and s.held_on between ${from} and ${to})`.as('sessions'),
      sql<number>`(select coalesce(sum(s.volunteer_hours), 0)::float8 from directory_session s join directory_offer o on o.network_id = s.network_id and o.id = s.offer_id
        where s.network_id = g.network_id and o.organisation_id = g.id and s.held_on between ${from} and ${to})`.as('volunteer_hours'),
      sql<number>`(select count(*)::integer from directory_attendance a join directory_session s on s.network_id = a.network_id and s.id = a.session_id
        join directory_offer o on o.network_id = s.network_id and o.id = s.offer_id
        where a.network_id = g.network_id and o.organisation_id = g.id and s.held_on between ${from} and ${to})`.as('attendances'),
    ])
    .where('g.network_id', '=', n)
    .where('g.kind', 'in', ['health-champions', 'voluntary'])
    .orderBy('g.name').orderBy('g.id')
    .execute();
  const organisations = rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, groups: r.groups, volunteers: r.volunteers, sessions: r.sessions, volunteerHours: Number(r.volunteer_hours), attendances: r.attendances }));
  const sum = (k: 'groups' | 'volunteers' | 'sessions' | 'volunteerHours' | 'attendances') => organisations.reduce((t, o) => t + o[k], 0);
  return { from, to, totals: { groups: sum('groups'), sessions: sum('sessions'), volunteerHours: Math.round(sum('volunteerHours') * 10) / 10, attendances: sum('attendances'), volunteers: sum('volunteers') }, organisations };
}
