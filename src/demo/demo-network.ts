import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { Database, Db } from '../db/database.ts';
import { checkpointIfWalOver } from '../db/embedded-maintenance.ts';
import { LONDON } from '../platform/calendar.ts';
import { hashPassword } from '../modules/identity/index.ts';
import { STAFF_ROLES, type StaffRole } from '../platform/permissions.ts';
import { silentProgress, type Progress } from '../platform/progress.ts';
import { addAnalyticsDemo } from './analytics.ts';
import { APPOINTMENT_COLUMNS, HISTORY_COLUMNS, planBookings, SLOT_COLUMNS } from './bookings.ts';
import { FFT_COLUMNS, MESSAGE_COLUMNS, planMessaging, WAITLIST_COLUMNS } from './messaging.ts';
import { bulkInsert, bulkLoad, type CellValue } from './bulk-insert.ts';
import { planOrganisations } from './organisations.ts';
import { PATIENT_COLUMNS, planPopulation } from './population.ts';
import { IdSource, Random } from './random.ts';
import { leaveByStaff, planLeave, planRota } from './rota.ts';
import { featuredEmail, planServices, planStaff } from './workforce.ts';
import { createDemoDirectory } from './directory.ts';
import { addGpAppointments, loadSocialPrescribing, planSocialPrescribing } from './social-prescribing.ts';
import { addPopulationHealthDemo } from './population-health.ts';

/**
 * The password of every demo account. DEMO ONLY: it is printed at each start and published in
 * docs/demo.md, so a database holding real patients must never contain these accounts.
 */
export const DEMO_PASSWORD = 'commons-demo-2026';

export interface DemoLogin {
  role: StaffRole;
  email: string;
  displayName: string;
  organisation: string;
}

export interface DemoNetworkOptions {
  scale: 'pcn' | 'city';
  seed: number;
  /** Months of past slots and appointments: 6 at PCN scale, 1 at city scale unless given (up to 12). */
  historyMonths?: number;
  /** "Now" for the network: future slots start here. */
  today?: Date;
  progress?: Progress;
  /** Smaller networks for tests: overrides the scale's practices, hubs and patients. */
  sizeOverride?: { practices?: number; hubs?: number; patients?: number };
}

export interface DemoNetworkResult {
  networkId: string;
  logins: DemoLogin[];
  counts: Record<string, number>;
}

const SCALES = {
  // Six months of history: enough for the dashboard's trends, DNA and cancellation rates, role mix and
  // the FFT (which the demo answers for the last four weeks); a whole year made the default build 60%
  // bigger and slower (713 MB folder, 1.75 GB peak memory). `commons demo --history-months 12` still builds it.
  pcn: { practices: 7, hubs: 2, patients: 50_000, historyMonths: 6 },
  city: { practices: 80, hubs: 6, patients: 600_000, historyMonths: 1 },
} as const;
const FUTURE_WEEKS = 8;

/**
 * Builds a whole, realistic primary care network from a seed: practices, hubs, NHS 111, sites,
 * services, ~70 staff in every role, ~50,000 patients, rotas, 8 weeks of future slots and six months
 * of past appointments with GPAD-like attendance. The same seed and `today` always give the same network.
 * Rows are made in memory a table (or, for slots and appointments, a week) at a time and bulk-loaded
 * (COPY on PGlite).
 */
export async function createDemoNetwork(database: Database, options: DemoNetworkOptions): Promise<DemoNetworkResult> {
  const scale = { ...SCALES[options.scale], ...options.sizeOverride };
  const historyMonths = options.historyMonths ?? SCALES[options.scale].historyMonths;
  const now = options.today ?? new Date();
  const progress = options.progress ?? silentProgress;
  const todayLocal = DateTime.fromJSDate(now, { zone: LONDON }).startOf('day');
  const from = todayLocal.minus({ months: historyMonths }).toISODate()!;
  const to = todayLocal.plus({ days: FUTURE_WEEKS * 7 - 1 }).toISODate()!;
  const rng = new Random(options.seed);
  const ids = new IdSource(options.seed, DateTime.fromISO(from, { zone: LONDON }).toJSDate());
  const networkId = ids.next();
  const counts: Record<string, number> = {};
  // PGlite has no checkpointer: the log of the load would stay in the folder until the server or the
  // process checkpoints (src/db/embedded-maintenance.ts).
  const checkpointWhenDue = async () => { if (database.engine === 'pglite') await checkpointIfWalOver(database.db); };
  const load = async (table: string, columns: readonly string[], rows: CellValue[][]) => {
    await bulkInsert(database, table, columns, rows, (n) => progress.tick(n));
    counts[table] = (counts[table] ?? 0) + rows.length;
  };

  // Organisations, sites and services.
  const orgs = planOrganisations(rng.fork('organisations'), ids, scale);
  const services = planServices(ids);
  const allOrgs = [orgs.pcn, ...orgs.practices, ...orgs.hubs, orgs.nhs111];
  progress.start('organisations', 1 + allOrgs.length + orgs.sites.length + services.size + orgs.hubs.length);
  await database.db.insertInto('network').values({ id: networkId, name: orgs.pcn.name, ods_code: orgs.pcn.ods_code, data_sharing_across_practices: true }).execute();
  progress.tick();
  await load('organisation', ['network_id', 'id', 'kind', 'ods_code', 'name', 'address', 'postcode', 'phone'], allOrgs.map((o) => [networkId, o.id, o.kind, o.ods_code, o.name, o.address, o.postcode, o.phone]));
  await load('site', ['network_id', 'id', 'organisation_id', 'kind', 'name', 'address', 'postcode', 'opening_hours', 'accessibility'],
    orgs.sites.map((s) => [networkId, s.id, s.organisation_id, s.kind, s.name, s.address, s.postcode, JSON.stringify(s.opening_hours), s.accessibility]));
  await load('service', ['network_id', 'id', 'code', 'name', 'role', 'national_category', 'default_mode', 'description'],
    [...services.values()].map((s) => [networkId, s.id, s.code, s.name, s.role, s.national_category, s.default_mode, s.description]));
  // NHS 111 may book one hub slot a day per 3,000 registered patients (GP Connect booking quota).
  await load('booking_quota', ['network_id', 'id', 'provider_organisation_id', 'channel', 'per_registered_patients'], orgs.hubs.map((h) => [networkId, ids.next(), h.id, 'nhs111', 3000]));
  progress.stop();

  // Staff: one password hash for every account (argon2id is deliberately slow).
  const staff = planStaff(rng.fork('staff'), ids, orgs);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const staffRoles = staff.flatMap((s) => s.roles.map((r) => [networkId, s.id, r.organisation_id, r.role] as CellValue[]));
  progress.start('staff', staff.length + staffRoles.length);
  await load('staff', ['network_id', 'id', 'email', 'display_name', 'password_hash'], staff.map((s) => [networkId, s.id, s.email, s.display_name, passwordHash]));
  await load('staff_role', ['network_id', 'staff_id', 'organisation_id', 'role'], staffRoles);
  progress.stop();

  // Patients.
  const population = planPopulation(rng.fork('patients'), ids, { networkId, orgs, today: now });
  progress.start('patients', population.rows.length);
  await load('patient', PATIENT_COLUMNS, population.rows);
  progress.stop();

  // Rota templates and leave.
  const templates = planRota(rng.fork('rota'), ids, { orgs, staff, services, validFrom: from });
  const leave = planLeave(rng.fork('leave'), ids, { staffIds: [...new Set(templates.map((t) => t.staff_id))], from, to });
  progress.start('rota', templates.length + leave.length);
  await load('rota_template', ['network_id', 'id', 'staff_id', 'organisation_id', 'site_id', 'service_id', 'role', 'name', 'weekday', 'start_time', 'end_time', 'slot_minutes', 'mode', 'national_category', 'channels', 'network_share', 'embargo_hours', 'valid_from', 'valid_to'],
    templates.map((t) => [networkId, t.id, t.staff_id, t.organisation_id, t.site_id, t.service_id, t.role, t.name, t.weekday, t.start_time, t.end_time, t.slot_minutes, t.mode, t.national_category, t.channels, t.network_share, t.embargo_hours, t.valid_from, t.valid_to]));
  await load('slot_block', ['network_id', 'id', 'staff_id', 'starts_at', 'ends_at', 'reason'], leave.map((l) => [networkId, l.id, l.staff_id, l.starts_at, l.ends_at, l.reason]));
  progress.stop();

  // Slots and appointments, a week at a time, each week loaded as soon as it is made (src/demo/bookings.ts),
  // with reminders (and the DNAs they prevent) and Friends and Family Test answers (src/demo/messaging.ts).
  // One load for all of them: the big tables' secondary indexes are built once, at the end.
  const booked = planBookings(rng.fork('bookings'), ids, { networkId, orgs, staff, templates, leave: leaveByStaff(leave), population, now, from, to });
  const messaging = planMessaging(rng.fork('messaging'), ids, { networkId, now });
  const gpStarts = new Map<string, number[]>();
  progress.start('slots and appointments (weeks)', booked.weeks);
  await bulkLoad(database, { rebuildIndexes: ['slot', 'appointment', 'appointment_status_history'] }, async (loadRows) => {
    const load = async (table: string, columns: readonly string[], rows: CellValue[][]) => {
      await loadRows(table, columns, rows);
      counts[table] = (counts[table] ?? 0) + rows.length;
    };
    for (const week of booked.batches()) {
      const { messages, fft } = messaging.add(week.appointments, week.history);
      addGpAppointments(gpStarts, week.appointments);
      await load('slot', SLOT_COLUMNS, week.slots);
      await load('appointment', APPOINTMENT_COLUMNS, week.appointments);
      await load('appointment_status_history', HISTORY_COLUMNS, week.history);
      await load('message', MESSAGE_COLUMNS, messages);
      await load('fft_response', FFT_COLUMNS, fft);
      progress.tick();
    }
    await load('waitlist_entry', WAITLIST_COLUMNS, messaging.waitlist(population.rows));
  });
  await checkpointWhenDue();
  progress.stop();
  progress.start('dashboard: deprivation, complaints', 1);
  Object.assign(counts, await addAnalyticsDemo(database, rng.fork('analytics'), ids, { networkId, orgs, now, historyMonths }));
  progress.stop();
  // Community directory: offers, champions' groups and their attendance, postcode coordinates.
  progress.start('directory', 1);
  Object.assign(counts, await createDemoDirectory(database, {
    networkId, rng: rng.fork('directory'), ids, today: now, practices: orgs.practices,
    championStaffId: staff.find((s) => s.featuredRole === 'health-champion')?.id ?? null, partnerStaffId: staff.find((s) => s.featuredRole === 'community-partner')?.id ?? null,
  }));
  progress.tick();
  progress.stop();
  const socialPrescribing = planSocialPrescribing(rng.fork('social-prescribing'), ids, { networkId, now, staff, population, gpStarts, offers: [] });
  progress.start('social prescribing', 1);
  await loadSocialPrescribing(database.db, socialPrescribing, (table, n) => { counts[table] = n; });
  progress.stop();
  // Population health: conditions, observations and medicines by age, then registers and frailty (src/demo/population-health.ts).
  progress.start('population health', 1);
  Object.assign(counts, await addPopulationHealthDemo(database, rng.fork('population-health'), ids, { networkId, population, now }));
  progress.tick();
  progress.stop();
  // Statistics for the planner, on both engines. PGlite runs no autovacuum, so without this its tables
  // never get any: the dashboard's first rollup then planned nested loops over every slot and stopped
  // the embedded server answering for minutes (over 3 minutes measured; 50 s with statistics).
  // A step of its own in the progress, as it is one of the build's longest (14.9 s of 74.7 s at load 6-9).
  progress.start('planner statistics (ANALYZE)', 1);
  await sql`analyze`.execute(database.db);
  await checkpointWhenDue();
  progress.tick();
  progress.stop();

  Object.assign(counts, {
    practices: orgs.practices.length, hubs: orgs.hubs.length, futureSlots: booked.counts.futureSlots, futureBooked: booked.counts.futureBooked,
    pastAppointments: booked.counts.pastAppointments, dna: booked.counts.dna - messaging.counts.dnaPrevented,
    dnaPercentReminded: percent(messaging.counts.remindedDna, messaging.counts.reminded), dnaPercentNotReminded: percent(messaging.counts.unremindedDna, messaging.counts.unreminded), cancelled: booked.counts.cancelled, sameDay: booked.counts.sameDay,
  });
  return { networkId, logins: await findDemoLogins(database.db), counts };
}

const percent = (n: number, of: number) => (of ? Math.round((1000 * n) / of) / 10 : 0);

/** The featured demo accounts (one per role) with where they work; empty when there is no demo network. */
export async function findDemoLogins(db: Db): Promise<DemoLogin[]> {
  const emails = STAFF_ROLES.map(featuredEmail);
  const rows = await db
    .selectFrom('staff')
    .innerJoin('staff_role', (j) => j.onRef('staff_role.network_id', '=', 'staff.network_id').onRef('staff_role.staff_id', '=', 'staff.id'))
    .innerJoin('organisation', (j) => j.onRef('organisation.network_id', '=', 'staff_role.network_id').onRef('organisation.id', '=', 'staff_role.organisation_id'))
    .select(['staff.email', 'staff.display_name', 'staff_role.role', 'organisation.name as organisation', 'organisation.kind'])
    .where('staff.email', 'in', emails)
    .where('staff.active', '=', true)
    .execute();
  const logins: DemoLogin[] = [];
  for (const role of STAFF_ROLES) {
    const mine = rows.filter((r) => r.email === featuredEmail(role));
    const at = mine.find((r) => r.role === role) ?? mine[0];
    if (at) logins.push({ role, email: at.email, displayName: at.display_name, organisation: at.organisation });
  }
  return logins;
}

/** Whether the database already holds a network (the demo refuses to add a second one). */
export async function hasNetwork(db: Db): Promise<boolean> {
  return (await db.selectFrom('network').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/**
 * Deletes every network and all network data, in one transaction: each table with a network_id
 * column (so tables added by later migrations are included) and the network table itself.
 */
export async function deleteAllNetworkData(db: Db): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { rows } = await sql<{ table_name: string }>`
      select distinct table_name from information_schema.columns
      where table_schema = current_schema() and column_name = 'network_id'
        and table_name in (select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE')`.execute(trx);
    const tables = ['network', ...rows.map((r) => r.table_name)];
    await sql`truncate table ${sql.join(tables.map((t) => sql.table(t)))} cascade`.execute(trx);
  });
}
