import { DateTime } from 'luxon';
import { sql, type Kysely } from 'kysely';
import { timedStep } from './report.ts';
import type { Database } from '../src/db/database.ts';
import type { DB } from '../src/db/types.ts';
import { createDemoNetwork } from '../src/demo/index.ts';
import type { Progress } from '../src/platform/progress.ts';
import { LONDON } from '../src/platform/calendar.ts';

// A city's year of appointments for the analytics bench in minutes instead of hours. The demo builder
// makes every slot and appointment in JavaScript, which at city scale takes hours for 12 months on a
// small machine. Here it builds the city (80 practices, 6 hubs, NHS 111, ~600,000 patients, staff,
// rotas, services) with its usual one month of history, and that month's last four whole weeks become
// the pattern: copied back, four weeks at a time, by set-based INSERT … SELECT statements, to the
// first day the dashboard's rollup covers (13 months back, start of month). Each copy keeps the
// London wall-clock times (so weekdays, hours and the lead time from booking stay), the patients
// (so ages and deprivation deciles stay), the outcomes (DNA rates by reminder, lead time and age as
// the demo draws them), roles, modes, categories, channels; Friends and Family Test answers and
// complaints are copied with the appointments they name. What a copy does not have: seasons (every
// four weeks repeat late autumn) and bank holidays in their own places; status history, messages and
// links are not copied (no view reads them).

const PATTERN_WEEKS = 4;

export interface CityYear { networkId: string; seconds: Record<string, number>; copies: number }

/** The instant of a London wall-clock time shifted back by whole days. */
const back = (column: string) => sql.raw(`((${column} at time zone 'Europe/London') - make_interval(days => c.days)) at time zone 'Europe/London'`);
/** A copy's id: the same for the same original and copy on every build, so references follow. */
const copyId = (column: string) => sql.raw(`md5(${column}::text || ':' || c.k)::uuid`);

export async function buildCityYear(database: Database, p: { now: Date; firstDay: string; progress: Progress; log: (line: string) => void }): Promise<CityYear> {
  const seconds: Record<string, number> = {};
  let t = performance.now();
  const demo = await createDemoNetwork(database, { scale: 'city', seed: 1, historyMonths: 1, today: p.now, progress: p.progress });
  seconds['city demo (one month of history)'] = (performance.now() - t) / 1000;
  p.log(`  city demo with one month of history: ${demo.counts.pastAppointments} past appointments in ${seconds['city demo (one month of history)'].toFixed(0)} s`);
  const networkId = demo.networkId;

  const today = DateTime.fromJSDate(p.now, { zone: LONDON }).startOf('day');
  const patternTo = today.toJSDate();
  const patternFrom = today.minus({ weeks: PATTERN_WEEKS }).toJSDate();
  const historyFrom = today.minus({ months: 1 }).toJSDate();
  const first = DateTime.fromISO(p.firstDay, { zone: LONDON }).startOf('day');
  const copies = Math.ceil(today.diff(first, 'days').days / (PATTERN_WEEKS * 7));

  await database.db.connection().execute(async (db: Kysely<DB>) => {
    const step = timedStep(db, seconds, p.log);
    // The copies are consistent by construction (each appointment's slot is copied with it); foreign-key
    // triggers per row would double the load. Secondary indexes are built once, after.
    const { rows: idx } = await sql<{ name: string; definition: string }>`
      select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as definition from pg_index i
      where i.indrelid::regclass::text = any(${['slot', 'appointment', 'fft_response', 'complaint']}::text[]) and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`.execute(db);
    for (const r of idx) await sql`drop index ${sql.raw(r.name)}`.execute(db);
    await sql`set session_replication_role = replica`.execute(db);
    // Copy k moves the pattern back k × 4 weeks; only what lands from the rollup's first day to the day
    // before the demo's own history begins is kept, so nothing overlaps (slots are unique per staff and start).
    await sql`create temporary table bench_copy as select k, k * ${PATTERN_WEEKS * 7} as days from generate_series(1, ${copies}) k`.execute(db);
    const keep = (column: string) => sql`${back(column)} >= ${first.toJSDate()} and ${back(column)} < ${historyFrom}`;

    await step('slots', sql`
      insert into slot (network_id, id, template_id, staff_id, organisation_id, site_id, service_id, role, mode, national_category, start_at, end_at, channels, opens_at, status, created_at)
      select s.network_id, ${copyId('s.id')}, s.template_id, s.staff_id, s.organisation_id, s.site_id, s.service_id, s.role, s.mode, s.national_category,
        ${back('s.start_at')}, ${back('s.end_at')}, s.channels, ${back('s.opens_at')}, s.status, ${back('s.created_at')}
      from slot s cross join bench_copy c
      where s.network_id = ${networkId} and s.start_at >= ${patternFrom} and s.start_at < ${patternTo} and ${keep('s.start_at')}`);
    await step('appointments', sql`
      insert into appointment (network_id, id, slot_id, patient_id, status, start_at, end_at, provider_organisation_id, site_id, staff_id, service_id, role, mode,
        national_category, channel, booker_organisation_id, booked_by_staff_id, booked_by_token_id, patient_practice_id, reason, booked_at, cancelled_at, cancelled_by,
        cancel_reason, rebooked_from_id, source_consultation_id)
      select a.network_id, ${copyId('a.id')}, ${copyId('a.slot_id')}, a.patient_id, a.status, ${back('a.start_at')}, ${back('a.end_at')}, a.provider_organisation_id, a.site_id,
        a.staff_id, a.service_id, a.role, a.mode, a.national_category, a.channel, a.booker_organisation_id, a.booked_by_staff_id, a.booked_by_token_id,
        a.patient_practice_id, a.reason, ${back('a.booked_at')}, ${back('a.cancelled_at')}, a.cancelled_by, a.cancel_reason,
        case when a.rebooked_from_id is not null then ${copyId('a.rebooked_from_id')} end, a.source_consultation_id
      from appointment a cross join bench_copy c
      where a.network_id = ${networkId} and a.start_at >= ${patternFrom} and a.start_at < ${patternTo} and ${keep('a.start_at')}`);
    await step('Friends and Family Test answers', sql`
      insert into fft_response (network_id, id, patient_id, practice_id, appointment_id, consultation_id, link_id, rating, comment, answered_at)
      select r.network_id, ${copyId('r.id')}, r.patient_id, r.practice_id, ${copyId('r.appointment_id')}, null, ${copyId('r.link_id')}, r.rating, r.comment, ${back('r.answered_at')}
      from fft_response r join appointment a on a.network_id = r.network_id and a.id = r.appointment_id cross join bench_copy c
      where r.network_id = ${networkId} and a.start_at >= ${patternFrom} and a.start_at < ${patternTo} and ${keep('a.start_at')}`);
    await step('complaints', sql`
      insert into complaint (network_id, id, organisation_id, received_on, concerns, concerns_id, concerns_reference, patient_id, category, summary, outcome, responded_on, logged_by_staff_id, logged_at)
      select x.network_id, ${copyId('x.id')}, x.organisation_id, x.received_on - c.days, x.concerns, case when x.concerns = 'appointment' then ${copyId('x.concerns_id')} else x.concerns_id end,
        x.concerns_reference, x.patient_id, x.category, x.summary, x.outcome, x.responded_on - c.days, x.logged_by_staff_id, x.logged_at - make_interval(days => c.days)
      from complaint x cross join bench_copy c
      where x.network_id = ${networkId} and x.received_on >= ${today.minus({ weeks: PATTERN_WEEKS }).toISODate()}::date and x.received_on < ${today.toISODate()}::date
        and x.received_on - c.days >= ${p.firstDay}::date and x.received_on - c.days < ${today.minus({ months: 1 }).toISODate()}::date`);

    await sql`set session_replication_role = origin`.execute(db);
    t = performance.now();
    for (const r of idx) await sql.raw(r.definition).execute(db);
    seconds['indexes rebuilt'] = (performance.now() - t) / 1000;
    p.log(`  indexes rebuilt (${idx.length}) in ${seconds['indexes rebuilt'].toFixed(1)} s`);
    t = performance.now();
    await sql`analyze`.execute(db);
    seconds.analyze = (performance.now() - t) / 1000;
  });
  return { networkId, seconds, copies };
}
